"""A visit noun that names a visit not made: 'the planned visit', 'his visit to Turkey was cancelled', 'an
invitation to visit', 'discussed a visit'.

Why: a foreign-relations article tells visits to come and visits called off in the same words as visits made
('Nazarbayev's visit to Turkey was postponed'); read by the noun alone they become visits. The parse says what
the noun is the subject or object of, and what describes it.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Sentence

UNMADE_VERBS = {
    "cancel",
    "postpone",
    "delay",
    "plan",
    "propose",
    "schedule",
    "prepare",
    "discuss",
    "invite",
    "expect",
    "announce",
    "suggest",
    "offer",
    "request",
    "consider",
    "await",
}
"""What one does to a visit not (yet) made: 'the visit was cancelled', 'discussed a visit', 'prepared the visit'."""
OCCUR = {"take", "happen", "occur", "materialize", "materialise", "proceed"}
"""Verbs that say a visit happened ('took place'); negated, that it did not."""
UNMADE_WORDS = {"planned", "proposed", "upcoming", "future", "forthcoming", "possible", "expected", "scheduled"}
"""Words that describe a visit not (yet) made: 'the planned visit to Ankara', 'a possible trip'."""


def unmade(noun) -> bool:
    """The visit noun's own describing words, or the verb it is the subject or object of, say the visit was
    not made (or not yet): see the module's docstring."""
    if any(c.lower_ in UNMADE_WORDS for c in noun.children if c.dep_ in ("amod", "compound", "advmod")):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.lemma_.lower() in UNMADE_VERBS:
        return True
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in OCCUR and any(c.dep_ == "neg" for c in noun.head.children):
        return True  # 'the visit never took place', 'the trip did not happen'
    return noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in {"invitation", "plan", "proposal"}


def unmade_at(s: Sentence, start: int) -> bool:
    """`unmade` for the visit noun whose word starts at sentence offset `start` (a rule that reads the
    text, not the parse); False without a parse."""
    for token in s.tokens or []:
        if token.idx - s.offset == start:
            return unmade(token)
    return False


VIRTUAL = re.compile(
    r"\b(?:via |by |through )?(?:video ?conferenc\w*|video ?link|video call|virtual(?:ly)?|online)\b", re.I
)
"""'an extraordinary session was held via videoconference', 'attended the summit by video link', 'a virtual summit':
a gathering no one travelled to."""


def held_virtually(s: Sentence) -> bool:
    """The sentence tells a gathering held, or attended, at a distance: it places no one anywhere. Read once
    per sentence."""
    return s.once(_virtual)


def in_person(candidate) -> bool:
    """A candidate is no visit made at a distance: a visit read from a sentence that `held_virtually` ('addressed the
    summit in Bishkek by video link', 'paid a virtual visit to Tashkent', 'signed in Bishkek via video link') is
    none. Every visit rule's candidates pass here (`s3_extract.build`), so no rule needs a guard of its own, nor
    can one forget it."""
    sentence = candidate.sentence
    return candidate.fact_type != "visit" or sentence is None or not held_virtually(sentence)


AT_A_DISTANCE = {"summit", "meeting", "talk", "talks", "conference", "session", "forum", "format", "visit", "event"}
"""What a 'virtual' or 'online' describes when it says a gathering was held at a distance ('a virtual summit', 'online
talks'); before another noun it says nothing of where anyone was ('launched an online trade platform')."""


def _virtual(s: Sentence) -> bool:
    return any(not _describes_other(s, m.start()) for m in VIRTUAL.finditer(s.text))


def _describes_other(s: Sentence, start: int) -> bool:
    """The word at sentence offset `start` is an adjective of a noun that is no gathering ('an online trade platform',
    'virtual currencies'); False without a parse."""
    for token in s.tokens or []:
        if token.idx - s.offset == start:
            return token.dep_ == "amod" and token.head.lemma_.lower() not in AT_A_DISTANCE
    return False
