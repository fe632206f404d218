"""Lists the parser strings oddly depending only on which names they hold, found by the invariance harness
(tests/robustness/invariance.py) on wiki_fr_armenia_2019 sentences with one state swapped:
- a passive agent list strung as appositions ('co-chaired by Sri Lanka, France, and the United States': 'France' in
  apposition to 'Lanka'), read with every apposition (pipeline/rules/membership_chairs.py `_agents`);
- a list of roles strung on the subject of 'is' ('Slovenia is an observer member of A, the Non-Aligned Movement, …':
  the parser makes 'the Non-Aligned Movement' an apposition of 'Slovenia'), whose later roles are the subject's
  (pipeline/rules/parsed_members.py `_list_top`)."""

from tests.fact_keys import fact_keys, membership_key

MINSK = (
    "The Minsk Group is co-chaired by {}, France, and the United States and has representation from Turkey, the U.S.,"
    " several European nations, Armenia and Azerbaijan."
)
ARMENIA = (
    "{} is also an observer member of the Community of Democratic Choice, the Non-Aligned Movement, the Organization of"
    " American States, the Arab League, a dialogue partner in the Shanghai Cooperation Organisation, and a prospective"
    " member of the Asian Infrastructure Investment Bank."
)


def chairs(text: str) -> set:
    return {k[1] for k in fact_keys(text, "state:ARM") if k[0] == "membership" and k[3] == "chair"}


def test_agent_list_strung_as_appositions():
    assert chairs(MINSK.format("Sri Lanka")) == {"state:LKA", "state:FRA", "state:USA"}


def test_agent_list_as_written():
    assert chairs(MINSK.format("Russia")) == {"state:RUS", "state:FRA", "state:USA"}


def test_roles_strung_on_the_subject():
    found = fact_keys(ARMENIA.format("Slovenia"), "state:SVN")
    assert membership_key("SVN", "SCO", "dialogue_partner", None) in found
    assert membership_key("SVN", "AIIB", "candidate", None) in found


def test_a_role_in_apposition_to_the_subject_of_a_negated_be_stands():
    # near miss: the role describes the subject; 'is not a member' negates the other clause only
    found = fact_keys(
        "Armenia, a dialogue partner in the Shanghai Cooperation Organisation, is not a member of the Eurasian"
        " Development Bank.",
        "state:ARM",
    )
    assert found == {membership_key("ARM", "SCO", "dialogue_partner", None)}
