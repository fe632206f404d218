"""Parse rules for a state hosting an organisation's seat (membership role host): the seat as the subject
('is based in Almaty', `seat`), and the state as the subject ('Kazakhstan hosts the secretariat of the CICA',
'Almaty houses the headquarters of the Eurasian Development Bank', 'the secretariat is hosted by Kazakhstan',
`hosted_seat`).

Why one module: both read the same seat nouns and the body they name (`_seated`); the host is a state or a
place of one. A meeting hosted is an organisation event (summit_hosted), not this role, so only seat nouns count.
"""

from __future__ import annotations

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.hosting_owners import branch_office, seat_noun, seat_opened, seat_owner, sub_body, subject_pointer
from pipeline.rules.parsed import (
    _children,
    _clause,
    _conjuncts,
    _date,
    _entity,
    _membership,
    _negated,
    _noun_entities,
    _passive,
    _place_host,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_pointers import _organizations

SEAT_VERBS = {"base", "locate", "headquarter", "situate", "seat", "open", "be", "move", "relocate", "transfer"}
MOVED = {"move", "relocate", "transfer"}
ACTS = MOVED | {"open"}
"""A seat that moves or opens is an act with its date ('In January 1999, a new OSCE office opened in Bishkek');
one that is based or located somewhere is a state of things, undated."""


def seat(s: Sentence) -> list:
    """'The ECO's Secretariat … are based in Iran', 'is headquartered in Almaty, Kazakhstan', 'The EurAsEC
    headquarters … were located in Moscow and Astana', 'ECO Trade and Development Bank and ECO Educational
    Institute are located in Turkey', 'an international organization headquartered in Vienna, Austria' (the
    verb on the body it describes), 'FAO's headquarters were moved from Washington, DC, United States, to Rome,
    Italy' (both hosts; the date is the new one's): role host, for every subject that is a seat noun or a named
    body, of the state of every place after 'in' ('at', 'to', 'from' where it moved)."""
    out = []
    owners: dict[int, list[str]] = {}
    for verb in _verbs(s, SEAT_VERBS):
        subjects = _subjects(verb) or ([_described(verb.head)] if verb.dep_ == "acl" else [])
        nouns = [t for noun in subjects[:1] for t in [noun, *_conjuncts(noun)]]
        orgs = [o for t in nouns for o in _seated(s, verb, t)]
        opened = seat_opened(s, verb, subjects)
        if opened:
            nouns, orgs = opened
        orgs = orgs or (seat_owner(s, verb, owners) if any(seat_noun(t) for t in nouns) else [])
        owners[verb.i] = orgs
        mod = modality(verb) if verb.lemma_.lower() in ACTS else None
        if not orgs or (verb.lemma_.lower() in MOVED and mod is not None):
            continue  # 'the secretariat is expected to move to Tehran': not yet there
        moved = verb.lemma_.lower() in MOVED
        places = _prep_objects(verb, "in", "at", *(("to",) if moved else ()))
        places += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "PROPN"]  # 'in Almaty (…) and Moscow'
        earlier = _prep_objects(verb, "from") if moved else []
        date = _date(s, verb, subjects) if verb.lemma_.lower() in ACTS and mod is None else None
        span = _clause(s, [verb, *nouns[:1], *[x for p in places + earlier for x in p.subtree]])
        rule = "parse_seat_branch" if any(branch_office(t) for t in nouns) else "parse_seat"
        for org in dict.fromkeys(orgs):
            for state in _places_states(s, places):
                out.append(_membership(s, rule, state, org, "host", date, span, mod))
            for state in _places_states(s, earlier):
                out.append(_membership(s, rule, state, org, "host", None, span))
    return out


BODY_NOUNS = {"organization", "organisation", "alliance", "bloc", "union", "bank", "fund", "agency", "body", "forum"}
"""What an apposition calls an organisation ('a military alliance headquartered in Moscow'); 'a conservative
think tank based in Washington' describes a national institution, which hosts no organisation's seat."""


def _described(noun):
    """The noun an apposition of an organisation describes: 'The Collective Security Treaty Organization, a
    military alliance headquartered in Moscow' places the CSTO; any other noun the verb hangs on, itself."""
    return noun.head if noun.dep_ == "appos" and noun.lemma_.lower() in BODY_NOUNS else noun


def _places_states(s: Sentence, places) -> list[str]:
    """The states of every state or place named in the phrases, in order."""
    found = []
    for p in places:
        for t in p.subtree:
            m = _entity(s, t, ("state", "place"))
            state = s.state_of_entity(m.entity_id) if m else None
            if state:
                found.append(state)
    return list(dict.fromkeys(found))


def _seated(s: Sentence, verb, noun) -> list[str]:
    """The body a subject of a seat verb places: the one a seat noun's words name ('The ECO's Secretariat',
    'its headquarters': the organisation talked about), or the named body itself, when it is 'based',
    'located' or 'situated' there, or a sub-body that 'is' there ('ECO Science Foundation is in Pakistan'; not
    an organisation that merely 'is' there: 'NATO is in Afghanistan')."""
    if seat_noun(noun):
        words = [t for t in noun.subtree if t.i != noun.i]
        named = [m.entity_id for t in words for m in [_entity(s, t, ("organization",))] if m]
        pointer = subject_pointer(s) if any(t.lower_ in ("its", "the") for t in words) else None
        return named[:1] or ([pointer] if pointer else [])
    if verb.lemma_.lower() == "headquarter":
        return _organizations(s, noun)[:1]
    if verb.lemma_.lower() in ("base", "locate", "situate", "be") and not _negated(verb):
        bodies = _noun_entities(s, noun, ("organization",))[:1]
        return [b for b in bodies if verb.lemma_.lower() != "be" or sub_body(s, noun, b)]
    return []


def _host_states(s: Sentence, tokens) -> list[str]:
    """The states of the states or places the tokens (and their conjuncts) name."""
    return list(dict.fromkeys(h[0] for t in tokens for x in [t, *t.conjuncts] for h in [_place_host(s, x)] if h))


def hosted_seat(s: Sentence) -> list:
    """The host state of every seat noun a verb of hosting takes: role host in the body the noun names, in each of
    the bodies its 'of' lists ('Vienna hosts the headquarters of the OSCE, OPEC and the IAEA')."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"host", "house"}):
        passive = _passive(verb)
        seats = _children(verb, "nsubjpass") if passive else _children(verb, "dobj")
        hosts = _prep_objects(verb, "by") if passive else _children(verb, "nsubj")
        states = _host_states(s, hosts)
        for noun in seats:
            if not seat_noun(noun):
                continue
            orgs = _seated(s, verb, noun)
            if not states or not orgs:
                continue
            listed = [x for o in _prep_objects(noun, "of") for x in _noun_entities(s, o, ("organization",))]
            orgs = listed if orgs[0] in listed else orgs  # 'the headquarters of the OSCE, OPEC and the IAEA'
            span = _clause(s, [verb, *noun.subtree, *hosts])
            mod = modality(verb)
            out += [
                _membership(s, "parse_hosted_seat", st, org, "host", None, span, mod) for st in states for org in orgs
            ]
    return out


RULES = [seat, hosted_seat]
