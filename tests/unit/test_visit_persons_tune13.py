"""Tuning sentences for visits by officials the person dictionary lacks (the vis13 work): a leader or minister
named in full after a title or his state's adjective ('Omani Foreign Minister Yusuf bin Alawi travelled to
Ashgabat'), who the codebook writes `new:<Full Name>`. Written with the facts expected before the pipeline ran on
them; the rules may be fixed against these. Each case: a paragraph, its source's state, and the visits it states
keyed as (visitor, visitor state, host state, year, modality), the visitor a provisional person's name."""

from __future__ import annotations

import pytest

from tests.helpers import provisional_id, visitor_keys, xfail_cases

TUNE = [
    (
        "In April 2008 Kyrgyz Foreign Minister Jeenbek Kulubaev paid an official visit to Ashgabat.",
        "state:TKM",
        {("new:Jeenbek Kulubaev", "state:KGZ", "state:TKM", "2008", None)},
    ),
    (
        "Omani Foreign Minister Yusuf bin Alawi travelled to Ashgabat in 2011.",
        "state:TKM",
        {("new:Yusuf bin Alawi", "state:OMN", "state:TKM", "2011", None)},
    ),
    (
        "In October 2015 Japanese Foreign Minister Fumio Kishida visited Tashkent.",
        "state:UZB",
        {("new:Fumio Kishida", "state:JPN", "state:UZB", "2015", None)},
    ),
    (
        "In 2012 Indonesian President Susilo Bambang Yudhoyono paid a state visit to Kazakhstan.",
        "state:KAZ",
        {("new:Susilo Bambang Yudhoyono", "state:IDN", "state:KAZ", "2012", None)},
    ),
    (
        "Foreign Minister Abdulaziz Komilov travelled to Kabul in 2018.",
        "state:UZB",
        {("new:Abdulaziz Komilov", "state:UZB", "state:AFG", "2018", None)},
    ),
    (
        "In 2009 Armenian Foreign Minister Edward Nalbandian visited Ashgabat. "
        "In 2010 he made official visits to Kazakhstan and Uzbekistan.",
        "state:TKM",
        {
            ("new:Edward Nalbandian", "state:ARM", "state:TKM", "2009", None),
            ("new:Edward Nalbandian", "state:ARM", "state:KAZ", "2010", None),
            ("new:Edward Nalbandian", "state:ARM", "state:UZB", "2010", None),
        },
    ),
    (
        "The Vietnamese President Truong Tan Sang made a state visit to Turkmenistan in May 2014.",
        "state:TKM",
        {("new:Truong Tan Sang", "state:VNM", "state:TKM", "2014", None)},
    ),
    (
        "During his visit to Astana in 2013, Bahraini Foreign Minister Khalid bin Ahmed Al Khalifa met President "
        "Nazarbayev.",
        "state:KAZ",
        {("new:Khalid bin Ahmed Al Khalifa", "state:BHR", "state:KAZ", "2013", None)},
    ),
    (
        "In 2016 Turkmenistan invited Malaysian Deputy Prime Minister Ahmad Zahid Hamidi to visit Ashgabat.",
        "state:TKM",
        {("new:Ahmad Zahid Hamidi", "state:MYS", "state:TKM", "2016", "proposed")},
    ),
    ("Georgian Foreign Minister Mikheil Janelidze cancelled his visit to Ashgabat in 2016.", "state:TKM", set()),
    (
        "In 2014 a trade delegation from Oman visited Ashgabat.",
        "state:TKM",
        {(None, "state:OMN", "state:TKM", "2014", None)},
    ),
    (
        "Berdimuhamedow hosted Saudi Foreign Minister Adel al-Jubeir in Ashgabat in 2016.",
        "state:TKM",
        {("new:Adel al-Jubeir", "state:SAU", "state:TKM", "2016", None)},
    ),
    ("Visits by tourists from China have grown since 2010.", "state:TKM", set()),
    (
        "Jeenbek Kulubaev, the Kyrgyz foreign minister, visited Ashgabat in 2019.",
        "state:TKM",
        {("new:Jeenbek Kulubaev", "state:KGZ", "state:TKM", "2019", None)},
    ),
    (
        "In 2011 Yusuf bin Alawi, Oman's minister responsible for foreign affairs, travelled to Ashgabat.",
        "state:TKM",
        {("new:Yusuf bin Alawi", "state:OMN", "state:TKM", "2011", None)},
    ),
]


TUNE_LISTED = [
    (
        "Chinese President Hu Jintao visited Turkmenistan in 2009 to open the gas pipeline.",
        "state:TKM",
        {("person:hu_jintao", "state:CHN", "state:TKM", "2009", None)},
    ),
    (
        "During his visit to Ankara in 2013, Berdimuhamedow met President Abdullah Gül.",
        "state:TKM",
        {("person:berdimuhamedow", "state:TKM", "state:TUR", "2013", None)},
    ),
    (
        "Berdimuhamedow hosted Iranian President Mahmoud Ahmadinejad in Ashgabat in 2007.",
        "state:TKM",
        {("person:ahmadinejad", "state:IRN", "state:TKM", "2007", None)},
    ),
    (
        "In April 2008 President Gurbanguly Berdimuhamedow paid a state visit to China. "
        "He made official visits to Russia, India and Pakistan in 2009.",
        "state:TKM",
        {
            ("person:berdimuhamedow", "state:TKM", "state:CHN", "2008", None),
            ("person:berdimuhamedow", "state:TKM", "state:RUS", "2009", None),
            ("person:berdimuhamedow", "state:TKM", "state:IND", "2009", None),
            ("person:berdimuhamedow", "state:TKM", "state:PAK", "2009", None),
        },
    ),
    (
        "Niyazov and Putin met in Moscow in 2002.",
        "state:TKM",
        {("person:niyazov", "state:TKM", "state:RUS", "2002", None)},
    ),
    (
        "The Russian president attended the Caspian summit in Ashgabat in 2014.",
        "state:TKM",
        {(None, "state:RUS", "state:TKM", "2014", None)},
    ),
    (
        "Prime Minister Shinzo Abe visited Ashgabat in October 2015, the first visit by a Japanese leader.",
        "state:TKM",
        {("person:abe", "state:JPN", "state:TKM", "2015", None)},
    ),
    (
        "Turkmen Foreign Minister Rashid Meredov travelled to Tehran in 2009.",
        "state:TKM",
        {("person:meredov", "state:TKM", "state:IRN", "2009", None)},
    ),
    (
        "In 2012 Berdimuhamedow received Afghan President Hamid Karzai, who was on an official visit.",
        "state:TKM",
        {("person:karzai", "state:AFG", "state:TKM", "2012", None)},
    ),
    ("Berdimuhamedow cancelled his planned visit to Kabul in 2018.", "state:TKM", set()),
    (
        "Iranian President Hassan Rouhani came to Ashgabat in 2014 and again in 2017.",
        "state:TKM",
        {("person:rouhani", "state:IRN", "state:TKM", y, None) for y in ("2014", "2017")},
    ),
    (
        "Berdimuhamedow travelled to Tehran in 2007 and 2016, and went to Baku in 2008.",
        "state:TKM",
        {
            ("person:berdimuhamedow", "state:TKM", "state:IRN", "2007", None),
            ("person:berdimuhamedow", "state:TKM", "state:IRN", "2016", None),
            ("person:berdimuhamedow", "state:TKM", "state:AZE", "2008", None),
        },
    ),
    (
        "In 2010 Berdimuhamedow was invited to visit Japan.",
        "state:TKM",
        {("person:berdimuhamedow", "state:TKM", "state:JPN", "2010", "proposed")},
    ),
]
"""Visits by leaders the person dictionary holds, in the shapes of a 'Foreign relations of …' article."""


LISTED_KNOWN = {
    "Berdimuhamedow travelled to Tehran in 2007 and 2016": "the 'went to' pattern dates a destination by its first "
    "date only: the series needs the parse's own dates ('in 2004, and in 2006 he signed' is another clause's)",
}


@pytest.mark.parametrize("text, subject, expected", xfail_cases(TUNE_LISTED, LISTED_KNOWN))
def test_a_tuning_visit_by_a_listed_leader_is_read(text, subject, expected):
    assert visitor_keys(text, subject) == expected


@pytest.mark.parametrize("text, subject, expected", xfail_cases(TUNE, {}))
def test_a_tuning_visit_by_an_unlisted_official_is_read(text, subject, expected):
    assert visitor_keys(text, subject) == {(provisional_id(v), *rest) for v, *rest in expected}


def test_visits_by_private_travellers_are_no_official_visit():
    assert not visitor_keys("Visits by pilgrims from Iran to Ashgabat rose sharply in 2012.", "state:TKM")
    assert not visitor_keys("In 2013 a visit by students from Turkey to Ashgabat was cut short.", "state:TKM")
    assert visitor_keys("In 2011 a visit by a Chinese delegation to Ashgabat took place.", "state:TKM") == {
        (None, "state:CHN", "state:TKM", "2011", None)
    }
