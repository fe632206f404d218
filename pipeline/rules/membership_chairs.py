"""Chairmanship rules over the surface text: 'assumed the chairmanship of the OSCE', 'headed the SCO in
2004-2005, and in 2010-2011', 'The Minsk Group is co-chaired by Russia, France, and the United States'
(role chair; `organization_member_events.chaired` gives the organisation's side).

Why a module of its own: a chairmanship has its own readings (one fact per term, a passive agent of several
states, a verb that heads another noun) that the accession rules in `memberships` never need.
"""

from __future__ import annotations

import re

from pipeline.rules import parsed_chairs, stance
from pipeline.rules.context import Sentence
from pipeline.rules.membership_triggers import ANY_TRIGGER, CHAIR, _membership, modifier, nested
from pipeline.rules.parsed import _conjuncts
from pipeline.rules.patterns import object_region, objects, subject_state


def chaired(s: Sentence) -> list:
    """'assumed the chairmanship of the OSCE', 'headed the SCO in 2004-2005, and in 2010-2011':
    one fact per term; an organisation named before the verb counts when none follows it."""
    out = []
    for m in CHAIR.finditer(s.text):
        if s.text[max(0, m.start() - 4) : m.start()].strip().lower() in {"its", "his"}:
            continue
        token = stance.trigger_token(s, m.start(), m.end())
        if token is not None and (stance.states_no_fact(token) or (m.group() in VERB_SENSE and token.pos_ != "VERB")):
            continue  # 'under the heading "…"' is a title, not a chairmanship
        if token is not None and m.group() in VERB_SENSE and parsed_chairs.heads_another_noun(token):
            continue
        by = BY_AGENT.match(s.text, m.end())
        if by:
            out += _chaired_by(s, m, by.end())
            continue
        region = object_region(s, m.end(), ANY_TRIGGER)[1]
        parts = {  # 'the CIS Council of …', 'the Council of Foreign Ministers of the CSTO': a sub-body's
            o.entity_id for o in s.organizations(m.end(), region) if modifier(s, o) or nested(s, o, token)
        }
        orgs = [o for o in objects(s, m.end(), ANY_TRIGGER) if o not in parts][:1]
        if not orgs and not parts:
            orgs = [o.entity_id for o in s.organizations(s.clause(m.start())[0], m.start())][-1:]
        terms = s.dates_in(m.end(), object_region(s, m.end(), ANY_TRIGGER)[1], include_asides=True) or [
            s.date_for(m.end()) or s.coordinated_date(m.start())
        ]
        for org in orgs:
            out += [_membership(s, "chaired", subject_state(s, m.start()), org, "chair", d) for d in terms]
    return out


VERB_SENSE = {"heading", "headed", "chaired", "chairs", "presided over", "presides over"}
"""Trigger words that chair only as verbs."""
BY_AGENT = re.compile(r"\s+by\b")


def _chaired_by(s: Sentence, m: re.Match, start: int) -> list:
    """'The Minsk Group is co-chaired by Russia, France, and the United States': every state of the passive
    agent chairs the organisation before the verb; an agent of no known state ('co-chaired by Tim Cejka,
    President of ExxonMobil') gives no fact, and a future one ('to be chaired by') is planned."""
    token = stance.trigger_token(s, m.start(), m.end())
    if token is not None and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in parsed_chairs.GATHERINGS for c in token.children
    ):
        return []  # 'the meeting was chaired by …': parsed_chairs.meeting_chaired reads it, dated by the narrative
    _, end = object_region(s, start, ANY_TRIGGER)
    agents, last = _agents(s, m), end
    if agents is not None:  # 'co-chaired by Russia, France, and the United States and has representation from …'
        last = max((t.idx + len(t) - s.offset for t in agents), default=start)
    states = [st.entity_id for st in s.states(start, last)] or [
        x for p in s.persons(start, last)[:1] for x in [s.state_of_entity(p.entity_id)] if x
    ]
    orgs = [o.entity_id for o in s.organizations(s.clause(m.start())[0], m.start())][-1:]
    if not orgs and re.match(r"^\s*(?:it|the \w+) (?:is|was|has been) (?:co-)?$", s.text[: m.start()], re.I):
        orgs = list(s.previous_organizations[:1])
    modality = "planned" if re.search(r"\bto be (?:co-)?$", s.text[: m.start()]) else None
    date = s.date_for(m.end(), end)
    return [_membership(s, "chaired", st, org, "chair", date, modality) for org in orgs for st in dict.fromkeys(states)]


def _agents(s: Sentence, m: re.Match):
    """The words of the passive agent of the trigger ('by Russia, France, and the United States'), or None
    without a parse."""
    token = stance.trigger_token(s, m.start(), m.end())
    if token is None:
        return None
    objects = [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    # 'by Sri Lanka, France, and the United States': the parser may string the list as appositions
    return [w for o in objects for c in _conjuncts(o) for w in c.subtree if w.i <= max(x.i for x in _conjuncts(o))]
