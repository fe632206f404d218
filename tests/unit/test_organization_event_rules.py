"""Organisation events: which organisation may take one (event_bodies), the events told by a noun or a light verb
(parsed_event_nouns), and the guards against reading an event into general English. Every rule has a sentence it
must match and one it must not (sentences from the dev texts or written for these tests; never from the test
texts)."""

from __future__ import annotations

from tests.helpers import event_keys

_events = event_keys


def test_a_founding_told_by_a_noun_is_dated_by_its_own_words():
    text = (
        "The founding of the Eurasian Development Bank on 12 January 2006 was initiated by the Presidents of Russia "
        "and Kazakhstan."
    )
    assert ("org:EDB", "founded", None, None, "2006-01-12") in _events(text)


def test_what_an_instrument_is_about_is_no_founding():
    text = (
        "In 1995, Belarus, Kazakhstan, Russia, and later acceding states Kyrgyzstan and Tajikistan signed the first "
        "agreements on the establishment of a Customs Union."
    )
    assert not {e for e in _events(text) if e[1] == "founded"}
    treaty = "On 24 September 1993, nine states signed the Treaty on the creation of an Economic Union."
    assert not {e for e in _events(treaty) if e[1] == "founded"}
    anniversary = (
        "Leaders gathered for the 20th anniversary of the founding of the Shanghai Cooperation Organisation in 2021."
    )
    assert not _events(anniversary, "state:KAZ")
    assert not _events("Turkmenistan opposed the establishment of the Eurasian Economic Union in 2014.", "state:TKM")
    called = "Niyazov called for the establishment of a Caspian Economic Cooperation Organization in 2003."
    assert not _events(called, "state:TKM")


def test_beginning_operations_is_the_inauguration_but_beginning_a_task_is_not():
    text = "The Eurasian Development Bank (EDB) was founded in 2006. It began operating in June 2006."
    assert ("org:EDB", "inaugurated", None, None, "2006-06") in _events(text)
    assert not _events("It began working on a new programme for Kazakhstan in 2010.", "org:IMF")
    assert not _events("The IMF began operations in Kazakhstan in 1992.", "org:IMF")


def test_relations_between_two_organisations_not_a_state_and_an_organisation():
    text = (
        "OTS maintains close cooperative relations with the Organization for Security and Co-operation in Europe "
        "and the Conference on Interaction and Confidence-Building Measures in Asia."
    )
    assert ("org:CCTC", "relations_established", None, "org:OSCE", None) in _events(text, "org:CCTC")
    assert not _events("It established relations with the European Union in 1993.", "state:KAZ")
    assert not _events("Turkmenistan established diplomatic relations with China on 6 January 1992.", "state:TKM")


def test_an_organisation_that_is_an_observer_in_another_and_a_state_that_is_one():
    text = "OTS is an observer at the Economic Cooperation Organization."
    assert _events(text, "org:CCTC") == {("org:CCTC", "observer_status_granted", None, "org:ECO", None)}
    assert not _events("Hungary is an observer at the Organization of Turkic States.", "org:CCTC")


def test_only_an_international_body_takes_an_event():
    assert ("org:NSG", "founded", None, None, "1974") in _events(
        "The Nuclear Suppliers Group was formed in 1974 in response to India's nuclear test."
    )
    # a body the dictionaries lack, named by a body's noun
    assert ("org:new_zangger_committee", "founded", None, None, "1971") in _events(
        "The Zangger Committee was formed in 1971 to interpret the export provisions of the treaty."
    )
    assert not _events("The National Bank of Kazakhstan was established in 1993.")
    assert not _events("South Africa joined the NPT in 1991 after dismantling its arsenal.")


def test_a_summit_named_by_its_own_words_is_not_the_subject_organisations():
    assert not _events("In 2007 the Caspian summit was held in Tehran.", "org:IMF")
    found = _events("The Second Summit was held in Bishkek, Kyrgyzstan, on 22–23 August 2012.", "org:CCTC")
    assert ("org:CCTC", "summit_hosted", "state:KGZ") in {e[:3] for e in found}


def test_annual_meetings_held_nowhere_named_are_no_summit():
    assert not _events("The World Bank and the IMF held their annual meetings in 2018.")


def test_it_enters_into_force_as_an_organisation_only_after_its_founding_instrument():
    founded = (
        "In Astana, on 29 May 2014, Belarus, Kazakhstan and Russia signed a treaty formally establishing the Eurasian "
        "Economic Union. It entered into force on 1 January 2015."
    )
    assert ("org:EAEU", "entered_into_force", None, None, "2015-01-01") in _events(founded)
    other = "The Nuclear Suppliers Group was formed in 1974. It entered into force in 1970."
    assert not {e for e in _events(other) if e[1] == "entered_into_force"}


def test_an_agreement_to_create_stated_with_the_founding_is_one_act():
    text = (
        "The CSTO was founded in 2002 when the six member states agreed to create the Collective Security Treaty "
        "Organization as a military alliance."
    )
    assert {e[1] for e in _events(text)} == {"founded"}
    decided = "In March 1995, Iran, Pakistan, and Turkey agreed to establish ECO Reinsurance Company."
    assert ("org:new_eco_reinsurance_company", "establishment_decided", None, None, "1995-03") in _events(decided)


def test_becoming_makes_the_body_named_right_after_it():
    assert ("org:CACO", "renamed") in {
        e[:2]
        for e in _events(
            "In 2001 it underwent another transformation, now becoming the Central Asia Co-operation Organization (CACO).",
            "org:CACO",
        )
    }
    text = "In 2015 Kazakhstan joined the WTO, becoming the first Central Asian state to join the World Trade Organization in a decade."
    assert {e[1] for e in _events(text, "state:KAZ")} == {"joined_by"}


def test_a_meeting_is_the_organisation_its_own_words_name_not_another_clause_or_a_body_of_it():
    donor = "After Kazakhstan joined the IMF in 1992, a donor conference was held in Almaty in 1993."
    assert "summit_hosted" not in {e[1] for e in _events(donor, "state:KAZ")}
    assert not _events("Kazakhstan hosted a meeting of the IMF mission in May 2017.", "state:KAZ")
    ministers = "In July 2010, Kazakhstan hosted an informal meeting of OSCE Foreign Ministers."
    assert ("org:OSCE", "summit_hosted", "state:KAZ") in {e[:3] for e in _events(ministers, "state:KAZ")}
    forum = "In February 2005 a major NATO forum was held in Almaty."
    assert ("org:NATO", "summit_hosted", "state:KAZ") in {e[:3] for e in _events(forum, "state:KAZ")}


def test_a_person_put_in_an_organisations_post_is_its_appointment_a_state_is_not():
    text = (
        "The current secretary general is former Kazakh Prime Minister Imangali Tasmagambetov, who took office on 1 "
        "January 2023."
    )
    assert _events(text, "org:CSTO") == {("org:CSTO", "appointed", "state:KAZ", None, "2023-01-01")}
    assert ("org:IMF", "appointed") in {
        e[:2] for e in _events("Kristalina Georgieva became Managing Director of the IMF in October 2019.", "org:IMF")
    }
    assert not _events("Turkmenistan was elected vice-president of the UN General Assembly in 2016.", "state:TKM")
    assert not _events("Tokayev was appointed prime minister in 1999.", "state:KAZ")
    assert not _events("Christine Lagarde is the president of the European Central Bank.", "org:IMF")


def test_the_codebook_names_an_appointment_by_its_post_the_schema_by_one_label():
    """A gold item labelled by its post is scored as the schema's one label."""
    import pandas as pd

    from pipeline.evaluation import corpus

    names = corpus.Names(pd.DataFrame({"entity_id": [], "name": []}), {})
    for post in ("secretary_general_appointed", "director_general_appointed"):
        item = {
            "type": "organization_event",
            "source_id": "t",
            "tier": "core",
            "event": post,
            "organization": "org:FAO",
        }
        assert corpus._gold_record(item, names)["event"] == "appointed"


def test_an_organisation_suspending_a_state_not_a_state_suspending_its_membership():
    text = "In December 2012, the CSTO Collective Security Council decided to suspend Uzbekistan."
    assert _events(text, "org:CSTO") == {("org:CSTO", "suspended", "state:UZB", None, "2012-12")}
    assert ("org:AU", "suspended", "state:EGY", None, "2013") in _events(
        "Egypt was suspended by the African Union in 2013."
    )
    own = "On 28 June 2012, Uzbekistan submitted a notification to the CSTO to suspend its membership."
    assert "suspended" not in {e[1] for e in _events(own, "org:CSTO")}
    assert not _events("The Council of Europe might suspend Russia in 2022.")


def test_a_body_revived_but_not_talks():
    assert _events("The Turkic Summits were revived in 2006.") == {
        ("org:TURKIC_SUMMITS", "revived", None, None, "2006")
    }
    assert not _events("The talks were revived in 2010.")


def test_a_meeting_of_an_organisations_ministers_is_a_ministerial_meeting_in_its_host():
    text = "The decision was taken in a Foreign Ministers Council meeting in Minsk, Belarus."
    assert _events(text, "org:CSTO") == {("org:CSTO", "ministerial_meeting_hosted", "state:BLR", None, None)}
    vilnius = "A meeting of OSCE foreign ministers in Vilnius in 2011 adopted the declaration."
    assert ("org:OSCE", "ministerial_meeting_hosted", "state:LTU", None, "2011") in _events(vilnius, "state:KAZ")
    assert not _events("The IMF staff held a meeting with the finance minister in 2018.", "org:IMF")


def test_a_body_proposed_by_someone_not_a_programme():
    text = "First proposed by Kazakh president Nursultan Nazarbayev in 2006, it was founded on 3 October 2009."
    assert ("org:CCTC", "proposed", None, None, "2006") in _events(text, "org:CCTC")
    assert not _events("The programme, first proposed by the government in 2010, was approved in 2011.", "org:IMF")


def test_an_organisations_first_session_is_its_inauguration():
    text = "The first session of the United Nations General Assembly was held in London in January 1946."
    assert _events(text) == {("org:UNGA", "inaugurated", "state:GBR", None, "1946-01")}
    assert not _events(
        "The first session of the intergovernmental commission was held in Ashgabat in 2010.", "state:TKM"
    )
    assert not _events("The second session of the United Nations General Assembly was held in New York in 1947.")
