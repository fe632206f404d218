"""Which organisation an organisation event may be about: a body of the genre, not a guess of the recogniser.

Why: the named-entity recogniser calls many things an organisation ('the NPT', 'the National Bank of
Kazakhstan', 'the Extended Fund Facility'); a provisional entity then turns 'X was established in 1993' or
'South Africa joined the NPT' into an event in an organisation's timeline. On texts no rule was written on,
those were most of the organisation events emitted, and nearly all wrong. The codebook's events are those of
international organisations and their bodies; a national institution's founding is an event inside one state
(not a fact), and an instrument is a treaty, not an organisation. So a provisional organisation takes an
event only where its name's head noun is an organisation noun ('… Organization of the United Nations',
'Nuclear Suppliers Group', 'Preparatory Commission for …'), it is no national body ('National Bank of …',
'State Committee …'), and it is not a bare acronym the recogniser guessed without a name to expand it. A
dictionary organisation is curated: always a body. A chairmanship with no chairing state states nothing.
"""

from __future__ import annotations

import re

from pipeline.entities import body_names, provisional

ORGANIZATION_HEADS = {
    "organization",
    "organisation",
    "union",
    "community",
    "bank",
    "council",
    "alliance",
    "bloc",
    "forum",
    "group",
    "grouping",
    "agency",
    "association",
    "commission",
    "committee",
    "fund",
    "institute",
    "institution",
    "centre",
    "chamber",
    "center",
    "assembly",
    "movement",
    "partnership",
    "conference",
    "court",
    "tribunal",
    "secretariat",
    "league",
    "commonwealth",
    "cooperation",
    "board",
    "office",
    "pact",
    "body",
    "space",
}
"""Head nouns of an organisation's name (the last word before its 'of', 'for', … complement); 'space' for
the integration areas the genre treats as bodies ('the Eurasian Economic Space'); 'chamber' for a chamber of
commerce, whose acronym ('ECO-CCI') does not say it is a sub-body as its name does."""
NAME_PREPOSITIONS = {"of", "for", "on", "in", "to", "against", "between", "with", "among", "from"}
NATIONAL_FIRST = {"national", "state", "presidential", "republican", "federal", "ministry"}
"""First words of a national institution's name: 'National Bank of Kazakhstan', 'State Commission …'."""
ORGAN_WORDS = {
    "board",
    "governors",
    "directors",
    "council",
    "ministers",
    "foreign",
    "heads",
    "head",
    "state",
    "states",
    "government",
    "governments",
    "general",
    "assembly",
    "executive",
    "committee",
    "commission",
    "secretariat",
    "permanent",
    "interstate",
    "intergovernmental",
    "parliamentary",
    "conference",
    "summit",
    "meeting",
    "session",
    "of",
    "the",
    "and",
}
"""Words of an organ's generic name ('Board of Governors', 'Council of Foreign Ministers', 'General Conference',
'Executive Board'): every organisation has one, so a name made of these alone, its owner's name left outside it
("the EBRD's Board of Governors"), says which body only with the owner, which the name does not carry."""
GROUP_OF = re.compile(r"^G\d{1,2}$")
"""'G7', 'G8', 'G20', 'G77': the 'Group of N', a body whatever the recogniser knows of it."""


def head_noun(words: list[str]) -> str | None:
    """The head of a name: its last word before the first preposition ('food and agriculture organization of the
    united nations' -> 'organization')."""
    end = next((i for i, w in enumerate(words) if w in NAME_PREPOSITIONS and i > 0), len(words))
    if end >= 2 and words[end - 2 : end] == ["co", "operation"]:
        return "cooperation"  # 'Co-operation', split at its hyphen
    return words[end - 1] if end else None


def name_words(entity_id: str) -> list[str]:
    """The lower-case words of a provisional organisation's name, from its id."""
    return entity_id[len(provisional.PREFIX) :].split("_")


def is_body(entity_id: str | None, mention=None) -> bool:
    """True for a dictionary organisation, and for a provisional one whose name is an international body's
    (see the module's docstring); `mention` is its mention in the sentence, if any."""
    if not entity_id or not entity_id.startswith(provisional.PREFIX):
        return bool(entity_id)
    if mention is not None and GROUP_OF.match(mention.text):
        return True  # 'the G8': the Group of Eight
    if mention is not None and mention.rule_id == "entity.provisional" and body_names.ACRONYM.match(mention.text):
        return False  # 'the NPT': the recogniser's guess, no name says what it is
    if mention is not None and mention.rule_id == "entity.provisional_sub_body":
        return True  # 'ECO Reinsurance Company': a body named after the international organisation it belongs to
    words = name_words(entity_id)
    if len(words) == 1:
        return True  # an acronym the text itself calls a body ('the GUAM group')
    if words[0] in NATIONAL_FIRST or "republic" in words:
        return False
    if set(words) <= ORGAN_WORDS:
        return False  # 'the EBRD's Board of Governors' read as 'Board of Governors': whose, the name does not say
    if words[-1] in NAME_PREPOSITIONS | {"the", "a", "an", "and"}:
        return False  # 'council of foreign ministers of the': a name cut before its owner's, no body one can tell
    return head_noun(words) in ORGANIZATION_HEADS


def admissible(candidate) -> bool:
    """Whether an organisation event candidate may become a fact (other fact types: always)."""
    if candidate.fact_type != "organization_event":
        return True
    org = candidate.get("organization_id")
    sentence = candidate.sentence
    mention = next((m for m in (sentence.entities if sentence else ()) if m.entity_id == org), None)
    return is_body(org, mention)
