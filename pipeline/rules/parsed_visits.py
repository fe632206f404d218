"""Visit rules over the parse: a person visiting a state or place, or attending a gathering held there.

Why a parse: 'Putin visited Tehran, Iran to participate in …', 'Putin twice visited Ukraine', 'Putin also
attended the APEC meeting held in Sydney, Australia' share a verb by its lemma, its subject and its object;
the helpers that read the parse are in `parsed`.
"""

from __future__ import annotations

import re

from pipeline.rules import visit_modality, visits
from pipeline.rules.context import Sentence
from pipeline.rules.date_series import date_series
from pipeline.rules.parsed import (
    _children,
    _clause,
    _conjuncts,
    _date,
    _entity,
    _governing_verb,
    _place_host,
    _prep_objects,
    _subjects,
    _verbs,
    own_dates,
    phrase_states,
)
from pipeline.rules.visit_referents import is_referring, is_return, is_the_country, other_side, resolved_persons
from pipeline.rules.visit_stops import stops
from pipeline.rules.visit_venues import venues
from pipeline.rules.visitor_titles import LEADER_NOUNS, PRIVATE, leader_state, titled_conjuncts

GATHERED = {"attend", "participate"}
"""Verbs of taking part in a gathering, whose place, not their object, is where the visit went."""
VISIT = {"visit", "tour"} | GATHERED
GATHERINGS = {"summit", "meeting", "conference", "session", "forum", "ceremony"}
ATTENDED = GATHERINGS | {"inauguration", "funeral", "celebration", "parade", "talk", "talks", "negotiation"}
"""What a leader attends abroad: 'attended the inauguration of Ashraf Ghani in Kabul'."""


def visited(s: Sentence) -> list:
    """'Putin visited Tehran, Iran to participate in the Second Caspian Summit', 'Putin twice visited Ukraine',
    'Putin also attended the APEC meeting held in Sydney, Australia': a visit of the subject person's state (or,
    for a leader known by office, the state his title names) to the state of every place or state visited (or
    where the gathering attended was held), not his own."""
    out = []
    for verb in _verbs(s, VISIT):
        subjects = visit_modality.invitees(verb) or _subjects(verb)  # 'invited the Uzbek president to visit'
        persons = [m for t in subjects for x in _conjuncts(t) for m in [_entity(s, x, ("person",))] if m]
        referred = [] if persons else resolved_persons(s, [t for t in subjects if is_referring(t)])
        objects = _children(verb, "dobj")
        if verb.lemma_.lower() in GATHERED:  # 'participated in the summit held in Ashkelon, Israel'
            gatherings = objects if verb.lemma_.lower() == "attend" else _prep_objects(verb, "in")
            objects = venues(s, verb, [o for o in gatherings if o.lemma_.lower() in ATTENDED])
        else:
            objects = [t for o in objects for t in _conjuncts(o)] + [
                t for o in objects for t in o.subtree if t.dep_ == "appos"
            ]
            objects += stops(verb)  # 'toured Central Asia, stopping in Tashkent and Dushanbe'
        hosts: dict = {}  # (host, place) -> the destination's own bracketed dates
        for t in objects:
            host = _place_host(s, t)
            if host:
                hosts.setdefault(host, _bracketed_dates(s, t))
        if not hosts and verb.lemma_.lower() not in GATHERED:  # 'visited the five Central Asian states': each member
            hosts = {(state, None): [] for state in phrase_states(s, _children(verb, "dobj"))}
        visitors = [(p, s.state_of_entity(p)) for p in [m.entity_id for m in persons] + referred]
        # 'the Chinese president attended the opening ceremony … in Turkmenistan', 'Putin and the Kazakh president …'
        visitors += [(None, state) for state in titled_conjuncts(s, subjects)]
        countries = [t for t in objects if is_the_country(t)]  # 'visited the country': see `other_side`
        if not visitors or not (hosts or countries):
            continue
        if visit_modality.dropped(verb):  # 'did not visit', 'travelled to Minsk to attend the summit'
            continue
        date, mod = _date(s, verb, subjects), visit_modality.of_verb(verb)
        if date is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
            date = _date(s, verb.head, subjects)  # 'went on a tour … in 2010, visiting Qatar': the tour's time
        own = own_dates(s, verb, subjects)
        dates = date_series(s, date, own) if date else [s.anchor_date()]
        span = _clause(s, [verb, *subjects, *objects])
        for person, home in visitors:
            side = other_side(s, home) if countries else None
            for (host, place), bracketed in (hosts or ({side: []} if side else {})).items():
                if home and host != home:
                    out += [
                        visits._visit(s, "parse_visited", person, home, host, place, d, span, modality=mod)
                        for d in bracketed or dates
                    ]
    return out


BRACKETED = re.compile(r"\s*\((?P<inside>[^()]{4,40})\)")


def _bracketed_dates(s: Sentence, token) -> list:
    """'visited Japan (2013), South Korea (2015) and China (2014, 2019)': the dates in brackets right after a
    destination's name are its own visits'."""
    m = _entity(s, token, ("state", "place"))
    found = BRACKETED.match(s.text, m.char_end) if m else None
    return s.dates_in(found.start("inside"), found.end("inside"), include_asides=True) if found else []


def _host_in(s: Sentence, token) -> tuple[str, str | None] | None:
    """(host state, place) of the first place or state named in the token's phrase ('to Yerevan', 'in the
    Russian Black Sea resort of Sochi', 'in Portugal'), or None. A place or a state's name comes before a
    state's adjective: 'a visit to the Russian embassy in Astana' is to Kazakhstan."""
    found = [m for t in token.subtree for m in [_entity(s, t, ("state", "place"))] if m]
    for m in sorted(found, key=lambda m: m.form == "adjective"):
        state = s.state_of_entity(m.entity_id)
        if state:
            return state, m.entity_id if m.entity_type == "place" else None
    return None


PRONOUNS = {"his", "her", "their", "its"}
POINTING = {"it", "this", "that"}
"""The subject of 'it was the first visit of …': what was just told."""
TRIP_NOUNS = {"visit", "trip", "tour", "journey", "arrival", "stopover", "delegation"}
"""A trip, or the delegation that made it ('Berdimuhamedow led a delegation to Brussels')."""
DESTINATION = {"arrival": ("in",), "stopover": ("in",), "tour": ("to", "of")}
"""The prepositions that take a trip's destination, where not 'to': 'his arrival in Ashgabat', 'his tour of
Turkmenistan and Kazakhstan' (an 'of' that names a place or state; 'the tour of the Turkish president' names whose)."""
NAMED_BY_PLACE = {"visit", "trip", "tour", "journey"}
"""Trips a place before the noun names the destination of ('the Moscow visit'; not 'the Moscow delegation')."""


def trip(s: Sentence) -> list:
    """'a visit from Speaker … Nancy Pelosi to Yerevan on 17 September 2022', 'During a trip to Ukraine …,
    Medvedev said', 'the Turkmen president paid an official visit to China': a visit noun with 'to' a place
    or state; the visitor is the person 'from', 'by' or 'of' it, or its possessor, else the subject of the
    verb it hangs on (a leader known only by his state's adjective gives the state alone). An arrival takes 'in'
    ('his arrival in Ashgabat'), a tour 'of' a place ('his tour of Turkmenistan'); a visit received by a place has
    it as host ('Ashgabat received a visit from …'). Dated by its own
    words or its sentence's: a trip told as the circumstance of something else ('During a trip to Ukraine …')
    is not dated by the section's year."""
    out = []
    for noun in s.with_lemma(TRIP_NOUNS):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TRIP_NOUNS:
            continue
        bracketed: dict = {}  # (host, place) -> the destination's own bracketed dates
        by_state: dict = {}  # every state visited ('visits to Russia and China'), once ('to Tehran, Iran': Tehran)
        # "Medvedev's first foreign trip was to Kazakhstan": 'to' hangs on the copula; "Abe's 2015 tour of Central Asia
        # took him to Astana and Tashkent": on the verb the trip takes its traveller with
        copula = [noun.head] if noun.dep_ == "nsubj" and noun.head.lemma_ in ("be", "take") else []
        preps = DESTINATION.get(noun.lemma_.lower(), ("to",))
        places = [o for t in [noun, *copula] for o in _prep_objects(t, *preps) if o.lower_ not in PRONOUNS]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in MAKE_TRIP | LEAD_TRIP.get(noun.lemma_.lower(), set()):
            # 'made a stopover in Baku', 'made his first trip abroad, to Astana': the parse hangs it on the verb
            places += [o for o in _prep_objects(noun.head, *preps) if o.lower_ not in PRONOUNS]
        # 'his first foreign trip as president to Moscow': the parse hangs 'to' on the office the trip was made in
        places += [o for c in _prep_objects(noun, "as") for o in _prep_objects(c, "to")]
        # 'the first visit of a Russian president to Serbia': it may hang 'to' on the travelling office instead
        places += [
            o
            for c in _prep_objects(noun, "of", "by", "from")
            if c.lemma_.lower() in LEADER_NOUNS
            for o in _prep_objects(c, "to")
        ]
        places = [o for o in places if o.head.lower_ != "of" or _place_host(s, o)]  # 'tour of Turkmenistan'
        if noun.lemma_.lower() in NAMED_BY_PLACE:  # "Atambayev's Moscow visit": the place names the trip
            places += [c for c in _children(noun, "compound") if _place_host(s, c)]
        verb = _governing_verb(noun)
        places += stops(noun, verb)  # 'made a tour of the Gulf, with stops in Riyadh and Abu Dhabi'
        for c in (c for o in places for c in _conjuncts(o)):
            host = _host_in(s, c)
            if host:
                by_state.setdefault(host[0], host)
                bracketed.setdefault(host, _bracketed_dates(s, c))  # 'visits to Paris (2005), Berlin (2007)'
        hosts: list = list(by_state.values())
        if not hosts and circumstance_of(noun) and verb is not None:
            # 'was signed in Ankara in 2017 during a visit by the Kyrgyz prime minister': the act's place is the visit's
            hosts = [h for o in _prep_objects(verb, "in") for h in [_host_in(s, o)] if h][:1]
        if not hosts and verb is not None and verb.lemma_.lower() in RECEIVE and noun.dep_ == "dobj":
            # 'Ashgabat received a visit from the Japanese prime minister': the receiver is the host
            hosts = [h for t in _subjects(verb) for h in [_place_host(s, t)] if h][:1]
        named_of = [  # 'the visit of Putin', 'the visit of the Indian prime minister'
            o for o in _prep_objects(noun, "of") if not _prep_objects(o, "to") and _whose(s, o)
        ]
        circumstance = noun.lemma_.lower() == "visit" and (
            circumstance_of(noun) or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("pay", "make"))
        )  # 'During a 2015 visit, Modi signed …', 'In 2013, Xi Jinping paid a state visit'
        countries = [o for o in places if is_the_country(o)]  # 'paid a state visit to the country': `other_side`
        unnamed = False
        if (
            not hosts
            and not countries
            and (_prep_objects(noun, "by", "from") or named_of or circumstance or _titled_owner(s, noun))
            and s.home_state
            and not is_return(noun)  # 'paid a return visit in 2004': to the earlier visitor's state (`visit_returns`)
        ):
            # 'During a visit by Indian Prime Minister Narendra Modi in July 2015', 'the visit of Putin in 2019' (not
            # 'the first visit of a leader from the Kremlin to Iran', whose destination the parse hangs on 'leader'),
            # 'During a 2015 visit, Modi signed …': a visit to nowhere named is to the state the source is about
            hosts = [(s.home_state, None)]
            unnamed = True
        if not hosts and not countries:
            continue
        # 'a tour of Latin America': an 'of' that takes the destination names whose tour only as a person or leader
        region = [o for o in _prep_objects(noun, "of") if "of" in preps and not _whose(s, o)]
        own = [o for o in _prep_objects(noun, "from", "by", "of") if o not in places + region] + _children(noun, "poss")
        pronouns = [t for t in own if t.lower_ in PRONOUNS]
        own = [t for t in own if t.lower_ not in PRONOUNS]  # 'During his 2011 visit to India, Berdimuhamedow …'
        persons = resolved_persons(s, own)
        subjects = _subjects(verb) if verb is not None and not own else []
        if (
            verb is not None
            and verb.dep_ == "relcl"
            and subjects
            and all(t.lower_ in ("who", "that") for t in subjects)
        ):
            subjects = [verb.head]  # 'Sargsyan, who was on a working visit to Moscow, met Putin
        persons = (
            persons or resolved_persons(s, subjects) or resolved_persons(s, pronouns)
        )  # 'his': the paragraph's person
        visitors: dict = {p: s.state_of_entity(p) for p in persons}
        if not persons:  # 'a visit from Speaker of the United States House …', 'the Turkmen president'
            own = [t for t in own if t.lemma_.lower() not in PRIVATE]  # 'visits by tourists from China'
            leaders = own or [t for t in subjects if t.lemma_.lower() in LEADER_NOUNS]
            named = [m.entity_id for t in leaders for x in t.subtree for m in [_entity(s, x, ("state",))] if m]
            titled = [state for t in own + subjects for state in [leader_state(s, t)] if state]
            visitors = {None: s.state_of_entity(named[0])} if named else {None: titled[0]} if titled else {}
        if visit_modality.trip_dropped(noun, verb):  # 'cancelled his visit', 'did not pay a visit'
            continue
        mood = visit_modality.of_trip(noun, verb)  # 'will pay a visit', 'proposed a visit'
        # "Rahmon's first trip to Uzbekistan since 2000 took place in 2018": a 'since' year is the span, not the trip
        date = next(iter(_unbounded(s, own_dates(s, noun))), None) or (
            _date(s, verb, subjects) if verb is not None else None
        )
        # 'paid state visits to Kyrgyzstan in 2013 and 2019': the series hangs on the verb that made the trips
        own = sorted(
            dict.fromkeys(own_dates(s, noun) + (own_dates(s, verb, subjects) if verb is not None else [])),
            key=lambda d: d.char_start,
        )
        if (
            date is None and verb is None
        ):  # '2004 – official visit of President Ilham Aliyev to Moscow': a verbless item
            before = s.dates_in(0, noun.idx - s.offset)
            date = before[-1] if before else None
        if date is None and noun.dep_ == "attr" and any(c.lower_ in POINTING for c in _children(noun.head, "nsubj")):
            # '…travelled to Kabul in 2018; it was the first visit of a Turkmen head of state': the visit just told
            before = s.dates_in(0, noun.idx - s.offset)
            date = before[-1] if before else s.paragraph_date
        if date is None and noun.dep_ == "dobj" and verb is not None and verb.lemma_.lower() in ("pay", "make"):
            date = s.anchor_date()  # 'paid a state visit to Bishkek' is the act told, like 'visited Bishkek'
        span = _clause(s, [noun, *_prep_objects(noun, "to"), *subjects])
        dated = [(host, d) for host in hosts for d in bracketed.get(host) or date_series(s, date, own)]
        dated += [(host, d) for host, d in _further_trips(s, noun, verb) if host[0] not in by_state]
        for person, home in visitors.items():
            side = other_side(s, home) if countries and not hosts else None
            if unnamed and home == s.home_state and s.paragraph_partner_state not in (None, home):
                side = (
                    s.paragraph_partner_state,
                    None,
                )  # under 'Russia': 'the Georgian president paid a visit in 2004'
            trips = dated + ([(side, d) for d in date_series(s, date, own)] if side else [])
            out += [
                visits._visit(s, "parse_trip", person, home, host[0], host[1], d, span, modality=mood)
                for host, d in trips
                if home and home != host[0]
            ]
    return out


def circumstance_of(noun) -> bool:
    """The trip is told as the circumstance of another act ('during a visit by …', 'on his visit'): where that act
    was done, the trip went."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("during", "on")


RECEIVE = {"receive", "host", "welcome"}
"""'Putin received Berdimuhamedow in Moscow', 'Tokayev received the Chinese foreign minister': the one
received is the visitor; where no place is named, the host's own state is the host ('Ashgabat received a visit
from …': the receiver is the host). Read by `trip` and `visit_meetings.met_in`."""
MAKE_TRIP = {"make", "pay", "undertake"}
"""Verbs that make a trip their object: 'made a trip', 'paid a visit', 'undertook a tour'."""
LEAD_TRIP = {"delegation": {"lead", "head"}}
"""Verbs whose object a delegation is when their subject travelled with it: 'led a parliamentary delegation to Seoul'
(where the parse hangs 'to Seoul' on 'led')."""


def _unbounded(s: Sentence, dates: list) -> list:
    """The dates not after 'since' ('the first visit since 2000'), which bound the span a trip ends, not date it."""
    return [d for d in dates if not visits.SINCE.search(s.text, max(0, d.char_start - 12), d.char_start)]


def _whose(s: Sentence, token) -> bool:
    """The token names a person or a leader known by title: whose a trip is."""
    return bool(resolved_persons(s, [token]) or leader_state(s, token))


def _titled_owner(s: Sentence, noun) -> bool:
    """The visit's possessor is a person or a leader known by title ("the Japanese prime minister's 2015 visit",
    "Modi's visit"): whose visit it is, though not where to."""
    return any(_whose(s, t) for t in _children(noun, "poss") if t.lower_ not in PRONOUNS)


FURTHER_DATE_CHARS = 25
"""How far after a further destination its own date may start ('and to India in 1996')."""


def _further_trips(s: Sentence, noun, verb, preps: tuple = ("to",)) -> list:
    """'made state visits to Japan in 1994 and to India in 1996': the parse hangs the second 'to' as a conjunct
    of another preposition (of the noun or its verb); each such destination is dated by the date right after it.
    'paid an official visit to Greece, and in 2011 to Cyprus': a gapped clause whose 'to' hangs on the 'in' of its
    own date, which dates it; a meeting's place takes 'in' (`preps`): 'met in Baku, and in 2018 in Tehran'."""
    heads = [noun] + ([verb] if verb is not None else [])
    further = [
        (o, None)
        for h in heads
        for p in h.children
        if p.dep_ == "prep"  # 'met in Baku in 2016 and in Tehran in 2018': the parse joins 'in Tehran' to 'in 2016'
        for c in p.conjuncts
        if c.lower_ in preps
        for o in c.children
        if o.dep_ == "pobj"
    ]
    further += [
        (o, p)
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("in", "on")
        for o in _prep_objects(p, *preps)
    ]
    out = []
    for o, when in further:
        host, end = _host_in(s, o), o.right_edge.idx + len(o.right_edge) - s.offset
        after = [d for d in s.dates_in(end) if d.char_start <= end + FURTHER_DATE_CHARS]
        own: list = s.dates_in(when.idx - s.offset, o.idx - s.offset) if when is not None else []
        if host and (when is None or own):
            out.append((host, own[0] if own else after[0] if after else None))
    return out


RULES = [visited, trip]
