"""A state named as a non-member ('India, a non-member of the Nuclear Suppliers Group', 'a non-member state of') or
excepted from those that joined ('Apart from Turkmenistan, all the former Soviet republics in Central Asia joined')
holds no membership; the plain statements beside them keep theirs. Sentences written for these tests in the genre,
after probing the rules on them (the tune set of tests/unit/genericity_cases.py holds the families)."""

from __future__ import annotations

import pytest

from tests.helpers import candidates, pick


def _members(text):
    return set(pick(candidates(text, "membership", None), "state_id", "organization_id", "role"))


@pytest.mark.parametrize(
    "text",
    [
        "India, a non-member of the Nuclear Suppliers Group, received a waiver in 2008.",
        "Turkmenistan is a non-member state of the Collective Security Treaty Organization.",
        "Apart from Turkmenistan, all the former Soviet republics in Central Asia joined the Shanghai Cooperation "
        "Organisation.",
        "All Central Asian states except Turkmenistan joined the Collective Security Treaty Organization in 1992.",
    ],
)
def test_a_non_member_or_an_excepted_state_holds_no_membership(text):
    assert not [k for k in _members(text) if k[0] == "state:TKM" or k[0] == "state:IND"]


def test_members_beside_them_keep_their_membership():
    assert ("state:KAZ", "org:NAM", "member") in _members("Kazakhstan is a member state of the Non-Aligned Movement.")
    text = "Apart from its work in the UN, Kazakhstan joined the Shanghai Cooperation Organisation in 2001."
    assert ("state:KAZ", "org:SCO", "member") in _members(text)
