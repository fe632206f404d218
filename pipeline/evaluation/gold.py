"""Read the hand-annotated gold standard of the seed texts (`tests/gold/facts.yaml` and the second,
independent annotation), checked: each entry names a declared fact type and has the fields its
evaluation compares (`schemas.fact_types`). A bad entry is one line naming the file and its line.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline import fingerprint
from pipeline.errors import InputError, excerpt
from pipeline.inputs import strict_yaml
from schemas import fact_types

GOLD_FILE = "tests/gold/facts.yaml"
SECOND_GOLD_FILE = "tests/gold/second_annotation.yaml"
"""An independent annotation of the same texts: its figures go into the report as `second_annotation`."""
CODE_ROOT = Path(__file__).resolve().parents[2]


def read_gold(path: Path, cache_dir: Path) -> list[dict]:
    """`load_gold`, kept in `cache_dir` under the checksum of the file and of the code that reads and
    checks it. Why: publish scores the seeds on every run, and the strict reader, pure Python so that
    it can refuse anchors and repeated keys, takes about a second over the two gold files."""
    code = fingerprint.code_files(CODE_ROOT, (__name__,))
    parts = [("gold", fingerprint.file_digest(path))]
    parts += [(str(p.relative_to(CODE_ROOT)), fingerprint.file_digest(p)) for p in code]
    key = fingerprint.combine(parts)
    cache = cache_dir / f"gold-{Path(path).stem}.json"
    if cache.is_file():
        kept = json.loads(cache.read_text(encoding="utf-8"))
        if kept.get("key") == key:
            return kept["entries"]
    entries = load_gold(path)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    tmp.write_text(json.dumps({"key": key, "entries": entries}, sort_keys=True), encoding="utf-8")
    tmp.replace(cache)
    return entries


def load_gold(path: Path) -> list[dict]:
    """Read the gold YAML: a list of mappings with type, source_id, quote and the type's fields."""
    path = Path(path)
    where = str(path)
    text = strict_yaml.read(path, where)  # hand-written: the strict reader of pipeline/inputs/strict_yaml.py
    if text is None:
        raise InputError(f"{where}: file not found. Create it or pass the gold file's path.")
    root, loader = strict_yaml.compose(text, where)
    entries = None if root is None else strict_yaml.construct(loader, root, where)
    if root is None or entries is None:
        return []
    if not isinstance(entries, list):
        raise InputError(
            f"{where}: the file must hold a list of facts ('- type: ...'). Put each fact under a '- ' item."
        )
    lines = [node.start_mark.line + 1 for node in root.value]
    for entry, line in zip(entries, lines):
        at = f"{where}:{line}"
        if not isinstance(entry, dict):
            raise InputError(f"{at}: a fact must be a mapping of fields. Write 'type: ...' etc. under '- '.")
        fact_type = entry.get("type")
        if fact_type not in fact_types.names():
            raise InputError(
                f"{at}: unknown fact type {excerpt(fact_type)}. Use one of {', '.join(fact_types.names())}."
            )
        evaluation = fact_types.get(fact_type).evaluation
        missing = [f for f in ("source_id", "quote", *evaluation.required) if f not in entry]
        if missing:
            raise InputError(
                f"{at}: {fact_type} lacks field(s) {', '.join(missing)}. "
                "Add them (write null where the text does not say)."
            )
        for name, matcher in evaluation.matchers.items():
            if matcher == "subset" and not isinstance(entry[name], list):
                raise InputError(f"{at}: {name} must be a list, e.g. [state:KAZ, state:RUS]. Write it as a list.")
            if matcher == "close" and not isinstance(entry[name], (int, float)):
                raise InputError(f"{at}: {name} must be a number (normalised, e.g. 10000000000). Write the number.")
    return entries
