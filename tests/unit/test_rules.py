"""Every rule with a sentence it must match and one it must not: real sentences from the texts and
sentences written for these tests in the same genre."""

from __future__ import annotations

import pytest

from tests.helpers import candidates, pick


# --- memberships ---------------------------------------------------------------------------------
def test_joined_list_with_semicolons_and_pronoun_subject():
    text = (
        "Likewise, it joined the Asian Development Bank; the European Bank for Reconstruction and "
        "Development; and the Islamic Development Bank."
    )
    assert pick(candidates(text, "membership"), "state_id", "organization_id", "role") == [
        ("state:KAZ", "org:ADB", "member"),
        ("state:KAZ", "org:EBRD", "member"),
        ("state:KAZ", "org:ISDB", "member"),
    ]


def test_joined_takes_the_previous_sentences_organisations_for_both_bodies():
    text = (
        "This was evident in the deft manner in which it balanced its membership of the Tehran-based "
        "Economic Cooperation Organization (ECO) with the Ankara-led Turkic Summits. Kazakhstan joined both "
        "bodies in 1992."
    )
    dated = [c for c in candidates(text, "membership") if c["date_edtf"]]
    assert pick(dated, "organization_id", "date_edtf") == [("org:ECO", "1992"), ("org:TURKIC_SUMMITS", "1992")]


def test_applied_is_an_applicant_not_a_member():
    text = "Similarly, it joined the International Monetary Fund and World Bank, and applied for membership of the World Trade Organization (WTO)."
    assert pick(candidates(text, "membership"), "organization_id", "role") == [
        ("org:IMF", "member"),
        ("org:WORLD_BANK", "member"),
        ("org:WTO", "applicant"),
    ]


def test_a_quoted_sub_body_is_not_membership_of_its_parent():
    text = "In preparation for this, it joined the OSCE ‘Troika’ of past, present and future chairmen in January 2009."
    assert pick(candidates(text, "membership"), "organization_id", "date_edtf") == [("org:OSCE_TROIKA", "2009-01")]
    listed = "In 2012, it joined the OSCE ‘Minsk Group’ of mediators."  # a sub-body of its own in the dictionary
    assert pick(candidates(listed, "membership"), "organization_id", "date_edtf") == [("org:OSCE_MINSK_GROUP", "2012")]


def test_chairing_a_contact_group_comprising_states():
    text = (
        "In this capacity, it chaired the OSCE Mediterranean Contact Group on Co-operation (comprising OSCE "
        "participants, also Algeria, Egypt, Israel, Jordan, Morocco and Tunisia)."
    )
    assert pick(candidates(text, "membership"), "state_id", "role") == [
        ("state:DZA", "member"),
        ("state:EGY", "member"),
        ("state:ISR", "member"),
        ("state:JOR", "member"),
        ("state:KAZ", "chair"),
        ("state:MAR", "member"),
        ("state:TUN", "member"),
    ]


def test_membership_of_an_organisation_without_a_possessive_is_not_a_join():
    assert (
        candidates("The membership of the CCTC is almost the same as that of ECO, as are the objectives.", "membership")
        == []
    )


def test_chair_terms_in_brackets_are_separate_facts():
    text = "Kazakhstan has played a leading role in ECO, heading the Organization twice (2003-2004, 2004-2006)."
    assert pick(candidates(text, "membership"), "organization_id", "role", "date_edtf") == [
        ("org:ECO", "chair", "2003/2004"),
        ("org:ECO", "chair", "2004/2006"),
    ]


def test_withdrawal_takes_the_relative_year():
    text = "In 2005 Uzbekistan joined EURASEC (coinciding with the merger of CACO and EURASEC), but withdrew three years later."
    assert pick(candidates(text, "membership"), "state_id", "role", "date_edtf") == [
        ("state:UZB", "member", "2005"),
        ("state:UZB", "withdrew", "2008"),
    ]


def test_role_groups_take_their_since_years():
    text = (
        "It has full Members (originally China, Kazakhstan, Kyrgyzstan, Russia Tajikistan and Uzbekistan, and "
        "since 2015, India and Pakistan); ‘Observers’ (Mongolia, Iran and since 2012, Afghanistan), also "
        "‘Dialogue Partners’ (first accorded to Belarus and Sri Lanka in 2009, and from 2012, Turkey)."
    )
    found = {(c["state_id"], c["role"], c["date_edtf"]) for c in candidates("The SCO grew. " + text, "membership")}
    assert {
        ("state:IND", "member", "2015"),
        ("state:AFG", "observer", "2012"),
        ("state:MNG", "observer", None),
        ("state:LKA", "dialogue_partner", "2009"),
        ("state:TUR", "dialogue_partner", "2012"),
    } <= found


def test_seat_bid_is_hedged_and_expo_year_dates_nothing():
    text = (
        "In the past two years, Kazakhstan has joined the World Trade Organization, announced it would host "
        "the EXPO-2017 in Astana, and launched a bid for a rotating seat at the United Nations Security Council."
    )
    assert pick(candidates(text, "membership"), "organization_id", "modality", "date_edtf") == [
        ("org:UNSC", "bid", None),
        ("org:WTO", None, None),
    ]


def test_unseen_sentence_chair_and_join():
    text = "In 2017 Kazakhstan assumed the chairmanship of the Shanghai Cooperation Organisation. Mongolia joined the OSCE in 2012."
    assert pick(candidates(text, "membership"), "state_id", "organization_id", "role", "date_edtf") == [
        ("state:KAZ", "org:SCO", "chair", "2017"),
        ("state:MNG", "org:OSCE", "member", "2012"),
    ]


# --- visits ----------------------------------------------------------------------------------------
def test_travel_enumeration_takes_each_groups_month():
    text = (
        "A brief survey of the programme of President Nazarbayev reveals much. In February 1993, he went to "
        "Belgium, Austria and Egypt, to Thailand in August, to China and Mongolia in October and to the "
        "Netherlands in November."
    )
    assert pick(candidates(text, "visit"), "host_state_id", "date_edtf") == [
        ("state:AUT", "1993-02"),
        ("state:BEL", "1993-02"),
        ("state:CHN", "1993-10"),
        ("state:EGY", "1993-02"),
        ("state:MNG", "1993-10"),
        ("state:NLD", "1993-11"),
        ("state:THA", "1993-08"),
    ]


def test_visit_date_is_not_a_later_unrelated_year():
    text = (
        "However, in June 2005, during President Putin’s visit to Kazakhstan to celebrate the 50th anniversary "
        "of the founding of the centre, it was agreed that the Russian lease would be extended until 2050."
    )
    assert pick(candidates(text, "visit"), "visitor_id", "host_state_id", "date_edtf") == [
        ("person:putin", "state:KAZ", "2005-06")
    ]


def test_visit_to_a_capital_names_the_place():
    text = "In 2007, during President Nazarbayev’s official visit to Tehran, several important agreements were signed."
    assert pick(candidates(text, "visit"), "host_state_id", "place_id", "date_edtf") == [
        ("state:IRN", "place:tehran", "2007")
    ]


def test_visits_in_general_are_not_facts():
    assert candidates("Each visit resulted in the signature of protocols and agreements.", "visit") == []


def test_unseen_visit():
    text = "In March 2019 President Tokayev made an official visit to Moscow."
    assert pick(candidates(text, "visit"), "visitor_id", "host_state_id", "place_id", "date_edtf") == [
        ("person:tokayev", "state:RUS", "place:moscow", "2019-03")
    ]


# --- agreements ------------------------------------------------------------------------------------
def test_named_treaty_with_parties_and_date():
    text = "In 1998 Kazakhstan and Russia concluded a Treaty of Eternal Friendship and Co-operation."
    (c,) = candidates(text, "agreement")
    assert (c["name"], c["kind"], c["date_edtf"], c["parties"]) == (
        "Treaty of Eternal Friendship and Co-operation",
        "treaty",
        "1998",
        ["state:KAZ", "state:RUS"],
    )


def test_signed_and_in_force_dates():
    text = (
        "Other important foreign policy developments include Kazakhstan’s Partnership and Cooperation "
        "Agreement with the European Union, which was signed in 1995 and came into force in 1999."
    )
    (c,) = candidates(text, "agreement")
    assert (c["kind"], c["date_edtf"], c["in_force_edtf"], c["parties"]) == (
        "agreement",
        "1995",
        "1999",
        ["org:EU", "state:KAZ"],
    )


def test_agreements_without_a_signing_verb_are_not_facts():
    text = (
        "It was an arrangement looser than the Association Agreements the EU has offered Ukraine, Moldova and Georgia."
    )
    assert candidates(text, "agreement") == []


def test_loan_deal_between_the_two_countries():
    text = (
        "Significant Chinese investment began in 1997. In 2009, the two countries agreed a ‘loans-for-oil’ deal, "
        "whereby China made available a loan of $10,000 million in return for oil agreements."
    )
    assert pick(candidates(text, "agreement"), "kind", "date_edtf", "parties") == [
        ("loan_deal", "2009", ["state:CHN", "state:KAZ"])
    ]


# --- organisation events ----------------------------------------------------------------------------
def test_founded_passive_and_by_transformation():
    text = (
        "The OIC was established in September 1969. This alliance, later renamed the Central Asian Economic "
        "Union, made little progress. In 2001 it underwent another transformation, now becoming the Central "
        "Asia Co-operation Organization (CACO)."
    )
    assert set(pick(candidates(text, "organization_event"), "organization_id", "event_type", "date_edtf")) == {
        ("org:CACO", "founded", "2001"),
        ("org:CACO", "renamed", None),
        ("org:CACO", "renamed", "2001"),
        ("org:OIC", "founded", "1969-09"),
    }


def test_transformation_into_a_new_organisation_is_a_renaming_with_counterpart():
    text = (
        "Kazakhstan was one of the founder members of the so-called ‘Shanghai Five’. In 2001 Uzbekistan joined "
        "the group, which was simultaneously transformed into an international organization, entitled the "
        "Shanghai Co-operation Organization."
    )
    assert ("org:SHANGHAI_FIVE", "renamed", "org:SCO", "2001") in pick(
        candidates(text, "organization_event"),
        "organization_id",
        "event_type",
        "counterpart_organization_id",
        "date_edtf",
    )


def test_establish_needs_the_organisation_right_after_the_verb():
    text = "The longer-term goal was to establish a single economic space, underpinned by a Customs Union."
    assert candidates(text, "organization_event") == []


def test_merger_and_inauguration():
    text = (
        "CACO was subsumed under the Russia-led Euro-Asian Economic Community in 2005. The Customs Union was "
        "inaugurated in 2010."
    )
    assert pick(
        candidates(text, "organization_event"),
        "organization_id",
        "event_type",
        "counterpart_organization_id",
        "date_edtf",
    ) == [("org:CACO", "merged_into", "org:EURASEC", "2005"), ("org:CUSTOMS_UNION", "inaugurated", None, "2010")]


def test_summit_hosted_at_a_place():
    text = "In July 2005, at an SCO heads of state summit meeting held in Astana, a strategy was approved."
    assert pick(candidates(text, "organization_event"), "organization_id", "event_type", "state_id", "date_edtf") == [
        ("org:SCO", "summit_hosted", "state:KAZ", "2005-07")
    ]


# --- amounts -------------------------------------------------------------------------------------------
def test_investments_each_way():
    text = (
        "In 2012 Kazakhstan's investments in Turkey amounted to US $978.1m., and Turkey's investments in "
        "Kazakhstan to $859.8m."
    )
    assert pick(candidates(text, "amount"), "kind", "value", "subject_id", "counterpart_id", "date_edtf") == [
        ("investment", 859800000.0, "state:TUR", "state:KAZ", "2012"),
        ("investment", 978100000.0, "state:KAZ", "state:TUR", "2012"),
    ]


def test_trade_figure_and_target_take_their_own_years():
    text = (
        "Bilateral trade in 2010 had exceeded US $27,000m. and both sides aimed to increase this to $40,000m. by 2015."
    )
    assert pick(candidates(text, "amount"), "kind", "value", "date_edtf") == [
        ("trade", 27e9, "2010"),
        ("trade", 40e9, "2015"),
    ]


def test_unseen_loan_and_member_count():
    text = "In 2018 China provided a loan of US $2,500m. to Kazakhstan. The OSCE comprises 57 member states."
    assert pick(candidates(text, "amount"), "kind", "value", "subject_id") == [
        ("loan", 2.5e9, "state:CHN"),
        ("member_count", 57.0, "org:OSCE"),
    ]


def test_years_and_ordinals_are_not_figures():
    assert candidates("In 1997 the 50th anniversary of the founding of the centre was marked.", "amount") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kazakhstan joined the OIC in 1995.",
        "In Astana, on 29 May 2014, Belarus, Kazakhstan and Russia signed a treaty formally establishing the Eurasian Economic Union.",
    ],
)
def test_every_quote_is_the_text_at_its_offsets(paragraph):
    found = candidates(paragraph)
    assert found
    for c in found:
        assert paragraph[c["char_start"] : c["char_end"]] == c["quote"]


def test_agreement_named_with_its_parties_needs_no_verb():
    text = "The EU has an arrangement looser than the existing agreement between the EU and Russia."
    assert pick(candidates(text, "agreement"), "kind", "parties") == [("agreement", ["org:EU", "state:RUS"])]
    assert candidates("The agreement was a success for everybody.", "agreement") == []


def test_it_was_agreed_during_a_visit():
    text = (
        "However, in June 2005, during President Putin’s visit to Kazakhstan, it was agreed that the Russian "
        "lease would be extended until 2050."
    )
    assert pick(candidates(text, "agreement"), "parties", "date_edtf") == [(["state:KAZ", "state:RUS"], "2005-06")]
    assert candidates("It was agreed that more talks would follow.", "agreement") == []


def test_a_body_created_unnamed_takes_the_name_the_next_sentence_gives_it():
    text = (
        "In July 1994 Kazakhstan, Uzbekistan and Kyrgyzstan, later joined by Tajikistan, created an embryonic "
        "economic and defence union. This alliance, later renamed the Central Asian Economic Union, aimed to "
        "foster regional co-operation but made little real progress."
    )
    found = [c for c in candidates(text) if c["rule_id"].endswith("founded_unnamed")]
    assert sorted(
        {(c.get("state_id") or "", c.get("role") or c.get("event_type"), c["date_edtf"] or "") for c in found}
    ) == [
        ("", "founded", "1994-07"),
        ("state:KAZ", "founder", "1994-07"),
        ("state:KGZ", "founder", "1994-07"),
        ("state:TJK", "member", ""),
        ("state:UZB", "founder", "1994-07"),
    ]
    assert {c["organization_id"] for c in found} == {"org:CACO"}
    # each fact is quoted in both sentences: the first by the clause that names its state and date (the
    # event, which names no state there, by the whole sentence), the second where it names the body
    assert {c["quote"] for c in found} == {
        text.split(". ")[0] + ".",
        "In July 1994 Kazakhstan, Uzbekistan and Kyrgyzstan, later joined by Tajikistan, created an embryonic "
        "economic and defence union",
        "This alliance, later renamed the Central Asian Economic Union",
    }


def test_an_unnamed_body_the_next_sentence_does_not_name_is_no_fact():
    text = "In 2003 Ruritania and Kazakhstan created a joint working group on water. The group met twice a year."
    assert [c for c in candidates(text) if c["rule_id"].endswith("founded_unnamed")] == []


def test_an_organisation_grown_out_of_an_alliance_of_states_has_them_as_founders():
    text = "ECO was the outcome of a series of previous alliances between Iran, Pakistan and Turkey."
    assert pick(candidates(text, "membership"), "state_id", "organization_id", "role") == [
        ("state:IRN", "org:ECO", "founder"),
        ("state:PAK", "org:ECO", "founder"),
        ("state:TUR", "org:ECO", "founder"),
    ]
    assert pick(candidates(text, "organization_event"), "organization_id", "event_type") == [("org:ECO", "founded")]
    unseen = "The CSTO grew out of a treaty signed in 1992 by Russia and Armenia."
    assert pick(candidates(unseen, "membership"), "state_id", "role", "date_edtf") == [
        ("state:ARM", "founder", "1992"),
        ("state:RUS", "founder", "1992"),
    ]
    assert candidates("ECO was the outcome of long negotiations with Iran.", "membership") == []


def test_an_organisations_undated_expansion_is_memberships_not_events():
    text = (
        "Kazakhstan joined both bodies in 1992. ECO was the outcome of a series of previous alliances. After "
        "several years of relative inactivity, it grasped the opportunity provided by the collapse of the Soviet "
        "Union to expand its membership to include all the Central Asian states, also Azerbaijan and "
        "Afghanistan."
    )
    members = [c for c in candidates(text, "membership") if c["rule_id"] == "membership.expanded"]
    assert len(members) == 7 and ("state:AFG", "org:ECO") in pick(members, "state_id", "organization_id")
    assert [c for c in candidates(text, "organization_event") if c["event_type"] == "joined_by"] == []
    dated = candidates(
        "It was one of the founder members of the so-called ‘Shanghai Five’. In 2001 Uzbekistan joined the group.",
        "organization_event",
    )
    assert pick([c for c in dated if c["event_type"] == "joined_by"], "state_id", "date_edtf") == [
        ("state:UZB", "2001")
    ]


def test_a_convention_signed_in_a_paragraph_on_a_sub_body_has_the_parent_organisation_as_party():
    text = (
        "Kazakhstan is a member of yet a third security body, the SCO Regional Anti-Terrorist Structure (RATS). "
        "In 2001, the Shanghai Convention on Combating Terrorism, Separatism and Extremism was signed, thereby "
        "creating a legal framework for regional co-operation in police operations."
    )
    assert pick(candidates(text, "agreement"), "name", "kind", "parties", "date_edtf") == [
        ("Shanghai Convention on Combating Terrorism, Separatism and Extremism", "convention", ["org:SCO"], "2001")
    ]


def test_a_signing_that_only_dates_something_else_is_not_a_fact():
    text = (
        "The timing of these deals, shortly before the signing of the Eurasian Economic Treaty (see below) "
        "prompted speculation that China aimed to counter Russian influence in Kazakhstan."
    )
    assert candidates(text, "agreement") == []
    assert candidates("In 1998 Kazakhstan and Russia signed the Treaty of Eternal Friendship.", "agreement")


def test_a_loan_as_the_outcome_of_a_visit_is_a_loan_deal_between_the_banks():
    text = (
        "President Nazarbaev made a state visit to China in May 2014; one of the outcomes of the visit was a "
        "preferential loan of $1,000m. from the Export-Import Bank of China to the Development Bank of "
        "Kazakhstan for the modernization and reconstruction of the Shymkent refinery."
    )
    assert pick(candidates(text, "agreement"), "kind", "parties", "date_edtf") == [
        ("loan_deal", ["org:DBK", "org:EXIMBANK_CHINA"], "2014-05")
    ]
    assert candidates("The loan of $1,000m. was repaid early.", "agreement") == []


def test_a_meetings_final_document_is_a_declaration_of_the_paragraphs_organisation():
    text = (
        "In July 2005, at an SCO heads of state summit meeting held in Astana, a counter-terrorism strategy was "
        "approved. The concluding declaration included a statement noting that combat operations in Afghanistan "
        "were over."
    )
    found = [c for c in candidates(text, "agreement") if c["rule_id"] == "agreement.outcome_document"]
    assert pick(found, "kind", "parties", "date_edtf") == [("declaration", ["org:SCO"], "2005-07")]
    named = (
        "Kazakhstan sought to convene a summit of OSCE members. The final document, the ‘Astana Commemorative "
        "Declaration towards a Security Community’, was an anodyne statement of intent."
    )
    assert pick(candidates(named, "agreement"), "name", "parties", "date_edtf") == [
        ("Astana Commemorative Declaration towards a Security Community", ["org:OSCE"], None)
    ]
    assert candidates("The final report was published by the OSCE.", "agreement") == []


def test_the_instrument_that_established_an_organisation():
    text = (
        "It was one of the founder members of the CIS Collective Security Treaty Organization (CSTO), originally "
        "established by the Tashkent Declaration of 1992, then further institutionalised in 2002."
    )
    found = [c for c in candidates(text, "agreement") if c["rule_id"] == "agreement.establishing_instrument"]
    assert pick(found, "name", "kind", "parties", "date_edtf") == [
        ("Tashkent Declaration", "declaration", ["state:KAZ"], "1992")
    ]
    assert candidates("The fund was established by the government in 1992.", "agreement") == []


def test_a_settled_border_is_an_agreement_of_the_two_states():
    text = "The final demarcation of the China-Kazakhstan border was settled in 1999."
    assert pick(candidates(text, "agreement"), "parties", "date_edtf") == [(["state:CHN", "state:KAZ"], "1999")]
    unseen = "The delimitation of the Kyrgyzstan-Uzbekistan border was completed in 2017."
    assert pick(candidates(unseen, "agreement"), "parties", "date_edtf") == [(["state:KGZ", "state:UZB"], "2017")]
    assert candidates("The China-Kazakhstan border was closed in 2020.", "agreement") == []


def test_agreeing_to_supply_another_state_is_an_agreement_in_the_year_it_continues():
    text = (
        "Nuclear co-operation was strengthened in June 2011, when an agreement was signed. In addition, "
        "Kazakhstan agreed to supply fuel pellets to China."
    )
    found = [c for c in candidates(text, "agreement") if c["rule_id"] == "agreement.agreed_to"]
    assert pick(found, "parties", "date_edtf") == [(["state:CHN", "state:KAZ"], "2011")]
    assert candidates("Kazakhstan agreed to supply more grain.", "agreement") == []


def test_a_numbered_meeting_that_took_place_somewhere_was_hosted_there():
    text = (
        "The second Kazakh initiative is the tri-annual Congress of the Leaders of World and Traditional "
        "Religions. The second meeting, in 2006, took place in the newly erected ‘Peace Pyramid’ in Astana."
    )
    found = [c for c in candidates(text, "organization_event") if c["rule_id"] == "organization_event.held_in"]
    assert pick(found, "organization_id", "state_id", "date_edtf") == [("org:CONGRESS_RELIGIONS", "state:KAZ", "2006")]
    assert candidates("The meeting took place in a friendly atmosphere.", "organization_event") == []


def test_helping_an_organisation_emerge_is_a_founding_role():
    text = (
        "While firmly embedded in Russian-led structures, Kazakhstan has also invested in the emergence of the "
        "Shanghai Cooperation Organization, China’s primary vehicle for influence in the region."
    )
    assert pick(candidates(text, "membership"), "state_id", "organization_id", "role") == [
        ("state:KAZ", "org:SCO", "founder")
    ]
    unseen = "Uzbekistan played a key role in the creation of the Economic Cooperation Organization."
    assert pick(candidates(unseen, "membership"), "state_id", "organization_id", "role") == [
        ("state:UZB", "org:ECO", "founder")
    ]
    assert candidates("Kazakhstan has invested in the SCO’s railway projects.", "membership") == []


def test_hosting_a_facility_under_an_organisations_auspices_is_a_planned_host_role_after_a_decision():
    text = (
        "Since then, Kazakhstan’s efforts led to the decision in 2015 to build and host the world’s first "
        "international low-enriched (LEU) bank in Kazakhstan under the auspices of the IAEA."
    )
    assert pick(candidates(text, "membership"), "state_id", "organization_id", "role", "modality", "date_edtf") == [
        ("state:KAZ", "org:IAEA", "host", "planned", "2015")
    ]
    assert candidates("Kazakhstan will host the games in 2030.", "membership") == []


def test_a_voting_threshold_is_not_a_figure():
    text = (
        "However, the voting system was weighted to ensure that major policy decisions could only be obtained "
        "by a coalition of at least three states."
    )
    assert candidates(text, "amount") == []
    assert pick(candidates("The organization comprises 56 member states.", "amount"), "kind", "value") == [
        ("member_count", 56.0)
    ]


def test_an_inaugural_meeting_to_be_held_is_a_planned_inauguration():
    text = (
        "In 2010, this resulted in an agreement to establish the Cooperation Council of Turkic-Speaking Countries "
        "(CCTC), with the inaugural meeting to be held in Kazakhstan in 2011."
    )
    found = [c for c in candidates(text, "organization_event") if c["event_type"] == "inaugurated"]
    assert pick(found, "organization_id", "state_id", "modality", "date_edtf") == [
        ("org:CCTC", "state:KAZ", "planned", "2011")
    ]
    held = "The Customs Union was inaugurated in 2010."
    assert pick(candidates(held, "organization_event"), "event_type", "modality") == [("inaugurated", None)]


def test_an_organisation_based_in_a_capital_is_hosted_by_its_state():
    text = (
        "This was evident in the deft manner in which it balanced its membership of the Tehran-based Economic "
        "Cooperation Organization (ECO) with the Ankara-led Turkic Summits."
    )
    hosts = [c for c in candidates(text, "membership") if c["role"] == "host"]
    assert pick(hosts, "state_id", "organization_id") == [("state:IRN", "org:ECO")]
    assert [c for c in candidates("The Ankara-led Turkic Summits met.", "membership") if c["role"] == "host"] == []


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("A strategic energy partnership agreement was signed in July 2005.", "strategic energy partnership agreement"),
        (
            "In an encouraging show of unity, the heads of the five Central Asian states met in September 2006 to sign a "
            "treaty creating a Nuclear-Weapons-Free Zone (NWFZ) in Central Asia.",
            "treaty creating a Nuclear-Weapons-Free Zone (NWFZ) in Central Asia",
        ),
        (
            "Links with the Middle East have also been developed, underpinned by agreements on co-operation in trade, "
            "investment and joint projects with Egypt, Qatar and Syria.",
            "agreements on co-operation in trade, investment and joint projects",
        ),
        (
            "One of the outcomes was a memorandum of understanding on joint co-operation on nuclear energy-related "
            "projects with India in 2009.",
            "memorandum of understanding on joint co-operation on nuclear energy-related projects",
        ),
        ("In 2007 an agreement was signed with Iran.", None),
    ],
)
def test_an_unnamed_agreement_is_named_by_its_noun_phrase(sentence, name):
    assert {c["name"] for c in candidates(sentence, "agreement")} == {name}


def test_a_states_initiative_is_an_organisation_it_founded():
    text = (
        "The second Kazakh initiative in this field is the tri-annual Congress of the Leaders of World and "
        "Traditional Religions. Inaugurated in 2003, it brings together representatives of all the major faiths."
    )
    assert pick(candidates(text, "membership"), "state_id", "organization_id", "role") == [
        ("state:KAZ", "org:CONGRESS_RELIGIONS", "founder")
    ]
    assert candidates("The initiative is the Congress of World Religions.", "membership") == []


def test_a_chair_in_a_coordinated_clause_takes_the_year_of_the_first():
    text = (
        "In preparation for this, it joined the OSCE ‘Troika’ of past, present and future chairmen in January "
        "2009, and in this capacity, chaired the OSCE Mediterranean Contact Group on Co-operation."
    )
    chairs = [c for c in candidates(text, "membership") if c["role"] == "chair"]
    assert pick(chairs, "organization_id", "date_edtf", "date_precision") == [("org:OSCE_MCG", "2009", "year")]
    apart = "It joined the OSCE ‘Troika’ in January 2009; it chaired the OSCE Mediterranean Contact Group."
    assert pick([c for c in candidates(apart, "membership") if c["role"] == "chair"], "date_edtf") == [(None,)]


def test_a_plans_period_is_not_its_signing_date():
    text = (
        "President Nazarbaev’s visit to Ankara, the Turkish capital, in October 2012 boosted the relationship "
        "still further, as demonstrated by the adoption of the ‘New Synergies’ joint Action Plan for 2012–15."
    )
    assert pick(candidates(text, "agreement"), "kind", "date_edtf") == [("action_plan", "2012-10")]
    signed = "In 1995 Kazakhstan and Turkey signed an agreement on co-operation in education."
    assert pick(candidates(signed, "agreement"), "date_edtf") == [("1995",)]


def test_a_framework_and_a_venue_are_not_parties():
    framework = (
        "Kazakhstan is the only country in Central Asia to have advanced its cooperation with NATO to the "
        "level of developing an Individual Partnership Action Plan (IPAP) under the PfP."
    )
    assert pick(candidates(framework, "agreement"), "parties") == [(["org:NATO", "state:KAZ"],)]
    venue = (
        "In May 2006, at a CIS heads of state summit meeting held in Minsk, an agreement on mutual assistance "
        "in emergency situations was approved."
    )
    assert all("state:BLR" not in c["parties"] for c in candidates(venue, "agreement"))
    assert candidates(venue, "agreement")


def test_an_unseen_paragraph_about_another_state():
    """A paragraph in the genre about Uzbekistan: the subject is not Kazakhstan, capitals stand for their
    governments, and each figure names its own other side."""
    text = (
        "In March 1992 Uzbekistan was admitted to the United Nations, and in 1993 it joined the Asian "
        "Development Bank. In 2012 Tashkent withdrew from the Collective Security Treaty Organization. "
        "The Shanghai Cooperation Organisation held its summit in Tashkent in June 2010. Japan provided a loan "
        "of US $300m. to Uzbekistan in 2013. Trade with Russia reached $4,000m. in 2014. The border of 1,099 km "
        "with Kyrgyzstan was finally demarcated in 2017."
    )
    found = candidates(text)
    assert pick(
        [c for c in found if c["rule_id"].startswith("membership")], "state_id", "organization_id", "role", "date_edtf"
    ) == [
        ("state:UZB", "org:ADB", "member", "1993"),
        ("state:UZB", "org:CSTO", "withdrew", "2012"),
        ("state:UZB", "org:UN", "member", "1992-03"),
    ]
    assert pick([c for c in found if c.get("event_type") == "summit_hosted"], "organization_id", "state_id") == [
        ("org:SCO", "state:UZB")
    ]
    assert pick([c for c in found if c["rule_id"].startswith("amount")], "kind", "counterpart_id") == [
        ("border_length", "state:KGZ"),
        ("loan", "state:UZB"),
        ("trade", "state:KAZ"),
    ]
    assert [c for c in candidates("In 2005 Tashkent withdrew from TRACECA.") if c.get("role") == "withdrew"] == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "President Islam Karimov visited Paris in October 1994.",
            [("person:karimov", "state:UZB", "state:FRA", "place:paris", "1994-10")],
        ),
        (
            "Chinese President Hu Jintao visited Astana in June 2005.",
            [("person:hu_jintao", "state:CHN", "state:KAZ", "place:astana", "2005-06")],
        ),
        (
            "During his visit to Tokyo in 2008, Nazarbayev met Prime Minister Fukuda.",
            [("person:nazarbayev", "state:KAZ", "state:JPN", "place:tokyo", "2008")],
        ),
    ],
)
def test_unseen_visits_by_leaders_the_dictionaries_know(sentence, expected):
    assert (
        pick(candidates(sentence, "visit"), "visitor_id", "visitor_state_id", "host_state_id", "place_id", "date_edtf")
        == expected
    )


def test_a_visit_needs_a_known_visitor():
    assert candidates("During the visit to Tokyo in 2008, the delegation met officials.", "visit") == []


def test_each_visit_of_the_paragraphs_visitors_produced_an_agreement():
    text = (
        "Meanwhile, high-ranking delegations came to Kazakhstan. They included French President Mitterrand and "
        "Chinese Premier Li Peng. These meetings were not merely ceremonial occasions. Each visit resulted in "
        "the signature of protocols and agreements that provided formal frameworks for co-operation."
    )
    found = [c for c in candidates(text, "agreement") if c["rule_id"] == "agreement.each_visit"]
    assert pick(found, "kind", "parties") == [
        ("agreement", ["state:CHN", "state:KAZ"]),
        ("agreement", ["state:FRA", "state:KAZ"]),
    ]
    assert candidates("Each visit was a success for both sides.", "agreement") == []


def test_a_dated_accession_is_also_an_event_of_the_organisation():
    joined = candidates(
        "Kazakhstan, which has a predominantly Muslim population, joined the OIC in 1995.", "organization_event"
    )
    assert pick(joined, "organization_id", "event_type", "state_id", "date_edtf") == [
        ("org:OIC", "joined_by", "state:KAZ", "1995")
    ]
    listed = "It also acceded to the Commonwealth of Independent States; the OIC; and the OSCE."
    assert candidates(listed, "organization_event") == []


def test_a_bid_for_a_seat_is_a_candidacy():
    text = "In 2013 Kazakhstan launched its bid for a non-permanent seat at the UN Security Council for 2017."
    assert pick(candidates(text, "membership"), "organization_id", "role", "modality") == [
        ("org:UNSC", "candidate", "bid")
    ]


def test_internally_displaced_people_are_not_refugees():
    text = (
        "Some 100,000 refugees fled across the border to Uzbekistan and another 300,000 people were internally "
        "displaced in Kyrgyzstan."
    )
    assert pick(candidates(text, "amount"), "kind", "value") == [("people", 300000.0), ("refugees", 100000.0)]


def test_the_leading_state_of_listed_structures_is_a_member():
    text = (
        "While firmly embedded in Russian-led structures, including the Collective Security Treaty Organization, "
        "Kazakhstan has also invested in the emergence of the Shanghai Cooperation Organization."
    )
    assert ("state:RUS", "org:CSTO", "member") in pick(
        candidates(text, "membership"), "state_id", "organization_id", "role"
    )


def test_the_partner_is_the_state_named_as_an_actor_before_one_named_by_an_adjective():
    text = (
        "The Turkic Summits brought together Turkey and the ex-Soviet Turkic states. In 2010, this resulted in "
        "an agreement to establish the Cooperation Council of Turkic-Speaking Countries (CCTC)."
    )
    assert pick(candidates(text, "agreement"), "parties") == [(["state:KAZ", "state:TUR"],)]


def test_leaders_and_delegations_attending_a_meeting_visit_its_host():
    text = (
        "In an encouraging show of unity, the heads of the five Central Asian states assembled in Semey "
        "(Semipalatinsk) on 8 September 2006 to sign a treaty creating a Nuclear-Weapons-Free Zone (NWFZ)."
    )
    found = [c for c in candidates(text, "visit") if c["rule_id"] == "visit.attended"]
    assert pick(found, "visitor_state_id", "host_state_id", "place_id", "date_edtf") == [
        (f"state:{iso}", "state:KAZ", "place:semey", "2006-09-08") for iso in ("KGZ", "TJK", "TKM", "UZB")
    ]
    delegations = (
        "The inaugural summit meeting of CICA was held in Almaty in June 2002; participants included "
        "senior representatives from Iran and India."
    )
    assert pick(candidates(delegations, "visit"), "visitor_state_id", "date_edtf") == [
        ("state:IND", "2002-06"),
        ("state:IRN", "2002-06"),
    ]
    assert candidates("The heads of the five Central Asian states met often.", "visit") == []
