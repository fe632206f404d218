"""'the first visit of a Russian president to Serbia': the parser may hang the destination on the travelling office
('president to Serbia') instead of on the visit, depending only on which state is named; found by the invariance
harness (tests/robustness/invariance.py), where the dev sentence read 'to Australia' and lost the visit with 'to
Serbia' or 'to Peru' (pipeline/rules/parsed_visits.py `trip`)."""

import pytest

from tests.helpers import candidates


def visits(text: str, subject: str = "state:RUS") -> set:
    return {
        (c.get("visitor_state_id"), c["host_state_id"], c.get("date_edtf")) for c in candidates(text, "visit", subject)
    }


@pytest.mark.parametrize("host", ["SRB:Serbia", "PER:Peru", "AUS:Australia"])
def test_visit_of_an_office_to_a_state(host):
    # wiki_fr_russia_2019 'This was the first visit of a Russian president to Australia.', the host swapped
    code, name = host.split(":")
    assert visits(f"This was the first visit of a Russian president to {name}.") == {
        ("state:RUS", f"state:{code}", None)
    }


def test_visit_by_a_delegation_to_a_state():
    assert visits("It was the first visit by a Turkmen delegation to Peru in 2010.") == {
        ("state:TKM", "state:PER", "2010")
    }


def test_an_envoy_to_a_state_is_no_destination():
    # near miss: 'ambassador to Russia' is an office that points at a state; the visit names no destination
    assert visits("The visit of the Turkish ambassador to Russia was cancelled.", "state:KAZ") == set()
