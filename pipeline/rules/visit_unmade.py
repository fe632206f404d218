"""A visit noun that names a visit not made: one called off ('his visit to Turkey was cancelled', no fact), or one
still to come ('the planned visit', 'an invitation to visit', 'discussed a visit': a fact with its modality,
`visit_modality`, where the rule reads modality; no fact where it does not).

Why: a foreign-relations article tells visits to come and visits called off in the same words as visits made
('Nazarbayev's visit to Turkey was postponed'); read by the noun alone they become visits. The parse says what
the noun is the subject or object of, and what describes it.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Sentence

CALLED_OFF_VERBS = {"cancel", "postpone", "delay", "abandon", "scrap"}
"""What one does to a visit that was then not made: 'the visit was cancelled', 'postponed his visit'."""
PLANNING_VERBS = {"plan", "schedule", "prepare", "expect", "announce", "await"}
"""What one does to a visit still to come: 'the visit planned for 2015', 'prepared the visit'."""
PROPOSING_VERBS = {"propose", "discuss", "invite", "suggest", "offer", "request", "consider"}
"""What one does to a visit only put forward: 'proposed a visit', 'discussed a visit'."""
OCCUR = {"take", "happen", "occur", "materialize", "materialise", "proceed"}
"""Verbs that say a visit happened ('took place'); negated, that it did not."""
PLANNED_WORDS = {"planned", "upcoming", "future", "forthcoming", "expected", "scheduled"}
PROPOSED_WORDS = {"proposed", "possible"}
"""Words that describe a visit not (yet) made: 'the planned visit to Ankara', 'a possible trip'."""
PUT_FORWARD = {"invitation": "proposed", "proposal": "proposed", "plan": "planned"}
"""Nouns whose 'to' or 'for' names a visit put forward ('an invitation to visit', 'plans for a visit')."""


def unmade(noun) -> bool:
    """The visit noun's own describing words, or the verb it is the subject or object of, say the visit was
    not made (or not yet): see the module's docstring."""
    return called_off(noun) or noun_modality(noun) is not None


def called_off(noun) -> bool:
    """The visit was called off or did not take place: 'his visit … was cancelled', 'called off his trip', 'the
    visit never took place'. No fact: a visit denied."""
    head, dep = noun.head, noun.dep_
    if dep in ("nsubj", "nsubjpass", "dobj") and head.lemma_.lower() in CALLED_OFF_VERBS:
        return True
    if dep in ("nsubjpass", "dobj") and head.lemma_.lower() == "call" and any(c.lower_ == "off" for c in head.children):
        return True  # 'the visit was called off', 'called off his trip'
    return dep == "nsubj" and head.lemma_.lower() in OCCUR and any(c.dep_ == "neg" for c in head.children)


def noun_modality(noun) -> str | None:
    """planned or proposed where the visit noun's describing words ('the planned visit', 'a visit, planned for
    2015, …'), the verb it is the subject or object of ('proposed a visit', 'the visit was scheduled') or the noun
    it complements ('an invitation to visit') say it is still to come; None where nothing does."""
    for c in noun.children:
        word = c.lower_ if c.dep_ in ("amod", "compound", "advmod") else c.lemma_.lower() if c.dep_ == "acl" else ""
        if word in PLANNED_WORDS or word in PLANNING_VERBS:
            return "planned"
        if word in PROPOSED_WORDS or word in PROPOSING_VERBS:
            return "proposed"
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        lemma = noun.head.lemma_.lower()
        if lemma in PLANNING_VERBS:
            return "planned"
        if lemma in PROPOSING_VERBS:
            return "proposed"
    return PUT_FORWARD.get(noun.head.head.lemma_.lower()) if noun.dep_ == "pobj" else None


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
