"""A list of roles that the parser strings on a word inside an earlier organisation's name ('…, the International
Union for the Publication of Customs Tariffs, the Arab League, a dialogue partner in the SCO, and a prospective member
of the AIIB': 'the Arab League' hangs on 'Publication'): the later roles still take the subject of 'is'. Found by the
invariance harness (tests/robustness/invariance.py) on the wiki_fr_armenia_2019 sentence with the Organization of
American States swapped (pipeline/rules/parsed.py `_name_head`, parsed_members.py `_list_top`)."""

from tests.fact_keys import fact_keys, membership_key

ARMENIA = (
    "Armenia is also an observer member of the Community of Democratic Choice, the Non-Aligned Movement, {}, the Arab"
    " League, a dialogue partner in the Shanghai Cooperation Organisation, and a prospective member of the Asian"
    " Infrastructure Investment Bank."
)


def test_later_roles_after_a_name_with_for_and_of():
    found = fact_keys(ARMENIA.format("the International Union for the Publication of Customs Tariffs"), "state:ARM")
    assert membership_key("ARM", "IUPCT", "observer", None) in found
    assert membership_key("ARM", "SCO", "dialogue_partner", None) in found
    assert membership_key("ARM", "AIIB", "candidate", None) in found


def test_later_roles_after_a_name_with_of_as_written():
    found = fact_keys(ARMENIA.format("the Organization of American States"), "state:ARM")
    assert membership_key("ARM", "SCO", "dialogue_partner", None) in found
    assert membership_key("ARM", "AIIB", "candidate", None) in found


def test_a_role_strung_on_a_name_outside_a_copula_list_is_none():
    # near miss: the list hangs on 'signed', not on 'is'; the dialogue partner has no subject of 'be' to take
    found = fact_keys(
        "Armenia signed an agreement with the International Union for the Publication of Customs Tariffs, a dialogue"
        " partner in the Shanghai Cooperation Organisation.",
        "state:ARM",
    )
    assert not {k for k in found if k[0] == "membership" and k[3] == "dialogue_partner"}
