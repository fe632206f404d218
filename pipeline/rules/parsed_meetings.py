"""Parse rules for a summit told without the summit as the verb's subject: by its participants meeting ('The heads of
state of the SCO met in Bishkek in June 2019', 'CSTO foreign ministers gathered in Minsk in 2017'), or as one of a
series ('… organized Summits of the Heads of Turkic Speaking States, the first of which took place in 1992 in
Ankara').

Why a module of its own: parsed_summits reads a summit named by a noun ('the summit was held in …', 'the Rome NATO
Summit'); English also tells one by a verb of meeting whose subject is the organisation's leaders or members, and
the place after 'in' or 'at' is where it was held. The organisation must be named in the subject's own words
('of the SCO', 'CSTO leaders'): 'the presidents met in Moscow' is a meeting of two states, not of a body, and a
body that meets itself ('the IMF Executive Board met in Washington') is its organ at work, not a summit, unless it
is the body of the heads of state or government ('The Council of Heads of State met in Minsk'), whose meeting is the
summit (of the organisation its words name, else of the one the article is about).
"""

from __future__ import annotations

import re

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _conjuncts,
    _date,
    _entity,
    _event,
    _place_host,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_pointers import _organizations

MEET = {"meet", "gather", "convene", "assemble"}
PARTICIPANTS = {"leader", "head", "president", "minister", "member", "representative", "premier"}
"""Nouns naming who attends a summit or a ministerial meeting; 'head' as in 'heads of state'."""


def _host(s: Sentence, token, preps=("in", "at")) -> str | None:
    """The state of the first state or place the token's 'in' or 'at' names ('met in Bishkek', 'at Ankara')."""
    hosts = (_place_host(s, t) for p in _prep_objects(token, *preps) for t in _conjuncts(p))
    return next((h[0] for h in hosts if h), None)


HEADS_BODY = re.compile(r"\b(?:heads? of (?:state|government)s?|ministers)\b", re.IGNORECASE)


def _council_of(s: Sentence, token) -> str | None:
    """What a body of the organisation's leaders is made of: 'heads' ('the Council of Heads of State', 'the CIS
    Council of Heads of Government'), whose meeting is a summit (the codebook), or 'ministers' ('the Council of
    Foreign Ministers'), whose meeting is a ministerial meeting; None for any other organ ('the Executive Board'),
    and for a council whose owner named after it is no organisation of the dictionaries ('the Council of Ministers
    of Armenia', a state's government; 'the Armenian Council of Ministers')."""
    if token.lower_ not in ("council", "conference", "meeting") or any(
        _entity(s, t, ("state",)) for t in token.subtree
    ):
        return None
    for member in _prep_objects(token, "of"):
        heads = member.lower_ in ("head", "heads")
        kinds = [o for o in _prep_objects(member, "of") if o.lower_.removesuffix("s") in ("state", "government")]
        if not (heads and kinds) and member.lower_ != "ministers":
            continue
        owners = [o for k in (kinds or [member]) for o in _prep_objects(k, "of")]
        if any(not _known_body(s, o) for o in owners):
            return None
        return "heads" if heads else "ministers"
    return None


def _known_body(s: Sentence, token) -> bool:
    """A dictionary organisation, or a pointer to the one talked about ('of the organisation')."""
    m = _entity(s, token, ("organization",))
    return bool(m and not m.entity_id.startswith("org:new_")) or bool(_organizations(s, token) and m is None)


def leaders_met(s: Sentence) -> list:
    """summit_hosted (ministerial_meeting_hosted where the participants are ministers) of the organisation named
    in the subject's words, in the state of the place the verb's 'in' or 'at' names; none without that place."""
    out: list[Candidate] = []
    for verb in _verbs(s, MEET):
        if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            continue  # 'Putin met Erdogan', 'a meeting was convened': not the participants meeting
        subjects = [t for t in _subjects(verb) if t.lemma_.lower() in PARTICIPANTS or _council_of(s, t)]
        orgs = [
            m.entity_id
            for t in subjects
            for x in t.subtree
            for m in [_entity(s, x, ("organization",))]
            if m and not HEADS_BODY.search(m.text)
        ]
        if not orgs:  # 'The heads of state of the organisation met …': the organisation talked about
            ofs = [p for t in subjects if not _council_of(s, t) for p in _prep_objects(t, "of")]  # 'heads of … of it'
            orgs = [o for p in ofs + [q for p in ofs for q in _prep_objects(p, "of")] for o in _organizations(s, p)]
        if not orgs and any(_council_of(s, t) for t in subjects) and s.subject_organization:
            orgs = [s.subject_organization]  # 'The Council of Heads of State met in Minsk', in the article on the CIS
        host = _host(s, verb)
        if not orgs or host is None:
            continue
        ministers = any(t.lemma_.lower() == "minister" or _council_of(s, t) == "ministers" for t in subjects)
        event = "ministerial_meeting_hosted" if ministers else "summit_hosted"
        span = _clause(s, [verb, *(t.left_edge for t in subjects), *_prep_objects(verb, "in", "at")])
        date = _date(s, verb, subjects)
        out.append(_event(s, "parse_leaders_met", orgs[0], event, date, span, state=host, modality=modality(verb)))
    return out


def council_meeting(s: Sentence) -> list:
    """'A regular meeting of the Council of Heads of State took place in Astana in June 2017', 'a session of the CIS
    Council of Foreign Ministers was held in Minsk': a meeting of the body of heads (or of ministers) is the
    organisation's summit (or ministerial meeting), of the organisation the council's words name, else the one the
    article is about, in the state of the place; the council's own name is an organ's, no body of its own."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"hold", "take", "convene"}):
        if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
            continue
        nouns = [t for t in _subjects(verb) + _children(verb, "dobj") if t.lemma_.lower() in ("meeting", "session")]
        councils = [c for n in nouns for c in _prep_objects(n, "of") if _council_of(s, c)]
        if not councils:
            continue
        orgs = [
            m.entity_id
            for x in councils[0].subtree
            for m in [_entity(s, x, ("organization",))]
            if m and not HEADS_BODY.search(m.text)
        ] or ([s.subject_organization] if s.subject_organization else [])
        host = _host(s, verb) or _host(s, nouns[0])
        if not orgs or host is None:
            continue
        event = "ministerial_meeting_hosted" if _council_of(s, councils[0]) == "ministers" else "summit_hosted"
        span = _clause(s, [verb, *nouns, *_prep_objects(verb, "in", "at")])
        date = _date(s, verb, [])
        out.append(_event(s, "parse_council_meeting", orgs[0], event, date, span, state=host, modality=modality(verb)))
    return out


SERIES = {"first": "inaugural_summit", "second": "summit_hosted", "third": "summit_hosted", "last": "summit_hosted"}
MEETING_NOUNS = {"summit", "summits", "meeting", "meetings"}


def _antecedent(which):
    """The meeting noun 'the first of which' follows ('Summits of the Heads …, the first of which'): the word before
    it, and up the parse from there (the parser may hang the relative clause on the main verb instead)."""
    doc, i = which.doc, which.left_edge.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    t = doc[i] if i >= 0 else None
    for _ in range(6):
        if t is None or t.lower_ in MEETING_NOUNS:
            return t
        t = t.head if t.head.i != t.i else None
    return None


def one_of_series(s: Sentence) -> list:
    """'Summits of the Heads of Turkic Speaking States, the first of which took place in 1992 in Ankara': the
    relative clause's subject ('the first of which') is one of the meetings its antecedent names, held in the state
    of the place the clause names; the first is the inaugural summit. The organisation is the antecedent's own name
    ('the Turkic Summits') or one its words name, else the one that holds them ('The SCO has held twenty summits')."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"take", "hold"}):
        if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
            continue
        which = [
            t
            for t in _subjects(verb)
            if t.lower_ in SERIES and any(o.lower_ == "which" for o in _prep_objects(t, "of"))
        ]
        series = _antecedent(which[0]) if which else None
        if series is None:
            continue
        orgs = [m.entity_id for t in series.subtree for m in [_entity(s, t, ("organization",))] if m]
        if series.dep_ == "dobj":  # 'The SCO has held twenty summits, the last of which …': its holder's
            orgs = orgs or [
                m.entity_id for t in _subjects(series.head) for m in [_entity(s, t, ("organization",))] if m
            ]
        host = _host(s, verb)
        if not orgs or host is None:
            continue
        span = _clause(s, [verb, which[0], *_prep_objects(verb, "in", "at")])
        date = _date(s, verb, which)
        out.append(
            _event(
                s,
                "parse_one_of_series",
                orgs[0],
                SERIES[which[0].lower_],
                date,
                span,
                state=host,
                modality=modality(verb),
            )
        )
    return out


def _clause_subjects(token) -> list:
    """The subjects of the clause a word stands in: up the parse to the first word that has one ('The CSTO was
    unable to agree on providing … at a meeting': 'at' hangs on 'providing', the subject on 'was')."""
    for _ in range(8):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or token.head.i == token.i:
            return subjects
        token = token.head
    return []


def acted_at_meeting(s: Sentence) -> list:
    """'The CSTO was unable to agree on providing military assistance to Kyrgyzstan at a meeting in Yerevan,
    Armenia': an organisation that acts at a meeting or summit no word of its own names held it (summit_hosted) in
    the state of the place after its 'in', dated by the clause or the paragraph. The organisation must be the
    clause's subject itself, not a word that qualifies it ('The IMF Executive Board … at a meeting in Washington'
    is an organ at work); a meeting its own words name is parsed_summits.summit_named's."""
    out: list[Candidate] = []
    for noun in s.tokens if s.tokens is not None else ():
        if noun.lower_ not in ("meeting", "summit") or noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "during"):
            continue
        own = [t for t in noun.subtree if t.i < noun.i]
        if any(t.pos_ == "PROPN" or _entity(s, t) for t in own):
            continue  # 'at the CSTO summit', 'at the Rome Summit': summit_named
        subjects = _clause_subjects(noun.head)
        orgs = [m.entity_id for t in subjects for m in [_entity(s, t, ("organization",))] if m]  # the head word's name
        host = _host(s, noun, ("in",))
        if not orgs or host is None:
            continue
        date = s.date_for(noun.idx - s.offset) or s.paragraph_date
        span = _clause(s, [noun, noun.head, *_prep_objects(noun, "in"), *subjects])
        out.append(_event(s, "parse_acted_at_meeting", orgs[0], "summit_hosted", date, span, state=host))
    return out


RULES = [leaders_met, council_meeting, one_of_series, acted_at_meeting]
