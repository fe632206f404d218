"""What the name of a body (an organisation of the genre) and its acronym look like: the words only a body's name
has, its head nouns, an acronym alone or in brackets, and the spans the recogniser labels that are no body
(`_is_body`).

Why a module of its own: the provisional organisations (provisional), the acronyms that abbreviate an instrument
instead (instrument_acronyms) and the tests ask the same question of a name, is it a body's; the vocabulary that
answers it is data about English names, apart from how the provisional entities are made.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z0-9]+")
NOT_A_BODY = re.compile(
    r"^(?:[A-Z]+\d*|\d.*|.*\b(?:Summit|War|Protocols?|Treat(?:y|ies)(?!\s+Organi[sz]ation)|Agreements?|Declaration|Act|Charter|"
    r"Conventions?|Accords?|Zone|Plan|Programme|Program|Initiative|Strategy|Ministry|Government|Parliament|National Assembly|Jirga|Majlis|"
    r"Senate|Rada|Knesset|Sejm|Army|Forces|Party|President|Stand-?[Bb]y\s+Arrangements?|Cabinet|Duma|Kremlin|"
    r"Company|Corporation|Inc|Ltd|(?:Credit|Fund|Financing|Adjustment|Transformation|Growth)\s+Facilit(?:y|ies))\b.*)$"
)
"""Not an organisation of the genre: an all-capitals token the recogniser guesses at, a number, an instrument or
meeting, a national institution, a firm, a lending instrument ('Extended Credit Facility for Kyrgyzstan': IMF glossary)."""
BODY_HEADS = (
    "Forum|Organi[sz]ation|Union|Bank|Council|Community|Group|Association|Movement|"
    "Commission|Fund|Institute|Alliance|Assembly|Committee|Agency|Partnership|Court|Conference"
)
BODY_HEAD = re.compile(rf"\b(?:{BODY_HEADS})$")
"""The head noun of an organisation's name: the recogniser sometimes calls such a name a facility or an
event ('the Asia-Pacific Economic Cooperation Forum')."""
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")

BRACKETED = re.compile(r"\((?P<acronym>[A-Z][A-Z0-9&-]{1,7})\)")


BODY_WORD = re.compile(
    rf"\b(?:{BODY_HEADS}|Organi[sz]ations|Funds|League|Pact|Club|Process|"
    r"Force|Economic Space|Secretariat|Office|Bureau|Cent(?:re|er)|Board|Foundation|Authority|Federation|"
    r"Co-?operation|Commonwealth|Tribunal|Network|Facility|Mission|Bloc|Market|Area|Coalition|Brigade|Platform|"
    r"Mechanism)\b"
)
"""A word only the name of a body has: 'Adi Ignatius', 'Benito Mussolini', 'Agreed Framework', 'Ferghana
Valley' or 'Food Security', which the recogniser also calls ORG, have none."""
ROMAN = re.compile(r"^[IVX]+$")
"""'VIII': a numeral the recogniser calls an ORG."""


def _is_body(label: str, text: str) -> bool:
    """An organisation's name: a recognised ORG of two or more words with a body's word in it, or an acronym
    the recogniser calls an ORG ('GUAM', 'APEC'), or a facility or event whose last word is an organisation's
    head noun; never a heading in capitals, an instrument, a national institution, a firm, a person or
    a numeral."""
    if NOT_A_BODY.match(text) and not (label == "ORG" and ACRONYM.match(text)):
        return False
    if label == "ORG":
        if ACRONYM.match(text):
            return not ROMAN.match(text)
        return len(WORD.findall(text)) >= 2 and not text.isupper() and bool(BODY_WORD.search(text))
    return label in ("FAC", "EVENT", "WORK_OF_ART") and bool(BODY_HEAD.search(text)) and len(WORD.findall(text)) >= 2
