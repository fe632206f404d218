"""What a rule sees: one sentence with its mentions and its paragraph's context.

Why: most facts in this genre lean on context. "He went to Belgium" means the president the
paragraph is about; "the two states signed" means Kazakhstan and the partner the paragraph is
about; "to Thailand in August" takes the year of the enumeration; "Russia joined it" means the
organisation of the previous sentence. The extract stage computes that context once, in text
order, and rules stay small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HOME_STATE = "state:KAZ"
"""Every source is about Kazakhstan: a subject-less or pronoun subject ('it joined') is Kazakhstan."""
STATE_FORMS = frozenset({"name", "short", "abbreviation", "capital_metonym"})
"""Forms that name a state as an actor ('Russia', 'the USA', 'Beijing'); adjectives ('US-led',
'Chinese') describe something else and are not actors."""
CLAUSE_BREAK = re.compile(r";|\.\s|:\s| – | — ")
PAREN = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class Candidate:
    """A fact a rule found: its type, its fields, the supporting span (sentence offsets) and rule id."""

    fact_type: str
    fields: tuple[tuple[str, object], ...]
    start: int
    end: int
    rule_id: str

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
    previous_states: tuple[str, ...] = ()
    previous_text: str = ""
    previous_dates: tuple = ()
    state_of: dict = field(default_factory=dict, compare=False, hash=False)
    """The state of every person and place in the dictionaries (entity_id -> state entity_id)."""

    def candidate(self, fact_type: str, rule_id: str, start: int = 0, end: int | None = None,
                  **fields) -> Candidate:
        """A candidate supported by text[start:end] (the whole sentence by default)."""
        return Candidate(fact_type, tuple(sorted(fields.items())), start,
                         len(self.text) if end is None else end, rule_id)

    # --- entities -------------------------------------------------------------------------
    def states(self, start: int = 0, end: int | None = None, actors_only: bool = True) -> list:
        return [m for m in self._entities("state", start, end)
                if not actors_only or m.form in STATE_FORMS]

    def organizations(self, start: int = 0, end: int | None = None) -> list:
        return self._entities("organization", start, end)

    def persons(self, start: int = 0, end: int | None = None) -> list:
        return self._entities("person", start, end)

    def places(self, start: int = 0, end: int | None = None) -> list:
        return self._entities("place", start, end)

    def _entities(self, entity_type: str, start: int, end: int | None) -> list:
        end = len(self.text) if end is None else end
        return [m for m in self.entities
                if m.entity_type == entity_type and start <= m.char_start and m.char_end <= end]

    # --- dates ----------------------------------------------------------------------------
    def dates_in(self, start: int = 0, end: int | None = None) -> list:
        """Dates in text[start:end], leaving out those inside a bracketed aside."""
        end = len(self.text) if end is None else end
        asides = [(m.start(), m.end()) for m in PAREN.finditer(self.text) if len(m.group().split()) > 1]
        return [d for d in self.dates if start <= d.char_start and d.char_end <= end
                and not any(a < d.char_start and d.char_end < b for a, b in asides)]

    def clause(self, position: int) -> tuple[int, int]:
        """The clause around a position: bounded by ';', a sentence stop, ':', a dash or ')'."""
        start = 0
        for m in CLAUSE_BREAK.finditer(self.text):
            if m.end() <= position:
                start = m.end()
            elif m.start() >= position:
                return start, m.start()
        return start, len(self.text)

    def date_for(self, position: int):
        """The date a verb at `position` takes: the first date after it in its clause ('signed in
        1995'), else the last date before it in its clause ('In May 1992 he … signed'), else the date
        that opens the sentence."""
        start, end = self.clause(position)
        after = self.dates_in(position, end)
        if after:
            return after[0]
        before = self.dates_in(start, position)
        if before:
            return before[-1]
        opening = [d for d in self.dates_in() if d.char_start <= 12]
        return opening[0] if opening else None

    def nearest_date(self, start: int, end: int):
        """The date closest to text[start:end] within its clause (a figure's reference year)."""
        c_start, c_end = self.clause(start)
        dates = self.dates_in(c_start, c_end) or [d for d in self.dates_in() if d.char_start <= 12]
        return min(dates, key=lambda d: min(abs(d.char_start - end), abs(start - d.char_end)), default=None)

    def state_of_entity(self, entity_id: str) -> str | None:
        if entity_id.startswith("state:"):
            return entity_id
        return self.state_of.get(entity_id)


DATE_KEYS = ("date_edtf", "date_start", "date_end", "date_precision", "date_qualifier")


def date_fields(date) -> dict:
    """The shared date columns of a fact from a date mention (all empty without one)."""
    if date is None:
        return dict.fromkeys(DATE_KEYS)
    return {"date_edtf": date.edtf, "date_start": date.date_start.isoformat(),
            "date_end": date.date_end.isoformat(), "date_precision": date.precision,
            "date_qualifier": date.qualifier}
