"""The year a narrative is at: what a section heading or the earlier sentences of a paragraph date.

Why: texts of this genre date a paragraph once ('In 1996, FAO organized the World Food Summit …') and
tell the rest of it undated ('At the same time, 1,200 civil society organizations … participated'); a
heading may carry the year for everything below it ('The 2009 summit'). Not every date in a sentence
is when its events happened: 'by 2015' is a deadline, 'since 1997' opens a period, 'until 2050' closes
one, a bracketed aside dates something else. Only an event date moves the narrative on, and after a
sentence's first one only a date of its own acts (not of a relative clause, nor a year naming another event).
"""

from __future__ import annotations

import re

from pipeline.rules.context import PAREN, year_only
from pipeline.text.dates import PRECISE

NOT_AN_EVENT = re.compile(
    r"\b(?:by|before|no later than|since|until|till|through|from|to|for|after|ahead of|as of)\s+"
    r"(?:the\s+(?:end\s+of\s+(?:the\s+)?)?(?:year\s+)?)?$",
    re.IGNORECASE,
)
"""A date after these words is a deadline, the bound of a period or a status ('As of 2016'), not when
something happened."""


def is_event(text: str, d) -> bool:
    """Whether date mention `d` of `text` says when something happened: a day, month, season or year,
    outside brackets, not a deadline nor a period's bound."""
    if d.precision not in PRECISE or any(a < d.char_start and d.char_end < b for a, b in _asides(text)):
        return False
    return not NOT_AN_EVENT.search(text, max(0, d.char_start - 40), d.char_start)


def _asides(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PAREN.finditer(text)]


RELATIVE_CLAUSE_BEFORE = re.compile(r",\s+(?:which|who|whose)\b[^,;()]*$")
"""A date in a comma-set relative clause dates what the clause adds ('signed the treaty, which came into effect
on 1 January 2015'), not the act the sentence tells."""
ATTRIBUTIVE = re.compile(r"\s+(?:[a-z]+\s+)?(?:crisis|war|election|elections|summit|games|olympics|attacks?)\b", re.I)
"""A year that names another event ('to deal with the effects of the 2008 financial crisis')."""


def _mentions_other_event(text: str, d) -> bool:
    """Whether date `d` stands in a relative clause or names another event by its year (see above)."""
    return bool(
        RELATIVE_CLAUSE_BEFORE.search(text, 0, d.char_start)
        or (
            re.search(r"\bthe\s+$", text[max(0, d.char_start - 5) : d.char_start])
            and ATTRIBUTIVE.match(text, d.char_end)
        )
    )


def event_year(text: str, mentions) -> int | None:
    """The year of the last event date among `mentions` (date mentions of `text`), or None; after the first
    event date of a sentence, a later one that only mentions another event does not move the narrative on
    ('On 29 May 2014, the presidents signed the treaty, which came into effect on 1 January 2015': 2014)."""
    events = [d for d in mentions if is_event(text, d)]
    moving = events[:1] + [d for d in events[1:] if not _mentions_other_event(text, d)]
    return moving[-1].date_start.year if moving else None


def as_date(year: int | None):
    """A year as the date fields a rule passes on (`context.year_only`), or None."""
    return None if year is None else year_only(year)
