"""When two candidates state one fact: the tests reconcile clusters candidates with.

Within one text, candidates with the same identifying fields are one fact when their dates agree,
when their sentences repeat each other, when the fact can happen only once, or when one date lies
within the other (`same_fact`). Across texts the test is stricter (`corroborates`): a text joins
another's fact only where it states it. Named instruments whose names differ are never one
(`same_instrument`). What a type allows (once-only and recurring senses, a name field) comes from
its declaration in `schemas.fact_types`.
"""

from __future__ import annotations

import re

from schemas import fact_types


def one_text(a: dict, b: dict, group_of: dict[str, str]) -> bool:
    """Both from one source. Sentences of two sources that restate each other (one duplicate group) are
    still two texts: they join only as `corroborates` allows, so a near-duplicate of another text that
    gives another date (a 2011 agreement 'setting a target' of 2015 beside the 2014 treaty) cannot
    change that text's fact."""
    return a["source_id"] == b["source_id"]


def corroborates(x: list[dict], y: list[dict], group_of: dict[str, str]) -> bool:
    """Two groups of mentions from different sources are one fact when every mention of one agrees with
    every mention of the other (same date, or one within the other; for agreements, fitting names), or,
    for a fact that happens once, when their dates all disagree and one side states a single date: two
    sources giving one event two dates is a conflict to publish (CACO created in 2001 or 2002); a source
    that gives the other's date too, or a date that fits, is not disputing it. Two unnamed, undated
    agreements from different texts are never one: nothing says they are."""
    pairs = [(a, b) for a in x for b in y]
    if all(_agrees_across(a, b) for a, b in pairs):
        return True
    dates = [{m["fields"].get("date_edtf") for m in side} for side in (x, y)]
    return (
        once_only(x[0])
        and None not in dates[0] | dates[1]
        and min(len(d) for d in dates) == 1
        and not any(_agrees_across(a, b) for a, b in pairs)
    )


def _agrees_across(a: dict, b: dict) -> bool:
    da, db = a["fields"].get("date_edtf"), b["fields"].get("date_edtf")
    if fact_types.get(a["fact_type"]).name_field:
        named = instrument_name(a) and instrument_name(b)
        if not named and (da is None or db is None):
            return False
        if named and None in (da, db):
            return True
    if da == db:
        return True
    if da is None or db is None:
        return once_only(a)
    return _nested(a["fields"], b["fields"]) and not _recurring(a)


def instrument_name(c: dict) -> str | None:
    """The instrument's name, for types that name one (`FactType.name_field`)."""
    name_field = fact_types.get(c["fact_type"]).name_field
    return c["fields"].get(name_field) if name_field else None


def same_fact(a: dict, b: dict, group_of: dict[str, str]) -> bool:
    da, db = a["fields"].get("date_edtf"), b["fields"].get("date_edtf")
    group = group_of.get(a["passage_id"])
    repeat = group is not None and group == group_of.get(b["passage_id"])
    named = fact_types.get(a["fact_type"]).name_field is not None
    if named and da is None and db is None and not (instrument_name(a) or instrument_name(b)):
        return repeat or a["passage_id"] == b["passage_id"]  # nothing says two unnamed, undated deals are one
    if da == db:
        return True
    if named and instrument_name(a) and instrument_name(b) and None in (da, db):
        return True
    if repeat or once_only(a):
        return True
    return da is not None and db is not None and _nested(a["fields"], b["fields"]) and not _recurring(a)


NAME_WORD = re.compile(r"[a-z0-9]+")


def same_instrument(a: str | None, b: str | None) -> bool:
    """Two names of one instrument: either is unknown, or they start alike and the words of one are
    all in the other ('Enhanced Cooperation Agreement' and 'Enhanced Partnership and Cooperation
    Agreement'; not 'Partnership and Cooperation Agreement', an earlier instrument). Named
    agreements of the same parties and kind are otherwise different instruments; a dated and an
    undated mention under compatible names are one (see `same_fact`)."""
    if not a or not b:
        return True
    la, lb = NAME_WORD.findall(a.lower()), NAME_WORD.findall(b.lower())
    wa, wb = set(la), set(lb)
    return la[:1] == lb[:1] and (wa <= wb or wb <= wa)


def _nested(a: dict, b: dict) -> bool:
    """One date lies within the other ('In 1992, he visited the USA' and 'In May 1992 … Washington'):
    the same event told at two precisions."""
    return (a["date_start"] <= b["date_start"] and b["date_end"] <= a["date_end"]) or (
        b["date_start"] <= a["date_start"] and a["date_end"] <= b["date_end"]
    )


def _sense(c: dict) -> str | None:
    sense = fact_types.get(c["fact_type"]).sense
    return c["fields"].get(sense) if sense else None


def _recurring(c: dict) -> bool:
    """The sense may happen several times within a date's span (`FactType.recurring`)."""
    return _sense(c) in fact_types.get(c["fact_type"]).recurring


def once_only(c: dict) -> bool:
    """The sense happens once (`FactType.once_only`)."""
    return _sense(c) in fact_types.get(c["fact_type"]).once_only


def overlap(a: dict, b: dict) -> bool:
    return a["date_start"] <= b["date_end"] and b["date_start"] <= a["date_end"]
