"""Models of the entity, mention, fact, evidence and reconciliation tables.

Every fact table shares the columns fact_id, n_evidence, n_sources, is_corroborated, has_conflict
and curation_status; each fact has one or more rows in `evidence`, the exact words behind it.
"""

from __future__ import annotations

import types

import pandas as pd
from pandera.typing import Series

from schemas.base import (
    FACT_TYPES,
    PUBLISHED_ENTITY_ID,
    Table,
    conflict_field,
    corroborated_field,
    curation_field,
    edtf_field,
    end_field,
    entity_ref,
    fact_id,
    fact_type_field,
    field,
    fk,
    n_evidence_field,
    n_sources_field,
    precision_field,
    qualifier_field,
    start_field,
)

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
    "inaugurated",
    "entered_into_force",
    "chaired",
    "summit_hosted",
    "joined_by",
    "withdrawn_by",
    "inaugural_summit",
    "relations_established",
    "observer_status_granted",
    "appointed",
    "enlarged",
    "suspended",
    "revived",
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
ENTITY_TYPES = ["state", "organization", "person", "place"]


def _entity_fk(column: str) -> dict:
    return fk([column], "entities", ["entity_id"])


class Entities(Table):
    """One row per state, organisation, person or place that a fact or mention uses; key entity_id.
    Codes join to ISO 3166 (iso3), Correlates of War states (cow_ccode, cow_stateabb) and COW IGO v3
    organisations (cow_ioname, cow_ionum). Curated in raw/dictionaries/."""

    entity_id: Series[str] = field(
        "Identifier, prefixed by type: state:ISO3, org:ACRONYM, person:name, place:name.",
        "state:KAZ",
        unique=True,
        str_matches=PUBLISHED_ENTITY_ID,
    )
    entity_type: Series[str] = field("state, organization, person or place.", "state", isin=ENTITY_TYPES)
    name: Series[str] = field("Canonical English name.", "Kazakhstan")
    iso3: Series[str] = field(
        "ISO 3166-1 alpha-3 code (states; SUN for the USSR).", "KAZ", nullable=True, str_matches=r"^[A-Z]{3}$"
    )
    cow_ccode: Series[pd.Int64Dtype] = field("Correlates of War state code.", 705, nullable=True, ge=1)
    cow_stateabb: Series[str] = field("Correlates of War state abbreviation.", "KZK", nullable=True)
    cow_ioname: Series[str] = field(
        "COW IGO v3 organisation abbreviation, where COW has the body.", "AsDB", nullable=True
    )
    cow_ionum: Series[pd.Int64Dtype] = field("COW IGO v3 organisation number.", 30, nullable=True, ge=1)
    acronym: Series[str] = field("Usual acronym of an organisation.", "SCO", nullable=True)
    parent_id: Series[str] = field(
        "Organisation this body is part of (an entity_id): the SCO for its Regional "
        "Anti-Terrorist Structure, the UN for the General Assembly.",
        "org:SCO",
        nullable=True,
    )
    successor_id: Series[str] = field(
        "Organisation this one merged into or became (an entity_id).", "org:EURASEC", nullable=True
    )
    office: Series[str] = field("Office of a person as the texts state it.", "President", nullable=True)
    state_id: Series[str] = field(
        "State a person serves or a place lies in (an entity_id).", "state:KAZ", nullable=True
    )
    source_note: Series[str] = field("Where the codes and names come from.", "COW State System v2016 row KZK/705")
    in_dictionary: Series[bool] = field(
        "True for a curated entity of raw/dictionaries/; False for a provisional one "
        "the parser's named-entity recogniser found in a text (no codes yet: a "
        "curator's candidate for the dictionaries).",
        True,
    )

    class Config:
        metadata = {
            "primary_key": ["entity_id"],
            "title": "Entities",
            "foreign_keys": [
                fk(["state_id"], "entities", ["entity_id"]),
                fk(["parent_id"], "entities", ["entity_id"]),
                fk(["successor_id"], "entities", ["entity_id"]),
            ],
        }


class Mentions(Table):
    """One row per entity, date or amount found in a sentence; key mention_id. Offsets point into the
    source's raw text; `text` equals the raw slice."""

    mention_id: Series[str] = field(
        "Identifier: source, offsets and mention type.", "akiner_efp:1234-1244:entity", unique=True
    )
    source_id: Series[str] = field("Source of the sentence.", "akiner_efp")
    passage_id: Series[str] = field("Sentence the mention is in.", "akiner_efp:sen0042")
    mention_type: Series[str] = field("entity, date or amount.", "date", isin=["entity", "date", "amount"])
    char_start: Series[int] = field("Start offset (code points into the raw text).", 1234, ge=0)
    char_end: Series[int] = field("End offset, exclusive.", 1244, gt=0)
    text: Series[str] = field("The words as written.", "February 1993")
    entity_id: Series[str] = field("Entity mentioned (entity mentions).", "state:BEL", nullable=True)
    form: Series[str] = field("How the entity is named: name, acronym, adjective, demonym, …", "name", nullable=True)
    date_edtf: Series[str] = edtf_field("the date mention")
    date_start: Series[str] = start_field("the date mention")
    date_end: Series[str] = end_field("the date mention")
    date_precision: Series[str] = precision_field()
    date_qualifier: Series[str] = qualifier_field()
    value: Series[float] = field("Normalised number (amount mentions).", 10000000000.0, nullable=True)
    unit: Series[str] = field("Unit: currency (money), ha, km, countries, states, people, …", "currency", nullable=True)
    currency: Series[str] = field(
        "ISO 4217 currency of money amounts.", "USD", nullable=True, str_matches=r"^[A-Z]{3}$"
    )
    rule_id: Series[str] = field("Rule that found the mention.", "date.month_year")

    class Config:
        metadata = {
            "primary_key": ["mention_id"],
            "title": "Mentions",
            "foreign_keys": [fk(["source_id"], "sources"), fk(["passage_id"], "passages"), _entity_fk("entity_id")],
        }


class DuplicateGroups(Table):
    """One row per sentence that belongs to a group of near-duplicate statements; key (group_id,
    passage_id). The canonical member is the first occurrence; repeats restate it."""

    group_id: Series[str] = field(
        "Identifier of the group, derived from its canonical passage.", "dup-akiner_efp:sen0101"
    )
    passage_id: Series[str] = field("A member sentence.", "akiner_efp:sen0105")
    role: Series[str] = field("canonical (first occurrence) or repeat.", "repeat", isin=["canonical", "repeat"])
    similarity: Series[float] = field(
        "Similarity to the canonical statement, 0-100 (100 for the canonical).", 96.4, ge=0, le=100
    )
    kind: Series[str] = field(
        "verbatim, near_verbatim or paraphrase.", "verbatim", isin=["verbatim", "near_verbatim", "paraphrase"]
    )
    is_cross_source: Series[bool] = field("True when the group spans more than one source.", False)

    class Config:
        metadata = {
            "primary_key": ["group_id", "passage_id"],
            "title": "Duplicate groups",
            "foreign_keys": [fk(["passage_id"], "passages")],
        }


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
    abroad and foreign dignitaries in Kazakhstan. cameo_code 042 (make a visit) is from the visitor's
    side; plover_category CONSULT.""",
    "the visit",
    {
        "fact_id": (Series[str], fact_id("visit")),
        "visitor_id": (Series[str], entity_ref("The visiting person", "person:nazarbayev", nullable=True)),
        "visitor_state_id": (Series[str], entity_ref("The visitor's state", "state:KAZ")),
        "host_state_id": (Series[str], entity_ref("The state visited", "state:BEL")),
        "place_id": (Series[str], entity_ref("The place visited, where stated", "place:washington", nullable=True)),
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


class Evidence(Table):
    """One row per quote supporting a fact; key evidence_id. `quote` equals the raw text of the
    source at the offsets; a fact stated by repeats or by several sources has several rows."""

    evidence_id: Series[str] = field("Identifier: fact and offsets.", "mem-3f2a9c0b1d4e@akiner_efp:1234", unique=True)
    fact_id: Series[str] = field("The fact supported (in the table named by fact_type).", "mem-3f2a9c0b1d4e")
    fact_type: Series[str] = fact_type_field("membership")
    source_id: Series[str] = field("Source quoted.", "akiner_efp")
    passage_id: Series[str] = field("Sentence quoted.", "akiner_efp:sen0042")
    char_start: Series[int] = field("Start offset (code points into the raw text).", 1234, ge=0)
    char_end: Series[int] = field("End offset, exclusive.", 1270, gt=0)
    quote: Series[str] = field(
        "The exact words, equal to the raw text at the offsets.", "Kazakhstan joined both bodies in 1992."
    )
    rule_id: Series[str] = field(
        "Extraction rule that produced the fact from this quote ('curator' for "
        "facts added by hand in raw/curation.yaml).",
        "membership.joined",
    )
    stated_date_edtf: Series[str] = field(
        "The fact's date as this quote gives it (EDTF), read from the quote or, where the rule says so, its "
        "paragraph ('the following year'); empty when this quote gives no date and the fact's date comes from "
        "another quote. Where quotes disagree, see `conflicts`.",
        "1992",
        nullable=True,
    )

    class Config:
        metadata = {
            "primary_key": ["evidence_id"],
            "title": "Evidence",
            "foreign_keys": [fk(["source_id"], "sources"), fk(["passage_id"], "passages")],
        }


class Conflicts(Table):
    """One row per variant of a field on which repeats or sources disagree; key (conflict_id, variant).
    Nothing is picked silently: every variant keeps its evidence."""

    conflict_id: Series[str] = field("Identifier of the disagreement.", "cfl-0a1b2c3d4e5f")
    variant: Series[int] = field("1-based number of the variant.", 1, ge=1)
    fact_type: Series[str] = field("Type of the facts that disagree.", "organization_event", isin=FACT_TYPES)
    fact_id: Series[str] = field("The fact carrying this variant.", "oev-0a1b2c3d4e5f")
    field_name: Series[str] = field("The field that differs.", "date_edtf")
    value: Series[str] = field("This variant's value, as text.", "2001")
    evidence_id: Series[str] = field("Evidence of this variant.", "oev-0a1b2c3d4e5f@akiner_efp:1234")
    source_id: Series[str] = field("Source of this variant.", "akiner_efp")
    basis: Series[str] = field(
        "Why the facts count as one statement: same_passage_group (repeats) or same_key (same fact, other source).",
        "same_key",
        isin=["same_passage_group", "same_key"],
    )

    class Config:
        metadata = {
            "primary_key": ["conflict_id", "variant"],
            "title": "Conflicts",
            "foreign_keys": [fk(["evidence_id"], "evidence"), fk(["source_id"], "sources")],
        }
