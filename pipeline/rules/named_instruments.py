"""A treaty named with its own year and its parties, with no signing verb: 'the 1992 Treaty of Friendship
between Turkmenistan and Russia', 'the Treaty of Kars (1921) with Turkey'.

Why: an article refers to a treaty by its name, year and parties while it tells something else ('… remains the
basis of relations'); the reference annotations record such a treaty as an agreement (its year is its signing
year). Over the parse: a capitalised instrument noun whose own phrase holds a year (a number before the noun,
'of 1921', '(1921)') and names a state ('between …', 'with …', a dash-joined pair: 'the Soviet–American INF Treaty
of 1987'); the parties are read from that
phrase as the signing rule reads them (`agreement_parties.parties`, which adds the source's state to a lone partner).
An instrument a signing rule already reads in the sentence stands as that rule has it.

So is one described in lower case with its year and its sides ('Turkmenistan's 1992 treaty of friendship with
Iran', 'its 2009 gas deal with China'). A named instrument with its year and no state in its own words ('the Nuclear Non-proliferation Treaty (NPT) of
1968', 'the 1963 Partial Test Ban Treaty') is the codebook's instrument with no parties, dated by that year, unless
an act of its own is read in the same words (`instrument_acts`) or it founds a body (its founders are its parties).
"""

from __future__ import annotations

import re

from pipeline.rules import (
    agreement_names,
    agreement_parties,
    agreements,
    instrument_acts,
)
from pipeline.rules.context import Sentence

NAMES = {
    "treaty",
    "agreement",
    "convention",
    "charter",
    "protocol",
    "accord",
    "pact",
    "declaration",
    "deal",
    "framework",
}
NAMED_ONLY = {"framework"}
"""A framework is an instrument only by its name ('the 1994 Agreed Framework between …'), never 'the framework of' nor
a body's plan ('the EU Strategic Framework for Central Asia (2007)')."""
YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
FOUNDING = {"establish", "found", "create", "form"}
"""'the CSTO, originally established by the Tashkent Declaration of 1992': a founding instrument, its parties the
body's founders, whom the text gives elsewhere; not an instrument with no parties."""
ASIDE = {"relcl", "acl", "advcl", "appos"}
"""Clauses on the noun say something else ('which was signed …' is the signing rules'); not its own words."""


def _own_words(noun) -> list:
    """The instrument's phrase less the clauses on it; a bare year in brackets the parser makes an apposition ('the
    Ashgabat Agreement (2011) on a transport corridor') is its own year, not an aside."""
    skip = {x.i for c in noun.children if c.dep_ in ASIDE and not _bare_year(c) for x in c.subtree}
    return [t for t in noun.subtree if t.i not in skip]


def _bare_year(token) -> bool:
    return token.dep_ == "appos" and bool(YEAR.match(token.text)) and not list(token.children)


def _founding(noun) -> bool:
    """True when the instrument is the agent of a body's founding ('established by the Tashkent Declaration')."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.lemma_.lower() in FOUNDING


def dated_named(s: Sentence) -> list:
    """One agreement per named instrument whose own words give its year and at least one state."""
    out: list = []
    if s.tokens is None:
        return out
    other = [c for rule in instrument_acts.PARTY_RULES for c in s.once(rule) if c.fact_type == "agreement"]
    acts = [c for rule in instrument_acts.RULES for c in s.once(rule)]  # the instrument's own acts, no parties
    for noun in s.with_lemma(NAMES):
        if noun.lemma_.lower() not in NAMES or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun.dep_ == "compound":
            continue  # 'the Treaty Organization': a body's name
        words = _own_words(noun)
        years = [t for t in words if YEAR.match(t.text) and t.i != noun.i]
        start, end = words[0].idx - s.offset, words[-1].idx + len(words[-1]) - s.offset
        states = s.states(start, end) or agreement_parties.paired_sides(s, start, end)
        if noun.lemma_.lower() in NAMED_ONLY and not s.text[: noun.idx - s.offset].endswith("Agreed "):
            continue
        if not noun.text[:1].isupper() and not states:
            continue  # 'the 1995 treaty': an instrument described, not named, is one only with its sides
        if len(years) != 1 or any(c.start < end and start < c.end for c in other + ([] if states else acts)):
            continue
        kind = agreement_names.kind_of(noun.lemma_, s.text[start:end])
        name = agreement_names.name_of(s, noun.idx - s.offset, noun.idx - s.offset + len(noun))
        date = next((d for d in s.dates_in(start, end) if d.edtf == years[0].text), None)
        parties = agreement_parties.parties(s, start, end) if states else ()
        if date is not None and (len(parties) >= 2 or (not states and name and not _founding(noun))):
            out.append(agreements._agreement(s, "dated_named", name, kind, parties, date, start, end))
    return out


RULES = [dated_named]
