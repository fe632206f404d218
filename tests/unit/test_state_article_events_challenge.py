"""Organisation events told from a state's point of view: a challenge set of sentences written for these tests in
the shapes of 'Foreign relations of X' articles and of articles about a state and a lender, none quoted from an
evaluation text. The source's subject is the state, so events are few and come as that state's acts: joining,
leaving, hosting, chairing, receiving a post.

What the codebook (raw/evaluation/BRIEF.md, 'organization_event') wants, and what it does not:
- a DATED accession is both a membership and `joined_by` (state = the joiner), whatever verb tells it ('joined',
  'was admitted to', 'acceded to', 'became the Nth member', 'gained admission'); an undated one is a membership
  only, and a plan or an application is neither;
- a UN General Assembly resolution recognising a state's status, and a lender opening an office in a capital, are
  not among the codebook's events (founded, joined_by, withdrawn_by, summit_hosted, chaired, … ): no event."""

from __future__ import annotations

import pytest

from tests.helpers import candidates, event_keys, pick


def _has(keys: set, org, event, date, state=None) -> bool:
    """Whether one (organisation, event, state, counterpart, date) key has these values; a None state is not
    compared."""
    return any(k[0] == org and k[1] == event and k[4] == date and (state is None or k[2] == state) for k in keys)


# (sentence, source subject, organisation, event, date, state)
FIRES = [
    # dated accessions, every joining shape
    (
        "Uzbekistan became a member of the United Nations on 2 March 1992.",
        "state:UZB",
        "org:UN",
        "joined_by",
        "1992-03-02",
        "state:UZB",
    ),
    (
        "Mongolia joined the International Monetary Fund in 1991.",
        "state:MNG",
        "org:IMF",
        "joined_by",
        "1991",
        "state:MNG",
    ),
    (
        "Kyrgyzstan was admitted to the United Nations in March 1992.",
        "state:KGZ",
        "org:UN",
        "joined_by",
        "1992-03",
        "state:KGZ",
    ),
    (
        "Georgia acceded to the World Trade Organization in June 2000.",
        "state:GEO",
        "org:WTO",
        "joined_by",
        "2000-06",
        "state:GEO",
    ),
    (
        "In 1998 Kyrgyzstan became the first Commonwealth of Independent States country to join the World Trade "
        "Organization.",
        "state:KGZ",
        "org:WTO",
        "joined_by",
        "1998",
        "state:KGZ",
    ),
    (
        "Tajikistan became the 159th member of the World Trade Organization in 2013.",
        "state:TJK",
        "org:WTO",
        "joined_by",
        "2013",
        "state:TJK",
    ),
    (
        "Armenia's membership in the Eurasian Economic Union began in January 2015.",
        "state:ARM",
        "org:EAEU",
        "joined_by",
        "2015-01",
        "state:ARM",
    ),
    (
        "Mongolia gained admission to the Asian Development Bank in 1991.",
        "state:MNG",
        "org:ADB",
        "joined_by",
        "1991",
        "state:MNG",
    ),
    (
        "Uzbekistan's membership of the European Bank for Reconstruction and Development was approved by its board "
        "in 1992.",
        "state:UZB",
        "org:EBRD",
        "joined_by",
        "1992",
        "state:UZB",
    ),
    (
        "In May 1992 Azerbaijan joined the International Monetary Fund.",
        "state:AZE",
        "org:IMF",
        "joined_by",
        "1992-05",
        "state:AZE",
    ),
    (
        "Tajikistan became a member of the Asian Development Bank in April 1998.",
        "state:TJK",
        "org:ADB",
        "joined_by",
        "1998-04",
        "state:TJK",
    ),
    (
        "Mongolia's accession to the World Trade Organization took place in 1997.",
        "state:MNG",
        "org:WTO",
        "joined_by",
        "1997",
        "state:MNG",
    ),
    # the organisation takes the state in: the state's accession all the same
    (
        "The Asian Development Bank admitted Mongolia as a member in 1991.",
        "state:MNG",
        "org:ADB",
        "joined_by",
        "1991",
        "state:MNG",
    ),
    (
        "Uzbekistan gained full membership of the International Monetary Fund in 1992.",
        "state:UZB",
        "org:IMF",
        "joined_by",
        "1992",
        "state:UZB",
    ),
    (
        "In 1992 the council approved Kyrgyzstan's membership in the European Bank for Reconstruction and Development.",
        "state:KGZ",
        "org:EBRD",
        "joined_by",
        "1992",
        "state:KGZ",
    ),
    (
        "The IMF Executive Board approved Armenia's membership in 1992.",
        "state:ARM",
        "org:IMF",
        "joined_by",
        "1992",
        "state:ARM",
    ),
    # withdrawals
    (
        "Georgia left the Commonwealth of Independent States in 2009.",
        "state:GEO",
        "org:CIS",
        "withdrawn_by",
        "2009",
        "state:GEO",
    ),
    (
        "Uzbekistan withdrew from the Collective Security Treaty Organization in 2012.",
        "state:UZB",
        "org:CSTO",
        "withdrawn_by",
        "2012",
        "state:UZB",
    ),
    (
        "Ukraine was the second country to leave the Commonwealth of Independent States, in 2018.",
        "state:UKR",
        "org:CIS",
        "withdrawn_by",
        "2018",
        "state:UKR",
    ),
    (
        "Georgia joined the Commonwealth of Independent States in 1993 but left it in 2009.",
        "state:GEO",
        "org:CIS",
        "withdrawn_by",
        "2009",
        "state:GEO",
    ),
    # hosting and chairing
    (
        "Uzbekistan hosted the summit of the Shanghai Cooperation Organisation in Samarkand in 2022.",
        "state:UZB",
        "org:SCO",
        "summit_hosted",
        "2022",
        "state:UZB",
    ),
    (
        "Kyrgyzstan chaired the Commonwealth of Independent States in 2016.",
        "state:KGZ",
        "org:CIS",
        "chaired",
        "2016",
        "state:KGZ",
    ),
    (
        "In 2011 Lithuania held the chairmanship of the Organization for Security and Co-operation in Europe.",
        "state:LTU",
        "org:OSCE",
        "chaired",
        "2011",
        "state:LTU",
    ),
    # a ranked act told by an infinitive is an act, not an aim
    (
        "Armenia was the second state to join the Eurasian Economic Union, in January 2015.",
        "state:ARM",
        "org:EAEU",
        "joined_by",
        "2015-01",
        "state:ARM",
    ),
]


@pytest.mark.parametrize(("text", "subject", "org", "event", "date", "state"), FIRES)
def test_a_state_article_states_the_event(text, subject, org, event, date, state):
    assert _has(event_keys(text, subject), org, event, date, state)


def test_one_accession_to_two_lenders_is_two_events():
    keys = event_keys("Mongolia joined the International Monetary Fund and the World Bank in 1991.", "state:MNG")
    assert _has(keys, "org:IMF", "joined_by", "1991", "state:MNG")
    assert _has(keys, "org:WORLD_BANK", "joined_by", "1991", "state:MNG")


@pytest.mark.parametrize(
    ("text", "subject", "org", "state"),
    [
        ("Mongolia joined the International Monetary Fund in 1991.", "state:MNG", "org:IMF", "state:MNG"),
        ("Kyrgyzstan was admitted to the United Nations in March 1992.", "state:KGZ", "org:UN", "state:KGZ"),
        ("Georgia acceded to the World Trade Organization in June 2000.", "state:GEO", "org:WTO", "state:GEO"),
        (
            "Tajikistan became the 159th member of the World Trade Organization in 2013.",
            "state:TJK",
            "org:WTO",
            "state:TJK",
        ),
    ],
)
def test_a_dated_accession_is_also_a_membership(text, subject, org, state):
    rows = pick(candidates(text, "membership", subject), "state_id", "organization_id")
    assert (state, org) in set(rows)


# (sentence, source subject, organisation, event that must not come out)
NEAR_MISSES = [
    # an undated membership is a membership only
    ("Uzbekistan is a member of the United Nations.", "state:UZB", "org:UN", "joined_by"),
    (
        "Kyrgyzstan is a member of the Commonwealth of Independent States and the Collective Security Treaty "
        "Organization.",
        "state:KGZ",
        "org:CIS",
        "joined_by",
    ),
    # plans, applications, talks
    ("Uzbekistan plans to join the World Trade Organization by 2026.", "state:UZB", "org:WTO", "joined_by"),
    ("In 1994 Uzbekistan applied for membership of the World Trade Organization.", "state:UZB", "org:WTO", "joined_by"),
    (
        "Azerbaijan has been negotiating its accession to the World Trade Organization since 1997.",
        "state:AZE",
        "org:WTO",
        "joined_by",
    ),
    ("Georgia did not join the Eurasian Economic Union in 2015.", "state:GEO", "org:EAEU", "joined_by"),
    # not the codebook's events
    (
        "In 1995 the United Nations General Assembly adopted a resolution recognising Austria's neutrality.",
        "state:AUT",
        "org:UNGA",
        "founded",
    ),
    (
        "The International Monetary Fund opened a resident representative office in Bishkek in 1993.",
        "state:KGZ",
        "org:IMF",
        "founded",
    ),
    # a lender's loan or programme is no event of the lender
    (
        "In 1993 the Asian Development Bank approved its first loan to Mongolia.",
        "state:MNG",
        "org:ADB",
        "joined_by",
    ),
    # an admission with no date is a membership only
    ("The Asian Development Bank admitted Mongolia as a member.", "state:MNG", "org:ADB", "joined_by"),
    # the next to join is still to join
    (
        "Uzbekistan may become the next country to join the Eurasian Economic Union in 2026.",
        "state:UZB",
        "org:EAEU",
        "joined_by",
    ),
    # a ranked act still framed by an aim is planned
    (
        "Uzbekistan aims to become the first Central Asian state to join the Eurasian Economic Union in 2026.",
        "state:UZB",
        "org:EAEU",
        "joined_by",
    ),
    (
        "Uzbekistan became the first state to apply to join the World Trade Organization in 1994.",
        "state:UZB",
        "org:WTO",
        "joined_by",
    ),
    # a body the joiner is ranked in is not joined
    (
        "Kyrgyzstan joined the World Trade Organization in 1998, the first country of the Commonwealth of "
        "Independent States to do so.",
        "state:KGZ",
        "org:CIS",
        "joined_by",
    ),
    # a state granted observer status takes a role (membership, observer); the event is an organisation's own
    (
        "Uzbekistan was granted observer status in the Eurasian Economic Union in 2020.",
        "state:UZB",
        "org:EAEU",
        "observer_status_granted",
    ),
    # a planned summit is not hosted
    (
        "Kyrgyzstan will host the summit of the Shanghai Cooperation Organisation in 2025.",
        "state:KGZ",
        "org:SCO",
        "summit_hosted",
    ),
]


@pytest.mark.parametrize(("text", "subject", "org", "event"), NEAR_MISSES)
def test_a_near_miss_states_no_such_event(text, subject, org, event):
    """No such event stated as fact: a planned one carries a modality, which the scorer keeps apart."""
    rows = pick(candidates(text, "organization_event", subject), "organization_id", "event_type", "modality")
    assert (org, event, None) not in set(rows)


def test_a_state_granted_observer_status_is_an_observer():
    rows = pick(
        candidates("Uzbekistan was granted observer status in the Eurasian Economic Union in 2020.", "membership"),
        "state_id",
        "organization_id",
        "role",
        "date_edtf",
    )
    assert ("state:UZB", "org:EAEU", "observer", "2020") in set(rows)


def test_the_host_is_the_state_that_hosted_not_the_article_subject():
    """In an article on Uzbekistan, Mongolia hosting a lender's meeting far from its place name is Mongolia's."""
    keys = event_keys(
        "Mongolia hosted the annual meeting of the Asian Development Bank in Ulaanbaatar in 2018.", "state:UZB"
    )
    assert _has(keys, "org:ADB", "summit_hosted", "2018", "state:MNG")
    assert not _has(keys, "org:ADB", "summit_hosted", "2018", "state:UZB")


def test_a_resolution_or_an_office_is_no_event_at_all():
    assert not event_keys(
        "In 1995 the United Nations General Assembly adopted a resolution recognising Austria's neutrality.",
        "state:AUT",
    )
    assert not event_keys(
        "The International Monetary Fund opened a resident representative office in Bishkek in 1993.", "state:KGZ"
    )


def test_the_fund_is_the_lender_named_before_it():
    """'the Fund' after the International Monetary Fund has been named (twice: name and acronym) is the IMF."""
    keys = event_keys(
        "Armenia's relations with the International Monetary Fund (IMF) are close. Armenia became a member of the "
        "Fund on 28 May 1992.",
        "state:ARM",
    )
    assert _has(keys, "org:IMF", "joined_by", "1992-05-28", "state:ARM")


@pytest.mark.parametrize(
    "text",
    [
        # no lender named before: 'the Bank' is no one
        "Uzbekistan joined the Bank in 1992.",
        # named once in passing: a short name is for a body the text is about
        "This fund is modelled on the International Monetary Fund. Uzbekistan joined the Fund in 2009.",
        # a longer name that 'the Bank' opens
        "The Asian Development Bank (ADB) lends. Uzbekistan joined the Bank for International Settlements in 1996.",
    ],
)
def test_a_short_name_with_no_lender_behind_it_stays_unread(text):
    assert not any(k[1] == "joined_by" and k[0] in ("org:IMF", "org:ADB") for k in event_keys(text, "state:UZB"))
