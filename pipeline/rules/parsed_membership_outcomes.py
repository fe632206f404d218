"""Memberships told as what another act came to, or as an act put off to a date: 'The Turkish application to join
the European Economic Community … soon resulted in associate membership in 1963', 'the application resulted in
full membership in 2004', 'forced Turkey to delay applying for full membership of the European Community until
1987'.

Why a module of its own: in these shapes no verb of joining or applying is stated as done. A membership that an
application, talks or a bid 'resulted in' or 'led to' was gained, on the date after the verb (a date before it is
the cause's: 'the application … in 1959 resulted in membership in 1963'); the state and the organisation are the
membership's own or the cause's ('the Turkish application to join the EEC'), else, where the cause is an act with
no name of its own ('the application', 'the talks'), the ones the sentence named before it ('Estonia applied to the
EU in 1995; the application resulted in …'). Any other cause names no member ('reforms led to membership'). An act put off 'until' a date was done on that date ('delayed
applying until 1987'), by the state whose act it is: the subject of the delaying verb, or the object of the verb
that made it delay ('forced Turkey to delay'). A negated verb gives no fact ('did not lead to membership').
"""

from __future__ import annotations

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _event,
    _membership,
    _negated,
    _noun_entities,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
    own_dates,
)
from pipeline.rules.parsed_joining import DELAY, TALKS, organizations_before
from pipeline.rules.parsed_membership_nouns import ACT_NOUNS, RESULT, _orgs, _states
from pipeline.rules.parsed_pointers import _organizations, talked_about_ids

ENTRY = {"membership", "accession", "admission", "entry"}
"""Nouns of the membership a cause results in: 'resulted in associate membership', 'led to its accession'."""
DELAYED_ACTS = {"apply": "applicant", "join": "member", "accede": "member"}
"""What a delayed gerund does: 'applying for membership' files an application, 'joining' makes a member."""


def resulted_in(s: Sentence) -> list:
    """'… soon resulted in associate membership in 1963', 'the talks led to full membership in 2004': the state
    gains the membership (an observer's where the noun says so) on the date after the verb; dated, it is also
    the organisation's joined_by."""
    out: list[Candidate] = []
    for verb in _verbs(s, set(RESULT)):
        for noun in _prep_objects(verb, *RESULT[verb.lemma_.lower()]):
            if noun.lemma_.lower() not in ENTRY or modality(verb):
                continue
            causes = _subjects(verb)
            role = "observer" if any(c.lower_ == "observer" for c in noun.children) else "member"
            acts = [c for c in causes if c.lemma_.lower() in ACT_NOUNS or c.lemma_.lower() in TALKS]
            states = _states(s, noun) or [x for c in causes for x in _cause_states(s, c)]
            orgs = _orgs_of(s, noun) or [o for c in causes for o in _cause_orgs(s, c)]
            if acts:  # 'the application resulted in …': the act the sentence or the one before told
                states, orgs = states or _named_before(s, verb), orgs or organizations_before(s, verb)
            if not states or not orgs:
                continue
            at = verb.idx
            date = next((d for d in own_dates(s, verb, causes) if d.char_start + s.offset > at), None)
            date = date or s.opening_date()
            span = _clause(s, [verb, noun, *causes])
            for state in states:
                out.append(_membership(s, "parse_resulted_in", state, orgs[0], role, date, span))
                if date is not None and role == "member":
                    out.append(_event(s, "parse_resulted_in", orgs[0], "joined_by", date, span, state))
    return out


def _cause_states(s: Sentence, cause) -> list[str]:
    """The state whose act the cause is ('the Turkish application', 'Bulgaria's talks'), or the state it names."""
    if cause.lemma_.lower() in ACT_NOUNS:
        return _states(s, cause)
    return [x for t in _children(cause, "poss", "amod", "compound") for x in _noun_entities(s, t, ("state",))]


def _cause_orgs(s: Sentence, cause) -> list[str]:
    """The organisation the cause's words name ('the application to join the EEC', 'talks with the EU')."""
    named = _orgs(s, cause) if cause.lemma_.lower() in ACT_NOUNS else []
    return named or [o for t in _prep_objects(cause, "with", "to") for o in _organizations(s, t)]


def _orgs_of(s: Sentence, noun) -> list[str]:
    """The organisation the membership noun itself names: 'membership of the EU', 'NATO membership'."""
    heads = _prep_objects(noun, "of", "in", "to", "into") + _children(noun, "compound")
    return list(dict.fromkeys(o for t in heads for o in _noun_entities(s, t, ("organization",))))


def _named_before(s: Sentence, verb) -> list[str]:
    """The one state the sentence names before the verb, else the one the previous sentence names ('Estonia
    applied to the EU in 1995; the application resulted in …')."""
    found = (s.state_of_entity(m.entity_id) for m in s.states(0, verb.idx - s.offset))
    named = list(dict.fromkeys(x for x in found if x))
    if len(named) == 1:
        return named
    return list(s.previous_states) if not named and len(s.previous_states) == 1 else []


def delayed(s: Sentence) -> list:
    """'forced Turkey to delay applying for full membership of the European Community until 1987', 'put off
    joining the WTO until 2012': the act was done on the date the delay runs to."""
    out: list[Candidate] = []
    for verb in _verbs(s, DELAY):
        if verb.lemma_.lower() == "put" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            continue
        for act in [c for c in verb.children if c.dep_ in ("xcomp", "dobj", "advcl", "pcomp") and c.tag_ == "VBG"]:
            role = DELAYED_ACTS.get(act.lemma_.lower())
            until = _prep_objects(verb, "until", "till") + _prep_objects(act, "until", "till")
            edges = [(t.left_edge.idx - s.offset, t.right_edge.idx + len(t.right_edge) - s.offset) for t in until]
            dates = [d for a, b in edges for d in s.dates_in(a, b)]
            if role is None or not dates or _negated(verb):
                continue
            actors = _actors(verb)
            states = [x for t in actors for x in _noun_entities(s, t, ("state",))]
            orgs = _delayed_orgs(s, act) or talked_about_ids(s)
            if not states or not orgs:
                continue
            span = _clause(s, [verb, act, *actors, *until])
            out += [_membership(s, "parse_delayed", st, orgs[0], role, dates[0], span) for st in states]
            if role == "member":
                out += [_event(s, "parse_delayed", orgs[0], "joined_by", dates[0], span, st) for st in states]
    return out


def _actors(verb) -> list:
    """Whose act is delayed: the verb's subject, or the object of the verb that made it delay ('forced Turkey to
    delay', 'led Moldova to put off')."""
    own = _children(verb, "nsubj", "nsubjpass")
    if own:
        return own
    if verb.dep_ == "xcomp" and _children(verb.head, "dobj"):
        return _children(verb.head, "dobj")
    return _subjects(verb)


def _delayed_orgs(s: Sentence, act) -> list[str]:
    """What the delayed act is on: 'applying for membership of the EC', 'joining the WTO', 'acceding to'."""
    heads = _children(act, "dobj") + _prep_objects(act, "to", "for")
    named = [o for t in heads if t.lemma_.lower() not in ENTRY for o in _noun_entities(s, t, ("organization",))]
    return list(dict.fromkeys(named + [o for t in heads if t.lemma_.lower() in ENTRY for o in _orgs_of(s, t)]))


RULES = [resulted_in, delayed]
