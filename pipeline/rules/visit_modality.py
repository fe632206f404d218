"""The modality of a visit from the words around its trigger: planned ('will visit', 'was scheduled to visit',
'plans to travel to', 'the planned visit'), proposed ('invited the Uzbek president to visit Moscow', 'proposed a
visit'). A visit denied or called off is no fact ('did not visit', 'never visited': the rules' `_negated`; 'cancelled
his visit': `visit_unmade.called_off`). A reported visit ('reportedly visited', 'is said to have visited') is hedged
for every fact type at once (`fact_modality.settle`), a deadline's a target (`fact_modality.deadline`).

Why: the codebook gives a visit a modality as it does every type (BRIEF §5); the visit rules used to drop a visit to
come, so a plan told in the text was lost, or, read by a rule that missed the plan, published as made. The verb's
modality is `parsed.modality`, as for the other types; what is a visit's own is which infinitive is a visit to come
('is to visit', 'was invited to visit') and which only a purpose of a trip told beside it ('travelled to Minsk to
attend the summit': the travel is the visit).

Decision: 'invited X to visit, and X visited Y in 2014' (the invitation and the visit made in one sentence) is one
visit, stated: the invitation is the visit's occasion, as 'at the invitation of' is
(`visit_readings.made_over_unmade`).
"""

from __future__ import annotations

from pipeline.rules import stance
from pipeline.rules.parsed import _negated, modality
from pipeline.rules.visit_unmade import called_off, noun_modality

PROPOSING = {"invite", "propose", "suggest", "offer", "ask", "urge", "request"}
"""Verbs whose infinitive is a visit put forward to the visitor, not yet planned: 'Medvedev invited the Uzbek
president to visit Moscow', 'proposed to visit Baku'."""
FRAMING = PROPOSING | stance.INTENT_VERBS | {"be", "schedule", "due", "set", "expect", "prepare", "going"}
"""What an infinitive of visiting hangs on when it is itself a visit to come ('is to visit', 'was scheduled to
visit', 'is due to visit', 'plans to travel to'), not the purpose of another verb's trip."""
MODALS = stance.PLANNED_AUX | stance.POSSIBLE_AUX


def _put_to_invitee(verb) -> bool:
    """An infinitive of visiting the parse hangs on the invitee, the object of a verb proposing it ('invited Malaysian
    Deputy Prime Minister Ahmad Zahid Hamidi to visit Ashgabat': 'to visit' a clause of 'Hamidi')."""
    return (
        verb.dep_ in ("advcl", "acl", "relcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.dep_ == "dobj"
        and verb.head.head.lemma_.lower() in PROPOSING
    )


def of_verb(verb) -> str | None:
    """planned, proposed or hedged (a condition) for a verb of visiting or of making a trip ('will visit', 'invited
    him to visit', 'will pay a visit'); None where it is stated."""
    if (verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in PROPOSING) or _put_to_invitee(verb):
        return "proposed"
    return modality(verb)


def to_come(verb) -> bool:
    """The verb, read with a modality (`of_verb`), tells a visit of its own still to come: a modal on it ('will
    visit', 'could travel'), a condition, or an infinitive on a verb of intending, scheduling or inviting ('plans to
    travel to Paris'). Not an infinitive of purpose ('travelled to Minsk to attend the summit') or a participle,
    which the trip told beside them makes."""
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in stance.CONDITIONS for c in verb.children):
        return True
    return (verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in FRAMING) or _put_to_invitee(verb)


def dropped(verb) -> bool:
    """A verb of visiting that states no visit of its own: negated ('did not visit'; `_negated`), or read with a
    modality that is no visit to come (`to_come`: 'travelled to Minsk to attend the summit', whose trip the
    travel states)."""
    return _negated(verb) or (of_verb(verb) is not None and not to_come(verb))


def of_trip(noun, verb) -> str | None:
    """The modality of a visit noun ('a visit', 'his trip') and the verb it hangs on: the verb's ('will pay a
    visit'), else the noun's own words' ('the planned visit', 'proposed a visit': `visit_unmade.noun_modality`)."""
    return (of_verb(verb) if verb is not None else None) or noun_modality(noun)


def trip_dropped(noun, verb) -> bool:
    """A visit noun that states no visit: called off ('cancelled his visit'), or on a verb that `dropped`."""
    return called_off(noun) or (verb is not None and dropped(verb))


def invitees(verb) -> list:
    """Who an infinitive of visiting put forward to is to visit: the object of the verb proposing it ('Medvedev
    invited the Uzbek president to visit Moscow': the president, not Medvedev; `_put_to_invitee`: the object the parse
    hangs the infinitive on); empty for any other verb."""
    if _put_to_invitee(verb):
        return [verb.head]
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in PROPOSING:
        return []
    return [c for c in verb.head.children if c.dep_ == "dobj"]


def trip_told(verb) -> bool:
    """A verb of travel tells a trip of its own: made (a finite verb: 'visited', 'travelled to') or to come
    (`to_come`: 'will visit', 'plans to travel to'); not one `dropped`, nor a bare participle or infinitive ('visiting
    Qatar', 'to attend'), which the trip told beside it makes."""
    return not dropped(verb) and (of_verb(verb) is not None or verb.tag_ not in ("VBG", "VB"))
