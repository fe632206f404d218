"""Rules over the parse: the genre's commonest sentence shapes read from dependency arcs, not characters.

Why: "Armenia and Tajikistan joined the EDB in 2009", "which Uzbekistan joined in 2006", "GUAM, established
in 1997 by Georgia, Ukraine, Azerbaijan, and Moldova", "Azerbaijan is a member of the United Nations, the
Non-Aligned Movement, …", "The organization was established on 3 October 2009" are one shape each to a
parser (a verb by its lemma, its subjects, objects and passive agent, every conjunct of a list) and a
different string each to a pattern. Each rule is a small function with its id in `evidence.rule_id`;
the quote is the clause: the smallest span covering the verb and its arguments.

Actors: a dictionary or provisional entity the parse's noun covers; "it", "the organization", "the
bloc", "the group" (and the like) stand for the source's subject organisation, else the organisation the
paragraph is about. A negated verb states no fact; "will", "plans to", "is expected to" make it planned,
"reportedly" hedged.
"""

from __future__ import annotations

import re

from pipeline.entities.gazetteer import EntityMention
from pipeline.rules import agreements, organization_events, stance
from pipeline.rules.context import Candidate, Sentence
from pipeline.text.dates import DateMention, date_fields

JOIN = {"join", "accede", "rejoin"}
WITHDRAW = {"withdraw", "quit", "exit", "leave"}
FOUND = {"found", "establish", "create", "form", "launch", "set"}
MEMBER_NOUNS = {"member": "member", "observer": "observer", "founder": "founder", "partner": "dialogue_partner"}
CANDIDATE_WORDS = {"prospective", "potential", "candidate", "aspiring", "would-be"}
"""'a prospective member of the Asian Infrastructure Investment Bank': a candidate."""
GENERIC_ORG = {
    "organization",
    "organisation",
    "bloc",
    "group",
    "alliance",
    "union",
    "community",
    "bank",
    "body",
    "grouping",
    "forum",
    "association",
    "commonwealth",
}
"""Nouns that, after 'the' or 'this' and with no name, point back to the organisation being talked about."""
POINTERS = {"it", "its", "which", "that"}
PLANNED = {"will", "shall", "plan", "intend", "expect", "aim", "would", "want", "wish", "hope", "seek", "decide"}
POSSIBLE = {"could", "might", "may"}
"""'Iran could join the CSTO': a possibility someone raised, a candidacy, not a membership."""
HEDGES = {"reportedly", "allegedly", "possibly", "probably", "reported", "said"}
SUMMIT_VERBS = {"take", "hold", "organize", "organise", "convene", "host"}


# --- reading the parse ------------------------------------------------------------------------------


def _entity(s: Sentence, token, types=("state", "organization")):
    """The dictionary or provisional entity whose mention covers the token (offsets relative to the
    sentence), or None."""
    start = token.idx - s.offset
    for m in s.entities:
        if m.char_start <= start < m.char_end and m.entity_type in types:
            return m
    return None


def _in_sentence(s: Sentence, token) -> bool:
    return s.tokens is not None and s.tokens.start <= token.i < s.tokens.end


def _conjuncts(token) -> list:
    """The token and every conjunct and apposition of it, at any depth ('Armenia, Belarus and Russia'; 'the
    UN (1945), the OECD (1961), …', which the parser strings as appositions)."""
    out, todo = {token}, [token]
    while todo:
        t = todo.pop()
        for c in [*t.conjuncts, *(c for c in t.children if c.dep_ == "appos")]:
            if c not in out:
                out.add(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


YEAR_AFTER = re.compile(r"(?:\s*\([A-Z][\w.&-]*\))?\s*\((?:since |from |in )?\d{4}\)")
"""A list element's year in brackets, after its acronym if it has one: 'the OECD (1961)', 'the
Organization for Security and Co-operation in Europe (OSCE) (1973)'."""


LIST_GAP_AFTER = re.compile(
    r"^(?:\s*\([A-Z][\w.&-]*\))?(?:\s*\((?:since |from |in )?\d{4}\))?\s*(?:,|;)?\s*(?:and\s+)?(?:the\s+)?$"
)


def _listed_after(s: Sentence, objects) -> list:
    """Organisation mentions that continue a list begun by the objects ('of the UN (1945), the OECD (1961), the
    OIC (1969)'): read from the text, since the parser strings long lists as appositions of anything."""
    firsts = [m for o in objects for m in [_entity(s, o, ("organization",))] if m]
    if not firsts:
        return []
    out, last = [], firsts[0]
    for m in s.organizations(last.char_end):
        if not LIST_GAP_AFTER.match(s.text[last.char_end : m.char_start]):
            break
        out.append(m)
        last = m
    return out


def _year_after(s: Sentence, m):
    """The year in brackets right after a list element's entity mention ('the OECD (1961)'), or None."""
    end = m.char_end
    found = YEAR_AFTER.match(s.text, end)
    return next(iter(s.dates_in(end, found.end(), include_asides=True)), None) if found else None


def _noun_entities(s: Sentence, token, types) -> list[str]:
    """Entity ids of a noun phrase's head and its conjuncts; a head that is no entity itself may carry one in
    its compound or 'of' words ('the Kyrgyz Republic', 'the members of Armenia')."""
    out = []
    for t in _conjuncts(token):
        if t.pos_ == "NUM" or (t.dep_ == "appos" and _bracketed(s, t) and _entity(s, t.head, types)):
            continue  # 'the Central Asian Economic Community (ECSC)': the acronym restates its head
        m = _entity(s, t, types)
        if m is None and "organization" not in types:  # 'the Kyrgyz Republic': its state word
            m = next(
                (
                    _entity(s, c, types)
                    for c in t.children
                    if c.dep_ in ("compound", "amod") and _entity(s, c, types) and not _descriptive(s, c)
                ),
                None,
            )
        if m is None and "organization" not in types and t.lemma_.lower() in STATE_TITLES:
            m = next((x for o in _prep_objects(t, "of") for x in [_entity(s, o, types)] if x), None)
        listed = [c for c in t.children if c.dep_ == "appos"] if m is None else []
        if m is not None:
            out.append(s.state_of_entity(m.entity_id) if m.entity_type == "state" else m.entity_id)
        elif listed:  # 'three other post-Soviet states—Azerbaijan, Belarus, and Georgia—acceded'
            out += [x for c in listed for x in _noun_entities(s, c, types)]
        elif "state" in types and _points_back(t):
            out += [x for x in s.previous_states]
    return list(dict.fromkeys(x for x in out if x))


DESCRIPTIVE_PREFIX = re.compile(r"(?:\b(?:post|ex|pre|non|anti)\s*-\s*|\bformer\s+)$", re.IGNORECASE)
"""'post-Soviet states', 'ex-Soviet republics', 'former Soviet states': the word describes the states, it
names no state."""


def _descriptive(s: Sentence, token) -> bool:
    start = token.idx - s.offset
    return bool(DESCRIPTIVE_PREFIX.search(s.text, max(0, start - 8), start))


def _bracketed(s: Sentence, token) -> bool:
    """The token stands alone in brackets: '(ECSC)'."""
    start = token.idx - s.offset
    return s.text[max(0, start - 1) : start] == "(" and s.text[start + len(token) : start + len(token) + 1] == ")"


STATE_TITLES = {"republic", "kingdom", "federation", "emirate", "sultanate", "principality"}
"""Head nouns of a state's long name: 'the Islamic Republic of Afghanistan' is Afghanistan."""
BACK_NOUNS = {"country", "state", "nation", "republic", "signatory"}


def _points_back(token) -> bool:
    """'these nations', 'all these countries', 'the three states': the states just listed."""
    if token.lemma_.lower() not in BACK_NOUNS or token.tag_ != "NNS":
        return False
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod")}
    return bool(words & {"these", "those"}) or ("the" in words and any(c.dep_ == "nummod" for c in token.children))


def _organization_pointer(s: Sentence, token) -> str | None:
    """'it', 'which' (an organisation named before it), 'the organization', 'this bloc': the organisation
    talked about."""
    lower = token.lower_
    generic = (
        token.lemma_.lower() in GENERIC_ORG
        and token.pos_ == "NOUN"
        and any(c.lower_ in ("the", "this", "that") for c in token.children)
        and not any(c.dep_ in ("compound", "poss", "nmod") or c.pos_ == "PROPN" for c in token.children)
        and not _prep_objects(token, "of")
    )  # 'the GUAM group', 'the group of states' name another
    if lower in ("which", "that") and token.head.dep_ == "relcl":
        antecedent = token.head.head
        if antecedent.dep_ == "attr" and not _noun_entities(s, antecedent, ("organization",)):
            antecedent = next(iter(_subjects(antecedent.head)), antecedent)  # 'The ECO is an organization that …'
        return next(iter(_organizations(s, antecedent)), None)
    if lower in POINTERS or generic:
        return talked_about(s)
    return None


def talked_about(s: Sentence) -> str | None:
    """The organisation a pointer stands for: the source's subject organisation, else the one organisation
    the previous sentence names (two or more: unresolved)."""
    if s.subject_organization:
        return s.subject_organization
    return s.previous_organizations[0] if len(s.previous_organizations) == 1 else None


def _organizations(s: Sentence, token) -> list[str]:
    named = _noun_entities(s, token, ("organization",))
    if named:
        return named
    pointer = _organization_pointer(s, token)
    return [pointer] if pointer else []


def _children(token, *deps) -> list:
    return [c for c in token.children if c.dep_ in deps]


def _subjects(verb) -> list:
    """The verb's subject tokens; a verb coordinated with an earlier one shares its subject."""
    subjects = _children(verb, "nsubj", "nsubjpass")
    while not subjects and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        verb = verb.head
        subjects = _children(verb, "nsubj", "nsubjpass")
    return subjects


def _prep_objects(token, *preps) -> list:
    return [
        o
        for p in token.children
        if p.dep_ in ("prep", "agent") and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in verb.head.children if verb.dep_ in ("xcomp",)
    )


def modality(verb) -> str | None:
    """planned for a future or intended act ('will join', 'plans to join', 'considered joining', 'a target of
    establishing': see stance.intended), hedged for a reported one."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp") else [])
    words = {c.lemma_.lower() for h in heads for c in h.children} | {h.lemma_.lower() for h in heads[1:]}
    if words & HEDGES:
        return "hedged"
    if words & POSSIBLE:
        return "proposed"
    if words & PLANNED or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return "planned"
    return stance.intended(verb)


def _date(s: Sentence, verb, exclude=(), clause: bool = True):
    """The date in the verb's own words (not inside its subject or a clause of its own), else the clause's
    date (Sentence.date_for) unless `clause` is False: a planned act ('Armenia had decided in 2013 to join',
    'Ukraine wanted to be an observer') has no date but its own, the clause's being the intention's (a
    candidacy, 'In 2007 … suggested Iran could join', dates from when it was raised)."""
    skip = set()
    for t in exclude:
        skip |= {x.i for x in t.subtree}
    for c in verb.children:
        if c.dep_ in ("relcl", "ccomp", "advcl", "conj", "nsubj", "nsubjpass") or c in exclude:
            skip |= {x.i for x in c.subtree}
    spans = [(t.idx - s.offset, t.idx - s.offset + len(t)) for t in verb.subtree if t.i not in skip]
    for d in s.dates:
        if any(a <= d.char_start < b for a, b in spans):
            return d
    return s.date_for(verb.idx - s.offset) if clause else None


def _clause(s: Sentence, tokens) -> tuple[int, int]:
    """The smallest span of the sentence covering the given tokens (offsets relative to the sentence)."""
    tokens = [t for t in tokens if _in_sentence(s, t)]
    start = min(t.idx for t in tokens) - s.offset
    end = max(t.idx + len(t) for t in tokens) - s.offset
    return start, end


def _membership(s, rule, state, org, role, date, span, modality=None):
    return s.candidate(
        "membership",
        f"membership.{rule}",
        span[0],
        span[1],
        state_id=state,
        organization_id=org,
        role=role,
        modality=modality,
        **date_fields(date),
    )


def _event(s, rule, org, event, date, span, state=None, counterpart=None, modality=None):
    return s.candidate(
        "organization_event",
        f"organization_event.{rule}",
        span[0],
        span[1],
        organization_id=org,
        event_type=event,
        counterpart_organization_id=counterpart,
        state_id=state,
        modality=modality,
        **date_fields(date),
    )


def _verbs(s: Sentence, lemmas: set[str]) -> list:
    if s.tokens is None:
        return []
    return [
        t
        for t in s.tokens
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lemmas and not _negated(t) and not stance.conditional(t)
    ]


# --- rules ---------------------------------------------------------------------------------------


def joined(s: Sentence) -> list:
    """'Armenia and Tajikistan joined the EDB in 2009', 'which Uzbekistan joined in 2006', 'Uzbekistan
    joined the community on 7 October 2005', 'acceded to the CSTO': a membership for every subject state
    and object organisation, and a joined_by event when the accession is dated."""
    out = []
    for verb in _verbs(s, JOIN):
        subjects = _subjects(verb)
        states = [x for t in subjects for x in _noun_entities(s, t, ("state",))]
        forming = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in FOUND]
        if forming:
            out += _joined_to_form(s, verb, forming[0], subjects, states)
            continue
        objects = _children(verb, "dobj") + _prep_objects(verb, "to", "into")
        orgs = [o for t in objects for o in _organizations(s, t)]
        if not objects and verb.dep_ == "relcl":
            orgs = _noun_entities(s, verb.head, ("organization",))
            objects = [verb.head]
        instrument = _instrument_before(s)
        if not objects and states and verb.lemma_.lower() == "accede" and instrument:
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
        mod = modality(verb)
        date = _date(s, verb, subjects, clause=mod != "planned")
        span = _clause(s, [verb, *subjects, *objects])
        role = "candidate" if mod == "proposed" else "member"
        each = _respectively(s, verb, states)
        for org in orgs:
            for state in states:
                when = each.get(state, date)
                out.append(_membership(s, "parse_joined", state, org, role, when, span, mod))
                if when is not None and mod is None:
                    out.append(_event(s, "parse_joined", org, "joined_by", when, span, state=state))
    return out


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


PAREN_ASIDE = re.compile(r"\(")


def came_into_being(s: Sentence) -> list:
    """'The Customs Union of Belarus, Kazakhstan, and Russia came into existence on 1 January 2010': a founded
    event, dated, of the organisation that is the subject, and a founder membership for each state its name's
    'of' lists."""
    out = []
    for verb in _verbs(s, {"come"}):
        if not any(t.lemma_.lower() in ("existence", "being") for t in _prep_objects(verb, "into")):
            continue
        subjects = _subjects(verb)
        orgs = [o for t in subjects for o in _organizations(s, t)]
        date, mod = _date(s, verb, subjects, clause=False), modality(verb)
        if not orgs or date is None:
            continue
        of = [c for t in subjects for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
        states = [  # the parser may string the last of them as the subject's conjunct: read the words up to the verb
            x
            for p in of[:1]
            for m in s.states(p.idx - s.offset, verb.idx - s.offset)
            for x in [s.state_of_entity(m.entity_id)]
            if x and not PAREN_ASIDE.search(s.text, p.idx - s.offset, m.char_start)
        ]
        span = _clause(s, [verb, *(t.left_edge for t in subjects), *_prep_objects(verb, "into")])
        out.append(_event(s, "parse_came_into_being", orgs[0], "founded", date, span, modality=mod))
        out += [_membership(s, "parse_came_into_being", st, orgs[0], "founder", date, span, mod) for st in states]
    return out


APPLY_FOR = {"membership": "applicant", "accession": "applicant", "status": "applicant"}


def applied(s: Sentence) -> list:
    """'Laos applied for WTO accession on 16 July 1997', 'the Islamic Republic of Afghanistan officially applied
    for observer status' (of the organisation talked about), 'It formally applied for membership on 12
    September 2019' (it: the one state the previous sentence names): role applicant of the organisation the
    noun's words or the verb's 'to' name."""
    out = []
    for verb in _verbs(s, {"apply"}):
        nouns = [t for t in _prep_objects(verb, "for") if t.lemma_.lower() in APPLY_FOR]
        if not nouns:
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
        if not orgs and talked_about(s):
            orgs = [talked_about(s)]
        if not states or not orgs:
            continue
        date, mod = _date(s, verb, subjects), modality(verb)
        span = _clause(s, [verb, noun, *subjects, *words])
        out += [_membership(s, "parse_applied", st, org, "applicant", date, span, mod) for org in orgs for st in states]
    return out


INSTRUMENT_NAME = re.compile(r"\b(?P<noun>Treaty|Agreement|Convention|Charter|Protocol)\b")


def _instrument_before(s: Sentence) -> str | None:
    """The kind of the named instrument the previous sentence or this one's start talks about ('the Collective
    Security Treaty was signed … Three other states acceded in 1993'), or None."""
    found = INSTRUMENT_NAME.findall(s.previous_text) or INSTRUMENT_NAME.findall(s.text)
    return agreements.kind_of(found[-1], "") if found else None


def withdrew(s: Sentence) -> list:
    """'Uzbekistan withdrew from GUAM in 2005', 'later withdrew on 16 October 2008' (the organisation
    talked about): role withdrew, and withdrawn_by when dated."""
    out = []
    for verb in _verbs(s, WITHDRAW):
        subjects = _subjects(verb)
        states = [x for t in subjects for x in _noun_entities(s, t, ("state",))]
        objects = _prep_objects(verb, "from") + _children(verb, "dobj")
        orgs = [o for t in objects for o in _organizations(s, t)]
        if not objects and verb.dep_ == "conj":  # 'joined EURASEC …, but withdrew three years later'
            objects = _children(verb.head, "dobj") + _prep_objects(verb.head, "to", "from")
            orgs = [o for t in objects for o in _organizations(s, t)]
        if not objects and _instrument_before(s) and not s.organizations():
            continue  # 'joined in 1994 and ratified the Treaty, but Georgia withdrew in 2009': from the treaty
        if not objects:
            pointer = talked_about(s)
            orgs = [pointer] if pointer else []
        if not states or not orgs:
            continue
        date, mod = _date(s, verb, subjects), modality(verb)
        span = _clause(s, [verb, *subjects, *objects])
        for org in orgs:
            for state in states:
                out.append(_membership(s, "parse_withdrew", state, org, "withdrew", date, span, mod))
                if date is not None and mod is None:
                    out.append(_event(s, "parse_withdrew", org, "withdrawn_by", date, span, state=state))
    return out


def member_of(s: Sentence) -> list:
    """'Azerbaijan is a member of the United Nations, the Non-Aligned Movement, …', 'Kyrgyzstan became a
    member of the Eurasian Union on 6 August 2015', 'a founding member of', 'an observer to the EAEU':
    the subject of 'be'/'become' (or the noun 'member' stands in apposition to) and every organisation
    after 'of'/'to'/'in'. 'became' with a date is also a joined_by event; 'former' makes it withdrew."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    for noun in s.tokens:
        role = MEMBER_NOUNS.get(noun.lemma_.lower()) or (
            "member"
            if noun.lemma_.lower() in ("state", "country", "nation")
            and any(c.dep_ == "compound" and c.lower_ == "member" for c in noun.children)
            else None
        )
        if role is None or noun.pos_ != "NOUN" or noun.dep_ not in ("attr", "appos", "oprd", "dobj"):
            continue
        if role == "dialogue_partner" and not any(c.lower_ == "dialogue" for c in noun.children):
            continue  # 'a dialogue partner in the SCO'; a trade partner is no role
        verb = noun.head
        if noun.dep_ == "appos":
            subjects = [verb]
        elif verb.lemma_.lower() in ("be", "become", "remain"):
            subjects = _subjects(verb)
        else:
            continue
        if _negated(verb):
            continue
        states = [x for t in subjects for x in _noun_entities(s, t, ("state",))]
        objects = _prep_objects(noun, "of", "to", "in")
        orgs = [o for t in objects for o in _organizations(s, t)]
        orgs += [m.entity_id for m in _listed_after(s, objects)]
        if not objects and s.subject_organization and noun.dep_ != "appos":
            orgs = [s.subject_organization]  # 'Hungary has been an observer' in the article on the organisation
        if not states or not orgs:
            continue
        modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
        if "observer" in modifiers:
            role = "observer"
        if "founding" in modifiers or "founder" in modifiers:
            role = "founder"
        if "former" in modifiers:
            role = "withdrew"
        if modifiers & CANDIDATE_WORDS:
            role = "candidate"
        mod = modality(verb)
        date = _date(s, verb, subjects, clause=mod != "planned")
        span = _clause(s, [verb, noun, *subjects, *objects, *(x for o in objects for x in o.conjuncts)])
        dated: dict[
            str, DateMention
        ] = {}  # 'a founding member of the UN (1945), the OECD (1961), …': each its own year
        for m in [
            x for o in objects for t in _conjuncts(o) for x in [_entity(s, t, ("organization",))] if x
        ] + _listed_after(s, objects):
            if _year_after(s, m) is not None:
                dated.setdefault(m.entity_id, _year_after(s, m))
        if dated:
            date = None
        each = _respectively(s, verb, states)
        for org in orgs:
            for state in states:
                when = each.get(state, dated.get(org, date))
                out.append(_membership(s, "parse_member_of", state, org, role, when, span, mod))
                if verb.lemma_.lower() == "become" and role == "member" and when is not None and mod is None:
                    out.append(_event(s, "parse_member_of", org, "joined_by", when, span, state=state))
    return out


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


def founded(s: Sentence) -> list:
    """'The organization was established on 3 October 2009', 'The EDB was founded in 2006', 'GUAM,
    established in 1997 by Georgia, Ukraine, Azerbaijan, and Moldova', 'in 2000 Belarus, Kazakhstan, … established
    the Eurasian Economic Community': a founded event, and a founder membership for every founding state.
    'established relations' is not a founding."""
    out = []
    for verb in _verbs(s, FOUND):
        if verb.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN"
        )
        if passive:
            created = _children(verb, "nsubjpass") or ([verb.head] if verb.dep_ == "acl" else [])
            actors = _prep_objects(verb, "by")
            founders = [x for x in _parties(s, actors) if x.startswith("state:")]  # 'by the leaders of Iran, …'
        else:
            created = _children(verb, "dobj")
            actors = _subjects(verb) + _prep_objects(verb, "with")  # 'Russia formed the EAEU with Armenia, …'
            founders = [x for t in actors for x in _noun_entities(s, t, ("state",))]
        if any(t.lemma_.lower() in ("relation", "relationship", "tie", "contact") for t in created):
            continue
        orgs = [o for t in created for o in _organizations(s, t)]
        if not orgs:
            continue
        date, mod = _date(s, verb, actors), modality(verb)
        if mod == "planned":
            continue  # 'an agreement to establish the CCTC', 'a target of establishing': a decision, not the founding
        named = [o for t in created for o in _noun_entities(s, t, ("organization",))]
        if date is None and not (named and orgs[0] == s.subject_organization):
            continue  # an undated founding of another body is mostly a description ('which established …'), and
            # an undated 'It was launched as a first step' may well be the body the previous sentence names
        span = _clause(s, [verb, *created, *actors])
        for org in orgs[:1]:
            out.append(_event(s, "parse_founded", org, "founded", date, span, modality=mod))
            for state in founders:
                out.append(_membership(s, "parse_founded", state, org, "founder", date, span, mod))
    return out


def summit(s: Sentence) -> list:
    """'The Second Summit was held in Bishkek, Kyrgyzstan, on 22–23 August 2012', 'The First Summit took
    place in Almaty', 'the Seventh Turkic Council Summit was organized in Baku': summit_hosted in the state
    of the place, of the organisation the summit's words name, else the one talked about; 'In 1996, FAO
    organized the World Food Summit': of the organising organisation, with or without a place."""
    out = []
    for verb in _verbs(s, SUMMIT_VERBS):
        if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
            continue
        nouns = [t for t in _children(verb, "nsubj", "nsubjpass", "dobj") if t.lemma_.lower() in ("summit", "meeting")]
        if not nouns:
            continue
        noun = nouns[0]
        places = _prep_objects(verb, "in", "at") + _prep_objects(noun, "in", "at")  # 'held its summit in Tashkent'

        hosts = []
        for p in places:
            for t in [p, *_conjuncts(p)]:
                m = _entity(s, t, ("state", "place"))
                if m:
                    hosts.append(s.state_of_entity(m.entity_id))
        hosts = [h for h in hosts if h]
        if verb.lemma_.lower() == "host":
            hosts = [x for t in _subjects(verb) for x in _noun_entities(s, t, ("state",))] or hosts
        named = [
            o
            for t in noun.subtree
            for o in ([_entity(s, t, ("organization",))] if t.i != noun.i else [])
            if o is not None and not _names_sub_body(s, o, noun)
        ]
        organizer = [
            o for t in _subjects(verb) for o in _noun_entities(s, t, ("organization",)) if noun.dep_ == "dobj"
        ]  # 'In 1996, FAO organized the World Food Summit': the organisation's summit, wherever it was
        org: str | None
        if organizer and not named and verb.lemma_.lower() != "take":
            org = organizer[0]
        else:
            org = named[0].entity_id if named else (talked_about(s) if noun.lemma_.lower() == "summit" else None)
        if not org or not (hosts or (organizer and org == organizer[0])):
            continue
        span = _clause(s, [verb, noun, *places])
        first = noun.lemma_.lower() == "summit" and any(
            c.lower_ in ("first", "1st", "inaugural") for c in noun.children
        )
        out.append(
            _event(
                s,
                "parse_summit",
                org,
                "inaugural_summit" if first else "summit_hosted",
                _date(s, verb),
                span,
                state=next(iter(hosts), None),
                modality=modality(verb),
            )
        )
    return out


ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|next|last|latest|inaugural|extraordinary|annual)$",
    re.I,
)


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
    for noun in s.tokens:
        lemma = noun.lemma_.lower()
        if lemma not in ("summit", "meeting") or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.lemma_.lower() in SUMMIT_VERBS:
            continue  # 'The Second Summit was held in Bishkek': summit()
        if _entity(s, noun, ("organization",)) is not None:
            continue  # 'the Turkic Summits' name a body
        own = _own_words(noun)
        left = [t for t in own if t.i < noun.i]
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
            if m and not _names_sub_body(s, m, noun)
        ]
        org = named[0].entity_id if named else None
        bare = not any(t.pos_ == "PROPN" for t in left)
        if org is None and lemma == "summit" and bare and any(ORDINAL.match(t.text) for t in left):
            org = talked_about(s)
        partners = [m for t in left for m in [_entity(s, t, ("state",))] if m and m.form != "capital_metonym"]
        if org is None or partners:
            continue  # 'the 20th Russia-EU Summit': a summit of a state with the organisation, not of its members
        places = [m for t in at for m in [_entity(s, t, ("state", "place"))] if m]
        places += [
            m
            for t in left
            for m in [_entity(s, t, ("state", "place"))]
            if m and (m.entity_type == "place" or m.form == "capital_metonym")
        ]
        host = next((s.state_of_entity(m.entity_id) for m in places if s.state_of_entity(m.entity_id)), None)
        spans = [(t.idx - s.offset, t.idx - s.offset + len(t)) for t in [noun, *own]]
        dates = [d for d in s.dates if any(a <= d.char_start < b for a, b in spans)]
        date = dates[0] if dates else _summit_date(s, noun, max(b for _, b in spans))
        if (date is None and host is None) or (lemma == "meeting" and host is None) or stance.states_no_fact(noun.head):
            continue
        mod = modality(noun.head) if noun.head.pos_ in ("VERB", "AUX") and noun.dep_ != "pobj" else None
        first = any(t.lower_ in ("first", "1st", "inaugural") for t in left)
        span = _clause(s, [noun, *own])
        event = "inaugural_summit" if first and lemma == "summit" else "summit_hosted"
        out.append(_event(s, "parse_summit_named", org, event, date, span, state=host, modality=mod))
    return out


def _names_sub_body(s: Sentence, mention, noun) -> bool:
    """An organisation that modifies another noun than the meeting's: 'Meeting of ECO Chamber of Commerce'
    is a meeting of the chamber, not of the ECO ('the NATO summit' is NATO's)."""
    return stance.modifies_another_noun(s, mention) and stance.token_at(s, mention.char_end - 1).head.i != noun.i


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


LIST_NOUNS = {
    "member": "member",
    "state": "member",
    "country": "member",
    "nation": "member",
    "observer": "observer",
    "founder": "founder",
}
LIST_GAP = re.compile(
    r"^(?:\s*(?::|—|–|-|,|\(|were|are|was|is|include|included|including|namely|especially|particularly|notably|"
    r"such as)\s*)+$"
)
LIST_SEP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")


def member_list(s: Sentence) -> list:
    """'consisting of six post-Soviet states: Armenia, Belarus, …, and Tajikistan', 'Former members of the
    CSTO military alliance were Azerbaijan, Georgia and Uzbekistan', 'The Customs Union members—Kazakhstan,
    Belarus and Russia', 'Hungary, Turkmenistan and Northern Cyprus are observers' is member_of's: a plural
    noun of membership followed by a list of two or more states. The organisation is the one the noun's
    words name ('members of the CSTO', 'The Customs Union members'), else the one talked about."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    for noun in s.tokens:
        role = LIST_NOUNS.get(noun.lemma_.lower())
        if role is None or noun.tag_ != "NNS":
            continue
        after = noun.idx + len(noun) - s.offset
        for p in (
            c for c in noun.children if c.dep_ in ("prep", "acl")
        ):  # 'members of the CSTO military alliance were'
            end = p.right_edge.idx + len(p.right_edge) - s.offset
            listed = s.states(after, end)
            if not listed:
                after = max(after, end)
            else:  # 'NATO members in Eastern Europe, especially Latvia, …': the list hangs inside the phrase
                ends = [
                    t.idx + len(t) - s.offset
                    for t in p.subtree
                    if t.idx - s.offset < listed[0].char_start and t.dep_ not in ("punct", "advmod", "cc")
                ]
                after = max([after, *ends])
        states: list[EntityMention] = []
        position = after
        for m in s.states(after):
            gap = s.text[position : m.char_start]
            if not (LIST_GAP.match(gap) if not states else LIST_SEP.match(gap)):
                break
            states.append(m)
            position = m.char_end
        if len(states) < 2:
            continue
        words = [t for t in noun.subtree if t.i != noun.i] + [c for c in noun.head.children if c.dep_ == "poss"]
        named = [m.entity_id for t in words for m in [_entity(s, t, ("organization",))] if m]
        if noun.lemma_.lower() in ("state", "country", "nation") and not (
            named or any(c.lower_ == "member" or c.dep_ == "nummod" for c in noun.children)
        ):
            continue
        org = named[0] if named else s.subject_organization
        if org is None:
            continue
        modifiers = {c.lower_ for c in noun.children}
        if "former" in modifiers:
            role = "withdrew"
        elif modifiers & {"founding", "founder"}:
            role = "founder"
        span = (noun.idx - s.offset, states[-1].char_end)
        for m in states:
            state = s.state_of_entity(m.entity_id)
            if state:
                out.append(_membership(s, "parse_member_list", state, org, role, None, span))
    return out


SEAT_VERBS = {"base", "locate", "headquarter", "situate", "seat", "open", "be"}
SEAT_NOUNS = {"headquarters", "headquarter", "secretariat", "seat", "office"}


def seat(s: Sentence) -> list:
    """'The ECO's Secretariat … are based in Iran', 'is headquartered in Almaty, Kazakhstan', 'The EurAsEC
    headquarters … were located in Moscow and Astana': role host for the state of every place after 'in'."""
    out = []
    for verb in _verbs(s, SEAT_VERBS):
        subjects = _subjects(verb)
        if not subjects:
            continue
        noun = subjects[0]
        if noun.lemma_.lower() in SEAT_NOUNS or noun.lower_ in SEAT_NOUNS:
            words = [t for t in noun.subtree if t.i != noun.i]
            named = [m.entity_id for t in words for m in [_entity(s, t, ("organization",))] if m]
            pointer = s.subject_organization if any(t.lower_ in ("its", "the") for t in words) else None
            org = named[0] if named else pointer
        elif verb.lemma_.lower() == "headquarter":
            orgs = _organizations(s, noun)
            org = orgs[0] if orgs else None
        else:
            continue
        if org is None:
            continue
        places = _prep_objects(verb, "in", "at")
        hosts = []
        for p in places:
            for t in p.subtree:
                m = _entity(s, t, ("state", "place"))
                if m and s.state_of_entity(m.entity_id):
                    hosts.append(s.state_of_entity(m.entity_id))
        span = _clause(s, [verb, noun, *[x for p in places for x in p.subtree]])
        for state in dict.fromkeys(hosts):
            out.append(_membership(s, "parse_seat", state, org, "host", None, span))
    return out


def observer_status(s: Sentence) -> list:
    """'Turkmenistan received observer status in 2021', 'Armenia was granted Observer Status in the Arab
    League in 2004', 'In 2004 the CSTO was granted Observer status in the UN General Assembly': a state gets
    role observer; an organisation gets the event observer_status_granted (counterpart: where)."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    for noun in s.tokens:
        if noun.lemma_.lower() != "status" or not any(c.lower_ == "observer" for c in noun.children):
            continue
        verb = noun.head
        if verb.lemma_.lower() not in (
            "receive",
            "accord",
            "grant",
            "obtain",
            "gain",
            "acquire",
            "give",
            "have",
            "get",
        ) or _negated(verb):
            continue
        subjects = _subjects(verb)
        where = _prep_objects(noun, "in", "at", "to", "with") + _prep_objects(verb, "in", "at", "to", "with")
        orgs = [o for t in where for o in _noun_entities(s, t, ("organization",))]
        holders_org = [o for t in subjects for o in _organizations(s, t)]
        states = [x for t in subjects for x in _noun_entities(s, t, ("state",))]
        date, mod = _date(s, verb, subjects), modality(verb)
        span = _clause(s, [verb, noun, *subjects, *where])
        if states:
            for org in orgs or ([s.subject_organization] if s.subject_organization else []):
                for state in states:
                    out.append(_membership(s, "parse_observer_status", state, org, "observer", date, span, mod))
        elif holders_org and orgs and not s.once(organization_events.observer_status):
            out.append(
                _event(
                    s,
                    "parse_observer_status",
                    holders_org[0],
                    "observer_status_granted",
                    date,
                    span,
                    counterpart=orgs[0],
                    modality=mod,
                )
            )
    return out


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
        state, date = s.state_of_entity(named[0].entity_id), dates[0]
        span = (first.start, dates[0].char_end)
        org = first.get("organization_id")
        out.append(_membership(s, "parse_gapped", state, org, "member", date, span))
        out.append(_event(s, "parse_gapped", org, "joined_by", date, span, state=state))
        position = dates[0].char_end
    return out


def renamed(s: Sentence) -> list:
    """'In November 2021, the organization was renamed the Organization of Turkic States': a renamed event
    of the organisation talked about (or named as the subject)."""
    out = []
    for verb in _verbs(s, {"rename"}):
        subjects = _children(verb, "nsubjpass")
        orgs = [o for t in subjects for o in _noun_entities(s, t, ("organization",))] or (
            [s.subject_organization]
            if s.subject_organization and any(_organization_pointer(s, t) for t in subjects)
            else []
        )
        if not orgs or modality(verb):
            continue
        span = _clause(
            s, [verb, *subjects, *[x for c in verb.children if c.dep_ in ("oprd", "attr", "dobj") for x in c.subtree]]
        )
        out.append(
            _event(s, "parse_renamed", orgs[0], "renamed", _date(s, verb, subjects), span, modality=modality(verb))
        )
    return out


def _parties(s: Sentence, tokens) -> list[str]:
    """States (and organisations) a list of noun phrases names, through 'the presidents of A, B and C'."""
    out = []
    for t in tokens:
        named = _noun_entities(s, t, ("state", "organization")) or [
            x for o in _prep_objects(t, "of") for x in _noun_entities(s, o, ("state", "organization"))
        ]
        out += named
    return list(dict.fromkeys(out))


RULES = [
    joined,
    withdrew,
    member_of,
    founded,
    applied,
    came_into_being,
    summit,
    summit_named,
    member_list,
    seat,
    observer_status,
    gapped,
    renamed,
]
