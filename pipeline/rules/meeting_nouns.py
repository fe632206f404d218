"""Parse rules for an organisation's meeting named only as a noun phrase inside a sentence about something else: a
meeting of the body of its heads of state named by the body's own name ('A regular Collective Security Council
meeting took place on 23 November 2022', 'signed in Minsk after a session of the Interstate Council of the EAEC',
"the European Council's Helsinki Summit in 1999"), a ministerial meeting named by its place ('agreed at the
Reykjavik Ministerial'), and a dated meeting of the article's organisation's ministers with no place ('on meeting
of Turkic ministers responsible for the economy'). `sentence_organization` lends parsed_summits.summit_named the
organisation of a summit named by its place alone ('(since the Denver Summit in June 1997) a member of the G8').

Why a module of its own: parsed_summits.summit_named reads a summit whose own words name the organisation (or one
the article is about), and parsed_meetings a body of 'heads of state' by those words; these shapes name neither.
The codebook (raw/evaluation/BRIEF.md §3, §5): a council of heads of state of a body is the body's organ, and its
meeting is the body's summit; a city inside a name that is no meeting ('the Minsk Group', 'the Warsaw Pact') is no
place, and a summit of two states is no event of an organisation.
"""

from __future__ import annotations

from pipeline.rules import event_guards
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import _clause, _date, _entity, _event, _place_host, _prep_objects, modality
from pipeline.rules.parsed_pointers import talked_about
from pipeline.text import lexicon

HEADS_COUNCILS = lexicon.heads_councils()
"""The bodies of an organisation's heads of state known by a name of their own, and the organisation they belong to
(None: the one their words name, 'the Interstate Council of the EAEC', else the one the article is about); data, with
their sources: pipeline/text/lexicon/heads_councils.csv."""
MEETING_NOUNS = {"meeting", "session", "summit"}
SETTINGS = {"at", "after", "during", "before", "following", "on"}
"""Prepositions by which a meeting is the setting of the clause it hangs on ('signed in Minsk after a session of
…'): where that clause's act took place, the meeting was held."""


def _name(token) -> str:
    """The words of a name ending in the token: its compounds and adjectives before it ('Collective Security
    Council'), lower-cased."""
    words = [t for t in token.lefts if t.dep_ in ("compound", "amod") and t.i >= token.left_edge.i] + [token]
    first = min(words, key=lambda t: t.i)
    return token.doc[first.left_edge.i if first is not token else token.i : token.i + 1].text.lower()


def heads_council(s: Sentence, token) -> str | None:
    """The organisation whose body of heads of state the token names ('Council' in 'the CSTO Collective Security
    Council', 'the Interstate Council of the EAEC'), or None."""
    if token.lower_ != "council":
        return None
    name = _name(token).removeprefix("the ")
    key = next((k for k in HEADS_COUNCILS if name.endswith(k)), None)
    if key is None:
        return None
    owned = [
        m.entity_id
        for o in _prep_objects(token, "of")
        for t in o.subtree
        for m in [_entity(s, t, ("organization",))]
        if m and not m.entity_id.startswith("org:new_")
    ]
    return HEADS_COUNCILS[key] or (owned[0] if owned else s.subject_organization)


def council_of_meeting(s: Sentence, noun):
    """The heads' council a meeting noun is of: a word of its name ('Collective Security Council meeting'), its
    owner ("the European Council's Helsinki Summit") or its 'of' ('a session of the Interstate Council')."""
    own = [t for t in noun.children if t.dep_ in ("compound", "poss", "nmod")] + _prep_objects(noun, "of")
    return next((t for t in own if heads_council(s, t)), None)


def _host(s: Sentence, tokens) -> str | None:
    """The state of the first place or state the tokens' 'in' or 'at' names, or that a word of theirs is."""
    for token in tokens:
        for t in [token, *(x for p in _prep_objects(token, "in", "at") for x in p.subtree)]:
            host = _place_host(s, t)
            if host:
                return host[0]
    return None


def council_meeting_named(s: Sentence) -> list:
    """summit_hosted of the organisation whose heads' council meets, in the state of the place its words or the
    clause it is the setting of name (none: the state is null), dated by its verb or its clause."""
    out: list[Candidate] = []
    for noun in s.with_lemma(tuple(MEETING_NOUNS)) if s.tokens is not None else ():
        council = council_of_meeting(s, noun) if noun.lemma_.lower() in MEETING_NOUNS else None
        if council is None or event_guards.called_off(noun):
            continue
        head = noun.head
        verb = head.head if noun.dep_ == "pobj" and head.lower_ in SETTINGS else head
        places = [t for t in noun.lefts if t.dep_ == "compound" and _place_host(s, t)]
        acted = noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX")
        host = _host(s, [*places, noun]) or (_host(s, [verb]) if verb is not head or acted else None)
        if acted:
            date, mod = _date(s, head, [noun]), modality(head)
        else:
            date, mod = s.date_for(noun.idx - s.offset) or s.paragraph_date, None
        if date is None and host is None:
            continue
        span = _clause(s, [noun, council, *([verb] if verb.pos_ in ("VERB", "AUX") else [])])
        org = heads_council(s, council)
        out.append(_event(s, "parse_council_meeting_named", org, "summit_hosted", date, span, state=host, modality=mod))
    return out


def sentence_organization(s: Sentence, phrase) -> str | None:
    """The one dictionary organisation the sentence names outside the phrase ('(since the Denver Summit in June
    1997) a member of the G8'); none where it names two or more."""
    inside = {t.idx - s.offset for t in phrase.subtree}
    named = {
        m.entity_id
        for m in s.entities
        if m.entity_type == "organization" and not m.entity_id.startswith("org:new_") and m.char_start not in inside
    }
    return named.pop() if len(named) == 1 else None


def place_named_ministerial(s: Sentence) -> list:
    """'agreed at the Reykjavik Ministerial', 'extended at the Istanbul Ministerial in 2004': a ministerial meeting
    named by a place before it and by no organisation, held in that place's state, of the organisation the article
    is about, else of the one the sentence names (a summit so named is parsed_summits.summit_named's). Dated by its
    own words, else its clause."""
    out: list[Candidate] = []
    for noun in s.tokens if s.tokens is not None else ():
        if noun.text != "Ministerial" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("compound", "amod"):
            continue
        left = [t for t in noun.subtree if t.i < noun.i and t.dep_ not in ("det", "punct")]
        places = [t for t in left if t.dep_ == "compound" and _place_host(s, t)]
        if not places or any(_entity(s, t, ("organization",)) or _entity(s, t, ("state",)) for t in left):
            continue  # 'the NATO Ministerial': named by its body; 'the Russia–EU Ministerial': of a state with it
        org = s.subject_organization or sentence_organization(s, noun) or talked_about(s)
        if org is None:
            continue
        end = noun.right_edge.idx + len(noun.right_edge) - s.offset
        date = next(iter(s.dates_in(noun.left_edge.idx - s.offset, end)), None) or s.date_for(noun.idx - s.offset)
        span = _clause(s, [noun, *left])
        host = _host(s, places)
        out.append(
            _event(s, "parse_place_named_ministerial", org, "ministerial_meeting_hosted", date, span, state=host)
        )
    return out


def ministers_meeting(s: Sentence) -> list:
    """'In September 2021, on meeting of Turkic ministers responsible for the economy': a dated meeting of the
    ministers of the organisation the article is about (or its words name), where no place is said (with a place
    it is parsed_summits.summit_named's): ministerial_meeting_hosted with no state."""
    out: list[Candidate] = []
    for noun in s.with_lemma(("meeting",)) if s.tokens is not None else ():
        if noun.lemma_.lower() != "meeting" or noun.dep_ != "pobj" or _host(s, [noun]):
            continue
        ministers = [o for o in _prep_objects(noun, "of") if o.lemma_.lower() == "minister"]
        words = [t for o in ministers for t in o.subtree]
        if not ministers or any(_entity(s, t, ("state",)) for t in words):
            continue  # 'a meeting of the Armenian and Azerbaijani foreign ministers': of two states
        named = [m.entity_id for t in words for m in [_entity(s, t, ("organization",))] if m]
        org = named[0] if named else s.subject_organization
        date = s.date_for(noun.idx - s.offset)
        if org is None or date is None:
            continue
        span = _clause(s, [noun, *words])
        out.append(_event(s, "parse_ministers_meeting", org, "ministerial_meeting_hosted", date, span))
    return out


RULES = [council_meeting_named, place_named_ministerial, ministers_meeting]
