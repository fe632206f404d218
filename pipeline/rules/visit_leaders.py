"""Visits told by a verb of travel, by visitors the person dictionary may lack: a leader known by a title and
the state it names.

Why: a foreign-relations article names most visitors by office, not by a name the dictionary holds ('The
Turkish president visited Ashgabat in May 2017', 'Turkmen Foreign Minister Rashid Meredov travelled to
Kabul', 'a Turkmen government delegation arrived in Brussels'), and tells a trip with verbs beyond 'visit'
(travel, go, fly, arrive). The visitor's state is what the evaluation keys a visit on, so a leader known by
office is a visit of that state, with no person (a name the dictionary lacks gets no id). The verb's
destination gives the host state and the place; a visitor at home or a negated trip is no visit, a planned one
a visit with its modality (`visit_modality`); a trip is dated by its own clause only, never guessed from the
section, except one told of 'he' or 'they' in the past, which goes on with the paragraph's narrative and takes
the year it is at.
"""

from __future__ import annotations

from pipeline.rules import parsed_visits, visit_gatherings, visit_meetings, visit_modality, visits
from pipeline.rules.context import Sentence
from pipeline.rules.date_series import date_series
from pipeline.rules.parsed import (
    _children,
    _clause,
    _conjuncts,
    _date,
    _entity,
    _prep_objects,
    _subjects,
    _verbs,
    own_dates,
)
from pipeline.rules.parsed import modality as _modality
from pipeline.rules.parsed_visits import _host_in
from pipeline.rules.visit_referents import is_referring, other_side, referents
from pipeline.rules.visitor_titles import leader_states

RELATIVE = {"who", "which", "that"}
TRAVEL = {
    "visit": None,
    "tour": None,
    "travel": "to",
    "go": "to",
    "fly": "to",
    "arrive": "in",
    "come": "to",
    "stop": "in",
    "return": "to",
}
"""Verbs of a trip and the preposition that takes the destination (None: the direct object)."""


def not_a_trip(verb) -> bool:
    """A verb of `TRAVEL` in a sense that is no trip: 'came' to nowhere ('came to power' is read by its object), 'stopped'
    something ('stopped gas deliveries in Georgia', 'stopped supplying')."""
    lemma = verb.lemma_.lower()
    if lemma == "come":
        return not _prep_objects(verb, "to")
    return lemma == "stop" and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)


def _person(s: Sentence, token):
    """The dictionary person a subject names (with his state), or None."""
    for t in token.subtree:
        m = _entity(s, t, ("person",))
        if m is not None:
            return m.entity_id, s.state_of_entity(m.entity_id)
    return None


def _destinations(s: Sentence, verb) -> list[tuple[str, str | None]]:
    """(host state, place) of each destination the verb takes: 'visited China, Japan and Korea' gives three;
    a conjunct is read by its own words ('the Chinese capital Beijing'), not its neighbours'; a person visited who
    names no place ('visited Lukashenko') is visited in his state."""
    lemma = verb.lemma_.lower()
    preposition = TRAVEL[lemma]
    objects = ("dobj", "nsubjpass")  # 'visited Ashgabat', 'Ashgabat was visited by Putin'
    heads = [c for c in verb.children if c.dep_ in objects] if preposition is None else _prep_objects(verb, preposition)
    # 'flew to Moscow and then to Minsk': the parse joins the second 'to' to the first, or to the verb
    further = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == preposition for c in p.conjuncts]
    further += [c for c in verb.children if c.dep_ == "conj" and c.lower_ == preposition]
    heads += [o for c in further if c.lower_ == preposition for o in c.children if o.dep_ == "pobj"]
    out = []
    for head in heads:
        group = _conjuncts(head)
        for conjunct in group:
            own = {x.i for x in conjunct.subtree}
            # the parse hangs later conjuncts under earlier ones: their words are not this one's
            others = {x.i for c in group if c.i != conjunct.i and c.i in own for x in c.subtree}
            found = [m for t in conjunct.subtree if t.i not in others for m in [_entity(s, t, ("state", "place"))] if m]
            if conjunct.dep_ == "appos":  # 'the USA, one of his very first trips outside the Soviet space'
                found = [m for m in found if m.form != "adjective"]
            for m in sorted(found, key=lambda m: m.form == "adjective"):
                state = s.state_of_entity(m.entity_id)
                if state:
                    out.append((state, m.entity_id if m.entity_type == "place" else None))
                    break
            visited = _person(s, conjunct) if not found and preposition is None else None
            if visited and visited[1]:  # 'Tokayev visited Lukashenko in 2020': the state of the person visited
                out.append((visited[1], None))
    if not heads and any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children):
        out += _there(s, verb)
    return list(dict.fromkeys(out))


def _there(s: Sentence, verb) -> list[tuple[str, str | None]]:
    """Where 'there' is ('visited Baku in 2010 and went there again in 2012', 'Rahmon visited China in 2014. In 2019
    he went there again'): the last city or state named by its name before the verb, else the last city the sentence
    before names ('Karimov visited Moscow in 1992. He returned there in 1994'), else the one state it names as an
    actor."""
    before = [
        m
        for m in s.states(0, verb.idx - s.offset) + s.places(0, verb.idx - s.offset)
        if m.form != "adjective" and s.state_of_entity(m.entity_id)
    ]
    last = max(before, key=lambda m: m.char_start) if before else None
    state = s.state_of_entity(last.entity_id) if last else None
    if last is not None and state:
        return [(state, last.entity_id if last.entity_type == "place" else None)]
    for place in reversed(s.previous_places):
        state = s.state_of_entity(place)
        if state:
            return [(state, place)]
    return [(s.previous_states[0], None)] if len(set(s.previous_states)) == 1 else []


def _unnamed_destination(s: Sentence, verb) -> bool:
    """'(China) The Chinese president visited in 2006', 'the first Indian prime minister to visit since 1992': a 'visit'
    that names no destination. Not a relative clause, whose object is the noun it describes ('the capitals the
    Chinese president visited')."""
    if verb.lemma_.lower() != "visit" or (verb.dep_ in ("relcl", "acl") and verb.tag_ != "VB"):
        return False  # 'the first Indian prime minister to visit since 1992' is no relative clause's object
    return not any(
        c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "to")
        for c in verb.children
    )


ORDINALS = {"first", "second", "third", "only", "last"}


def _first_to(verb) -> list:
    """'Abe became the first Japanese prime minister to visit Turkmenistan', 'Modi was the first Indian leader to
    visit all five states': an ordinal with 'to visit' tells a trip made; the visitors are the copula's
    subject and the noun the ordinal qualifies. Empty for any other verb, and where the copula is planned or negated
    ('will be the first leader to visit'). Both are read: a name the dictionary lacks leaves the title's state."""
    head = verb.head
    if verb.tag_ == "VB" and verb.dep_ == "xcomp":  # 'became the first Russian president to visit': on the copula
        head = next((c for c in head.children if c.dep_ == "attr"), head)
    elif verb.tag_ != "VB" or verb.dep_ not in ("relcl", "acl"):
        return []
    if head.i == verb.i or not any(c.dep_ == "amod" and c.lower_ in ORDINALS for c in head.children):
        return []
    copula = head.head if head.dep_ == "attr" else None
    if copula is not None and (_modality(copula) is not None or any(c.dep_ == "neg" for c in copula.children)):
        return []
    named = [c for c in copula.children if c.dep_ == "nsubj"] if copula is not None else []
    return [*named, head]


def leader_travelled(s: Sentence) -> list:
    """'The Turkish president visited Ashgabat in May 2017', 'the Kazakh and Uzbek presidents visited
    Ashgabat', 'Turkmen Foreign Minister Rashid Meredov travelled to Kabul in 2012', 'Tokayev arrived in Moscow
    on 3 April 2019', 'Ashgabat was visited by Putin': one visit per destination of each subject's (or
    agent's) state (a dictionary person's, else the states a title names), when not at home."""
    # a visit another rule reads already; one it reads with no visitor still takes the named visitor read here
    # ('Koizumi visited in August 2006, the first visit by a Japanese prime minister': `visit_readings` keeps his)
    known = {
        (c.get("visitor_state_id"), c.get("host_state_id"), bool(c.get("visitor_id")))
        for rule in (*visits.RULES, *parsed_visits.RULES, *visit_meetings.RULES, *visit_gatherings.RULES)
        for c in s.once(rule)
    }
    out = []
    for verb in _verbs(s, set(TRAVEL)):
        first = _first_to(verb)
        if not first and not visit_modality.trip_told(verb):
            continue  # 'visiting', 'to attend': no trip of its own ('did not visit': _verbs leaves it out)
        mood = None if first else visit_modality.of_verb(verb)  # 'will travel to', 'plans to travel to'
        if not_a_trip(verb):
            continue
        subjects = first or _subjects(verb)
        if any(c.dep_ == "auxpass" for c in verb.children):
            subjects = _prep_objects(verb, "by")  # 'Ashgabat was visited by Vladimir Putin in 2005'
        if verb.dep_ == "relcl" and all(t.lower_ in RELATIVE for t in subjects):
            subjects = [verb.head]  # 'Hamid Karzai, who visited Ashgabat in 2009, …'
        visitors: list[tuple[str | None, str | None]] = []
        for t in subjects:
            for x in _conjuncts(t):
                person = _person(s, x)
                referred = [(p, s.state_of_entity(p)) for p in referents(s, x)]  # 'he', 'both leaders'
                titled: list[tuple[str | None, str | None]] = [(None, state) for state in leader_states(s, x)]
                visitors += [person] if person else referred or titled
        visitors = [v for v in visitors if v[0] or not any(p and home == v[1] for p, home in visitors)]
        hosts = _destinations(s, verb)
        here = not hosts and _unnamed_destination(s, verb)
        if not hosts and not here:
            continue
        date = _date(s, verb, subjects)
        if date is None and verb.tag_ == "VBD" and any(is_referring(t) for t in subjects):
            date = s.paragraph_date  # 'He then travelled to Minsk': the narrative's year goes on with its 'he'
        span = _clause(
            s, [verb, *subjects, *_prep_objects(verb, "to", "in"), *(c for c in verb.children if c.dep_ == "dobj")]
        )
        again = any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children)  # another trip, not a reading
        # 'came to Ashgabat in 2014 and again in 2017': each date of the series is a trip
        dates = date_series(s, date, own_dates(s, verb, subjects)) if date is not None else [date]
        for person, home in dict.fromkeys(visitors):
            side = other_side(s, home) if here else None  # the source's state, or for its own, the partner's
            for host, place in [side] if side else hosts:
                read = (home, host, True) in known or (person is None and (home, host, False) in known)
                if home and host != home and (not read or again):
                    out += [
                        visits._visit(s, "leader_travelled", person, home, host, place, d, span, modality=mood)
                        for d in dates
                    ]
    return out


SEND = {"send", "dispatch"}
ENVOYS = {"delegation", "mission", "team", "minister", "president", "premier", "leader"}
"""Who a state sends on a visit: 'Turkmenistan sent a delegation to the summit in Bishkek', 'Ankara dispatched
its foreign minister to Ashgabat' (not troops, aid or an ambassador, who stay)."""


def sendings(s: Sentence) -> list[tuple]:
    """(verb, the party sent, its goals, (host state, place), the senders: the states and organisations its active
    subject names) of each verb of sending that sends envoys 'to' a place or state ('sent a delegation to Bishkek', 'a
    mission was sent to Kabul'); not a sending planned, of anything else or to nowhere named. Read once per sentence:
    the states' and the organisations' rules both ask."""
    out = []
    for verb in _verbs(s, SEND):
        if _modality(verb) is not None or verb.tag_ in ("VBG", "VB"):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        sent = [t for t in (_subjects(verb) if passive else _children(verb, "dobj")) if t.lemma_.lower() in ENVOYS]
        goals = [o for p in _children(verb, "prep", "dative") if p.lower_ == "to" for o in _children(p, "pobj")]
        goals += [o for t in sent for o in _prep_objects(t, "to")]  # 'was sent to Kabul': the parse's 'dative'
        host = next((h for o in goals for h in [_host_in(s, o)] if h), None)
        if sent and host is not None:
            senders = (
                [] if passive else [m for t in _subjects(verb) for m in [_entity(s, t, ("state", "organization"))] if m]
            )
            out.append((verb, sent, goals, host, senders))
    return out


def delegation_sent(s: Sentence) -> list:
    """'Turkmenistan sent a delegation to the summit in Bishkek in 2019', 'a Turkmen delegation was sent to Kabul':
    the party sent visited the destination ('to' a place or state, or a gathering held in one); its state is the
    one its title names, else the sending state."""
    out = []
    for verb, sent, goals, host, senders in s.once(sendings):
        senders = [m for m in senders if m.entity_type == "state"]
        states: list[str | None] = [x for t in sent for x in leader_states(s, t)]
        states = states or [s.state_of_entity(m.entity_id) for m in senders]
        date = _date(s, verb, sent)
        span = _clause(s, [verb, *sent, *goals])
        out += [
            visits._visit(s, "delegation_sent", None, state, host[0], host[1], date, span)
            for state in dict.fromkeys(states)
            if state and state != host[0]
        ]
    return out


RULES = [leader_travelled, delegation_sent]
