"""Score extracted facts against the blind reference annotation of the evaluation corpus (`dev`, `test`).

Why a second scorer: the seed gold (`tests/gold/facts.yaml`, scored by `pipeline.evaluation.seeds`) was written
by the people who wrote the rules, one entry per fact and source. The evaluation corpus
(`raw/evaluation/`) is annotated blind under the codebook `raw/evaluation/BRIEF.md`, one item per
occurrence, in two tiers. Its figures are the honest ones; `split.yaml` says which texts are `dev`
(read while writing rules) and which are `test` (never read: report only).

What is compared, per fact type and source (as in the seed scorer, the extracted side is one item
per fact, source and year its quotes there state, a quote that states no year one undated item; see
`pipeline.evaluation.seeds._extracted_records`):

- key fields: membership (state, organization, role, year), visit (visitor_state, host_state, year),
  agreement (kind, year, parties: the gold's are a subset of the extracted ones), organization_event
  (organization, event, year), amount (kind, value within 1e-6, year). year = first year of the EDTF date.
- recall = share of the distinct `core` gold keys that some extracted item agrees with;
  precision = share of extracted items that agree with some gold key, `core` or `extra`.
  Several occurrences of one fact (one key) count once: the pipeline merges repeats into one fact.
- The conventions let a chair or a host be a membership role or an organisation event: a membership
  `chair` agrees with an event `chaired` of the same state, organisation and year, and `host` with
  `summit_hosted`, in both directions.
- Entities the dictionaries lack are written `new:<Name>` in the gold; the pipeline's provisional
  entities (`entities.in_dictionary` false) are compared by their normalised name, and a gold name the
  dictionaries do know (as a name or alias) counts as that entity.
- Labels the codebook spells differently from the schema are mapped (`Evaluation.labels`), and the
  equivalent senses come from `Evaluation.equivalent` (both in `schemas/fact_types.py`).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd
import yaml

from pipeline.errors import InputError
from pipeline.evaluation import anatomy
from pipeline.evaluation.seeds import (
    _agrees,
    _extracted_records,
    _f1,
    _field_scores,
    _first_year,
    _fmt,
    _none,
    _ratio,
    _round,
    evaluation_of,
)
from schemas import entity_columns, fact_types

SPLIT_FILE = "raw/evaluation/split.yaml"
GOLD_DIR = "raw/evaluation/gold"
SECOND_DIR = "raw/evaluation/second"
"""A second blind annotation of the same texts, by other annotators under the same brief: scored against the
first (`pipeline.evaluation.annotators`) it says how far two careful readers agree, the ceiling a coder can be
measured to."""
WORD = re.compile(r"[a-z0-9]+")


def norm_name(name: str) -> str:
    """Compare names of entities without case, punctuation, diacritics or a leading article: an annotator who types
    'new:Viktor Orban' means the dictionary's 'Viktor Orbán' (and 'Erdoğan' must not split at its 'ğ')."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = WORD.findall(folded.lower())
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def load_split(root: Path) -> dict[str, list[str]]:
    """`split.yaml`: role (seeds, dev, test) -> source ids."""
    path = root / SPLIT_FILE
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {role: list(data.get(role) or []) for role in ("seeds", "dev", "test")}


def load_gold(root: Path, texts: dict[str, str], folder: str = GOLD_DIR) -> list[dict]:
    """Every item of every gold file in `folder`, with its source id, checked: type, fields and its quote at
    its offsets in the source's text (`texts`: source id -> decoded text)."""
    items = []
    for path in sorted((root / folder).glob("*.yaml")):
        where = f"{folder}/{path.name}"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise InputError(f"{where}{f':{mark.line + 1}' if mark else ''}: not valid YAML. Fix the syntax.") from exc
        source_id = data.get("source_id") if isinstance(data, dict) else None
        if source_id not in texts:
            raise InputError(f"{where}: source_id {source_id!r} is not a source of the evaluation build.")
        text = texts[source_id]
        for n, item in enumerate(data.get("items") or [], start=1):
            at = f"{where}: item {n}"
            if item.get("type") not in fact_types.names():
                raise InputError(f"{at}: unknown type {item.get('type')!r}.")
            start, end, quote = item.get("start"), item.get("end"), item.get("quote")
            if not (isinstance(start, int) and isinstance(end, int)) or text[start:end] != quote:
                raise InputError(f"{at}: the quote is not at offsets {start}-{end} of {source_id}.")
            if item.get("tier") not in ("core", "extra"):
                raise InputError(f"{at}: tier must be core or extra.")
            items.append({**item, "source_id": source_id})
    return items


class Names:
    """Resolve `new:<Name>` in the gold and provisional entities in the output to one comparable id."""

    def __init__(self, entities: pd.DataFrame, aliases: dict[str, str]):
        self.aliases = aliases  # normalised name or alias -> dictionary entity id
        provisional = entities
        if "in_dictionary" in entities.columns:
            provisional = entities[entities["in_dictionary"].astype("boolean").fillna(True) == False]  # noqa: E712
        else:
            provisional = entities.iloc[0:0]
        self.provisional = {
            eid: self.gold(f"new:{name}") for eid, name in zip(provisional["entity_id"], provisional["name"])
        }

    def gold(self, value):
        value = _none(value)
        if isinstance(value, str) and value.startswith("new:"):
            key = norm_name(value[4:])
            return self.aliases.get(key, f"new:{key}")
        return value

    def extracted(self, value):
        value = _none(value)
        return self.provisional.get(value, value)


def _entity_fields(fact_type: str) -> set[str]:
    """Scored fields that hold an entity id: compared through `Names`."""
    declared = fact_types.get(fact_type)
    refs = set(entity_columns(declared.table))
    return {scored for scored, column in declared.evaluation.columns.items() if column in refs}


def _gold_record(item: dict, names: Names) -> dict:
    """A gold item as the scorers compare it: the scored fields (codebook labels mapped to the
    schema's, `new:` names resolved), year and list field."""
    fact_type = item["type"]
    declared = fact_types.get(fact_type)
    entity_fields = _entity_fields(fact_type)
    rec = {"type": fact_type, "source_id": item["source_id"], "tier": item["tier"], "item": item}
    for scored in declared.evaluation.columns:
        value = _none(item.get(scored))
        value = declared.evaluation.labels.get(scored, {}).get(value, value)
        rec[scored] = names.gold(value) if scored in entity_fields else value
    rec["year"] = _first_year(item.get(declared.evaluation.corpus_year))
    if declared.list_field:
        rec[declared.list_field.name] = sorted({names.gold(p) for p in item.get(declared.list_field.name) or []})
    return rec


def _extracted(tables: dict[str, pd.DataFrame], sources: set[str], names: Names) -> list[dict]:
    records = _extracted_records(tables, sources, undated_quotes=True)
    for rec in records:
        for f in _entity_fields(rec["type"]):
            rec[f] = names.extracted(rec[f])
        listed = fact_types.get(rec["type"]).list_field
        if listed:
            rec[listed.name] = sorted({names.extracted(p) for p in rec[listed.name]})
    return records


def _sense_field(fact_type: str) -> str | None:
    """The scored field that holds the type's sense (membership `role`, organisation event `event`)."""
    declared = fact_types.get(fact_type)
    return next((f for f, c in declared.evaluation.columns.items() if c == declared.sense), None)


def _equivalents() -> list[tuple[str, str, str, str]]:
    """(type, sense, other type, its sense) that the codebook lets stand for one fact
    (`Evaluation.equivalent`: a membership `chair` is an organisation event `chaired`)."""
    return [
        (t.name, sense, other, other_sense)
        for t in fact_types.all_types()
        for sense, (other, other_sense) in t.evaluation.equivalent.items()
    ]


def _as_other_type(rec: dict) -> dict | None:
    """The same fact under the other spelling the conventions allow (see `_equivalents`)."""
    for m_type, role, e_type, event in _equivalents():
        m_field, e_field = _sense_field(m_type), _sense_field(e_type)
        if rec["type"] == m_type and rec.get(m_field) == role:
            return {**rec, "type": e_type, e_field: event}
        if rec["type"] == e_type and rec.get(e_field) == event:
            return {**rec, "type": m_type, m_field: role}
    return None


def _agree(gold: dict, ext: dict) -> bool:
    for g in (gold, _as_other_type(gold)):
        if (
            g is not None
            and g["type"] == ext["type"]
            and g["source_id"] == ext["source_id"]
            and all(_agrees(g["type"], k, g.get(k), ext.get(k)) for k in evaluation_of(g["type"]).key)
        ):
            return True
    return False


def score(gold_items: list[dict], tables: dict[str, pd.DataFrame], sources: list[str], names: Names) -> dict:
    """Precision, recall and F1 per type, per field and overall for the given sources."""
    wanted = set(sources)
    gold = [_gold_record(i, names) for i in gold_items if i["source_id"] in wanted]
    extracted = _extracted(tables, wanted, names)
    by_type, by_field, missed, unmatched = {}, {}, [], []
    totals = {"n_gold": 0, "n_extracted": 0, "n_matched_gold": 0, "n_matched_extracted": 0}
    for fact_type in fact_types.names():
        core = _distinct([g for g in gold if g["type"] == fact_type and g["tier"] == "core"], fact_type)
        every = [g for g in gold if g["type"] == fact_type or (_as_other_type(g) or {}).get("type") == fact_type]
        ext = [e for e in extracted if e["type"] == fact_type]
        found = [g for g in core if any(_agree(g, e) for e in extracted)]
        right = [e for e in ext if any(_agree(g, e) for g in every)]
        precision, recall = _ratio(len(right), len(ext)), _ratio(len(found), len(core))
        by_type[fact_type] = {
            "precision": precision,
            "recall": recall,
            "f1": _f1(precision, recall),
            "n_gold": len(core),
            "n_extracted": len(ext),
            "n_matched_gold": len(found),
            "n_matched_extracted": len(right),
        }
        by_field[fact_type] = _field_scores(fact_type, core, ext)
        missed += [g for g in core if g not in found]
        unmatched += [e for e in ext if e not in right]
        for k in totals:
            totals[k] += by_type[fact_type][k]
    precision = _ratio(totals["n_matched_extracted"], totals["n_extracted"])
    recall = _ratio(totals["n_matched_gold"], totals["n_gold"])
    return _round(
        {
            "sources": sorted(wanted),
            "overall": {**totals, "precision": precision, "recall": recall, "f1": _f1(precision, recall)},
            "by_type": by_type,
            "by_field": by_field,
            "misses": [_report(g) for g in missed],
            "false_positives": [dict(e) for e in unmatched],
            "anatomy": anatomy.count(
                gold, extracted, missed, unmatched, anatomy.spans_by_fact(tables["evidence"], wanted)
            ),
        }
    )


def _distinct(records: list[dict], fact_type: str) -> list[dict]:
    """One record per source and key: repeats of a fact are one fact to find."""
    seen, out = set(), []
    for r in records:
        key = (r["source_id"],) + tuple(repr(r.get(k)) for k in evaluation_of(fact_type).key)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _report(g: dict) -> dict:
    item = g["item"]
    return {
        "type": g["type"],
        "source_id": g["source_id"],
        "quote": item["quote"],
        "start": item["start"],
        **{k: g.get(k) for k in evaluation_of(g["type"]).key},
    }


def columns_text(report: dict) -> str:
    """Three columns side by side, per type and per field: seeds (in-sample), dev, test."""
    roles = [("seeds", report)] + [(r, report[r]) for r in ("dev", "test") if r in report]
    lines = [
        "seeds are in-sample (the texts the rules were written on): a regression guard, not a claim.",
        "dev texts are read while writing rules; test texts never are: report test.",
        "",
        *_block(roles),
    ]
    lines += ["", f"{'type.field (P / R)':<34}" + "".join(f"{name:>24}" for name, _ in roles)]
    for fact_type in fact_types.names():
        for field in evaluation_of(fact_type).fields:
            row = [c["by_field"].get(fact_type, {}).get(field) for _, c in roles]
            lines.append(
                f"{fact_type + '.' + field:<34}"
                + "".join(f"{_fmt(r['precision'])} / {_fmt(r['recall'])}".rjust(24) if r else f"{'-':>24}" for r in row)
            )
    counts = [f"{name}: {c['overall']['n_gold']} gold, {c['overall']['n_extracted']} extracted" for name, c in roles]
    lines += ["", "; ".join(counts)] + _anatomy_text(roles) + _annotators_text(roles)
    if "split" in report:
        lines.append(
            "split (raw/evaluation/split.yaml): "
            + "; ".join(f"{role}: {', '.join(ids)}" for role, ids in report["split"].items())
        )
    return "\n".join(lines)


def _anatomy_text(roles: list) -> list[str]:
    """The missed gold keys and the unmatched facts counted by what went wrong (`pipeline.evaluation.anatomy`),
    one column per role that has them: counts only, so the test column names no fact."""
    measured = [(name, c["anatomy"]) for name, c in roles if "anatomy" in c]
    lines = []
    for part, head in (("missed", "gold keys missed"), ("unmatched", "extracted facts matching no gold key")):
        rows = sorted({(t, fam) for _, a in measured for t, fams in a[part].items() for fam in fams})
        lines += ["", f"{head + ', by what went wrong':<58}" + "".join(f"{name:>8}" for name, _ in measured)]
        lines += [
            f"{t + ': ' + fam:<58}" + "".join(f"{a[part].get(t, {}).get(fam, 0):>8}" for _, a in measured)
            for t, fam in rows
        ]
    return lines


def _annotators_text(roles: list) -> list[str]:
    """The agreement of two blind annotators beside the coder's columns (the ceiling the coder is measured to),
    then the coder scored against the second annotation instead of the first."""
    measured = [(name, c["annotators"]) for name, c in roles if c.get("annotators", {}).get("sources")]
    if not measured:
        return []
    lines = ["", "two blind annotators (the second annotation, raw/evaluation/second/, scored against the first):"]
    lines += _block(measured)
    lines.append("; ".join(f"{name}: {len(a['sources'])} texts" for name, a in measured))
    against = [(name, c["against_second"]) for name, c in roles if c.get("against_second")]
    if against:
        lines += ["", "the extracted facts scored against the second annotation instead of the first:"]
        lines += _block(against)
    return lines


def _cell(r: dict | None) -> str:
    if not r:
        return f"{'-':>24}"
    return f"{_fmt(r.get('precision'))} / {_fmt(r.get('recall'))} / {_fmt(r.get('f1'))}".rjust(24)


def _block(columns: list) -> list[str]:
    """A head line and one line per type and overall, one P / R / F1 cell per column."""
    lines = [f"{'':<34}" + "".join(f"{name + ' P / R / F1':>24}" for name, _ in columns)]
    for fact_type in fact_types.names() + ["overall"]:
        figures = [a["overall"] if fact_type == "overall" else a["by_type"].get(fact_type) for _, a in columns]
        lines.append(f"{fact_type:<34}" + "".join(_cell(f) for f in figures))
    return lines
