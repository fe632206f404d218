"""Missing values never leak into the metadata, and `kzfp validate` reports a broken package in one line.

A source may leave its title, url and attribution out (null): datapackage.json must then say what is
known (the file) instead of `nan`, `None` or `NaN`; and a descriptor broken by hand is reported, not
a traceback.
"""

from __future__ import annotations

import json
import re
import subprocess

from tests.bad_inputs.conftest import clone, error_line
from tests.helpers import KZFP, PACKAGE, run_build

MISSING = re.compile(r"\b(nan|NaN|None)\b")


def metadata_values(descriptor: dict) -> list[str]:
    """Every text value of the descriptor outside the table schemas (the metadata)."""
    out = []

    def walk(value, key=""):
        if key == "schema":
            return
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        else:
            out.append(value if isinstance(value, str) else json.dumps(value))

    walk(descriptor)
    return out


def test_the_published_metadata_has_no_missing_value_words():
    descriptor = json.loads((PACKAGE / "datapackage.json").read_text(encoding="utf-8"))
    assert [v for v in metadata_values(descriptor) if MISSING.search(v)] == []


def test_a_source_known_by_nothing_but_its_file_is_cited_by_its_file_not_nan(good_build, tmp_path):
    repo = clone(good_build, tmp_path / "repo")
    path = repo / "raw" / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: akiner_efp")
    entry = text[start : text.index("\n- id:", start)]
    bare = re.sub(r"\n  (title|url|author|publisher|venue|year): [^\n]*", lambda m: f"\n  {m[1]}: null", entry)
    bare = re.sub(r"\n  attribution: [^\n]*(\n    [^\n]*)*", "", bare)
    path.write_text(text.replace(entry, bare), encoding="utf-8")
    result = run_build(repo)
    assert result.returncode == 0, result.stderr
    raw = (repo / "build" / "current" / "datapackage.json").read_text(encoding="utf-8")
    descriptor = json.loads(raw)
    assert [v for v in metadata_values(descriptor) if MISSING.search(v)] == []
    source = next(s for s in descriptor["sources"] if s["title"].startswith("akiner_efp"))
    assert source == {
        "title": "akiner_efp: raw/akiner-kazakhstans-evolving-foreign-policy.txt",
        "path": "raw/akiner-kazakhstans-evolving-foreign-policy.txt",
    }
    valid = subprocess.run([KZFP, "validate"], cwd=repo, capture_output=True, text=True)
    assert valid.returncode == 0, valid.stderr


def test_validate_reports_a_broken_descriptor_in_one_line(good_build, tmp_path):
    repo = clone(good_build, tmp_path / "repo")
    descriptor_path = repo / "build" / "current" / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    descriptor["resources"][0]["path"] = float("nan")
    descriptor_path.write_text(json.dumps(descriptor), encoding="utf-8")
    result = subprocess.run([KZFP, "validate"], cwd=repo, capture_output=True, text=True)
    line = error_line(result)
    assert "build/current/datapackage.json" in line and "missing value" in line
    descriptor_path.write_text("{not json", encoding="utf-8")
    line = error_line(subprocess.run([KZFP, "validate"], cwd=repo, capture_output=True, text=True))
    assert "build/current/datapackage.json: cannot be read" in line
