"""Readings of one visit by several rules: what to keep when they disagree on what the sentence gives.

Why: the visit rules read a sentence independently (a pattern over the words, another over the parse), and one may
see less than another: 'visited Russia on several occasions: in 2017, 2018 and 2019' is one reading with no date
(a rule that stops at the colon) and three dated ones. Reconciliation keeps an undated visit apart from dated ones
(visits recur, so nothing says they are one), which would leave a visit of no year the text never tells.
"""

from __future__ import annotations


def dated_over_undated(candidates: list) -> list:
    """One sentence's candidates less the undated readings of a visit it also reads with a date: 'visited Russia on
    several occasions: in 2017, 2018 and 2019' is read by a rule that sees no date past the colon and by one that
    sees all three; the undated reading is the same visits less well read, not another (it would stand as a visit
    of no year beside them)."""
    dated = {_visit_pair(c) for c in candidates if c.fact_type == "visit" and c.get("date_edtf")}
    return [c for c in candidates if c.fact_type != "visit" or c.get("date_edtf") or _visit_pair(c) not in dated]


def _visit_pair(candidate) -> tuple:
    return (
        candidate.get("visitor_state_id"),
        candidate.get("visitor_organization_id"),
        candidate.get("host_state_id"),
    )
