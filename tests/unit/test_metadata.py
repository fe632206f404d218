"""The package's metadata: sources cited by name (never 'nan'), the sources' rights on the resources that
hold their text, curators listed as contributors."""

from __future__ import annotations

import pandas as pd

from pipeline.package import metadata

SOURCES = pd.DataFrame(
    [
        {
            "source_id": "akiner_efp",
            "file_path": "raw/a.txt",
            "title": "Kazakhstan’s Evolving Foreign Policy",
            "author": "Shirin Akiner",
            "publisher": None,
            "venue": None,
            "year": None,
            "url": "https://example.org/a",
            "attribution": None,
            "rights": "© the Institute of State History.",
        },
        {
            "source_id": "unknown_text",
            "file_path": "raw/u.txt",
            "title": float("nan"),
            "author": float("nan"),
            "publisher": float("nan"),
            "venue": float("nan"),
            "year": float("nan"),
            "url": float("nan"),
            "attribution": float("nan"),
            "rights": "© someone.",
        },
    ]
)


def test_sources_are_cited_by_name_and_never_as_nan():
    entries = metadata.package_sources(SOURCES)
    assert entries == [
        {"title": "akiner_efp: Shirin Akiner, “Kazakhstan’s Evolving Foreign Policy”", "path": "https://example.org/a"},
        {"title": "unknown_text: raw/u.txt", "path": "raw/u.txt"},
    ]


def test_resources_holding_source_text_carry_the_sources_rights():
    passages = metadata.resource_licenses("passages", SOURCES)
    assert [lic["path"] for lic in passages] == ["https://example.org/a", "raw/u.txt"]
    assert "© the Institute of State History." in passages[0]["title"]
    reading = metadata.resource_licenses("reading_unknown_text", SOURCES)
    assert len(reading) == 1 and reading[0]["title"].endswith("© someone.")
    assert metadata.resource_licenses("memberships", SOURCES) is None


def test_curators_are_contributors_with_their_role():
    meta = {"contributors": [{"title": "The team", "roles": ["creator"]}]}
    decisions = pd.DataFrame({"decided_by": ["B. Curator", "A. Curator", "B. Curator", "The team"]})
    assert metadata.contributors(meta, {"curation_decisions": decisions}) == [
        {"title": "The team", "roles": ["creator"]},
        {"title": "A. Curator", "roles": ["dataCurator"]},
        {"title": "B. Curator", "roles": ["dataCurator"]},
    ]
