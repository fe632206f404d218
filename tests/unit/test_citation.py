"""CITATION.cff is valid CFF 1.2.0, and one version and title are stated everywhere."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
import yaml

from tests.helpers import PACKAGE, ROOT

SCHEMA = ROOT / "tests" / "vendor" / "cff-schema-1.2.0.json"


@pytest.fixture(scope="module")
def citation() -> dict:
    return yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def meta() -> dict:
    return yaml.safe_load((ROOT / "schemas" / "package.yaml").read_text(encoding="utf-8"))


def readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"README.md has no '## {title}' section"
    return match.group(1)


def test_citation_is_valid_cff_1_2_0(citation):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$id"].startswith("https://citation-file-format.github.io/1.2.0/")
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(citation)]
    assert errors == []


def test_citation_describes_the_dataset_under_cc_by(citation, meta):
    assert citation["cff-version"] == "1.2.0"
    assert citation["type"] == "dataset"
    assert citation["license"] == "CC-BY-4.0" == meta["licenses"][0]["name"]
    assert citation["title"] == meta["title"]
    assert [a["name"] for a in citation["authors"]] == [c["title"] for c in meta["contributors"]]


def test_citation_references_both_source_texts_and_the_cow_data(citation):
    titles = [r["title"] for r in citation["references"]]
    assert "Kazakhstan’s Evolving Foreign Policy" in titles
    assert "Asserting Statehood: Kazakhstan's Role in International Organizations" in titles
    assert "State System Membership List, v2016" in titles
    assert any("Correlates of War IGO Version 3.0" in t for t in titles)
    by_title = {r["title"]: r for r in citation["references"]}
    engvall = by_title["Asserting Statehood: Kazakhstan's Role in International Organizations"]
    assert [a["family-names"] for a in engvall["authors"]] == ["Engvall", "Cornell"]
    assert (engvall["year"], engvall["month"]) == (2015, 12)


def test_one_version_in_citation_package_yaml_and_datapackage(citation, meta):
    descriptor = json.loads((PACKAGE / "datapackage.json").read_text(encoding="utf-8"))
    assert isinstance(citation["version"], str)
    assert citation["version"] == meta["version"] == descriptor["version"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])


def test_citation_states_the_release_date(citation):
    import datetime

    assert isinstance(citation["date-released"], str)
    assert datetime.date.fromisoformat(citation["date-released"]).isoformat() == citation["date-released"]


def test_readme_how_to_cite_matches_citation(citation):
    section = readme_section("How to cite")
    flat = " ".join(section.replace(">", " ").split())
    assert "CITATION.cff" in section
    assert citation["title"] in flat
    assert f"version {citation['version']}" in flat
    assert f"released {citation['date-released']}" in flat
    assert citation["authors"][0]["name"] in flat
    assert re.findall(r"version (\d+\.\d+\.\d+)", flat) == [citation["version"]]


def test_code_is_mit_and_data_cc_by():
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
    licences = readme_section("Licences")
    assert "CC BY 4.0" in licences and "MIT" in licences and "LICENSE" in licences
