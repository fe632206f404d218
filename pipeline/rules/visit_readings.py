"""Readings of one visit by several rules: what to keep when they disagree on what the sentence gives.

Why: the visit rules read a sentence independently (a pattern over the words, another over the parse), and one may
see less than another: 'visited Russia on several occasions: in 2017, 2018 and 2019' is one reading with no date
(a rule that stops at the colon) and three dated ones. Reconciliation keeps an undated visit apart from dated ones
(visits recur, so nothing says they are one), which would leave a visit of no year the text never tells. Likewise
a visit to come and the visit made, told in one sentence ('invited X to visit …, and X visited …'), are one visit.
"""

from __future__ import annotations


def dated_over_undated(candidates: list) -> list:
    """One sentence's candidates less the undated readings of a visit it also reads with a date: 'visited Russia on
    several occasions: in 2017, 2018 and 2019' is read by a rule that sees no date past the colon and by one that
    sees all three; the undated reading is the same visits less well read, not another (it would stand as a visit
    of no year beside them)."""
    dated = {_visit_pair(c) for c in candidates if c.fact_type == "visit" and c.get("date_edtf")}
    return [c for c in candidates if c.fact_type != "visit" or c.get("date_edtf") or _visit_pair(c) not in dated]


def made_over_unmade(candidates: list) -> list:
    """One sentence's candidates less a visit to come (planned, proposed) of a pair whose visit it also tells as made:
    'Elbegdorj invited Xi Jinping to visit Mongolia, and Xi visited Ulaanbaatar in August 2014' is one visit, made;
    the invitation is its occasion, as 'at the invitation of' is (`visit_modality`)."""
    made = {_visit_pair(c) for c in candidates if c.fact_type == "visit" and c.get("modality") is None}
    return [
        c for c in candidates if c.fact_type != "visit" or c.get("modality") not in UNMADE or _visit_pair(c) not in made
    ]


UNMADE = {"planned", "proposed"}


def named_over_unnamed(candidates: list) -> list:
    """One sentence's candidates less a visit with no visitor of a pair, year and modality it also reads with a named
    visitor: 'Prime Minister Shinzo Abe visited Ashgabat in October 2015, the first visit by a Japanese leader' tells
    Abe's visit, and its apposition refers back to it (the codebook: a back-reference is no new item); the reading of
    'a Japanese leader' is the same visit less well read."""
    named = {_visit_key(c) for c in candidates if c.fact_type == "visit" and c.get("visitor_id")}
    return [c for c in candidates if c.fact_type != "visit" or c.get("visitor_id") or _visit_key(c) not in named]


def _visit_key(candidate) -> tuple:
    return (*_visit_pair(candidate), (candidate.get("date_edtf") or "")[:4], candidate.get("modality"))


def _visit_pair(candidate) -> tuple:
    return (
        candidate.get("visitor_state_id"),
        candidate.get("visitor_organization_id"),
        candidate.get("host_state_id"),
    )
