"""The models' schemas, built with the pandas annotation types alone (schemas/base.py)."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pandera.pandas as pa
import pytest

from schemas import TABLES
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


def test_a_string_column_of_the_string_dtype_passes_and_one_of_another_dtype_fails():
    """schemas/base.py answers an exact string-dtype match with a pass instead of Pandera's array of True
    (whose failing rows Pandera would gather for every string column). A column of another dtype still goes
    to Pandera's own check and fails: the shortcut only skips work that could find nothing."""
    schema = TABLES["sources"].to_schema()
    good = pd.DataFrame({"title": pd.Series(["Foreign relations of Kazakhstan", None], dtype="str")})
    column = schema.columns["title"]
    column.validate(good)
    assert column.dtype.check(column.dtype, good["title"]) is True  # the shortcut, not an array per row
    for bad in (pd.Series([1, 2], dtype="int64"), pd.Series(["Kazakhstan", 7], dtype="object")):
        with pytest.raises(pa.errors.SchemaError):
            column.validate(pd.DataFrame({"title": bad}))
