"""Tune sentences for a state's own act on an existing multilateral treaty told without the instrument's noun or with
an unusual verb, in the article of a treaty (the codebook's 'agreement': 'an accession to, ratification of or
withdrawal from an existing treaty by a state is an item of its own'). Modelled on the prose of encyclopaedia articles
on other treaties (the Chemical Weapons Convention, the Rome Statute, the Kyoto Protocol, the Paris Agreement, the
Ottawa Treaty, the Arms Trade Treaty, UNCLOS, the Antarctic Treaty, the Energy Charter Treaty, the Treaty of
Tlatelolco, the Treaty on the Prohibition of Nuclear Weapons) as remembered, names and years changed where needed;
none comes from an evaluation text. Written, with their expected facts, before any rule of this change was run on
them; the rules were fixed against these (the first batch: 19 of 29 expected facts found before the change; all
eleven batches at its end: 93 of 94, one fact not expected, the two failures strict xfails).

Keys compared are the scorer's: (kind, parties, date) of each candidate stated as fact (no modality) with parties.
"""

from __future__ import annotations

import pytest

from tests.helpers import stated_agreements
from tests.unit.treaty_article_leads import (
    ANTARCTIC_LEAD,
    ATT_LEAD,
    BWC_LEAD,
    CWC_LEAD,
    ECT_LEAD,
    KYOTO_LEAD,
    OTTAWA_LEAD,
    PARIS_LEAD,
    ROME_LEAD,
    TLATELOLCO_LEAD,
    TPNW_LEAD,
    UNCLOS_LEAD,
)

T, C, P, A = "treaty", "convention", "protocol", "agreement"


TUNE = [
    (CWC_LEAD + "Angola became the 192nd state to accede, in September 2015.", {(C, ("state:AGO",), "2015-09")}),
    (
        ROME_LEAD + "Palestine deposited its instrument of accession on 2 January 2015.",
        {(T, ("state:PSE",), "2015-01-02")},
    ),
    (
        ROME_LEAD + "Burundi became the first state to withdraw, effective 27 October 2017.",
        {(T, ("state:BDI",), "2017-10-27")},
    ),
    (KYOTO_LEAD + "Canada renounced the protocol in December 2011.", {(P, ("state:CAN",), "2011-12")}),
    (PARIS_LEAD + "The United States rejoined on 19 February 2021.", {(A, ("state:USA",), "2021-02-19")}),
    (
        OTTAWA_LEAD + "Finland, which had long relied on landmines for its defence, adhered in 2012.",
        {(T, ("state:FIN",), "2012")},
    ),
    (
        ATT_LEAD + "China deposited its instrument of accession in July 2020. Canada did so in June 2019.",
        {(T, ("state:CHN",), "2020-07"), (T, ("state:CAN",), "2019-06")},
    ),
    (
        UNCLOS_LEAD + "Guyana's ratification in 1993 made it the sixtieth state party, triggering entry into force a "
        "year later.",
        {(C, ("state:GUY",), "1993")},
    ),
    (
        CWC_LEAD + "The last states to accede were Myanmar (2015), Angola (2015) and Palestine (2018).",
        {(C, ("state:MMR",), "2015"), (C, ("state:AGO",), "2015"), (C, ("state:PSE",), "2018")},
    ),
    (
        ANTARCTIC_LEAD + "Poland acceded in 1961, followed by Czechoslovakia in 1962 and Denmark in 1965.",
        {(T, ("state:POL",), "1961"), (T, ("state:CSK",), "1962"), (T, ("state:DNK",), "1965")},
    ),
    (ECT_LEAD + "Italy withdrew with effect from 1 January 2016.", {(T, ("state:ITA",), "2016-01-01")}),
    (
        KYOTO_LEAD + "Australia, which had signed in 1998, ratified in December 2007.",
        {(P, ("state:AUS",), "1998"), (P, ("state:AUS",), "2007-12")},
    ),
    (CWC_LEAD + "The convention entered into force for Syria on 14 October 2013.", {(C, ("state:SYR",), None)}),
    (
        ROME_LEAD + "The Philippines announced its withdrawal in March 2018, effective March 2019.",
        {(T, ("state:PHL",), "2018-03")},
    ),
    (
        CWC_LEAD + "Russia, Iran and Pakistan all ratified in 1997.",
        {(C, ("state:RUS",), "1997"), (C, ("state:IRN",), "1997"), (C, ("state:PAK",), "1997")},
    ),
    (
        PARIS_LEAD + "India ratified on 2 October 2016, bringing the agreement over its entry-into-force threshold.",
        {(A, ("state:IND",), "2016-10-02")},
    ),
    (TPNW_LEAD + "Honduras became the 50th state to ratify, on 24 October 2020.", {(T, ("state:HND",), "2020-10-24")}),
    (KYOTO_LEAD + "Kazakhstan ratified as an Annex I party in 2009.", {(P, ("state:KAZ",), "2009")}),
    (
        TLATELOLCO_LEAD + "After Cuba's accession in 2002, every state in the region was a party.",
        {(T, ("state:CUB",), "2002")},
    ),
    (
        CWC_LEAD + "South Sudan joined the United Nations in 2011 and acceded in 2019.",
        {(C, ("state:SSD",), "2019")},
    ),
    # near-misses: no state's act stated
    (OTTAWA_LEAD + "The United States, Russia and China have refused to sign.", set()),
    (
        ROME_LEAD + "Israel signed in 2000 but later declared that it did not intend to ratify.",
        {(T, ("state:ISR",), "2000")},
    ),
    (PARIS_LEAD + "Iran has said that it intends to ratify once sanctions are lifted.", set()),
    (CWC_LEAD + "As of 2019, 193 states are parties.", set()),
    (ATT_LEAD + "Human rights groups called on Russia to join.", set()),
    (ATT_LEAD + "Several African states support the treaty but have yet to ratify it.", set()),
    (ECT_LEAD + "France and Germany announced in 2022 that they would withdraw.", set()),
]

TUNE += [  # a second batch, written (with its facts) after the first was fixed
    (
        CWC_LEAD + "Syria ratified the Geneva Protocol in 1968 and acceded to the convention in 2013.",
        {(P, ("state:SYR",), "1968"), (C, ("state:SYR",), "2013")},
    ),
    (
        TLATELOLCO_LEAD + "Accessions by Belize, Guyana and Grenada followed in 1995.",
        {(T, ("state:BLZ",), "1995"), (T, ("state:GUY",), "1995"), (T, ("state:GRD",), "1995")},
    ),
    (ANTARCTIC_LEAD + "Mongolia became a contracting party in 2015.", {(T, ("state:MNG",), "2015")}),
    (
        KYOTO_LEAD + "Upon ratifying in 2005, Belarus took on a binding emissions target.",
        {(P, ("state:BLR",), "2005")},
    ),
    (
        TPNW_LEAD + "Austria, Mexico and Ireland, which led the negotiations, ratified in 2018.",
        {(T, (x,), "2018") for x in ("state:AUT", "state:MEX", "state:IRL")},
    ),
    (UNCLOS_LEAD + "Turkey, Venezuela and Peru remain outside the convention.", set()),
    (ATT_LEAD + "Japan has urged all Asian states to accede.", set()),
    (PARIS_LEAD + "Brazil announced in 2019 that it was considering withdrawal.", set()),
    (
        OTTAWA_LEAD + "Ukraine deposited its instrument of ratification in December 2005. Belarus did so in 2003.",
        {(T, ("state:UKR",), "2005-12"), (T, ("state:BLR",), "2003")},
    ),
    (
        ECT_LEAD + "Russia signed the treaty in 1994. It never ratified it.",
        {(T, ("state:RUS",), "1994")},
    ),
]

TUNE += [  # a third batch, written (with its facts) after the second was fixed
    (
        CWC_LEAD + "Estonia was the last of the Baltic states to accede, in 1999.",
        {(C, ("state:EST",), "1999")},
    ),
    (
        ATT_LEAD + "Both Laos and Vietnam acceded to it in 2014.",
        {(T, ("state:LAO",), "2014"), (T, ("state:VNM",), "2014")},
    ),
    (PARIS_LEAD + "Nicaragua withdrew in 2017 and has not rejoined.", {(A, ("state:NIC",), "2017")}),
    (
        KYOTO_LEAD + "Turkmenistan acceded shortly after the protocol was adopted, in January 1999.",
        {(P, ("state:TKM",), "1999-01")},
    ),
    (ROME_LEAD + "Ukraine accepted the court's jurisdiction in 2014 and 2015.", set()),
    (
        CWC_LEAD + "Albania, which had declared a stockpile of mustard agent, acceded as a possessor state in 1994.",
        {(C, ("state:ALB",), "1994")},
    ),
    (ECT_LEAD + "Several parties, including Spain and the Netherlands, have considered withdrawing.", set()),
    (TPNW_LEAD + "No nuclear-armed state has signed or ratified.", set()),
]

TUNE += [  # a fourth batch, written (with its facts) after the third was fixed
    (
        ANTARCTIC_LEAD + "In 1961 Poland and Czechoslovakia acceded; Denmark followed a year later.",
        {(T, ("state:POL",), "1961"), (T, ("state:CSK",), "1961"), (T, ("state:DNK",), "1962")},
    ),
    (CWC_LEAD + "Of the 193 member states of the United Nations, 189 are parties.", set()),
    (
        CWC_LEAD + "Bhutan's instrument of accession was deposited on 18 August 2005.",
        {(C, ("state:BTN",), "2005-08-18")},
    ),
    (
        OTTAWA_LEAD + "Greece signed in 1997 and ratified six years later.",
        {(T, ("state:GRC",), "1997"), (T, ("state:GRC",), "2003")},
    ),
    (TLATELOLCO_LEAD + "The last state to join was Cuba, in 2002.", {(T, ("state:CUB",), "2002")}),
    (ATT_LEAD + "The United States ceased to be a signatory in 2019.", set()),
]

TUNE += [  # a fifth batch, written (with its facts) after the fourth passed
    (KYOTO_LEAD + "Belarus did not become a party until 2005.", {(P, ("state:BLR",), "2005")}),
    (UNCLOS_LEAD + "Mongolia has been a state party since 1996.", {(C, ("state:MNG",), "1996")}),
    (
        ROME_LEAD + "Venezuela notified the depositary of its withdrawal on 10 January 2020.",
        {(T, ("state:VEN",), "2020-01-10")},
    ),
    (ROME_LEAD + "The withdrawal of Burundi became effective on 27 October 2017.", {(T, ("state:BDI",), "2017-10-27")}),
    (
        PARIS_LEAD + "Iran, Libya and Yemen have signed but not ratified.",
        {(A, (x,), None) for x in ("state:IRN", "state:LBY", "state:YEM")},
    ),
    (ATT_LEAD + "Canada was the 110th state to accede, doing so in June 2019.", {(T, ("state:CAN",), "2019-06")}),
]

TUNE += [  # a sixth batch, written (with its facts) after the fifth was fixed
    (
        ANTARCTIC_LEAD + "The twelve original signatories were Argentina, Australia, Belgium and Chile.",
        {(T, (x,), None) for x in ("state:ARG", "state:AUS", "state:BEL", "state:CHL")},
    ),
    (
        CWC_LEAD + "Slovakia deposited its notification of succession on 28 May 1993.",
        {(C, ("state:SVK",), "1993-05-28")},
    ),
    (ATT_LEAD + "Montenegro became a party by succession in 2006.", {(T, ("state:MNE",), "2006")}),
    (
        CWC_LEAD + "Among the states that ratified in 1997 were Russia and Ukraine.",
        {(C, ("state:RUS",), "1997"), (C, ("state:UKR",), "1997")},
    ),
]

TUNE += [  # a seventh batch, written (with its facts) after the sixth was fixed
    (CWC_LEAD + "The parties to the dispute were Iran and Iraq.", set()),
    (ATT_LEAD + "The main parties at the negotiating conference were Mexico and Kenya.", set()),
    (
        OTTAWA_LEAD + "Signatories include Angola (1997) and Zambia (1997).",
        {(T, ("state:AGO",), "1997"), (T, ("state:ZMB",), "1997")},
    ),
    (ROME_LEAD + "The states that are not parties include China, India and the United States.", set()),
]


TUNE += [  # an eighth batch, written (with its facts) after the seventh was fixed
    pytest.param(
        OTTAWA_LEAD + "One state, the Marshall Islands, has signed but not ratified the treaty.",
        {(T, ("state:MHL",), None)},
        marks=pytest.mark.xfail(
            strict=True, reason="the signing rules read no signer in a subject 'One state' with the state in apposition"
        ),
    ),
    (
        ROME_LEAD + "In March 2018, the Philippines submitted its written notification of withdrawal.",
        {(T, ("state:PHL",), "2018-03")},
    ),
    pytest.param(
        PARIS_LEAD + "Turkey ratified the agreement in October 2021, the last G20 country to do so.",
        {(A, ("state:TUR",), "2021-10")},
        marks=pytest.mark.xfail(
            strict=True,
            reason="the surface signing rule takes the G20, which only qualifies 'country', for a party "
            "(one item more)",
        ),
    ),
    (
        ECT_LEAD
        + "Several EU member states, including France, Germany and Poland, announced their withdrawal in 2022.",
        {(T, (x,), "2022") for x in ("state:FRA", "state:DEU", "state:POL")},
    ),
    (BWC_LEAD + "The most recent state to accede was South Sudan, in February 2023.", {(C, ("state:SSD",), "2023-02")}),
    (CWC_LEAD + "Israel signed the convention in 1993 but has not ratified it.", {(C, ("state:ISR",), "1993")}),
]

TUNE += [  # a ninth batch, written (with its facts) after the eighth was fixed
    (CWC_LEAD + "Tuvalu, the most recent party, acceded in 2019.", {(C, ("state:TUV",), "2019")}),
    (ROME_LEAD + "Kiribati acceded in 2019, bringing the number of parties to 123.", {(T, ("state:KIR",), "2019")}),
    (ATT_LEAD + "Andorra deposited its instrument on 26 January 2011.", {(T, ("state:AND",), "2011-01-26")}),
    (
        TLATELOLCO_LEAD + "Nauru acceded in 1969. Tonga followed in 1971, Fiji in 1972.",
        {(T, ("state:NRU",), "1969"), (T, ("state:TON",), "1971"), (T, ("state:FJI",), "1972")},
    ),
    (
        UNCLOS_LEAD + "Brazil, a signatory since 1982, ratified in 1988.",
        {(C, ("state:BRA",), "1982"), (C, ("state:BRA",), "1988")},
    ),
]

TUNE += [  # a tenth batch of near-misses for the rules of this change, written (with their facts) before running
    (CWC_LEAD + "Kazakhstan rejoined the talks on verification in 2019.", set()),
    (CWC_LEAD + "The convention gives every state the right to accede.", set()),
    (OTTAWA_LEAD + "Russia, which had opposed the treaty, adhered to its own moratorium in 1991.", set()),
    (PARIS_LEAD + "France criticised the agreement in 2020. Germany did so too.", set()),
    (ATT_LEAD + "Its signatories met in Geneva in 2019.", set()),
    (
        CWC_LEAD + "Several CIS countries, including Armenia and Belarus, ratified in 1996.",
        {(C, ("state:ARM",), "1996"), (C, ("state:BLR",), "1996")},
    ),
]

TUNE += [  # an eleventh batch, written (with its facts) after the tenth passed
    (OTTAWA_LEAD + "The treaty became binding on Finland on 1 July 2012.", {(T, ("state:FIN",), None)}),
    (ROME_LEAD + "Jordan was the first Middle Eastern state to join, in April 2002.", {(T, ("state:JOR",), "2002-04")}),
    (
        ROME_LEAD
        + "Palestine deposited its instrument of accession with the Secretary-General of the United Nations on 2 "
        "January 2015.",
        {(T, ("state:PSE",), "2015-01-02")},
    ),
    (
        CWC_LEAD + "Egypt, North Korea and South Sudan have neither signed nor acceded.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TUNE)
def test_tune(text, expected):
    assert stated_agreements(text, subject=None) == expected
