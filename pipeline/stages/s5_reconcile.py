"""Merge candidate facts into facts with evidence, corroborate across sources, record conflicts.

Output grain: one row per fact in each fact table (key fact_id), one row per quote in `evidence`
(key evidence_id), one row per variant of a disputed field in `conflicts` (key conflict_id, variant).

Two candidates are one fact when (a) their type, identifying fields and date agree; or (b) their
type and identifying fields agree and either their sentences repeat each other (same duplicate
group), or the fact can happen only once (an organisation is founded once, a state joins once), or
one date lies within the other (1992 and May 1992), or they are a dated and an undated mention of
one named agreement. Agreements whose names differ (neither name's words within the other's) are
different instruments even when their parties and kind agree.
Under (b), dates that cannot both be true (2008 and 2010) make a conflict: the fact keeps every
variant's evidence, its date becomes the EDTF set of the variants ("[2008,2010]") with bounds
covering both, and `conflicts` lists each variant with its quote. Nothing is picked silently.
"""

from __future__ import annotations

import hashlib
import json

import pandas as pd

from pipeline.stages.s5_reconcile_match import (
    corroborates,
    instrument_name,
    once_only,
    one_text,
    overlap,
    same_fact,
    same_instrument,
)
from pipeline.text.dates import DATE_KEYS
from schemas import fact_types
from schemas.base import DATE_PRECISIONS

PRECISION_RANK = {precision: rank for rank, precision in enumerate(DATE_PRECISIONS)}
"""Finest first: day, month, season, year, decade, interval."""


def build(candidates: pd.DataFrame, duplicate_groups: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Fact tables, agreement_parties, evidence and conflicts from the candidates."""
    cands = _date_from_elsewhere(_parse(candidates))
    group_of = dict(zip(duplicate_groups["passage_id"], duplicate_groups["group_id"]))
    clusters = _cluster(cands, group_of)
    types = fact_types.all_types()
    facts: dict[str, list[dict]] = {t.name: [] for t in types}
    lists: dict[str, list[dict]] = {t.list_field.table: [] for t in types if t.list_field}
    evidence, conflicts = [], []
    merged = [_merge(members) for members in clusters]
    plain_ids = [fact["fact_id"] for fact, _, _ in merged]
    shared = {i for i in plain_ids if plain_ids.count(i) > 1}
    for members, plain in zip(clusters, merged):
        fact, fact_evidence, fact_conflicts = _merge(members, distinct=True) if plain[0]["fact_id"] in shared else plain
        facts[fact["fact_type"]].append(fact)
        evidence += fact_evidence
        conflicts += fact_conflicts
        listed = fact_types.get(fact["fact_type"]).list_field
        if listed:
            lists[listed.table] += [{"fact_id": fact["fact_id"], listed.column: v} for v in fact[listed.name]]
    list_names = [t.list_field.name for t in types if t.list_field]
    out = {
        t.table: pd.DataFrame(facts[t.name]).drop(columns=["fact_type", *list_names], errors="ignore") for t in types
    }
    for t in types:
        if t.list_field:
            out[t.list_field.table] = pd.DataFrame(
                lists[t.list_field.table], columns=["fact_id", t.list_field.column]
            ).drop_duplicates()
    out["evidence"] = pd.DataFrame(evidence).drop_duplicates("evidence_id")
    out["conflicts"] = pd.DataFrame(
        conflicts,
        columns=[
            "conflict_id",
            "variant",
            "fact_type",
            "fact_id",
            "field_name",
            "value",
            "evidence_id",
            "source_id",
            "basis",
        ],
    )
    return out


def _parse(candidates: pd.DataFrame) -> list[dict]:
    rows = []
    for rec in candidates.sort_values(["source_id", "char_start", "rule_id", "fields_json"]).to_dict("records"):
        fields = json.loads(rec["fields_json"])
        fact_type = fact_types.get(rec["fact_type"])
        if fact_type.list_field and fact_type.list_field.name in fields:
            fields[fact_type.list_field.name] = tuple(fields[fact_type.list_field.name])
        rows.append(
            {
                **rec,
                "fields": fields,
                "stated_date_edtf": fields.get("date_edtf"),
                "key": (rec["fact_type"],) + tuple(_hashable(fields.get(k)) for k in fact_type.merge_key),
            }
        )
    return rows


def _dated_elsewhere() -> list[tuple]:
    """(undated type, its sense field, sense), (dated type, its sense field, sense), the fields both
    share and the rule id of the second quote, from the declarations' `dated_by`."""
    return [
        (
            (t.name, t.sense, d.sense),
            (d.fact_type, fact_types.get(d.fact_type).sense, d.other_sense),
            d.shared,
            d.rule_id,
        )
        for t in fact_types.all_types()
        for d in t.dated_by
    ]


def _date_from_elsewhere(cands: list[dict]) -> list[dict]:
    """Date undated facts from a dated statement of the same event elsewhere in the same source (see
    `FactType.dated_by`: an undated founding member takes the date of the organisation's founding, or
    failing that of its inauguration; only when that source gives one date); that statement becomes
    a second quote of the fact, so the year stays tied to its words."""
    out = list(cands)
    for (u_type, u_field, u_value), (d_type, d_field, d_value), shared, rule_id in _dated_elsewhere():
        dated: dict[tuple, list[dict]] = {}
        for c in cands:
            if c["fact_type"] == d_type and c["fields"].get(d_field) == d_value and c["fields"].get("date_edtf"):
                dated.setdefault((c["source_id"],) + tuple(c["fields"].get(k) for k in shared), []).append(c)
        result = []
        for c in out:
            f = c["fields"]
            events = dated.get((c["source_id"],) + tuple(f.get(k) for k in shared), [])
            if (
                c["fact_type"] == u_type
                and f.get(u_field) == u_value
                and not f.get("date_edtf")
                and len({e["fields"]["date_edtf"] for e in events}) == 1
            ):
                event = events[0]
                fields = {**f, **{k: event["fields"].get(k) for k in DATE_KEYS}}
                fields_json = json.dumps(fields, sort_keys=True, default=list)
                result.append({**c, "fields": fields, "fields_json": fields_json})
                result.append(
                    {
                        **event,
                        "fact_type": u_type,
                        "fields": fields,
                        "key": c["key"],
                        "fields_json": fields_json,
                        "rule_id": rule_id,
                    }
                )
            else:
                result.append(c)
        out = result
    return out


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value


def _cluster(cands: list[dict], group_of: dict[str, str]) -> list[list[dict]]:
    """Union-find in two passes. Within a source:
    same key and date, or same key and a repeat or once-only fact (`same_fact`). Across sources, the
    stricter `corroborates`, between whole groups: a new text joins an existing fact only where it states
    it, so it cannot change another source's facts by a stray date. Two groups join only when every name
    in one fits every name in the other, so an undated mention cannot chain two different agreements."""
    parent = list(range(len(cands)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_key: dict[tuple, list[int]] = {}
    for i, c in enumerate(cands):
        by_key.setdefault(c["key"], []).append(i)
    members = {i: [c] for i, c in enumerate(cands)}

    def join(ri: int, rj: int) -> None:
        parent[ri] = rj
        members[rj] += members.pop(ri)

    def names_fit(ri: int, rj: int) -> bool:
        return all(same_instrument(instrument_name(a), instrument_name(b)) for a in members[ri] for b in members[rj])

    for indices in by_key.values():
        for n, i in enumerate(indices):
            for j in indices[:n]:
                ri, rj = find(i), find(j)
                if (
                    ri != rj
                    and one_text(cands[i], cands[j], group_of)
                    and same_fact(cands[j], cands[i], group_of)
                    and names_fit(ri, rj)
                ):
                    join(ri, rj)
    for indices in by_key.values():
        for n, i in enumerate(indices):
            for j in indices[:n]:
                ri, rj = find(i), find(j)
                if ri != rj and corroborates(members[ri], members[rj], group_of) and names_fit(ri, rj):
                    join(ri, rj)
    clusters: dict[int, list[dict]] = {}
    for i, c in enumerate(cands):
        clusters.setdefault(find(i), []).append(c)
    return list(clusters.values())


def _merge(members: list[dict], distinct: bool = False) -> tuple[dict, list[dict], list[dict]]:
    """One fact from its candidates. `distinct`: another fact has the same fields (two unnamed, undated
    agreements with Iran), so the id also hashes this fact's first quote and its source. An unnamed,
    undated agreement always does: it never joins a mention in another text, so its id must not depend
    on whether another text happens to mention a deal between the same states."""
    first = members[0]
    fact_type = first["fact_type"]
    fields = dict(first["fields"])
    for m in members[1:]:
        for k, v in m["fields"].items():
            if fields.get(k) is None and v is not None and k not in DATE_KEYS:
                fields[k] = v
    dated = [m["fields"] for m in members if m["fields"].get("date_edtf")]
    disputed = _disputed_dates(dated)
    fields.update(_combined_date(dated, disputed))
    name_field = fact_types.get(fact_type).name_field
    anonymous = name_field is not None and not fields.get(name_field) and not fields.get("date_edtf")
    fact_id = fact_types.get(fact_type).fact_id(fields, _distinction(first) if distinct or anonymous else None)
    evidence = [
        {
            "evidence_id": f"{fact_id}@{m['source_id']}:{m['char_start']}",
            "fact_id": fact_id,
            "fact_type": fact_type,
            "source_id": m["source_id"],
            "passage_id": m["passage_id"],
            "char_start": m["char_start"],
            "char_end": m["char_end"],
            "quote": m["quote"],
            "rule_id": m["rule_id"],
            "stated_date_edtf": m["stated_date_edtf"],
        }
        for m in members
    ]
    evidence = list({e["evidence_id"]: e for e in reversed(evidence)}.values())[::-1]
    conflicts = []
    if disputed:
        conflict_id = "cfl-" + hashlib.sha256(f"{fact_id}|date_edtf".encode()).hexdigest()[:12]
        values = sorted({m["fields"]["date_edtf"] for m in members if m["fields"].get("date_edtf")})
        for n, value in enumerate(values, start=1):
            m = next(m for m in members if m["fields"].get("date_edtf") == value)
            conflicts.append(
                {
                    "conflict_id": conflict_id,
                    "variant": n,
                    "fact_type": fact_type,
                    "fact_id": fact_id,
                    "field_name": "date_edtf",
                    "value": value,
                    "evidence_id": f"{fact_id}@{m['source_id']}:{m['char_start']}",
                    "source_id": m["source_id"],
                    "basis": "same_passage_group" if not once_only(m) else "same_key",
                }
            )
    sources = {m["source_id"] for m in members}
    fact = {
        "fact_id": fact_id,
        "fact_type": fact_type,
        **fields,
        "n_evidence": len(evidence),
        "n_sources": len(sources),
        "is_corroborated": len(sources) > 1,
        "has_conflict": bool(disputed),
        "curation_status": "extracted",
    }
    return fact, evidence, conflicts


def _distinction(first: dict) -> tuple:
    """What tells apart two facts whose identifying fields are all alike: the source and quote of the
    first mention, and the instrument's name where one sentence names two ('a free trade agreement
    between Turkey and Iran …, in addition to a proposed Pakistan-Turkey Free Trade Agreement')."""
    name = instrument_name(first)
    return (first["source_id"], first["quote"]) + ((name,) if name else ())


def _disputed_dates(dated: list[dict]) -> bool:
    """True when two stated dates cannot both be right (their ranges do not overlap)."""
    return any(not overlap(a, b) for i, a in enumerate(dated) for b in dated[i + 1 :])


def _combined_date(dated: list[dict], disputed: bool) -> dict:
    if not dated:
        return dict.fromkeys(DATE_KEYS)
    if not disputed:
        best = min(dated, key=lambda d: PRECISION_RANK.get(d["date_precision"], 9))
        return {k: best.get(k) for k in DATE_KEYS}
    values = sorted({d["date_edtf"] for d in dated})
    coarsest = max(dated, key=lambda d: PRECISION_RANK.get(d["date_precision"], 9))
    return {
        "date_edtf": "[" + ",".join(values) + "]",
        "date_start": min(d["date_start"] for d in dated),
        "date_end": max(d["date_end"] for d in dated),
        "date_precision": coarsest["date_precision"],
        "date_qualifier": None,
    }
