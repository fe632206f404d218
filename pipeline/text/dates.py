"""Find date expressions in English prose and normalise them to EDTF.

Why rules and not a date parser: the sources state dates in a handful of house patterns
('2 March 1992', 'May 1992', 'mid-2004', '2012–15', 'the following year'). One regex per pattern
keeps every output explainable by its `rule_id`, and nothing here reads the clock (dateparser
fills missing parts from today's date, which would make the build irreproducible).

Decisions (see CONTRIBUTING.md, "Dates"):
- Spans start at the first word that carries date meaning. Qualifiers are part of the span
  ('mid-2004', 'early April', 'end of December'); articles and prepositions are not
  ('autumn of 2001', 'following year', '1990s').
- A qualifier (early|mid|late|about) never narrows `date_start`/`date_end`: the bounds are always
  those of the EDTF string, which cannot say 'mid'. So 'mid-1990s' is `199X`,
  1990-01-01..1999-12-31, qualifier 'mid'.
- Seasons use northern meteorological months. Winter `YYYY-24` runs from 1 December YYYY to the
  end of February YYYY+1 (the edtf package stops at 31 December).
- A month or day-month without a year ('to Thailand in August') and a relative year ('the following
  year', 'three years later', 'that year') take the year of the most recent single-year mention in
  the text, else `anchor_year`, else yield nothing. After a decade or an interval that year is
  unknown until the next explicit year. 'A few weeks later' is never resolved.
- A month name without a year counts only after a preposition or with a qualifier
  ('in August', 'early April'), so the name 'May' is not read as a month.
- A year inside an event name is still a year ('EXPO-2017', 'Expo 2017' -> 2017).
- '9/11' is read as 2001-09-11; a slash joins two years only in a fiscal year ('fiscal year 2018/19',
  'the 2018/19 fiscal year' -> 2018/2019; 'FY2019' -> 2019, 'FY05' -> 2005); no other slash date is read.
- Years lie in 1800..2100. A four-digit number followed by a measure or scale word ('2000 km',
  '2000 million') or a per cent is a quantity, not a year.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from pipeline.text import lexicon
from pipeline.text.spans import longest_first

MIN_YEAR, MAX_YEAR = 1800, 2100

MONTHS = lexicon.months()
MONTH_NUMBER = {name: number for number, name in enumerate(MONTHS, start=1)}
SEASON_CODE = {name: season.code for name, season in lexicon.seasons().items()}
SEASON_MONTHS = {
    s.code: (s.first_month, s.last_month) for s in lexicon.seasons().values() if s.first_month <= s.last_month
}  # winter (24) crosses the year end
QUALIFIER = {
    "early": "early",
    "beginning of": "early",
    "start of": "early",
    "mid": "mid",
    "middle of": "mid",
    "late": "late",
    "end of": "late",
    "around": "about",
    "about": "about",
    "circa": "about",
    "c.": "about",
    "approximately": "about",
}
NUMBER_WORDS = {"a": 1, **lexicon.numbers(high=20)}
"""Counts of a relative date ('a year later', 'three years later'), up to twenty."""
RELATIVE_OFFSET = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}

# Regex building blocks. Patterns are compiled with re.ASCII so that case-insensitive matching
# cannot pair 'ſ' with 's' or 'K' (Kelvin) with 'k', and '[0-9]' is the only digit.
_SP = r"[\s\u00a0]+"
_OPT_SP = r"[\s\u00a0]*"
_MONTH = r"\b(?P<month>" + "|".join(MONTHS) + r")\b"
YEAR_DIGITS = r"(?:18[0-9]{2}|19[0-9]{2}|20[0-9]{2}|2100)"
"""The years MIN_YEAR..MAX_YEAR as digits: what reads as a year, here and in pipeline.text.amount_numbers."""
CURRENCY_SIGNS = "$€£₽₸¥"
"""Signs that make the number after them a sum, not a year (here) and money (pipeline.text.amount_numbers)."""
_YEAR_BEFORE = rf"(?<![0-9{re.escape(CURRENCY_SIGNS)}])(?<![0-9][.,])"
_QUANTITY_AFTER = (
    rf"{_OPT_SP}(?:%|(?:per{_OPT_SP}cent|percent|km|ha|hectares|kilometres|"
    r"kilometers|thousand|million|billion|bn)\b)"
)
_YEAR_AFTER = rf"(?![0-9A-Za-z_])(?![.,][0-9])(?!{_QUANTITY_AFTER})"
_YEAR = rf"{_YEAR_BEFORE}(?P<year>{YEAR_DIGITS}){_YEAR_AFTER}"
_QUAL = (
    r"(?:(?P<qual>(?i:early|mid|late|around|about|circa|c\.|approximately|"
    rf"(?:beginning|start|middle|end){_SP}of))(?:{_SP}|-))?"
)
_NO_DAY_OR_YEAR_AFTER = r"(?![\s\u00a0,]*[0-9])"
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"

DAY_MONTH_YEAR_RE = rf"\b(?P<day>[0-3]?[0-9]){_ORDINAL_SUFFIX}{_SP}{_MONTH},?{_SP}{_YEAR}"
MONTH_DAY_YEAR_RE = rf"{_MONTH}{_SP}(?P<day>[0-3]?[0-9]){_ORDINAL_SUFFIX},?{_SP}{_YEAR}"
MONTH_YEAR_RE = rf"\b{_QUAL}{_MONTH},?{_SP}{_YEAR}"
DAY_MONTH_RE = rf"\b(?P<day>[0-3]?[0-9]){_ORDINAL_SUFFIX}{_SP}{_MONTH}{_NO_DAY_OR_YEAR_AFTER}"
MONTH_RE = rf"\b{_QUAL}{_MONTH}{_NO_DAY_OR_YEAR_AFTER}"
SEASON_RE = (
    rf"\b{_QUAL}(?P<season>(?i:" + "|".join(SEASON_CODE) + "))"
    rf"(?:{_SP}of)?{_SP}{_YEAR}"
)
DECADE_RE = rf"\b{_QUAL}(?<![0-9])(?P<decade>1[89][0-9]0|20[0-9]0)s\b"
RANGE_RE = (
    rf"{_YEAR_BEFORE}\b(?P<year>{YEAR_DIGITS}){_OPT_SP}[-–—]{_OPT_SP}"
    r"(?P<end>[0-9]{4}|[0-9]{2})(?![0-9A-Za-z_])(?![-–—/.,][0-9])"
)
YEAR_RE = rf"\b{_QUAL}{_YEAR}"
_FISCAL_SPAN = (
    rf"(?P<span>(?P<year>{YEAR_DIGITS})(?:{_OPT_SP}[/–—-]{_OPT_SP}(?:FY{_OPT_SP})?(?P<end>[0-9]{{4}}|[0-9]{{2}}))?)"
)
FISCAL_YEAR_RE = (
    rf"(?:\b(?i:fiscal|financial|budget){_SP}(?i:year){_SP}(?:(?i:of){_SP})?|\bFY{_OPT_SP})"
    rf"{_FISCAL_SPAN}(?![0-9A-Za-z_])(?![-–—/.,][0-9])"
)
"""'in FY2019', 'in fiscal year 2018/19', 'FY2004–FY2006': a fiscal year, named by its year or by the two it spans."""
FISCAL_SHORT_RE = rf"\bFY{_OPT_SP}(?P<span>(?P<short>[0-9]{{2}}))(?![0-9A-Za-z_])(?![-–—/.,][0-9])"
"""'in FY05', 'FY99': a fiscal year by its last two digits (a lender's reports write them so; 00–49 are this century)."""
FISCAL_SLASH_RE = (
    rf"{_YEAR_BEFORE}\b(?P<span>(?P<year>{YEAR_DIGITS}){_OPT_SP}/{_OPT_SP}(?P<end>[0-9]{{4}}|[0-9]{{2}}))"
    rf"(?=[\s\u00a0]+(?i:fiscal|financial|budget){_SP}(?i:years?)\b)"
)
"""'in the 2018/19 fiscal year': a slash joins two years only before these words (elsewhere '2019/25' may be
the number of a resolution); a dash range before them is `RANGE_RE`'s."""
RELATIVE_ADJECTIVE_RE = (
    rf"\b(?i:the){_SP}(?P<span>(?P<adjective>(?i:" + "|".join(RELATIVE_OFFSET) + "))"
    rf"{_SP}(?i:year))\b"
)
RELATIVE_THAT_RE = rf"\b(?P<span>(?i:that){_SP}(?i:year))\b"
RELATIVE_COUNT_RE = (
    r"\b(?P<span>(?P<count>(?i:" + "|".join(NUMBER_WORDS) + r")|[0-9]{1,2})"
    rf"{_SP}(?i:years?){_SP}(?P<direction>(?i:later|earlier)))\b"
)
NINE_ELEVEN_RE = r"(?<![0-9/])9/11(?![0-9/])"
# A bare month needs one of these just before it (or a qualifier) to count as a date.
MONTH_PREPOSITION_BEFORE = re.compile(
    rf"\b(?i:in|on|by|until|till|since|from|during|of|to|before|after|between|the{_SP}following|the{_SP}next)"
    rf"{_SP}\Z",
    re.ASCII,
)
"""'in August', and 'the following October' (a month of the year in force: 'On 4 February 2009, … Belarus signed the
agreement the following October')."""


@dataclass(frozen=True)
class DateMention:
    """One date expression: `text == source[char_start:char_end]` (code points, end exclusive)."""

    char_start: int
    char_end: int
    text: str
    edtf: str
    date_start: datetime.date
    date_end: datetime.date
    precision: str  # day|month|season|year|decade|interval
    qualifier: str | None  # early|mid|late|about
    rule_id: str


@dataclass(frozen=True)
class _Reading:
    """What a match says before the carried year is known: `year` None means 'take the context
    year plus `offset`'."""

    kind: str  # calendar|season|decade|interval
    year: int | None
    month: int | None = None
    day: int | None = None
    season: int | None = None
    end_year: int | None = None
    offset: int = 0
    qualifier: str | None = None


def _qualifier(m: re.Match) -> str | None:
    raw = m.groupdict().get("qual")
    return QUALIFIER[" ".join(raw.lower().split())] if raw else None


def _explicit_year(m: re.Match) -> int | None:
    year = m.groupdict().get("year")
    return int(year) if year else None


def _calendar(m: re.Match) -> _Reading | None:
    groups = m.groupdict()
    year, qualifier = _explicit_year(m), _qualifier(m)
    day = int(groups["day"]) if groups.get("day") else None
    month = MONTH_NUMBER[groups["month"]] if groups.get("month") else None
    bare_month = month is not None and year is None and day is None and qualifier is None
    if bare_month and not MONTH_PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    if year is not None and month is not None and day is not None and not _valid_day(year, month, day):
        return None  # '31 June 2004' must leave room for 'June 2004'
    return _Reading("calendar", year, month=month, day=day, qualifier=qualifier)


def _season(m: re.Match) -> _Reading:
    return _Reading("season", _explicit_year(m), season=SEASON_CODE[m["season"].lower()], qualifier=_qualifier(m))


def _decade(m: re.Match) -> _Reading:
    return _Reading("decade", int(m["decade"]), qualifier=_qualifier(m))


def _interval(m: re.Match) -> _Reading | None:
    start, end = int(m["year"]), m["end"]
    end_year = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
    if len(end) == 2 and end_year < start:  # '1998–02' crosses the century
        end_year += 100
    if not start < end_year <= MAX_YEAR:
        return None
    return _Reading("interval", start, end_year=end_year)


def _fiscal(m: re.Match) -> _Reading | None:
    return _interval(m) if m["end"] else _Reading("calendar", int(m["year"]))


def _fiscal_short(m: re.Match) -> _Reading:
    short = int(m["short"])
    return _Reading("calendar", 2000 + short if short < 50 else 1900 + short)


def _relative(m: re.Match) -> _Reading:
    groups = m.groupdict()
    if groups.get("adjective"):
        offset = RELATIVE_OFFSET[groups["adjective"].lower()]
    elif groups.get("count"):
        count = groups["count"].lower()
        offset = int(count) if count.isdigit() else NUMBER_WORDS[count]
        offset = offset if groups["direction"].lower() == "later" else -offset
    else:  # 'that year'
        offset = 0
    return _Reading("calendar", None, offset=offset)


def _nine_eleven(m: re.Match) -> _Reading:
    return _Reading("calendar", 2001, month=9, day=11)


# (rule_id, pattern, reader). On overlapping matches the longest wins, then the earlier rule.
RULES = tuple(
    (rule_id, re.compile(pattern, re.ASCII), reader)
    for rule_id, pattern, reader in (
        ("date.day_month_year", DAY_MONTH_YEAR_RE, _calendar),
        ("date.month_day_year", MONTH_DAY_YEAR_RE, _calendar),
        ("date.fiscal_year", FISCAL_YEAR_RE, _fiscal),
        ("date.fiscal_year", FISCAL_SLASH_RE, _fiscal),
        ("date.fiscal_year", FISCAL_SHORT_RE, _fiscal_short),
        ("date.range", RANGE_RE, _interval),
        ("date.season", SEASON_RE, _season),
        ("date.month_year", MONTH_YEAR_RE, _calendar),
        ("date.decade", DECADE_RE, _decade),
        ("date.year", YEAR_RE, _calendar),
        ("date.day_month", DAY_MONTH_RE, _calendar),
        ("date.month", MONTH_RE, _calendar),
        ("date.relative_year", RELATIVE_ADJECTIVE_RE, _relative),
        ("date.relative_year", RELATIVE_THAT_RE, _relative),
        ("date.relative_year", RELATIVE_COUNT_RE, _relative),
        ("date.named_event", NINE_ELEVEN_RE, _nine_eleven),
    )
)


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _last_day(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _resolve(r: _Reading, context_year: int | None) -> tuple[str, datetime.date, datetime.date, str] | None:
    """(edtf, date_start, date_end, precision) once the year is known, or None."""
    year = r.year if r.year is not None else (context_year + r.offset if context_year is not None else None)
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if r.kind == "interval":
        assert r.end_year is not None, "an interval reading has its end year"
        return (f"{year}/{r.end_year}", datetime.date(year, 1, 1), datetime.date(r.end_year, 12, 31), "interval")
    if r.kind == "decade":
        return f"{year // 10}X", datetime.date(year, 1, 1), datetime.date(year + 9, 12, 31), "decade"
    if r.kind == "season":
        assert r.season is not None, "a season reading has its season"
        if r.season == 24:
            return f"{year}-24", datetime.date(year, 12, 1), _last_day(year + 1, 2), "season"
        first, last = SEASON_MONTHS[r.season]
        return f"{year}-{r.season}", datetime.date(year, first, 1), _last_day(year, last), "season"
    if r.day is not None and r.month is not None:
        if not _valid_day(year, r.month, r.day):
            return None
        day = datetime.date(year, r.month, r.day)
        return day.isoformat(), day, day, "day"
    if r.month is not None:
        return (f"{year}-{r.month:02d}", datetime.date(year, r.month, 1), _last_day(year, r.month), "month")
    return str(year), datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year"


def find_dates(text: str, anchor_year: int | None = None) -> list[DateMention]:
    """Date mentions in `text`, in text order. `anchor_year` is the year in force where the text
    begins (e.g. from the previous passage); it is only used by mentions that carry no year."""
    return resolve(text, readings(text), anchor_year)


def readings(text: str) -> tuple:
    """What the date expressions of `text` say before any year is carried into them, in text order:
    (start, end, priority, rule_id, reading). The costly part of `find_dates` (every pattern over the
    text), and the same whatever the anchor year, so a caller may keep it per text."""
    candidates = []
    for priority, (rule_id, pattern, reader) in enumerate(RULES):
        for m in pattern.finditer(text):
            reading = reader(m)
            if reading is not None:
                start, end = m.span("span") if "span" in pattern.groupindex else m.span()
                candidates.append((start, end, priority, rule_id, reading))
    return tuple(sorted(longest_first(candidates, span=lambda c: (c[0], c[1]), tiebreak=lambda c: c[2])))


def resolve(text: str, found: tuple, anchor_year: int | None = None) -> list[DateMention]:
    """The date mentions of `text` from its `readings`, each year-less one taking the year in force."""
    if anchor_year is not None and not MIN_YEAR <= anchor_year <= MAX_YEAR:
        raise ValueError(f"anchor_year {anchor_year} is outside {MIN_YEAR}..{MAX_YEAR}")
    mentions, context_year = [], anchor_year
    for start, end, _, rule_id, reading in found:
        resolved = _resolve(reading, context_year)
        if resolved is None:
            continue
        edtf, date_start, date_end, precision = resolved
        context_year = date_start.year if precision in ("day", "month", "season", "year") else None
        mentions.append(
            DateMention(start, end, text[start:end], edtf, date_start, date_end, precision, reading.qualifier, rule_id)
        )
    return mentions


def year_of(m: DateMention) -> int:
    """The earliest year the mention can refer to (for evaluation against gold years)."""
    return m.date_start.year


DATE_KEYS = ("date_edtf", "date_start", "date_end", "date_precision", "date_qualifier")
"""The date columns every fact and date mention carries."""


def date_fields(date) -> dict:
    """The date columns from a date mention, or anything shaped like one (all empty without one)."""
    if date is None:
        return dict.fromkeys(DATE_KEYS)
    return {
        "date_edtf": date.edtf,
        "date_start": date.date_start.isoformat(),
        "date_end": date.date_end.isoformat(),
        "date_precision": date.precision,
        "date_qualifier": date.qualifier,
    }


PRECISE = {"day", "month", "season", "year"}
"""Precisions that place a date in one year (not a decade, a century or an interval)."""


def heading_year(heading: str | None) -> int | None:
    """The year a section heading names ('2019 Baku Summit', 'Relations in 1992'), if exactly one: the year a
    section under it is at before its text names one ('The following year, …', 'in July'). A heading that names a
    period ('2009–2010 Stand-By Arrangement', 'Early programmes (1993–1996)') is at its first year, as 'Relations
    since 1991' is at 1991: its narrative starts there."""
    if not heading:
        return None
    found = find_dates(heading)
    years = {d.date_start.year for d in found if d.precision in PRECISE}
    if not years:
        years = {d.date_start.year for d in found if d.precision == "interval"}
    return years.pop() if len(years) == 1 else None
