"""The README's "Loading the data" recipes run as written and load the published tables.

Each Python block of that section is run as a script in the package folder (build/current here;
tests/e2e/test_release.py runs them in an unpacked release archive too) and must leave the `passages`
table in a variable `passages`, with every row and column of build/passages.csv. The R block runs in
R (Debian r-base-core, r-cran-readr, r-cran-jsonlite; .ci/run installs them) and must read `passages`
with the same rows, texts and types, and every other table without a parsing problem.
"""

from __future__ import annotations

import pytest

from tests.helpers import PACKAGE, ROOT, SECTION, check_r_recipe, check_recipe, readme_blocks

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


def test_r_recipe_runs_in_r_and_reads_every_table(package, tmp_path):
    [code] = readme_blocks("r")
    check_r_recipe(code, PACKAGE, tmp_path)
