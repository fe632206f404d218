"""A list that goes on from a later word of a name of several words ('with the Federated States of Micronesia,
Kazakhstan and Belarus': the parser hangs 'Kazakhstan' on 'Micronesia', the object of the name's own 'of'), found
by the invariance harness (tests/robustness/invariance.py): the dev sentence read every state with 'Armenia' and lost
the rest of the list with a longer name in its place (pipeline/rules/parsed.py `_name_conjuncts`)."""

from tests.fact_keys import fact_keys, membership_key


def test_list_after_a_name_with_of_keeps_every_state():
    # wiki_fr_russia_2019, 'Armenia' swapped for a name with 'of'
    text = "In 2015, Russia also formed the Eurasian Economic Union with the Federated States of Micronesia, Kazakhstan, and Belarus."
    found = fact_keys(text, "state:RUS")
    for state in ("RUS", "FSM", "KAZ", "BLR"):
        assert membership_key(state, "EAEU", "founder", "2015") in found


def test_list_after_a_name_with_of_and_the():
    text = "In 2015, Russia also formed the Eurasian Economic Union with the Republic of the Congo, Kazakhstan, and Belarus."
    found = fact_keys(text, "state:RUS")
    for state in ("COG", "KAZ", "BLR"):
        assert membership_key(state, "EAEU", "founder", "2015") in found


def test_organisation_list_after_a_name_ending_in_a_place():
    # wiki_ots_2025 as written: 'and the Conference …' hangs on 'Europe', the last word of the OSCE's name
    text = (
        "OTS maintains close cooperative relations with the Organization for Security and Co-operation in Europe and"
        " the Conference on Interaction and Confidence-Building Measures in Asia."
    )
    found = fact_keys(text, "org:CCTC")
    assert ("event", "org:CCTC", "relations_established", None, "org:CICA", None) in found
    assert ("event", "org:CCTC", "relations_established", None, "org:OSCE", None) in found


def test_the_words_inside_a_name_add_nothing():
    # near miss: 'Security and Co-operation' is a coordination inside one name, not a list of bodies
    found = fact_keys(
        "Kazakhstan is a member of the Organization for Security and Co-operation in Europe.", "state:KAZ"
    )
    assert found == {membership_key("KAZ", "OSCE", "member", None)}
