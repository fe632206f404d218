"""What a fact type is: one declaration per type, read by every module that treats types differently.

Why: a fact type used to live in fourteen lookup tables across seven modules, so that adding one
touched about sixteen files and forgetting some of them still built. Now reconcile (merge key,
once-only and recurring senses, the statement that dates an undated fact, named instruments, list
fields), curation (constant codes, list fields), the `facts` view, the review sheet, the stage
registry and both scorers take what they need from `FactType`; the columns stay in the Pandera
model the declaration names (`table`), never retyped here. Adding a type means declaring it here,
writing its model in `schemas/`, its rules in `pipeline/rules/` and its tests.

This module imports nothing of the project, so `schemas.base` can derive the id prefixes and the
fact-type vocabulary from it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ListField:
    """A field with several values, published as a table of its own (an agreement's parties)."""

    name: str
    """The field's name in candidates, curation decisions and the gold: `parties`."""
    table: str
    """The table holding one row per value: `agreement_parties` (columns fact_id and `column`)."""
    column: str
    """That table's value column: `party_id`."""


@dataclass(frozen=True)
class DatedBy:
    """An undated fact of this type takes the date of another fact in the same source: an undated
    founding member takes the date of the organisation's founding."""

    sense: str
    """This type's sense that may be dated so (`founder`)."""
    fact_type: str
    """The type of the dated statement (`organization_event`)."""
    other_sense: str
    """Its sense (`founded`)."""
    shared: tuple[str, ...]
    """The fields both facts share (`organization_id`)."""
    rule_id: str
    """Rule id of the dated statement's quote when it becomes evidence of this fact."""


@dataclass(frozen=True)
class View:
    """How a fact of this type reads in the `facts` view: SQL over its table aliased `f`."""

    subject: str
    object: str
    what: str


@dataclass(frozen=True)
class Evaluation:
    """How the scorers compare this type with the gold (see `pipeline.evaluation.seeds`)."""

    columns: Mapping[str, str]
    """Gold field -> the published column it is compared with (besides `year` and the list field)."""
    key: tuple[str, ...]
    """Gold fields that must all agree for a match."""
    fields: tuple[str, ...]
    """Fields reported one by one (`by_field`), the anchor first."""
    required: tuple[str, ...]
    """Fields every seed-gold entry of this type must write (null where the text does not say)."""
    matchers: Mapping[str, str] = field(default_factory=dict)
    """Gold field -> how it agrees when not by equality: `subset` (the gold's values a subset of the
    extracted ones; the closest match has the fewest extra values) or `close` (numbers equal within
    a relative tolerance; the closest match has the smallest difference)."""
    corpus_year: str = "date"
    """The evaluation corpus's item key that holds the date (amounts write `year`)."""
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Gold field -> codebook label -> schema label, where the codebook spells a label otherwise."""
    equivalent: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """This type's sense -> (other type, its sense) that the codebook lets stand for the same fact."""

    @property
    def anchor(self) -> str:
        return self.fields[0]


@dataclass(frozen=True)
class FactType:
    """One fact type: everything the pipeline treats differently from one type to another."""

    name: str
    id_prefix: str
    """`fact_id` = prefix + '-' + 12 hex chars."""
    table: str
    """The published table: a key of `schemas.TABLES`, whose model holds the columns."""
    merge_key: tuple[str, ...]
    """The fields that say which fact a candidate is, besides its date."""
    view: View
    evaluation: Evaluation
    sense: str | None = None
    """The column saying what happened (`role`, `event_type`), if the type has several senses."""
    once_only: frozenset[str] = frozenset()
    """Senses that happen once: differing dates for them are one fact told two ways, not two facts."""
    recurring: frozenset[str] = frozenset()
    """Senses that may happen several times within a date's span: a year and a month within it are
    not enough to make them one."""
    dated_by: tuple[DatedBy, ...] = ()
    constants: Mapping[str, str] = field(default_factory=dict)
    """Columns every fact of the type carries with one value (CAMEO and PLOVER codes)."""
    name_field: str | None = None
    """A field naming an instrument: facts whose names differ (neither's words within the other's)
    are different, and two unnamed, undated mentions are one only when they repeat each other."""
    list_field: ListField | None = None
    later_keys: tuple[str, ...] = ()
    """Merge-key fields added after facts of the type were published: they enter `fact_id` only when set, so
    the facts without them keep their published ids."""

    def fact_id(self, fields: Mapping, quoted: tuple | None = None) -> str:
        """A hash of the type, identifying fields and date: stable across unrelated edits and row order.
        `quoted` (source, quote[, name]) tells apart facts whose fields are all alike. Reconcile names
        its facts so, and curation the facts a curator adds."""
        keys = [k for k in self.merge_key if k not in self.later_keys or fields.get(k) is not None]
        identity = [self.name] + [_hashable(fields.get(k)) for k in keys] + [fields.get("date_edtf")]
        if quoted is not None:
            identity.append(list(quoted))
        digest = hashlib.sha256(json.dumps(identity, default=list).encode("utf-8")).hexdigest()[:12]
        return f"{self.id_prefix}-{digest}"


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


_DECLARED: dict[str, FactType] = {}


def declare(fact_type: FactType) -> FactType:
    if fact_type.name in _DECLARED or fact_type.id_prefix in {t.id_prefix for t in _DECLARED.values()}:
        raise ValueError(f"fact type {fact_type.name!r} or prefix {fact_type.id_prefix!r} declared twice")
    _DECLARED[fact_type.name] = fact_type
    return fact_type


def all_types() -> tuple[FactType, ...]:
    """Every declared type, in publishing order."""
    return tuple(_DECLARED.values())


def get(name: str) -> FactType:
    return _DECLARED[name]


def names() -> list[str]:
    return list(_DECLARED)


def list_tables() -> list[str]:
    return [t.list_field.table for t in _DECLARED.values() if t.list_field]


def tables() -> list[str]:
    """Every fact table, each followed by its list table, in publishing order."""
    return [name for t in _DECLARED.values() for name in (t.table, *([t.list_field.table] if t.list_field else []))]


@contextmanager
def declared(*extra: FactType) -> Iterator[None]:
    """Declare more types for the duration of a block (tests: a toy type)."""
    for fact_type in extra:
        declare(fact_type)
    try:
        yield
    finally:
        for fact_type in extra:
            _DECLARED.pop(fact_type.name, None)


MEMBERSHIP = declare(
    FactType(
        name="membership",
        id_prefix="mem",
        table="memberships",
        merge_key=("state_id", "organization_id", "role", "modality"),
        sense="role",
        once_only=frozenset(
            {"member", "founder", "applicant", "candidate", "observer", "dialogue_partner", "withdrew"}
        ),
        dated_by=(
            # 'originally China, Kazakhstan, …' takes the date of the founding, or failing that of the
            # inauguration ('Inaugurated in 2003, it brings together …'); only from the same source, and
            # only when that source gives one date.
            DatedBy("founder", "organization_event", "founded", ("organization_id",), "membership.founding_date"),
            DatedBy(
                "founder", "organization_event", "inaugurated", ("organization_id",), "membership.inauguration_date"
            ),
        ),
        view=View(subject="f.state_id", object="f.organization_id", what="f.role"),
        evaluation=Evaluation(
            columns={"state": "state_id", "organization": "organization_id", "role": "role", "modality": "modality"},
            key=("state", "organization", "role", "year"),
            fields=("organization", "state", "role", "modality", "year"),
            required=("state", "organization", "role", "year", "modality"),
            equivalent={"chair": ("organization_event", "chaired"), "host": ("organization_event", "summit_hosted")},
        ),
    )
)

VISIT = declare(
    FactType(
        name="visit",
        id_prefix="vis",
        table="visits",
        # A planned and a made visit of the same pair are two facts, as for the other types.
        merge_key=("visitor_state_id", "host_state_id", "visitor_id", "visitor_organization_id", "modality"),
        later_keys=("visitor_organization_id", "modality"),
        constants={"cameo_code": "042", "plover_category": "CONSULT"},
        view=View(
            subject="coalesce(f.visitor_id, f.visitor_state_id, f.visitor_organization_id)",
            object="f.host_state_id",
            what="'visit'",
        ),
        evaluation=Evaluation(
            columns={
                "visitor": "visitor_id",
                "visitor_state": "visitor_state_id",
                "host_state": "host_state_id",
                "place": "place_id",
                "modality": "modality",
            },
            key=("visitor_state", "host_state", "year"),
            fields=("host_state", "visitor_state", "visitor", "place", "modality", "year"),
            required=("visitor", "visitor_state", "host_state", "place", "year"),
        ),
    )
)

AGREEMENT = declare(
    FactType(
        name="agreement",
        id_prefix="agr",
        table="agreements",
        merge_key=("kind", "parties", "modality"),
        sense="kind",
        constants={"cameo_code": "057", "plover_category": "AGREE"},
        name_field="name",
        list_field=ListField("parties", "agreement_parties", "party_id"),
        view=View(subject="NULL", object="NULL", what="f.kind"),
        evaluation=Evaluation(
            columns={"name": "name", "kind": "kind", "modality": "modality"},
            key=("kind", "year", "parties"),
            fields=("kind", "parties", "modality", "year"),
            required=("name", "kind", "parties", "year"),
            matchers={"parties": "subset"},
        ),
    )
)

ORGANIZATION_EVENT = declare(
    FactType(
        name="organization_event",
        id_prefix="oev",
        table="organization_events",
        merge_key=("organization_id", "event_type", "counterpart_organization_id", "state_id", "modality"),
        sense="event_type",
        # An organisation can be renamed more than once (the 1994 Central Asian union: 'later renamed the
        # Central Asian Economic Union', then 'In 2001 … now becoming the Central Asia Co-operation
        # Organization'), so a renaming is not once-only.
        once_only=frozenset(
            {
                "founded",
                "merged_into",
                "transformed_into",
                "inaugurated",
                "entered_into_force",
                "joined_by",
                "withdrawn_by",
            }
        ),
        # A state may host several meetings a year (an informal ministerial in July 2010, a summit later in 2010).
        recurring=frozenset({"summit_hosted"}),
        view=View(
            subject="f.organization_id",
            object="coalesce(f.counterpart_organization_id, f.state_id)",
            what="f.event_type",
        ),
        evaluation=Evaluation(
            columns={
                "organization": "organization_id",
                "event": "event_type",
                "counterpart": "counterpart_organization_id",
                "state": "state_id",
            },
            key=("organization", "event", "year"),
            fields=("organization", "event", "counterpart", "state", "year"),
            required=("organization", "event", "counterpart", "state", "year"),
            # The codebook names an appointment by its post ('secretary_general_appointed'); the schema has one
            # label, `appointed`.
            labels={
                "event": {
                    "in_force": "entered_into_force",
                    **{
                        f"{post}_appointed": "appointed"
                        for post in (
                            "secretary_general",
                            "director_general",
                            "managing_director",
                            "executive_secretary",
                            "chairman",
                            "chair",
                            "president",
                            "honorary_chairman",
                        )
                    },
                }
            },
        ),
    )
)

AMOUNT = declare(
    FactType(
        name="amount",
        id_prefix="amt",
        table="amounts",
        merge_key=("kind", "value", "value_max", "unit", "currency", "modality", "subject_id"),
        later_keys=("subject_id",),  # a figure is about something: 'the four founding member states' of one body
        # are not the 'four UN member states' another text counts, though kind, value and unit agree
        sense="kind",
        view=View(subject="f.subject_id", object="f.counterpart_id", what="f.kind"),
        evaluation=Evaluation(
            columns={"kind": "kind", "value": "value", "unit": "unit", "currency": "currency"},
            key=("kind", "value", "year"),
            fields=("value", "kind", "unit", "currency", "year"),
            required=("kind", "value", "unit", "currency", "year"),
            matchers={"value": "close"},
            corpus_year="year",
        ),
    )
)
