"""The words amounts are read with: raw/dictionaries/amount_words.csv (number words, currencies,
measure units, classes of counted nouns) and the demonyms of raw/dictionaries/state_aliases.csv.

Why a module of its own: the word list is data a curator edits, so its reader checks every row and
names the file and line of a slip; the patterns built from it (`pipeline.text.amount_numbers`) and
the readings (`pipeline.text.amounts`) then trust it.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError, display_path

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
unit written; value: the scale an abbreviation holds, 'bcm' = 1000000000 cubic metres, else empty), and classes of counted nouns (unit: the unit written, empty for the noun as written):
person, member, state, agreement, thing (invariant plurals such as 'aircraft'), and two classes that
are never counted: time (a duration: 'ten years') and abstract (a count of abstract nouns enumerates
the text's own points: 'three salient features', 'three categories')."""
NUMBER_ROLES = ("cardinal", "multiplier", "scale", "fraction")


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
    measure_scales: dict[str, int]  # measure -> the scale its abbreviation holds ('bcm': 10**9 cubic metres)


def load_vocabulary(path: Path = WORDS_FILE, aliases: Path = STATE_ALIASES_FILE) -> Vocabulary:
    """Read the word list; a malformed row raises InputError naming the file and line. Demonyms come
    from the state aliases (a 'demonym' as written, or an 'adjective' + s: Armenian -> Armenians)."""
    numbers: dict[str, tuple[str, int]] = {}
    codes: dict[str, str] = {}
    currency_words: dict[str, str] = {}
    measures: dict[str, str] = {}
    measure_scales: dict[str, int] = {}
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
            if value and not value.isdigit():
                raise _row_error(
                    path, line, f"value {value!r} is not a whole number", "Write the scale in digits or leave it empty"
                )
            measures[word] = unit
            if value:
                measure_scales[word] = int(value)
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
    return Vocabulary(numbers, codes, currency_words, measures, nouns, frozenset(demonyms), measure_scales)


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
