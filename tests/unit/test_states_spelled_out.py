"""'the ECO expanded to include seven new members; Equatorial Guinea, Azerbaijan, …': the small parser breaks the list
after the semicolon off 'members' when its first name is unfamiliar, and the enlargement lost every state. Found by
the invariance harness (tests/robustness/invariance.py) on the wiki_eco_2025 sentence with 'Afghanistan' swapped
(pipeline/rules/parsed_lists.py `states_spelled_out`, read by parsed_agreements.py `enlarged`)."""

import pytest

from tests.fact_keys import fact_keys

ECO = (
    "By the fall of 1992, the ECO expanded to include seven new members; {}, Kazakhstan, Kyrgyzstan, Tajikistan,"
    " Turkmenistan and Uzbekistan."
)
REST = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]


def members(text: str, subject: str) -> set:
    return {k[1][6:] for k in fact_keys(text, subject) if k[0] == "membership" and k[3] == "member"}


@pytest.mark.parametrize(
    "first, codes",
    [
        ("Afghanistan, Azerbaijan", ["AFG", "AZE"]),  # as written
        ("Equatorial Guinea, Azerbaijan", ["GNQ", "AZE"]),
        ("Afghanistan, the Marshall Islands", ["AFG", "MHL"]),
    ],
)
def test_members_spelled_out_after_a_semicolon(first, codes):
    assert members(ECO.format(first), "org:ECO") == set(codes + REST)


def test_a_clause_after_the_semicolon_names_no_member():
    # near miss: after the semicolon a new clause begins; Russia is its subject, not a member
    assert members("In 2005 the bank expanded to include two new members; Russia objected to both.", "org:EDB") == set()
