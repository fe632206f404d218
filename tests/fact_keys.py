"""Facts keyed as the evaluation compares them, for sentence sets scored on the facts expected and the ones not
expected (tests/unit/test_membership_nouns_tune12.py and its held-out set; the amounts of
tests/unit/amount_codebook_cases.py), and how agreement keys are compared with the codebook's tolerance for how a
multi-state act is itemised (`agreement_matches`). Beside tests/helpers.py, which holds the candidates of a paragraph
these keys are read from."""

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


def dated_keys(text: str) -> set:
    """Every candidate of one paragraph (no article subject) keyed by its full date, for the sentence sets of
    tests/unit/genericity_cases.py: ('membership', state, organisation, role, date), ('organization_event',
    organisation, event, state, date), ('agreement', kind, parties, date), ('visit', visitor state, host state, date),
    ('amount', kind, value, date)."""
    out: set = set()
    for c in candidates(text, None, None):
        date = c.get("date_edtf")
        if "role" in c:
            out.add(("membership", c["state_id"], c["organization_id"], c["role"], date))
        elif "event_type" in c:
            out.add(("organization_event", c["organization_id"], c["event_type"], c.get("state_id"), date))
        elif "parties" in c:
            out.add(("agreement", c["kind"], tuple(c["parties"]), date))
        elif "host_state_id" in c:
            out.add(("visit", c.get("visitor_state_id"), c["host_state_id"], date))
        elif "value" in c:
            out.add(("amount", c["kind"], c["value"], date))
    return out


def hosting_alternatives(expected: set) -> set:
    """The membership `host` the codebook allows in place of an expected event `summit_hosted` (BRIEF §5: hosting a
    meeting may be recorded either way), keyed as `dated_keys` keys it."""
    return {
        ("membership", k[3], k[1], "host", k[4])
        for k in expected
        if k[0] == "organization_event" and k[2] == "summit_hosted"
    }


def found_and_unexpected(expected: set, found: set) -> tuple[int, set]:
    """How many expected facts `found` holds (a summit hosted may be found as its `host` membership), and the found
    facts that were not expected."""
    alternatives = hosting_alternatives(expected)
    hits = sum(1 for k in expected if k in found or (hosting_alternatives({k}) and hosting_alternatives({k}) <= found))
    return hits, found - expected - alternatives


def agreement_matches(expected: set, found: set) -> tuple[set, set]:
    """The expected (kind, parties, date) keys that `found` holds, and the found keys no expected one accounts for.
    An expected act of several states on an existing treaty is met by one item with all of them or by one item per
    state (the codebook allows either: each state's act is an item of its own, a list expands), or both."""
    hits, used = set(), set()
    for kind, parties, date in expected:
        singles = {(kind, (p,), date) for p in parties}
        if (kind, parties, date) in found:
            hits.add((kind, parties, date))
            used |= {(kind, parties, date)} | (singles & found)
        elif len(parties) > 1 and singles <= found:
            hits.add((kind, parties, date))
            used |= singles
    return hits, found - used
