"""Organisation events: a challenge set of sentences written for these tests in the genre's shapes (encyclopaedia
articles on international organisations, treaties and 'Foreign relations of X'), none quoted from an evaluation
text. Each positive names the event the codebook (raw/evaluation/BRIEF.md, 'organization_event') wants; each
near-miss (a plan, a proposal, talks, a postponement, a negation) must not yield the event it resembles.

Why a challenge set: the rules scored far lower on unseen texts than on dev, so the shapes are checked on sentences
no rule was written on, with the organisation talked about given as the source's subject where a sentence
only says 'it', 'the organisation' or nothing."""

from __future__ import annotations

import pytest

from tests.helpers import event_keys


def _has(keys: set, org, event, date, state=None, counterpart=None) -> bool:
    """Whether one key has these values; a None state or counterpart is not compared."""
    return any(
        k[0] == org
        and k[1] == event
        and k[4] == date
        and (state is None or k[2] == state)
        and (counterpart is None or k[3] == counterpart)
        for k in keys
    )


AGREED_MERGER = (
    "In 2005 its members agreed to merge the Central Asian Cooperation Organization with the Eurasian Economic "
    "Community."
)
"""A decided merger, told before a sentence that dates it ('This merger took effect on …')."""

# (sentence, source subject, organisation, event, date, state, counterpart)
FIRES = [
    # founded
    ("The Shanghai Cooperation Organisation was established in 2001.", "state:KAZ", "org:SCO", "founded", "2001"),
    ("The Collective Security Treaty Organization was created in 2002.", "state:KAZ", "org:CSTO", "founded", "2002"),
    (
        "The Eurasian Economic Community was founded in 2000 by Belarus, Kazakhstan, Kyrgyzstan, Russia and "
        "Tajikistan.",
        "state:KAZ",
        "org:EURASEC",
        "founded",
        "2000",
    ),
    (
        "The organisation was established in 1992 as a forum for dialogue on security in Asia.",
        "org:CICA",
        "org:CICA",
        "founded",
        "1992",
    ),
    ("It was set up in 1994 to promote regional trade.", "org:CACO", "org:CACO", "founded", "1994"),
    (
        "The Caspian Economic Forum was founded in 2019 by the five littoral states.",
        "state:KAZ",
        "org:new_caspian_economic_forum",
        "founded",
        "2019",
    ),
    (
        "The Eurasian Economic Union came into being on 1 January 2015.",
        "state:KAZ",
        "org:EAEU",
        "founded",
        "2015-01-01",
    ),
    # renamed
    (
        "The Organisation of the Islamic Conference was renamed the Organisation of Islamic Cooperation in 2011.",
        "state:KAZ",
        "org:OIC",
        "renamed",
        "2011",
    ),
    (
        "In 2001 the Shanghai Five was renamed the Shanghai Cooperation Organisation.",
        "state:KAZ",
        "org:SHANGHAI_FIVE",
        "renamed",
        "2001",
    ),
    (
        "In 2009 the organisation renamed itself the Cooperation Council of Turkic Speaking States.",
        "org:CCTC",
        "org:CCTC",
        "renamed",
        "2009",
    ),
    # merged_into
    (
        "The Central Asian Cooperation Organization merged into the Eurasian Economic Community in 2006.",
        "state:KAZ",
        "org:CACO",
        "merged_into",
        "2006",
        None,
        "org:EURASEC",
    ),
    (
        AGREED_MERGER + " This merger took effect on 25 January 2006.",
        "org:CACO",
        "org:CACO",
        "merged_into",
        "2006-01-25",
    ),
    (
        "In 2006 the Eurasian Economic Community absorbed the Central Asian Cooperation Organization.",
        "state:KAZ",
        "org:CACO",
        "merged_into",
        "2006",
        None,
        "org:EURASEC",
    ),
    (
        "The Central Asian Cooperation Organization was absorbed into the Eurasian Economic Community in 2006.",
        "state:KAZ",
        "org:CACO",
        "merged_into",
        "2006",
        None,
        "org:EURASEC",
    ),
    # entered into force
    (
        "The treaty establishing the Eurasian Economic Union entered into force on 1 January 2015.",
        "state:KAZ",
        "org:EAEU",
        "entered_into_force",
        "2015-01-01",
    ),
    (
        "The Charter of the Shanghai Cooperation Organisation came into force on 19 September 2003.",
        "state:KAZ",
        "org:SCO",
        "entered_into_force",
        "2003-09-19",
    ),
    ("Its charter entered into force on 19 September 2003.", "org:SCO", "org:SCO", "entered_into_force", "2003-09-19"),
    # joined_by, dated
    (
        "Uzbekistan was admitted to the Shanghai Cooperation Organisation in 2001.",
        "state:KAZ",
        "org:SCO",
        "joined_by",
        "2001",
        "state:UZB",
    ),
    (
        "Kyrgyzstan joined the World Trade Organization in 1998.",
        "state:KAZ",
        "org:WTO",
        "joined_by",
        "1998",
        "state:KGZ",
    ),
    ("India and Pakistan joined in 2017.", "org:SCO", "org:SCO", "joined_by", "2017", "state:IND"),
    ("India and Pakistan joined in 2017.", "org:SCO", "org:SCO", "joined_by", "2017", "state:PAK"),
    ("Armenia was admitted in 2015.", "org:EAEU", "org:EAEU", "joined_by", "2015", "state:ARM"),
    (
        "Tajikistan acceded to the Eurasian Economic Community in 2001.",
        "state:KAZ",
        "org:EURASEC",
        "joined_by",
        "2001",
        "state:TJK",
    ),
    (
        "Kazakhstan was admitted as the 162nd member of the World Trade Organization on 30 November 2015.",
        "state:KAZ",
        "org:WTO",
        "joined_by",
        "2015-11-30",
        "state:KAZ",
    ),
    # withdrawn_by
    (
        "Uzbekistan withdrew from the Collective Security Treaty Organization in 2012.",
        "state:KAZ",
        "org:CSTO",
        "withdrawn_by",
        "2012",
        "state:UZB",
    ),
    (
        "Georgia left the Commonwealth of Independent States in 2009.",
        "state:KAZ",
        "org:CIS",
        "withdrawn_by",
        "2009",
        "state:GEO",
    ),
    (
        "Georgia's withdrawal from the Commonwealth of Independent States took effect on 18 August 2009.",
        "state:KAZ",
        "org:CIS",
        "withdrawn_by",
        "2009-08-18",
        "state:GEO",
    ),
    (
        "Kazakhstan's accession to the World Trade Organization was completed in 2015.",
        "state:KAZ",
        "org:WTO",
        "joined_by",
        "2015",
        "state:KAZ",
    ),
    # a state suspending its own membership withdraws (pipeline/rules/parsed_leaving.suspended); an organisation
    # suspending a member is the organisation's `suspended`
    (
        "Uzbekistan suspended its membership in the Eurasian Economic Community in 2008.",
        "state:KAZ",
        "org:EURASEC",
        "withdrawn_by",
        "2008",
        "state:UZB",
    ),
    (
        "Russia was suspended from the Council of Europe in 2022.",
        "state:KAZ",
        "org:COE",
        "suspended",
        "2022",
        "state:RUS",
    ),
    # summit_hosted
    ("The 2019 summit was held in Bishkek.", "org:SCO", "org:SCO", "summit_hosted", "2019", "state:KGZ"),
    (
        "The Baku summit in 2019 adopted a joint declaration.",
        "org:CCTC",
        "org:CCTC",
        "summit_hosted",
        "2019",
        "state:AZE",
    ),
    (
        "The summit of the Collective Security Treaty Organization was held in Minsk in November 2017.",
        "state:KAZ",
        "org:CSTO",
        "summit_hosted",
        "2017-11",
        "state:BLR",
    ),
    (
        "Kazakhstan hosted the summit of the Organization for Security and Co-operation in Europe in Astana in 2010.",
        "state:KAZ",
        "org:OSCE",
        "summit_hosted",
        "2010",
        "state:KAZ",
    ),
    (
        "The summit in Bishkek in 2019 was attended by eight heads of state.",
        "org:SCO",
        "org:SCO",
        "summit_hosted",
        "2019",
        "state:KGZ",
    ),
    (
        "The organisation's first summit took place in Almaty in 2002.",
        "org:CICA",
        "org:CICA",
        "inaugural_summit",
        "2002",
        "state:KAZ",
    ),
    # an online summit has no host, but is the organisation's
    (
        "The extraordinary summit of the organisation was held by videoconference on 10 April 2020.",
        "org:CCTC",
        "org:CCTC",
        "summit_hosted",
        "2020-04-10",
    ),
    (
        "The Extraordinary Summit of the Turkic Council discussed the pandemic and was conducted by videoconference "
        "on 10 April 2020.",
        "state:KAZ",
        "org:CCTC",
        "summit_hosted",
        "2020-04-10",
    ),
    # relations_established, observer_status_granted
    (
        "The Eurasian Economic Union established relations with the Association of Southeast Asian Nations in 2018.",
        "state:KAZ",
        "org:EAEU",
        "relations_established",
        "2018",
        None,
        "org:ASEAN",
    ),
    (
        "Relations between the Eurasian Economic Union and the Association of Southeast Asian Nations were "
        "established in 2018.",
        "state:KAZ",
        "org:EAEU",
        "relations_established",
        "2018",
        None,
        "org:ASEAN",
    ),
    (
        "Official relations with the European Union were established in 2015.",
        "org:EAEU",
        "org:EAEU",
        "relations_established",
        "2015",
        None,
        "org:EU",
    ),
    (
        "The Collective Security Treaty Organization was granted observer status at the United Nations General "
        "Assembly in 2004.",
        "state:KAZ",
        "org:CSTO",
        "observer_status_granted",
        "2004",
    ),
    (
        "In 2007 the organisation received observer status in the United Nations General Assembly.",
        "org:CICA",
        "org:CICA",
        "observer_status_granted",
        "2007",
    ),
    # more founding shapes: a list after 'namely', a body after a dash
    (
        "The conference led to the creation of two new organisations, namely the Caspian Economic Forum and the "
        "Caspian Research Centre.",
        "state:KAZ",
        "org:new_caspian_research_centre",
        "founded",
        None,
    ),
    (
        "Rivalry was among the reasons for the creation of two new bodies after the Astana summit in 2005, namely "
        "the Caspian Economic Forum and the Caspian Research Centre.",
        "state:KAZ",
        "org:new_caspian_economic_forum",
        "founded",
        None,  # the year is the summit's
    ),
    (
        "The presidents created, on 3 October 2009, a new regional body – the Cooperation Council of Turkic Speaking "
        "States.",
        "state:KAZ",
        "org:CCTC",
        "founded",
        "2009-10-03",
    ),
    # membership begun on a date
    (
        "Uzbekistan became a member of the Collective Security Treaty Organization in 2006.",
        "state:KAZ",
        "org:CSTO",
        "joined_by",
        "2006",
        "state:UZB",
    ),
    ("In 2017 India and Pakistan became full members.", "org:SCO", "org:SCO", "joined_by", "2017", "state:PAK"),
    # hosting told by the host
    ("Astana hosted the 2024 summit.", "org:SCO", "org:SCO", "summit_hosted", "2024", "state:KAZ"),
    (
        "Kazakhstan hosted the fourth summit of the organisation in Astana in 2012.",
        "org:CICA",
        "org:CICA",
        "summit_hosted",
        "2012",
        "state:KAZ",
    ),
    # appointed, chaired
    (
        "In 2018 Ramil Hasanov of Azerbaijan was elected Secretary General.",
        "org:CCTC",
        "org:CCTC",
        "appointed",
        "2018",
        "state:AZE",
    ),
    (
        "Kazakhstan assumed the chairmanship of the Commonwealth of Independent States in 2020.",
        "state:KAZ",
        "org:CIS",
        "chaired",
        "2020",
        "state:KAZ",
    ),
    (
        "Nurlan Yermekbayev was appointed Secretary-General of the Shanghai Cooperation Organisation in 2021.",
        "state:KAZ",
        "org:SCO",
        "appointed",
        "2021",
    ),
    (
        "Kazakhstan chaired the Organization for Security and Co-operation in Europe in 2010.",
        "state:KAZ",
        "org:OSCE",
        "chaired",
        "2010",
        "state:KAZ",
    ),
]


@pytest.mark.parametrize("case", FIRES, ids=[f"{c[3]}-{i}" for i, c in enumerate(FIRES)])
def test_a_genre_sentence_yields_its_event(case):
    text, subject, org, event, date, *rest = case
    keys = event_keys(text, subject)
    assert _has(keys, org, event, date, *rest), keys


# (sentence, source subject, event that must not be read)
HOLDS_BACK = [
    ("Kazakhstan plans to establish a regional office of the organisation in Almaty.", "org:CICA", "founded"),
    (
        "Kazakhstan called for the creation of two new bodies, namely the Caspian Economic Forum and the Caspian "
        "Research Centre.",
        "state:KAZ",
        "founded",
    ),
    ("Kazakhstan established diplomatic relations with the European Union in 1993.", "state:KAZ", "founded"),
    ("A proposal to rename the Eurasian Economic Community was rejected in 2005.", "state:KAZ", "renamed"),
    (
        "Talks on a merger of the Central Asian Cooperation Organization and the Eurasian Economic Community began "
        "in 2004.",
        "state:KAZ",
        "merged_into",
    ),
    ("The 2020 summit in St. Petersburg was postponed because of the pandemic.", "org:SCO", "summit_hosted"),
    ("The summits of the organisation were held in various capitals.", "org:CCTC", "summit_hosted"),
    (
        "On 30 April 2018 it was announced that Uzbekistan would attend the upcoming summit of the organisation in "
        "Bishkek.",
        "org:CCTC",
        "summit_hosted",
    ),
    ("Turkey's first summit with the Arab states took place in Istanbul in 2002.", "org:CICA", "inaugural_summit"),
    ("Its treaty with China entered into force in 2002.", "org:SCO", "entered_into_force"),
    ("Relations with the European Union were established in 1993.", "state:KAZ", "relations_established"),
    ("Kazakhstan would have hosted the 2021 summit in Nur-Sultan.", "org:CICA", "summit_hosted"),
    ("Without the war, Armenia could have joined the organisation in 1994.", "org:CSTO", "joined_by"),
    (
        "Georgia's withdrawal from the Commonwealth of Independent States will take effect in 2009.",
        "state:KAZ",
        "withdrawn_by",
    ),
    ("Kazakhstan joined in condemning the attack in 2014.", "org:SCO", "joined_by"),
    ("A summit was to be held in Dushanbe in 2021 but was cancelled.", "org:CSTO", "summit_hosted"),
    (
        "The Eurasian Economic Union absorbed most of the functions of the Eurasian Economic Community in 2015.",
        "state:KAZ",
        "merged_into",
    ),
    (
        "Relations between Kazakhstan and the European Union were established in 1993.",
        "state:KAZ",
        "relations_established",
    ),
    ("Putin attended the Beijing summit in 2018.", "state:RUS", "summit_hosted"),  # no organisation talked about
    ("The summit planned for Minsk in 2020 was cancelled.", "org:CSTO", "summit_hosted"),
    ("Uzbekistan considered joining the Eurasian Economic Union in 2019.", "state:KAZ", "joined_by"),
    ("Turkmenistan did not join the Collective Security Treaty Organization in 1992.", "state:KAZ", "joined_by"),
    ("Kazakhstan applied for observer status at the organisation in 2010.", "org:OIC", "observer_status_granted"),
    ("The Secretary-General of the organisation visited Astana in 2018.", "org:SCO", "appointed"),
    ("The SCO Business Council was established in 2006.", "state:KAZ", "founded"),
    ("Georgia threatened to leave the Commonwealth of Independent States in 2006.", "state:KAZ", "withdrawn_by"),
    (
        AGREED_MERGER + " The merger was never completed.",
        "org:CACO",
        "merged_into",
    ),
    (
        AGREED_MERGER + " The merger was to be completed in 2007.",
        "org:CACO",
        "merged_into",
    ),
    (
        "The Eurasian Economic Community plans to absorb the Central Asian Cooperation Organization in 2006.",
        "state:KAZ",
        "merged_into",
    ),
    ("The Eurasian Development Bank was incorporated in 2006.", "state:KAZ", "merged_into"),
    ("There were talks in 2012 on suspending Uzbekistan's membership of the organisation.", "org:CSTO", "suspended"),
]


@pytest.mark.parametrize("case", HOLDS_BACK, ids=[f"{c[2]}-{i}" for i, c in enumerate(HOLDS_BACK)])
def test_a_near_miss_does_not_yield_the_event_it_resembles(case):
    text, subject, event = case
    keys = event_keys(text, subject)
    assert not {k for k in keys if k[1] == event}, keys
