"""Who made the package and whose rights its parts fall under, for `datapackage.json`.

Why: a user citing or reusing the data needs each source named properly (never a missing value written
as 'nan'), to know that the tables holding the sources' own text (the passages, the boilerplate spans,
the reading texts) fall under the sources' rights and not under the package's CC BY, and who made and
curated the data. Pure functions of the tables and schemas/package.yaml.
"""

from __future__ import annotations

import pandas as pd

from schemas.base import CURATION_STATUSES, FACT_TABLE

SOURCE_TEXT_TABLES = ("passages", "boilerplate")
"""Tables whose `text` is the sources' own wording, whole: they fall under the sources' rights."""
READING_PREFIX = "reading_"
"""Resources `reading_<source_id>`: one source's text without its repeats (see pipeline/runner.py)."""


def _present(value: object) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return str(value).strip() or None


def source_title(row: dict) -> str:
    """How to cite a source: its attribution where one was identified, else author, title, publisher,
    venue and year as known, else its file."""
    attribution = _present(row.get("attribution"))
    if attribution:
        return attribution
    title = _present(row.get("title"))
    parts = [
        _present(row.get("author")),
        f"“{title}”" if title else None,
        _present(row.get("publisher")),
        _present(row.get("venue")),
        _present(row.get("year")),
    ]
    return ", ".join(p for p in parts if p) or row["file_path"]


def package_sources(sources: pd.DataFrame) -> list[dict]:
    """The `sources` of the descriptor for the source texts: their citation and where they were published."""
    return [
        {"title": f"{row['source_id']}: {source_title(row)}", "path": _present(row.get("url")) or row["file_path"]}
        for row in sources.to_dict("records")
    ]


def source_licenses(sources: pd.DataFrame, source_ids: list[str] | None = None) -> list[dict]:
    """Licence objects stating each source's rights (Data Package v2: a title and a path)."""
    rows = [r for r in sources.to_dict("records") if source_ids is None or r["source_id"] in source_ids]
    return [
        {
            "title": f"Text of {row['source_id']}, not under the package's licence: {_present(row['rights'])}",
            "path": _present(row.get("url")) or row["file_path"],
        }
        for row in rows
    ]


def resource_licenses(resource_name: str, sources: pd.DataFrame) -> list[dict] | None:
    """A resource's own licences where they differ from the package's, else None."""
    if resource_name in SOURCE_TEXT_TABLES:
        return source_licenses(sources)
    if resource_name.startswith(READING_PREFIX):
        return source_licenses(sources, [resource_name[len(READING_PREFIX) :]])
    return None


def contributors(meta: dict, tables: dict[str, pd.DataFrame]) -> list[dict]:
    """The contributors of schemas/package.yaml, then every curator named in raw/curation.yaml
    (`decided_by` of curation_decisions), with the role dataCurator."""
    out = [dict(c) for c in meta["contributors"]]
    known = {c["title"] for c in out}
    decisions = tables.get("curation_decisions")
    curators = [] if decisions is None else sorted(set(decisions["decided_by"].dropna()) - known)
    return out + [{"title": name, "roles": ["dataCurator"]} for name in curators]


def status_summary(tables: dict[str, pd.DataFrame]) -> str:
    """'Facts by curation status: extracted N, confirmed N, corrected N, added N; rejected N (…).'

    Appended to the package description by `pipeline.stages.s7_publish`; empty when no fact table is published.
    """
    fact_tables = tuple(FACT_TABLE.values())
    if not any(name in tables for name in fact_tables):
        return ""
    counts = dict.fromkeys(CURATION_STATUSES, 0)
    for name in fact_tables:
        if name in tables and "curation_status" in tables[name].columns:
            for status, n in tables[name]["curation_status"].value_counts().items():
                counts[status] = counts.get(status, 0) + int(n)
    rejected = len(tables["rejected_facts"]) if "rejected_facts" in tables else 0
    return (
        "Facts by curation status: "
        + ", ".join(f"{s} {n}" for s, n in counts.items())
        + f"; rejected {rejected} (see rejected_facts)."
    )
