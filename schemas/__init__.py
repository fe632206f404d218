"""The one definition of every published table: Pandera models, in publication order.

`TABLES` maps each resource name to its model; the Frictionless table schemas, the DuckDB tables
and the data dictionary are all generated from it (`schemas.frictionless`, `pipeline.stages.s7_publish`,
`schemas.dictionary`).
"""

from schemas.base import Table
from schemas.core import Boilerplate, Passages, Sources
from schemas.curation import Corrections, CurationDecisions, RejectedFacts
from schemas.entities import DuplicateGroups, Entities, Mentions
from schemas.evidence import ActorReferences, Conflicts, Evidence
from schemas.facts import (
    AgreementParties,
    Agreements,
    Amounts,
    Memberships,
    OrganizationEvents,
    Visits,
)
from schemas.frictionless import model_metadata

TABLES: dict[str, type[Table]] = {
    "sources": Sources,
    "boilerplate": Boilerplate,
    "passages": Passages,
    "duplicate_groups": DuplicateGroups,
    "entities": Entities,
    "mentions": Mentions,
    "memberships": Memberships,
    "visits": Visits,
    "agreements": Agreements,
    "agreement_parties": AgreementParties,
    "organization_events": OrganizationEvents,
    "amounts": Amounts,
    "evidence": Evidence,
    "actor_references": ActorReferences,
    "conflicts": Conflicts,
    "rejected_facts": RejectedFacts,
    "corrections": Corrections,
    "curation_decisions": CurationDecisions,
}


def columns(table: str) -> list[str]:
    """The columns of a published table, in order, from its model."""
    return list(TABLES[table].to_schema().columns)


def entity_columns(table: str) -> list[str]:
    """The columns of a published table that hold an entity id (foreign keys to `entities`)."""
    keys = model_metadata(TABLES[table]).get("foreign_keys", [])
    return [f for k in keys if k["reference"]["resource"] == "entities" for f in k["fields"]]


def dtypes(table: str) -> dict[str, str]:
    """Column -> pandas dtype name of a published table, from its model."""
    return {name: str(column.dtype) for name, column in TABLES[table].to_schema().columns.items()}
