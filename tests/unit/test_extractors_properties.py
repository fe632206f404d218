"""Properties of find_dates / find_amounts on arbitrary text, with the edtf package as an oracle.

Random Unicode rarely contains a date, so each property also runs on text assembled from fragments
of the sources' genre (month names, years, qualifiers, currency signs, units) joined by random
separators. Oracle caveat: the edtf package ends winter (`YYYY-24`) on 31 December YYYY, whereas
pipeline.text.dates ends it on the last day of February YYYY+1, so that one upper bound is not compared.
"""

import datetime

from edtf import parse_edtf, struct_time_to_date
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text.amounts import find_amounts
from pipeline.text.dates import find_dates

FRAGMENTS = [
    "In",
    "in",
    "on",
    "the",
    "early",
    "mid-",
    "late",
    "end of",
    "around",
    "autumn of",
    "winter",
    "January",
    "February",
    "May",
    "June",
    "December",
    "0",
    "29",
    "31",
    "2",
    "1992",
    "2004",
    "2012",
    "2100",
    "1799",
    "1990s",
    "–15",
    "-1997",
    "-03",
    "following year",
    "three years later",
    "that year",
    "9/11",
    "US $",
    "$",
    "€",
    "10,000",
    "978.1",
    "m.",
    "bn",
    "million",
    "one",
    "hundred",
    "km",
    "ha",
    "member states",
    "people",
    "refugees",
    "some",
    "at least",
    "population of",
    ",",
    ".",
    "(",
    ")",
]
genre_text = st.lists(
    st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(["", " ", " ", "-", "\u00a0", "\n"])),
    max_size=25,
).map(lambda parts: "".join(f + sep for f, sep in parts))
any_text = st.one_of(st.text(), genre_text)
anchor = st.one_of(st.none(), st.integers(1800, 2100))


def assert_spans(text, mentions):
    for m in mentions:
        assert 0 <= m.char_start <= m.char_end <= len(text)
        assert text[m.char_start : m.char_end] == m.text
    assert all(a.char_end <= b.char_start for a, b in zip(mentions, mentions[1:]))


@settings(max_examples=200, deadline=None)
@given(any_text, anchor)
def test_find_dates_spans_bounds_and_edtf_oracle(text, anchor_year):
    mentions = find_dates(text, anchor_year)
    assert_spans(text, mentions)
    for m in mentions:
        assert m.date_start <= m.date_end
        assert m.precision in {"day", "month", "season", "year", "decade", "interval"}
        assert m.qualifier in {None, "early", "mid", "late", "about"}
        parsed = parse_edtf(m.edtf)
        assert struct_time_to_date(parsed.lower_strict()) == m.date_start
        if not m.edtf.endswith("-24"):
            assert struct_time_to_date(parsed.upper_strict()) == m.date_end
        assert 1800 <= m.date_start.year and m.date_end <= datetime.date(2101, 2, 28)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_find_amounts_spans_and_values(text):
    mentions = find_amounts(text)
    assert_spans(text, mentions)
    for m in mentions:
        assert m.value >= 0
        assert (m.unit == "currency") == (m.currency is not None)
        assert m.qualifier in {None, "about", "at_least"}


@settings(max_examples=200, deadline=None)
@given(st.text(), any_text)
def test_amounts_are_local_to_their_sentence(prefix, text):
    """A passage put after other text yields the same amounts, shifted by the prefix length.
    (Dates are not local: a year in the prefix is carried into the passage, by design.)"""
    prefix = prefix + ". \n"
    alone = [(m.char_start, m.char_end, m.value) for m in find_amounts(text)]
    shifted = [
        (m.char_start - len(prefix), m.char_end - len(prefix), m.value)
        for m in find_amounts(prefix + text)
        if m.char_start >= len(prefix)
    ]
    assert shifted == alone
