"""Models of the fact tables (evidence and conflicts: `schemas.evidence`; entities and mentions:
`schemas.entities`).

Every fact table shares the columns fact_id, n_evidence, n_sources, is_corroborated, has_conflict
and curation_status; each fact has one or more rows in `evidence`, the exact words behind it.
"""

from __future__ import annotations

import types

from pandera.typing import Series

from schemas.base import (
    Table,
    conflict_field,
    corroborated_field,
    curation_field,
    edtf_field,
    end_field,
    entity_ref,
    fact_id,
    field,
    fk,
    n_evidence_field,
    n_sources_field,
    precision_field,
    qualifier_field,
    start_field,
)
from schemas.entities import _entity_fk

MEMBERSHIP_ROLES = [
    "member",
    "founder",
    "applicant",
    "candidate",
    "observer",
    "dialogue_partner",
    "chair",
    "host",
    "withdrew",
]
MODALITIES = ["planned", "proposed", "bid", "target", "hedged"]
AGREEMENT_KINDS = [
    "treaty",
    "agreement",
    "protocol",
    "memorandum",
    "declaration",
    "action_plan",
    "loan_deal",
    "convention",
    "act",
    "charter",
    "joint_statement",
]
ORGANIZATION_EVENTS = [
    "founded",
    "renamed",
    "merged_into",
    "transformed_into",
    "inaugurated",
    "entered_into_force",
    "chaired",
    "summit_hosted",
    "ministerial_meeting_hosted",
    "conference_hosted",
    "joined_by",
    "withdrawn_by",
    "inaugural_summit",
    "relations_established",
    "observer_status_granted",
    "appointed",
    "enlarged",
    "suspended",
    "revived",
    "proposed",
    "establishment_decided",
]
AMOUNT_KINDS = [
    "loan",
    "trade",
    "investment",
    "allocation",
    "agreement_value",
    "budget",
    "border_length",
    "area",
    "people",
    "casualties",
    "refugees",
    "member_count",
    "share",
    "other",
]
AMOUNT_MODALITIES = ["target", "proposed", "hedged"]


def _fact_table(
    name: str, doc: str, what: str, columns: dict, after_dates: dict | None = None, metadata: dict | None = None
) -> type[Table]:
    """A fact table: fact_id, its own columns, the date of `what`, columns that follow the date, then
    the shared support and curation columns. One definition of the columns every fact table shares."""
    shared_dates = {
        "date_edtf": (Series[str], edtf_field(what)),
        "date_start": (Series[str], start_field(what)),
        "date_end": (Series[str], end_field(what)),
        "date_precision": (Series[str], precision_field()),
        "date_qualifier": (Series[str], qualifier_field()),
    }
    support = {
        "n_evidence": (Series[int], n_evidence_field()),
        "n_sources": (Series[int], n_sources_field()),
        "is_corroborated": (Series[bool], corroborated_field()),
        "has_conflict": (Series[bool], conflict_field()),
        "curation_status": (Series[str], curation_field()),
    }
    ordered = {**columns, **shared_dates, **(after_dates or {}), **support}

    def body(namespace: dict) -> None:
        namespace["__doc__"] = doc
        namespace["__module__"] = __name__
        namespace["__annotations__"] = {column: annotation for column, (annotation, _) in ordered.items()}
        namespace.update({column: spec for column, (_, spec) in ordered.items()})
        namespace["Config"] = type("Config", (), {"metadata": {"primary_key": ["fact_id"], **(metadata or {})}})

    return types.new_class(name, (Table,), exec_body=body)


Memberships = _fact_table(
    "Memberships",
    """One row per membership fact: a state's role in an organisation; key fact_id.""",
    "the start of the role",
    {
        "fact_id": (Series[str], fact_id("membership")),
        "state_id": (Series[str], entity_ref("The state", "state:KAZ")),
        "organization_id": (Series[str], entity_ref("The organisation", "org:OIC")),
        "role": (Series[str], field("Role: " + ", ".join(MEMBERSHIP_ROLES) + ".", "member", isin=MEMBERSHIP_ROLES)),
        "modality": (
            Series[str],
            field(
                "Hedge the text puts on it: planned, proposed or bid; empty if stated as fact.",
                None,
                nullable=True,
                isin=MODALITIES,
            ),
        ),
    },
    metadata={"title": "Memberships", "foreign_keys": [_entity_fk("state_id"), _entity_fk("organization_id")]},
)

Visits = _fact_table(
    "Visits",
    """One row per visit: one visitor to one host state; key fact_id. Both directions: Kazakh leaders
    abroad and foreign dignitaries in Kazakhstan. The visitor represents a state (visitor_state_id) or an
    organisation (visitor_organization_id: an IMF mission, a CSTO delegation), one of the two. cameo_code 042 (make a visit) is from the visitor's
    side; plover_category CONSULT.""",
    "the visit",
    {
        "fact_id": (Series[str], fact_id("visit")),
        "visitor_id": (Series[str], entity_ref("The visiting person", "person:nazarbayev", nullable=True)),
        "visitor_state_id": (
            Series[str],
            entity_ref("The visitor's state; empty for an organisation's visitor", "state:KAZ", nullable=True),
        ),
        "visitor_organization_id": (
            Series[str],
            entity_ref(
                "The organisation whose mission, delegation or officer visits, where the visitor represents one",
                "org:IMF",
                nullable=True,
            ),
        ),
        "host_state_id": (Series[str], entity_ref("The state visited", "state:BEL")),
        "place_id": (Series[str], entity_ref("The place visited, where stated", "place:washington", nullable=True)),
        "modality": (
            Series[str],
            field(
                "Hedge the text puts on the visit: planned ('will visit', 'was scheduled to visit', 'plans to travel "
                "to'), proposed ('invited him to visit', 'proposed a visit'), hedged ('reportedly visited'), target "
                "(a deadline only); empty if stated as fact. A visit the text denies or calls off ('did not visit', "
                "'cancelled his visit') is not extracted.",
                None,
                nullable=True,
                isin=MODALITIES,
            ),
        ),
    },
    after_dates={
        "cameo_code": (Series[str], field("CAMEO event code (042: make a visit).", "042", isin=["042", "043"])),
        "plover_category": (Series[str], field("PLOVER event category.", "CONSULT", isin=["CONSULT"])),
    },
    metadata={
        "title": "Visits",
        "foreign_keys": [
            _entity_fk("visitor_id"),
            _entity_fk("visitor_state_id"),
            _entity_fk("visitor_organization_id"),
            _entity_fk("host_state_id"),
            _entity_fk("place_id"),
        ],
    },
)

Agreements = _fact_table(
    "Agreements",
    """One row per agreement (treaty, protocol, memorandum, declaration, action plan, loan deal,
    convention); key fact_id. Parties are in `agreement_parties`; cameo_code 057 (sign formal agreement).""",
    "signing",
    {
        "fact_id": (Series[str], fact_id("agreement")),
        "name": (
            Series[str],
            field("Name or description as written.", "Treaty of Eternal Friendship and Co-operation", nullable=True),
        ),
        "kind": (Series[str], field("Kind: " + ", ".join(AGREEMENT_KINDS) + ".", "treaty", isin=AGREEMENT_KINDS)),
        "modality": (
            Series[str],
            field(
                "Hedge the text puts on the signing: planned ('the two sides are to sign an agreement'), proposed "
                "('a draft treaty'), hedged ('reportedly signed'), target (a deadline only: 'an agreement to be "
                "concluded by 2015'); empty if stated as fact. A signing the text denies ('refused to sign') is "
                "not extracted.",
                None,
                nullable=True,
                isin=MODALITIES,
            ),
        ),
    },
    after_dates={
        "in_force_edtf": (Series[str], edtf_field("entry into force")),
        "cameo_code": (Series[str], field("CAMEO event code (057: sign formal agreement).", "057", isin=["057"])),
        "plover_category": (Series[str], field("PLOVER event category.", "AGREE", isin=["AGREE"])),
    },
    metadata={"title": "Agreements"},
)


class AgreementParties(Table):
    """One row per party to an agreement; key (fact_id, party_id)."""

    fact_id: Series[str] = field("The agreement.", "agr-0a1b2c3d4e5f")
    party_id: Series[str] = entity_ref("A party (state or organisation)", "state:RUS")

    class Config:
        metadata = {
            "primary_key": ["fact_id", "party_id"],
            "title": "Agreement parties",
            "foreign_keys": [fk(["fact_id"], "agreements"), _entity_fk("party_id")],
        }


OrganizationEvents = _fact_table(
    "OrganizationEvents",
    """One row per event in an organisation's life (founded, renamed, merged, inaugurated, in force,
    chaired, summit hosted, joined, withdrawn); key fact_id.""",
    "the event",
    {
        "fact_id": (Series[str], fact_id("organisation event")),
        "organization_id": (Series[str], entity_ref("The organisation", "org:CACO")),
        "event_type": (
            Series[str],
            field("Event: " + ", ".join(ORGANIZATION_EVENTS) + ".", "merged_into", isin=ORGANIZATION_EVENTS),
        ),
        "counterpart_organization_id": (
            Series[str],
            entity_ref("The other organisation (merged into, renamed from)", "org:EURASEC", nullable=True),
        ),
        "state_id": (
            Series[str],
            entity_ref("The state that joined, withdrew, chaired or hosted", "state:KAZ", nullable=True),
        ),
        "modality": (
            Series[str],
            field(
                "Hedge the text puts on it: planned ('the inaugural meeting to be held in "
                "Kazakhstan in 2011'); empty if stated as fact.",
                None,
                nullable=True,
                isin=MODALITIES,
            ),
        ),
    },
    metadata={
        "title": "Organisation events",
        "foreign_keys": [
            _entity_fk("organization_id"),
            _entity_fk("counterpart_organization_id"),
            _entity_fk("state_id"),
        ],
    },
)

Amounts = _fact_table(
    "Amounts",
    """One row per reported figure (loans, trade, investment, allocations, agreement values, budgets,
    border lengths, areas, counts of people, members and other things, percentage shares); key fact_id.""",
    "the figure's reference period",
    {
        "fact_id": (Series[str], fact_id("figure")),
        "kind": (
            Series[str],
            field("What kind of figure: " + ", ".join(AMOUNT_KINDS) + ".", "loan", isin=AMOUNT_KINDS),
        ),
        "value": (
            Series[float],
            field(
                "The number, normalised (US $10,000m. -> 10000000000; 'half' -> 50 with unit "
                "percent); the lower end of a range.",
                10000000000.0,
            ),
        ),
        "value_max": (
            Series[float],
            field(
                "Upper end of a range ('10–12%' -> 12, '30 to 40 deputies' -> 40); empty for a single figure.",
                None,
                nullable=True,
            ),
        ),
        "unit": (
            Series[str],
            field(
                "Unit: currency for money, percent, km, km2, ha, people, countries, states, "
                "agreements, or the counted noun as written ('delegates', 'nuclear tests' -> "
                "tests).",
                "currency",
            ),
        ),
        "currency": (
            Series[str],
            field("ISO 4217 currency of money.", "USD", nullable=True, str_matches=r"^[A-Z]{3}$"),
        ),
        "qualifier": (
            Series[str],
            field(
                "about (some, around), at_least (over, more than, exceeded) or at_most (up "
                "to, less than); empty if exact.",
                None,
                nullable=True,
                isin=["about", "at_least", "at_most"],
            ),
        ),
        "measure": (Series[str], field("What the figure measures, in the text's words.", "loan")),
        "modality": (
            Series[str],
            field(
                "How firmly the text states it: target (a goal or plan: 'aimed to increase "
                "this to $40,000m. by 2015'), proposed, hedged (an estimate: 'about', 'an "
                "estimated', 'expected to reach'); empty if stated as fact. Negated figures "
                "are not extracted.",
                None,
                nullable=True,
                isin=AMOUNT_MODALITIES,
            ),
        ),
        "subject_id": (
            Series[str],
            entity_ref(
                "The state or organisation the figure is about (lender, investor, …)", "state:CHN", nullable=True
            ),
        ),
        "counterpart_id": (
            Series[str],
            entity_ref("The other party (borrower, recipient, …)", "state:KAZ", nullable=True),
        ),
    },
    metadata={"title": "Amounts", "foreign_keys": [_entity_fk("subject_id"), _entity_fk("counterpart_id")]},
)
