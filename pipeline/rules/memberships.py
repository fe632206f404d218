"""Membership rules: a state's role in an organisation (member, founder, applicant, observer,
dialogue partner, chair, withdrew), with its start date and any hedge.

Each rule is a function `(Sentence) -> list[Candidate]`; its id is 'membership.<name>'.
"""

from __future__ import annotations

import re

from pipeline.rules import stance
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.patterns import (
    FOUNDING_VERBS,
    JOINED_LATER,
    group_members,
    hedged,
    object_region,
    objects,
    org_before,
    outgrowths,
    subject_state,
    unnamed_bodies,
)
from pipeline.text.dates import date_fields

JOIN = re.compile(
    r"\b(?:joined(?!\s+(?:by|with)\b)|joining|acceded to|(?:was |being )?admitted to|admission to|"
    r"became (?:a )?member of|(?:was )?(?:formally )?accepted as a member of|obtained a seat at|"
    r"(?:is|was) a member of|(?:its|their|[A-Z]\w+[’']s) membership (?:of|in))\b"
)
APPLY = re.compile(r"\bapplied for membership (?:of|in)\b")
BID = re.compile(
    r"\b(?:bid for|campaigns? aimed at securing|seeking|securing) (?:a |an )?"
    r"(?:rotating |non-permanent )?seat (?:at|on|in)\b"
)
FOUNDER = re.compile(r"\b(?:one of the )?found(?:er|ing) members? of\b")
CHAIR = re.compile(
    r"\b(?:assumed (?:the )?chairmanship of|elected to chair|took over the|headed|heading|chaired|"
    r"the chairmanship of)\b"
)
WITHDREW = re.compile(r"\bwithdrew\b")
WITHDREW_FROM = re.compile(r"\s+from\b")
ANY_TRIGGER = re.compile("|".join(p.pattern for p in (JOIN, APPLY, BID, FOUNDER, CHAIR, WITHDREW)))
ROLE_GROUP = re.compile(r"(?:full )?(?P<role>Members|[‘'“]?Observers[’'”]?|[‘'“]?Dialogue Partners[’'”]?)\s*\(")
ROLE_BY_HEADER = {"members": "member", "observers": "observer", "dialogue partners": "dialogue_partner"}
GROUP_SPLIT = re.compile(r",?\s+and\s+(?=since\b|from\b)|,\s+and\s+")


def _membership(s: Sentence, rule: str, state: str | None, org: str, role: str, date, modality=None):
    return s.candidate(
        "membership",
        f"membership.{rule}",
        state_id=state,
        organization_id=org,
        role=role,
        modality=modality,
        **date_fields(date),
    )


JOINED_TO_FOUND = re.compile(r"\s+(?:forces\s+)?to\s+(?:form|create|establish|found|set up)\b")
"""'Iran, Pakistan and Turkey joined to form the ECO': a founding (parse_joined reads it), not an accession."""
RESPECTIVELY = re.compile(r"\brespectively\b")
AS_OBSERVER = re.compile(r"\bas an? (?:observer|[‘'“]observer)\b")


def joined(s: Sentence) -> list:
    """'Kazakhstan joined the OIC in 1995', 'it acceded to … the CIS; the OIC; …', 'Russia joined it';
    a hedged join ('campaigns aimed at … joining the OECD') is a candidacy, modality bid; one the parse
    shows intended ('would join', 'decided to join') planned, possible ('could join') a candidacy; a
    negated or hypothetical one ('does not intend to join', 'If Iran joined') none. 'admitted … as an
    observer member' is role observer. An organisation named only as a modifier ('joined a CSTO
    meeting', "NATO's Partnership for Peace") is not the one joined."""
    out = []
    for m in JOIN.finditer(s.text):
        token = stance.trigger_token(s, m.start(), m.end())
        if stance.states_no_fact(token) or JOINED_TO_FOUND.match(s.text, m.end()):
            continue
        if token is not None and RESPECTIVELY.search(s.text, m.end()):
            continue  # 'A and B joined … in 2009 and 2010 respectively': parse_joined pairs them
        owner = [st.entity_id for st in s.states(m.start(), m.end())]  # "Ukraine's membership in the WTO"
        state = owner[0] if owner else subject_state(s, m.start())
        modality = "bid" if hedged(s, m.start()) else (stance.intended(token) if token is not None else None)
        role = "candidate" if modality in ("bid", "proposed") else "member"
        _, end = object_region(s, m.end(), ANY_TRIGGER)
        if role == "member" and AS_OBSERVER.search(s.text, m.end(), end):
            role = "observer"
        date = _date(s, m) if modality != "planned" else next(iter(s.dates_in(m.end(), end)), None)  # parsed._date
        modifiers = {o.entity_id for o in s.organizations(m.end(), end) if stance.modifies_another_noun(s, o)}
        for org in objects(s, m.end(), ANY_TRIGGER):
            if org not in modifiers:
                out.append(_membership(s, "joined", state, org, role, date, modality))
    return out


def _date(s: Sentence, m: re.Match):
    """The date of a membership verb: within its object list, else before it (see Sentence.date_for)."""
    return s.date_for(m.end(), object_region(s, m.end(), ANY_TRIGGER)[1])


def applied(s: Sentence) -> list:
    """'applied for membership of the World Trade Organization (WTO)'."""
    return [
        _membership(s, "applied", subject_state(s, m.start()), org, "applicant", _date(s, m))
        for m in APPLY.finditer(s.text)
        for org in objects(s, m.end(), ANY_TRIGGER)
    ]


def seat_bid(s: Sentence) -> list:
    """'launched a bid for a rotating seat at the United Nations Security Council': a candidate, modality bid."""
    return [
        _membership(s, "seat_bid", subject_state(s, m.start()), org, "candidate", _date(s, m), "bid")
        for m in BID.finditer(s.text)
        for org in objects(s, m.end(), ANY_TRIGGER)
    ]


def founder(s: Sentence) -> list:
    """'one of the founder members of the … CSTO, originally established by the Tashkent Declaration of 1992'."""
    out = []
    for m in FOUNDER.finditer(s.text):
        found = objects(s, m.end(), ANY_TRIGGER)[:1]
        out += [_membership(s, "founder", subject_state(s, m.start()), org, "founder", _date(s, m)) for org in found]
    return out


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
        by = BY_AGENT.match(s.text, m.end())
        if by:
            out += _chaired_by(s, m, by.end())
            continue
        orgs = objects(s, m.end(), ANY_TRIGGER)[:1]
        if not orgs:
            orgs = [o.entity_id for o in s.organizations(s.clause(m.start())[0], m.start())][-1:]
        terms = s.dates_in(m.end(), object_region(s, m.end(), ANY_TRIGGER)[1], include_asides=True) or [
            s.date_for(m.end()) or s.coordinated_date(m.start())
        ]
        for org in orgs:
            out += [_membership(s, "chaired", subject_state(s, m.start()), org, "chair", d) for d in terms]
    return out


VERB_SENSE = {"heading", "headed", "chaired"}
"""Trigger words that chair only as verbs."""
BY_AGENT = re.compile(r"\s+by\b")


def _chaired_by(s: Sentence, m: re.Match, start: int) -> list:
    """'The Minsk Group is co-chaired by Russia, France, and the United States': every state of the passive
    agent chairs the organisation before the verb; an agent of no known state ('co-chaired by Tim Cejka,
    President of ExxonMobil') gives no fact, and a future one ('to be chaired by') is planned."""
    _, end = object_region(s, start, ANY_TRIGGER)
    states = [st.entity_id for st in s.states(start, end)] or [
        x for p in s.persons(start, end)[:1] for x in [s.state_of_entity(p.entity_id)] if x
    ]
    orgs = [o.entity_id for o in s.organizations(s.clause(m.start())[0], m.start())][-1:]
    if not orgs and re.match(r"^\s*(?:it|the \w+) (?:is|was|has been) (?:co-)?$", s.text[: m.start()], re.I):
        orgs = list(s.previous_organizations[:1])
    modality = "planned" if re.search(r"\bto be (?:co-)?$", s.text[: m.start()]) else None
    date = s.date_for(m.end(), end)
    return [_membership(s, "chaired", st, org, "chair", date, modality) for org in orgs for st in dict.fromkeys(states)]


def withdrew(s: Sentence) -> list:
    """'In 2005 Uzbekistan joined EURASEC …, but withdrew three years later'; 'Uzbekistan withdrew from
    the CSTO in 2012'."""
    out = []
    for m in WITHDREW.finditer(s.text):
        source = WITHDREW_FROM.match(s.text, m.end())
        if source:
            named = objects(s, source.end(), ANY_TRIGGER)[:1]
            org = named[0] if named else None  # 'withdrew from' a body the dictionaries lack: no fact
        else:
            org = _withdrawn_from(s, m.start())
        if org:
            out.append(_membership(s, "withdrew", subject_state(s, m.start()), org, "withdrew", _date(s, m)))
    return out


GENERIC_BODY = re.compile(r"\b(?:it|the (?:organi[sz]ation|community|union|bloc|group|alliance|bank))\b", re.I)
INSTRUMENT = re.compile(r"\b(?:Treaty|Agreement|Convention|Charter|Protocol)\b")


def _withdrawn_from(s: Sentence, position: int) -> str | None:
    """What a bare 'withdrew' leaves: the first organisation named before it; else, where the sentence
    points to a body ('joined the community …, but later withdrew'), the organisation the source is about;
    else nothing where a treaty is being talked about ('joined in 1994 and ratified the Treaty, but Georgia
    withdrew in 2009': from the treaty); else the previous sentence's first organisation."""
    before = s.organizations(0, position)
    if before:
        return before[0].entity_id
    if GENERIC_BODY.search(s.text, 0, position) and s.subject_organization:
        return s.subject_organization
    if INSTRUMENT.search(s.text) or INSTRUMENT.search(s.previous_text):
        return None
    return (s.previous_organizations[:1] or [None])[0]


def role_group(s: Sentence) -> list:
    """'It has full Members (…, and since 2015, India and Pakistan); ‘Observers’ (Mongolia, Iran and
    since 2012, Afghanistan), also ‘Dialogue Partners’ (… Belarus and Sri Lanka in 2009 …)'."""
    out: list[Candidate] = []
    orgs = [o.entity_id for o in s.organizations()] or list(s.previous_organizations)
    if not orgs:
        return out
    for m in ROLE_GROUP.finditer(s.text):
        role = ROLE_BY_HEADER[m.group("role").strip("‘'“’”").lower()]
        original = "founder" if role == "member" else role
        close = s.text.find(")", m.end())
        if close < 0:
            continue
        pos = m.end()
        for part in GROUP_SPLIT.split(s.text[m.end() : close]):
            start = s.text.find(part, pos)
            end = start + len(part)
            pos = end
            dates = s.dates_in(start, end, include_asides=True)
            group_role = original if part.lstrip().startswith("originally") else role
            for state in s.states(start, end):
                out.append(
                    s.candidate(
                        "membership",
                        "membership.role_group",
                        m.start(),
                        close + 1,
                        state_id=state.entity_id,
                        organization_id=orgs[0],
                        role=group_role,
                        modality=None,
                        **date_fields(dates[0] if dates else None),
                    )
                )
    return out


COMPRISED = re.compile(r"\b(?:comprised|comprising|consisted of|consisting of)\b")
EXPANDED = re.compile(r"\bexpand(?:ed)? its membership to include\b")
FOUNDED_BY_STATES = re.compile(rf"\b(?:{FOUNDING_VERBS}|created)\b")
LAUNCHED_BY = re.compile(r"^\s*(?:Launched|Initiated|Founded) by\b")
LED = re.compile(
    r"(?P<state>\w+)-led\s+(?:the\s+)?(?:(?:structures|organi[sz]ations|bodies|institutions|blocs?),?\s+"
    r"(?:including|such as)\s+(?:the\s+)?)?$"
)
HOSTS = re.compile(
    r"\bwith (?:its |a )?(?:headquarters|secretariat)(?: based)? in\b|"
    r"\b(?:information )?cent(?:re|er) was established in\b"
)
LIST_GAP = re.compile(r"^(?:\s*\([^)]*\))?(?:\s+in\s+\d{4})?[\s,;]*(?:and\s+)?(?:subsequently\s+)?(?:the\s+)?$")
"""What may stand between two organisations of one list: 'the … Forum in 1998, and subsequently the …'."""
ELECTED_CHAIR = re.compile(r"\bwas elected as its (?:first )?chairman\b")


def comprised(s: Sentence) -> list:
    """'This informal structure, which, besides Kazakhstan, comprised China, Kyrgyzstan, Russia and
    Tajikistan' (the organisation of the previous sentences)."""
    return _listed(s, COMPRISED, "comprised")


def expanded(s: Sentence) -> list:
    """'to expand its membership to include all the Central Asian states, also Azerbaijan and Afghanistan'."""
    return _listed(s, EXPANDED, "expanded")


def _listed(s: Sentence, pattern: re.Pattern, rule: str) -> list:
    out = []
    for m in pattern.finditer(s.text):
        org = org_before(s, m.start())
        _, end = object_region(s, m.end(), ANY_TRIGGER)
        if org:
            states = [st.entity_id for st in s.states(m.end(), end)] + group_members(s, m.end(), end)
            out += [_membership(s, rule, st, org, "member", None) for st in dict.fromkeys(states)]
    return out


def founding_state(s: Sentence) -> list:
    """States that establish an organisation are its founders: 'Belarus, Kazakhstan and Russia signed a
    treaty formally establishing the Eurasian Economic Union'; 'Astana was the driving force behind the
    Central Asian Cooperation Forum in 1998, and subsequently the … Organization created in 2002'."""
    out = []
    for m in FOUNDED_BY_STATES.finditer(s.text):
        if stance.framed(s, m.start(), m.end()):
            continue  # 'signed an agreement setting a target of establishing the Eurasian Economic Union'
        start, _ = s.clause(m.start())
        states = [st.entity_id for st in s.states(start, m.start())]
        if not states:
            continue
        _, end = object_region(s, m.end())
        for org in organizations_after(s, m.end(), end):
            date = next(iter(s.dates_in(org.char_end, min(end, org.char_end + 25))), None) or s.date_for(m.end(), end)
            out += [_membership(s, "founding_state", st, org.entity_id, "founder", date) for st in states]
    return out


def founded_unnamed(s: Sentence) -> list:
    """'In July 1994 Kazakhstan, Uzbekistan and Kyrgyzstan, later joined by Tajikistan, created an
    embryonic … union. This alliance, later renamed the Central Asian Economic Union, …': the
    creating states are founders, those 'later joined by' members (undated); quoted in both sentences."""
    out = []
    for m, org, (start, end) in unnamed_bodies(s):
        assert s.following is not None, "unnamed_bodies finds the name in the next sentence"
        clause_start, _ = s.clause(m.start())
        later = [(j.start(), j.end()) for j in JOINED_LATER.finditer(s.text, clause_start, m.start())]
        date = s.date_for(m.start())
        for st in s.states(clause_start, m.start()):
            joined_later = any(a <= st.char_start < b for a, b in later)
            fields = dict(
                state_id=st.entity_id,
                organization_id=org,
                role="member" if joined_later else "founder",
                modality=None,
                **date_fields(None if joined_later else date),
            )
            out += [
                s.candidate("membership", "membership.founded_unnamed", **fields),
                s.following.candidate("membership", "membership.founded_unnamed", start, end, **fields),
            ]
    return out


def grown_out_of(s: Sentence) -> list:
    """'ECO was the outcome of a series of previous alliances between Iran, Pakistan and Turkey': the
    states whose cooperation the organisation grew out of are its founders."""
    return [
        _membership(s, "grown_out_of", st, org, "founder", s.date_for(m.end()))
        for m, org, states in outgrowths(s)
        for st in states
    ]


HELPED_FOUND = re.compile(
    r"\b(?:invested in|contributed to|was instrumental in|played an? (?:key|leading|central|"
    r"major) role in) the (?:emergence|creation|establishment|founding|formation|birth) of\b"
)


def helped_found(s: Sentence) -> list:
    """'Kazakhstan has also invested in the emergence of the Shanghai Cooperation Organization': a
    state that helped bring an organisation into being is among its founders."""
    return [
        _membership(s, "helped_found", subject_state(s, m.start()), org, "founder", _date(s, m))
        for m in HELPED_FOUND.finditer(s.text)
        for org in objects(s, m.end(), ANY_TRIGGER)[:1]
    ]


HOST_UNDER = re.compile(r"\bhost\b[^.;]{0,120}?\bunder the auspices of\b")
DECIDED = re.compile(r"\b(?:decision|decided|agreed|plans?|planned|intends?|announced)\b[^.;]{0,30}$")


def hosts_under_auspices(s: Sentence) -> list:
    """'the decision in 2015 to build and host the world’s first international low-enriched (LEU) bank
    in Kazakhstan under the auspices of the IAEA': the state hosts a facility of the organisation;
    planned while the text reports only the decision."""
    out = []
    for m in HOST_UNDER.finditer(s.text):
        orgs = objects(s, m.end(), ANY_TRIGGER)[:1]
        places = [
            s.state_of_entity(x.entity_id)
            for x in s.entities
            if m.start() <= x.char_start < m.end() and x.entity_type in ("state", "place")
        ]
        state = next((p for p in places if p), None) or subject_state(s, m.start())
        modality = "planned" if DECIDED.search(s.text, max(0, m.start() - 60), m.start()) else None
        out += [
            _membership(s, "hosts_under_auspices", state, org, "host", s.date_for(max(0, m.start() - 30)), modality)
            for org in orgs
        ]
    return out


INITIATIVE = re.compile(
    r"\b(?P<adj>[A-Z][a-z]+) initiatives?\b(?: in this (?:field|area|sphere))? (?:is|was) "
    r"(?:the |an? )?(?:[a-z][\w-]* ){0,2}$"
)


def initiative(s: Sentence) -> list:
    """'The second Kazakh initiative in this field is the tri-annual Congress of the Leaders of World and
    Traditional Religions': the state whose initiative an organisation is founded it."""
    out = []
    for org in s.organizations():
        m = INITIATIVE.search(s.text, max(0, org.char_start - 80), org.char_start)
        adjective = [x for x in s.states(actors_only=False) if m and x.char_start == m.start("adj")] if m else []
        if adjective:
            out.append(
                _membership(s, "initiative", adjective[0].entity_id, org.entity_id, "founder", s.date_for(org.char_end))
            )
    return out


def organizations_after(s: Sentence, start: int, end: int) -> list:
    """Organisations named from `start`, the first within a few characters of it, the rest in the list."""
    named = s.organizations(start, end)
    if not named or named[0].char_start - start > 6:
        return []
    out = named[:1]
    for org in named[1:]:
        if not LIST_GAP.match(s.text[out[-1].char_end : org.char_start]):
            break
        out.append(org)
    return out


def launched_by(s: Sentence) -> list:
    """'Launched by President Nazarbayev in 1992, it was envisaged …': the person's state founded the
    organisation of the previous sentence."""
    m = LAUNCHED_BY.match(s.text)
    persons = s.persons(0, s.clause(0)[1]) if m else []
    if not (m and persons and s.previous_organizations):
        return []
    state = s.state_of_entity(persons[0].entity_id)
    return (
        [_membership(s, "launched_by", state, s.previous_organizations[0], "founder", s.date_for(m.end()))]
        if state
        else []
    )


def led(s: Sentence) -> list:
    """'the Ankara-led Turkic Summits', 'the Russia-led Euro-Asian Economic Community', 'Russian-led
    structures, including the Collective Security Treaty Organization': the leading state is a member."""
    out = []
    for org in s.organizations():
        m = LED.search(s.text, max(0, org.char_start - 80), org.char_start)
        if m:
            states = [
                st for st in s.entities if st.char_start == m.start("state") and st.entity_type in ("state", "place")
            ]
            state = s.state_of_entity(states[0].entity_id) if states else None
            if state:
                out.append(_membership(s, "led", state, org.entity_id, "member", None))
    return out


def hosts(s: Sentence) -> list:
    """'… inaugurated in June 2004, with headquarters in Tashkent'; 'a secretariat based in Almaty';
    'a NATO information centre was established in Astana in 2004': the place's state hosts the body."""
    out = []
    for m in HOSTS.finditer(s.text):
        state = s.place_state(m.end(), m.end() + 30)
        org = org_before(s, m.start())
        if state and org:
            out.append(_membership(s, "hosts", state, org, "host", s.nearest_date(m.start(), m.end())))
    return out


BASED = re.compile(r"-based\s+(?:the\s+)?$")


def based_in(s: Sentence) -> list:
    """'the Tehran-based Economic Cooperation Organization (ECO)': the state of the seat hosts the body."""
    out = []
    for org in s.organizations():
        m = BASED.search(s.text, max(0, org.char_start - 12), org.char_start)
        places = [p for p in s.places() if m and p.char_end == m.start()] if m else []
        state = s.state_of_entity(places[0].entity_id) if places else None
        if state:
            out.append(_membership(s, "based_in", state, org.entity_id, "host", None))
    return out


def elected_chair(s: Sentence) -> list:
    """'President Nazarbayev was elected as its first chairman at the inaugural meeting later that year'."""
    out = []
    for m in ELECTED_CHAIR.finditer(s.text):
        persons = s.persons(0, m.start())
        state = s.state_of_entity(persons[-1].entity_id) if persons else None
        if state and s.paragraph_organizations:
            out.append(
                _membership(s, "elected_chair", state, s.paragraph_organizations[0], "chair", s.date_for(m.end()))
            )
    return out


RULES = [
    joined,
    applied,
    seat_bid,
    founder,
    chaired,
    withdrew,
    role_group,
    comprised,
    expanded,
    founding_state,
    founded_unnamed,
    grown_out_of,
    helped_found,
    hosts_under_auspices,
    initiative,
    launched_by,
    led,
    hosts,
    based_in,
    elected_chair,
]
