"""Contracts between raw/curation.yaml and the published package (see tests/curation_contracts.py)."""

import pytest

from tests import curation_contracts as contracts


def test_every_decision_shows_in_the_published_tables(tables, root):
    contracts.every_decision_shows_in_the_published_tables(tables, root)


@pytest.mark.parametrize("contract", contracts.CONTRACTS_ON_TABLES)
def test_contract_on_the_published_tables(tables, contract):
    getattr(contracts, contract)(tables)


def test_the_package_description_states_the_counts_by_status(package):
    contracts.the_package_description_states_the_counts_by_status(*package)
