"""Visits' modality (the vmod12 work): a tune set the rules were fixed against and a held-out set never fixed against,
both invented in the genre's wording and written with the expected visits before the pipeline ran on them. Each case:
a sentence, its source's state, and the visits it states as (visitor state, host state, year, modality).

Planned ('will visit', 'was scheduled to visit', 'plans to travel to'), proposed ('invited X to visit', 'suggested a
visit') and hedged ('reportedly visited') visits are kept with their modality; denied or called-off ones ('did not
visit', 'never visited', 'cancelled his visit') give none; an invitation and the visit made in one sentence are one
visit, stated (`visit_modality`). Held out: before the work 2 of 8 expected visits found exactly and 1 unexpected
(a called-off trip read as made); after it 7 of 8, none unexpected.
"""

from __future__ import annotations

import pytest

from tests.helpers import visit_modalities, xfail_cases

TUNE = [
    (
        "The Kyrgyz president will visit Moscow in May 2013.",
        "state:KGZ",
        {("state:KGZ", "state:RUS", "2013", "planned")},
    ),
    (
        "Aliyev was scheduled to visit Ankara in March 2016.",
        "state:AZE",
        {("state:AZE", "state:TUR", "2016", "planned")},
    ),
    (
        "The Armenian prime minister plans to travel to Paris in 2020.",
        "state:ARM",
        {("state:ARM", "state:FRA", "2020", "planned")},
    ),
    (
        "In 2009 Medvedev invited the Uzbek president to visit Moscow.",
        "state:UZB",
        {("state:UZB", "state:RUS", "2009", "proposed")},
    ),
    (
        "Georgia proposed a visit by its foreign minister to Baku in 2014.",
        "state:GEO",
        {("state:GEO", "state:AZE", "2014", "proposed")},
    ),
    (
        "The Belarusian president reportedly visited Tehran in 2006.",
        "state:BLR",
        {("state:BLR", "state:IRN", "2006", "hedged")},
    ),
    ("The Tajik president did not visit Tashkent in 2010.", "state:TJK", set()),
    ("Putin cancelled his visit to Kyiv in 2014.", "state:RUS", set()),
    ("Lukashenko never visited Tbilisi.", "state:BLR", set()),
    (
        "Elbegdorj invited Xi Jinping to visit Mongolia, and Xi visited Ulaanbaatar in August 2014.",
        "state:MNG",
        {("state:CHN", "state:MNG", "2014", None)},
    ),
    (
        "The Uzbek foreign minister is expected to visit Bishkek in June 2017.",
        "state:UZB",
        {("state:UZB", "state:KGZ", "2017", "planned")},
    ),
    (
        "Iran's foreign minister is said to have visited Kabul in 2001.",
        "state:IRN",
        {("state:IRN", "state:AFG", "2001", "hedged")},
    ),
    ("The Indian prime minister's visit to Dushanbe, planned for 2015, was called off.", "state:IND", set()),
    ("The Georgian president visited Kyiv in 2008.", "state:GEO", {("state:GEO", "state:UKR", "2008", None)}),
]
TUNE += [  # a meeting's and an organisation's visit to come
    (
        "Aliyev will hold talks with Putin in Moscow in 2019.",
        "state:AZE",
        {("state:AZE", "state:RUS", "2019", "planned")},
    ),
    ("An IMF mission will visit Bishkek in 2021.", "state:KGZ", {("org:IMF", "state:KGZ", "2021", "planned")}),
    (
        "In 2019 Aliyev travelled to Moscow to hold talks with Putin.",
        "state:AZE",
        {("state:AZE", "state:RUS", "2019", None)},
    ),
    (
        "An IMF mission visited Bishkek in 2021 to review the programme.",
        "state:KGZ",
        {("org:IMF", "state:KGZ", "2021", None)},
    ),
]
TUNE_MISSES = {"Georgia proposed": "'its foreign minister' is not resolved to the state that proposes the visit"}

HOLDOUT = [
    (
        "The Chinese premier will travel to Islamabad in 2018.",
        "state:PAK",
        {("state:CHN", "state:PAK", "2018", "planned")},
    ),
    ("Erdoğan is due to visit Tbilisi in November 2017.", "state:GEO", {("state:TUR", "state:GEO", "2017", "planned")}),
    (
        "In 2012 the Latvian government invited the Georgian prime minister to visit Riga.",
        "state:GEO",
        {("state:GEO", "state:LVA", "2012", "proposed")},
    ),
    (
        "The Mongolian president allegedly travelled to Pyongyang in 2007.",
        "state:MNG",
        {("state:MNG", "state:PRK", "2007", "hedged")},
    ),
    ("The Kyrgyz president has never visited Baku.", "state:KGZ", set()),
    ("Poroshenko called off his trip to Minsk in 2015.", "state:UKR", set()),
    ("Lukashenko intends to visit Hanoi in 2019.", "state:BLR", {("state:BLR", "state:VNM", "2019", "planned")}),
    ("The Indian foreign minister did not travel to Kabul in 2012.", "state:IND", set()),
    (
        "Vietnam's president suggested a visit to Minsk in 2018.",
        "state:BLR",
        {("state:VNM", "state:BLR", "2018", "proposed")},
    ),
    (
        "In 2016 the Pakistani president invited Rahmon to visit Islamabad, and Rahmon went to Islamabad in 2018.",
        "state:TJK",
        {("state:TJK", "state:PAK", "2018", None)},
    ),
    ("The Moldovan president visited Bucharest in 2017.", "state:MDA", {("state:MDA", "state:ROU", "2017", None)}),
]
HOLDOUT_MISSES = {"Erdoğan is due": "the visit's subject is not found past the adjective ('is due to visit': acomp)"}


@pytest.mark.parametrize("text, subject, expected", xfail_cases(TUNE, TUNE_MISSES))
def test_a_tuning_visit_sentence_is_read_with_its_modality(text, subject, expected):
    assert visit_modalities(text, subject) == expected


@pytest.mark.parametrize("text, subject, expected", xfail_cases(HOLDOUT, HOLDOUT_MISSES))
def test_a_held_out_visit_sentence_is_read_with_its_modality(text, subject, expected):
    assert visit_modalities(text, subject) == expected
