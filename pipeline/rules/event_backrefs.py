"""Organisation events told in two sentences: the first says what was done, the next when it took effect ('In 2005
the members agreed to merge CACO with the EurAsEC. This merger took effect on 25 January 2006.').

Why: the dated sentence names no organisation, only the act ('this merger'), so no rule over one sentence can
read it; the act's parties are those the previous sentence names, in its order (merge A with/into B: A is merged
into B). Only where the previous sentence names the act's verb and exactly two organisations, so 'merge the two
organisations' after a paragraph of several is left alone.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.organization_events import _event

TOOK_EFFECT = re.compile(
    r"^\s*(?:This|The|That) (?:merger|merge|amalgamation)(?:\s+(?:was|became))?(?:\s+\w+ly)?\s+"
    r"(?:took effect|effective|completed|finali[sz]ed)\b"
)
"""Only a stated act: a word between the act and its verb other than an adverb in -ly ('was never completed', 'was
to be completed', 'will take effect') is no fact."""
MERGING = re.compile(r"\bmerg(?:e|ed|ing|er)\b[^.;]*?\b(?:with|into|and)\b")
"""The previous sentence's act: 'to merge A with B', 'merged A into B', 'the merger of A and B'."""


def merger_took_effect(s: Sentence) -> list:
    """'This merger took effect on 25 January 2006' after '… agreed to merge CACO with the EurAsEC': merged_into of
    the first organisation the previous sentence names, the second its counterpart, dated by this sentence."""
    out: list[Candidate] = []
    m = TOOK_EFFECT.match(s.text)
    if m is None or not MERGING.search(s.previous_text) or len(s.previous_organizations) != 2:
        return out
    date = s.date_for(m.end())
    if date is not None:
        absorbed, into = s.previous_organizations
        out.append(_event(s, "merger_took_effect", absorbed, "merged_into", date, counterpart=into))
    return out


RULES = [merger_took_effect]
