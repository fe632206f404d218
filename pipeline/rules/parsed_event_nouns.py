"""Parse rules for organisation events told by a noun or a light verb: 'the creation of X on 1 January 2015',
'It began operating in June 2006', 'OTS maintains close relations with the OSCE', 'OTS is an observer at the ECO'.

Why a module of its own: parsed_events and parsed_summits read events whose verb is the event ('was founded', 'was
held'); here the event is a noun ('the founding of the Eurasian Development Bank on 12 January 2006', 'which led to
the creation of …'), a phase verb over an activity noun ('started its operations'), or a relation between two organisations,
which the codebook records as the organisation's event with a counterpart.
"""

from __future__ import annotations

from pipeline.entities import provisional
from pipeline.rules import event_bodies, stance
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.other_events import in_other_event
from pipeline.rules.parsed import (
    GENERIC_ORG,
    _children,
    _clause,
    _conjuncts,
    _date,
    _entity,
    _event,
    _noun_entities,
    _passive,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_pointers import _organizations, talked_about_ids

FOUNDING_NOUNS = {"creation", "establishment", "founding", "formation", "foundation", "launch"}
ATTITUDES = {
    "oppose",
    "support",
    "discuss",
    "welcome",
    "advocate",
    "back",
    "favour",
    "favor",
    "urge",
    "demand",
    "reject",
    "block",
    "promote",
    "consider",
    "seek",
    "endorse",
    "resist",
    "criticise",
    "criticize",
    "debate",
    "negotiate",
    "study",
    "explore",
    "envisage",
}
"""Verbs that take a stance on a founding rather than state it: 'Turkmenistan opposed the establishment of …'."""
ANNIVERSARY = {"anniversary", "jubilee", "year", "day", "date", "celebration"}


REASONS = {"reason", "cause", "ground", "motive"}
"""'the reasons for the creation of': a reason for something presupposes it happened ('called for the creation'
does not)."""


def founding_noun(s: Sentence) -> list:
    """'the creation of the Eurasian Economic Union on 1 January 2015', 'The founding of the Eurasian Development
    Bank on 12 January 2006 was initiated by …', 'which led to the creation of the International Institute of
    Agriculture': founded, of the organisation the noun's 'of' names, dated by the noun's own words, else by its
    clause; 'since its founding in 1945', "the SCO's creation in 2001": of its owner, dated by its own words ('its'
    not in a source about a state, where it is mostly the state); 'the creation of two new organisations, namely A
    and B': of each body listed, dated or not. Else undated, or framed as an intention ('proposed the creation of':
    planned_body), or negated: no fact."""
    out: list[Candidate] = []
    for noun in s.with_lemma(FOUNDING_NOUNS):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in FOUNDING_NOUNS:
            continue
        created = _prep_objects(noun, "of")
        listed = _listed(s, created)  # 'two new organisations, namely A and B'
        created += listed
        orgs = list(dict.fromkeys(o for t in created for o in _noun_entities(s, t, ("organization",))))
        own = [
            d for d in s.dates if _within(s, d, noun) and not in_other_event(s, noun.idx - s.offset, d.char_start)
        ]  # 'the creation of two new organizations after the World Food Conference in 1974': the conference's year
        if not created and own:  # 'since its founding in 1945', "the SCO's creation in 2001": the owner's
            created = _children(noun, "poss")
            named = [o for t in created for o in _noun_entities(s, t, ("organization",))]
            orgs = named or ([] if s.home_state else [o for t in created for o in _organizations(s, t)])
        if not orgs or stance.states_no_fact(noun.head) or stance.intended(noun) is not None or _about(noun):
            continue
        if (noun.head.lower_ == "for" and noun.head.head.lemma_.lower() not in REASONS) or (
            noun.dep_ == "dobj" and noun.head.lemma_.lower() in ATTITUDES
        ):
            continue  # 'called for the establishment of', 'Turkmenistan opposed the establishment of': a stance
        if noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ANNIVERSARY:
            continue  # 'the 20th anniversary of the founding of the SCO in 2021': that year is the anniversary's
        if noun.head.pos_ == "VERB" and modality(noun.head) is not None:
            continue  # 'will announce the creation of'
        date = (
            own[0]
            if own
            else _date(s, noun.head)
            if noun.head.pos_ in ("VERB", "AUX")
            else s.date_for(noun.idx - s.offset)
        )
        if date is not None and not own and in_other_event(s, noun.idx - s.offset, date.char_start):
            date = None  # 'the creation of two new organizations after the World Food Conference in 1974': its date
        if date is None and not listed:
            continue  # undated, a founding is mostly told to describe the body; bodies listed as created are news
        span = _clause(s, [noun, *created])
        out += [_event(s, "parse_founding_noun", org, "founded", date, span) for org in (orgs if listed else orgs[:1])]
    return out


def _listed(s: Sentence, nouns) -> list:
    """The bodies a plural noun introduces: its appositions, or the phrase after the 'namely' that follows it with
    no other plural noun between ('two new organizations after the World Food Conference in 1974, namely the World
    Food Council and …'), which the parser often hangs on a word far off."""
    out = [a for t in nouns for a in _children(t, "appos")]
    for t in nouns:
        after = [w for w in s.tokens or () if w.i > t.i]
        namely = next((w for w in after if w.lower_ == "namely"), None)
        if t.tag_ == "NNS" and namely is not None and namely.head.i > namely.i:
            if not any(w.tag_ == "NNS" for w in after if w.i < namely.i) and namely.head not in out:
                out.append(namely.head)
    return out


INSTRUMENTS = {"treaty", "agreement", "protocol", "convention", "declaration", "memorandum", "law", "decree"}


def _about(noun) -> bool:
    """'signed the Treaty on the creation of an Economic Union', 'agreements on the establishment of a Customs
    Union': what an instrument is about, not a founding that took place."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("on", "about", "for"):
        return False
    governor = prep.head  # the parser may hang 'on the creation' on 'signed' rather than on 'the Treaty'
    return governor.lemma_.lower() in INSTRUMENTS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in INSTRUMENTS for c in governor.children
    )


def _within(s: Sentence, d, noun) -> bool:
    """The date mention lies in the noun phrase's own words ('the creation of X on 1 January 2015')."""
    start = noun.left_edge.idx - s.offset
    end = noun.right_edge.idx + len(noun.right_edge) - s.offset
    return start <= d.char_start < end


PHASE_VERBS = {"begin", "start", "commence"}
ACTIVITY = {"operate", "operation", "function", "work", "activity", "operations", "activities"}


def began_operating(s: Sentence) -> list:
    """'It began operating in June 2006', 'The Bank has successfully started its operations in 2008': the
    organisation's inauguration (it, 'the Bank': the organisation talked about whose name has that head noun)."""
    out: list[Candidate] = []
    for verb in _verbs(s, PHASE_VERBS):
        activity = [
            c for c in verb.children if c.dep_ in ("xcomp", "dobj") and c.lemma_.lower() in ACTIVITY and not _aimed(c)
        ]
        if not activity or modality(verb) is not None:
            continue
        subjects = _subjects(verb)
        orgs = [o for t in subjects for o in _pointed(s, t)]
        date = _date(s, verb, subjects)
        where = [o for t in [verb, *activity] for o in _prep_objects(t, "in")]
        if not orgs or date is None or any(_noun_entities(s, o, ("state",)) for o in where):
            continue  # 'The IMF began operations in Kazakhstan in 1992': its work in a country, not its opening
        out.append(
            _event(s, "parse_began_operating", orgs[0], "inaugurated", date, _clause(s, [verb, *subjects, *activity]))
        )
    return out


def _aimed(activity) -> bool:
    """'began working on a programme', 'started work with the Bank': an activity with an object is a task begun,
    not the body's opening."""
    return any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "with", "for", "toward", "towards"))
        for c in activity.children
    )


def _pointed(s: Sentence, token) -> list[str]:
    """The organisation a subject names; 'the Bank' (a generic noun) is the organisation last named in the
    paragraph whose own name has that head ('… Trade and Development Bank'), else the one talked about (not in
    a source about a state, where 'it' is mostly the state)."""
    named = _noun_entities(s, token, ("organization",))
    if token.lemma_.lower() in GENERIC_ORG and not named:
        head = token.lemma_.lower()
        for org in (*s.previous_organizations, *reversed(s.paragraph_organizations)):
            if org.startswith(provisional.PREFIX) and event_bodies.head_noun(event_bodies.name_words(org)) == head:
                return [org]
    if s.home_state and not named:
        return []  # in a source about a state, 'it' is mostly that state
    return named or _organizations(s, token)


RELATION_NOUNS = {"relation", "relationship", "tie", "contact", "link"}
RELATION_VERBS = {"establish", "maintain", "have", "develop", "build", "forge"}


def relations_with(s: Sentence) -> list:
    """'OTS maintains close cooperative relations with the Organization for Security and Co-operation in Europe
    and the Conference on Interaction …', 'ASEAN and the SCO established formal relations in 2005':
    relations_established between two organisations, one item per counterpart (the first subject's, the others'). A state's relations with an organisation are no organisation event."""
    out: list[Candidate] = []
    for verb in _verbs(s, RELATION_VERBS):
        nouns = [c for c in _children(verb, "dobj", "nsubjpass") if c.lemma_.lower() in RELATION_NOUNS]
        if not nouns or modality(verb) is not None:  # _verbs leaves out negated verbs
            continue
        subjects = [] if _passive(verb) else _subjects(verb)
        orgs = [o for t in subjects for o in _pointed(s, t)]
        partners = [
            o
            for t in _prep_objects(verb, "with") + [x for n in nouns for x in _prep_objects(n, "with", "between")]
            for o in _noun_entities(s, t, ("organization",))
        ]
        if _passive(verb):  # 'Relations between the EAEU and ASEAN were established in 2018'
            between = [x for n in nouns for x in _prep_objects(n, "between")]
            orgs = partners[:1] if between else talked_about_ids(s) if s.subject_organization else []
        if not orgs:
            continue
        if not partners and len(set(orgs)) > 1:  # 'ASEAN and the SCO established formal relations in 2005'
            partners = orgs[1:]
        span = _clause(s, [verb, *subjects, *nouns, *[x for n in nouns for x in n.subtree]])
        date = _date(s, verb, subjects, clause=False)
        for partner in dict.fromkeys(p for p in partners if p != orgs[0]):
            out.append(
                _event(s, "parse_relations_with", orgs[0], "relations_established", date, span, counterpart=partner)
            )
    return out


def observer_at(s: Sentence) -> list:
    """'OTS is an observer at the Economic Cooperation Organization': the organisation holds observer status in
    another (observer_status_granted, with that one as counterpart). A state that is an observer is a membership."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"be"}):
        attrs = [c for c in _children(verb, "attr") if c.lemma_.lower() == "observer"]
        if not attrs or modality(verb) is not None:
            continue
        subjects = _subjects(verb)
        orgs = [o for t in subjects for o in _noun_entities(s, t, ("organization",))] or [
            o for t in subjects if t.lower_ == "it" for o in _organizations(s, t)
        ]
        hosts = [
            o
            for a in attrs
            for p in _prep_objects(a, "at", "in", "to", "of")
            for t in _conjuncts(p)
            for o in _noun_entities(s, t, ("organization",))
        ]
        if not orgs or not hosts:
            continue
        span = _clause(s, [verb, *subjects, *[x for a in attrs for x in a.subtree]])
        date = _date(s, verb, subjects, clause=False)
        for host in dict.fromkeys(h for h in hosts if h != orgs[0]):
            out.append(_event(s, "parse_observer_at", orgs[0], "observer_status_granted", date, span, counterpart=host))
    return out


def proposed_by(s: Sentence) -> list:
    """'First proposed by Kazakh president Nursultan Nazarbayev in 2006, it was founded on 3 October 2009': the
    organisation proposed (the passive participle's subject, or that of the clause it introduces), dated by the
    participle's own words. 'proposed to create …' is planned_body's."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"propose", "suggest"}):
        by = _prep_objects(verb, "by")
        if verb.tag_ != "VBN" or not by or _children(verb, "dobj", "xcomp", "ccomp"):
            continue
        subjects = _children(verb, "nsubjpass") or (_subjects(verb.head) if verb.dep_ == "advcl" else [])
        orgs = [o for t in subjects for o in _organizations(s, t)]
        date = _date(s, verb, subjects, clause=False)
        if orgs and date is not None and modality(verb) is None:
            out.append(_event(s, "parse_proposed_by", orgs[0], "proposed", date, _clause(s, [verb, *by])))
    return out


FIRST = {"first", "1st", "inaugural", "opening"}


def first_session(s: Sentence) -> list:
    """'The First Session of the FAO Conference was held in … Quebec City from 16 October to 1 November 1945': the
    organisation's inauguration (its first session; a summit's first meeting is parsed_summits' inaugural_summit),
    in the state of the place it was held, dated."""
    out: list[Candidate] = []
    for noun in s.with_lemma(("session",)):
        verb = noun.head
        if noun.lemma_.lower() != "session" or not any(c.lower_ in FIRST for c in noun.children):
            continue
        if noun.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in ("hold", "take", "convene", "open"):
            continue
        orgs = [m.entity_id for o in _prep_objects(noun, "of") for t in o.subtree for m in [_entity(s, t)] if m]
        inside = {t.i for t in noun.subtree}
        places = [m for t in verb.subtree if t.i not in inside for m in [_entity(s, t, ("state", "place"))] if m]
        host = next((x for m in places for x in [s.state_of_entity(m.entity_id)] if x), None)
        date = _date(s, verb, [noun])
        if orgs and date is not None and modality(verb) is None:
            span = _clause(s, [verb, *noun.subtree])
            out.append(_event(s, "parse_first_session", orgs[0], "inaugurated", date, span, state=host))
    return out


RULES = [founding_noun, began_operating, relations_with, observer_at, proposed_by, first_session]
