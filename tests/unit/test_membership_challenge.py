"""A precision challenge for memberships: sentences of the genre ('Foreign relations of X' and international-
organisation articles), written for these tests and never taken from the test texts, most of them near-misses
that must give no membership or must give another role than 'member': negations, hedges, plans, verbs of
another sense ('joined X in condemning'), bodies that only qualify another noun ('talks with the WTO'),
organisations acting in a clause of their own, treaty parties (agreements, not memberships), hosted meetings.
A few plain statements stand beside them so that the near-misses are told from the facts."""

from __future__ import annotations

import pytest

from tests.helpers import candidates, pick


def _roles(text):
    return set(pick(candidates(text, "membership", None), "state_id", "organization_id", "role", "modality"))


NO_MEMBERSHIP = [
    "Kazakhstan is not a member of the World Trade Organization.",
    "Kazakhstan was never a member of NATO.",
    "Turkmenistan has never joined the Collective Security Treaty Organization.",
    "Kazakhstan has neither joined nor applied to the European Union.",
    "Kazakhstan has not applied for membership of the European Union.",
    "Azerbaijan refused to join the Eurasian Economic Union.",
    "Kazakhstan has no plans to join the European Union.",
    "Kazakhstan does not plan to withdraw from the Eurasian Economic Union.",
    "Kazakhstan denied that it would leave the Eurasian Economic Union.",
    "If Armenia joined the European Union, it would have to leave the Eurasian Economic Union.",
    "Russia vetoed Georgia's membership in the World Trade Organization.",
    "Russia blocked Georgia's accession to the World Trade Organization until 2011.",
    "Kazakhstan opposed Ukraine's membership in NATO.",
    "Kazakhstan joined the European Union in condemning the attack.",
    "Russia joined the United States in calling for a ceasefire.",
    "Kazakhstan joined talks with the World Trade Organization in 1996.",
    "Kazakhstan cooperates with NATO through the Partnership for Peace.",
    "Kazakhstan cooperates with the European Union, the World Bank and the Asian Development Bank.",
    "Kazakhstan signed an Enhanced Partnership and Cooperation Agreement with the European Union in 2015.",
    "Kazakhstan is a party to the Treaty on the Non-Proliferation of Nuclear Weapons.",
    "Kazakhstan ratified the Comprehensive Nuclear-Test-Ban Treaty in 2002.",
    "Turkmenistan declared permanent neutrality, recognised by the United Nations General Assembly in 1995.",
    "Norway has close ties with the European Union, of which it is not a part.",
    "The European Union, which Kazakhstan has not joined, is its largest trading partner.",
    "The United Nations mediated between Armenia and Azerbaijan.",
    "The Collective Security Treaty Organization sent peacekeepers to Kazakhstan in January 2022.",
    "The World Bank lent Kyrgyzstan $50 million in 2010.",
    "Kazakhstan invited the OSCE to observe the elections.",
    "Kazakhstan held talks with the Asian Development Bank on a new loan.",
    "Kazakhstan is represented in the United Nations by its permanent mission in New York.",
    "Kazakhstan is a partner of the European Union in Central Asia.",
    "Kazakhstan sent troops to join the UN peacekeeping mission in Lebanon.",
    "Turkey's application for membership of the European Union has stalled.",
    "Kazakhstan was not among the founding members of the Organisation of Islamic Cooperation.",
    "Kazakhstan headed the delegation to the United Nations General Assembly.",
    "Nazarbayev chaired a meeting with the head of the World Bank in 2012.",
    "Russia withdrew its troops from Tajikistan in 2005 under a CSTO agreement.",
    "Kazakhstan withdrew its application to the World Trade Organization in 1999.",
    "The United States withdrew from the Anti-Ballistic Missile Treaty in 2002.",
    "Kazakhstan acceded to the Treaty on the Non-Proliferation of Nuclear Weapons in 1994.",
    "Kazakhstan became a party to the Comprehensive Nuclear-Test-Ban Treaty in 2002.",
    "Azerbaijan, unlike Armenia, is not a member of the Collective Security Treaty Organization.",
    "Neither Azerbaijan nor Turkmenistan is a member of the Eurasian Economic Union.",
    "Uzbekistan rejected membership in the Eurasian Economic Union.",
    "Non-members of the Eurasian Economic Union such as Azerbaijan and Turkmenistan trade with Russia.",
    "Kazakhstan trades with countries such as China and Russia.",
    "Kazakhstan hosted a meeting of the CSTO defence ministers in 2018.",
    "The OSCE office in Almaty was closed in 2017.",
    "The European Union opened a delegation in Astana in 1994.",
    "Kazakhstan joined the coalition against terrorism led by the United States.",
    "Kazakhstan joined in the UN's condemnation of the attack.",
]


@pytest.mark.parametrize("text", NO_MEMBERSHIP)
def test_a_near_miss_states_no_membership(text):
    assert not _roles(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia's bid to join NATO was vetoed by France and Germany.", ("state:GEO", "org:NATO")),
        ("Talks on Uzbekistan's accession to the World Trade Organization resumed in 2020.", ("state:UZB", "org:WTO")),
    ],
)
def test_a_bid_or_talks_on_accession_make_a_candidate_only(text, expected):
    """A bid, even one vetoed, and talks on an accession are a candidacy (BRIEF §5, `candidate`: a bid or campaign),
    never a membership, and told as made (no modality)."""
    assert _roles(text) == {(*expected, "candidate", None)}


@pytest.mark.parametrize(
    "text",
    ["Kazakhstan hosted the OSCE summit in Astana in 2010.", "Kazakhstan hosted the SCO summit in 2019."],
)
def test_hosting_a_summit_makes_no_member(text):
    assert not any(role == "member" for _, _, role, _ in _roles(text))


ROLES = [
    ("Uzbekistan has applied to join the World Trade Organization.", ("state:UZB", "org:WTO", "applicant", None)),
    (
        "Uzbekistan left the Collective Security Treaty Organization in 2012.",
        ("state:UZB", "org:CSTO", "withdrew", None),
    ),
    (
        "Georgia withdrew from the Commonwealth of Independent States in 2009.",
        ("state:GEO", "org:CIS", "withdrew", None),
    ),
    (
        "Georgia is a former member of the Commonwealth of Independent States.",
        ("state:GEO", "org:CIS", "withdrew", None),
    ),
    (
        "Uzbekistan suspended its membership in the Collective Security Treaty Organization in 2012.",
        ("state:UZB", "org:CSTO", "withdrew", None),
    ),
    ("Russia is an observer in the Organisation of Islamic Cooperation.", ("state:RUS", "org:OIC", "observer", None)),
    ("Armenia received observer status in the Eurasian Economic Union.", ("state:ARM", "org:EAEU", "observer", None)),
    (
        "Kazakhstan has observer status at the Organization of American States.",
        ("state:KAZ", "org:OAS", "observer", None),
    ),
    (
        "Turkey is a dialogue partner of the Shanghai Cooperation Organisation.",
        ("state:TUR", "org:SCO", "dialogue_partner", None),
    ),
    (
        "Kazakhstan was one of the founding members of the Eurasian Economic Union.",
        ("state:KAZ", "org:EAEU", "founder", None),
    ),
    ("Kazakhstan hosts the headquarters of the Eurasian Development Bank.", ("state:KAZ", "org:EDB", "host", None)),
    ("Kazakhstan became the first CIS state to chair the OSCE in 2010.", ("state:KAZ", "org:OSCE", "chair", None)),
    ("Uzbekistan may join the Eurasian Economic Union.", ("state:UZB", "org:EAEU", "candidate", "proposed")),
    (
        "Kazakhstan expressed interest in joining the Organisation for Economic Co-operation and Development.",
        ("state:KAZ", "org:OECD", "candidate", "hedged"),
    ),
    ("Azerbaijan plans to join the World Trade Organization.", ("state:AZE", "org:WTO", "member", "planned")),
    ("Kazakhstan wants to join the World Trade Organization.", ("state:KAZ", "org:WTO", "member", "planned")),
    ("The World Trade Organization admitted Kazakhstan in 2015.", ("state:KAZ", "org:WTO", "member", None)),
    (
        "Uzbekistan's membership of the Eurasian Economic Union is under discussion.",
        ("state:UZB", "org:EAEU", "candidate", "proposed"),
    ),
    ("Kazakhstan assumed the chairmanship of the OSCE in 2010.", ("state:KAZ", "org:OSCE", "chair", None)),
    (
        "Kazakhstan is a founding member of the Asian Infrastructure Investment Bank, which China proposed in 2013.",
        ("state:KAZ", "org:AIIB", "founder", None),
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan, along with Kyrgyzstan and Tajikistan, joined the United Nations in 1992.",
        "Kazakhstan joined the United Nations in 1992, together with Kyrgyzstan and Tajikistan.",
    ],
)
def test_states_that_join_along_with_the_subject_join_too(text):
    assert _roles(text) == {(state, "org:UN", "member", None) for state in ("state:KAZ", "state:KGZ", "state:TJK")}


def test_the_state_invited_to_join_is_the_one_that_would_join():
    assert _roles("Russia invited Iran to join the Eurasian Economic Union.") == {
        ("state:IRN", "org:EAEU", "member", "planned")
    }


def test_a_membership_suspended_by_others_is_no_membership_begun():
    assert not _roles("Russia's membership in the G8 was suspended in 2014.")


def test_joining_as_an_observer_is_an_observer_only():
    assert _roles("Mongolia joined the Shanghai Cooperation Organisation as an observer in 2004.") == {
        ("state:MNG", "org:SCO", "observer", None)
    }


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Kazakhstan chairs the Commonwealth of Independent States in 2024.", "org:CIS"),
        ("Kazakhstan presided over the Organization for Security and Co-operation in Europe in 2010.", "org:OSCE"),
    ],
)
def test_a_state_that_chairs_or_presides_over_a_body_is_its_chair(text, org):
    assert _roles(text) == {("state:KAZ", org, "chair", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Russia presides over the CIS Council of Heads of State.",
        "Kazakhstan chairs the meeting of the SCO foreign ministers.",
        "Tokayev chairs the Security Council of Kazakhstan.",
    ],
)
def test_chairing_a_council_or_a_meeting_of_a_body_does_not_chair_the_body(text):
    assert not _roles(text)


def test_an_observer_that_is_not_a_member_is_an_observer_only():
    text = (
        "Kazakhstan has observer status in the Organization of the Black Sea Economic Cooperation but is not a member."
    )
    assert {role for _, _, role, _ in _roles(text)} == {"observer"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Member states of the Eurasian Economic Union such as Armenia and Belarus opposed the proposal.",
            {("state:ARM", "org:EAEU", "member", None), ("state:BLR", "org:EAEU", "member", None)},
        ),
        (
            "Several members of the European Union, including Germany and France, recognised Kosovo.",
            {("state:DEU", "org:EU", "member", None), ("state:FRA", "org:EU", "member", None)},
        ),
        (
            "Former members of the CSTO such as Azerbaijan and Georgia have moved closer to NATO.",
            {("state:AZE", "org:CSTO", "withdrew", None), ("state:GEO", "org:CSTO", "withdrew", None)},
        ),
    ],
)
def test_the_examples_of_a_body_s_members_are_its_members(text, expected):
    assert _roles(text) == expected


def test_a_state_set_apart_from_the_members_is_none():
    text = "Kazakhstan, Kyrgyzstan and Tajikistan are members of the CSTO, while Turkmenistan is not."
    assert {state for state, _, _, _ in _roles(text)} == {"state:KAZ", "state:KGZ", "state:TJK"}


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_the_role_and_modality_the_words_give(text, expected):
    assert _roles(text) == {expected}


def test_every_state_joined_with_another_is_a_member():
    assert _roles("Armenia and Azerbaijan both joined the Council of Europe in 2001.") == {
        ("state:ARM", "org:COE", "member", None),
        ("state:AZE", "org:COE", "member", None),
    }


def test_a_state_that_only_voices_support_for_another_s_bid_is_no_candidate():
    text = "Kazakhstan supported Uzbekistan's bid to join the World Trade Organization."
    assert not any(state == "state:KAZ" for state, _, _, _ in _roles(text))


def test_a_conjoined_clause_with_an_organisation_of_its_own_subject_is_not_joined():
    found = _roles("Kazakhstan joined the World Bank in 1992, and the EBRD opened an office in Almaty.")
    assert ("state:KAZ", "org:WORLD_BANK", "member", None) in found
    assert not any(org == "org:EBRD" and role != "host" for _, org, role, _ in found)  # the office: its seat
    assert ("state:KAZ", "org:EBRD", "host", None) in found
