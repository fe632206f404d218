"""How a test compares agreement keys with the codebook's tolerance for how a multi-state act is itemised."""

from __future__ import annotations


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
