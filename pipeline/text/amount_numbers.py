"""Numbers in English prose, digits or spelled out, and the upper end of a range, read with
patterns built once from the word list (`pipeline.text.amount_words`).

Why apart from the readings (`pipeline.text.amounts`): what a number is (its value, whether it is
spelled, scaled or looks like a year) does not depend on what it counts; the decisions are in the
docstring of `pipeline.text.amounts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from pipeline.text.amount_words import NUMBER_ROLES, WORDS_FILE, Vocabulary, load_vocabulary
from pipeline.text.dates import CURRENCY_SIGNS, YEAR_DIGITS

ABBREVIATED_SCALE = {
    "m": 10**6,
    "m.": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "bn": 10**9,
    "bln": 10**9,
    "tn": 10**12,
    "trn": 10**12,
}
"""Scales written short after digits: '$978.1m.', '$1.2bn', '$1.5 bln', '$2.4trn' (financial reporting)."""
QUALIFIER = {
    "some": "about",
    "around": "about",
    "about": "about",
    "approximately": "about",
    "roughly": "about",
    "nearly": "about",
    "almost": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "about",
    "circa": "about",
    "at least": "at_least",
    "more than": "at_least",
    "over": "at_least",
    "exceeded": "at_least",
    "exceeding": "at_least",
    "in excess of": "at_least",
    "above": "at_least",
    "upwards of": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "up to": "at_most",
    "less than": "at_most",
    "fewer than": "at_most",
    "under": "at_most",
    "below": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "a maximum of": "at_most",
}
"""Words before a figure that bound it rather than state it, and the qualifier they report."""
YEAR_LIKE = re.compile(YEAR_DIGITS)
EUROPEAN_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
"""'1.400 euro': a dot before exactly three digits separates thousands; not after a leading zero ('0.178
percent' is a decimal, as an IMF quota share is written)."""
PERCENT_AFTER = re.compile(r"[\s\u00a0]*(?:%|per[\s\u00a0]?cent\b)", re.IGNORECASE)
"""A percentage is a decimal in English prose ('a voting share of 1.125 percent'), never a count of thousands."""


def _alternatives(words) -> str:
    """Regex alternation, longest first so that 'countries' is tried before 'country'."""
    return "|".join(re.escape(w).replace(r"\ ", r"[\s\u00a0]+") for w in sorted(words, key=len, reverse=True))


SP = r"[\s\u00a0]+"
OPT_SP = r"[\s\u00a0]*"
FLAGS = re.ASCII | re.IGNORECASE
"""Patterns match case-insensitively on ASCII letters only (the Kelvin sign is not 'k') and '[0-9]'
is the only digit."""


@dataclass(frozen=True)
class Grammar:
    vocabulary: Vocabulary
    number: re.Pattern
    range_tail: re.Pattern
    money_before: re.Pattern
    money_after: re.Pattern
    code_then_scale: re.Pattern
    percent_after: re.Pattern
    measure_after: re.Pattern
    word: re.Pattern
    fraction: re.Pattern
    fraction_by: re.Pattern
    halving: re.Pattern
    population_before: re.Pattern
    qualifier_before: re.Pattern


@cache
def grammar(path: Path = WORDS_FILE) -> Grammar:
    """The patterns, built once from the word list."""
    v = load_vocabulary(path)
    by_role = {role: [w for w, (r, _) in v.numbers.items() if r == role] for role in NUMBER_ROLES}
    number_word = _alternatives(by_role["cardinal"] + by_role["multiplier"] + by_role["scale"])
    first_word = (
        rf"(?:an?{SP}(?:{_alternatives(by_role['multiplier'] + by_role['scale'])})"
        rf"|{_alternatives(by_role['cardinal'])})"
    )
    scales = _alternatives(by_role["scale"])
    digits = (
        r"(?P<digits>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+|[0-9]+(?:\.[0-9]+)?)"
        r"(?![0-9]|[.,][0-9])"
    )
    digit_number = (
        rf"{digits}(?:(?P<abbr>m\.|m(?![a-z0-9²])|(?:[\s\u00a0])?(?:bn|mn|[bm]ln)(?![a-z])|tr?n(?![a-z]))"
        rf"|(?:{SP}|-)(?P<scale>{scales})\b)?"  # a compound adjective too: 'a $300-million loan'
    )
    word_number = rf"\b(?P<words>{first_word}(?:(?:{SP}and{SP}|[\s\u00a0-]+)(?:{number_word})\b)*)\b"
    codes = _alternatives(v.currency_codes)
    glued_code = rf"(?<=\b(?-i:{_alternatives(c for c in v.currency_codes if len(c) == 3)}))"
    number = rf"(?:(?:(?<![\w.,\-–/])|{glued_code}){digit_number}|{word_number})"
    upper_end = rf"(?:{digit_number}|{word_number})"
    currency_words = _alternatives(v.currency_words)
    symbol = rf"(?:\bU\.?S\.?[\s\u00a0]?\$|(?<![a-z])[{re.escape(CURRENCY_SIGNS)}])"
    abbreviations = [w for w in v.measures if len(w) <= 3 or any(c.isdigit() or c == "²" for c in w)]
    long_forms = [w for w in v.measures if w not in abbreviations]
    fractions = _alternatives(w for w, (r, _) in v.numbers.items() if r == "fraction" and w != "halves")
    small = _alternatives(w for w, (r, n) in v.numbers.items() if r == "cardinal" and n < 10)
    qualifiers = _alternatives(QUALIFIER)
    return Grammar(
        vocabulary=v,
        number=re.compile(number, FLAGS),
        range_tail=re.compile(
            rf"{OPT_SP}(?P<sep>–|—|-|to\b|and\b){OPT_SP}(?:(?:{symbol}|\b(?-i:{codes})){OPT_SP})?{upper_end}", FLAGS
        ),
        money_before=re.compile(
            rf"(?P<currency>{symbol}|\b(?-i:{codes})(?:{SP})?|\b(?:{currency_words}){SP}){OPT_SP}\Z", FLAGS
        ),
        money_after=re.compile(rf"{SP}(?:(?P<code>(?-i:{codes}))\b|(?P<word>{currency_words})\b)", FLAGS),
        code_then_scale=re.compile(rf"{SP}(?-i:{codes}){SP}(?P<scale>{scales})\b", FLAGS),
        percent_after=re.compile(rf"{OPT_SP}(?:%|per{OPT_SP}cent\b|percent\b|percentage{SP}points?\b)", FLAGS),
        measure_after=re.compile(
            rf"(?:{OPT_SP}(?P<abbr>(?-i:{_alternatives(abbreviations)}))"
            rf"|{SP}(?P<long>{_alternatives(long_forms)}))(?![A-Za-z0-9])",
            FLAGS,
        ),
        word=re.compile(r"[\s\u00a0]+(?P<w>[A-Za-z][A-Za-z’'\-]*)"),
        fraction=re.compile(
            rf"\b(?:(?P<num>an?|{small})[\s\u00a0-]+)?(?P<den>{fractions})\b"
            rf"(?={SP}(?:of|the|its|their|majority)\b)",
            FLAGS,
        ),
        fraction_by=re.compile(
            rf"\bby{SP}(?P<span>(?:(?P<num>an?|{small})[\s\u00a0-]+)?(?P<den>{fractions}))\b"
            rf"(?={SP}(?:in|to|from|since|over|during|between|compared|against|on|after|within|and)\b|{OPT_SP}[,.;:)]|\Z)",
            FLAGS,
        ),
        halving=re.compile(r"\b(?:halve|halved|halving|in[\s\u00a0]+half)\b", FLAGS),
        population_before=re.compile(rf"\bpopulation(?:{SP}size)?{SP}of{SP}(?:(?:{qualifiers}){SP})?\Z", FLAGS),
        qualifier_before=re.compile(rf"\b(?P<qualifier>{qualifiers}){SP}\Z", FLAGS),
    )


# --- numbers ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: float
    spelled: bool  # written in words
    year_like: bool  # four digits that could be a year, with no scale
    scaled: bool


def _words_value(words: str, numbers: dict) -> tuple[float, int] | None:
    """The value of a spelled-out number and how many characters of `words` it uses: a cardinal may
    follow a cardinal only as the units of a tens word ('twenty six'); 'twelve fifteen' stops at twelve."""
    total = current = 0
    previous = None
    used = 0
    for m in re.finditer(r"[a-z]+", words.lower()):
        token = m.group()
        if token in ("a", "an") and previous is None:
            previous, current = "a", 1
            continue
        if token == "and":
            continue
        role, value = numbers[token]
        if role == "cardinal":
            if previous == "cardinal" and not (current % 100 >= 20 and current % 10 == 0 and value < 10):
                break
            current += value
        elif role == "multiplier":
            current = (current or 1) * value
        else:  # scale
            total += (current or 1) * value
            current = 0
        previous = role if role == "cardinal" else "scale"
        used = m.end()
    if not used:
        return None
    return float(total + current), used


THOUSANDS_SEPARATORS = re.compile(r"[, \u00a0\u202f\u2009]")


def _plain(digits: str) -> str:
    """Digits without their thousands separators: a comma, or a space as some texts write them ('50 000 refugees')."""
    return THOUSANDS_SEPARATORS.sub("", digits)


def _read_number(m: re.Match, g: Grammar) -> Number | None:
    if m["words"]:
        read = _words_value(m["words"], g.vocabulary.numbers)
        if read is None:
            return None
        value, used = read
        return Number(m.start("words"), m.start("words") + used, value, True, False, False)
    scale = m["abbr"] or m["scale"]
    digits = m["digits"]
    if scale:
        factor = ABBREVIATED_SCALE.get(scale.lower().strip()) or g.vocabulary.numbers[scale.lower()][1]
        return Number(m.start("digits"), m.end(), float(Decimal(_plain(digits)) * factor), False, False, True)
    if EUROPEAN_THOUSANDS.fullmatch(digits) and not PERCENT_AFTER.match(m.string, m.end()):
        digits = digits.replace(".", "")
    return Number(
        m.start("digits"),
        m.end(),
        float(Decimal(_plain(digits))),
        False,
        bool(YEAR_LIKE.fullmatch(m["digits"])),
        False,
    )


def find_numbers(text: str, g: Grammar) -> list[Number]:
    out = []
    for m in g.number.finditer(text):
        n = _read_number(m, g)
        if n is not None:
            out.append(n)
    return out


CHANGE_FROM = re.compile(
    rf"\bfrom[\s\u00a0]+(?:\S+[\s\u00a0]+)?(?:U\.?S\.?[\s\u00a0]?\$|[{re.escape(CURRENCY_SIGNS)}]|(?-i:[A-Z]{{3}})[\s\u00a0]*)?\Z",
    FLAGS,
)
"""'from 5 to 10', 'from $1 billion to $2 billion', 'from SDR 100 million to …': the start of a change, whose
two ends are two figures, not a range."""


BETWEEN = re.compile(
    rf"\bbetween[\s\u00a0]+(?:\S+[\s\u00a0]+)?(?:U\.?S\.?[\s\u00a0]?\$|[{re.escape(CURRENCY_SIGNS)}]|(?-i:[A-Z]{{3}})[\s\u00a0]?)?\Z",
    FLAGS,
)
"""What opens a range whose ends 'and' joins, its currency before the lower end too ('between $2 billion and $3
billion')."""


def with_range(text: str, n: Number, g: Grammar) -> tuple[Number, float | None]:
    """Extend a number by the upper end of a range, if one follows ('10–12', '30 to 40', 'between 5
    and 10 million'): (number spanning both ends, upper value)."""
    m = g.range_tail.match(text, n.end)
    if not m:
        return n, None
    upper = _read_number(m, g)
    if upper is None or (n.year_like and upper.year_like):
        return n, None
    before = text[max(0, n.start - 30) : n.start]
    if m["sep"].lower() == "and" and not BETWEEN.search(before):
        return n, None
    if m["sep"].lower() == "to" and CHANGE_FROM.search(before):
        return n, None
    low = n.value
    if upper.scaled and not n.scaled and upper.value >= 1000 and low < upper.value / 1000:
        low = low * (upper.value / _unscaled(text, m, upper))
    if low >= upper.value:
        return n, None
    return Number(n.start, upper.end, low, n.spelled, False, n.scaled or upper.scaled), upper.value


def _unscaled(text: str, m: re.Match, upper: Number) -> float:
    """The upper end's number without its scale ('10 million' -> 10)."""
    if m["digits"]:
        return float(_plain(m["digits"])) or 1.0
    return upper.value


# --- what a number counts -----------------------------------------------------------------------------
