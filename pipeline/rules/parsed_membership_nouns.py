"""Memberships told by a noun of the act: 'Kazakhstan's accession to the WTO in 2015', 'the admission of
Montenegro to NATO in 2017', 'Georgia's withdrawal from the CIS in 2009', 'the Turkish application to join the
European Economic Community … in 1959', 'Turkey's application for full membership of the European Community'.

Why a rule of its own: English reports an accession as often by its noun as by a verb, with the state as the
possessor ('Kazakhstan's'), an adjective ('the Turkish application') or an 'of' phrase ('the admission of
Montenegro'), and the organisation after 'to', 'from', 'of' or 'in', or as the object of 'to join'. A noun does
not assert that the act happened the way a verb in the past does ('opposes Georgia's accession to NATO',
'talks on Kazakhstan's accession'), so the rule takes the act as made only when the noun's own words date it
or it is the event something followed ('after Armenia's accession to the EAEU'); a noun that a verb of
advocacy governs ('Uzbekistan argued for its accession to the EurAsEC') is a candidacy; any other is no fact.
A dated accession or withdrawal is also the organisation's event, as with the verbs (`parsed_joining`). Talks on
an accession ('Talks on Serbia's accession to the European Union opened in 2014') make a candidate, as accession
talks do (`parsed_joining.negotiations`).

The same holds for a state's entry, chairmanship or presidency ('Montenegro's entry into NATO on 5 June 2017',
'Lithuania's chairmanship of the OSCE in 2011') and its bid ('Sweden's bid for NATO membership'): a bid is a
candidacy whenever it is the state's own, a bid being made by being told. A noun some verb says was made
('launched its bid in 2009', 'submitted its application in 1987'), began or took effect, or that a past verb
celebrates or welcomes, is an act made on that verb's date, else on the date the paragraph is at.
"""

from __future__ import annotations

from pipeline.rules import parse_repairs
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _conjuncts,
    _date,
    _entity,
    _event,
    _governing_verb,
    _membership,
    _negated,
    _noun_entities,
    _prep_objects,
    _subjects,
    modality,
    own_dates,
)
from pipeline.rules.parsed_admission import _role as named_role
from pipeline.rules.parsed_joining import TALKS
from pipeline.rules.parsed_pointers import _organizations
from pipeline.rules.patterns import asides

ACT_NOUNS = {
    "accession": "member",
    "admission": "member",
    "entry": "member",
    "application": "applicant",
    "bid": "candidate",
    "withdrawal": "withdrew",
    "chairmanship": "chair",
    "presidency": "chair",
    "status": "observer",
}
"""The role each noun's act gives; 'status' is the one its modifier names ('observer status'), an 'as' phrase the one
an entry takes ('the admission of Iran as a full member', 'as an observer')."""
ORG_PREPS = {
    "accession": ("to",),
    "admission": ("to", "into"),
    "entry": ("into", "to"),
    "application": ("to", "for"),
    "bid": ("for", "to"),
    "withdrawal": ("from",),
    "chairmanship": ("of", "in"),
    "presidency": ("of", "in"),
    "status": ("in", "at", "with", "to"),
}
"""Where each noun takes its organisation: 'accession to', 'admission into', 'application for membership of',
'a bid for NATO membership', 'withdrawal from', 'chairmanship of'."""
EVENTS = {"member": "joined_by", "withdrew": "withdrawn_by"}
AFTER = {"after", "following", "since", "upon", "with", "during", "under"}
"""Prepositions that tell a past act as what something followed or went on in: 'after Armenia's accession to the
EAEU', 'during Lithuania's chairmanship of the OSCE'."""
MADE = {"launch", "submit", "file", "lodge", "make", "present", "table", "celebrate", "welcome", "mark"}
"""Verbs whose object is an act made: 'launched its bid', 'submitted its application', 'celebrated Uzbekistan's
joining' (a celebration or a welcome is of what was done)."""
RESULT = {"result": ("in",), "lead": ("to",), "culminate": ("in",)}
"""Verbs by which an act came to something, with the preposition of what it came to: 'the application resulted
in associate membership', 'the talks led to full membership'; the act was made, before the verb
(`parsed_membership_outcomes` reads what it came to)."""
ADVOCACY = {"argue", "push", "press", "call", "campaign", "lobby", "seek", "support", "back", "favour", "favor"}
"""Verbs that make the act a bid: 'argued for its accession', 'sought admission to the WTO'."""
TOPICS = {"on", "about", "over", "for"}
"""Prepositions by which talks are on an accession: 'talks on Serbia's accession', 'negotiations for …' (not 'talk
of', which is speculation)."""
OPEN = {"open", "begin", "start", "launch", "commence"}
"""Verbs of talks beginning: their date is the candidacy's ('Talks on … opened in 2014')."""
ACTORS = {"state", "country", "nation", "republic", "kingdom", "federation"}
"""Common nouns an 'of' phrase may name the acting state by: 'the accession of these countries'."""
UNMADE = {"possible", "potential", "prospective", "planned", "proposed", "future", "eventual", "intended"}


def act_noun(s: Sentence) -> list:
    """One membership per state and organisation of each noun of an act, and for a dated accession or
    withdrawal the organisation's event."""
    out: list[Candidate] = []
    for noun in s.with_lemma(ACT_NOUNS):
        role = _role(noun)
        if role is None or noun.pos_ != "NOUN" or _unmade(noun):
            continue
        states = _states(s, noun)
        orgs = _orgs(s, noun)
        if not states or not orgs:
            continue
        governor = noun.head
        advocate = governor.head if governor.dep_ == "prep" else governor
        if governor.dep_ == "prep" and governor.lower_ in TOPICS and advocate.lemma_.lower() in TALKS:
            if role != "member" or _negated(advocate.head) or modality(advocate.head):
                continue  # 'talks on Serbia's accession to the EU': a candidacy, from when the talks opened
            role, date = "candidate", _date(s, advocate.head) if advocate.head.lemma_.lower() in OPEN else None
        elif advocate.lemma_.lower() in ADVOCACY:  # a bid, when the state itself makes it
            own = [x for t in _subjects(advocate) for x in _noun_entities(s, t, ("state",))]
            if role in ("withdrew", "chair") or not set(states) & set(own):
                continue  # 'protesters called for the withdrawal of Armenia from the CSTO'
            role, date = "candidate", _date(s, advocate)  # a candidacy dates from when it was raised
        else:
            made = _made(noun)
            date = _date(s, noun, clause=False) or (_made_date(s, noun) if made else None)
            if date is None and made and governor.tag_ == "VBD":
                date = s.paragraph_date  # 'The participants celebrated … Uzbekistan's joining …', dated before
            if date is None and not made and governor.lower_ not in AFTER and role != "candidate":
                continue
            if governor.pos_ in ("VERB", "AUX") and (modality(governor) or _negated(governor)):
                continue  # 'Kazakhstan's accession to the WTO is expected in 2015'
        span = _clause(s, list(noun.subtree))
        for org in orgs:
            for state in states:
                out.append(_membership(s, f"parse_act_noun_{noun.lemma_.lower()}", state, org, role, date, span))
                if date is not None and role in EVENTS:
                    out.append(_event(s, f"parse_act_noun_{noun.lemma_.lower()}", org, EVENTS[role], date, span, state))
    return out


def _role(noun) -> str | None:
    """The noun's role: its own ('application': applicant), the one its modifier names for a status ('observer
    status'; none for a bare 'status'), or for an entry the one its 'as' phrase names ('as an observer')."""
    role = ACT_NOUNS.get(noun.lemma_.lower())
    if noun.lemma_.lower() == "status":
        return named_role(noun)
    if role == "member":
        return next((r for a in _prep_objects(noun, "as") for r in [named_role(a)] if r), role)
    return role


def _made_date(s: Sentence, noun):
    """The date of the verb that tells the act made; before the verb where the act led to something after it ('the
    application … in 1959 resulted in associate membership in 1963': 1959)."""
    verb = noun.head
    if verb.lemma_.lower() in RESULT:
        return next((d for d in own_dates(s, verb) if d.char_start + s.offset < verb.idx), None)
    return _date(s, verb)


def _made(noun) -> bool:
    """ "Georgia's withdrawal from the CIS took effect in 2009", 'became effective', 'was completed', 'took place',
    'occurred', 'began', or the object of a verb of making ('launched its bid'): the act is made, on the date of
    the verb."""
    verb = noun.head
    if (noun.dep_ == "dobj" and verb.lemma_.lower() in MADE) or (
        noun.dep_ == "nsubj" and verb.lemma_.lower() in RESULT
    ):
        return True
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    words = {w.lower_ for c in verb.children if c.dep_ in ("dobj", "acomp", "prep") for w in c.subtree}
    lemma = verb.lemma_.lower()
    return (
        (lemma == "take" and bool(words & {"effect", "place"}))
        or lemma in ("occur", "happen", "begin", "start", "commence")
        or (lemma == "date" and "from" in words)  # "Georgia's observer status … dates from 2018"
        or (lemma in ("become", "be") and "effective" in words)
        or (lemma in ("enter", "come") and bool(words & {"force", "effect"}))
        or (lemma in ("complete", "finalize", "finalise") and noun.dep_ == "nsubjpass")
    )


def _unmade(noun) -> bool:
    """'Ukraine's possible accession to NATO', 'a planned withdrawal': not an act made."""
    return any(c.dep_ == "amod" and c.lower_ in UNMADE for c in noun.children)


def _states(s: Sentence, noun) -> list[str]:
    """The state whose act it is: the possessor ('Kazakhstan's accession'), an adjective ('the Turkish
    application') or the 'of' phrase ('the admission of Montenegro'); an 'of' phrase on another thing names no
    actor ('the entry of Chinese goods into the EAEU')."""
    words = _children(noun, "poss") + [c for c in noun.children if c.dep_ in ("amod", "compound")]
    words += [t for t in _prep_objects(noun, "of", "by") if t.pos_ == "PROPN" or t.lemma_.lower() in ACTORS]
    found = [x for t in words for x in _noun_entities(s, t, ("state",))]
    if not found and any(t.lower_ in ("its", "their") for t in words):  # 'Uzbekistan argued for its accession'
        verb = _governing_verb(noun)
        found = [x for t in _subjects(verb) for x in _noun_entities(s, t, ("state",))] if verb is not None else []
    return list(dict.fromkeys(found))


def _orgs(s: Sentence, noun) -> list[str]:
    """The organisation after the noun's preposition ('accession to the WTO'), inside 'membership of/in'
    ('application for full membership of the European Community', 'a bid for NATO membership'), in an 'as' phrase
    ('admission … as a full member of the SCO'), or the object of 'to join' ('application to join the EEC')."""
    lemma = noun.lemma_.lower()
    heads = _prep_objects(noun, *ORG_PREPS[lemma])
    heads += [o for a in _prep_objects(noun, "as") for o in _prep_objects(a, "of", "in", "to")]  # 'as a member of'

    heads += [
        o
        for h in list(heads)
        if h.lemma_.lower() == "membership"
        for o in _prep_objects(h, "of", "in", "to") + _children(h, "compound")  # 'a bid for NATO membership'
    ]
    heads += [
        o for v in noun.children if v.dep_ in ("acl", "relcl") and v.lemma_ == "join" for o in _children(v, "dobj")
    ]
    heads = [h for h in heads if h.lemma_.lower() != "membership"]
    skip = asides(s)  # 'the European Economic Community (now the European Union)': a later name, not a second body
    found = [
        m.entity_id
        for h in heads
        for x in _conjuncts(h)
        if not any(a <= x.idx - s.offset < b for a, b in skip)
        for m in [_entity(s, x, ("organization",))]
        if m is not None
    ]
    found = found or [o for h in heads for o in _organizations(s, h) + parse_repairs.stranded_article(s, h)]
    return list(dict.fromkeys(found))


RULES = [act_noun]
