"""The models' schemas, built with the pandas annotation types alone (schemas/base.py)."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT

SAME_SCHEMAS = """
import sys
import pipeline.runner
import pandera.typing as pandera_typing
from pandera.api.dataframe.model import MODEL_CACHE
from pandera.api.pandas import model as pandera_model
from schemas import TABLES

ours = {name: model.to_schema() for name, model in TABLES.items()}
print('dask.dataframe' in sys.modules)
pandera_model.get_index_types = pandera_typing.get_index_types
pandera_model.get_series_types = pandera_typing.get_series_types
MODEL_CACHE.clear()
theirs = {name: model.to_schema() for name, model in TABLES.items()}
print('dask.dataframe' in sys.modules)
print(all(ours[n] is not theirs[n] and ours[n] == theirs[n] and repr(ours[n]) == repr(theirs[n]) for n in TABLES))
"""


def test_the_models_make_the_schemas_pandera_makes_without_importing_dask():
    """schemas/base.py gives Pandera the pandas annotation types alone (its own lookup imports Dask's
    dataframe module, a third of a CPU second in every command): neither the build's modules nor the
    schemas import Dask, and the schemas equal those Pandera builds with its own lookup (which does).
    In a fresh interpreter, so that no other test's models or imports take part."""
    done = subprocess.run([sys.executable, "-c", SAME_SCHEMAS], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "True"]
