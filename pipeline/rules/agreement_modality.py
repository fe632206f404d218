"""How sure a signing is: planned ('are to sign') or proposed ('a draft treaty', 'was proposed to be signed'), from
the words just before the signing verb and the instrument's noun (a reported one, 'reportedly signed', is hedged
for every fact type at once: `fact_modality`). Used by
the surface signing rule (`agreements.signed`); the parse rules read the same from the verb's children
(`parsed.modality`).
"""

from __future__ import annotations

import re

from pipeline.rules.context import Sentence

PLANNED = re.compile(
    r"\b(?:will|would|shall|is to|are to|was to|were to|plans? to|planned to|intends? to|intended to|expected to|"
    r"scheduled to|set to|due to|agreed to|decided to|(?:hope[sd]?|hoping|wish(?:es|ed)?|want(?:s|ed)?|seeks?|aim(?:s|ed)?|tri(?:es|ed)|try) to|"
    r"sought to|attempt(?:s|ed)? to|ready to|to be)\s+(?:be\s+)?$",
    re.IGNORECASE,
)
"""A signing still to come: 'the two sides are to sign', 'a treaty to be signed in 2012', 'agreed to conclude',
'hoped to sign', 'sought to conclude' (a wish or an attempt states no signing; `stance.INTENT_VERBS` likewise)."""
PROPOSED = re.compile(r"\b(?:draft|proposed|suggested|offered|putative)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
"""An instrument only put forward: 'a draft treaty was approved', 'the proposed agreement'."""
PROPOSED_TO = re.compile(
    r"\b(?:proposed|suggested|offered|asked|urged|invited|pressed|encouraged|called on|called upon)\s+"
    r"(?:(?!to\b)[\w-]+\s+){0,3}to\s+(?:be\s+)?$"
)
"""'a free trade agreement between Turkey and Iran was proposed to be signed', 'Ukraine has been asked to sign an
Additional Protocol': a proposal or a request, not yet a plan."""
CONDITION = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s+(?:[\w-]+\s+){0,4}$")
"""'If Iran ratified the Additional Protocol, sanctions would be lifted': a signing put as a condition (hedged, as
`parsed.modality` reads a verb marked 'if')."""


OBLIGED = re.compile(
    r"\b(?:must|(?:requires?|required|obliges?|obliged|obligates?|obligated)\s+(?:[\w-]+\s+){0,6}?to)\s+(?:be\s+)?$"
)
"""A duty the text states, not an act: 'Article III requires each non-possessor state party to conclude a safeguards
agreement with the IAEA', 'parties must conclude'."""


def modality(s: Sentence, noun: re.Match, verb: re.Match) -> str | None:
    """planned or proposed from the words just before the signing verb and the instrument's noun, hedged under an
    'if'; None when the signing is stated as fact. (A deadline date makes it a target: `fact_modality.deadline`.)"""
    before_verb = s.text[max(0, verb.start() - 40) : verb.start()]
    if CONDITION.search(before_verb):
        return "hedged"
    if PROPOSED_TO.search(before_verb) or PROPOSED.search(s.text, max(0, noun.start() - 40), noun.start()):
        return "proposed"
    if PLANNED.search(before_verb) or OBLIGED.search(s.text, max(0, verb.start() - 80), verb.start()):
        return "planned"
    return None
