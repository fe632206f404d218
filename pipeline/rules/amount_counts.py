"""What a count measures: a body's membership (`member_count`), refugees, casualties, people, or something else
(`other`). The figure rules read it through `amount_kinds.kind_of`, which says how (its docstring, the count
items): the words a count stands among, and the parse where a count of states is said to be a membership.
"""

from __future__ import annotations

import re

from pipeline.rules.amount_heads import figure_token, measured_noun, predicate_noun
from pipeline.rules.context import Sentence

CONTEXT_CHARS = 110
"""How far before a figure the words that say what it measures are looked for (here and in `amount_kinds`)."""
REFUGEE_CUES = re.compile(r"\brefugees?\b|\bfled\b|\bflee\w*|\b(?:not able|unable) to return\b|\breturn home\b", re.I)
CASUALTY_CUES = re.compile(
    r"\bkill\w*|\bdeath toll\b|\bdeaths?\b|\bdead\b|\binjur\w*|\bwound\w*|\bdied\b|"
    r"\bvictims\b|\blives\b|\bcasualties\b",
    re.I,
)
COMPOSED_OF = re.compile(
    r"\b(?:consist\w*\s+of|compris\w*|composed\s+of|made\s+up\s+of|includ\w*|"
    r"(?:union|organi[sz]ation|alliance|bloc|group(?:ing)?|community|association|forum|bank|"
    r"body|club)\s+of|brings\s+together|unites|membership\s+of)\s+(?:(?:the|its|some|about|"
    r"over|more\s+than|nearly|almost|all)\s+)*$",
    re.I,
)
"""Words just before a count of states that say the states make up a body."""
TREATY_PARTIES = re.compile(r"(?:\b(?:contracting|state|states)\s+)?parties", re.I)
"""The parties to a treaty are its members: '183 contracting parties have ratified the treaty', 'the
treaty now has 191 parties' (the noun alone or so qualified, not 'twelve political parties')."""
FOUNDED_BY = re.compile(r"^\s*(?:\w+\s+)?(?:formed|founded|created|established|set\s+up|launched)\b", re.I)
"""A count of states that is the subject of a founding verb: '10 other regional nations formed the BSEC'."""


PART_OF_A_WHOLE = re.compile(r"\s+of\s+the\s+(?:[\d,]+|[a-z]+)\b")
"""'five of the seven members', '174 of the 178 parties': the part counts some of the members (those that agreed,
attended …), not the membership, which the whole counts (codebook §8: two counts; the dev gold reads the part as
`other`)."""


def count_kind(s: Sentence, m) -> str:
    before = s.text[max(0, m.char_start - CONTEXT_CHARS) : m.char_start]
    around = before[-40:] + m.text + s.text[m.char_end : m.char_end + 40]
    if (
        m.noun is not None
        and m.noun_class in ("member", "state", "thing")
        and (PART_OF_A_WHOLE.match(s.text, m.char_end) or m.rule_id == "amount.part")  # 'of these, 3'
    ):
        return "other"
    if m.noun_class == "member" or TREATY_PARTIES.fullmatch(m.noun or ""):  # however many: the codebook's kinds are
        # decided by the first rule that applies, and members (rule 3) come before persons (rule 4)
        return "member_count"
    if m.noun_class == "state":
        if (
            COMPOSED_OF.search(before)
            or FOUNDED_BY.match(s.text[m.char_end :])
            or _a_membership(s, m)
            or _states_joining(s, m)
        ):
            return "member_count"
        return "other"
    if m.noun_class == "person" or m.unit == "people":
        if REFUGEE_CUES.search(around):
            return "refugees"
        if CASUALTY_CUES.search(around):
            return "casualties"
        return "people"
    return "other"


MEMBERSHIP = {"member", "membership"}
"""Nouns that make a count of states a body's membership when the count is said to be them or to be their
size: '189 countries are members of the IMF', 'Its membership grew to 35 countries'; 'parties' only to an
instrument ('189 states had become parties to the Convention'; not to a dispute)."""
INSTRUMENTS = {"treaty", "convention", "protocol", "agreement", "accord", "charter", "statute", "pact", "covenant"}


def _a_membership(s: Sentence, m) -> bool:
    """Whether the parse says a count of states is a membership (see MEMBERSHIP)."""
    return any(
        n is not None and (n.lemma_.lower() in MEMBERSHIP or _party_to_an_instrument(n))
        for n in (predicate_noun(s, m), measured_noun(s, m))
    )


def _party_to_an_instrument(noun) -> bool:
    """Whether `noun` is 'parties' to a treaty, convention, protocol … (its 'to' names one)."""
    return noun.lemma_.lower() == "party" and any(
        p.lower_ == "to" and any(o.lower_ in INSTRUMENTS for o in p.children if o.dep_ == "pobj")
        for p in noun.children
        if p.dep_ == "prep"
    )


JOINING = {"join", "ratify", "accede"}
"""Verbs by which states become a body's members or a treaty's parties."""


def _states_joining(s: Sentence, m) -> bool:
    """Whether a count of states is the subject, or the passive's agent, of a verb of JOINING not negated: '168 states
    have ratified the CTBT', 'The PTBT, joined by 123 states', 'Three other states acceded in 1993' count a treaty's
    parties or a body's members (codebook §5 amount, rule 3); states that only sign ('signed by 71 States'), have not
    ratified ('eight states have not ratified the treaty') or are a condition's ('will enter into force 180 days after
    the 44 states listed in Annex 2 have ratified it') are other counts of states."""
    t = figure_token(s, m)
    if t is None:
        return False
    if t.dep_ == "pobj" and t.head.dep_ == "agent":
        verb = t.head.head  # 'joined by 123 states'
    elif t.dep_ in ("nsubj", "nsubjpass"):
        verb = t.head
    else:
        return False
    return verb.lemma_ in JOINING and verb.dep_ != "advcl" and not any(c.dep_ == "neg" for c in verb.children)
