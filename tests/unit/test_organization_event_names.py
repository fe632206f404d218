"""Organisation events: where a new organisation's name ends and which uses name it (pipeline/entities/name_extent.py,
acronym_uses.py), and an organisation's end (parsed_suspensions.dissolved). Sentences quoted from the dev and seed
texts, never from the test texts."""

from __future__ import annotations

from pipeline.entities import name_extent
from tests.helpers import event_keys

_events = event_keys


COC_IEE = (
    "The FAO Conference in November 2007 unanimously welcomed the IEE report and established a Conference Committee "
    "for the Follow-up to the Independent External Evaluation of FAO (CoC-IEE) to be chaired by the Independent "
    "Chairperson of Council, and open to full participation by all Members."
)


def test_a_bracketed_acronym_of_the_whole_name_extends_a_name_the_recogniser_cut_short():
    events = _events(COC_IEE, "org:FAO")
    committee = "org:new_conference_committee_for_the_follow_up_to_the_independent_external_evaluation_of_fao"
    assert (committee, "founded", None, None, "2007-11") in events
    assert not {e for e in events if e[0] == "org:new_conference_committee"}


def test_a_name_stays_as_given_without_an_acronym_of_the_whole_after_it():
    text = "He addressed the Council of Europe in Strasbourg (France) in 2003."
    assert name_extent.extend(text, text.index("Council"), text.index(" in Strasbourg")) == text.index(" in Strasbourg")
    # the acronym abbreviates the organisation inside the name, not the commission that begins it: the commission,
    # an organ named through that organisation, is named in full (the codebook; wiki_ctbt_2019's gold), and the
    # acronym is not the commission's (`provisional`)
    prep = "The Preparatory Commission for the Comprehensive Test Ban Treaty Organization (CTBTO), an international"
    end = prep.index(" (CTBTO)")
    assert name_extent.extend(prep, prep.index("Preparatory"), prep.index(" for the")) == end
    # no organ before the complement: the name stays as the recogniser gave it
    fund = "the Eurasian Fund for the Comprehensive Test Ban Treaty Organization (CTBTO), an international"
    assert name_extent.extend(fund, fund.index("Eurasian"), fund.index(" for the")) == fund.index(" for the")
    # the recogniser's name alone already has the acronym's initials
    eco = "the Organization of the Islamic Conference (OIC) in 1995"
    assert name_extent.extend(eco, eco.index("Organization"), eco.index(" (OIC)")) == eco.index(" (OIC)")


def test_an_acronym_used_before_the_source_spells_it_out_names_the_same_body():
    text = (
        "ECO-CCI was established on 10 June 1993. National Chambers of Afghanistan, Azerbaijan, Iran, Kazakhstan, "
        "Kyrgyzstan, Pakistan, Tajikistan, and Turkey are members of ECO-CCI. The 7th General Assembly Meeting of "
        "ECO Chamber of Commerce and Industry (ECO-CCI), held on 20 April 2004 in Kabul, Afghanistan."
    )
    events = _events(text, "org:ECO")
    assert ("org:new_eco_chamber_of_commerce_and_industry", "founded", None, None, "1993-06-10") in events
    assert not {e for e in events if e[0] == "org:ECO"}  # 'ECO' inside the chamber's acronym is not the ECO


def test_an_organisation_dissolved_ends_transformed_into_its_successor_a_state_dissolved_does_not():
    text = (
        "The Eurasian Economic Community was terminated from 1 January 2015 in connection with the launch of the "
        "Eurasian Economic Union."
    )
    assert ("org:EURASEC", "transformed_into", None, "org:EAEU", "2015-01-01") in _events(text, "org:EURASEC")
    alone = "The Eurasian Economic Community was terminated on 1 January 2015."
    assert _events(alone, "org:EAEU") == {("org:EURASEC", "merged_into", None, None, "2015-01-01")}
    iia = (
        "World War II effectively ended the International Agricultural Institute, though it was only officially "
        "dissolved by resolution of its Permanent Committee on 27 February 1948."
    )
    assert _events(iia, "org:FAO") == {("org:IIA", "merged_into", None, None, "1948-02-27")}
    ussr = (
        "After the USSR was dissolved by the presidents of Russia, Ukraine and Belarus, Russia tried to regain some "
        "sort of influence over the post-Soviet space."
    )
    assert not {e for e in _events(ussr, "state:RUS") if e[1] == "merged_into"}
