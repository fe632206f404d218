"""Models of the curation record: facts a curator rejected and fields a curator corrected.

Both tables come from the decisions in `raw/curation.yaml`, with who decided and on which day as the
curator wrote them (never the build's clock). Confirmed, corrected and added facts stay in their fact
tables with `curation_status` saying so; rejected facts leave them and are listed here instead.
"""

from __future__ import annotations

from pandera.typing import Series

from schemas.base import FACT_ID_PATTERN, Table, decided_by_field, decided_on_field, fact_type_field, field, fk

CURATOR_RULE_ID = "curator"
"""The rule_id of evidence that a curator quoted for a fact the rules missed."""


class RejectedFacts(Table):
    """One row per fact a curator rejected (a `reject` decision in raw/curation.yaml); key fact_id.
    The fact, its evidence, its parties and its conflicts are left out of the other tables; its first
    quote (by source and offset) is kept here, so the record shows what the rules had read."""

    fact_id: Series[str] = field(
        "The rejected fact, as the rules identified it.", "vis-3f2a9c0b1d4e", unique=True, str_matches=FACT_ID_PATTERN
    )
    fact_type: Series[str] = fact_type_field("visit")
    reason: Series[str] = field(
        "Why the curator rejected it, as written in raw/curation.yaml.",
        "The sentence reports a planned visit that did not take place.",
    )
    decided_by: Series[str] = decided_by_field()
    decided_on: Series[str] = decided_on_field()
    source_id: Series[str] = field("Source of the first quote.", "akiner_efp")
    passage_id: Series[str] = field("Sentence of the first quote.", "akiner_efp:sen0042")
    char_start: Series[int] = field("Start offset of the first quote (code points into the raw text).", 1234, ge=0)
    char_end: Series[int] = field("End offset of the first quote, exclusive.", 1270, gt=0)
    quote: Series[str] = field(
        "The first quote the rules had for the fact, equal to the raw text at the offsets.",
        "Nazarbayev went to Belgium in February 1993.",
    )
    rule_id: Series[str] = field("Rule that produced the fact from that quote.", "visit.went_to")

    class Config:
        metadata = {
            "primary_key": ["fact_id"],
            "title": "Rejected facts",
            "foreign_keys": [fk(["source_id"], "sources"), fk(["passage_id"], "passages")],
        }


class Corrections(Table):
    """One row per field a curator corrected (a `correct` decision in raw/curation.yaml); key
    (fact_id, field_name). The fact keeps its fact_id and carries the curated value with
    curation_status 'corrected'; this table keeps the value the rules had extracted."""

    fact_id: Series[str] = field(
        "The corrected fact (in the table named by fact_type).", "mem-3f2a9c0b1d4e", str_matches=FACT_ID_PATTERN
    )
    fact_type: Series[str] = fact_type_field("membership")
    field_name: Series[str] = field(
        "The corrected field (a column of the fact's table, or `parties` of an agreement).", "date_edtf"
    )
    extracted_value: Series[str] = field(
        "The value the rules extracted, as text; empty if none.", "1993", nullable=True
    )
    curated_value: Series[str] = field("The value the curator set, as text; empty if cleared.", "1992", nullable=True)
    reason: Series[str] = field(
        "Why, as written in raw/curation.yaml.", "The text dates the accession to 1992 in the preceding sentence."
    )
    decided_by: Series[str] = decided_by_field()
    decided_on: Series[str] = decided_on_field()

    class Config:
        metadata = {"primary_key": ["fact_id", "field_name"], "title": "Corrections"}


class CurationDecisions(Table):
    """One row per decision in raw/curation.yaml (confirm, correct, reject or add); key fact_id. The
    record of who looked at which fact and when, as the curator wrote it; the fields a correction
    changed are in `corrections`, rejected facts in `rejected_facts`."""

    fact_id: Series[str] = field(
        "The fact decided on (for an added fact, the id the build computed).",
        "mem-3f2a9c0b1d4e",
        unique=True,
        str_matches=FACT_ID_PATTERN,
    )
    fact_type: Series[str] = fact_type_field("membership")
    action: Series[str] = field(
        "confirm, correct, reject or add.", "confirm", isin=["confirm", "correct", "reject", "add"]
    )
    reason: Series[str] = field("The curator's reason, where given.", None, nullable=True)
    decided_by: Series[str] = decided_by_field()
    decided_on: Series[str] = decided_on_field()

    class Config:
        metadata = {"primary_key": ["fact_id"], "title": "Curation decisions"}
