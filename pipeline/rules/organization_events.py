"""Organisation event rules: founded, renamed, merged_into, inaugurated, entered_into_force; `_event` makes the
candidates of every surface organisation event rule. The meetings it held are organization_meetings'; its side of
a chairmanship, accession, withdrawal or observer status, organization_member_events'.

Each rule is a function `(Sentence) -> list[Candidate]`; its id is 'organization_event.<name>'.
"""

from __future__ import annotations

import re

from pipeline.rules import event_guards, stance
from pipeline.rules.context import Sentence
from pipeline.rules.other_events import clause_date
from pipeline.rules.patterns import (
    FOUNDING_VERBS,
    IN_FORCE,
    objects,
    org_before,
    organizations_in,
    outgrowths,
    unnamed_bodies,
)
from pipeline.text.dates import date_fields

FOUNDED_PASSIVE = re.compile(
    r"\b(?:was|were)?\s*(?:formally |originally |first |also )?(?:established|founded|"
    r"[Ll]aunched|created|set up|initiated)\b(?!\s+(?:the|a|an|its|itself)\b)"
)
FOUNDED_ACTIVE = re.compile(rf"\b(?:{FOUNDING_VERBS}|creating|to establish|to create)\b")
INTENDED = re.compile(
    r"\b(?:agree\w*|agreement|decid\w*|decision|plan\w*|propos\w*|aim\w*|intend\w*)\s+(?:to\s+)?$", re.I
)
"""A founding verb after 'agreed to', 'an agreement to', 'decided to' ('signed an agreement to create a
Customs Union') states an intention: the body is founded later, if at all. The parse finds the
intentions a character window misses ('setting a target of establishing'; see stance.framed)."""
MODIFIER = re.compile(
    r"\s+(?!(?:and|or|in|of|on|with|by|to|for|at|as|was|were|is|are|has|had|which|that|"
    r"from|under|between|among|after|before|during|since|the)\b)[A-Za-z]"
)
"""An organisation's name followed by a noun modifies it: 'a CSTO peacekeeping force', 'ECO Reinsurance
Company' name other bodies, not the organisation."""
TRANSFORMED = re.compile(
    r"\b(?:now becoming|transformed into|becoming(?!\s+(?:an?\s+|the\s+\w+\s+)?(?:observer|member|party|chair|"
    r"partner|candidate|applicant|host)s?\b)|morphed into)\b"
)
"""A body that becomes another ('now becoming the Central Asia Co-operation Organization'); a state or
body 'becoming an observer to the EAEU' takes a role, it founds nothing."""
RENAMED = re.compile(r"\b(?:later )?renamed\b")
MERGED = re.compile(r"\b(?:merged (?:with|into)|(?:was )?subsumed (?:under|into))\b")
MERGER_OF = re.compile(r"\bmerger of\b")
INAUGURATED = re.compile(r"\b(?:was )?[Ii]naugurated\b")
"""An organisation inaugurated; its 'inaugural summit meeting' is a summit it held (summit_hosted)."""
OBJECT_GAP_CHARS = 5
"""'establishing the Eurasian Economic Union': the organisation follows the verb at once (' the ');
'to establish a single economic space, underpinned by a Customs Union' does not found the union."""
FUTURE = re.compile(r"\bto be\s*$")
SUBJECT_GAP = re.compile(r"^\s*(?:\([^)]*\))?\s*(?:,\s*which\s*)?$")
"""Between an organisation and a passive verb only an acronym in brackets or ', which' may stand:
'The OIC was established', 'the Eurasian Economic Community, which was formally launched'."""
FOUNDING_GAP = re.compile(r"^\s*(?:\([^)]*\))?\s*,?\s*(?:which\s*)?$")
"""A founding verb may also follow its organisation after a bare comma: '… (CSTO), originally
established by the Tashkent Declaration of 1992'."""


def _event(s: Sentence, rule: str, org: str, event: str, date, counterpart=None, state=None, modality=None):
    """An event candidate; `date` is a date mention, or a dict of date fields taken from another fact."""
    dates = date if isinstance(date, dict) else date_fields(date)
    return s.candidate(
        "organization_event",
        f"organization_event.{rule}",
        organization_id=org,
        event_type=event,
        counterpart_organization_id=counterpart,
        state_id=state,
        modality=modality,
        **dates,
    )


def _subject_org(s: Sentence, position: int, gap: re.Pattern = SUBJECT_GAP, verb=None) -> str | None:
    """The organisation that is the subject of a passive verb at `position`, or the previous
    sentence's first organisation when the verb opens the sentence ('Launched by …, it …'). Where the
    parse shows the verb's subject (`verb`, its token) to be another noun, the organisation only modifies
    it ('A single market for the Eurasian Economic Community came into effect'): None."""
    before = [
        o
        for o in organizations_in(s, 0, position)
        if gap.match(s.text[o.char_end : position]) and stance.names_subject(s, o, verb)
    ]
    if before:
        return before[-1].entity_id
    if not s.text[:position].strip() and s.previous_organizations:
        return s.previous_organizations[0]
    return None


def _participle(token) -> bool:
    """A founding verb that hangs on a noun or a clause with no subject or auxiliary of its own ('the AIFC
    Green Finance Centre established to develop …'), which the parser labels acl or advcl."""
    return token.dep_ in ("acl", "advcl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in token.children
    )


def _own_date(s: Sentence, token) -> bool:
    """True where a date stands in the words the participle governs ('established on 30 June 2020')."""
    start = token.left_edge.idx - s.offset
    end = token.right_edge.idx + len(token.right_edge) - s.offset
    return bool(s.dates_in(start, end, include_asides=True))


def founded(s: Sentence) -> list:
    """'The OIC was established in September 1969', 'a treaty formally establishing the Eurasian
    Economic Union', 'now becoming the Central Asia Co-operation Organization (CACO)'."""
    out = []
    for m in FOUNDED_PASSIVE.finditer(s.text):
        token = stance.trigger_token(s, m.start(), m.end())
        if token is not None and (stance.states_no_fact(token) or any(c.dep_ == "dobj" for c in token.children)):
            continue  # 'In 1997, FAO launched TeleFood': an active verb with its object founds the object
        if token is not None and _participle(token) and not _own_date(s, token):
            continue  # 'the AIFC Green Finance Centre established to develop …': a description, undated
        org = _subject_org(s, m.start(), FOUNDING_GAP, token)
        if org:
            out.append(_event(s, "founded", org, "founded", clause_date(s, m.end())))
    for m in FOUNDED_ACTIVE.finditer(s.text):
        named = organizations_in(s, m.end(), min(len(s.text), m.end() + OBJECT_GAP_CHARS + 120))
        if (
            named
            and named[0].char_start - m.end() <= OBJECT_GAP_CHARS
            and not INTENDED.search(s.text[: m.start()])
            and not stance.framed(s, m.start(), m.end())
            and not MODIFIER.match(s.text, named[0].char_end)
        ):
            out.append(_event(s, "founded_by", named[0].entity_id, "founded", clause_date(s, m.end())))
    for m in TRANSFORMED.finditer(s.text):
        for org in objects(s, m.end())[:1]:
            if "morphed" not in m.group() and event_guards.becomes(s, m, org):
                out.append(_event(s, "founded_by_transformation", org, "founded", clause_date(s, m.end())))
    return out


def grown_out_of(s: Sentence) -> list:
    """'ECO was the outcome of a series of previous alliances between Iran, Pakistan and Turkey': the
    organisation's founding, dated only where the sentence dates it."""
    return [_event(s, "grown_out_of", org, "founded", clause_date(s, m.end())) for m, org, _ in outgrowths(s)]


def founded_unnamed(s: Sentence) -> list:
    """'In July 1994 Kazakhstan, Uzbekistan and Kyrgyzstan, later joined by Tajikistan, created an
    embryonic economic and defence union. This alliance, later renamed the Central Asian Economic
    Union, …': the body named in the next sentence was founded then. The fact is quoted in both
    sentences."""
    out = []
    for m, org, (start, end) in unnamed_bodies(s):
        assert s.following is not None, "unnamed_bodies finds the name in the next sentence"
        dates = date_fields(clause_date(s, m.start()))
        for where, a, b in ((s, 0, None), (s.following, start, end)):
            out.append(
                where.candidate(
                    "organization_event",
                    "organization_event.founded_unnamed",
                    a,
                    b,
                    organization_id=org,
                    event_type="founded",
                    counterpart_organization_id=None,
                    state_id=None,
                    modality=None,
                    **dates,
                )
            )
    return out


def renamed(s: Sentence) -> list:
    """'This alliance, later renamed the Central Asian Economic Union, …'; 'the group, which was
    simultaneously transformed into an international organization, entitled the Shanghai Co-operation
    Organization' (the Shanghai Five renamed the SCO); 'a Eurasian Customs Union in 2010, later morphed
    into the Eurasian Economic Union'. A new name of the same organisation has no counterpart."""
    out = [
        _event(s, "renamed", org, "renamed", event_guards.renaming_date(s, m))
        for m in RENAMED.finditer(s.text)
        for org in objects(s, m.end())[:1]
    ]
    for m in TRANSFORMED.finditer(s.text):
        new = objects(s, m.end())[:1]
        if not new or not event_guards.becomes(s, m, new[0]):
            continue
        old = org_before(s, m.start()) or new[0]
        out.append(
            _event(s, "renamed", old, "renamed", clause_date(s, m.end()), counterpart=new[0] if old != new[0] else None)
        )
    return out


def merged(s: Sentence) -> list:
    """'CACO merged with the Eurasian Economic Community', 'the merger of CACO and EURASEC'."""
    out = []
    for m in MERGED.finditer(s.text):
        org = _subject_org(s, m.start()) or next((o.entity_id for o in reversed(s.organizations(0, m.start()))), None)
        into = objects(s, m.end())[:1]
        if org and into and org != into[0]:
            out.append(_event(s, "merged", org, "merged_into", clause_date(s, m.end()), counterpart=into[0]))
    for m in MERGER_OF.finditer(s.text):
        orgs = [o.entity_id for o in s.organizations(m.end(), min(len(s.text), m.end() + 60))]
        if len(orgs) >= 2 and orgs[0] != orgs[1]:
            close = s.text.find(")", m.end())
            date = clause_date(s, m.end(), close if close > 0 else None)
            out.append(_event(s, "merger_of", orgs[0], "merged_into", date, counterpart=orgs[1]))
    return out


def inaugurated(s: Sentence) -> list:
    """'The Customs Union was inaugurated in 2010', 'Inaugurated in 2003, it brings together …'."""
    out = []
    for m in INAUGURATED.finditer(s.text):
        if FUTURE.search(s.text[: m.start()]):
            continue
        org = _subject_org(s, m.start(), verb=stance.trigger_token(s, m.start(), m.end()))
        if org:
            out.append(_event(s, "inaugurated", org, "inaugurated", clause_date(s, m.end())))
    return out


PLANNED_INAUGURAL = re.compile(r"\binaugural (?:summit |meeting|session|congress)\w*\s+(?:is |was )?to be held in\b")


def planned_inauguration(s: Sentence) -> list:
    """'an agreement to establish the Cooperation Council of Turkic-Speaking Countries (CCTC), with the
    inaugural meeting to be held in Kazakhstan in 2011': a planned inauguration in the state named."""
    out = []
    for m in PLANNED_INAUGURAL.finditer(s.text):
        orgs = organizations_in(s, 0, m.start())
        hosts = [
            s.state_of_entity(x.entity_id)
            for x in s.entities
            if m.end() <= x.char_start < m.end() + 30 and x.entity_type in ("state", "place")
        ]
        state = next((h for h in hosts if h), None)
        if orgs:
            out.append(
                _event(
                    s,
                    "planned_inauguration",
                    orgs[-1].entity_id,
                    "inaugurated",
                    clause_date(s, m.end()),
                    state=state,
                    modality="planned",
                )
            )
    return out


def entered_into_force(s: Sentence) -> list:
    """'It entered into force on 1 January 2015' (it: the organisation of the previous sentence, whose founding
    instrument that sentence names)."""
    out = []
    for m in IN_FORCE.finditer(s.text):
        org = _subject_org(s, m.start(), verb=stance.trigger_token(s, m.start(), m.end())) or event_guards.it_founded(s)
        if org:
            out.append(_event(s, "entered_into_force", org, "entered_into_force", clause_date(s, m.end())))
    return out


RULES = [
    founded,
    founded_unnamed,
    grown_out_of,
    renamed,
    merged,
    inaugurated,
    planned_inauguration,
    entered_into_force,
]
