"""Which treaty words name: an instrument's noun or a treaty's acronym, its kind and name, and the treaty a sentence
that names none is about (the one named before, or the article's topic).

Why a module: every treaty rule (`parsed_treaties`, `treaty_nouns`, `treaty_status`, `treaty_brackets`,
`treaty_acts`, `instrument_acts`) asks the same two questions of its words, whatever act it reads: is this word an
instrument ('the Convention', 'the NPT', 'START II'; never a dictionary organisation), and, where the act names
none ('acceded in 1992', 'it', 'its withdrawal'), which instrument the text is talking about. Answering them is one
job, apart from reading the acts.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.entities import provisional
from pipeline.rules import agreement_names, agreements
from pipeline.rules.agreement_guards import TREATY_ACRONYM_PATTERN
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _entity
from pipeline.rules.parsed_agreements import INSTRUMENT_NOUNS
from pipeline.rules.stance import token_at
from pipeline.rules.treaty_states import STATE_NOUNS

TREATY_ACRONYM = re.compile(rf"^{TREATY_ACRONYM_PATTERN}$")
"""'NPT', 'CTBT', 'PTBT', 'TTBT': a treaty's acronym ends in the T of Treaty."""


NUMBERED = {"I", "II", "III", "IV", "V", "1", "2", "3"}


def _acronym(token) -> str | None:
    """The treaty's acronym the token is, with its number where the parser makes the number the head ('START II'),
    or None."""
    if TREATY_ACRONYM.match(token.text):
        return token.text
    if token.text in NUMBERED:
        named = [c.text for c in token.children if c.dep_ == "compound" and TREATY_ACRONYM.match(c.text)]
        return f"{named[0]} {token.text}" if named else None
    return None


def _is_instrument(s: Sentence, token) -> bool:
    """An instrument's noun ('Statute' capitalised only: the Rome Statute is a treaty, 'a statute' a domestic law), or
    a treaty's acronym (which the recogniser may have taken for a body the dictionaries lack: a provisional
    organisation); never a dictionary organisation."""
    body = _entity(s, token, ("organization",))
    if _acronym(token):
        return body is None or body.entity_id.startswith(provisional.PREFIX)
    return body is None and (token.lemma_.lower() in INSTRUMENT_NOUNS or token.text == "Statute")


def _earlier_instrument(s: Sentence, verb):
    """The last instrument the sentence names before the verb ('it', 'the treaty' stand for it), or None."""
    earlier = [t for t in (s.tokens or []) if t.i < verb.i and t.pos_ in ("NOUN", "PROPN") and _is_instrument(s, t)]
    return earlier[-1] if earlier else None


PREVIOUS_INSTRUMENT = re.compile(rf"\b(?-i:{TREATY_ACRONYM_PATTERN})\b|" + agreements.NOUN.pattern, re.IGNORECASE)


TOPIC = re.compile(
    r"^(?P<subject>[^.]*?)\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?P<noun>treaty|convention|protocol|agreement)\b",
    re.IGNORECASE,
)
"""An article's lead that defines its topic as an instrument: 'The Comprehensive Nuclear-Test-Ban Treaty (CTBT) is a
multilateral treaty that …', 'The Treaty on …, commonly known as the NPT, is an international treaty …', 'The Treaty
on the Prohibition of Nuclear Weapons is the first legally binding international agreement to …' (a treaty by its
name's own noun, whatever noun defines it)."""


def _topic_kind(s: Sentence) -> str | None:
    """The kind of the instrument the text is the article of, where its lead says so and names it as its subject
    (an instrument's noun or a treaty's acronym there), and no dictionary organisation was named just before (whose
    act a bare 'withdrew' may be: `_organization_before`); else None."""
    if _organization_before(s):
        return None
    return _lead_kind(s.source_lead)


def _organization_before(s: Sentence) -> bool:
    """True when a dictionary organisation was named before, whose act a bare 'withdrew' or 'its accession' may be: in
    the article on a treaty (its lead defines the topic), named in the previous sentence itself ('adopted by the UN
    General Assembly' in the second sentence leaves the treaty the topic of the rest); elsewhere, the last named
    however far back (`Sentence.previous_organizations`)."""
    if not _lead_kind(s.source_lead):
        return any(not o.startswith(provisional.PREFIX) for o in s.previous_organizations)
    if s.previous_text == s.source_lead:
        return False  # 'The Kyoto Protocol is a treaty that extends the UN Framework Convention …': defines the topic
    return any(not o.startswith(provisional.PREFIX) for o in s.previous_sentence_organizations)


@cache
def _lead_kind(lead: str) -> str | None:
    """The kind of instrument a source's lead defines its topic as, or None: one reading per source, where every
    sentence of it may ask. The kind is that of the name's own noun where it has one ('The Chemical Weapons
    Convention (CWC) is an arms control treaty' is a convention, as its name is read wherever else it is named),
    else that of the noun the lead defines it by ('The CTBT is a multilateral treaty')."""
    topic = TOPIC.match(lead)
    if topic is None:
        return _named_lead_kind(lead)
    subject = topic.group("subject")
    named = _name_noun(subject)
    if named is not None:
        return agreement_names.kind_of(named.group("noun"), subject)
    if not re.search(rf"\b(?-i:{TREATY_ACRONYM_PATTERN})\b", subject):
        return None
    return agreement_names.kind_of(topic.group("noun").lower(), subject)


def _name_noun(words: str) -> re.Match | None:
    """The instrument noun that heads a name: the first the words hold, or the last of those standing right after it
    ('The Energy Charter Treaty' is a treaty, its 'Charter' a modifier; 'The Ottawa Treaty, formally the Convention
    on …' a treaty); None where the words hold none."""
    found = list(agreements.NOUN.finditer(words))
    if not found:
        return None
    head = found[0]
    for later in found[1:]:
        if words[head.end() : later.start()].strip():
            break
        head = later
    return head


LEAD_SUBJECT = re.compile(r"^(?P<subject>[^.]*?)\s+(?:is|was)\s+(?:an?|the)\s")
"""The subject an article's first sentence defines: 'The Treaty of Tlatelolco is the conventional name given to …'
(not 'The Collective Security Treaty was signed in 1992', which tells an act, not what the article is about)."""


def _named_lead_kind(lead: str) -> str | None:
    """The kind of the instrument a lead's subject names by its capitalised noun where the lead defines it in other
    words than 'is a treaty' ('The Treaty of Tlatelolco is the conventional name given to the Treaty for the
    Prohibition of Nuclear Weapons in Latin America'); None for any other subject."""
    subject = LEAD_SUBJECT.match(lead)
    if subject is None:
        return None
    named = _name_noun(subject.group("subject"))
    if named is None or not named.group("noun")[:1].isupper():
        return None
    return agreement_names.kind_of(named.group("noun"), subject.group("subject"))


def treaty_talked_about(s: Sentence, token=None) -> str | None:
    """The kind of the treaty the text is talking about where the words name none ('became a party in 1994', 'its
    withdrawal', a list of states with their acts in brackets): the one the sentence names before `token`, else the
    last the previous sentence names where no dictionary organisation was named before (`_organization_before`),
    else the article's topic
    (`_topic_kind`); None in a sentence that names an organisation (whose act it may be)."""
    if names_organization(s):
        return None
    earlier = _earlier_instrument(s, token) if token is not None else None
    if earlier is not None:
        return _kind(earlier)
    if _organization_before(s):
        return None
    last = _previous_named(s)
    return _named_kind(last) if last is not None else _topic_kind(s)


def names_organization(s: Sentence) -> bool:
    """True when the sentence names an organisation that is no treaty's acronym taken for one ('the NPT'), does more
    than qualify a noun of states ('Several EU member states … announced their withdrawal': the states act) and is no
    depositary (`_depositary`)."""
    return any(
        not _is_instrument(s, t) and not _qualifies_states(t) and not _depositary(t)
        for m in s.organizations()
        for t in [token_at(s, m.char_start)]
        if t is not None
    )


def _depositary(token) -> bool:
    """True for a word of the phrase naming whom an instrument is deposited with ('deposited its instrument of
    accession with the Secretary-General of the United Nations', the parser hanging 'with' on the verb or on the
    paper): the keeper of the papers, not a party acting."""
    prep = next((a for a in token.ancestors if a.lower_ == "with" and a.dep_ == "prep"), None)
    verb = next((v for v in prep.ancestors if v.pos_ == "VERB"), None) if prep is not None else None
    return verb is not None and verb.lemma_.lower() in ("deposit", "lodge")


def _qualifies_states(token) -> bool:
    """True for a word of a name that only qualifies a noun of states, through the modifiers before it ('EU member
    states', 'the last G20 country', 'CIS countries')."""
    for _ in range(3):
        if token.dep_ not in ("compound", "amod", "nmod") or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in STATE_NOUNS:
            return True
    return False


def _previous_named(s: Sentence) -> str | None:
    """The words of the last instrument the previous sentence names, or None; None after the lead that defines the
    article's topic as an instrument, whose last instrument noun is the defining one ('… is an arms control treaty
    …'): the topic (`_topic_kind`) is what the words stand for. In such an article only a named instrument
    (`_named_at`) is another one; 'the treaty' is the topic."""
    topic = _lead_kind(s.source_lead)
    if s.previous_text == s.source_lead and topic is not None:
        return None
    found = list(PREVIOUS_INSTRUMENT.finditer(s.previous_text))
    if topic is not None:  # 'the treaty entered into force', 'as part of an agreement for …': the topic stays
        found = [m for m in found if _named_at(s.previous_text, m)]
    return found[-1].group() if found else None


NAME_BEFORE = re.compile(r"\b(?!(?:The|This|That|Its|Their|An?)\b)[A-Z][\w’'-]*[\s–-]+$")
NAME_AFTER = re.compile(r"\s+(?:of|on|for)\s+(?:the\s+)?[A-Z]")


def _named_at(text: str, m: re.Match) -> bool:
    """True for an instrument the words name: a treaty's acronym, a noun with a capitalised word before it ('the
    Lisbon Protocol', not 'The Treaty') or a capitalised phrase after it ('the Treaty of Pelindaba'); not
    the generic noun an article on a treaty uses for its topic ('the treaty', 'the Convention') or an unnamed one."""
    if TREATY_ACRONYM.match(m.group()):
        return True
    return bool(NAME_BEFORE.search(text, 0, m.start()) or NAME_AFTER.match(text, m.end()))


def _named_kind(words: str) -> str:
    return "treaty" if TREATY_ACRONYM.match(words) else agreement_names.kind_of(words, words)


def _kind(noun) -> str:
    """The instrument's kind: a treaty by its acronym ('the NPT'), else by its noun and words."""
    phrase = " ".join(t.text for t in noun.subtree if t.lower_ not in ("the", "this", "a"))
    return "treaty" if _acronym(noun) else agreement_names.kind_of(noun.lemma_, phrase)


def _kind_and_name(noun, referred: str | None) -> tuple[str, str | None] | None:
    """(kind, name) of the instrument a word names, else of the kind the text refers to (no name), else None."""
    if noun is not None:
        return _kind(noun), _name(noun)
    return (referred, None) if referred is not None else None


def _name(noun) -> str | None:
    """The instrument's name as written: its capitalised words before the noun ('the Threshold Test Ban
    Treaty'), or the noun with its capitalised 'on'/'of' phrase ('the Treaty on the Non-Proliferation of
    Nuclear Weapons'), or its acronym ('the NPT'); None for 'the treaty', 'this Treaty', 'it'."""
    if _acronym(noun):
        return _acronym(noun)
    if not noun.text[:1].isupper():
        return None
    before = [t for t in noun.subtree if t.i < noun.i and t.dep_ == "compound" and t.text[:1].isupper()]
    if before:
        return " ".join(t.text for t in [*before, noun])
    named = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "of")]
    if named and any(t.text[:1].isupper() for p in named for t in p.subtree if t.i != p.i):
        return "".join(t.text_with_ws for t in noun.subtree if t.i >= noun.i).strip()  # 'Non-Proliferation'
    return _name_on_verb(noun)


def _name_on_verb(noun) -> str | None:
    """'In 2009 Turkmenistan ratified the Treaty on a Nuclear-Weapon-Free Zone in Central Asia': the name's 'on' or
    'of' phrase right after the noun, which the parser may hang on the verb; only a phrase of capitalised words with
    no figure (not 'the Treaty on 8 April', a date)."""
    if noun.i + 1 >= len(noun.doc):
        return None
    prep = noun.nbor(1)
    if prep.lower_ not in ("on", "of") or prep.dep_ != "prep" or prep.head.i == noun.i:
        return None
    words = [t for t in prep.subtree if t.i != prep.i]
    heads = [t for t in words if t.dep_ == "pobj" and t.head.i == prep.i]
    if not heads or not heads[0].text[:1].isupper() or any(t.like_num for t in words):
        return None
    return "".join(t.text_with_ws for t in [noun, prep, *words]).strip()
