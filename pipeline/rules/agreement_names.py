"""What an agreement is called and what kind it is: its name as written ('Treaty of Eternal Friendship and
Co-operation', 'an agreement on the formation of joint regional air defences') and its kind from its noun ('a
roadmap' is an action plan, 'a loan agreement' a loan deal).

Why a module of its own: the signing rule (`agreements`), the parse rules over named instruments and treaty
words all name and classify the instruments they find the same way; the words are one job, the signing another.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Sentence

KIND = [
    ("treat", "treaty"),
    ("protocol", "protocol"),
    ("memorand", "memorandum"),
    ("declaration", "declaration"),
    ("action plan", "action_plan"),
    ("plan of action", "action_plan"),
    ("plans of action", "action_plan"),
    ("road", "action_plan"),
    ("deal", "loan_deal"),
    ("convention", "convention"),
    ("loan", "loan_deal"),
    ("charter", "charter"),
    ("act", "act"),
    ("joint statement", "joint_statement"),
    ("statute", "treaty"),
]

NAME = re.compile(
    r"(?:[A-Z][\w’'–-]*\s+(?:(?:of|and|on|for|between|the|in|towards|a)\s+)*)*"
    r"(?:Treaty|Agreement|Accords?|Protocol|Declaration|Action Plan|Convention|Charter|Act|Pact)\b"
    r"(?:\s+(?:of|on|for|between|towards)\s+(?:the\s+)?[‘'“]?[A-Z][\w’'-]*(?:\s+(?:and|of|the|an?|in|for|"
    r"[A-Z][\w’'-]*|\d+\w*)\b|,\s+[A-Z][\w’'-]*(?=(?:,\s+[A-Z][\w’'-]*)*\s+and\s+[A-Z]))*[’'”]?)?"
)
"""A title-case name: 'Treaty of Eternal Friendship and Co-operation', 'Shanghai Convention on
Combating Terrorism, Separatism and Extremism' (a comma list of title-case words ending in 'and')."""
QUOTED_NAME = re.compile(
    r"[‘“'][^’”']{4,80}[’”']\s+(?:joint\s+)?(?:Action Plan|treaty|agreement)|"
    r"(?:treaty|agreement|deal) (?:on|to develop)\s+[‘“'][^’”']{4,80}[’”']"
)
DESCRIBED = re.compile(
    r"(?:memorandum of understanding|action plan|\w+)\s+(?:on|to|for|between|creating|"
    r"establishing)\s+(?:[^,;.(]|\([A-Z]{2,}\))+?(?:(?:,\s+[\w-]+)+,?\s+and\s+[^,;.(]+?)?"
    r"(?=\s+(?:was|were|is|are|has|have|had|with|in \d{4})\b|[,;.]|\((?![A-Z]{2,}\))|$)"
)
"""An unnamed agreement described by what it is about, up to its verb: 'agreement on the formation of
joint …', 'treaty creating a Nuclear-Weapons-Free Zone (NWFZ) in Central Asia', 'agreements on
co-operation in trade, investment and joint projects' (not '… have also been concluded with …')."""
PREMODIFIED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<words>(?:(?!(?:was|were|is|are|a|an|the|of|and|to|in)\b)"
    r"[a-z][\w-]*\s+){2,4})$"
)
"""A noun phrase that names the agreement by its modifiers: 'A strategic energy partnership agreement'."""
POSSESSIVE = re.compile(r"^[A-Z]\w+[’']s\s+")

LOAN_AGREEMENT = re.compile(r"\b(?:loan|credit)\s+agreements?$", re.IGNORECASE)
"""'signed a loan agreement with China': an agreement whose noun a loan modifies is a loan deal."""


def kind_of(noun: str, context: str) -> str:
    """The agreement kind from its noun ('loans-for-oil deal' is a loan deal, 'a roadmap' an action plan)."""
    noun = (
        "loan"
        if noun.lower().endswith(("loan", "arrangement", "arrangements", "facility", "credit", "credits"))
        else noun.lower()
    )
    if noun == "deal" and "loan" not in context.lower():
        return "agreement"
    if noun.startswith("agreement") and LOAN_AGREEMENT.search(context):
        return "loan_deal"  # 'a loan agreement worth $4 billion': the deal is a loan
    return next((kind for stem, kind in KIND if noun.startswith(stem)), "agreement")


def name_of(s: Sentence, start: int, end: int) -> str | None:
    """The agreement's name as written: a quoted or title-case name around the noun, else the noun
    phrase ('an agreement on the formation of joint regional air defences', 'a strategic energy
    partnership agreement')."""
    window = s.text[max(0, start - 80) : min(len(s.text), end + 90)]
    offset = max(0, start - 80)
    for pattern in (QUOTED_NAME, NAME):
        for m in pattern.finditer(window):
            if m.start() + offset <= start and end <= m.end() + offset and len(m.group().split()) > 1:
                return POSSESSIVE.sub("", m.group().strip())
    phrase = DESCRIBED.match(s.text, start)
    if phrase:
        return phrase.group().strip()
    modifiers = PREMODIFIED.search(s.text, max(0, start - 60), start)
    return modifiers.group("words") + s.text[start:end] if modifiers else None
