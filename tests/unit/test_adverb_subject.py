"""'Nauru received observer status in 2021': the small parser reads an unfamiliar name before the verb as an adverb
('advmod'), leaving the verb with no subject; found by the invariance harness (tests/robustness/invariance.py) on the
wiki_ots_2025 sentence 'Turkmenistan received observer status in 2021.' with the state swapped
(pipeline/rules/parse_repairs.py `adverb_subject`)."""

import pytest

from tests.fact_keys import fact_keys, membership_key


@pytest.mark.parametrize("code, name", [("NRU", "Nauru"), ("TKM", "Turkmenistan"), ("LKA", "Sri Lanka")])
def test_observer_status_of_a_state_named_first(code, name):
    found = fact_keys(f"{name} received observer status in 2021.", "org:CCTC")
    assert found == {membership_key(code, "CCTC", "observer", "2021")}


def test_an_adverb_is_no_subject():
    # near miss: a real adverb names nobody
    assert fact_keys("Recently received observer status in 2021.", "org:CCTC") == set()
