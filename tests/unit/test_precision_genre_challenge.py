"""A precision challenge across the five fact types: sentences of the genre (foreign-relations, organisation, treaty
and lender articles), written for these tests from the codebook and never taken from an evaluation text, most of
them near-misses that must give no fact or another fact: conditions told by inversion ('Had Ukraine joined …'), a
sub-body's chair read as its parent's, a city that begins a series' name ('the Minsk agreements'), what a gathering
is about read as where it met, claims and accusations, an instrument's title read as a founding, a date of
something still to come or of a comparison read as a figure's year. Plain statements stand beside them so that the
near-misses are told from the facts.

The last section is a held-out set, written with its expected facts before the guards were, and never fixed
against: a case the rules miss stays an expected failure."""

from __future__ import annotations

import pytest

from tests.helpers import candidates, pick


def _members(text, subject=None):
    return set(pick(candidates(text, "membership", subject), "state_id", "organization_id", "role", "date_edtf"))


def _agreements(text, subject=None):
    return {
        (c["kind"], tuple(c["parties"]), c.get("date_edtf"), c.get("modality"))
        for c in candidates(text, "agreement", subject)
    }


def _hosts(text, subject=None):
    return set(pick(candidates(text, "visit", subject), "visitor_state_id", "host_state_id", "date_edtf"))


def _amounts(text, subject=None):
    return set(pick(candidates(text, "amount", subject), "kind", "value", "date_edtf", "modality"))


# --- conditions told by inversion -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Had Ukraine joined the Customs Union, it would have lost its trade deal with the European Union.",
        "Were Uzbekistan to join the Eurasian Economic Union, it would gain access to Russian markets.",
        "Should Armenia leave the Eurasian Economic Union, it would lose its gas discount.",
        "Had the treaty been ratified by Kyrgyzstan, the border would have been fixed in 2002.",
    ],
)
def test_an_inverted_condition_states_no_fact(text):
    assert not candidates(text, None, None)


def test_a_past_perfect_that_is_no_condition_states_its_act():
    assert ("state:KGZ", "org:WTO", "member", "1998") in _members(
        "Kyrgyzstan had joined the World Trade Organization in 1998, long before Kazakhstan."
    )
    assert ("state:ARM", "org:EAEU", "member", "2015") in _members(
        "After Armenia had joined the Eurasian Economic Union in 2015, its trade with Russia grew."
    )


# --- a sub-body is not its parent -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, parent",
    [
        (
            "In 2010 Armenia chaired the Council of Foreign Ministers of the Collective Security Treaty Organization.",
            "org:CSTO",
        ),
        (
            "In 2011 Kazakhstan held the chairmanship of the Council of Heads of State of the Commonwealth of "
            "Independent States.",
            "org:CIS",
        ),
        (
            "Belarus presided over the Committee of Senior Officials of the Organisation of Islamic Cooperation.",
            "org:OIC",
        ),
    ],
)
def test_the_chair_of_a_sub_body_does_not_chair_its_parent(text, parent):
    assert not [c for c in candidates(text, None, None) if c.get("organization_id") == parent]


@pytest.mark.parametrize(
    "text, state, org",
    [
        (
            "Kazakhstan assumed the chairmanship of the Organization for Security and Co-operation in Europe in 2010.",
            "state:KAZ",
            "org:OSCE",
        ),
        (
            "Armenia took over the chairmanship of the Collective Security Treaty Organization in 2017.",
            "state:ARM",
            "org:CSTO",
        ),
        ("Uzbekistan headed the Commonwealth of Independent States in 2008.", "state:UZB", "org:CIS"),
    ],
)
def test_the_chair_of_the_organisation_itself_stands(text, state, org):
    assert {(st, o) for st, o, role, _ in _members(text) if role == "chair"} == {(state, org)}


# --- a city that begins a name ----------------------------------------------------------------------


def test_a_city_before_a_series_noun_is_a_name_not_a_party():
    assert not _agreements("The Minsk agreements, signed in 2015, failed to end the war.")
    assert not _agreements("The Minsk agreements were signed in 2014 and 2015.")
    assert ("agreement", ("state:AFG", "state:PAK"), "1988", None) in _agreements(
        "The Geneva accords were signed by Afghanistan and Pakistan in 1988."
    )
    # a capital for its government, signing, stays a party
    assert ("agreement", ("state:KAZ", "state:RUS"), "1998", None) in _agreements(
        "Moscow signed agreements with Kazakhstan in 1998."
    )


# --- what a gathering is about is not where it met --------------------------------------------------


def test_a_gathering_s_topic_is_not_its_venue():
    assert ("state:RUS", "state:SYR", "2016") not in _hosts("Lavrov attended the Geneva talks on Syria in 2016.")
    assert _hosts("Putin attended the international conference on Afghanistan in Tashkent in 2018.") == {
        ("state:RUS", "state:UZB", "2018")
    }
    assert ("state:AZE", "state:ARM", "2016") not in _hosts(
        "Aliyev attended the talks between Armenia and Azerbaijan in Vienna in 2016."
    )
    assert _hosts("Medvedev attended the summit on nuclear security in Washington in 2010.") == {
        ("state:RUS", "state:USA", "2010")
    }


# --- one name in two spellings ----------------------------------------------------------------------


def test_organisation_and_organization_are_one_name():
    assert _members("The secretariat of the Organisation of Turkic States is located in Istanbul.") == {
        ("state:TUR", "org:CCTC", "host", None)
    }


# --- claims and accusations -------------------------------------------------------------------------


def test_a_claim_is_hedged_and_its_claimant_is_no_party():
    assert _agreements(
        "Armenian officials claimed that Azerbaijan had signed a secret agreement with Turkey in 2010."
    ) == {("agreement", ("state:AZE", "state:TUR"), "2010", "hedged")}
    assert not _agreements("Georgia accused Russia of violating the ceasefire agreement signed in 2008.")
    # a statement by a named speaker stays as stated
    assert ("treaty", ("state:KAZ", "state:UZB"), "2021", None) in _agreements(
        "Tokayev said that Kazakhstan and Uzbekistan had signed a strategic partnership treaty in 2021."
    )


# --- an instrument's title --------------------------------------------------------------------------


def test_an_instrument_s_title_founds_nothing():
    text = "Other states can become members by acceding to the Agreement Establishing the Eurasian Development Bank."
    assert not candidates(text, "organization_event", None)
    assert not _agreements("The Treaty Establishing the Eurasian Economic Community was signed in Astana in 2000.")
    assert ("org:EDB", "founded", "2006") in set(
        pick(
            candidates(
                "The Eurasian Development Bank was established in 2006 by Russia and Kazakhstan.",
                "organization_event",
                None,
            ),
            "organization_id",
            "event_type",
            "date_edtf",
        )
    )


# --- a figure's year --------------------------------------------------------------------------------


def test_a_date_still_to_come_or_of_a_comparison_is_not_the_figure_s():
    assert _amounts(
        "In 1996, the bank approved a three-year loan of $100 million, to be disbursed in three tranches by 1999."
    ) == {("loan", 100000000.0, "1996", None)}
    assert _amounts(
        "Azerbaijan contributed $1 million to the organisation's budget in 2015, 10 percent more than in 2014."
    ) == {
        ("allocation", 1000000.0, "2015", None),
        ("share", 10.0, "2015", None),
    }
    # a deadline of the figure's own verb stays a target
    assert _amounts("The government aims to reduce the budget deficit to 3 percent of GDP by 2021.") == {
        ("share", 3.0, "2021", "target")
    }


# --- a name's word is no plan; a people's vote is domestic ----------------------------------------------


def test_a_plan_s_name_beside_the_verb_makes_no_plan():
    text = "Georgia joined the Partnership for Peace in 1994 and the Individual Partnership Action Plan in 2004."
    found = set(pick(candidates(text, "membership", None), "state_id", "organization_id", "role", "modality"))
    assert found == {("state:GEO", "org:PFP", "member", None)}


@pytest.mark.parametrize(
    "text",
    [
        "In 2010, 80 percent of Kyrgyz voters approved the new constitution.",
        "The referendum was approved by 98 percent of voters in 1995.",
    ],
)
def test_a_share_of_a_people_s_voters_is_no_figure(text):
    assert not candidates(text, "amount", None)


def test_a_share_of_an_international_body_s_votes_stays():
    assert ("share", 0.24, None, None) in _amounts(
        "Kyrgyzstan's quota in the fund gives it 0.24 percent of the votes.", "state:KGZ"
    )


# --- the date of another clause; a city inside a body's name --------------------------------------------


def test_a_joining_set_after_another_counts_its_year_from_it():
    text = (
        "Kazakhstan joined the Asian Development Bank in 1994, two years after it joined the International Bank for "
        "Reconstruction and Development."
    )
    assert _members(text) == {
        ("state:KAZ", "org:ADB", "member", "1994"),
        ("state:KAZ", "org:WORLD_BANK", "member", "1992"),
    }
    assert ("state:UZB", "org:CSTO", "member", "2006") in _members(
        "Uzbekistan joined the Collective Security Treaty Organization in 2006, after it had left GUAM."
    )


def test_a_city_inside_a_body_s_name_is_no_party():
    assert not _agreements("Yerevan State University signed an agreement with Moscow State University in 2010.")
    assert ("declaration", ("state:KAZ", "state:RUS"), "1998", None) in _agreements(
        "Russia and Kazakhstan signed the Moscow Declaration in 1998."
    )


def test_a_sub_body_is_named_in_full_not_cut_before_its_parent():
    text = "Azerbaijan was elected to the Board of Governors of the International Atomic Energy Agency in 2010."
    assert {o for _, o, _, _ in _members(text)} == {
        "org:new_board_of_governors_of_the_international_atomic_energy_agency"
    }


def test_the_first_summit_after_a_gap_is_not_the_inaugural_one():
    def events(text):
        return set(pick(candidates(text, "organization_event", None), "organization_id", "event_type", "date_edtf"))

    assert ("org:OSCE", "inaugural_summit", "2010") not in events(
        "In 2010 Astana hosted the first OSCE summit since the Istanbul summit of 1999."
    )
    assert ("org:SCO", "inaugural_summit", "2001") in events(
        "The first summit of the Shanghai Cooperation Organisation was held in Shanghai in 2001."
    )


def test_a_body_named_by_a_number_is_no_figure():
    assert _amounts("The Group of 77 includes 134 developing countries.") == {("member_count", 134.0, None, None)}


def test_context_a_single_pointer_a_deadline_and_instead_of():
    text = "The Shanghai Cooperation Organisation grew out of the Shanghai Five. Pakistan joined it in 2017."
    assert _members(text) == {("state:PAK", "org:SCO", "member", "2017")}
    text = (
        "Uzbekistan's foreign minister visited Moscow in 2018. The sides agreed to raise trade to $10 billion by 2025. "
        "A visit by Putin to Tashkent followed in October."
    )
    assert ("state:RUS", "state:UZB", "2018-10") in _hosts(text)
    text = (
        "In 2013 Armenia decided to join the Eurasian Economic Union instead of signing an association agreement with "
        "the European Union."
    )
    assert not _agreements(text)


def test_the_body_an_instrument_s_title_names_is_no_party():
    text = "In 2014 Belarus, Kazakhstan and Russia signed the Treaty on the Eurasian Economic Union in Astana."
    assert _agreements(text) == {("treaty", ("state:BLR", "state:KAZ", "state:RUS"), "2014", None)}


def test_a_state_that_denies_the_act_in_a_clause_of_its_own_is_no_party():
    text = "Israel has signed but not ratified the convention, and Egypt has neither signed nor ratified it."
    assert {p for _, parties, _, _ in _agreements(text) for p in parties} == {"state:ISR"}
    assert _agreements("Armenia signed the agreement in 2013, but Azerbaijan did not sign it.") == {
        ("agreement", ("state:ARM",), "2013", None)
    }


def test_a_visit_s_destination_ends_at_the_next_verb():
    assert not _hosts("Medvedev's visit to the Kuril Islands in 2010 angered Japan.", "state:RUS")
    assert _hosts("Nazarbayev's visit to the Black Sea resort of Sochi in 2018 was his fifth.") == {
        ("state:KAZ", "state:RUS", "2018")
    }


def test_a_body_s_founding_instrument_is_not_signed_by_the_body():
    text = "The organization was founded in 2001. Its predecessor, the Shanghai Five, was formed in 1996. The charter was signed in 2002."
    assert not _agreements(text, "org:SCO")


def test_memoranda_with_two_bodies_are_two_memoranda():
    text = (
        "The Shanghai Cooperation Organisation was founded in 2001. It signed memoranda with ASEAN and the CIS in 2005."
    )
    assert _agreements(text, "org:SCO") == {
        ("memorandum", ("org:ASEAN", "org:SCO"), "2005", None),
        ("memorandum", ("org:CIS", "org:SCO"), "2005", None),
    }


def test_a_gapped_list_of_arrangements_dates_each_its_own():
    text = (
        "In 2014 the Fund approved a 36-month stand-by arrangement of SDR 100 million for Georgia, and in 2017 an "
        "extended arrangement of $285 million."
    )
    assert ("loan_deal", ("org:IMF", "state:GEO"), "2014", None) in _agreements(text, "org:IMF")
    assert ("loan_deal", ("org:IMF", "state:GEO"), "2017", None) not in _agreements(text, "org:IMF")


# --- held out: written with their expected facts before the guards, never fixed against ---------------

HELD_OUT_NO_FACT = [
    "Ties between Kyrgyzstan and Tajikistan have been strained, and Tajikistan is regarded as an important ally of Russia.",
    "Mongolia has repeatedly expressed interest in deeper cooperation with the Shanghai Cooperation Organisation.",
    "Moldova never ratified the Charter of the Commonwealth of Independent States.",
    "In 2012 Kazakhstan ranked 51st in the World Bank's Doing Business index.",
    "In 1868 the Russian Empire annexed the Kokand Khanate.",
    "Kyrgyzstan held a constitutional referendum in 2010.",
    "Uzbek officials accused Tajikistan of supporting militants in 1999.",
    "Negotiations between China and Kyrgyzstan on the railway project continued in 2013.",
    "UN Security Council Resolution 1373, adopted in 2001, was supported by Kyrgyzstan.",
]


@pytest.mark.parametrize("text", HELD_OUT_NO_FACT)
def test_held_out_near_misses_give_no_fact(text):
    assert not candidates(text, None, None)


def test_held_out_sub_body_session_is_not_the_parent_s():
    text = "Kazakhstan hosted the annual session of the OSCE Parliamentary Assembly in Astana in 2008."
    assert not [c for c in candidates(text, None, "state:KAZ") if c.get("organization_id") == "org:OSCE"]


def test_held_out_an_expected_membership_is_planned():
    text = "Uzbekistan is expected to join the Eurasian Economic Union as an observer in 2020."
    assert set(
        pick(candidates(text, "membership", None), "state_id", "organization_id", "role", "date_edtf", "modality")
    ) == {("state:UZB", "org:EAEU", "observer", "2020", "planned")}


def test_held_out_a_hoped_for_figure_is_a_target():
    assert _amounts("Kyrgyzstan hopes to increase its exports to China to $2 billion by 2025.") == {
        ("trade", 2000000000.0, "2025", "target")
    }


@pytest.mark.xfail(strict=True, reason="a co-chair in the active voice ('co-chair the OSCE Minsk Group') is not read")
def test_held_out_co_chairs_in_the_active_voice():
    assert {
        (st, o, r) for st, o, r, _ in _members("Russia, France and the United States co-chair the OSCE Minsk Group.")
    } == {
        ("state:RUS", "org:OSCE_MINSK_GROUP", "chair"),
        ("state:FRA", "org:OSCE_MINSK_GROUP", "chair"),
        ("state:USA", "org:OSCE_MINSK_GROUP", "chair"),
    }


@pytest.mark.xfail(strict=True, reason="'joined … as a founding member' is read as a plain member, not a founder")
def test_held_out_joined_as_a_founding_member_is_a_founder():
    assert ("state:TJK", "org:SHANGHAI_FIVE", "founder", "1996") in _members(
        "Tajikistan joined the Shanghai Five in 1996 as a founding member."
    )
