"""Find quantities (money, percentages, fractions, distances, areas, counts of people, states,
agreements and other counted things) in English prose.

Why rules and not a units library: quantulum3 reads the house abbreviation '$10,000m.' as
dollar-metres. The sources write money as 'US $10,000m.', '$978.1m.', '$10,000 million', 'USD 2.6
billion', '10 million dollars'; one reading per shape keeps each value explainable by its `rule_id`.
The words (number words, currencies, units, counted nouns) are data: raw/dictionaries/amount_words.csv.

Decisions:
- Numbers are digits ('1,377', '16.9', '1.400' with a dot before exactly three digits and no scale
  is the European thousands separator) or spelled out, read as a whole phrase: 'twenty six' is 26,
  'forty-four' 44, 'one hundred and twenty' 120, 'a hundred' 100, 'three million' 3000000.
- 'm.' after a number is 'million' and its dot is always part of the span ('US $27,000m.'), also
  where the same dot ends the sentence: that is how the house style (Europa) spells the
  abbreviation. 'bn' has no dot of its own, so a dot after it is left to the sentence.
- A bare number is not an amount ('injuring more than 1,500', 'around 400'): a currency (sign or
  code before it, word or code after it), a percent sign or word, a measure ('km', 'ha', 'MW'), a
  counted noun, or the words 'population of' before it must come with it. A bare number that
  repeats the shape of the figure before it is that kind of figure too (ellipsis: 'the US conducted
  215 atmospheric tests, the Soviet Union conducted 219'; 'a population of 171 million and 169
  million').
- A counted noun is the head of the noun phrase right after the number, with at most three
  modifiers ('70 combat aircraft', '10 other regional nations', '1,200 civil society
  organizations'); the head is a plural noun by its spelling (ends in -s, not -ss/-us/-is) or a word
  the data file lists (invariant plurals such as 'aircraft', person nouns, members, states). Time
  spans ('ten years', 'three days') are durations, not counts, and counts of abstract nouns ('three
  salient features') enumerate the text's own points; both are skipped. Possessive partitives count
  their noun ('2,000 of its peacekeepers'; not 'one of the founder members'). A count of one is read
  only for members written in digits ('1 member organization' in a list of figures).
- Ranges give value and value_max: '10–12%', '30 to 40 deputies', 'between 5 and 10 million'; a
  scale after the upper end applies to both ends. 'from 5 to 10' is a change, not a range.
- Percentages ('7%', '71 per cent') have unit 'percent'; fractions of a whole ('almost half of',
  'two-thirds of', 'a two-thirds majority') and halving ('halve', 'in half') are percentages too,
  rounded to two decimals (a third is 33.33). Not fractions: 'the second half of 2010', 'half a
  century', 'a third country'.
- The span is the quantity itself; a qualifier before it ('some', 'more than', 'up to') is
  reported in `qualifier` (about|at_least|at_most), not spanned. A bound that names a class rather
  than a measurement is skipped: '(50% or above)', '(Below 25%)'.
- A four-digit number in 1800..2100 with no thousands comma and no scale is a year, not a count
  ('In 1995 states agreed'); after a currency sign or before a measure unit it is an amount.
- A number right after a capitalised word inside the sentence is a label ('Annex 2 states',
  'Article 7'), not a count. A number after 'out of' is the base of a ratio, not a figure.
- A spelled-out number after 'the', 'these', 'those', 'all' or 'both' ('the two states', 'all three
  states') refers back to entities already named, and is skipped; members are the exception ('the
  six member states', 'the seven members' state the size of a membership).
- Not read: vague amounts ('a few thousand Kazakhs', 'thousands of Afghans'), money in currencies
  the data file does not list, singular nouns after 'one' that the data file does not list.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from pipeline.errors import InputError, display_path
from pipeline.text.dates import YEAR_DIGITS
from pipeline.text.spans import longest_first

WORDS_FILE = Path(__file__).resolve().parents[2] / "raw" / "dictionaries" / "amount_words.csv"
STATE_ALIASES_FILE = WORDS_FILE.with_name("state_aliases.csv")
ROLES = (
    "cardinal",
    "multiplier",
    "scale",
    "fraction",
    "currency_code",
    "currency_word",
    "measure",
    "person",
    "member",
    "state",
    "agreement",
    "time",
    "abstract",
    "thing",
)
"""Roles of a word in amount_words.csv: number words (cardinal, multiplier 'hundred', scale 'million',
fraction 'third' with its denominator), currencies (value: ISO 4217 code), measure units (unit: the
unit written), and classes of counted nouns (unit: the unit written, empty for the noun as written):
person, member, state, agreement, thing (invariant plurals such as 'aircraft'), and two classes that
are never counted: time (a duration: 'ten years') and abstract (a count of abstract nouns enumerates
the text's own points: 'three salient features', 'three categories')."""
NUMBER_ROLES = ("cardinal", "multiplier", "scale", "fraction")
CURRENCY_OF_SYMBOL = {"$": "USD", "€": "EUR", "£": "GBP"}
ABBREVIATED_SCALE = {"m": 10**6, "m.": 10**6, "mn": 10**6, "bn": 10**9}
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
STOP_WORDS = frozenset(
    """
of and or but nor in on at to from for with by as than that which who whom whose were was are is be been
being have has had will would shall should can could may might must do does did per each every the a an this
these those their its his her our your my into onto over under between among against during since until after
before about while when where if not no so also both all more most such only still then there here
respectively including across towards thus always perhaps whereas besides unless plus via among
""".split()
)
"""Words that end the noun phrase after a number: what follows them is not its head."""
ANAPHORIC_BEFORE = re.compile(r"\b(?:the|these|those|all|both)[\s\u00a0]+\Z", re.IGNORECASE)
THRESHOLD_AFTER = re.compile(
    r"[\s\u00a0]*or[\s\u00a0]+(?:above|more|higher|over|below|less|fewer|lower|under)\b", re.IGNORECASE
)
OUT_OF_BEFORE = re.compile(r"\bout[\s\u00a0]+of[\s\u00a0]+\Z", re.IGNORECASE)
CAPITALISED_BEFORE = re.compile(r"(?<=\S\s)(?P<word>[A-Z][A-Za-z]*)[\s\u00a0]+\Z")
"""A label word before a number ('Annex 2', 'Article 7'), not the sentence's first word."""
LABEL_MODIFIER = re.compile(r"[\s\u00a0]+(?P<label>[A-Z][A-Za-z]*[\s\u00a0]+[0-9]{1,3})(?=[\s\u00a0]+[A-Za-z])")
"""A label inside a counted noun phrase: 'eight Annex 2 states'."""
YEAR_LIKE = re.compile(YEAR_DIGITS)
EUROPEAN_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")


@dataclass(frozen=True)
class AmountMention:
    """One quantity: `text == source[char_start:char_end]` (code points, end exclusive)."""

    char_start: int
    char_end: int
    text: str
    value: float
    unit: str  # 'currency' for money, 'percent', 'km', 'ha', 'people', 'countries', the counted noun as written
    currency: str | None  # ISO 4217 for money, else None
    noun: str | None  # the counted noun as written ('member states'), where there is one
    qualifier: str | None  # about|at_least|at_most
    rule_id: str
    value_max: float | None = None  # upper end of a range ('10–12%'), else None
    noun_class: str | None = None  # person|member|state|agreement|thing for counted nouns


@dataclass(frozen=True)
class Vocabulary:
    """The words of raw/dictionaries/amount_words.csv by role (lowercase keys except currency codes
    and measure abbreviations, which are case-sensitive: 'MW' is a unit, 'mw' is not)."""

    numbers: dict[str, tuple[str, int]]  # word -> (role, value)
    currency_codes: dict[str, str]
    currency_words: dict[str, str]
    measures: dict[str, str]
    nouns: dict[str, tuple[str, str | None]]  # noun -> (class, unit or None for the noun as written)
    demonyms: frozenset[str]  # 'Kazakhs', 'Armenians': persons by their nationality


def load_vocabulary(path: Path = WORDS_FILE, aliases: Path = STATE_ALIASES_FILE) -> Vocabulary:
    """Read the word list; a malformed row raises InputError naming the file and line. Demonyms come
    from the state aliases (a 'demonym' as written, or an 'adjective' + s: Armenian -> Armenians)."""
    numbers: dict[str, tuple[str, int]] = {}
    codes: dict[str, str] = {}
    currency_words: dict[str, str] = {}
    measures: dict[str, str] = {}
    nouns: dict[str, tuple[str, str | None]] = {}
    rows = _read_rows(path, ["word", "role", "value", "unit"])
    for line, row in rows:
        word, role, value, unit = row["word"].strip(), row["role"].strip(), row["value"].strip(), row["unit"].strip()
        if not word:
            raise _row_error(path, line, "the word is empty", "Write the word or delete the row")
        if role not in ROLES:
            raise _row_error(path, line, f"unknown role {role!r}", f"Use one of {', '.join(ROLES)}")
        if role in NUMBER_ROLES:
            if not value.isdigit():
                raise _row_error(
                    path, line, f"value {value!r} is not a whole number", "Write the number's value in digits"
                )
            numbers[word.lower()] = (role, int(value))
        elif role in ("currency_code", "currency_word"):
            if not re.fullmatch(r"[A-Z]{3}", value):
                raise _row_error(path, line, f"value {value!r} is not an ISO 4217 code", "Write e.g. USD")
            (codes if role == "currency_code" else currency_words)[
                word if role == "currency_code" else word.lower()
            ] = value
        elif role == "measure":
            if not unit:
                raise _row_error(path, line, "a measure needs its unit", "Write the unit, e.g. km")
            measures[word] = unit
        else:
            nouns[word.lower()] = (role, unit or None)
    demonyms = set()
    if aliases.is_file():
        for _, row in _read_rows(aliases, None):
            alias = (row.get("alias") or "").strip()
            if row.get("form") == "demonym":
                demonyms.add(alias)
            elif row.get("form") == "adjective" and alias[:1].isupper() and not alias.endswith("s"):
                demonyms.add(alias + "s")
    return Vocabulary(numbers, codes, currency_words, measures, nouns, frozenset(demonyms))


def _read_rows(path: Path, header: list[str] | None) -> list[tuple[int, dict]]:
    if not path.is_file():
        raise InputError(f"{display_path(path)}: file not found. Restore it from the repository.")
    try:
        text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(f"{display_path(path)}: byte {exc.start} is not UTF-8. Save the file as UTF-8.") from exc
    reader = csv.DictReader(text.splitlines())
    if header is not None and reader.fieldnames != header:
        raise _row_error(
            path,
            1,
            f"header is {','.join(reader.fieldnames or [])!r}",
            f"The columns must be exactly {','.join(header)}",
        )
    rows = []
    for row in reader:
        if None in row or any(v is None for v in row.values()):
            raise _row_error(path, reader.line_num, "wrong number of cells", "Give every row the header's cells")
        rows.append((reader.line_num, row))
    return rows


def _row_error(path: Path, line: int, problem: str, fix: str) -> InputError:
    return InputError(f"{display_path(path)}:{line}: {problem}. {fix}.")


def _alternatives(words) -> str:
    """Regex alternation, longest first so that 'countries' is tried before 'country'."""
    return "|".join(re.escape(w).replace(r"\ ", r"[\s\u00a0]+") for w in sorted(words, key=len, reverse=True))


_SP = r"[\s\u00a0]+"
_OPT_SP = r"[\s\u00a0]*"
FLAGS = re.ASCII | re.IGNORECASE
"""Patterns match case-insensitively on ASCII letters only (the Kelvin sign is not 'k') and '[0-9]'
is the only digit."""


@dataclass(frozen=True)
class _Grammar:
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
    halving: re.Pattern
    population_before: re.Pattern
    qualifier_before: re.Pattern


@cache
def grammar(path: Path = WORDS_FILE) -> _Grammar:
    """The patterns, built once from the word list."""
    v = load_vocabulary(path)
    by_role = {role: [w for w, (r, _) in v.numbers.items() if r == role] for role in NUMBER_ROLES}
    number_word = _alternatives(by_role["cardinal"] + by_role["multiplier"] + by_role["scale"])
    first_word = (
        rf"(?:an?{_SP}(?:{_alternatives(by_role['multiplier'] + by_role['scale'])})"
        rf"|{_alternatives(by_role['cardinal'])})"
    )
    scales = _alternatives(by_role["scale"])
    digits = (
        r"(?P<digits>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
        r"(?![0-9]|[.,][0-9])"
    )
    digit_number = rf"{digits}(?:(?P<abbr>m\.|mn(?![a-z])|m(?![a-z0-9²])|bn(?![a-z]))|{_SP}(?P<scale>{scales})\b)?"
    word_number = rf"\b(?P<words>{first_word}(?:(?:{_SP}and{_SP}|[\s\u00a0-]+)(?:{number_word})\b)*)\b"
    number = rf"(?:(?<![\w.,\-–/]){digit_number}|{word_number})"
    upper_end = rf"(?:{digit_number}|{word_number})"
    codes = _alternatives(v.currency_codes)
    currency_words = _alternatives(v.currency_words)
    symbol = r"(?:\bU\.?S\.?[\s\u00a0]?\$|(?<![a-z])[$€£])"
    abbreviations = [w for w in v.measures if len(w) <= 3 or any(c.isdigit() or c == "²" for c in w)]
    long_forms = [w for w in v.measures if w not in abbreviations]
    fractions = _alternatives(w for w, (r, _) in v.numbers.items() if r == "fraction" and w != "halves")
    small = _alternatives(w for w, (r, n) in v.numbers.items() if r == "cardinal" and n < 10)
    qualifiers = _alternatives(QUALIFIER)
    return _Grammar(
        vocabulary=v,
        number=re.compile(number, FLAGS),
        range_tail=re.compile(rf"{_OPT_SP}(?P<sep>–|—|-|to\b|and\b){_OPT_SP}(?:{symbol}{_OPT_SP})?{upper_end}", FLAGS),
        money_before=re.compile(
            rf"(?P<currency>{symbol}|\b(?-i:{codes}){_SP}|\b(?:{currency_words}){_SP}){_OPT_SP}\Z", FLAGS
        ),
        money_after=re.compile(rf"{_SP}(?:(?P<code>(?-i:{codes}))\b|(?P<word>{currency_words})\b)", FLAGS),
        code_then_scale=re.compile(rf"{_SP}(?-i:{codes}){_SP}(?P<scale>{scales})\b", FLAGS),
        percent_after=re.compile(rf"{_OPT_SP}(?:%|per{_OPT_SP}cent\b|percent\b)", FLAGS),
        measure_after=re.compile(
            rf"(?:{_OPT_SP}(?P<abbr>(?-i:{_alternatives(abbreviations)}))"
            rf"|{_SP}(?P<long>{_alternatives(long_forms)}))(?![A-Za-z0-9])",
            FLAGS,
        ),
        word=re.compile(r"[\s\u00a0]+(?P<w>[A-Za-z][A-Za-z’'\-]*)"),
        fraction=re.compile(
            rf"\b(?:(?P<num>an?|{small})[\s\u00a0-]+)?(?P<den>{fractions})\b"
            rf"(?={_SP}(?:of|the|its|their|majority)\b)",
            FLAGS,
        ),
        halving=re.compile(r"\b(?:halve|halved|halving|in[\s\u00a0]+half)\b", FLAGS),
        population_before=re.compile(rf"\bpopulation(?:{_SP}size)?{_SP}of{_SP}(?:(?:{qualifiers}){_SP})?\Z", FLAGS),
        qualifier_before=re.compile(rf"\b(?P<qualifier>{qualifiers}){_SP}\Z", FLAGS),
    )


# --- numbers ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Number:
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


def _read_number(m: re.Match, g: _Grammar) -> _Number | None:
    if m["words"]:
        read = _words_value(m["words"], g.vocabulary.numbers)
        if read is None:
            return None
        value, used = read
        return _Number(m.start("words"), m.start("words") + used, value, True, False, False)
    scale = m["abbr"] or m["scale"]
    digits = m["digits"]
    if scale:
        factor = ABBREVIATED_SCALE.get(scale.lower()) or g.vocabulary.numbers[scale.lower()][1]
        return _Number(m.start("digits"), m.end(), float(Decimal(digits.replace(",", "")) * factor), False, False, True)
    if EUROPEAN_THOUSANDS.fullmatch(digits):
        digits = digits.replace(".", "")
    return _Number(
        m.start("digits"),
        m.end(),
        float(Decimal(digits.replace(",", ""))),
        False,
        bool(YEAR_LIKE.fullmatch(m["digits"])),
        False,
    )


def _numbers(text: str, g: _Grammar) -> list[_Number]:
    out = []
    for m in g.number.finditer(text):
        n = _read_number(m, g)
        if n is not None:
            out.append(n)
    return out


def _range(text: str, n: _Number, g: _Grammar) -> tuple[_Number, float | None]:
    """Extend a number by the upper end of a range, if one follows ('10–12', '30 to 40', 'between 5
    and 10 million'): (number spanning both ends, upper value)."""
    m = g.range_tail.match(text, n.end)
    if not m:
        return n, None
    upper = _read_number(m, g)
    if upper is None or (n.year_like and upper.year_like):
        return n, None
    before = text[max(0, n.start - 30) : n.start]
    if m["sep"].lower() == "and" and not re.search(r"\bbetween[\s\u00a0]+(?:\S+[\s\u00a0]+)?\Z", before, FLAGS):
        return n, None
    if m["sep"].lower() == "to" and re.search(r"\bfrom[\s\u00a0]+(?:\S+[\s\u00a0]+)?\Z", before, FLAGS):
        return n, None
    low = n.value
    if upper.scaled and not n.scaled and upper.value >= 1000 and low < upper.value / 1000:
        low = low * (upper.value / _unscaled(text, m, upper))
    if low >= upper.value:
        return n, None
    return _Number(n.start, upper.end, low, n.spelled, False, n.scaled or upper.scaled), upper.value


def _unscaled(text: str, m: re.Match, upper: _Number) -> float:
    """The upper end's number without its scale ('10 million' -> 10)."""
    if m["digits"]:
        digits = m["digits"].replace(",", "")
        return float(digits) or 1.0
    return upper.value


# --- what a number counts -----------------------------------------------------------------------------


def _qualifier(text: str, start: int, g: _Grammar) -> str | None:
    found = g.qualifier_before.search(text, max(0, start - 20), start)
    return QUALIFIER[" ".join(found["qualifier"].lower().split())] if found else None


def _is_label(text: str, start: int) -> bool:
    m = CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m["word"].lower() not in QUALIFIER and m["word"].lower() not in STOP_WORDS


def _noun_phrase(text: str, pos: int, g: _Grammar) -> tuple[int, str, str, str | None] | None:
    """The counted noun after a number at `pos`: (end, noun as written, class, unit) or None. At most
    three modifiers before the head; the phrase ends at punctuation or a function word."""
    v = g.vocabulary
    start = None
    modifiers = 0
    while modifiers <= 3:
        label = LABEL_MODIFIER.match(text, pos)
        if label:  # 'eight Annex 2 states'
            start = label.start("label") if start is None else start
            pos, modifiers = label.end(), modifiers + 1
            continue
        m = g.word.match(text, pos)
        if not m:
            return None
        word = m["w"].rstrip("’'-")
        if word.lower() in STOP_WORDS or word.lower() in v.numbers:
            return None
        start = m.start("w") if start is None else start
        head = _head_class(word, v)
        if head in ("time", "abstract"):
            return None
        if head is not None:
            return _compound(text, start, m.start("w") + len(word), word, head, v, g)
        pos = m.end("w")
        modifiers += 1
    return None


def _compound(
    text: str, start: int, end: int, word: str, head: str, v: Vocabulary, g: _Grammar
) -> tuple[int, str, str, str | None]:
    """A head noun followed by another ('member states', 'member nations') makes one compound whose
    last word is the head; a compound with 'member' counts members."""
    classes = [head]
    while True:
        m = g.word.match(text, end)
        if not m:
            break
        following = m["w"].rstrip("’'-")
        kind = _head_class(following, v) if following.lower() not in STOP_WORDS else None
        if word.lower() == "member" and kind is None and following.islower() and following not in STOP_WORDS:
            kind = "thing"  # 'member' as a noun adjunct: '1 member organization'
        elif (
            kind is None or kind in ("time", "abstract") or not (following[-1:] in "sS" or following.lower() in v.nouns)
        ):
            break
        word, end = following, m.start("w") + len(following)
        classes.append(kind)
    noun_class = "member" if "member" in classes else classes[-1]
    unit = v.nouns.get(word.lower(), (None, None))[1] or ("people" if word in v.demonyms else None)
    return end, text[start:end], noun_class, unit


def _head_class(word: str, v: Vocabulary) -> str | None:
    """The class of a word as the head of a counted noun phrase, or None if it cannot be one."""
    lower = word.lower()
    if lower in v.nouns:
        return v.nouns[lower][0]
    if word in v.demonyms:
        return "person"
    if "-" in word:
        first, *_, last = word.split("-")
        return _head_class(last, v) or ("thing" if _plural_spelling(first) else None)
    return "thing" if _plural_spelling(word) else None


def _plural_spelling(word: str) -> bool:
    lower = word.lower()
    return (
        len(lower) >= 4
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is", "'s", "’s"))
        and lower.isalpha()
    )


def _reading(text: str, n: _Number, value_max: float | None, g: _Grammar):
    """(rule_id, start, end, unit, currency, noun, noun_class) for a number, or None for a bare one."""
    v = g.vocabulary
    before = text[max(0, n.start - 25) : n.start]
    money = g.money_before.search(before)
    if money:
        symbol = money["currency"].strip()
        currency = (
            CURRENCY_OF_SYMBOL.get(symbol[-1]) or v.currency_codes.get(symbol) or v.currency_words.get(symbol.lower())
        )
        end = n.end
        if not n.scaled:
            tail = g.code_then_scale.match(text, end)
            if tail:
                return (
                    "amount.money",
                    n.start - len(before) + money.start(),
                    tail.end(),
                    "currency",
                    currency,
                    None,
                    None,
                    v.numbers[tail["scale"].lower()][1],
                )
        return "amount.money", n.start - len(before) + money.start(), end, "currency", currency, None, None, 1
    after_money = g.money_after.match(text, n.end)
    if after_money and not n.year_like:
        currency = (
            v.currency_codes[after_money["code"]]
            if after_money["code"]
            else v.currency_words[" ".join(after_money["word"].lower().split())]
        )
        return "amount.money", n.start, after_money.end(), "currency", currency, None, None, 1
    if _is_label(text, n.start):
        return None
    measure = g.measure_after.match(text, n.end)
    if measure:
        return (
            "amount.measure",
            n.start,
            measure.end(),
            v.measures[measure["abbr"] or _measure_key(measure["long"], v)],
            None,
            None,
            None,
            1,
        )
    if n.year_like:
        return None
    percent = g.percent_after.match(text, n.end)
    if percent:
        return "amount.percent", n.start, percent.end(), "percent", None, None, None, 1
    pos = n.end
    partitive = re.match(rf"{_SP}of{_SP}(?:its|their|his|her){_SP}(?=[A-Za-z])", text[pos:], FLAGS)
    if partitive and not g.number.match(text, pos + partitive.end()):
        pos += partitive.end() - 1
    phrase = _noun_phrase(text, pos, g)
    if phrase:
        end, noun, noun_class, unit = phrase
        if n.value != 1 or value_max or (noun_class == "member" and not n.spelled):
            return "amount.count", n.start, end, unit or noun, None, noun, noun_class, 1
    if g.population_before.search(text, max(0, n.start - 40), n.start):
        return "amount.population", n.start, n.end, "people", None, None, None, 1
    return None


def _measure_key(long_form: str, v: Vocabulary) -> str:
    spaced = " ".join(long_form.split())
    return next(w for w in v.measures if w.lower() == spaced.lower())


def _fractions(text: str, g: _Grammar) -> list[tuple[int, int, float, str | None]]:
    """(start, end, percent, qualifier) of fractions of a whole and of halving."""
    out = []
    for m in g.fraction.finditer(text):
        denominator = g.vocabulary.numbers[m["den"].lower()][1]
        numerator = m["num"]
        if numerator is None and denominator != 2:
            continue  # 'third of' without 'a'/'one' is an ordinal ('the third of May')
        count = (
            1 if numerator is None or numerator.lower() in ("a", "an") else g.vocabulary.numbers[numerator.lower()][1]
        )
        before = text[max(0, m.start() - 20) : m.start()]
        if (
            re.search(
                r"\b(?:the|first|second|latter|former|last|later|early|late|other|next|past)[\s\u00a0]+\Z",
                before,
                FLAGS,
            )
            or m["den"].lower() in ("half",)
            and numerator
        ):
            continue
        rest = text[m.end() : m.end() + 40]
        if re.match(
            rf"{_SP}of{_SP}(?:(?:the|a|an|that|this){_SP})?(?:[0-9]{{4}}|years?|century|centuries|decades?|"
            r"months?|weeks?|days?|[A-Z][a-z]+[\s\u00a0]+[0-9]{4})\b",
            rest,
        ):
            continue
        out.append((m.start(), m.end(), round(100 * count / denominator, 2), _qualifier(text, m.start(), g)))
    for m in g.halving.finditer(text):
        out.append((m.start(), m.end(), 50.0, None))
    return out


def find_amounts(text: str) -> list[AmountMention]:
    """Amount mentions in `text`, in text order; where matches overlap the longest wins."""
    g = grammar()
    candidates: list[tuple[int, int, int, AmountMention | None, _Number | None]] = []
    numbers = _numbers(text, g)
    for n in numbers:
        n, value_max = _range(text, n, g)
        reading = _reading(text, n, value_max, g)
        if reading is None:
            candidates.append((n.start, n.end, 9, None, n))  # bare: may still be an ellipsis
            continue
        rule_id, start, end, unit, currency, noun, noun_class, factor = reading
        value, value_max = n.value * factor, (value_max * factor if value_max else None)
        if _skipped(text, n, start, end, noun_class, g):
            continue
        candidates.append(
            (
                start,
                end,
                0,
                AmountMention(
                    start,
                    end,
                    text[start:end],
                    value,
                    unit,
                    currency,
                    noun,
                    _qualifier(text, start, g),
                    rule_id,
                    value_max,
                    noun_class,
                ),
                n,
            )
        )
    for start, end, value, qualifier in _fractions(text, g):
        if THRESHOLD_AFTER.match(text, end):
            continue
        candidates.append(
            (
                start,
                end,
                1,
                AmountMention(start, end, text[start:end], value, "percent", None, None, qualifier, "amount.fraction"),
                None,
            )
        )
    candidates = _ellipses(text, candidates, g)
    chosen = longest_first(
        [c for c in candidates if c[3] is not None], span=lambda c: (c[0], c[1]), tiebreak=lambda c: c[2]
    )
    return [c[3] for c in sorted(chosen, key=lambda c: c[0]) if c[3] is not None]


def _skipped(text: str, n: _Number, start: int, end: int, noun_class: str | None, g: _Grammar) -> bool:
    """Numbers that are not figures: anaphora ('the two states'), the base of a ratio ('out of 50'),
    thresholds ('(50% or above)', '(Below 25%)')."""
    if n.spelled and ANAPHORIC_BEFORE.search(text, max(0, start - 12), start) and noun_class != "member":
        return True
    if OUT_OF_BEFORE.search(text, max(0, start - 10), start):
        return True
    if THRESHOLD_AFTER.match(text, end):
        return True
    qualifier = _qualifier(text, start, g)
    if (
        qualifier in ("at_least", "at_most")
        and re.match(r"[\s\u00a0]*\)", text[end:])
        and re.search(r"\([\s\u00a0]*\S+(?:[\s\u00a0]+\S+)?[\s\u00a0]+\Z", text[max(0, start - 25) : start])
    ):
        return True
    return False


def _ellipses(text: str, candidates: list, g: _Grammar) -> list:
    """A bare number, followed by punctuation or a function word, takes the reading of an earlier
    figure of its clause whose shape it repeats: joined to it by 'and' ('171 million and 169 million';
    '266 votes in favor and 51 against'), or after the same word ('conducted 215 atmospheric tests,
    the Soviet Union conducted 219')."""
    out = []
    read = [c for c in candidates if c[3] is not None and c[3].rule_id in ("amount.count", "amount.population")]
    for c in candidates:
        start, end, _, mention, n = c
        if mention is not None or n.year_like or _is_label(text, n.start):
            out.append(c)
            continue
        follower = re.match(r"[\s\u00a0]*(?:(?P<mark>[,.;:)]|$)|(?P<word>[a-z]+)\b)", text[end:])
        if not follower or (follower["word"] and follower["word"] not in STOP_WORDS):
            out.append(c)
            continue
        model = None
        for r in read:
            if r[1] > start:
                break
            gap = text[r[1] : start]
            if (
                re.fullmatch(r"[\s\u00a0]*,[\s\u00a0]*", gap)
                and r[3].rule_id == "amount.population"
                or re.fullmatch(r"[^;.:()]{0,40}?\band[\s\u00a0]+", gap)
            ):
                model = r[3]
            word_before = re.search(r"(\w+)[\s\u00a0]+\Z", text[:start])
            model_before = re.search(r"(\w+)[\s\u00a0]+\Z", text[: r[0]])
            if (
                word_before
                and model_before
                and word_before.group(1).lower() == model_before.group(1).lower()
                and word_before.group(1).lower() not in STOP_WORDS
            ):
                model = r[3]
        if model is None:
            out.append(c)
            continue
        out.append(
            (
                start,
                end,
                2,
                AmountMention(
                    start,
                    end,
                    text[start:end],
                    n.value,
                    model.unit,
                    model.currency,
                    model.noun,
                    _qualifier(text, start, g),
                    "amount.ellipsis",
                    None,
                    model.noun_class,
                ),
                n,
            )
        )
    return out
