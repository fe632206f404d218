"""The commands go without the libraries they never use (installed for the tests, or probed for by Pandera and
not installed), and validating still works without them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

from tests.helpers import ROOT

VALIDATE_AFTER_HIDING = """
import sys
import pandas as pd
from pipeline import cli
from pipeline.package import validate

cli.hide_unused_libraries()
validate.check({"conflicts": validate.conform("conflicts", pd.DataFrame(columns=list(validate.TABLES["conflicts"].to_schema().columns)))})
print("hypothesis imported:", sys.modules.get("hypothesis") is not None)
print("geopandas marked absent:", "geopandas" in sys.modules and sys.modules["geopandas"] is None)
try:
    bad = pd.DataFrame({"source_id": ["s"]})
    validate.check({"sources": bad})
except Exception as exc:
    print("violation reported:", type(exc).__name__)
"""


def test_pandera_validates_without_importing_hypothesis_once_the_cli_hides_it():
    done = subprocess.run(
        [sys.executable, "-c", VALIDATE_AFTER_HIDING], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "hypothesis imported: False" in done.stdout
    installed = importlib.util.find_spec("geopandas") is not None  # if not, marked absent: not searched again
    assert f"geopandas marked absent: {not installed}" in done.stdout
    assert "violation reported: SchemaViolation" in done.stdout


def test_without_hiding_pandera_imports_hypothesis_on_its_first_validation():
    """The cost `hide_unused_libraries` avoids is real: the same validation imports hypothesis otherwise."""
    script = VALIDATE_AFTER_HIDING.replace("cli.hide_unused_libraries()", "")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "hypothesis imported: True" in done.stdout
