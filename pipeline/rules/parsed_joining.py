"""Parse rules for a state entering an organisation: join, accede, apply, accession talks (leaving it, withdraw
and suspend, is `parsed_leaving`).

Why a module of their own: these verbs share the readings the genre needs around them, 'joined to form'
(a founding, not an accession), 'acceded' with no object after a treaty is named (a party to the treaty), dates
given 'respectively' or by gapping ('…, Belarus in 2010'). The shared parse helpers are in `parsed`.
"""

from __future__ import annotations

import re

from pipeline.rules import agreement_names, agreements, parsed_treaties, stance, treaty_states
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    FOUND,
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
    _passive,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
    phrase_states,
)
from pipeline.rules.parsed_pointers import _organizations, talked_about_ids
from pipeline.rules.patterns import listed_dates

JOIN = {"join", "accede", "rejoin"}
ADMITTED = {"admit"}
"""Read only in the passive, where the new member is the subject ('Armenia was admitted in 2015'); in the active
the organisation admits ('The summit admitted India'), another reading."""
LESSER_ROLES = {"observer", "associate", "candidate", "partner", "guest"}
"""'admitted … as an observer member' is no accession (parsed_admission reads the role)."""


DECLINE = {"refuse", "decline", "reject", "fail", "oppose", "resist", "abandon", "avoid", "block", "veto", "cease"}
"""Verbs whose complement did not happen: 'Kazakhstan refused to join the Eurasian Customs Union'."""


DELAY = {"delay", "postpone", "defer", "put"}
"""Verbs that put an act off: 'delay applying', 'put off joining' (with the particle 'off')."""


def declined(token) -> bool:
    """The act is the complement of a verb of refusal or failure (a negated statement: no fact), or a gerund put off
    ('delayed joining the WTO until 2012': done then, if at all, `parsed_membership_outcomes.delayed`)."""
    if token.tag_ == "VBG" and token.dep_ in ("xcomp", "dobj", "advcl", "pcomp") and token.head.lemma_.lower() in DELAY:
        return True
    t = token
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj") or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in DECLINE:
            return True
    return False


def sided_with(verb) -> bool:
    """'Kazakhstan joined the European Union in condemning the attack': 'join X in doing' sides with X in an
    act (a gerund after 'in'); it is no accession to X."""
    return any(g.tag_ == "VBG" for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children)


SIGN = {"sign"}


def _signed_on(s: Sentence, verb) -> list:
    """What 'signed up to' joins ('Armenia signed up to NATO's Partnership for Peace'); a programme signed as the
    object ('signed the … initiative') is `parsed_participation`'s."""
    if any(c.dep_ == "prt" and c.lower_ in ("up", "on") for c in verb.children):
        return _prep_objects(verb, "to", "for")
    return []


def joined(s: Sentence) -> list:
    """'Armenia and Tajikistan joined the EDB in 2009', 'which Uzbekistan joined in 2006', 'Uzbekistan
    joined the community on 7 October 2005', 'acceded to the CSTO', 'signed up to the Partnership for Peace': a
    membership for every subject state and object organisation, and a joined_by event when the accession is dated."""
    out = []
    for verb in _verbs(s, JOIN | ADMITTED | SIGN):
        signed = verb.lemma_.lower() in SIGN
        if declined(verb) or sided_with(verb) or (verb.lemma_.lower() in ADMITTED and not _passive(verb)):
            continue
        if signed and (_passive(verb) or not _signed_on(s, verb)):
            continue
        subjects = _invited(verb) or _subjects(verb) or stance.ranked_subjects(verb)
        states = phrase_states(s, subjects + _companions(verb, subjects))
        if not states and any(t.lower_ in ("their", "they") for t in subjects):
            subjects = _antecedent(verb) or subjects
            states = [x for t in subjects for x in _noun_entities(s, t, ("state",))]
        forming = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in FOUND]
        if forming:
            out += _joined_to_form(s, verb, forming[0], subjects, states)
            continue
        objects = _signed_on(s, verb) if signed else _children(verb, "dobj") + _prep_objects(verb, "to", "into")
        objects += gapped_objects(s, verb, objects, ("to", "into")) if not signed else []
        # a state is never what is joined: 'joined the WTO in 1998, the first country of the CIS to do so' ranks
        # the joiner in the CIS, an appositive the parser reads as a second object
        objects = [o for o in objects if o.lemma_.lower() not in treaty_states.STATE_NOUNS]
        if verb.lemma_.lower() in ADMITTED:  # 'was admitted as the 162nd member of the WTO'
            roles = _prep_objects(verb, "as")
            if any(w.lemma_.lower() in LESSER_ROLES for a in roles for w in a.subtree):
                continue
            objects += [o for a in roles for o in _prep_objects(a, "of", "to")]
        orgs = [o for t in objects for o in _organizations(s, t)]
        if not objects and verb.dep_ == "relcl":
            orgs = _noun_entities(s, verb.head, ("organization",))
            objects = [verb.head]
        instrument = _instrument_before(s)
        if not objects and not instrument and not s.organizations() and _only_dated(verb) and s.subject_organization:
            # 'India and Pakistan joined in 2017', in an article on the SCO: what is joined goes unsaid only where
            # the text is about one body; elsewhere it may be a treaty, a coalition or a war, not the one body
            # the sentence before happened to name
            orgs = [s.subject_organization]
        if not objects and states and verb.lemma_.lower() == "accede" and instrument and not _read_as_treaty(s, verb):
            date = _date(s, verb, subjects)  # 'Azerbaijan, Belarus, and Georgia acceded in 1993': to the treaty
            span = _clause(s, [verb, *subjects, *(x for t in subjects for x in _conjuncts(t))])
            out += [
                agreements._agreement(
                    s, "parse_acceded", None, instrument, [state], date, *span, modality=modality(verb)
                )
                for state in states
            ]
            continue
        if not states or not orgs:
            continue
        applied = verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "apply"  # 'applied to join the WTO in 1996'
        mod = modality(verb.head if applied else verb)
        date = _date(s, verb.head if applied else verb, subjects, clause=mod != "planned")
        if date is None and mod is None and told_as_past_noun(verb):
            date = s.paragraph_date  # '… celebrated Uzbekistan's joining the organization', after a dated opening
        span = _clause(s, [verb, *subjects, *objects])
        role = "applicant" if applied else "candidate" if mod == "proposed" else _joined_as(verb)
        each = _respectively(s, verb, states)
        end = verb.idx - s.offset + len(verb)
        own = listed_dates(s, end, s.clause(end)[1]) if mod != "planned" else {}
        for org in orgs:
            for state in states:
                when = each.get(state) or own.get(org, date)
                out.append(_membership(s, "parse_joined", state, org, role, when, span, mod))
                if when is not None and mod is None and role == "member":
                    out.append(_event(s, "parse_joined", org, "joined_by", when, span, state=state))
    return out


def told_as_past_noun(verb) -> bool:
    """A gerund with a possessive subject ('Uzbekistan's joining the organization') names the act as a noun does;
    under a past verb of its clause ('celebrated … Uzbekistan's joining') the act was made, when the narrative is."""
    possessive = any(c.dep_ in ("nsubj", "poss") and any(x.dep_ == "case" for x in c.children) for c in verb.children)
    governor = _governing_verb(verb)
    return verb.tag_ == "VBG" and possessive and governor is not None and governor.tag_ == "VBD"


def gapped_objects(s: Sentence, verb, objects, preps) -> list:
    """The later elements of a list of objects each with its date, which the parser hangs elsewhere than the first:
    on the verb ('joined the IMF in 1992, the World Bank in 1993 and the EBRD in 1994') or as a preposition joined
    to the phrase before ('withdrew from GUAM in 2005 and from the CSTO in 2012'). Only after a first object, and
    only organisations. `patterns.listed_dates` dates each."""
    if not objects:
        return []
    out = [c for c in _children(verb, "npadvmod") if _noun_entities(s, c, ("organization",))]
    for p in _children(verb, "prep"):
        for c in p.conjuncts:
            if c.pos_ == "ADP" and c.lower_ in preps:
                out += [o for o in _children(c, "pobj") if _noun_entities(s, o, ("organization",))]
    return out


def _invited(verb) -> list:
    """'Russia invited Iran to join the EAEU': a verb of joining that completes a verb with an object has that
    object for subject (Iran would join, not Russia)."""
    if verb.dep_ != "xcomp" or _children(verb, "nsubj", "nsubjpass"):
        return []
    return _children(verb.head, "dobj")


def _companions(verb, subjects) -> list:
    """'Kazakhstan, along with Kyrgyzstan and Tajikistan, joined …', '… joined the UN, together with
    Kyrgyzstan': the nouns after 'along with' or 'together with' (on the subject or the verb) act with it."""
    out = []
    for head in [*subjects, verb]:
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ == "along":
                p = next((c for c in p.children if c.dep_ == "prep" and c.lower_ == "with"), p)
            elif not any(c.lower_ in ("along", "together") for c in p.children):
                continue
            if p.dep_ == "prep" and p.lower_ == "with":
                out += [x for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)]
    return out


def _joined_as(verb) -> str:
    """'Mongolia joined the SCO as an observer', '… as a dialogue partner': the role its 'as' names, else member."""
    for noun in _prep_objects(verb, "as"):
        lemma = noun.lemma_.lower()
        if lemma == "observer":
            return "observer"
        if lemma == "partner" and any(c.lower_ == "dialogue" for c in noun.children):
            return "dialogue_partner"
    return "member"


def _only_dated(verb) -> bool:
    """A verb whose prepositions all give a date ('joined in 2017'): a bare accession, not 'joined in condemning
    the attack' or 'joined with Russia'."""
    return all(c.dep_ != "prep" or all(g.ent_type_ == "DATE" for g in c.children) for c in verb.children)


def _antecedent(verb) -> list:
    """What 'their' or 'they' stands for: the subject of the clause the verb depends on ('the three Baltic
    states (Estonia, Latvia, and Lithuania) have signaled …, as is reflected by their joining …')."""
    t = verb
    while t.head.i != t.i:
        t = t.head
        found = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("their", "they")]
        if found and t.pos_ in ("VERB", "AUX"):
            return found
    return []


def _joined_to_form(s: Sentence, verb, form, subjects, states) -> list:
    """'In 1985 Iran, Pakistan and Turkey joined to form the ECO': the states found the organisation (founder
    memberships and a founded event), they do not join it."""
    created = _children(form, "dobj")
    orgs = [o for t in created for o in _organizations(s, t)]
    if not orgs:
        return []
    date, mod = _date(s, verb, subjects), modality(verb)
    span = _clause(s, [verb, form, *subjects, *created])
    out = [_event(s, "parse_joined_to_form", orgs[0], "founded", date, span, modality=mod)]
    out += [_membership(s, "parse_joined_to_form", state, orgs[0], "founder", date, span, mod) for state in states]
    return out


APPLY_FOR = {"membership": "applicant", "accession": "applicant", "status": "applicant"}


def applied(s: Sentence) -> list:
    """'Laos applied for WTO accession on 16 July 1997', 'the Islamic Republic of Afghanistan officially applied
    for observer status' (of the organisation talked about), 'It formally applied for membership on 12
    September 2019' (it: the one state the previous sentence names): role applicant of the organisation the
    noun's words or the verb's 'to' name, else the one the sentence named before."""
    out = []
    for verb in _verbs(s, {"apply"}):
        nouns = [t for t in _prep_objects(verb, "for") if t.lemma_.lower() in APPLY_FOR]
        if not nouns or declined(verb):
            continue
        noun = nouns[0]
        if noun.lemma_.lower() == "status" and not any(c.lower_ == "observer" for c in noun.children):
            continue
        subjects = _subjects(verb)
        states = [x for t in subjects for x in _noun_entities(s, t, ("state",))]
        if not states and any(t.lower_ == "it" for t in subjects) and len(s.previous_states) == 1:
            states = list(s.previous_states)
        words = [t for t in noun.subtree if t.i != noun.i] + _prep_objects(verb, "to")
        orgs = list(dict.fromkeys(m.entity_id for t in words for m in [_entity(s, t, ("organization",))] if m))
        orgs = orgs or organizations_before(s, verb)  # 'Iran, after gaining observer status in the SCO, applied …'
        if not states or not orgs:
            continue
        date, mod = _date(s, verb, subjects + adjunct_clauses(verb)), modality(verb)
        span = _clause(s, [verb, noun, *subjects, *words])
        out += [_membership(s, "parse_applied", st, org, "applicant", date, span, mod) for org in orgs for st in states]
    return out


def adjunct_clauses(verb) -> list:
    """The verb's prepositional phrases that hold a clause of their own ('after gaining observer status in 2005'):
    their dates are that clause's, not the verb's."""
    return [p for p in _children(verb, "prep") if any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in p.children)]


def organizations_before(s: Sentence, verb) -> list[str]:
    """The organisation an unnamed membership is of: the last one its sentence names before the verb ('Iran, after
    gaining observer status in the SCO in 2005, applied for full membership'), else the one talked about."""
    named = [m.entity_id for m in s.organizations(0, verb.idx - s.offset)]
    return named[-1:] or talked_about_ids(s)


INSTRUMENT_NAME = re.compile(r"\b(?P<noun>Treaty|Agreement|Convention|Charter|Protocol)\b")


def _read_as_treaty(s: Sentence, verb) -> bool:
    """True when the treaty rules read this 'acceded' already (`parsed_treaties.participated`), each state with its
    own date ('Belarus (1993), Kazakhstan (1994) and Ukraine (1994) acceded'), or the signing rules do, whose reading
    the treaty rules leave them ('Turkmenistan acceded shortly after the protocol was adopted'): their reading
    stands."""
    at = verb.idx - s.offset
    return any(
        c.start <= at < c.end for rule in (parsed_treaties.participated, agreements.signed) for c in s.once(rule)
    )


def _instrument_before(s: Sentence) -> str | None:
    """The kind of the named instrument the previous sentence or this one's start talks about ('the Collective
    Security Treaty was signed … Three other states acceded in 1993'), or None."""
    found = INSTRUMENT_NAME.findall(s.previous_text) or INSTRUMENT_NAME.findall(s.text)
    return agreement_names.kind_of(found[-1], "") if found else None


def _respectively(s: Sentence, verb, states: list[str]) -> dict:
    """'Azerbaijan, Afghanistan and the Kyrgyz Republic became the member of the ETDB in 2013, 2014 and 2015
    respectively': state -> its own date, where 'respectively' follows as many dates after the verb as there
    are states; else empty."""
    at = verb.idx - s.offset
    mark = s.text.lower().find("respectively", at)
    if mark < 0 or len(states) < 2:
        return {}
    dates = s.dates_in(at, mark)
    return dict(zip(states, dates)) if len(dates) == len(states) else {}


GAPPED = re.compile(r",\s+(?:and\s+)?(?:the\s+)?(?P<state>[A-Z][\w’' -]+?)\s+in\s+(?=\d)")


def gapped(s: Sentence) -> list:
    """'Armenia and Tajikistan joined the EDB in 2009, Belarus in 2010, and the Kyrgyz Republic in 2011':
    each later 'State in Year' repeats the verb and object of the clause before it (gapping)."""
    out: list[Candidate] = []
    base = [c for c in s.once(joined) if c.fact_type == "membership" and c.get("date_edtf")]
    if not base:
        return out
    first = base[-1]
    dates = s.dates_in(first.end)
    if not dates:
        return out
    position = dates[0].char_end
    while True:
        m = GAPPED.match(s.text, position)
        if not m:
            break
        named = [x for x in s.states(m.start("state"), m.end("state"))]
        dates = s.dates_in(m.end(), m.end() + 30)
        if not named or not dates:
            break
        date, span, org = dates[0], (first.start, dates[0].char_end), first.get("organization_id")
        for state in dict.fromkeys(s.state_of_entity(m.entity_id) for m in named):  # ', Chad and Niger in 2012'
            out.append(_membership(s, "parse_gapped", state, org, "member", date, span))
            out.append(_event(s, "parse_gapped", org, "joined_by", date, span, state=state))
        position = dates[0].char_end
    return out


TALKS = {"negotiation", "talk"}


def negotiations(s: Sentence) -> list:
    """'Since October 2005, Turkey has formally started accession negotiations with the EU', 'The EU opened
    accession talks with Croatia in 2005': a candidate; the state and the organisation are the talks' two
    sides (the verb's subject and the noun's 'with'); where only the state is named ('Membership negotiations with
    Tajikistan are still ongoing'), the one organisation the sentence names ('While the Eurasian Economic Union
    replaces the community, membership negotiations with Tajikistan are still ongoing'), else, naming none, the
    one talked about."""
    out: list[Candidate] = []
    for noun in s.with_lemma(TALKS):
        if noun.lemma_.lower() not in TALKS or not any(
            c.dep_ == "compound" and c.lemma_.lower() in ("accession", "membership") for c in noun.children
        ):
            continue
        verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        if verb is not None and (_negated(verb) or modality(verb) is not None):
            continue
        sides = _prep_objects(noun, "with") + (_subjects(verb) if verb is not None and noun.dep_ == "dobj" else [])
        states = [x for t in sides for x in _noun_entities(s, t, ("state",))]
        named = list(dict.fromkeys(m.entity_id for m in s.organizations()))
        unsaid = named if len(named) == 1 else [] if named else talked_about_ids(s)  # two named: whose talks is unclear
        orgs = [x for t in sides for x in _noun_entities(s, t, ("organization",))] or unsaid
        if not states or not orgs:
            continue
        date = _date(s, verb, clause=False) if verb is not None and noun.dep_ == "dobj" else None
        span = _clause(
            s, [noun, *(c for c in noun.children if c.dep_ == "compound"), *sides, *([verb] if verb else [])]
        )
        out += [_membership(s, "parse_negotiations", st, orgs[0], "candidate", date, span) for st in states]
    return out


RULES = [joined, applied, gapped, negotiations]
