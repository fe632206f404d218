"""The README's "Loading the data" recipes run as written and load the published tables.

Each Python block of that section is run as a script in the package folder (build/current here;
tests/e2e/test_release.py runs them in an unpacked release archive too) and must leave the `passages`
table in a variable `passages`, with every row and column of passages.csv. The R block is
checked for its calls only (R is not installed in CI).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PACKAGE, ROOT

SECTION = "Loading the data"
EPILOGUE = """
import hashlib as _hashlib, json as _json
_frame = passages
_ids = sorted(str(v) for v in _frame["passage_id"])
print("RECIPE-RESULT " + _json.dumps({
    "type": type(_frame).__module__.split(".")[0] + "." + type(_frame).__name__,
    "rows": len(_frame), "columns": sorted(_frame.columns),
    "dtypes": {c: str(t) for c, t in _frame.dtypes.items()},
    "ids": _hashlib.sha256("\\n".join(_ids).encode()).hexdigest(),
    "texts": _hashlib.sha256("\\n".join(sorted(str(v) for v in _frame["text"])).encode()).hexdigest(),
    "missing_parents": int(_frame["parent_passage_id"].isna().sum()),
}))
"""


def readme_blocks(language: str, readme: Path = ROOT / "README.md") -> list[str]:
    """The fenced code blocks of one language in the README's 'Loading the data' section."""
    text = readme.read_text(encoding="utf-8")
    match = re.search(rf"^## {SECTION}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"README.md has no '## {SECTION}' section"
    return re.findall(rf"^```{language}\n(.*?)^```$", match.group(1), re.M | re.S)


def run_recipe(code: str, folder: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", code + EPILOGUE], cwd=folder, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, f"recipe failed in {folder}:\n{code}\n{done.stderr[-3000:]}"
    line = next(line for line in done.stdout.splitlines() if line.startswith("RECIPE-RESULT "))
    return json.loads(line.split(" ", 1)[1])


def expected_passages(folder: Path) -> dict:
    from pipeline.package_io import read_package
    frame = read_package(folder)[1]["passages"]
    return {"rows": len(frame), "columns": sorted(frame.columns),
            "ids": hashlib.sha256("\n".join(sorted(frame["passage_id"])).encode()).hexdigest(),
            "texts": hashlib.sha256("\n".join(sorted(frame["text"])).encode()).hexdigest(),
            "missing_parents": int(frame["parent_passage_id"].isna().sum())}


def check_recipe(code: str, folder: Path) -> None:
    result, expected = run_recipe(code, folder), expected_passages(folder)
    assert result["type"] == "pandas.DataFrame"
    assert {k: result[k] for k in expected} == expected
    assert result["dtypes"]["ordinal"] in ("int64", "Int64")
    assert result["dtypes"]["char_start"] in ("int64", "Int64")
    assert result["dtypes"]["is_heading"] in ("bool", "boolean")


PYTHON_BLOCKS = readme_blocks("python")


def test_readme_has_the_four_python_recipes_and_the_r_one():
    joined = "\n".join(PYTHON_BLOCKS)
    assert len(PYTHON_BLOCKS) == 4
    assert 'Package("datapackage.json")' in joined and ".to_pandas()" in joined
    assert "pd.read_csv(" in joined and "keep_default_na=False" in joined
    assert 'duckdb.connect("kzfp.duckdb", read_only=True)' in joined
    assert "con.read_csv(" in joined
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.index(f"## {SECTION}") < text.index("## How to cite")


@pytest.mark.parametrize("code", PYTHON_BLOCKS, ids=[f"recipe{i + 1}" for i in range(len(PYTHON_BLOCKS))])
def test_python_recipe_loads_every_passage(code, package):
    if not (PACKAGE / "kzfp.duckdb").exists():
        pytest.fail("build/current/kzfp.duckdb missing: run 'make build' before the tests")
    check_recipe(code, PACKAGE)


def test_r_recipe_reads_a_resource_of_the_package(package):
    [code] = readme_blocks("r")
    assert 'read_package("datapackage.json")' in code
    names = re.findall(r'read_resource\(package, "([a-z_]+)"\)', code)
    descriptor = package[0]
    assert names and set(names) <= {r["name"] for r in descriptor["resources"]}
