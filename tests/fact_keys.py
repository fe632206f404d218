"""Facts keyed as the evaluation compares them, for sentence sets scored on the facts expected and the ones not
expected (tests/unit/test_membership_nouns_tune12.py and its held-out set; the amounts of
tests/unit/amount_codebook_cases.py). Beside tests/helpers.py, which holds
the candidates of a paragraph these keys are read from."""

from __future__ import annotations

from tests.helpers import candidates

FIXED_UNITS = {"currency", "percent", "km", "ha", "km2"}


def fact_keys(text: str, subject: str | None) -> set:
    """Every membership, organisation event and agreement candidate of one paragraph, keyed as the evaluation
    compares them (by year): ('membership', state, organisation, role, year, modality), ('event', organisation,
    event, state, counterpart, year) and ('agreement', kind, parties, year) for those stated as fact. A set of
    sentences scored on these keys counts both the facts expected and the ones not expected. As in the evaluation
    (pipeline/evaluation/corpus.py), a chairmanship is one fact whether told as a membership `chair` or an event
    `chaired`: both are keyed as the membership (`chair_as_membership`)."""
    out: set = set()
    for c in candidates(text, None, subject):
        year = (c.get("date_edtf") or "")[:4] or None
        if "role" in c:
            out.add(("membership", c["state_id"], c["organization_id"], c["role"], year, c.get("modality")))
        elif "event_type" in c and c.get("modality") is None:
            keys = (c["organization_id"], c["event_type"], c.get("state_id"), c.get("counterpart_organization_id"))
            out.add(("event", *keys, year))
        elif "kind" in c and "parties" in c and c.get("modality") is None and c["parties"]:
            out.add(("agreement", c["kind"], tuple(c["parties"]), year))
    return chair_as_membership(out)


def membership_key(state: str, org: str, role: str, year: str | None, modality: str | None = None) -> tuple:
    """A membership as `fact_keys` keys it, from short codes: membership_key("ARM", "EAEU", "member", "2015")."""
    return ("membership", f"state:{state}", f"org:{org}", role, year, modality)


def event_key(org: str, event: str, state: str, year: str | None) -> tuple:
    """An organisation event of a state as `fact_keys` keys it (no counterpart)."""
    return ("event", f"org:{org}", event, f"state:{state}", None, year)


def chair_as_membership(keys: set) -> set:
    """`fact_keys` with an event `chaired` keyed as the membership `chair` of the same state, organisation and year."""
    return {
        ("membership", k[3], k[1], "chair", k[5], None) if k[0] == "event" and k[2] == "chaired" else k for k in keys
    }


def _years(edtf: str | None) -> str | None:
    """'2000/2007' for an interval, '2018' for a day, month or year of 2018, None for no date."""
    return "/".join(part[:4] for part in edtf.split("/")) if edtf else None


def amount_keys(subject: str, heading: str | None, text: str) -> set:
    """Every amount candidate of one paragraph (under section `heading`) as (kind, value, value_max, unit, currency,
    years, modality), values rounded to 6 places: `unit` is one of FIXED_UNITS, else 'count' for any counted noun;
    `years` '2018', '2000/2007' or None (tests/unit/amount_codebook_cases.py)."""
    return {
        (
            c["kind"],
            round(c["value"], 6),
            None if c.get("value_max") is None else round(c["value_max"], 6),
            c["unit"] if c["unit"] in FIXED_UNITS else "count",
            c.get("currency"),
            _years(c.get("date_edtf")),
            c.get("modality"),
        )
        for c in candidates(text, "amount", subject, heading)
    }
