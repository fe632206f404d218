"""Lists the parser strings as appositions depending only on which names they hold, found by the invariance
harness (tests/robustness/invariance.py) on wiki_fr_armenia_2019 sentences with one state swapped: a passive agent
list ('co-chaired by Sri Lanka, France, and the United States': 'France' in apposition to 'Lanka') is read with every
apposition (pipeline/rules/membership_chairs.py `_agents`). A list of roles strung on the subject of 'is':
tests/unit/test_list_top_in_names.py; a role in apposition to the subject itself stands on its own (below)."""

from tests.fact_keys import fact_keys, membership_key

MINSK = (
    "The Minsk Group is co-chaired by {}, France, and the United States and has representation from Turkey, the U.S.,"
    " several European nations, Armenia and Azerbaijan."
)


def chairs(text: str) -> set:
    return {k[1] for k in fact_keys(text, "state:ARM") if k[0] == "membership" and k[3] == "chair"}


def test_agent_list_strung_as_appositions():
    assert chairs(MINSK.format("Sri Lanka")) == {"state:LKA", "state:FRA", "state:USA"}


def test_agent_list_as_written():
    assert chairs(MINSK.format("Russia")) == {"state:RUS", "state:FRA", "state:USA"}


def test_a_role_in_apposition_to_the_subject_of_a_negated_be_stands():
    # near miss: the role describes the subject; 'is not a member' negates the other clause only
    found = fact_keys(
        "Armenia, a dialogue partner in the Shanghai Cooperation Organisation, is not a member of the Eurasian"
        " Development Bank.",
        "state:ARM",
    )
    assert found == {membership_key("ARM", "SCO", "dialogue_partner", None)}
