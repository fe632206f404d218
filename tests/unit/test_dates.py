"""find_dates on real sentences from raw/*.txt and on same-genre sentences that are not in them."""

import datetime

import pytest

from pipeline.text.dates import find_dates, year_of


def brief(text, anchor_year=None):
    return [(m.text, m.edtf, m.precision, m.qualifier) for m in find_dates(text, anchor_year)]


# Real sentences (raw/akiner-*.txt, raw/engvall-cornell-*.txt).
REAL = [
    (
        "On 2 March 1992, now an independent, sovereign state, Kazakhstan was admitted to the United Nations.",
        [("2 March 1992", "1992-03-02", "day", None)],
    ),
    ("In May 1992 President Nazarbayev made an official visit to the USA.", [("May 1992", "1992-05", "month", None)]),
    (
        "In February 1993, he went to Belgium, Austria and Egypt, to Thailand in August, to China and "
        "Mongolia in October and to the Netherlands in November.",
        [
            ("February 1993", "1993-02", "month", None),
            ("August", "1993-08", "month", None),
            ("October", "1993-10", "month", None),
            ("November", "1993-11", "month", None),
        ],
    ),
    (
        "In 1995, the same heavy schedule was maintained, as his travels took him to France. The following "
        "year he went to Iran, Malaysia, Singapore, Switzerland, Portugal, India and Australia.",
        [("1995", "1995", "year", None), ("following year", "1996", "year", None)],
    ),
    (
        "Meanwhile, during this same period (1992-1997), high-ranking delegations from around the world came.",
        [("1992-1997", "1992/1997", "interval", None)],
    ),
    (
        "Kazakhstan's relations with Turkey were strengthened by the adoption of the ‘New Synergies’ joint "
        "Action Plan for 2012–15.",
        [("2012–15", "2012/2015", "interval", None)],
    ),
    (
        "Kazakhstan played a leading role in ECO, heading the Organization twice (2003-2004, 2004-2006).",
        [("2003-2004", "2003/2004", "interval", None), ("2004-2006", "2004/2006", "interval", None)],
    ),
    (
        "Kazakhstan headed the SCO in 2004-2005, and in 2010-2011.",
        [("2004-2005", "2004/2005", "interval", None), ("2010-2011", "2010/2011", "interval", None)],
    ),
    (
        "In the autumn of 2001, Kazakhstan demonstrated its support for the US-led coalition.",
        [("autumn of 2001", "2001-23", "season", None)],
    ),
    ("Russia joined it in mid-2004.", [("mid-2004", "2004", "year", "mid")]),
    (
        "Kazakhstan hosted the Council of Foreign Ministers of the Organization of the Islamic Conference "
        "(OIC) in mid-2011.",
        [("mid-2011", "2011", "year", "mid")],
    ),
    (
        "By the mid-1990s, Kazakhstan had established reciprocal diplomatic relations.",
        [("mid-1990s", "199X", "decade", "mid")],
    ),
    (
        "Relations developed well after Kazakhstani independence, but languished in the late 1990s. In the "
        "2000s, however, there was an upsurge of co-operation.",
        [("late 1990s", "199X", "decade", "late"), ("2000s", "200X", "decade", None)],
    ),
    (
        "In Astana, on 29 May 2014, Belarus, Kazakhstan and Russia signed a treaty. It entered into force "
        "on 1 January 2015, pending ratification by the respective legislatures (a process which was "
        "competed during that year)..",
        [
            ("29 May 2014", "2014-05-29", "day", None),
            ("1 January 2015", "2015-01-01", "day", None),
            ("that year", "2015", "year", None),
        ],
    ),
    (
        "However, in June 2005, during President Putin’s visit to Kazakhstan, it was agreed that the "
        "Russian lease would be extended until 2050.",
        [("June 2005", "2005-06", "month", None), ("2050", "2050", "year", None)],
    ),
    (
        "In 2005 Uzbekistan joined EURASEC (coinciding with the merger of CACO and EURASEC), but withdrew "
        "three years later.",
        [("2005", "2005", "year", None), ("three years later", "2008", "year", None)],
    ),
    (
        "Kazakhstan’s bid for a non-permanent seat at the UN Security Council for 2017 is anchored in "
        "Kazakhstan’s foreign policy concept 2014-2020.",
        [("2017", "2017", "year", None), ("2014-2020", "2014/2020", "interval", None)],
    ),
    (
        "the large-scale Western military presence in Central Asia after 9/11 and the ensuing war in "
        "Afghanistan – present in the region during 2001-2011.",
        [("9/11", "2001-09-11", "day", None), ("2001-2011", "2001/2011", "interval", None)],
    ),
    ("announced it would host the EXPO-2017 in Astana", [("2017", "2017", "year", None)]),
    ("such as the upcoming Expo 2017.", [("2017", "2017", "year", None)]),
    (
        "a renewed reliance on partnership with Russia, which existed in the 1990s and may again be consolidating.",
        [("1990s", "199X", "decade", None)],
    ),
]


@pytest.mark.parametrize("text,expected", REAL, ids=[t[:40] for t, _ in REAL])
def test_real_sentences(text, expected):
    assert brief(text) == expected


def test_kyrgyz_crisis_paragraph_needs_the_anchor_year():
    text = (
        "The following year, shortly after Kazakhstan took over the OSCE chairmanship, it was "
        "confronted with a major crisis in neighbouring Kyrgyzstan. In early April, the Kyrgyz capital "
        "was engulfed by civil unrest. A few weeks later there was more violence in southern "
        "Kyrgyzstan and in June, the situation escalated."
    )
    assert brief(text) == []  # no year in the text and none given: nothing is guessed
    assert brief(text, anchor_year=2009) == [
        ("following year", "2010", "year", None),
        ("early April", "2010-04", "month", "early"),
        ("June", "2010-06", "month", None),
    ]


def test_end_of_december_takes_the_anchor_year_and_qualifier_late():
    text = (
        "In July, after the violence had begun to subside, Kazakhstan hosted an informal meeting. "
        "It was not till the end of December that a modest advisory police group finally began "
        "to arrive."
    )
    assert brief(text, anchor_year=2010) == [
        ("July", "2010-07", "month", None),
        ("end of December", "2010-12", "month", "late"),
    ]


def test_bounds_and_rule_ids():
    [day, month, season, decade, interval] = find_dates(
        "On 29 May 2014 and in February 1993 and in the winter of 2004 and the mid-1990s and 2012–15"
    )
    assert (day.date_start, day.date_end, day.rule_id) == (
        datetime.date(2014, 5, 29),
        datetime.date(2014, 5, 29),
        "date.day_month_year",
    )
    assert (month.date_start, month.date_end, month.rule_id) == (
        datetime.date(1993, 2, 1),
        datetime.date(1993, 2, 28),
        "date.month_year",
    )
    # winter 2004 runs into February of the next (leap) year
    assert (season.edtf, season.date_start, season.date_end, season.rule_id) == (
        "2004-24",
        datetime.date(2004, 12, 1),
        datetime.date(2005, 2, 28),
        "date.season",
    )
    # a qualifier never narrows the bounds of the EDTF value
    assert (decade.date_start, decade.date_end, decade.rule_id) == (
        datetime.date(1990, 1, 1),
        datetime.date(1999, 12, 31),
        "date.decade",
    )
    assert (interval.date_start, interval.date_end, interval.rule_id) == (
        datetime.date(2012, 1, 1),
        datetime.date(2015, 12, 31),
        "date.range",
    )
    assert year_of(interval) == 2012


def test_offsets_index_the_given_text():
    text = "Kazakhstan’s investments rose. In 2012 Kazakhstan's investments in Turkey amounted to more."
    [m] = find_dates(text)
    assert (m.char_start, m.char_end) == (34, 38) and text[m.char_start : m.char_end] == "2012"


@pytest.mark.parametrize(
    "text",
    [
        "a loan of US $10,000m. in return for oil supplies",
        "a border of some 7,500 km with Russia",
        "killing 89 people (official estimate) and injuring more than 1,500.",
        "The organization comprises 56 member states.",
        "interlude in Kazakhstan’s 25-year long process of asserting its statehood",
        "to celebrate the 50th anniversary of the first manned space flight",
        "a ‘Treaty of Eternal Friendship and Alliance in the 21st Century’",
        "The death toll was officially set at around 400, but unofficial estimates suggested 2,000.",
        "A pessimist may fear that the period of multivectorism is over.",
        "a few weeks later there was more violence",
        "it was the vision of President Nazarbayev; Theresa May visited later",
        "Level 2. With the EU, 3 vols, (Almaty, KISI",
        "a 2000 km pipeline and a 1900 ha farm",
        "In 1700 and in 2101 nothing happened",
    ],
)
def test_not_dates(text):
    assert brief(text) == []


# Same genre, not in the source texts.
def test_unseen_month_year():
    assert brief("In March 2019 Tokayev visited Moscow.") == [("March 2019", "2019-03", "month", None)]


def test_unseen_american_order_and_ordinal_day():
    assert brief("On March 2, 1992, and again on the 21st December 1991") == [
        ("March 2, 1992", "1992-03-02", "day", None),
        ("21st December 1991", "1991-12-21", "day", None),
    ]


def test_unseen_may_the_name_is_not_a_month():
    assert brief("In 2016 Theresa May visited Astana; talks may resume in May.") == [
        ("2016", "2016", "year", None),
        ("May", "2016-05", "month", None),
    ]


def test_unseen_previous_year_and_early_year():
    assert brief("Talks resumed in early 2016; the previous year had seen none.") == [
        ("early 2016", "2016", "year", "early"),
        ("previous year", "2015", "year", None),
    ]


def test_unseen_century_crossing_range_and_about():
    assert brief("the 1998–02 programme was reviewed around 2003") == [
        ("1998–02", "1998/2002", "interval", None),
        ("around 2003", "2003", "year", "about"),
    ]


def test_unseen_day_month_takes_the_carried_year_and_invalid_day_is_dropped():
    assert brief("Signed in 2007: first on 12 May, then on 31 June.") == [
        ("2007", "2007", "year", None),
        ("12 May", "2007-05-12", "day", None),
    ]


def test_unseen_impossible_day_leaves_the_month_and_iso_dates_are_not_ranges():
    assert brief("on 31 June 2004 or 0 May 2004; the 1992-03-02 decree") == [
        ("June 2004", "2004-06", "month", None),
        ("May 2004", "2004-05", "month", None),
        ("1992", "1992", "year", None),
    ]


def test_interval_makes_the_carried_year_unknown():
    assert brief("During 2001-2011 troops were present; in May they left.", anchor_year=2000) == [
        ("2001-2011", "2001/2011", "interval", None)
    ]


def test_anchor_year_outside_range_is_a_programming_error():
    with pytest.raises(ValueError):
        find_dates("in May", anchor_year=3000)


def test_the_following_month_takes_the_carried_year():
    # wiki_csto_2025 (dev)
    assert brief("On 4 February 2009, … Belarus signed the agreement the following October.") == [
        ("4 February 2009", "2009-02-04", "day", None),
        ("October", "2009-10", "month", None),
    ]


# --- fiscal years ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,span,edtf",
    [
        ("Exports to China rose to $5 billion in FY2019.", "2019", "2019"),
        ("In fiscal year 2018/19, the deficit was 3 percent of GDP.", "2018/19", "2018/2019"),
        ("In the 2018/19 financial year the Fund disbursed SDR 50 million.", "2018/19", "2018/2019"),
        ("In the 2019–20 fiscal year, the budget was $2 billion.", "2019–20", "2019/2020"),
        ("The loan was signed in FY 2017-18.", "2017-18", "2017/2018"),
    ],
)
def test_a_fiscal_year_is_a_date(text, span, edtf):
    assert [(m.text, m.edtf) for m in find_dates(text)] == [(span, edtf)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Under resolution 2019/25 the Council set up a committee.", [("2019", "2019")]),
        ("The FY2019A figures were revised.", []),
    ],
)
def test_a_slash_or_fy_outside_a_fiscal_year_joins_no_years(text, expected):
    assert [(m.text, m.edtf) for m in find_dates(text)] == expected
