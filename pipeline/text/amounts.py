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
- A bare number is not an amount ('injuring more than 1,500', 'around 400'): a currency (sign or code
  before it, also written against it: 'SDR1.16 billion', 'KZT300bn', '₸50 billion'; word or code after
  it), a percent sign or word, a measure ('km', 'ha', 'MW'), a counted noun, or the words 'population of'
  before it must come with it. A bare number that repeats the shape of the figure before it is that kind
  of figure too (ellipsis: 'the US conducted 215 atmospheric tests, the Soviet Union conducted 219'; 'a
  population of 171 million and 169 million').
- A counted noun is the head of the noun phrase right after the number, with at most three
  modifiers ('70 combat aircraft', '10 other regional nations', '1,200 civil society
  organizations'); the head is a plural noun by its spelling (ends in -s, not -ss/-us/-is) or a word
  the data file lists (invariant plurals such as 'aircraft', person nouns, members, states). Time
  spans ('ten years', 'three days') are durations, not counts, and counts of abstract nouns ('three
  salient features') enumerate the text's own points; both are skipped. Partitives in digits count
  their noun ('2,000 of its peacekeepers', '174 of the 178 parties'; not 'one of the founder members');
  a spelled-out one with a possessive picks out members of a set already known ('two of its immediate
  neighbors', 'four of its officials') and is no figure. A bare number that is a part of a set its sentence
  counts ('of these approximately 30', '11 of them', 'of whom 300') or the twin of a count after the same
  preposition ('in over 25 countries and … in nearly 60') counts that count's noun (`amount_parts`). A count of one is read
  only for members written in digits ('1 member organization' in a list of figures).
- Ranges give value and value_max: '10–12%', '30 to 40 deputies', 'between 5 and 10 million'; a
  scale after the upper end applies to both ends. 'from 5 to 10' is a change, not a range.
- Percentages ('7%', '71 per cent', '2 percentage points') have unit 'percent'; fractions of a whole
  ('almost half of', 'two-thirds of', 'a two-thirds majority'), changes by a fraction ('fell by a third',
  'cut by half') and halving ('halve', 'in half') are
  percentages too, rounded to two decimals (a third is 33.33). Not fractions: 'the second half of
  2010', 'half a century', 'a third country'.
- The span is the quantity itself; a qualifier before it ('some', 'more than', 'up to') is
  reported in `qualifier` (about|at_least|at_most), not spanned. A bound that names a class rather
  than a measurement is skipped: '(50% or above)', '(Below 25%)'.
- A four-digit number in 1800..2100 with no thousands comma and no scale is a year, not a count
  ('In 1995 states agreed'); after a currency sign or before a measure unit it is an amount.
- A number right after a capitalised word inside the sentence is a label ('Annex 2 states',
  'Article 7'), not a count. A number after 'out of' is the base of a ratio, not a figure.
- A spelled-out number after 'the', 'these', 'those', 'all', 'both', 'its' or 'their' ('the two
  states', 'all three states', 'its two annexes') refers back to
  entities already named, and is skipped; members are the exception ('the six member states', 'the
  seven members' state the size of a membership), and so is a founding set ('the original three parties').
- A number after 'top' ranks ('the world's top ten corporations'), and a number before a month name is
  the day of a date, here naming an event ('the 11 September attacks'): neither counts anything.
- Measures may hold a scale: '30 bcm' is 30 billion cubic metres (the word list's value).
- Not read: vague amounts ('a few thousand Kazakhs', 'thousands of Afghans'), money in currencies
  the data file does not list, singular nouns after 'one' that the data file does not list.
"""

from __future__ import annotations

import re

from pipeline.text.amount_mention import AmountMention, qualifier_of
from pipeline.text.amount_nouns import is_label, noun_phrase
from pipeline.text.amount_numbers import FLAGS, SP, Grammar, Number, find_numbers, grammar, with_range
from pipeline.text.amount_parts import parts
from pipeline.text.amount_repeats import ellipses
from pipeline.text.amount_words import Vocabulary
from pipeline.text.dates import MONTHS
from pipeline.text.spans import longest_first

CURRENCY_OF_SYMBOL = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₸": "KZT", "¥": "JPY"}
"""The currency of each of pipeline.text.dates.CURRENCY_SIGNS ('¥' the yen: the genre writes the yuan 'CN¥' or by name)."""
ANAPHORIC_BEFORE = re.compile(
    r"\b(?:the|these|those|all|both|its|their)[\s\u00a0]+(?:(?:original|other|remaining|same|former|latter)[\s\u00a0]+)?\Z",
    re.IGNORECASE,
)
FOUNDING_SET_BEFORE = re.compile(r"\bthe[\s\u00a0]+(?:original|founding)[\s\u00a0]+\Z", re.IGNORECASE)
"""'joined by 123 states following the original three parties', 'the founding five states': the size of the set a body
or a treaty began with, a count the text states (codebook §5 amount, rule 3), not a reference back to named entities."""
RANK_BEFORE = re.compile(r"\b(?:top|bottom)[\s\u00a0]+\Z", re.IGNORECASE)
DAY_OF_MONTH = re.compile(rf"[\s\u00a0]+(?:{'|'.join(MONTHS)})\b")
THRESHOLD_AFTER = re.compile(
    r"[\s\u00a0]*or[\s\u00a0]+(?:above|more|higher|over|below|less|fewer|lower|under)\b", re.IGNORECASE
)
OUT_OF_BEFORE = re.compile(r"\bout[\s\u00a0]+of[\s\u00a0]+\Z", re.IGNORECASE)
NAMED_BY_NUMBER = re.compile(r"\b(?:Group|Club|Forum|Union)[\s\u00a0]+of[\s\u00a0]+\Z")
"""A body named by a number ('the Group of 77', 'the Group of Eight', 'the Club of 30'): the number is its name."""
RANK_OF_BEFORE = re.compile(
    r"(?:\b\d+(?:st|nd|rd|th)|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last))"
    r"(?:[\s\u00a0]+(?:most[\s\u00a0]+[a-z]+|[a-z]+est)(?:[\s\u00a0]+[a-z]+)?)?"
    r"[\s\u00a0]+(?:of|among|out[\s\u00a0]+of)[\s\u00a0]+(?:the[\s\u00a0]+)?\Z",
    re.IGNORECASE,
)
"""The field of a rank ('ranked 28th of 190 countries', 'the 3rd largest among 50 economies', 'the third largest lender
among 40 institutions', 'placed second of 12 bidders'): the number is part of the rank, an ordinal, not a figure (codebook §5 amount: ranks are not figures). An
ordinal before a noun counts instalments, not a rank ('its first loan of SDR 61.9 million', 'the second tranche of
$150 million')."""
DOCUMENT_PARTS = re.compile(r"(?:articles?|annex(?:es)?|chapters?|pages?)", re.IGNORECASE)
"""The counted nouns of a document's own parts ('its 16 articles', 'two annexes', 'a 300-page report'): the codebook
(§5 amount) does not count the articles, annexes, chapters or pages of an instrument or a report."""


PARTITIVE = re.compile(rf"{SP}of{SP}(?:(?P<own>its|their|his|her)|the){SP}(?=[A-Za-z0-9])", FLAGS)
"""'2,000 of its peacekeepers', '174 of the 178 parties': a part of a whole after a number."""


def _reading(text: str, n: Number, value_max: float | None, g: Grammar):
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
    if is_label(text, n.start):
        return None
    measure = g.measure_after.match(text, n.end)
    if measure:
        key = measure["abbr"] or _measure_key(measure["long"], v)
        return "amount.measure", n.start, measure.end(), v.measures[key], None, None, None, v.measure_scales.get(key, 1)
    if n.year_like:
        return None
    percent = g.percent_after.match(text, n.end)
    if percent:
        return "amount.percent", n.start, percent.end(), "percent", None, None, None, 1
    pos = n.end
    partitive = PARTITIVE.match(text, pos)
    whole = partitive and g.number.match(text, partitive.end())
    if partitive and (not n.spelled or (whole and not partitive["own"])):  # 'five of the seven members' too
        if partitive["own"] and not whole:
            pos = partitive.end() - 1  # '2,000 of its peacekeepers'
        elif whole and not partitive["own"]:
            pos = whole.end()  # '174 of the 178 parties': the part spans its number only, the whole is read too
    elif partitive and partitive["own"]:
        return None  # 'two of its immediate neighbors', 'four of its officials': members of a known set
    phrase = noun_phrase(text, pos, g)
    if phrase:
        end, noun, noun_class, unit = phrase
        if n.value != 1 or value_max or (noun_class == "member" and not n.spelled):
            end = n.end if pos > n.end and whole else end
            return "amount.count", n.start, end, unit or noun, None, noun, noun_class, 1
    if g.population_before.search(text, max(0, n.start - 40), n.start):
        return "amount.population", n.start, n.end, "people", None, None, None, 1
    return None


def _measure_key(long_form: str, v: Vocabulary) -> str:
    spaced = " ".join(long_form.split())
    return next(w for w in v.measures if w.lower() == spaced.lower())


def _fractions(text: str, g: Grammar) -> list[tuple[int, int, float, str | None]]:
    """(start, end, percent, qualifier) of fractions of a whole and of halving."""
    out = []
    spans = [(m, m.start(), m.end()) for m in g.fraction.finditer(text)]
    spans += [(m, m.start("span"), m.end("span")) for m in g.fraction_by.finditer(text)]
    for m, start, end in sorted(spans, key=lambda x: x[1]):
        denominator = g.vocabulary.numbers[m["den"].lower()][1]
        numerator = m["num"]
        if numerator is None and denominator != 2:
            continue  # 'third of' without 'a'/'one' is an ordinal ('the third of May')
        count = (
            1 if numerator is None or numerator.lower() in ("a", "an") else g.vocabulary.numbers[numerator.lower()][1]
        )
        before = text[max(0, start - 20) : start]
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
        rest = text[end : end + 40]
        if re.match(
            rf"{SP}of{SP}(?:(?:the|a|an|that|this){SP})?(?:[0-9]{{4}}|years?|century|centuries|decades?|"
            r"months?|weeks?|days?|[A-Z][a-z]+[\s\u00a0]+[0-9]{4})\b",
            rest,
        ):
            continue
        out.append((start, end, round(100 * count / denominator, 2), qualifier_of(text, start, g)))
    for m in g.halving.finditer(text):
        out.append((m.start(), m.end(), 50.0, None))
    return out


def find_amounts(text: str) -> list[AmountMention]:
    """Amount mentions in `text`, in text order; where matches overlap the longest wins."""
    g = grammar()
    candidates: list[tuple[int, int, int, AmountMention | None, Number | None]] = []
    numbers = find_numbers(text, g)
    for n in numbers:
        n, value_max = with_range(text, n, g)
        reading = _reading(text, n, value_max, g)
        if reading is None:
            candidates.append((n.start, n.end, 9, None, n))  # bare: may still be an ellipsis
            continue
        rule_id, start, end, unit, currency, noun, noun_class, factor = reading
        value, value_max = n.value * factor, (value_max * factor if value_max else None)
        if _skipped(text, n, start, end, noun_class, g, noun):
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
                    qualifier_of(text, start, g),
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
    candidates = parts(text, ellipses(text, candidates, g), g)
    chosen = longest_first(
        [c for c in candidates if c[3] is not None], span=lambda c: (c[0], c[1]), tiebreak=lambda c: c[2]
    )
    return [c[3] for c in sorted(chosen, key=lambda c: c[0]) if c[3] is not None]


def _skipped(
    text: str, n: Number, start: int, end: int, noun_class: str | None, g: Grammar, noun: str | None = None
) -> bool:
    """Numbers that are not figures: anaphora ('the two states', 'the other three parties'; not a founding set: FOUNDING_SET_BEFORE), the base
    of a ratio ('out of 50'), a body's name ('the Group of 77'), a rank ('the world's top ten corporations') and the
    field it ranks in ('28th of 190 countries'), the day of a date that names an event ('the 11 September attacks'),
    thresholds ('(50% or above)', '(Below 25%)'), counts of a document's parts (DOCUMENT_PARTS)."""
    if (
        n.spelled
        and ANAPHORIC_BEFORE.search(text, max(0, start - 30), start)
        and noun_class != "member"
        and not FOUNDING_SET_BEFORE.search(text, max(0, start - 30), start)
    ):
        return True
    if OUT_OF_BEFORE.search(text, max(0, start - 10), start) or RANK_BEFORE.search(text, max(0, start - 10), start):
        return True
    if NAMED_BY_NUMBER.search(text, max(0, start - 12), start) or (
        noun_class is not None and RANK_OF_BEFORE.search(text, max(0, start - 50), start)
    ):
        return True
    if noun is not None and DOCUMENT_PARTS.fullmatch(noun.split()[-1].split("-")[-1]):
        return True
    if noun_class is not None and not n.spelled and DAY_OF_MONTH.match(text, n.end):
        return True
    if THRESHOLD_AFTER.match(text, end):
        return True
    qualifier = qualifier_of(text, start, g)
    if (
        qualifier in ("at_least", "at_most")
        and re.match(r"[\s\u00a0]*\)", text[end:])
        and re.search(r"\([\s\u00a0]*\S+(?:[\s\u00a0]+\S+)?[\s\u00a0]+\Z", text[max(0, start - 25) : start])
    ):
        return True
    return False
