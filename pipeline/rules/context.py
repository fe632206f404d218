"""What a rule sees: one sentence with its mentions and its paragraph's context.

Why: most facts in this genre lean on context. "He went to Belgium" means the president the
paragraph is about; "the two states signed" means Kazakhstan and the partner the paragraph is
about; "to Thailand in August" takes the year of the enumeration; "Russia joined it" means the
organisation of the previous sentence. The extract stage computes that context once, in text
order, and rules stay small.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date

from pipeline.entities.gazetteer import ACTOR_FORMS
from pipeline.rules.words import Words

EVENT_NAME = re.compile(r"\b(?:Expo|EXPO)[\s-]*$")
"""A year that is part of an event's name ('EXPO-2017') dates nothing else in the sentence."""
OPENING_CHARS = 12
"""A date that starts within this many characters opens the sentence ('In February 1993, …')."""
EARLIER_EVENT = re.compile(r"^\s*(?:After|Before|Following|Since|Until)\b")
"""An introduction that dates another event ('After being admitted to the United Nations in 1992,
Kazakhstan joined …') does not date the main clause."""
SAME_TIME = re.compile(r",\s+(?:when|as)\b")
SAME_TIME_OPENING = re.compile(
    r"^\s*(?:At the same time|In the same year|That same year|The same year|Simultaneously)\b"
)
"""A sentence that opens by pointing at the time of the one before: 'At the same time, Uzbekistan joined …'."""
"""A date before ', when …' dates the clause that follows ('in June 2011, when an agreement was signed')."""
INTRODUCTION_CHARS = 50
"""A date followed by a comma within this many characters ends an introductory phrase ('In Astana,
on 29 May 2014, …', 'During President Lee Myung-bak’s visit in May 2009, …')."""
BOUND_BEFORE = re.compile(r"\b(?:[Pp]rior to|[Uu]ntil|[Tt]ill|[Uu]p to)\s+(?:the\s+)?$")
"""A date after these words bounds an act or a state of affairs ('Prior to 1991, the Soviet Union held Russia's
UN seat'); it is not the date of either. 'before' is left to the deadline reading (fact_modality.deadline)."""
NOT_UNTIL = re.compile(r"\b(?:not|n't|never)\b")
AFTER_STOP = re.compile(r",\s+(?:with|but|while|whereby|which|when|although)\b|,\s+(?:and\s+)?[a-z]+ed\b")
"""Where the words that can date a verb end: a new clause ('…, with the inaugural meeting to be held
… in 2011' does not date the agreement of 2010)."""
CLAUSE_BREAK = re.compile(r";|(?<![A-Z]\.[A-Z])\.\s+(?=[A-Z‘“])|:\s| – | — ")
"""A clause ends at a stop, but not at the stop of an initialism ('the E.U. Customs Union', 'the U.S. Senate')."""
PAREN = re.compile(r"\([^()]*\)")
NAMED_OTHER_EVENT = re.compile(
    r"\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Pp]rior to)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w’'-]*\s+){1,6}|(?:[\w’'-]+\s+){0,3}(?:test|tests|war|collapse|dissolution|break-?up|revolution|"
    r"crisis|invasion|coup|attacks?|conflict)\s+(?:of\s+the\s+(?:[A-Z][\w’'-]*\s+){1,3})?)(?:in|of|on)\s+$"
)
"""'after the World Food Conference in 1974', 'following the Helsinki Summit in 1999', "after India's nuclear test in
1974", 'after the collapse of the Soviet Union in 1991': a named event, or one a noun of a happening names, and its
year right after a word of another time; that year is the other event's, not the act's (the parser often hangs it
on a word far off, so the text is read)."""
COORDINATED = re.compile(r",\s+and\s+(?:in this capacity,\s+|then\s+|later\s+|subsequently\s+)?")


@dataclass(frozen=True)
class Candidate:
    """A fact a rule found: its type, its fields, the supporting span (sentence offsets) and rule id."""

    fact_type: str
    fields: tuple[tuple[str, object], ...]
    start: int
    end: int
    rule_id: str
    sentence: Sentence | None = field(default=None, compare=False, hash=False)
    """The sentence the span lies in: usually the one the rule ran on; a fact told over two sentences
    gets a quote in each (see Sentence.candidate)."""

    def get(self, name: str):
        return dict(self.fields).get(name)


@dataclass(frozen=True)
class Sentence:
    source_id: str
    passage_id: str
    offset: int
    text: str
    entities: tuple = ()
    dates: tuple = ()
    amounts: tuple = ()
    anchor_year: int | None = None
    topic_person: str | None = None
    partner_state: str | None = None
    previous_organizations: tuple[str, ...] = ()
    previous_sentence_organizations: tuple[str, ...] = ()
    """Organisations the previous sentence itself names (`previous_organizations` keeps the last named, however far)."""
    paragraph_organizations: tuple[str, ...] = ()
    """Organisations named earlier in this paragraph, first one first (the paragraph's topic)."""
    paragraph_persons: tuple[str, ...] = ()
    """Persons named earlier in this paragraph, in order ('They included French President Mitterrand, …')."""
    paragraph_states: tuple[str, ...] = ()
    """States named as actors earlier in this paragraph, in order: the universe 'all but Georgia' and 'the three
    sides' draw on (`agreement_context`)."""
    paragraph_partner_state: str | None = None
    """The partner state named earlier in this paragraph only (None at a paragraph's start)."""
    previous_text: str = ""
    source_lead: str = ""
    """The source's first sentence, which in an encyclopaedia article says what it is about ('The Comprehensive
    Nuclear-Test-Ban Treaty (CTBT) is a multilateral treaty that …'): the topic 'the treaty' and a bare 'acceded'
    stand for in a treaty's own article (`parsed_treaties`)."""
    previous_dates: tuple = ()
    previous_states: tuple[str, ...] = ()
    """States the previous sentence of the source names as actors ('… came to Kazakhstan.'; not 'post-Soviet', an
    adjective that describes rather than lists: 'these countries' are the states named)."""
    previous_places: tuple[str, ...] = ()
    """Places the previous sentence of the source names, in order: where a 'there' may point ('Karimov visited Moscow
    in 1992. He returned there in 1994')."""
    state_of: dict = field(default_factory=dict, compare=False, hash=False)
    """The state of every person and place in the dictionaries (entity_id -> state entity_id)."""
    family_states: dict = field(default_factory=dict, compare=False, hash=False)
    """The state of a surname several dictionary persons of one state share ('Aliyev' -> state:AZE), which names
    no one person (`s3_extract.family_states`)."""
    parent_of: dict = field(default_factory=dict, compare=False, hash=False)
    """The organisation each sub-body belongs to (entity_id -> entity_id): RATS is part of the SCO."""
    lenders: dict = field(default_factory=dict, compare=False, hash=False)
    """The organisations whose business is lending (entity_id -> name; `entities.lenders`): the IMF, the World Bank,
    the development banks and lending funds of the dictionary, and provisional bodies named as such."""
    state_groups: tuple = field(default=(), compare=False, hash=False)
    """Phrases that name several states at once, with their members: ('the five Central Asian states',
    ('state:KAZ', …)), from raw/dictionaries/state_groups.csv."""
    subject: str | None = None
    """What the source is about (`sources.yaml`: a state, an organisation or None)."""
    heading: str | None = None
    """The heading of the sentence's section ('International organization participation'), or None."""
    heading_state: str | None = None
    """The one state the sentence's section heading names besides the source's subject ('Libya' over paragraphs
    on its chemical weapons in a treaty's article), or None: whom 'it' stands for where no sentence before names
    a state."""
    tokens: Words | None = field(default=None, compare=False, hash=False)
    """The sentence's parse (a spaCy Span, kept as `Words`; `pipeline.text.parse`), or None where there is none."""
    paragraph_date: object = field(default=None, compare=False, hash=False)
    """The year the narrative is at when this sentence begins (a year-only date): that of the last event
    date in earlier sentences of the paragraph (not a deadline 'by 2015', not a period's start 'since
    1997'), else the year its section heading names ('The 2009 Nakhchivan summit'); None where neither
    gives one. Rules use it only for a fact stated in the past that its own sentence leaves undated
    ('In 1996, FAO organized the World Food Summit … At the same time, 1,200 civil society organizations
    … participated')."""
    section_date: object = field(default=None, compare=False, hash=False)
    """The year the narrative is at over the paragraphs of the sentence's section (a section being the text
    under one heading): `paragraph_date`, else that of the last earlier paragraph of the section that gave
    one. Only for what the text ties to the narrative's time though told in another paragraph: words said
    ('Lukashenko said: "The Community will establish a fund of $10 billion"' under a section that opens 'On 9
    June 2009, … announced the establishment of an anti-crisis fund')."""
    following: Sentence | None = field(default=None, compare=False, hash=False)
    """The next sentence of the same paragraph: 'created an embryonic … union. This alliance, later
    renamed the Central Asian Economic Union, …' names the body only in the next sentence."""

    _memo: dict = field(default_factory=dict, init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        if self.tokens is not None and not isinstance(self.tokens, Words):
            object.__setattr__(self, "tokens", Words(self.tokens))

    @property
    def home_state(self) -> str | None:
        """The default actor of a subject-less verb ('it joined', 'signed agreements'): the state the source
        is about; None in a source about an organisation or about nothing in particular."""
        return self.subject if self.subject and self.subject.startswith("state:") else None

    @property
    def subject_organization(self) -> str | None:
        """The organisation the source is about ('it', 'the organization', 'the bloc' name it), or None."""
        return self.subject if self.subject and self.subject.startswith("org:") else None

    def once(self, rule):
        """rule(self), computed once per sentence (event rules reuse the membership rules' output)."""
        memo = self._memo
        if rule not in memo:
            memo[rule] = rule(self)
        return memo[rule]

    def with_lemma(self, lemmas: Collection[str]) -> list:
        """The parse's tokens with one of these lower-cased lemmas, in text order (`Words.with_lemma`); none
        without a parse."""
        return [] if self.tokens is None else self.tokens.with_lemma(lemmas)

    def candidate(self, fact_type: str, rule_id: str, start: int = 0, end: int | None = None, **fields) -> Candidate:
        """A candidate supported by text[start:end] (the whole sentence by default), kept inside the sentence: a span
        read off parse tokens can take in the whitespace token after its last word (the line end the sentence's text
        leaves out), and the evidence's offsets must stay those of its quote."""
        end = len(self.text) if end is None else min(end, len(self.text))
        return Candidate(fact_type, tuple(sorted(fields.items())), max(start, 0), end, rule_id, self)

    # --- entities -------------------------------------------------------------------------
    def states(self, start: int = 0, end: int | None = None, actors_only: bool = True) -> list:
        return [m for m in self._entities("state", start, end) if not actors_only or m.form in ACTOR_FORMS]

    def organizations(self, start: int = 0, end: int | None = None) -> list:
        return self._entities("organization", start, end)

    def persons(self, start: int = 0, end: int | None = None) -> list:
        return self._entities("person", start, end)

    def places(self, start: int = 0, end: int | None = None) -> list:
        return self._entities("place", start, end)

    def _entities(self, entity_type: str, start: int, end: int | None) -> list:
        end = len(self.text) if end is None else end
        if "by_type" not in self._memo:  # the rules ask for one type thousands of times: split the mentions once
            by_type: dict[str, list] = {}
            for m in self.entities:
                by_type.setdefault(m.entity_type, []).append(m)
            self._memo["by_type"] = by_type
        return [m for m in self._memo["by_type"].get(entity_type, ()) if start <= m.char_start and m.char_end <= end]

    # --- dates ----------------------------------------------------------------------------
    def dates_in(self, start: int = 0, end: int | None = None, include_asides: bool = False) -> list:
        """Dates in text[start:end], leaving out those inside a bracketed aside unless asked."""
        end = len(self.text) if end is None else end
        asides = (
            []
            if include_asides
            else [(m.start(), m.end()) for m in PAREN.finditer(self.text) if len(m.group().split()) > 1]
        )
        return [
            d
            for d in self.dates
            if start <= d.char_start
            and d.char_end <= end
            and not any(a < d.char_start and d.char_end < b for a, b in asides)
            and not EVENT_NAME.search(self.text, 0, d.char_start)
        ]

    def clause(self, position: int) -> tuple[int, int]:
        """The clause around a position: bounded by ';', a sentence stop, ':', a dash or ')'."""
        start = 0
        for m in CLAUSE_BREAK.finditer(self.text):
            if m.end() <= position:
                start = m.end()
            elif m.start() >= position:
                return start, m.start()
        return start, len(self.text)

    def date_for(self, position: int, end: int | None = None):
        """The date a verb at `position` takes: the first date after it, up to `end` or its clause's
        end ('signed in 1995'); else the last date before it in its clause with no comma between
        ('In 1998 Kazakhstan and Russia concluded'); else the date that opens the sentence ('In May
        1992, …'). A date after a comma-separated opening phrase of another verb is not taken."""
        start, clause_end = self.clause(position)
        stop = AFTER_STOP.search(self.text, position, clause_end)
        limit = min(clause_end, stop.start() if stop else clause_end, clause_end if end is None else end)
        after = [
            d
            for d in self.dates_in(position, limit)
            if not self.bounds(d) and not self.other_event(d.char_start, position)
        ]
        if after:
            return after[0]
        before = [
            d
            for d in self.dates_in(start, position)
            if ("," not in self.text[d.char_end : position] or SAME_TIME.match(self.text, d.char_end))
            and not self.bounds(d)
            and not self.other_event(d.char_start, position)
        ]
        if before:
            return before[-1]
        return self.opening_date()

    def bounds(self, d) -> bool:
        """The date is a bound ('prior to 1991', 'until 2005'), not a date of the sentence's acts; after a
        negation ('did not accede until 1992') it is the act's date."""
        bound = BOUND_BEFORE.search(self.text, 0, d.char_start)
        return bound is not None and not NOT_UNTIL.search(self.text, max(0, bound.start() - 60), bound.start())

    def other_event(self, date_start: int, position: int) -> bool:
        """The date at `date_start` is a named other event's ('after the World Food Conference in 1974'), the act
        at `position` lying outside that phrase."""
        named = NAMED_OTHER_EVENT.search(self.text, max(0, date_start - 80), date_start)
        return named is not None and not named.start() <= position < date_start

    def opening_date(self):
        """The date of the sentence's introductory phrase: 'In February 1993, …', 'In Astana, on 29
        May 2014, …', 'In 1998 Kazakhstan …'; the year of the previous sentence's first date where this one
        opens 'At the same time' or 'In the same year'."""
        if SAME_TIME_OPENING.match(self.text) and self.previous_dates:
            d = self.previous_dates[0]  # its year only: 'at the same time' is no day
            year = d.date_start.year
            return replace(
                d, edtf=str(year), date_start=date(year, 1, 1), date_end=date(year, 12, 31), precision="year"
            )
        for d in self.dates_in():
            if self.bounds(d):
                continue
            if d.char_start <= OPENING_CHARS or (
                d.char_start <= INTRODUCTION_CHARS
                and not EARLIER_EVENT.match(self.text)
                and self.text[d.char_end : d.char_end + 2].lstrip().startswith(",")
            ):
                return d
        return None

    def anchor_date(self):
        """The year the section is at (from earlier sentences) as date fields, or None."""
        return None if self.anchor_year is None else year_only(self.anchor_year)

    def coordinated_date(self, position: int):
        """The year of the clause a verb at `position` is coordinated with: 'it joined the OSCE ‘Troika’
        … in January 2009, and in this capacity, chaired …' (2009: the same period, not the same day)."""
        before = self.dates_in(0, position)
        if before and COORDINATED.fullmatch(self.text, before[-1].char_end, position):
            return year_only(before[-1].date_start.year)
        return None

    def nearest_date(self, start: int, end: int):
        """The date closest to text[start:end] within its clause (a figure's reference year)."""
        c_start, c_end = self.clause(start)
        opening = self.opening_date()
        dates = (
            self.dates_in(c_start, c_end, include_asides=True)
            or ([opening] if opening else [])
            or self.dates_in(include_asides=True)
        )
        return min(dates, key=lambda d: min(abs(d.char_start - end), abs(start - d.char_end)), default=None)

    def top_organization(self, entity_id: str) -> str:
        """The organisation a sub-body ultimately belongs to (itself when it is no part of another)."""
        seen = {entity_id}
        while self.parent_of.get(entity_id) and self.parent_of[entity_id] not in seen:
            entity_id = self.parent_of[entity_id]
            seen.add(entity_id)
        return entity_id

    def place_state(self, start: int, end: int) -> str | None:
        """The state of the first place named in text[start:end], or None."""
        places = self.places(start, end)
        return self.state_of_entity(places[0].entity_id) if places else None

    def state_of_entity(self, entity_id: str) -> str | None:
        if entity_id.startswith("state:"):
            return entity_id
        return self.state_of.get(entity_id)


@dataclass(frozen=True)
class _Year:
    """A year taken from context, shaped like a date mention."""

    edtf: str
    date_start: object
    date_end: object
    precision: str
    qualifier: str | None


def year_only(year: int) -> _Year:
    """A year as a date."""
    return _Year(str(year), date(year, 1, 1), date(year, 12, 31), "year", None)
