"""Find quantities (money, distances, areas, counts of people, states, agreements) in English prose.

Why rules and not a units library: quantulum3 reads the house abbreviation '$10,000m.' as
dollar-metres. The sources write money as 'US $10,000m.', '$978.1m.', '$10,000 million'; one regex
per pattern keeps each value explainable by its `rule_id`.

Decisions:
- 'm.' after a number is 'million' and its dot is always part of the span ('US $27,000m.'), also
  where the same dot ends the sentence: that is how the house style (Europa) spells the
  abbreviation. 'bn' has no dot of its own, so a dot after it is left to the sentence.
- A bare number is not an amount ('injuring more than 1,500', 'around 400'): a currency sign, a
  measure ('km', 'ha') or a counted noun must come with it, or the words 'population of' before it.
- The span is the quantity itself; a qualifier before it ('some', 'more than', 'exceeded') is
  reported in `qualifier`, not spanned.
- A four-digit number in 1800..2100 with no thousands comma and no scale is a year, not a count
  ('In 1995 states agreed'); after a currency sign or before a measure unit it is an amount.
- The upper end of a range is not an amount on its own ('10–20 people' yields nothing).
- A number word after 'the', 'these' or 'those' ('the two states') refers back to entities already
  named; it is not a measured quantity and is skipped.
- Not read: vague amounts ('a few thousand Kazakhs'), counts whose noun has more than one modifier
  ('four military training and testing grounds'), currencies written after the number or as codes
  ('10 million dollars', 'USD 5m').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from pipeline.dates import YEAR_DIGITS
from pipeline.spans import longest_first

CURRENCY_OF_SYMBOL = {"$": "USD", "€": "EUR", "£": "GBP"}
CURRENCY_CODES = ("USD", "EUR", "GBP", "RUB")
"""ISO codes written before a number ('USD 2.6 billion')."""
SCALE = {"m": 10**6, "m.": 10**6, "mn": 10**6, "bn": 10**9,
         "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
WORD_SCALE = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
MEASURE_UNIT = {"km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km",
                "kilometer": "km", "ha": "ha", "hectares": "ha", "hectare": "ha"}
COUNT_UNIT = {
    **dict.fromkeys(("people", "persons", "person", "refugees", "refugee", "migrants", "victims",
                     "troops", "soldiers", "citizens", "kazakhs", "uzbeks", "russians"), "people"),
    **dict.fromkeys(("countries", "country"), "countries"),
    **dict.fromkeys(("states", "state"), "states"),
    **dict.fromkeys(("agreements", "agreement", "treaties", "treaty", "accords", "memoranda"),
                    "agreements"),
}
QUALIFIER = {
    "some": "about", "around": "about", "about": "about", "approximately": "about",
    "roughly": "about", "nearly": "about", "almost": "about", "an estimated": "about",
    "at least": "at_least", "more than": "at_least", "over": "at_least", "exceeded": "at_least",
    "exceeding": "at_least", "in excess of": "at_least",
}
YEAR_LIKE = re.compile(YEAR_DIGITS)


def _alternatives(words) -> str:
    """Regex alternation, longest first so that 'countries' is tried before 'country'."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Patterns are compiled with re.ASCII | re.IGNORECASE so that case-insensitive matching only pairs
# ASCII letters (the Kelvin sign is not 'k') and '[0-9]' is the only digit.
_SP = r"[\s\u00a0]+"
_OPT_SP = r"[\s\u00a0]*"
_DIGITS = (r"(?<![\w.,\-–])(?P<digits>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
           r"(?![0-9]|[.,][0-9])")
_SCALE = (r"(?:(?P<abbr>m\.|mn(?!\w)|m(?!\w)|bn(?!\w))"
          rf"|{_SP}(?P<scale>thousand|million|billion|trillion)\b)")
_DIGIT_NUMBER = rf"{_DIGITS}{_SCALE}?"
_WORD_SCALES = rf"(?:{_SP}(?:{_alternatives(WORD_SCALE)}))"
_WORD_NUMBER = rf"\b(?P<words>(?:{_alternatives(NUMBER_WORDS)}){_WORD_SCALES}*|a{_WORD_SCALES}+)\b"
_NUMBER = rf"(?P<number>{_DIGIT_NUMBER}|{_WORD_NUMBER})"
_NOT_A_MODIFIER = (r"(?:of|and|or|the|a|an|in|on|to|from|per|for|with|by|at|as|"
                   rf"{_alternatives(NUMBER_WORDS)})\b")
_MODIFIER = rf"(?:(?!{_NOT_A_MODIFIER})[a-z][a-z-]*{_SP})?"

MONEY_RE = rf"(?P<currency>\bUS{_OPT_SP}\$|(?<![a-z])[$€£]|\b(?:USD|EUR|GBP|RUB)(?=[\s\u00a0]*[0-9])){_OPT_SP}{_DIGIT_NUMBER}"
PERCENT_RE = rf"{_NUMBER}(?:{_OPT_SP}%|{_SP}(?:per{_SP}cent|percent)\b)"
MEASURE_RE = (rf"{_NUMBER}(?:{_OPT_SP}(?P<unit>km|ha)|{_SP}(?P<unit_word>"
              rf"{_alternatives(MEASURE_UNIT)}))\b")
COUNT_RE = rf"{_NUMBER}{_SP}(?P<noun>{_MODIFIER}(?P<head>{_alternatives(COUNT_UNIT)}))\b"
POPULATION_RE = rf"\bpopulation{_SP}of{_SP}(?:(?:{_alternatives(QUALIFIER)}){_SP})?{_NUMBER}"
QUALIFIER_BEFORE = re.compile(rf"\b(?P<qualifier>{_alternatives(QUALIFIER)}){_SP}\Z",
                              re.ASCII | re.IGNORECASE)
DETERMINER_BEFORE = re.compile(rf"\b(?:the|these|those){_SP}\Z", re.ASCII | re.IGNORECASE)


@dataclass(frozen=True)
class AmountMention:
    """One quantity: `text == source[char_start:char_end]` (code points, end exclusive)."""

    char_start: int
    char_end: int
    text: str
    value: float
    unit: str  # 'currency' for money, else 'km', 'ha', 'people', 'countries', 'states', ...
    currency: str | None  # ISO 4217 for money, else None
    noun: str | None  # the counted noun as written ('member states'), where there is one
    qualifier: str | None  # about|at_least
    rule_id: str


def _money(m: re.Match) -> tuple[str, str | None, str | None]:
    code = m["currency"].upper()
    return "currency", (code if code in CURRENCY_CODES else CURRENCY_OF_SYMBOL[m["currency"][-1]]), None


def _percent(m: re.Match) -> tuple[str, str | None, str | None]:
    return "percent", None, None


def _measure(m: re.Match) -> tuple[str, str | None, str | None]:
    return MEASURE_UNIT[(m["unit"] or m["unit_word"]).lower()], None, None


def _count(m: re.Match) -> tuple[str, str | None, str | None]:
    return COUNT_UNIT[m["head"].lower()], None, m["noun"]


def _population(m: re.Match) -> tuple[str, str | None, str | None]:
    return "people", None, None


# (rule_id, pattern, whether a bare year-like number counts, (unit, currency, noun) reader).
RULES = tuple((rule_id, re.compile(pattern, re.ASCII | re.IGNORECASE), years_ok, reader)
              for rule_id, pattern, years_ok, reader in (
    ("amount.money", MONEY_RE, True, _money),
    ("amount.measure", MEASURE_RE, True, _measure),
    ("amount.count", COUNT_RE, False, _count),
    ("amount.population", POPULATION_RE, False, _population),
    ("amount.percent", PERCENT_RE, True, _percent),
))


def _value(m: re.Match, years_ok: bool) -> float | None:
    """The normalised number, or None where a bare four-digit number is really a year."""
    if m.groupdict().get("words"):
        first, *scales = m["words"].lower().split()
        value = NUMBER_WORDS.get(first, 1)  # 'a hundred'
        for word in scales:
            value *= WORD_SCALE[word]
        return float(value)
    scale = m["abbr"] or m["scale"]
    if not scale and not years_ok and YEAR_LIKE.fullmatch(m["digits"]):
        return None
    number = Decimal(m["digits"].replace(",", ""))
    return float(number * SCALE[scale.lower()]) if scale else float(number)


def _qualifier(text: str, start: int) -> str | None:
    found = QUALIFIER_BEFORE.search(text, max(0, start - 20), start)
    return QUALIFIER[" ".join(found["qualifier"].lower().split())] if found else None


def find_amounts(text: str) -> list[AmountMention]:
    """Amount mentions in `text`, in text order; where matches overlap the longest wins."""
    candidates = []
    for priority, (rule_id, pattern, years_ok, reader) in enumerate(RULES):
        for m in pattern.finditer(text):
            start = m.start("currency") if "currency" in pattern.groupindex else m.start("number")
            value = _value(m, years_ok)
            if value is None or (m.groupdict().get("words")
                                 and DETERMINER_BEFORE.search(text, max(0, start - 12), start)):
                continue
            unit, currency, noun = reader(m)
            candidates.append((start, m.end(), priority, AmountMention(
                start, m.end(), text[start:m.end()], value, unit, currency, noun,
                _qualifier(text, start), rule_id)))
    chosen = longest_first(candidates, span=lambda c: (c[0], c[1]), tiebreak=lambda c: c[2])
    return [c[3] for c in sorted(chosen, key=lambda c: c[0])]
