"""Organisation events told by who organised a gathering, who proclaimed a body and who served in a post with no
organisation named (parsed_summits.summit, parsed_events.founded, parsed_appointments): each shape with sentences it must read
and near misses it must not ('regularly hosts conferences', 'the IMF Board's annual meetings', 'proclaimed its
independence', a state's president). Sentences written for these tests or quoted from the dev texts."""

from __future__ import annotations

from tests.helpers import candidates, event_keys


def test_a_conference_an_organisation_sponsors_or_organises_is_its_conference():
    assert event_keys("In 2008, the FAO sponsored the High-Level Conference on World Food Security.") == {
        ("org:FAO", "conference_hosted", None, None, "2008")
    }
    # the conference's own name is no organiser: the FAO's, in the state of its place
    assert event_keys("In 1974 the FAO organized the World Food Conference in Rome.") == {
        ("org:FAO", "conference_hosted", "state:ITA", None, "1974")
    }
    assert event_keys("In 2010 the CSTO held a conference on drug trafficking.") == {
        ("org:CSTO", "conference_hosted", None, None, "2010")
    }


def test_habits_and_meetings_without_a_place_are_no_gathering():
    assert event_keys("The EDB regularly hosts conferences and round table discussions.", "org:EDB") == set()
    assert event_keys("The World Bank and the IMF held their annual meetings in 2017.") == set()
    assert event_keys("In October 2003 the IMF Board held its annual meetings.") == set()
    assert event_keys("In 2012 the IMF conducted a review of the programme.") == set()


def test_a_summit_conducted_somewhere():
    assert event_keys("The summit of the CSTO was conducted in Moscow on 5 May 2015.") == {
        ("org:CSTO", "summit_hosted", "state:RUS", None, "2015-05-05")
    }


def test_a_proclaimed_body_is_founded_by_those_who_proclaimed_it():
    text = "In 2000 Belarus, Kazakhstan and Russia proclaimed the Eurasian Economic Community."
    founders = {c["state_id"] for c in candidates(text, "membership") if c["role"] == "founder"}
    assert ("org:EURASEC", "founded", None, None, "2000") in event_keys(text)
    assert founders == {"state:BLR", "state:KAZ", "state:RUS"}
    assert event_keys("In 1991 Kazakhstan proclaimed its independence.") == set()


def test_a_past_verb_tied_to_an_infinitive_keeps_no_subject_of_it():
    """The parser ties 'proclaimed' to 'cease' (EAEU dev text): the Commonwealth is founded, not by the Soviet Union."""
    text = (
        "When the USSR began to fall in 1991, the presidents of Belarus, Kazakhstan and Russia signed the Belavezha "
        "Accords on 8 December 1991, declaring that the Soviet Union would cease to exist and proclaimed the "
        "Commonwealth of Independent States in its place."
    )
    assert ("org:CIS", "founded") in {(o, e) for o, e, *_ in event_keys(text, "org:EAEU")}
    assert not [c for c in candidates(text, "membership", "org:EAEU") if c["organization_id"] == "org:CIS"]


def test_an_organisations_post_named_alone_is_of_the_paragraphs_organisation():
    text = "The FAO was criticised in the 1980s. Despite the criticism, Edouard Saouma served as DG from 1976 to 1993."
    assert ("org:FAO", "appointed", None, None, "1976") in event_keys(text)
    # a state has a president too: no organisation's post
    text = "Kazakhstan joined the CIS in 1991. Nursultan Nazarbayev served as President from 1991 to 2019."
    assert not [k for k in event_keys(text) if k[1] == "appointed"]


def chairs(text: str, subject: str | None = None) -> set:
    return {
        (c["state_id"], c["organization_id"], c["date_edtf"])
        for c in candidates(text, "membership", subject)
        if c["role"] == "chair"
    }


def test_the_chair_of_an_organisations_session_chairs_it():
    """CSTO dev text: the session is the organisation's; the chair's state is read from the adjective."""
    text = (
        "An extraordinary session of the CSTO was held via videoconference on 28 October 2022. With the leaders of "
        "all member states in attendance, the meeting was chaired by Armenian Prime Minister Nikol Pashinyan, who "
        "concurred with the report."
    )
    assert chairs(text, "org:CSTO") == {("state:ARM", "org:CSTO", "2022")}


def test_a_chair_with_no_state_or_of_another_body_chairs_no_organisation():
    assert chairs("In 2019 the meeting was chaired by the Secretary General.", "org:CSTO") == set()
    board = "In 2015 the Board meeting of the EDB was chaired by Russian Finance Minister Anton Siluanov."
    assert chairs(board, "org:EDB") == set()


def test_a_post_conferred_as_a_title_is_an_appointment():
    """OTS dev text: dated by the summit the paragraph narrates; a title that is no post, or one to come, is none."""
    summit = "On 15 October 2019, the Seventh Turkic Council Summit was organized in Baku. "
    given = "The title of Honorary Chairman of the Turkic Council was given to former President Nursultan Nazarbayev."
    assert ("org:CCTC", "appointed", "state:KAZ", None, "2019") in event_keys(summit + given, "org:CCTC")
    assert event_keys("In 2019 the title of Hero of Kazakhstan was given to Nursultan Nazarbayev.", "org:CCTC") == set()
    future = "In 2019 the title of Honorary Chairman of the Turkic Council will be given to Nursultan Nazarbayev."
    assert not [k for k in event_keys(future, "org:CCTC") if k[1] == "appointed"]
