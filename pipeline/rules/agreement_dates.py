"""When a signing took place: the date its verb takes, unless it is a deadline ('by 2015'), a status date
('As of 2016') or the date of an entry into force; a ratification's own date; and, for a signing its
clause leaves undated, the one event date of its sentence or the year its paragraph is at. Used by the
signing rule in `agreements`.
"""

from __future__ import annotations

import re

from pipeline.rules import timeline
from pipeline.rules.agreement_clauses import on_another_noun
from pipeline.rules.agreement_guards import INSTRUMENT_LEMMAS
from pipeline.rules.context import Sentence
from pipeline.rules.patterns import IN_FORCE
from pipeline.rules.stance import token_at

STATUS = re.compile(r"\b[Aa]s (?:of|at)\s+$")
"""'As of 2016, eight Annex 2 states have not ratified the treaty': the date of a state of affairs, not of a
signing."""


COORDINATED_VERB = re.compile(r"\s+and\s+(?:then\s+|later\s+)?")
CLEFT_UNTIL = re.compile(r"\b[Ii]t\s+(?:was|is)\s+(?:not\s+until|(?:only\s+)?(?:in|on))\s+(?:the\s+)?$")
CLEFT_THAT = re.compile(r"\s*,?\s*that\b")
"""'It was not until 2000 that Kazakhstan ratified the Convention', 'It was only in 2005 that …': the cleft's date is
the act's."""


DEADLINE = re.compile(r"\b(?:by|before|no later than)\s+(?:the\s+(?:end\s+of\s+(?:the\s+)?)?(?:year\s+)?)?$", re.I)
"""'signed an agreement setting a target of establishing the Eurasian Economic Union by 2015': a deadline
is when something else is due, not when the agreement was signed."""


def _not_asigning_date(s: Sentence, date) -> bool:
    """A deadline ('by 2015'), a status date ('As of 2016') or the date of a clause on another noun ('the
    pipeline, which opened in 1997')."""
    return bool(
        DEADLINE.search(s.text, max(0, date.char_start - 30), date.char_start)
        or STATUS.search(s.text, max(0, date.char_start - 10), date.char_start)
        or on_another_noun(s, date)
    )


def ratification_date(s: Sentence, verb: re.Match, end: int):
    """A ratification's own date: one right after the verb in its clause ('ratified the treaty in 1995'), or
    the date of the verb it is coordinated with ('joined in 1994 and ratified the Treaty'); never a date of
    the sentence's other events (a ratification is not the signing)."""
    after = s.dates_in(verb.end(), end)
    if after and not IN_FORCE.search(s.text, verb.end(), after[0].char_start) and not _not_asigning_date(s, after[0]):
        return after[0]
    before = s.dates_in(s.clause(verb.start())[0], verb.start())
    if before and COORDINATED_VERB.fullmatch(s.text, before[-1].char_end, verb.start()):
        return before[-1]
    if (
        before
        and CLEFT_UNTIL.search(s.text, 0, before[-1].char_start)
        and CLEFT_THAT.match(s.text, before[-1].char_end)
    ):
        return before[-1]
    return _instrument_date(s, verb)


def _instrument_date(s: Sentence, verb: re.Match):
    """The date the sentence gives the instrument a participle 'ratified by A and B' describes: 'In 1974, a step …
    was made with the Threshold Test Ban Treaty (TTBT), ratified by the US and Soviet Union' (the opening date dates
    the clause the treaty is told in; the participle names its parties, not a later act's date). Not a ratification
    told as the main verb ('In 2005 the two states ratified the treaty': the ratification's date is no signing's).
    None without a parse."""
    token = token_at(s, verb.start())
    if token is None or token.dep_ != "acl" or token.head.i > token.i:
        return None
    opening = s.opening_date()
    return opening if opening is not None and opening.char_end <= token.head.idx - s.offset else None


def signing_date(s: Sentence, verb: re.Match, end: int, noun_start: int | None = None):
    """The date the signing verb takes (`Sentence.date_for`), unless it is a deadline or a status date ('by
    2015', 'As of 2016'), or the year of another instrument than the one at `noun_start` (then the date before the
    verb or the sentence's opening date, if another), or the date of an entry into force told after it."""
    date = s.date_for(verb.start(), end)
    if date is not None and IN_FORCE.search(s.text, verb.end(), date.char_start):
        return None  # 'ratified the Treaty and it entered into force on January 14, 1994': the entry's date
    if date is None or not (_not_asigning_date(s, date) or _another_instrument_s(s, date, noun_start)):
        return date
    start, _ = s.clause(verb.start())
    before = [d for d in s.dates_in(start, verb.start()) if not _not_asigning_date(s, d)]
    opening = s.opening_date()
    return before[-1] if before else (opening if opening is not date else None)


def _another_instrument_s(s: Sentence, date, noun_start: int | None) -> bool:
    """True when the date is the year that modifies another instrument's noun than the one signed: 'In 1999 Armenia
    and Russia signed a protocol extending the 1995 treaty' (1995 is the treaty's, the protocol's is 1999). False
    without a parse or a signed noun."""
    token, noun = token_at(s, date.char_start), None if noun_start is None else token_at(s, noun_start)
    return (
        token is not None
        and noun is not None
        and token.dep_ in ("nummod", "compound", "amod", "npadvmod")
        and token.head.i != noun.i
        and token.head.lemma_.lower() in INSTRUMENT_LEMMAS
    )


TOLD_IN_THE_PAST = {"signed", "concluded", "agreed", "adopted", "reached", "signing", "adoption of"}
"""Verbs that tell a signing as an event of the narrative (not 'ratified': a ratification has its own date)."""


PERFECT = re.compile(r"\b(?:has|have)\s+(?:also\s+|now\s+|since\s+)?(?:been\s+)?$")
"""'Agreements … have also been concluded with …': the present perfect sums up, it narrates no year."""


def narrative_date(s: Sentence):
    """The date of a signing its clause leaves undated: the one event date of its sentence ('The organization
    was established on 3 October 2009 …, by the Nakhchivan Agreement signed among …'), else the year its
    paragraph is at ('In 1996, FAO organized the World Food Summit … The Summit concluded with the signing
    of the Rome Declaration')."""
    events = [
        d
        for d in s.dates_in()
        if timeline.is_event(s.text, d)
        and not IN_FORCE.search(s.text, max(0, d.char_start - 30), d.char_start)
        and not on_another_noun(s, d)
    ]
    if len(events) == 1:
        return events[0]
    return None if events else s.paragraph_date


def listed_date(s: Sentence, verb: re.Match, noun: re.Match, date, end: int, earlier_instrument: bool):
    """The date of an instrument listed after the verb's first object and that object's date: 'signed a basic treaty
    in 2000, and an agreement on the gas pipeline in 2013' (the verb left out before the second instrument, which
    keeps the date told after it, as `agreement_lists.coordinated` reads a state's acts on several treaties). The
    verb's date stands where the later instrument has none of its own, or where its date is an entry into force."""
    if date is None or not earlier_instrument or not (verb.end() <= date.char_start and date.char_end <= noun.start()):
        return date
    own = s.dates_in(noun.end(), end)
    if not own or IN_FORCE.search(s.text, noun.end(), own[0].char_start):
        return date
    return own[0]


BRACKETED_YEAR = re.compile(r"\s*\((?:in\s+)?(?:1[89]|20)\d\d\)")
"""'with Kazakhstan (2004) and Uzbekistan (2007)': a year in brackets right after a partner."""


def partner_date(s: Sentence, partner: str, start: int, end: int):
    """The bracketed date right after `partner` in text[start:end], or None: where plural agreements list their
    partners each with its year ('has signed bilateral agreements with Kazakhstan (2004) and Uzbekistan (2007)'),
    each agreement is dated by its own partner's year, not by the first one the verb takes."""
    for m in s.entities:
        if start <= m.char_start and m.char_end <= end and partner in (m.entity_id, s.state_of_entity(m.entity_id)):
            bracket = BRACKETED_YEAR.match(s.text, m.char_end)
            if bracket:
                return next(iter(s.dates_in(m.char_end, bracket.end())), None)
    return None


SIGNING_ASIDE = re.compile(r"\((?:signed|concluded)\b[^()]*\)")
"""'The friendship treaty with Russia (signed 1992) was replaced by …': a bracket that tells the signing of the noun right
before it, with its date."""


def signing_aside(s: Sentence, verb_start: int) -> tuple[int, int] | None:
    """The bracket around the signing verb at `verb_start` that tells a signing (`SIGNING_ASIDE`), or None."""
    return next(
        ((m.start(), m.end()) for m in SIGNING_ASIDE.finditer(s.text) if m.start() < verb_start < m.end()),
        None,
    )


def aside_date(s: Sentence, verb: re.Match, aside: tuple[int, int]):
    """The date inside the signing's bracket ('(signed 1992)', '(concluded in May 1995)'), or None."""
    return next(iter(s.dates_in(verb.end(), aside[1], include_asides=True)), None)
