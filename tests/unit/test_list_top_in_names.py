"""A list of roles that the parser strings on a word inside an earlier organisation's name ('…, the International
Union for the Publication of Customs Tariffs, the Arab League, a dialogue partner in the SCO, and a prospective member
of the AIIB': 'the Arab League' hangs on 'Publication'): the later roles still take the subject of 'is'. Found by the
invariance harness (tests/robustness/invariance.py) on the wiki_fr_armenia_2019 sentence with the Organization of
American States swapped (pipeline/rules/parsed.py `_name_head`, parsed_members.py `_list_top`). With the
state swapped ('Slovenia is also …') the parser strings the list on the subject instead, as appositions of 'Slovenia':
the later roles are still the subject's."""

import pytest

from tests.fact_keys import fact_keys, membership_key

ARMENIA = (
    "{} is also an observer member of the Community of Democratic Choice, the Non-Aligned Movement, {}, the Arab"
    " League, a dialogue partner in the Shanghai Cooperation Organisation, and a prospective member of the Asian"
    " Infrastructure Investment Bank."
)


@pytest.mark.parametrize(
    "state, name, body",
    [
        ("ARM", "Armenia", "the International Union for the Publication of Customs Tariffs"),
        ("ARM", "Armenia", "the Organization of American States"),  # as written
        ("SVN", "Slovenia", "the Organization of American States"),
    ],
)
def test_later_roles_of_a_long_list_take_the_subject(state, name, body):
    found = fact_keys(ARMENIA.format(name, body), f"state:{state}")
    assert membership_key(state, "SCO", "dialogue_partner", None) in found
    assert membership_key(state, "AIIB", "candidate", None) in found


def test_a_role_strung_on_a_name_outside_a_copula_list_is_none():
    # near miss: the list hangs on 'signed', not on 'is'; the dialogue partner has no subject of 'be' to take
    found = fact_keys(
        "Armenia signed an agreement with the International Union for the Publication of Customs Tariffs, a dialogue"
        " partner in the Shanghai Cooperation Organisation.",
        "state:ARM",
    )
    assert not {k for k in found if k[0] == "membership" and k[3] == "dialogue_partner"}
