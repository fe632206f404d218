"""Visits told by a gathering: a person at a summit, talks or a ceremony held abroad ('At the CIS summit in Minsk,
Nazarbayev met …', 'talks between Berdimuhamedow and Putin in Moscow'), or acting where a gathering took place
('The summit was held in Moscow, where Nazarbayev met Xi Jinping').

Why: a foreign-relations article places a leader abroad by the gathering he was at as often as by a verb of
travel; the parse says how the gathering hangs on the verb, and only some ways put the verb's subject at it ('at',
'during', 'on the sidelines of', 'attended'), others not ('spoke about', 'was absent from', 'the decisions of').
"""

from __future__ import annotations

from pipeline.rules import visits
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _date,
    _entity,
    _governing_verb,
    _negated,
    _prep_objects,
    _subjects,
    modality,
)
from pipeline.rules.parsed_visits import ATTENDED, _host_in
from pipeline.rules.visit_referents import is_referring, resolved_persons
from pipeline.rules.visit_unmade import noun_modality
from pipeline.rules.visitor_titles import LEADER_NOUNS, leader_state, titled_conjuncts

MEETINGS = ATTENDED | {"assembly"}
"""Gatherings a leader takes part in; 'talks' by its lemma too ('Following talks in Ankara, Erdoğan and … signed'),
and the occasions leaders travel to ('was present at the inauguration of Ghani in Kabul'), and an organisation's
assembly held in a place ('at the UN General Assembly in New York')."""
SPEECHES = {"speech", "address", "lecture"}
"""A leader's address given somewhere ('during a speech at Moscow State University, the first President of
Kazakhstan, Nursultan Nazarbayev complained …'): he was there."""


def at_gathering(s: Sentence) -> list:
    """'On 26 October 2007, at a press conference following the 20th Russia-EU Summit in Portugal, Putin said
    …', 'At the CIS summit in Minsk, Nazarbayev met …': a person whose verb the gathering hangs on ('at',
    'during', 'following') attended it where it was held ('in' a place or state, or a city its name begins
    with: 'the Tehran Conference'); one visit each, unless at home."""
    out: list = []
    for noun in s.with_lemma(MEETINGS | SPEECHES):
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in MEETINGS | SPEECHES:
            continue
        # 'the summit in Minsk'; 'a speech at Moscow State University' (a place that begins the venue's name)
        # 'the inauguration of Ghani in Kabul': the parse may hang the place on the 'of' words
        venues = [noun, *_prep_objects(noun, "of")]
        host = next((h for t in venues for o in _prep_objects(t, "in", "at") for h in [_host_in(s, o)] if h), None)
        if host is None and noun.lemma_.lower() in MEETINGS:  # 'the Tehran Conference': a city begins its name
            # (not a speech: "Putin's Munich speech" names a speech by its city; its venue takes 'at' or 'in')
            cities = [m for c in _children(noun, "compound") for m in [_entity(s, c, ("place",))] if m]
            state = s.state_of_entity(cities[0].entity_id) if cities else None
            host = (state, cities[0].entity_id) if state else None
        verb = _governing_verb(noun)
        if host is None or verb is None or verb.lemma_.lower() in HOSTING or _negated(verb):
            continue
        if not _present(noun, verb):
            continue
        subjects = _subjects(verb)
        # 'their meeting in …', "both leaders' attendance at the NATO summit in Romania": whose gathering it is
        owners = _children(noun, "poss") + [c for c in _children(_attendance(noun), "poss")]
        owners += _prep_objects(noun, "between", "with")  # 'talks between Berdimuhamedow and Putin in Moscow'
        persons = resolved_persons(s, owners) or resolved_persons(
            s, [t for t in subjects if _named(s, t) or is_referring(t)]
        )
        visitors: list[tuple[str | None, str | None]] = [(p, s.state_of_entity(p)) for p in persons]
        if not persons:  # 'the US Secretary of Defense Robert Gates said yet on the Munich Conference'
            # 'Speaking at the Istanbul Summit, the Georgian president called …': a subject known by office too
            titled = [state for t in subjects if _titled(t) for state in [leader_state(s, t)] if state]
            # "the Azerbaijani president's talks in Moscow", "Aliyev's talks in Moscow": an owner known by office
            titled = [state for t in owners for state in [leader_state(s, t)] if state] or titled
            visitors = [(None, titled[0])] if titled else []
        elif not resolved_persons(s, owners):  # 'Aliyev and Lukashenko signed': a leaders' surname beside a person
            visitors += [(None, state) for state in titled_conjuncts(s, [t for t in subjects if _named(s, t)])]
        mood = noun_modality(_attendance(noun))  # "Pashinyan's planned participation in the Prague summit"
        if not visitors or modality(verb) is not None:
            continue
        date = _date(s, verb, subjects) or s.anchor_date()  # undated: the year the section is at
        span = _clause(s, [noun, *_prep_objects(noun, "in"), verb, *subjects])
        for person, home in dict.fromkeys(visitors):
            if home and home != host[0]:
                out.append(
                    visits._visit(s, "parse_at_gathering", person, home, host[0], host[1], date, span, modality=mood)
                )
    return out


def _named(s: Sentence, token) -> bool:
    """The word is a name: a proper noun, or a person's name the tagger took for a common noun ('Mirziyoyev spoke
    …', tagged NN at a sentence's start); not a common noun whose phrase merely contains one ('Putin's spokesman')."""
    return token.pos_ == "PROPN" or _entity(s, token, ("person",)) is not None


def _titled(token) -> bool:
    """A subject that may name a visitor by office: a name ('Robert Gates'), or a title word at its head ('the
    Georgian president'); not another common noun ('the delegates', 'the agreement')."""
    return token.pos_ == "PROPN" or token.lemma_.lower() in LEADER_NOUNS


def _present(noun, verb) -> bool:
    """The words between the gathering and the verb it hangs on put the verb's subject at it: 'at the summit', 'on
    the sidelines of the summit', 'returned from the summit', 'attended the funeral'; not 'cancelled the meeting',
    'spoke about the summit', 'the decisions of the summit', 'was absent from', 'an invitation to', 'was invited
    to', 'sent his deputy to', 'was represented at'."""
    if noun.dep_ == "dobj" and noun.head.i == verb.i:
        return verb.lemma_.lower() in TAKING_PART
    if noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPOSITIONS:
        return False
    chain, t = [], noun
    while t.i != verb.i and t.head.i != t.i:
        t = t.head
        chain.append(t)
    if any(x.lemma_.lower() in ABSENT and not _represented_in_person(x) for x in chain):
        return False
    return not any(x.lower_ == "of" and x.head.lemma_.lower() not in VENUE_PARTS for x in chain)


def _represented_in_person(verb) -> bool:
    """'Massimov represented Kazakhstan at the inauguration of Ghani in Kabul': whoever represents his state at a
    gathering, told in the active voice, was there; 'Berdimuhamedow was represented at the summit' (by another) was
    not."""
    return verb.lemma_.lower() == "represent" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


ABSENT = {"absent", "away", "invitation", "invite", "send", "represent", "skip", "miss", "boycott", "decline", "refuse"}
"""Words on the way from a gathering to its verb that keep the subject away: 'was absent from', 'stayed away from',
'declined an invitation to', 'was represented at'."""
VENUE_PARTS = {"sideline", "sidelines", "margin", "margins", "opening", "closing", "eve", "session", "course"}
"""What an 'of' between a gathering and its verb may hang on while the subject was there: 'on the sidelines of the
summit', 'at the opening of the conference' (not 'the decisions of the summit', 'the results of the talks')."""
TAKING_PART = {"attend", "address", "join", "have", "lead", "head", "chair", "co-chair", "open"}
"""Verbs whose object a gathering is when their subject was at it ('attended the funeral of Karimov in Samarkand',
'had talks in Ankara'); a gathering that is the object of any other verb ('cancelled', 'discussed', 'welcomed')
says nothing of where the subject was."""
TOPIC_PREPOSITIONS = {"about", "regarding", "concerning", "over", "against", "toward", "towards"}
"""A gathering after these is what is talked about, not where the subject was."""
ATTENDANCE = {"attendance", "participation", "presence"}


def _attendance(noun):
    """The noun of taking part that the gathering hangs on ('attendance at the NATO summit'), or that is the
    object of the verb it hangs on ("follows both leaders' attendance at the NATO summit"), else the gathering."""
    if noun.dep_ != "pobj":
        return noun
    head = noun.head.head
    return next((t for t in [head, *_children(head, "dobj")] if t.lemma_.lower() in ATTENDANCE), noun)


HOSTING = {"host", "hold", "organize", "organise", "convene", "chair", "open"}
"""The verbs of the gathering's host, who is at home."""

TOOK_PLACE = {"take", "hold", "convene"}
"""'took place in', 'was held in', 'convened in': where a gathering was."""


def gathering_held(s: Sentence) -> list:
    """'On 29 May 2014, a meeting of the Supreme Eurasian Economic Council took place in Astana, following which
    Vladimir Putin, President of Kazakhstan Nursultan Nazarbayev and President of Belarus Alexander Lukashenko
    signed …', 'The summit was held in Moscow, where Nazarbayev met Xi Jinping', 'Talks between Tokayev and
    Mirziyoyev took place in Tashkent': a gathering that took place in a place or state, and the persons who act (as
    subjects) in the same sentence or whom it is between; each one not at home visited."""
    out = []
    for noun in s.with_lemma(MEETINGS):
        verb = noun.head
        if (
            noun.lemma_.lower() not in MEETINGS
            or noun.dep_ not in ("nsubj", "nsubjpass")
            or verb.lemma_.lower() not in TOOK_PLACE
            or (verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children))
            or modality(verb) is not None
            or _negated(verb)
        ):
            continue
        host = next(
            (h for o in _prep_objects(verb, "in") + _prep_objects(noun, "in") for h in [_host_in(s, o)] if h), None
        )
        if host is None:
            continue
        acts = [v for v in s.tokens or [] if v.pos_ == "VERB" and v.i != verb.i and not _negated(v)]
        actors = [t for v in acts if modality(v) is None for t in _children(v, "nsubj") if _named(s, t)]
        # 'Talks between Tokayev and Mirziyoyev took place in Tashkent': those the gathering is between or of
        actors += [t for t in _prep_objects(noun, "between") + _children(noun, "poss") if _named(s, t)]
        date = _date(s, verb, [noun])
        span = _clause(s, [noun, verb, *_prep_objects(verb, "in"), *actors])
        for person in resolved_persons(s, actors):
            home = s.state_of_entity(person)
            if home and home != host[0]:
                out.append(visits._visit(s, "parse_gathering_held", person, home, host[0], host[1], date, span))
    return out


RULES = [at_gathering, gathering_held]
