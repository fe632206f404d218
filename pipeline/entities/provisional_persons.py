"""Officials the person dictionary lacks, named in full after their office: provisional persons.

Why: a foreign-relations article names many ministers and heads of government once, in full, after their office
and state ('Omani Foreign Minister Yusuf bin Alawi travelled to Ashgabat', 'the Foreign Minister of Georgia, Grigol
Vashadze'). The codebook writes such a visitor `new:<Full Name>`; without an entity the visit keeps only the state
the title names and loses its visitor, and a later 'he' or surname ('Alawi met …') stands for no one.

What counts (`persons`): a span the recogniser labels PERSON, of two words or more, that no dictionary mention
overlaps, right after an office ('President', 'Foreign Minister', 'Emir', 'Deputy Prime Minister'), perhaps with its
state's adjective or name ('Kyrgyz Foreign Minister', 'President of Indonesia', 'the Foreign Minister of Georgia,').
The person serves the one state the office names, else, for an office named bare in an article about a state
('Foreign Minister Abdulaziz Komilov' in Uzbekistan's), that state: the genre gives a foreign official his state's
adjective and the article's own a title alone (as `visitor_titles` reads a visitor known by office). An office of
an organisation ('IMF Managing Director Christine Lagarde') gives a person of no state; one that names two states,
or a state and an organisation, none. Later in the source the full name or
the surname alone ('Komilov') is the same person; so is a listed person's surname after his full name ('Shinzo Abe …
Abe returned the visit', where the dictionary keeps 'Abe' alone no alias), unless two persons of the source share it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from pipeline.entities.gazetteer import EntityMention
from pipeline.entities.provisional import _ents

PREFIX = "person:new_"
"""The id of every provisional person starts with it."""
WORD = re.compile(r"[A-Za-z0-9]+")
OFFICES = {
    "president",
    "vice-president",
    "minister",
    "premier",
    "chancellor",
    "emir",
    "king",
    "sultan",
    "prince",
    "sheikh",
    "speaker",
    "secretary",
    "chairman",
    "chairwoman",
    "leader",
    "director",
    "commissioner",
    "representative",
}
"""The head of an office held for a state, which a full name may follow."""
OFFICE_WORDS = OFFICES | {
    "prime",
    "deputy",
    "first",
    "foreign",
    "crown",
    "defence",
    "defense",
    "interior",
    "economy",
    "energy",
    "finance",
    "trade",
    "affairs",
    "state",
    "managing",
    "executive",
    "general",
    "high",
    "special",
    "chief",
}
"""Words of an office's name before its head ('Deputy Prime Minister', 'Crown Prince', 'Foreign Affairs Minister')."""
JOINERS = {"of", "the", "for"}
"""Words inside an office's name ('the Minister of Foreign Affairs of Georgia')."""
PARTICLE = re.compile(r"^(?:bin|bint|ibn|al|el|ad|de|da|di|van|von|der|la|le)$|^(?:al|el|ad|as|ash|at)-\w")
"""Lower-case words of a name ('Yusuf bin Alawi', 'Adel al-Jubeir')."""
FIRM = re.compile(r"\b(?:Plc|PLC|Ltd|Inc|LLC|Corp|Corporation|Company|Group|Holdings?|Investments?|Mining|Oil|Gas)\b")
"""A firm's name, which the recogniser may call a person after 'Chairman of the' ('Anglo Asian Mining Plc'), and
whose chairman holds no office of a state."""
SURNAME_MIN = 4
"""A shorter last word of a provisional person's name ('Al', 'Lee') is no surname to find him by alone; a listed
person's ('Abe', after 'Shinzo Abe') is, the recogniser's reading of the full name not being in doubt."""
PROVISIONAL = "entity.provisional_person"
NAME_ROLES = {"nsubj", "nsubjpass", "dobj", "appos", "conj", "ROOT"}
"""Where a name the recogniser missed stands in its clause (`_names`)."""


def person_id(name: str) -> str:
    """'Yusuf bin Alawi' -> 'person:new_yusuf_bin_alawi', 'Hugo Chávez' -> 'person:new_hugo_chavez' (ids are ASCII)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return PREFIX + "_".join(w.lower() for w in WORD.findall(plain))


def persons(found: list, parses: dict, subjects: dict) -> tuple[list, dict[str, str], dict[str, str | None]]:
    """`found` (sentences in source order) with a mention at every provisional person (above) and at his later
    full name or surname in the source; the persons named (entity_id -> name) and their states (entity_id ->
    state). `subjects`: source id -> what the source is about."""
    names: dict[str, str] = {}
    states: dict[str, str | None] = {}
    known_forms: dict[str, dict[str, str]] = {}  # source -> surface form -> person
    in_docs: dict[int, tuple] = {}
    out = []
    for f in found:
        span = parses.get(f.row.passage_id)
        known = list(f.entities)
        added: list[EntityMention] = []
        subject = subjects.get(f.row.source_id) or ""
        for ent in _names(span, in_docs) if span is not None else ():
            found_person = _titled_person(f.row, ent, known, subject if subject.startswith("state:") else None)
            if found_person is None:
                continue
            start, end, state = found_person
            name = f.row.text[start:end]
            eid = person_id(name)
            names.setdefault(eid, name)
            states.setdefault(eid, state)
            added.append(EntityMention(start, end, name, eid, "person", "name", PROVISIONAL))
        forms = known_forms.setdefault(f.row.source_id, {})
        for m in known + added:  # a person named in full, listed or not: his surname later on
            if m.entity_type == "person" and m.form != "short" and len(m.text.split()) > 1:
                _remember(forms, m.text, m.entity_id, 0)
                _remember(forms, m.text.split()[-1], m.entity_id, SURNAME_MIN if m.rule_id == PROVISIONAL else 3)
        for form, eid in forms.items():
            if eid is None:
                continue  # two persons of one surname ('Heydar Aliyev', 'Ilham Aliyev'): neither
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", f.row.text):
                if not any(x.char_start < m.end() and m.start() < x.char_end for x in known + added):
                    rule = PROVISIONAL if eid.startswith(PREFIX) else "entity.surname"
                    added.append(EntityMention(m.start(), m.end(), form, eid, "person", "short", rule))
        if added:
            f = replace(f, entities=tuple(sorted(known + added, key=lambda m: (m.char_start, m.char_end))))
        out.append(f)
    return out, names, states


def _remember(forms: dict, form: str, eid: str, shortest: int) -> None:
    """Note that `form` names `eid` in the source, or that it names no one where it names two persons."""
    if len(form) < shortest or not form[:1].isupper():
        return
    forms[form] = eid if forms.get(form, eid) == eid else None


def _names(span, in_docs: dict) -> list:
    """The spans that may name a person: the recogniser's PERSON spans, and the chains of proper nouns joined as
    compounds to a last one that none of them covers (the recogniser misses 'Nancy Pelosi' after 'Speaker of the
    United States House of Representatives'; 'Representatives', the object of 'of', is no part of the name), where
    the recogniser saw no other entity and the chain is a subject, object or apposition, not the object of a
    preposition ('Commissioner for Human Rights', 'the High-Level Task Force on …': a body or a field)."""
    people = [ent for ent in _ents(span, in_docs) if ent.label_ == "PERSON"]
    covered = {t.i for ent in people for t in ent}
    for last in span:
        if last.pos_ != "PROPN" or last.dep_ not in NAME_ROLES or last.ent_type_ or last.i in covered:
            continue
        first = last.i
        while (
            first > span.start
            and span.doc[first - 1].pos_ == "PROPN"
            and span.doc[first - 1].dep_ == "compound"
            and not span.doc[first - 1].ent_type_
        ):
            first -= 1
        if first < last.i and not any(i in covered for i in range(first, last.i)):
            people.append(span.doc[first : last.i + 1])
    return people


def _titled_person(row, ent, known: list, home: str | None) -> tuple[int, int, str | None] | None:
    """(start, end, state) of a full name the recogniser found right after an office (offsets relative to the
    sentence), or None: not after an office, a name of one word, a name a dictionary mention overlaps, an office of
    several states or of a state and an organisation. An organisation's office gives a person of no state ('IMF
    Managing Director Christine Lagarde'): he travels for it, not for a state (`visit_organizations`)."""
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in OFFICE_WORDS | JOINERS or _in(tokens[0], row, known, ("state",))):
        tokens = tokens[1:]  # 'President Susilo Bambang Yudhoyono' as one span: the office is not the name
    while tokens and tokens[-1].text in ("'s", "’s", "'", "’"):
        tokens = tokens[:-1]
    if len(tokens) < 2 or not all(t.text[:1].isupper() or PARTICLE.match(t.lower_) or t.text == "-" for t in tokens):
        return None
    start, end = tokens[0].idx - row.char_start, tokens[-1].idx + len(tokens[-1]) - row.char_start
    if FIRM.search(row.text, start, end) or any(m.char_start < end and start < m.char_end for m in known):
        return None
    office = _office(tokens[0], row, known)
    if not any(t.lower_ in OFFICES for t in office) and getattr(ent, "label_", "") == "PERSON":
        office, home = _office_after(tokens[-1], row, known), None  # an office set off after names its state
    if not any(t.lower_ in OFFICES for t in office) or any(FIRM.fullmatch(t.text) for t in office):
        return None  # no office, or a firm's ('Reza Vaziri, Chairman of the Anglo Asian Mining Plc')
    if any(_in(t, row, known, ("person",)) for t in office):
        return None
    named = {m.entity_id for t in office for m in known if _covers(m, t, row) and m.entity_type == "state"}
    if any(_in(t, row, known, ("organization",)) for t in office):
        return None if named else (start, end, None)
    if len(named) > 1:
        return None
    state = next(iter(named), None) or _delegation_state(tokens[-1], row, known) or home
    return (start, end, state) if state else None


DELEGATIONS = {"delegation", "mission", "team"}
LEADING = {"lead", "head"}
DELEGATION_STEPS = 3
"""How far up the parse a delegation noun may be from the verb of leading it ('a government delegation of
Afghanistan, headed by …': the parse may hang 'headed' on 'Afghanistan')."""


def _delegation_state(name, row, known: list) -> str | None:
    """The one state of the delegation a person leads ('a Georgian parliamentary delegation led by Speaker Irakli
    Kobakhidze', 'a government delegation of Afghanistan, headed by Foreign Minister Zalmai Rassoul'): a state's
    delegation is led by its own official, whose bare office names no state. Not a state after 'to', 'in' … (the
    delegation's destination), nor one of several."""
    by = name.head
    verb = by.head
    if by.lower_ != "by" or verb.lemma_.lower() not in LEADING:
        return None
    noun = verb.head
    for _ in range(DELEGATION_STEPS):
        if noun.lemma_.lower() in DELEGATIONS or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun.lemma_.lower() not in DELEGATIONS:
        return None
    skip = {x.i for x in verb.subtree}
    skip |= {x.i for p in noun.children if p.dep_ == "prep" and p.lower_ != "of" for x in p.subtree}
    states = {
        m.entity_id
        for t in noun.subtree
        if t.i not in skip
        for m in known
        if m.entity_type == "state" and _covers(m, t, row)
    }
    return next(iter(states)) if len(states) == 1 else None


def _office(first, row, known: list) -> list:
    """The tokens of the office right before a name's first token, nearest first: office words, the words that join
    them, the mentions and capitalised words inside it ('the Foreign Minister of Georgia,', 'Kyrgyz Foreign Minister',
    'UN Secretary-General', "Russia's Foreign Minister", 'Speaker of the United States House of Representatives'),
    through one comma before the name; not a person named before it."""
    doc, i, words = first.doc, first.i - 1, []
    if i >= first.sent.start and doc[i].text == ",":
        i -= 1
    while i >= first.sent.start and _of_office(doc[i], row, known):  # not 'Tokayev received Thai Prime Minister …'
        words.append(doc[i])
        i -= 1
    return words


def _office_after(last, row, known: list) -> list:
    """The tokens of an office set off by commas right after a name and opened by an article or a state ('Jeenbek
    Kulubaev, the Kyrgyz foreign minister,', "Yusuf bin Alawi, Oman's minister responsible for foreign affairs"), up
    to the first word that is none of its; the recogniser's PERSON spans only, whose state it must name."""
    doc, i, words = last.doc, last.i + 1, []
    if i + 1 >= last.sent.end or doc[i].text != ",":
        return []
    i += 1
    if doc[i].lower_ not in ("the", "a", "an") and not _in(doc[i], row, known, ("state",)):
        return []  # 'Tim Cejka, President of ExxonMobil': an office set off names its state first
    while i < last.sent.end and _of_office(doc[i], row, known):
        words.append(doc[i])
        i += 1
    return words


def _of_office(token, row, known: list) -> bool:
    """The token may be a word of an office's name: an office word, a word joining them, a mention (not a person's)
    or a capitalised word ('Speaker of the United States House of Representatives')."""
    mention = next((m for m in known if _covers(m, token, row)), None)
    if mention is not None:
        return mention.entity_type != "person"
    return (
        token.lower_ in OFFICE_WORDS | JOINERS
        or token.text in ("-", "–", "'s", "’s")
        or (token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ"))
    )


def _covers(mention: EntityMention, token, row) -> bool:
    at = token.idx - row.char_start
    return mention.char_start <= at < mention.char_end


def _in(token, row, known: list, types: tuple) -> bool:
    """The token lies in a mention of one of `types`."""
    return any(m.entity_type in types and _covers(m, token, row) for m in known)
