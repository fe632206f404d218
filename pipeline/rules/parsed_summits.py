"""Parse rules for an organisation's summits: one held (a verb's subject or object) and one named by a noun.

Why a module of their own: a summit is read from its own noun phrase ('the Rome NATO Summit in May 2002', 'The
Second Summit was held in Bishkek'): the organisation its words name (or the one talked about, for a bare numbered
summit), the host state of its place and its date; not from an organisation's founding or its decided bodies
(parsed_events), which read the organisation as the verb's object.
"""

from __future__ import annotations

import re

from pipeline.rules import (
    event_bodies,
    event_guards,
    meeting_nouns,
    stance,
)
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _conjuncts,
    _date,
    _entity,
    _event,
    _noun_entities,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_pointers import talked_about

NOT_SUMMIT_MEETINGS = {"assembly", "board", "committee", "expert", "ministerial", "minister", "working", "staff"}
"""Words before 'meeting' that make it a gathering of another body than the heads of state (the brief: a summit
is a summit or heads-of-state meeting)."""
SUMMIT_VERBS = {"take", "hold", "organize", "organise", "convene", "host", "sponsor", "conduct"}
GATHERINGS = {"summit", "meeting", "conference"}
OWN_GATHERINGS = {"summit", "conference"}
"""A dated summit or conference an organisation organises, or one its name is in, is its event wherever it was held
(an online summit has no host); a meeting is a summit only somewhere ('The World Bank and the IMF held their annual
meetings'), and conferences in the plural a habit ('regularly hosts conferences')."""


def summit(s: Sentence) -> list:
    """'The Second Summit was held in Bishkek, Kyrgyzstan, on 22–23 August 2012', 'The First Summit took
    place in Almaty', 'the Seventh Turkic Council Summit was organized in Baku': summit_hosted in the state
    of the place, of the organisation the summit's words name, else the one talked about; 'In 1996, FAO
    organized the World Food Summit': of the organising organisation, with or without a place."""
    out = []
    for verb in _verbs(s, SUMMIT_VERBS):
        if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
            continue
        frame = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]  # 'was to be held …, but was cancelled'
        if any(c.dep_ == "conj" and c.lemma_.lower() in event_guards.CALLED_OFF for v in frame for c in v.children):
            continue  # 'A summit was to be held in Dushanbe in 2021 but was cancelled'
        nouns = [t for t in _subjects(verb) + _children(verb, "dobj") if t.lemma_.lower() in GATHERINGS]
        # a coordinated verb shares its subject: 'The Summit … focused on …, was conducted by videoconferencing'
        if not nouns or event_guards.habitual(verb, nouns[0]):
            continue  # no gathering, or a habit: 'Since 1992 the ECO has held a summit every two years'
        noun = nouns[0]
        before = [t for t in noun.subtree if t.i < noun.i]
        kinds = {t.lemma_.lower() for t in before} & NOT_SUMMIT_MEETINGS
        ministerial = noun.lemma_.lower() == "meeting" and kinds == {"ministerial"}  # 'The 5th ministerial meeting''
        if noun.lemma_.lower() == "meeting" and kinds and not ministerial:
            continue  # 'The 7th General Assembly Meeting of ECO Chamber of Commerce was held …'
        places = _prep_objects(verb, "in", "at") + _prep_objects(noun, "in", "at") + event_guards.nested_city(s, noun)

        hosts = []
        for p in places:
            for t in [p, *_conjuncts(p)]:
                m = _entity(s, t, ("state", "place"))
                if m:
                    hosts.append(s.state_of_entity(m.entity_id))
        hosts = [h for h in hosts if h]
        if verb.lemma_.lower() == "host":
            hosts = [x for t in _subjects(verb) for x in _noun_entities(s, t, ("state",))] or hosts
        itself = _entity(s, noun, ("organization",))  # 'the World Food Conference': the gathering's own name
        mentioned = [o for t in noun.subtree for o in ([_entity(s, t, ("organization",))] if t.i != noun.i else [])]
        named = [o for o in mentioned if o is not None and o != itself and not event_guards.names_sub_body(s, o, noun)]
        if named and not event_bodies.is_body(named[0].entity_id, named[0]):  # "the ADB's Board of Governors"
            named = [o for o in mentioned if o and o != named[0] and event_bodies.is_body(o.entity_id, o)]
        organizer = [
            o for t in _subjects(verb) for o in _noun_entities(s, t, ("organization",)) if noun.dep_ == "dobj"
        ]  # 'In 1996, FAO organized the World Food Summit': the organisation's summit, wherever it was
        org: str | None
        if organizer and not named and verb.lemma_.lower() != "take":
            org = organizer[0]
        else:
            org = named[0].entity_id if named else (talked_about(s) if _bare_summit(noun) or ministerial else None)
        date = _date(s, verb)
        own = noun.lemma_.lower() in OWN_GATHERINGS and (
            (organizer and org == organizer[0]) or bool(named) or _bare_summit(noun)
        )  # 'The extraordinary summit of the organisation was held by videoconference': its own, with no host
        own = own and noun.tag_ in ("NN", "NNP") and date is not None  # 'regularly hosts conferences': a habit
        if not org or not (hosts or own):
            continue  # 'The World Bank and the IMF held their annual meetings': a meeting is a summit only somewhere
        span = _clause(s, [verb, noun, *places])
        first = noun.lemma_.lower() == "summit" and any(
            c.lower_ in ("first", "1st", "inaugural", "founding") for c in noun.children
        )
        first = first and not event_guards.resumed(noun)
        event = "conference_hosted" if noun.lemma_.lower() == "conference" else "summit_hosted"
        event = "ministerial_meeting_hosted" if ministerial else event
        out.append(
            _event(
                s,
                "parse_summit",
                org,
                "inaugural_summit" if first else event,
                date,
                span,
                state=next(iter(hosts), None),
                modality=modality(verb),
            )
        )
    return out


def _bare_summit(noun) -> bool:
    """'The Second Summit', 'its summit', "the organisation's first summit": a summit no word names, so the
    organisation talked about holds it; 'the Caspian summit' (with subject IMF) or "Turkey's summit" names its
    own."""
    return noun.lemma_.lower() == "summit" and all(
        t.dep_ in ("det", "case") or (t.dep_ == "poss" and t.pos_ != "PROPN") or ORDINAL.match(t.text)
        for t in noun.subtree
        if t.i < noun.i
    )


ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|next|last|latest|inaugural|founding|extraordinary|annual|regular|informal|jubilee|"
    r"(?:19|20)\d\d)$",
    re.I,
)
"""Words that number or class a summit in a series of the organisation's: an ordinal, its year ('the 2019 summit in
Bishkek'), or its kind ('the founding summit', 'an informal summit')."""


def summit_named(s: Sentence) -> list:
    """A summit named as a noun, not as a verb's subject or object ('summit' reads those): 'the NATO summit in
    Romania 2 April 2008', 'the Rome NATO Summit in May 2002', 'In 2009, Belarus boycotted the CSTO summit',
    'During the 8th summit in Istanbul in 2021' (a bare numbered summit: of the organisation talked about),
    'at a meeting of the CIS Council of Heads of State in Moscow': summit_hosted of the organisation the noun's
    own words name (not one that names a sub-body, 'the General Assembly Meeting of ECO Chamber of Commerce'),
    in the state of its place (a city before it, 'Rome', or a place after 'in'; a state before it is a
    participant, 'the Russia-EU Summit'), dated by its own words, else as `_summit_date`. A meeting needs a
    place; neither place nor date: no fact."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    for noun in s.with_lemma(("summit", "meeting")):
        lemma = noun.lemma_.lower()
        if lemma not in ("summit", "meeting") or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.lemma_.lower() in SUMMIT_VERBS:
            continue  # 'The Second Summit was held in Bishkek': summit()
        if _entity(s, noun, ("organization",)) is not None or meeting_nouns.council_of_meeting(s, noun):
            continue  # 'the Turkic Summits' name a body; "the European Council's … Summit": meeting_nouns
        own = _own_words(noun)
        left = [t for t in own if t.i < noun.i]
        ministers = lemma == "meeting" and any(t.lower_.startswith("minister") for t in own)
        if lemma == "meeting" and not ministers and any(t.lemma_.lower() in NOT_SUMMIT_MEETINGS for t in left):
            continue  # 'the 7th General Assembly Meeting of ECO Chamber of Commerce': a body's assembly, not a summit
        at = [
            x
            for p in own
            if p.dep_ == "prep" and p.lower_ in ("in", "at")
            for o in p.children
            if o.dep_ == "pobj"
            for x in _conjuncts(o) + [c for c in o.children if c.dep_ == "appos"]
        ]
        where = {t.i for p in own if p.dep_ == "prep" and p.lower_ in ("in", "at") for t in p.subtree}
        named = [
            m
            for t in own
            if t.i not in where
            for m in [_entity(s, t, ("organization",))]
            if m and (not event_guards.names_sub_body(s, m, noun) or (ministers and event_guards.of_ministers(s, m)))
        ]
        org = named[0].entity_id if named else (s.subject_organization if ministers else None)  # its ministers'
        at_place = [t for t in left if _place_word(s, t)]  # 'the Baku summit in 2019': named by where it met
        bare = not any(t.pos_ == "PROPN" and t not in at_place for t in left)
        placed = at_place or [t for t in at if _place_word(s, t)]  # 'the summit in Bishkek in 2019'
        if org is None and lemma == "summit" and bare and (placed or any(ORDINAL.match(t.text) for t in left)):
            org = s.subject_organization or meeting_nouns.sentence_organization(s, noun) or talked_about(s)
        partners = [m for t in left for m in [_entity(s, t, ("state",))] if m and m.form != "capital_metonym"]
        if org is None or partners:
            continue  # 'the 20th Russia-EU Summit': a summit of a state with the organisation, not of its members
        places = [m for t in at for m in [_entity(s, t, ("state", "place"))] if m]
        places += [m for t in at_place for m in [_entity(s, t, ("state", "place"))] if m]
        host = next((s.state_of_entity(m.entity_id) for m in places if s.state_of_entity(m.entity_id)), None)
        host = host or event_guards.venue_of(s, noun)  # 'Ashgabat was the venue of the summit of the CIS'
        spans = [(t.idx - s.offset, t.idx - s.offset + len(t)) for t in [noun, *own]]
        dates = [d for d in s.dates if any(a <= d.char_start < b for a, b in spans)]
        date = dates[0] if dates else _summit_date(s, noun, max(b for _, b in spans)) or (host and s.paragraph_date)
        if (date is None and host is None) or (lemma == "meeting" and host is None) or stance.states_no_fact(noun.head):
            continue
        if event_guards.called_off(noun) or any(t.lower_ in event_guards.TO_COME for t in left):
            continue  # 'The 2020 summit in St. Petersburg was postponed'; 'announced … the upcoming summit in Bishkek'
        mod = modality(noun.head) if noun.head.pos_ in ("VERB", "AUX") and noun.dep_ != "pobj" else None
        first = any(t.lower_ in ("first", "1st", "inaugural", "founding") for t in left) and not event_guards.resumed(
            noun
        )
        span = _clause(s, [noun, *own])
        event = "inaugural_summit" if first and lemma == "summit" else "summit_hosted"
        event = "ministerial_meeting_hosted" if ministers else event
        out.append(_event(s, "parse_summit_named", org, event, date, span, state=host, modality=mod))
    return out


def _place_word(s: Sentence, token) -> bool:
    """A word of a place's name, or of a capital standing for its state ('the Baku summit')."""
    m = _entity(s, token, ("state", "place"))
    return m is not None and (m.entity_type == "place" or m.form == "capital_metonym")


def _own_words(noun) -> list:
    """The words of a noun phrase without the clauses hung on it ('…, where he met with Iranian leader …'),
    except a participle saying where it was held ('the APEC meeting held in Sydney')."""
    out, todo = [], [c for c in noun.children]
    while todo:
        t = todo.pop()
        if t.dep_ in ("relcl", "advcl", "ccomp") or (t.dep_ == "acl" and t.lemma_.lower() not in SUMMIT_VERBS):
            continue
        out.append(t)
        todo += list(t.children)
    return sorted(out, key=lambda t: t.i)


NEXT_DATE = re.compile(r"^\s*,?\s*(?:in|on)?\s*$")


def _summit_date(s: Sentence, noun, end: int):
    """A named summit's date outside its own words: right after them ('the Rome NATO Summit in May 2002', where
    the parser hangs the date on the verb), the date of the verb whose object it is ('In 2009, Belarus boycotted
    the CSTO summit'), or the date of the clause it is the setting of ('On 24 September 1993, at a meeting of
    the CIS Council …')."""
    after = next(iter(s.dates_in(end, min(len(s.text), end + 40))), None)
    if after is not None and NEXT_DATE.match(s.text[end : after.char_start]):
        return after
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return _date(s, noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during"):
        return s.date_for(noun.idx - s.offset)
    return None


RULES = [summit, summit_named]
