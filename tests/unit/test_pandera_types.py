"""The models' schemas, built with the pandas annotation types alone (schemas/base.py)."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT


def test_the_models_make_the_schemas_pandera_makes_without_importing_dask(monkeypatch):
    """schemas/base.py gives Pandera the pandas annotation types alone (its own lookup imports Dask's
    dataframe module, a third of a CPU second in every command): the schemas are the same, and neither
    the build's modules nor the schemas import Dask."""
    import pandera.typing as pandera_typing
    from pandera.api.dataframe.model import MODEL_CACHE
    from pandera.api.pandas import model as pandera_model

    from schemas import TABLES

    code = (
        "import sys, pipeline.runner; from schemas import TABLES; [m.to_schema() for m in TABLES.values()]; "
        "print('dask.dataframe' in sys.modules)"
    )
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "False"
    ours = {name: model.to_schema() for name, model in TABLES.items()}
    monkeypatch.setattr(pandera_model, "get_index_types", pandera_typing.get_index_types)
    monkeypatch.setattr(pandera_model, "get_series_types", pandera_typing.get_series_types)
    MODEL_CACHE.clear()
    try:
        theirs = {name: model.to_schema() for name, model in TABLES.items()}
    finally:
        MODEL_CACHE.clear()
    assert all(ours[name] == theirs[name] and repr(ours[name]) == repr(theirs[name]) for name in TABLES)
