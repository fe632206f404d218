"""`kzfp review`: one self-contained HTML page for curators, the facts that most need a look first.

Why: curators decide on facts in raw/curation.yaml without reading code or CSVs. The page lists every
published fact with its sentence (the quote marked in context), its fields, its curation status and
ready-to-paste YAML entries (confirm, reject, correct). Order: facts with conflicts, then facts with a
single quote from a single source, then facts from the rules curators corrected most (corrections
counted by the evidence's rule_id), then the rest; within each group facts nobody decided on yet come
first. Filters by fact type, source and status are plain inline JavaScript over data attributes (no
network, no external files); the page opens with a filter from its address, e.g. review.html#type=visit.

`render` is pure (tables and raw texts in, HTML out); the command reads the published package and
the raw texts and writes build/review.html.
"""

from __future__ import annotations

from pathlib import Path

import click
import pandas as pd

from pipeline.commands.review_assets import CSS, JS
from pipeline.commands.review_cards import add_template, card, escape, quote
from schemas import fact_types

GROUPS = [
    (
        "conflicts",
        "Facts with conflicts",
        "Repeats or sources disagree on a field: decide which variant is right (correct) or confirm the set.",
    ),
    (
        "low_support",
        "Facts with one quote from one source",
        "Nothing corroborates these: check the sentence says what the fields say.",
    ),
    (
        "corrected_rules",
        "Facts from rules curators corrected before",
        "These rules have made mistakes already (corrections counted by evidence rule_id).",
    ),
    ("rest", "Other facts", "Corroborated facts without conflicts."),
]
STATUS_ORDER = {"extracted": 0, "corrected": 1, "added": 2, "confirmed": 3}


def facts_in_order(tables: dict[str, pd.DataFrame]) -> list[dict]:
    """Every published fact as a dict (with fact_type, group, rule score), in review order."""
    evidence = tables["evidence"]
    rules_of = evidence.groupby("fact_id")["rule_id"].agg(lambda r: sorted(set(r))).to_dict()
    corrections = tables.get("corrections", pd.DataFrame(columns=["fact_id"]))
    # facts corrected per rule: a correction of date_edtf that also moves its bounds counts once
    per_rule = (
        corrections.merge(evidence[["fact_id", "rule_id"]].drop_duplicates(), on="fact_id")
        .groupby("rule_id")["fact_id"]
        .nunique()
        .to_dict()
    )
    facts = []
    for fact_type, name in ((t.name, t.table) for t in fact_types.all_types()):
        if name not in tables:
            continue
        for rec in tables[name].to_dict("records"):
            rec = {k: (None if not isinstance(v, (list, tuple)) and pd.isna(v) else v) for k, v in rec.items()}
            score = max((per_rule.get(r, 0) for r in rules_of.get(rec["fact_id"], [])), default=0)
            if rec["has_conflict"]:
                group = "conflicts"
            elif rec["n_evidence"] == 1 and rec["n_sources"] == 1:
                group = "low_support"
            elif score > 0:
                group = "corrected_rules"
            else:
                group = "rest"
            facts.append(
                {
                    **rec,
                    "fact_type": fact_type,
                    "group": group,
                    "rule_score": score,
                    "rules": rules_of.get(rec["fact_id"], []),
                }
            )
    rank = {g: i for i, (g, _, _) in enumerate(GROUPS)}
    return sorted(
        facts,
        key=lambda f: (
            rank[f["group"]],
            STATUS_ORDER.get(f["curation_status"], 9),
            -f["rule_score"],
            f["fact_type"],
            f["fact_id"],
        ),
    )


def render(tables: dict[str, pd.DataFrame], texts: dict[str, str], title: str = "") -> str:
    """The review page for the published tables; `texts` are the raw texts by source_id."""
    facts = facts_in_order(tables)
    evidence = tables["evidence"].sort_values(["fact_id", "source_id", "char_start"])
    evidence_of = {k: g.to_dict("records") for k, g in evidence.groupby("fact_id")}
    passages = tables["passages"].set_index("passage_id")
    listed_of = _list_values(tables)
    conflicts_of = {
        k: g.to_dict("records")
        for k, g in tables.get("conflicts", pd.DataFrame(columns=["fact_id"])).groupby("fact_id")
    }
    corrections_of = {
        k: g.to_dict("records")
        for k, g in tables.get("corrections", pd.DataFrame(columns=["fact_id"])).groupby("fact_id")
    }
    sources = sorted(texts)
    statuses = ["extracted", "confirmed", "corrected", "added", "rejected"]
    body = [
        f"<header><h1>Review the facts{' — ' + escape(title) if title else ''}</h1>",
        "<p>Facts that most need a look come first. Write decisions into <code>raw/curation.yaml</code> "
        "(paste an entry under <code>decisions:</code>, fill in <code>by</code>, <code>on</code> and a "
        "reason) and rebuild with <code>make build</code>.</p>",
        _counts(facts, tables),
        _filters(sorted(fact_types.names()), sources, statuses),
        "</header>",
        add_template(sources),
        _provisional(tables),
    ]
    for group, heading, note in GROUPS:
        members = [f for f in facts if f["group"] == group]
        body.append(
            f'<section class="group" id="{group}"><h2>{escape(heading)} (<span class="n">{len(members)}'
            f'</span>)</h2><p class="note">{escape(note)}</p>'
        )
        for fact in members:
            body.append(
                card(
                    fact,
                    evidence_of.get(fact["fact_id"], []),
                    passages,
                    texts,
                    listed_of.get(fact["fact_id"]),
                    conflicts_of.get(fact["fact_id"], []),
                    corrections_of.get(fact["fact_id"], []),
                )
            )
        body.append("</section>")
    body.append(_rejected(tables.get("rejected_facts"), passages, texts))
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Review: Kazakhstan's foreign relations facts</title><style>{CSS}</style></head>\n<body>\n"
        + "\n".join(body)
        + f"\n<script>{JS}</script>\n</body></html>\n"
    )


def _counts(facts: list[dict], tables: dict[str, pd.DataFrame]) -> str:
    by_status: dict[str, int] = {}
    for f in facts:
        by_status[f["curation_status"]] = by_status.get(f["curation_status"], 0) + 1
    rejected = len(tables["rejected_facts"]) if "rejected_facts" in tables else 0
    parts = ", ".join(f"{s} {by_status.get(s, 0)}" for s in ("extracted", "confirmed", "corrected", "added"))
    return (
        f'<p class="counts">{len(facts)} facts: {parts}; rejected {rejected}. '
        f'Cards shown: <span id="shown">{len(facts) + rejected}</span>.</p>'
    )


def _list_values(tables: dict[str, pd.DataFrame]) -> dict[str, list]:
    """fact_id -> the sorted values of its type's list field (an agreement's parties)."""
    out: dict[str, list] = {}
    for fact_type in fact_types.all_types():
        listed = fact_type.list_field
        if listed and listed.table in tables:
            out.update(tables[listed.table].groupby("fact_id")[listed.column].agg(sorted).to_dict())
    return out


def _filters(types: list[str], sources: list[str], statuses: list[str]) -> str:
    def select(name: str, label: str, values: list[str]) -> str:
        options = "".join(f'<option value="{escape(v)}">{escape(v)}</option>' for v in values)
        return (
            f'<label>{label} <select id="filter-{name}" data-filter="{name}">'
            f'<option value="">all</option>{options}</select></label>'
        )

    return (
        '<form id="filters" onsubmit="return false">'
        + select("type", "Fact type", types)
        + select("source", "Source", sources)
        + select("status", "Status", statuses)
        + "</form>"
    )


def _provisional(tables: dict[str, pd.DataFrame]) -> str:
    """The organisations the recogniser found and the dictionaries lack, that facts use: first, with the row to
    paste into raw/dictionaries/organizations.csv (give it a proper id, acronym and codes)."""
    entities = tables.get("entities")
    if entities is None or "in_dictionary" not in entities.columns:
        return ""
    used = set()
    for name in list(fact_types.tables()):
        frame = tables.get(name)
        if frame is not None:
            for column in (c for c in frame.columns if c.endswith("_id") and c != "fact_id"):
                used.update(frame[column].dropna())
    rows = entities[(entities["in_dictionary"].astype("boolean") == False) & entities["entity_id"].isin(used)]  # noqa: E712
    out = [
        f'<section class="group" id="provisional"><h2>Entities not in the dictionaries (<span class="n">'
        f'{len(rows)}</span>)</h2><p class="note">Facts already use these provisional ids; add each to '
        "<code>raw/dictionaries/organizations.csv</code> (with an id of your choice and its codes) or leave it "
        "for later.</p><ul>"
    ]
    for entity_id, name in zip(rows["entity_id"], rows["name"]):
        row = f'org:NEW_ID,"{name}",,,,,,"as written in the texts; provisional id {entity_id}"'
        out.append(f"<li><code>{escape(entity_id)}</code> {escape(name)}<pre>{escape(row)}</pre></li>")
    out.append("</ul></section>")
    return "\n".join(out)


def _rejected(rejected: pd.DataFrame | None, passages: pd.DataFrame, texts: dict[str, str]) -> str:
    rows = [] if rejected is None else rejected.sort_values("fact_id").to_dict("records")
    out = [
        f'<section class="group" id="rejected"><h2>Rejected facts (<span class="n">{len(rows)}</span>)</h2>'
        '<p class="note">Out of the tables, on the record in rejected_facts; remove the reject decision to '
        "bring a fact back.</p>"
    ]
    for r in rows:
        out.append(
            f'<article class="fact rejected" id="{escape(r["fact_id"])}" data-fact-id="{escape(r["fact_id"])}" '
            f'data-type="{escape(r["fact_type"])}" data-status="rejected" data-sources="{escape(r["source_id"])}">'
            f'<h3><code class="fact-id">{escape(r["fact_id"])}</code> <span class="type">{escape(r["fact_type"])}'
            f'</span> <span class="status status-rejected">rejected</span></h3>'
            f"<p>{escape(r['reason'])} ({escape(r['decided_by'])}, {escape(r['decided_on'])})</p>"
            f'<ol class="evidence">{quote(r, passages, texts)}</ol></article>'
        )
    out.append("</section>")
    return "\n".join(out)


def texts_of(root: Path) -> dict[str, str]:
    """The decoded raw text of every source (checksums verified), by source_id."""
    from pipeline.stages import s1_ingest as ingest

    _, documents, _ = ingest.build(*ingest.load(root / "raw"))
    return dict(zip(documents["source_id"], documents["text"]))


@click.command("review")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    default=None,
    help="Where to write the page (default build/review.html).",
)
def review_cmd(output: str | None) -> None:
    """Write build/review.html: facts to check first, with quotes and ready-to-paste YAML decisions."""
    from pipeline.errors import InputError
    from pipeline.package.read import read_package
    from pipeline.runner import BUILD, PACKAGE, ROOT

    if not (PACKAGE / "datapackage.json").exists():
        raise InputError("build/current/datapackage.json: not built yet. Run 'make build' first.")
    descriptor, tables = read_package(PACKAGE)
    missing = [t for t in ("evidence", "passages") if t not in tables]
    if missing:
        raise InputError(f"datapackage.json: table(s) {', '.join(missing)} not published yet. Run 'make build'.")
    page = render(tables, texts_of(ROOT), f"{descriptor.get('title', '')} {descriptor.get('version', '')}".strip())
    path = Path(output) if output else BUILD / "review.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    click.echo(f"wrote {path}", err=True)
