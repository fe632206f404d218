"""Treaty participation (pipeline/rules/parsed_treaties.py), a lender's arrangement (pipeline/rules/agreements.py)
and acronyms that are no organisation (pipeline/entities/provisional.py): sentences of the treaty and IMF
genres, from the dev texts or written for these tests (never from the test texts)."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _agreements(text, subject=None):
    """(kind, parties, year-or-date) of every agreement candidate."""
    return {
        (kind, tuple(parties), date)
        for kind, parties, date in pick(found(text, subject), "kind", "parties", "date_edtf")
    }


def found(text, subject=None):
    return candidates(text, "agreement", subject)


def _rules(text, subject=None):
    return {c["rule_id"] for c in found(text, subject)}


def test_each_acceding_state_is_a_party_of_its_own_with_its_own_date():
    found = _agreements("France and China acceded to the Treaty on the Non-Proliferation of Nuclear Weapons in 1992.")
    assert {("treaty", ("state:FRA",), "1992"), ("treaty", ("state:CHN",), "1992")} <= found


def test_ratifications_coordinated_in_one_sentence_keep_their_own_dates():
    found = _agreements(
        "The United States ratified the Comprehensive Nuclear-Test-Ban Treaty in 1998, and Russia ratified it in 2000."
    )
    assert {("treaty", ("state:USA",), "1998"), ("treaty", ("state:RUS",), "2000")} <= found


def test_a_withdrawal_without_object_takes_the_treaty_named_before_it():
    found = _agreements(
        "Turkmenistan and Georgia joined in 1994 and ratified the Treaty, but Georgia withdrew in 2009."
    )
    assert ("treaty", ("state:GEO",), "2009") in found
    assert ("treaty", ("state:TKM",), None) in found


def test_a_passive_participle_gives_each_ratifying_state():
    found = _agreements(
        "In 1974, a step towards a comprehensive test ban was made with the Threshold Test Ban Treaty (TTBT), "
        "ratified by the US and Soviet Union."
    )
    assert {("treaty", ("state:USA",), None), ("treaty", ("state:SUN",), None)} <= found


def test_all_the_others_are_the_signers_less_those_excepted():
    text = (
        "The agreement was signed by Azerbaijan, Armenia, Belarus, Kazakhstan, Moldova, Russia and Georgia but "
        "never entered into force due to non-ratification by Russia and Georgia, although all the others ratified."
    )
    ratified = {tuple(c["parties"]) for c in found(text) if c["rule_id"] == "agreement.parse_ratified"}
    assert ratified == {("state:AZE",), ("state:ARM",), ("state:BLR",), ("state:KAZ",), ("state:MDA",)}


def test_a_treaty_acronym_is_an_instrument_not_an_organisation():
    text = (
        "The Treaty on the Non-Proliferation of Nuclear Weapons (NPT) entered into force in 1970. "
        "Belarus, Kazakhstan and Ukraine joined the NPT as non-nuclear-weapon states in 1994."
    )
    assert ("treaty", ("state:UKR",), "1994") in _agreements(text)
    assert not candidates(text, "membership")


def test_a_negated_ratification_and_an_organisation_joined_give_no_treaty_item():
    assert "agreement.parse_ratified" not in _rules("Azerbaijan and Uzbekistan did not ratify the treaty.")
    assert not {r for r in _rules("Kazakhstan joined the Eurasian Development Bank in 2006.") if "parse_" in r}


def test_a_bilateral_treaty_ratified_by_the_two_states_stays_one_item():
    text = "In 2005 the two states ratified the treaty on the demarcation of their common land border."
    assert "agreement.parse_ratified" not in _rules(text, "state:KAZ")


def test_a_withdrawal_told_as_a_noun_is_dated_by_its_verb():
    text = "The withdrawal of Ukraine from this Treaty de jure took effect on 21 July 2023."
    assert ("treaty", ("state:UKR",), "2023-07-21") in _agreements(text)


def test_its_withdrawal_is_the_subject_s_and_an_accession_to_a_body_is_no_treaty_item():
    text = (
        "The Treaty on the Non-Proliferation of Nuclear Weapons (NPT) entered into force in 1970. "
        "In 2003 North Korea announced its withdrawal from the NPT."
    )
    assert ("treaty", ("state:PRK",), "2003") in _agreements(text)
    body = "The Agreement on Ukraine's accession to the Economic Union as an associate member was signed in 1994."
    assert not {r for r in _rules(body) if r.endswith("_noun")}


def test_a_withdrawal_only_raised_is_no_fact():
    assert not {r for r in _rules("Russia may announce its withdrawal from the treaty.") if r.endswith("_noun")}


def test_a_lender_s_arrangement_is_a_loan_deal_with_the_borrower_and_its_currency_code_no_body():
    text = (
        "In June 1995 the IMF approved a stand-by arrangement of SDR 185.6 million to support the "
        "government's economic programme."
    )
    assert ("loan_deal", ("org:IMF", "state:KAZ"), "1995-06") in _agreements(text, "state:KAZ")
    assert set(pick(candidates(text, "amount", "state:KAZ"), "kind", "currency")) == {("loan", "XDR")}


def test_the_two_states_of_a_text_about_neither_are_the_two_just_named():
    text = (
        "In 1974, the Threshold Test Ban Treaty was ratified by the US and Soviet Union. In April 1976, the two "
        "states reached agreement on the Peaceful Nuclear Explosions Treaty (PNET)."
    )
    items = _agreements(text)
    assert ("treaty", ("state:SUN", "state:USA"), "1976-04") in items
    assert {
        ("treaty", ("state:USA",), "1974"),
        ("treaty", ("state:SUN",), "1974"),
    } <= items  # a passive 'was ratified by'
    names = {c["name"] for c in found(text) if c["rule_id"] == "agreement.parse_ratified"}
    assert names == {"Threshold Test Ban Treaty"}


def test_an_agreement_that_came_into_effect_is_one_between_the_parties_its_words_name_and_undated():
    found_here = found("An EU-Turkey Customs Union agreement came into effect on 1 January 1996.")
    assert [(c["parties"], c["date_edtf"], c["in_force_edtf"]) for c in found_here] == [
        (["org:EU", "state:TUR"], None, "1996-01-01")
    ]
    assert not found("The agreement will enter into force between Russia and Belarus in 2026.")


def test_an_agreement_naming_no_party_in_an_organisation_s_article_is_the_organisation_s():
    text = "Uzbekistan hosted the talks. The trade agreement was signed on 17 July 2003 in Islamabad."
    assert ("agreement", ("org:ECO",), "2003-07-17") in _agreements(text, "org:ECO")


def test_a_loan_with_a_hyphenated_modifier_is_one_deal_and_a_repayment_is_none():
    text = "In 1998, the IMF approved a three-year loan of US$453 million to Kazakhstan."
    assert ("loan_deal", ("org:IMF", "state:KAZ"), "1998") in _agreements(text, "state:KAZ")
    assert not found("Kazakhstan repaid the loan of $385 million ahead of schedule in 2000.", "state:KAZ")


def test_a_signed_aid_package_is_an_agreement_and_one_only_discussed_is_none():
    text = "In May 2009, FAO and the European Union signed an initial aid package worth 125 million euros."
    assert ("agreement", ("org:EU", "org:FAO"), "2009-05") in _agreements(text, "org:FAO")
    assert not found("The aid package was discussed in 2010.", "org:FAO")


def test_signers_named_on_the_treaty_before_its_participle_are_its_parties():
    text = (
        "The separate Treaty on a Single Economic Space by Belarus, Kazakhstan, Russia and Ukraine (or Common "
        "Economic Zone Agreement), signed in 2003 and entered into force in 2004, was stalled."
    )
    signed = [c for c in found(text, "org:EAEU") if c["rule_id"] == "agreement.parse_signed"]
    assert [(c["parties"], c["date_edtf"], c["name"]) for c in signed] == [
        (["state:BLR", "state:KAZ", "state:RUS", "state:UKR"], "2003", "Treaty on Single Economic Space")
    ]


def test_a_signature_shares_the_object_of_the_verb_it_is_coordinated_with():
    assert ("treaty", ("state:EGY",), None) in _agreements("Egypt has signed but not ratified the CTBT.")
    assert not _agreements("Egypt has neither signed nor ratified the CTBT.")


def test_the_following_states_are_those_listed_after_the_colon():
    found = _agreements("The following states acceded to the NPT in 1992: China, France and Mongolia.")
    assert {("treaty", ("state:CHN",), "1992"), ("treaty", ("state:MNG",), "1992")} <= found
    assert not _agreements("The following states have not ratified the NPT: India, Israel and Pakistan.")


def test_a_lender_s_deal_naming_no_party_is_with_the_state_the_text_is_about():
    text = (
        "Kazakhstan became a member of the IMF in 1992. "
        "The Fund approved a 12-month stand-by credit of SDR 123 million in January 1995."
    )
    assert ("loan_deal", ("org:IMF", "state:KAZ"), "1995-01") in _agreements(text, "state:KAZ")
    text = "The SCO was founded in 2001. The Shanghai Convention was signed in June 2001."
    assert ("convention", ("org:SCO",), "2001-06") in _agreements(text, "state:KAZ")


def test_a_bare_joined_after_a_treaty_s_acronym_is_an_accession_to_it():
    text = "The NPT was opened for signature in 1968. Kazakhstan joined in 1993, Ukraine in 1994."
    assert {("treaty", ("state:KAZ",), "1993"), ("treaty", ("state:UKR",), "1994")} <= _agreements(text)
    assert not _agreements("The CSTO signed the CST in 1992. Azerbaijan joined in 1993.")
    found = _agreements("The Collective Security Treaty was signed in 1992. Azerbaijan joined in 1993.")
    assert not any("state:AZE" in parties for _, parties, _ in found)  # the signing itself has no parties named


def test_a_deposited_instrument_of_ratification_or_accession_is_the_state_s_act():
    text = "Kazakhstan deposited its instrument of ratification of the NPT on 14 February 1994."
    assert _agreements(text) == {("treaty", ("state:KAZ",), "1994-02-14")}
    text = "Ukraine deposited its instrument of accession to the treaty in December 1994."
    assert ("treaty", ("state:UKR",), "1994-12") in _agreements(text)
    assert not _agreements("Ukraine has not deposited its instrument of accession to the treaty.")


def test_an_instrument_s_bracketed_acronym_is_no_party():
    text = "In 1995, the IMF approved a three-year Extended Fund Facility (EFF) of SDR 309.4 million."
    assert ("loan_deal", ("org:IMF", "state:KAZ"), "1995") in _agreements(text, "state:KAZ")


def test_a_relative_pronoun_object_is_the_instrument_named_before():
    text = (
        "Ashgabat and Moscow signed an agreement on dual citizenship in 1993, which Turkmenistan unilaterally "
        "withdrew from in 2003."
    )
    assert ("agreement", ("state:TKM",), "2003") in _agreements(text, "state:TKM")
    assert ("agreement", ("state:TKM",), "2003") not in _agreements(
        "Ashgabat and Moscow signed an agreement on dual citizenship in 1993, which Turkmenistan never withdrew from.",
        "state:TKM",
    )


def test_the_states_after_the_colon_sign_or_accede():
    text = "The following states have signed but not ratified the treaty: China, Egypt, Iran, Israel and the United States."
    assert ("treaty", ("state:CHN", "state:EGY", "state:IRN", "state:ISR", "state:USA"), None) in _agreements(text)
    assert ("treaty", ("state:NAM",), "1992") in _agreements(
        "Three states acceded to the NPT in 1992: China, France and Namibia."
    )
    assert not _agreements("The following states have neither signed nor ratified the treaty: India and Pakistan.")


def test_a_state_s_adjective_on_its_accession_is_the_acceding_state():
    assert _agreements("The Chinese accession to the NPT in 1992 completed the list.") == {
        ("treaty", ("state:CHN",), "1992")
    }
    assert not _agreements("A new accession to the NPT in 1992 completed the list.")


def test_a_relative_clause_act_without_object_takes_the_main_clause_s_instrument():
    found = _agreements("North Korea, which had acceded in 1985, withdrew from the NPT in 2003.")
    assert {("treaty", ("state:PRK",), "1985"), ("treaty", ("state:PRK",), "2003")} <= found
    found = _agreements("Uzbekistan, which had joined in 2006, withdrew from EURASEC in 2008.")
    assert not found
