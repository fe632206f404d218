"""Readers of the files people write in raw/ (declared in schemas/inputs.py)."""

from pathlib import Path
from typing import Any


def safe_yaml(path: Path) -> Any:
    """A YAML file read as `yaml.safe_load` reads it, by libyaml's parser where PyYAML has it (ten times faster:
    the build reads raw/sources.yaml and the package's metadata every time). Hand-written inputs that must be
    refused on a duplicate key or an alias go through `pipeline.inputs.strict_yaml` instead."""
    import yaml

    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
