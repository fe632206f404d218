"""Models of the evidence and conflicts tables: the quotes behind every fact, and the variants on which
repeats or sources disagree (the fact tables themselves: `schemas.facts`)."""

from __future__ import annotations

from pandera.typing import Series

from schemas.base import FACT_TYPES, Table, fact_type_field, field, fk


class Evidence(Table):
    """One row per quote supporting a fact; key evidence_id. `quote` equals the raw text of the
    source at the offsets; a fact stated by repeats or by several sources has several rows."""

    evidence_id: Series[str] = field("Identifier: fact and offsets.", "mem-3f2a9c0b1d4e@akiner_efp:1234", unique=True)
    fact_id: Series[str] = field("The fact supported (in the table named by fact_type).", "mem-3f2a9c0b1d4e")
    fact_type: Series[str] = fact_type_field("membership")
    source_id: Series[str] = field("Source quoted.", "akiner_efp")
    passage_id: Series[str] = field("Sentence quoted.", "akiner_efp:sen0042")
    char_start: Series[int] = field("Start offset (code points into the raw text).", 1234, ge=0)
    char_end: Series[int] = field("End offset, exclusive.", 1270, gt=0)
    quote: Series[str] = field(
        "The exact words, equal to the raw text at the offsets.", "Kazakhstan joined both bodies in 1992."
    )
    rule_id: Series[str] = field(
        "Extraction rule that produced the fact from this quote ('curator' for "
        "facts added by hand in raw/curation.yaml).",
        "membership.joined",
    )
    stated_date_edtf: Series[str] = field(
        "The fact's date as this quote gives it (EDTF), read from the quote or, where the rule says so, its "
        "paragraph ('the following year'); empty when this quote gives no date and the fact's date comes from "
        "another quote. Where quotes disagree, see `conflicts`.",
        "1992",
        nullable=True,
    )

    class Config:
        metadata = {
            "primary_key": ["evidence_id"],
            "title": "Evidence",
            "foreign_keys": [fk(["source_id"], "sources"), fk(["passage_id"], "passages")],
        }


class Conflicts(Table):
    """One row per variant of a field on which repeats or sources disagree; key (conflict_id, variant).
    Nothing is picked silently: every variant keeps its evidence."""

    conflict_id: Series[str] = field("Identifier of the disagreement.", "cfl-0a1b2c3d4e5f")
    variant: Series[int] = field("1-based number of the variant.", 1, ge=1)
    fact_type: Series[str] = field("Type of the facts that disagree.", "organization_event", isin=FACT_TYPES)
    fact_id: Series[str] = field("The fact carrying this variant.", "oev-0a1b2c3d4e5f")
    field_name: Series[str] = field("The field that differs.", "date_edtf")
    value: Series[str] = field("This variant's value, as text.", "2001")
    evidence_id: Series[str] = field("Evidence of this variant.", "oev-0a1b2c3d4e5f@akiner_efp:1234")
    source_id: Series[str] = field("Source of this variant.", "akiner_efp")
    basis: Series[str] = field(
        "Why the facts count as one statement: same_passage_group (repeats) or same_key (same fact, other source).",
        "same_key",
        isin=["same_passage_group", "same_key"],
    )

    class Config:
        metadata = {
            "primary_key": ["conflict_id", "variant"],
            "title": "Conflicts",
            "foreign_keys": [fk(["evidence_id"], "evidence"), fk(["source_id"], "sources")],
        }
