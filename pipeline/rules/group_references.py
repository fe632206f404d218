"""A second pass over one source's candidates: an organisation's members named as a group become the states.

Why: the genre names the signers of a multilateral act by their organisation: "the member countries of the
Organization of Turkic States signed an agreement", "the Heads of States signed the Baku Declaration" (in the
account of the organisation's summit), "all CSTO members", "the six member states". The sentence rules can
only give the organisation as the party; the codebook wants the member states, where the text makes them
certain. Who the members are is a document-level question: the source's own membership statements, read before
any fact is published, up to the fact's date. So this pass runs once a source's sentences are all read.

The rule, stated once: a candidate whose only party is an organisation, in a sentence whose acting noun is a
group of that organisation's members (a plural member noun as the signing verb's subject or agent), gets as parties
the states the same source states to be members or founders of the organisation (not a planned or proposed
membership), whose membership began by the fact's date (an undated one counts: the source states it without a
date), less those it states to have left by then (a withdrawal it leaves undated makes a dated fact's members
uncertain: no resolution). Fewer than two such states, or a number in the phrase ('the six member states') that
the count contradicts: the candidate stays as it is. A membership rule that reads such a group as its state ('All
the ECO states are also member-states of the OIC') writes a placeholder (`PLACEHOLDER`), which this pass expands
into one membership per member the same way, or drops. A rewritten candidate's rule id gains `GROUP_RESOLUTION`, so
the evidence says how its actors were found and `s5_actor_references` points each to its membership statement.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.rules.back_references import _count
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import _entity, _prep_objects
from schemas.evidence import GROUP_RESOLUTION

MEMBER_WORDS = {"members", "countries", "states", "nations", "republics"}
LEADER_WORDS = {"heads", "leaders", "presidents"}
"""Plural nouns naming members or their leaders, read as words: the tagger takes 'the Heads of States' for a name."""
SIGNING = {"sign", "conclude", "adopt", "approve", "ink", "agree", "reach", "issue", "ratify", "endorse", "initial"}
"""Verbs of which the members are the signers: 'SCO members jointly requested …' in a declaration's account
makes the members the requesters, not the declaration's parties."""
FOUNDING_ROLES = {"member", "founder"}
GROUP_WORDS = {"member", "participating"}
"""Words that make 'states' an organisation's membership: 'the member states', 'all participating states'."""


PLACEHOLDER = "members:"
"""A rule that reads a group of an organisation's members as a fact's state ('All the ECO states are also
member-states of the OIC') writes `members:<organisation>` there; this pass makes one fact per member, or drops the
fact where the members are not certain (as if the rule had found no state)."""


def resolve(candidates: list[Candidate]) -> list[tuple[int, Candidate]]:
    """The candidates of a run (any number of sources, each in text order), with group parties resolved and
    placeholders expanded, each with the index of the candidate it comes from."""
    members = _membership_statements(candidates)
    out = []
    for i, c in enumerate(candidates):
        statements = members.get(c.sentence.source_id, []) if c.sentence else []
        out += [(i, x) for x in (_expanded(c, statements) if _placeholder(c) else _resolved(c, statements))]
    return out


def _placeholder(c: Candidate) -> str | None:
    """The organisation whose members the candidate's state stands for, or None."""
    state = c.get("state_id")
    return state.removeprefix(PLACEHOLDER) if isinstance(state, str) and state.startswith(PLACEHOLDER) else None


def _expanded(c: Candidate, statements: list) -> list[Candidate]:
    """One candidate per member state of the placeholder's organisation at the candidate's date; none where they
    are uncertain or fewer than two."""
    states = members_at(statements, _placeholder(c) or "", c.get("date_end"))
    if not states or len(states) < 2:
        return []
    fields = dict(c.fields)
    return [
        replace(c, fields=tuple(sorted({**fields, "state_id": state}.items())), rule_id=c.rule_id + GROUP_RESOLUTION)
        for state in states
    ]


def group_organization(s: Sentence, token) -> str | None:
    """The organisation whose members a plural noun names by its name: 'All the ECO states', 'CSTO members', 'the
    member states of the CIS' (not 'the member states' alone, nor a group that also names a state)."""
    if token.lower_ not in MEMBER_WORDS:
        return None
    own = [c for c in token.children if c.dep_ in ("compound", "nmod", "amod")] + _prep_objects(token, "of")
    named = [m for x in own for m in [_entity(s, x)] if m]
    orgs = {m.entity_id for m in named if m.entity_type == "organization"}
    modified = token.lower_ == "members" or any(c.dep_ == "compound" for c in token.children)  # 'the ECO states'
    if len(orgs) != 1 or len(named) != len(orgs) or not modified:
        return None
    return orgs.pop()


def _membership_statements(candidates: list[Candidate]) -> dict[str, list[tuple[str, str, str, str | None]]]:
    """source -> [(organisation, state, role, start date)] of every stated (not planned) membership or withdrawal."""
    out: dict[str, list] = {}
    for c in candidates:
        if c.fact_type != "membership" or c.sentence is None or c.get("modality") is not None:
            continue
        stated = c.get("state_id") and c.get("organization_id") and not _placeholder(c)
        if c.get("role") in FOUNDING_ROLES | {"withdrew"} and stated:
            out.setdefault(c.sentence.source_id, []).append(
                (c.get("organization_id"), c.get("state_id"), c.get("role"), c.get("date_start"))
            )
    return out


def members_at(statements: list, organization: str, end: str | None) -> list[str] | None:
    """The states the statements make members of the organisation on the date `end` (ISO), or now (None); None
    where who was a member at that date is uncertain: a state is stated to have left, but not when ('Former
    members … were Azerbaijan, Georgia and Uzbekistan')."""
    joined: dict[str, list[str | None]] = {}
    left: dict[str, list[str | None]] = {}
    for org, state, role, start in statements:
        if org == organization and (end is None or start is None or start <= end):
            (left if role == "withdrew" else joined).setdefault(state, []).append(start)
    if end is not None and any(None in leaves for leaves in left.values()):
        return None
    out = []
    for state, starts in joined.items():
        leaves = left.get(state, [])
        if None in leaves:
            continue  # a former member, at no stated date: not one now
        last_join = max((d for d in starts if d), default=None)
        if leaves and (last_join is None or last_join <= max(d for d in leaves if d)):
            continue  # left by then, and not stated to have come back
        out.append(state)
    return sorted(out)


def _resolved(c: Candidate, statements: list) -> list[Candidate]:
    """The candidate with its members' group as the member states. Where the whole membership is not certain (unknown
    at the date, a count that disagrees) the organisation stays, standing for its members as the reference annotations
    write it ('the member states approved a declaration': the CSTO); a group that is only part of the members ('Most
    members of the African Union signed') is neither its members nor the organisation: no candidate."""
    parties = c.get("parties")
    if (
        c.sentence is None
        or c.fact_type != "agreement"
        or not parties
        or len(parties) != 1
        or not parties[0].startswith("org:")
    ):
        return [c]
    group = _member_group(c.sentence, parties[0])
    if group is None:
        return [c]
    if _partial(group):
        return []
    states = members_at(statements, parties[0], c.get("date_end"))
    number = _count(group)
    if not states or len(states) < 2 or (number is not None and number != len(states)):
        return [c]
    fields = dict(c.fields)
    fields["parties"] = tuple(states)
    return [replace(c, fields=tuple(sorted(fields.items())), rule_id=c.rule_id + GROUP_RESOLUTION)]


PARTIAL = {"most", "many", "several", "some", "few", "half", "other"}
"""Words that make a group part of a membership ('most members', 'several member states', 'some of the members')."""


def _partial(group) -> bool:
    return any(c.lower_ in PARTIAL for c in group.children) or (
        group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.lower_ in PARTIAL
    )


def _member_group(s: Sentence, organization: str):
    """The acting noun of the sentence that names the organisation's members as a group ('the member countries of
    the OTS', 'all CSTO members', 'the ECO states', 'the Heads of States'), or None. A group naming another
    organisation, or a state, is not this one's."""
    for t in s.tokens or ():
        word = t.lower_
        if word not in MEMBER_WORDS | LEADER_WORDS:
            continue
        verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "agent" else t.head
        if t.dep_ not in ("nsubj", "nsubjpass", "pobj") or verb.lemma_.lower() not in SIGNING:
            continue
        words = [x for x in t.subtree if x.i != t.i]
        named = {m.entity_id for x in words for m in [_entity(s, x)] if m}
        if named - {organization} or (organization not in named and not _talked_about(s, organization)):
            continue
        if word in LEADER_WORDS:
            if organization in named or any(o.lower_ in MEMBER_WORDS for o in _prep_objects(t, "of")):
                return t
        elif word == "members" or organization in named or any(c.lower_ in GROUP_WORDS for c in t.children):
            return t
    return None


def _talked_about(s: Sentence, organization: str) -> bool:
    """The organisation is what the source or the paragraph is about: an unnamed group ('the Heads of States')
    is its members."""
    return organization in (s.subject_organization, *s.paragraph_organizations[:1])
