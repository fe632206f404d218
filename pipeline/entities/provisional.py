"""Organisations the dictionaries lack, found by the parser's named-entity recogniser: provisional entities.

Why: an article about the Eurasian Development Bank or GUAM states facts about bodies no curator has
listed yet; dropping them loses the facts or pins them on the wrong body. Such a name becomes an entity
`org:new_<name>` with no codes and `in_dictionary = false` (the review sheet lists these for curators),
so its facts are kept and can be curated later.

What counts (`organizations`): a span the recogniser labels ORG that no dictionary mention overlaps, or one
that begins with words of its own before a dictionary name inside it ('the Food and Agriculture
Organization of the United Nations', 'the Council of Europe'); a dictionary name at its start ('CSTO
Parliamentary Assembly' is left to the dictionary's CSTO: the sub-body question is the curator's). An
acronym in brackets right after a provisional name ('Eurasian Development Bank (EDB)') names the same
entity wherever it recurs in the source. What a body's name looks like is body_names'; which acronyms abbreviate an
instrument instead, instrument_acronyms'.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipeline.entities import acronym_uses, name_extent, short_names
from pipeline.entities.body_names import ACRONYM, BODY_HEADS, BODY_WORD, BRACKETED, NOT_A_BODY, WORD, _is_body
from pipeline.entities.gazetteer import EntityMention
from pipeline.entities.instrument_acronyms import (
    TREATY_ACRONYM_PATTERN,
    _treaty_acronyms,
    abbreviates_instrument,
    instrument_initials,
)
from pipeline.entities.listed_bodies import PARTICIPATION, list_items

ACRONYM_AFTER = name_extent.BRACKETED
ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)?\s*$")
LEADING_ARTICLE = re.compile(r"^(?:the|The|an?|An?)\s+|^[‘’'“”\"]+|[’']s?$")


NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:of|and|for|on|the|[A-Z][\w’'-]*))*)\s*\($")
"""The capitalised name an acronym in brackets abbreviates ('Nuclear-Weapons-Free Zone (')."""
INSTRUMENT_OF = re.compile(r"\b(?:Treaty|Convention|Agreement|Protocol|Charter)\s+(?:on|of|for)\s+(?:the\s+)?$")
"""A name after an instrument's 'on' or 'of' says what the instrument is about: it names no body."""
FIGURE_AFTER = re.compile(r"\s?\d")
FIGURE_BEFORE = re.compile(r"\d\s?$")
SUB_BODY_TAIL = re.compile(r"(?: (?:[A-Z][\w’'-]*|and|of|for|on))*(?: [A-Z][\w’'-]*)")
SUB_BODY_HEAD = re.compile(
    r" (?:Bank|Institute|Foundation|Fund|Assembly|Committee|Commission|Company|Organi[sz]ation|Chamber|Court|"
    r"Centre|Center|Agency|Academy|University)\b"
)
"""A body named after its parent: the parent's name, then capitalised words of its own with a head noun
among them ('ECO Cultural Institute', 'CSTO Parliamentary Assembly', 'Economic Cooperation Organization
Trade and Development Bank', 'ECO Chamber of Commerce and Industry'). A council of the parent's heads of
state or ministers ('the CSTO Collective Security Council') is the parent's own organ: not a head here."""


def _sub_bodies(text: str, known: list) -> list[tuple[int, int]]:
    """(start, end) of every name that is a dictionary organisation's name followed by a sub-body's own
    words (the annotation brief: a sub-body is itself, not its parent), whether or not the recogniser
    found it: it often leaves the parent's name out or misses the whole."""
    out = []
    for m in known:
        tail = SUB_BODY_TAIL.match(text, m.char_end) if m.entity_type == "organization" else None
        if tail is None or not SUB_BODY_HEAD.search(tail.group()):
            continue
        if any(m.char_end <= x.char_start < tail.end() for x in known):
            continue  # 'NATO Partnership for Peace': a dictionary name of its own
        out.append((m.char_start, tail.end()))
    return out


ACRONYM_BODY = re.compile(
    r"\b[Tt]he (?P<acronym>[A-Z]{3,8}) (?:group|grouping|organi[sz]ation|bloc|alliance|forum|association)\b"
)
"""An acronym the recogniser misses but the words around it make a body's name: 'Uzbekistan joined the
GUAM group'."""


QUOTED_BODY = re.compile(
    rf"[\"“‘](?P<name>[A-Z][\w’'-]*(?:\s+(?:of|and|for|on|the|[A-Z][\w’'-]*))*?\s+(?:{BODY_HEADS}))[\"”’]"
)
"""A body's name set in quotes, which the recogniser leaves out: 'decided to establish a "Common Alphabet
Commission"'; its last word must be a body's head noun."""


PREFIX = "org:new_"
"""The id of every provisional organisation starts with it."""


def entity_id(name: str) -> str:
    """'Eurasian Development Bank' -> 'org:new_eurasian_development_bank'."""
    return PREFIX + "_".join(w.lower() for w in WORD.findall(name))


def organizations(found: list, parses: dict, headings: dict | None = None) -> tuple[list, dict[str, str]]:
    """`found` with a mention added for every provisional organisation (offsets relative to the sentence),
    and the provisional entities named: entity_id -> name. Under a heading such as 'International
    organization participation' every item of a bare list is an organisation."""
    headings = headings or {}
    names: dict[str, str] = {}
    acronyms: dict[tuple[str, str], str] = {}
    instruments: set[tuple[str, str]] = set()
    out = []
    in_docs: dict[int, tuple] = {}
    treaties: dict[str, set[str]] = {}
    named_treaties: dict[str, set[str]] = {}
    for f in found:
        treaties.setdefault(f.row.source_id, set()).update(instrument_initials(f.row.text))
        named_treaties.setdefault(f.row.source_id, set()).update(_treaty_acronyms(f.row.text))
    for f in found:
        span = parses.get(f.row.passage_id)
        offset = f.row.char_start
        known = list(f.entities)
        added: list[EntityMention] = []
        for ent in _ents(span, in_docs) if span is not None else ():
            start, end = ent.start_char - offset, ent.end_char - offset
            text = LEADING_ARTICLE.sub("", LEADING_ARTICLE.sub("", ent.text.strip()))
            start += ent.text.find(text)
            end = name_extent.extend(f.row.text, start, start + len(text))
            end = name_extent.through_parent(f.row.text, start, end, [(m.char_start, m.char_end) for m in _orgs(known)])
            text = f.row.text[start:end]
            inside = [m for m in known if m.char_start < end and start < m.char_end]
            if any(m.char_start < end and start < m.char_end for m in added):
                continue  # an acronym already given to the name before it
            key = (f.row.source_id, text)
            named = NAME_BEFORE.search(f.row.text, max(0, start - 80), start) if ACRONYM.match(text) else None
            if named and (NOT_A_BODY.match(named.group("name")) or not BODY_WORD.search(named.group("name"))):
                # 'a Nuclear-Weapons-Free Zone (NWFZ)', 'non-nuclear-weapon states (NNWS)': no body's name
                instruments.add(key)  # and wherever the acronym recurs: 'joined the NPT in 1994'
                continue
            if ACRONYM.match(text) and key not in acronyms:
                if text in named_treaties[f.row.source_id] or abbreviates_instrument(text, treaties[f.row.source_id]):
                    instruments.add(key)  # 'the CFE Treaty' elsewhere: 'suspended its participation in the CFE'
            if (
                key in instruments
                or re.fullmatch(TREATY_ACRONYM_PATTERN, text)
                or INSTRUMENT_OF.search(f.row.text, max(0, start - 40), start)
            ):
                continue  # 'the Treaty on the Non-Proliferation of Nuclear Weapons': what a treaty is about
            if ACRONYM.match(text) and (
                FIGURE_AFTER.match(f.row.text, end) or FIGURE_BEFORE.search(f.row.text, max(0, start - 2), start)
            ):
                continue  # 'SDR 185.6 million', '600 MW': a currency code or unit beside its figure
            if not _is_body(ent.label_, text) or key in acronyms:
                continue  # a known acronym is taken below, as the name it abbreviates
            if any(
                (m.char_start <= start and not _paired_states(f.row.text, m))
                or m.char_end > end
                or (m.entity_type == "organization" and ORDINAL.match(f.row.text[start : m.char_start]))
                for m in inside
            ):
                continue  # a dictionary name starts it (perhaps after an ordinal: 'Fifth Congress of …') or reaches past it
            spelled = _spelled_out(f.row.text, start, end, known + added) if ACRONYM.match(text) else None
            if spelled is not None:
                a, b, covered = spelled
                eid = entity_id(f.row.text[a:b])
                names.setdefault(eid, f.row.text[a:b])
                acronyms[key] = eid
                if not covered:  # the name mentioned where no other mention stands
                    added.append(_mention(f.row.text, (a, b), eid, "name", "entity.provisional"))
                added.append(_mention(f.row.text, (start, end), eid, "acronym", "entity.provisional_acronym"))
                continue
            eid = entity_id(text)
            names.setdefault(eid, text)
            known = [m for m in known if m not in inside]
            added.append(EntityMention(start, end, text, eid, "organization", "name", "entity.provisional"))
            acronym = ACRONYM_AFTER.match(f.row.text, end)
            nearer = (
                name_extent.spelled_out(f.row.text, acronym.start("acronym"), acronym["acronym"]) if acronym else None
            )
            if acronym and (nearer is None or nearer <= start):  # not 'Preparatory Commission for the … (CTBTO)'
                acronyms[(f.row.source_id, acronym.group("acronym"))] = eid
                added.append(
                    _mention(f.row.text, acronym.span("acronym"), eid, "acronym", "entity.provisional_acronym")
                )
                known = [m for m in known if not (acronym.start("acronym") <= m.char_start < acronym.end("acronym"))]
        for m in BRACKETED.finditer(f.row.text):
            start, end = m.span("acronym")
            key = (f.row.source_id, m.group("acronym"))
            spelled = (
                None if key in acronyms or key in instruments else _spelled_out(f.row.text, start, end, known + added)
            )
            if spelled is None or spelled[2] or any(x.char_start < end and start < x.char_end for x in known + added):
                continue  # the recogniser's names stand; this is for a name and acronym it left out
            eid = entity_id(f.row.text[spelled[0] : spelled[1]])
            names.setdefault(eid, f.row.text[spelled[0] : spelled[1]])
            acronyms[key] = eid
            added.append(_mention(f.row.text, spelled[:2], eid, "name", "entity.provisional_spelled"))
            added.append(_mention(f.row.text, (start, end), eid, "acronym", "entity.provisional_acronym"))
        for m in ACRONYM_BODY.finditer(f.row.text):
            start, end = m.span("acronym")
            if (f.row.source_id, m.group("acronym")) in acronyms or any(
                x.char_start < end and start < x.char_end for x in known + added
            ):
                continue
            eid = entity_id(m.group("acronym"))
            names.setdefault(eid, m.group("acronym"))
            acronyms[(f.row.source_id, m.group("acronym"))] = eid  # 'withdrew from GUAM in 2005', later on
            added.append(
                EntityMention(
                    start, end, m.group("acronym"), eid, "organization", "acronym", "entity.provisional_acronym"
                )
            )
        for m in QUOTED_BODY.finditer(f.row.text):
            start, end = m.span("name")
            if NOT_A_BODY.match(m.group("name")) or any(
                x.char_start < end and start < x.char_end for x in known + added
            ):
                continue
            names.setdefault(entity_id(m.group("name")), m.group("name"))
            added.append(
                EntityMention(
                    start,
                    end,
                    m.group("name"),
                    entity_id(m.group("name")),
                    "organization",
                    "name",
                    "entity.provisional_quoted",
                )
            )
        for start, end in _sub_bodies(f.row.text, known):
            if any(x.char_start < end and start < x.char_end for x in added):
                continue  # the recogniser's name stands
            text = f.row.text[start:end]
            eid = entity_id(text)
            names.setdefault(eid, text)
            known = [m for m in known if not (m.char_start < end and start < m.char_end)]
            added.append(EntityMention(start, end, text, eid, "organization", "name", "entity.provisional_sub_body"))
            acronym = ACRONYM_AFTER.match(f.row.text, end)
            if acronym:
                acronyms[(f.row.source_id, acronym.group("acronym"))] = eid
                a, b = acronym.start("acronym"), acronym.end("acronym")
                known = [m for m in known if not (a <= m.char_start < b)]
                added = [m for m in added if not (a <= m.char_start < b)]  # the recogniser's 'ECI' alone
                added.append(
                    _mention(f.row.text, acronym.span("acronym"), eid, "acronym", "entity.provisional_acronym")
                )
        for (source_id, short), eid in acronyms.items():
            if source_id == f.row.source_id:
                known, added = acronym_uses.place(f.row.text, short, eid, known, added)
        if PARTICIPATION.search(headings.get(f.row.passage_id) or ""):
            for m in list_items(f.row.text):
                start, end = m.start("name"), m.end("name")
                if not any(x.char_start < end and start < x.char_end for x in known + added):
                    eid = entity_id(m.group("name"))
                    names.setdefault(eid, m.group("name"))
                    added.append(
                        EntityMention(
                            start, end, m.group("name"), eid, "organization", "name", "entity.provisional_listed"
                        )
                    )
        if added:
            f = replace(f, entities=tuple(sorted(known + added, key=lambda m: (m.char_start, m.char_end))))
        out.append(f)
    return short_names.resolve(acronym_uses.before_definition(out, acronyms)), names


def _spelled_out(text: str, start: int, end: int, mentions: list) -> tuple[int, int, bool] | None:
    """(start, end, covered) of the body's name that the acronym at `start`..`end`, bracketed after it, abbreviates
    ('the South-East European Cooperation Process (SEECP)': the recogniser may leave it out); None where it names no
    body, or a dictionary body's sub-body ('ECO Trade Promotion Organization (TPO)', `_sub_bodies`). Covered: another
    mention spans it ('Preparatory Commission for the Comprehensive Test Ban Treaty Organization (CTBTO)')."""
    a = name_extent.spelled_out(text, start, text[start:end])
    b = len(text[: start - 1].rstrip())
    name = text[a:b] if a is not None else ""
    if NOT_A_BODY.match(name) or not BODY_WORD.search(name) or len(WORD.findall(name)) < 2 or a is None:
        return None
    if any(m.entity_type == "organization" and 0 <= a - m.char_end <= 1 for m in mentions):
        return None
    return a, b, any(m.char_start < b and a < m.char_end for m in mentions)


def _mention(text: str, span: tuple[int, int], eid: str, form: str, rule_id: str) -> EntityMention:
    return EntityMention(span[0], span[1], text[span[0] : span[1]], eid, "organization", form, rule_id)


def _orgs(mentions: list) -> list:
    return [m for m in mentions if m.entity_type == "organization"]


def _paired_states(text: str, mention) -> bool:
    """A state's adjective joined by a dash to another ('Russian-European Institute …', 'Kazakh–Chinese Business
    Council'): the start of a joint body's name, not the state (a single state's 'Russian Security Council' is)."""
    return mention.entity_type == "state" and text[mention.char_end : mention.char_end + 1] in ("-", "–")


def _ents(span, in_docs: dict[int, tuple]) -> list:
    """`span.ents` (the entities wholly inside the span, in order, up to the first that reaches past its
    end), without walking the whole document's entities for every sentence as spaCy's `Span.ents`
    does: each document's entities are listed once in `in_docs` and found by bisection."""
    doc = span.doc
    if id(doc) not in in_docs:
        ents = list(doc.ents)
        in_docs[id(doc)] = (doc, ents, [ent.start for ent in ents])  # the doc held: its id stays its own
    _, ents, starts = in_docs[id(doc)]
    inside = []
    for ent in ents[bisect.bisect_left(starts, span.start) :]:
        if ent.end > span.end:
            break
        inside.append(ent)
    return inside
