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

import html
import json
from pathlib import Path

import click
import pandas as pd

from schemas import columns, fact_types
from schemas.base import COMPUTED, DATE_BOUNDS

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
        f"<header><h1>Review the facts{' — ' + _e(title) if title else ''}</h1>",
        "<p>Facts that most need a look come first. Write decisions into <code>raw/curation.yaml</code> "
        "(paste an entry under <code>decisions:</code>, fill in <code>by</code>, <code>on</code> and a "
        "reason) and rebuild with <code>make build</code>.</p>",
        _counts(facts, tables),
        _filters(sorted(fact_types.names()), sources, statuses),
        "</header>",
        _add_template(sources),
        _provisional(tables),
    ]
    for group, heading, note in GROUPS:
        members = [f for f in facts if f["group"] == group]
        body.append(
            f'<section class="group" id="{group}"><h2>{_e(heading)} (<span class="n">{len(members)}'
            f'</span>)</h2><p class="note">{_e(note)}</p>'
        )
        for fact in members:
            body.append(
                _card(
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


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


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
        options = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values)
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


def _card(
    fact: dict,
    evidence: list[dict],
    passages: pd.DataFrame,
    texts: dict[str, str],
    listed_values: list[str] | None,
    conflicts: list[dict],
    corrections: list[dict],
) -> str:
    fid, status = fact["fact_id"], fact["curation_status"]
    badges = []
    if fact["has_conflict"]:
        badges.append('<span class="badge conflict">conflict</span>')
    if fact["n_evidence"] == 1 and fact["n_sources"] == 1:
        badges.append('<span class="badge low">one quote, one source</span>')
    if fact["rule_score"]:
        badges.append(f'<span class="badge rule">rule corrected {fact["rule_score"]}×</span>')
    fields = _fields(fact, listed_values)
    rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(_shown(v))}</td></tr>" for k, v in fields.items())
    rows += (
        f"<tr><th>support</th><td>{fact['n_evidence']} quote(s), {fact['n_sources']} source(s)"
        f"{', corroborated' if fact['is_corroborated'] else ''}</td></tr>"
    )
    quotes = "".join(_quote(ev, passages, texts) for ev in evidence)
    out = [
        f'<article class="fact" id="{_e(fid)}" data-fact-id="{_e(fid)}" data-type="{_e(fact["fact_type"])}" '
        f'data-status="{_e(status)}" data-sources="{_e(" ".join(sorted({e["source_id"] for e in evidence})))}">',
        f'<h3><code class="fact-id">{_e(fid)}</code> <span class="type">{_e(fact["fact_type"])}</span> '
        f'<span class="status status-{_e(status)}">{_e(status)}</span> {" ".join(badges)}</h3>',
        f'<table class="fields">{rows}</table>',
        f'<ol class="evidence">{quotes}</ol>',
    ]
    if conflicts:
        items = "".join(
            f"<li>{_e(c['field_name'])} = <b>{_e(c['value'])}</b> ({_e(c['source_id'])}, {_e(c['basis'])})</li>"
            for c in sorted(conflicts, key=lambda c: c["variant"])
        )
        out.append(f'<div class="conflicts"><b>Variants:</b><ul>{items}</ul></div>')
    if corrections:
        items = "".join(
            f"<li>{_e(c['field_name'])}: {_e(_shown(c['extracted_value']))} → "
            f"<b>{_e(_shown(c['curated_value']))}</b> — {_e(c['reason'])} ({_e(c['decided_by'])}, "
            f"{_e(c['decided_on'])})</li>"
            for c in corrections
        )
        out.append(f'<div class="corrections"><b>Corrected:</b><ul>{items}</ul></div>')
    out.append(_templates(fid, fields))
    out.append("</article>")
    return "\n".join(out)


def _fields(fact: dict, listed_values: list[str] | None) -> dict:
    declared = fact_types.get(fact["fact_type"])
    fields = {k: fact.get(k) for k in columns(declared.table) if k not in COMPUTED}
    if declared.list_field:
        fields[declared.list_field.name] = list(listed_values or [])
    return fields


def _shown(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(value) or "—"
    if isinstance(value, float) and value.is_integer():
        return f"{value:,.0f}"
    return str(value)


def _quote(ev: dict, passages: pd.DataFrame, texts: dict[str, str]) -> str:
    text = texts.get(ev["source_id"], "")
    start, end = int(ev["char_start"]), int(ev["char_end"])
    if ev["passage_id"] in passages.index:
        p = passages.loc[ev["passage_id"]]
        left, right = min(int(p["char_start"]), start), max(int(p["char_end"]), end)
    else:
        left, right = max(0, start - 200), min(len(text), end + 200)
    exact = text[start:end] == ev["quote"]
    warning = "" if exact else ' <b class="warning">the quote differs from the raw text</b>'
    return (
        f'<li><p class="where">{_e(ev["source_id"])} · {_e(ev["passage_id"])} · rule {_e(ev["rule_id"])} · '
        f"characters {start}–{end}{warning}</p><blockquote>{_e(text[left:start])}<mark>{_e(text[start:end])}"
        f"</mark>{_e(text[end:right])}</blockquote></li>"
    )


def _yaml(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, list):
        return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def _templates(fact_id: str, fields: dict) -> str:
    head = f"  - fact_id: {fact_id}\n"
    sign = "    by: YOUR NAME\n    on: YYYY-MM-DD\n"
    confirm = head + "    action: confirm\n" + sign
    reject = head + '    action: reject\n    reason: "WHY THE FACT IS WRONG"\n' + sign
    lines = "".join(f"      {k}: {_yaml(v)}\n" for k, v in fields.items() if k not in DATE_BOUNDS)
    correct = (
        head + "    action: correct\n    fields:   # keep only the fields you change (date_start, "
        "date_end, date_precision follow date_edtf)\n" + lines + '    reason: "WHAT WAS WRONG"\n' + sign
    )
    blocks = "".join(
        f'<p class="kind">{kind}</p><pre class="yaml" data-action="{kind}">{_e(block)}</pre>'
        for kind, block in (("confirm", confirm), ("reject", reject), ("correct", correct))
    )
    return f'<details class="yaml"><summary>YAML for raw/curation.yaml</summary>{blocks}</details>'


def _add_template(sources: list[str]) -> str:
    block = (
        f"  - action: add\n    fact_type: membership   # {', '.join(fact_types.names())}\n"
        '    fields:\n      state_id: "state:KAZ"\n      organization_id: "org:UN"\n'
        '      role: member\n      date_edtf: "1992-03-02"\n'
        f"    source: {sources[0] if sources else 'SOURCE_ID'}   # one of: {', '.join(sources)}\n"
        '    quote: "THE EXACT WORDS, AS IN THE RAW TEXT, ONCE, INSIDE ONE SENTENCE"\n'
        "    by: YOUR NAME\n    on: YYYY-MM-DD\n"
    )
    return (
        '<details class="yaml add"><summary>Add a fact the rules missed</summary>'
        f'<pre class="yaml" data-action="add">{_e(block)}</pre></details>'
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
        out.append(f"<li><code>{_e(entity_id)}</code> {_e(name)}<pre>{_e(row)}</pre></li>")
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
            f'<article class="fact rejected" id="{_e(r["fact_id"])}" data-fact-id="{_e(r["fact_id"])}" '
            f'data-type="{_e(r["fact_type"])}" data-status="rejected" data-sources="{_e(r["source_id"])}">'
            f'<h3><code class="fact-id">{_e(r["fact_id"])}</code> <span class="type">{_e(r["fact_type"])}'
            f'</span> <span class="status status-rejected">rejected</span></h3>'
            f"<p>{_e(r['reason'])} ({_e(r['decided_by'])}, {_e(r['decided_on'])})</p>"
            f'<ol class="evidence">{_quote(r, passages, texts)}</ol></article>'
        )
    out.append("</section>")
    return "\n".join(out)


CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:0 1rem 4rem;color:#222}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:.5rem 0;z-index:1}
h1{font-size:1.4rem;margin:.3rem 0}h2{margin-top:2rem;border-bottom:2px solid #444}h3{font-size:1rem;margin:0 0 .4rem}
form label{margin-right:1rem}.note{color:#555}
article.fact{border:1px solid #ddd;border-radius:6px;padding:.6rem .8rem;margin:.8rem 0}
article.fact[hidden]{display:none}
.type{color:#555}.status{padding:0 .4em;border-radius:3px;background:#eee}
.status-confirmed{background:#d7f5d7}.status-corrected{background:#fde9b8}.status-added{background:#d6e8ff}
.status-rejected{background:#f8d0d0}
.badge{font-size:.8em;padding:0 .4em;border-radius:3px;margin-left:.3em}
.conflict{background:#f8d0d0}.low{background:#fde9b8}.rule{background:#e5d9f7}
table.fields{border-collapse:collapse;font-size:.9em}table.fields th{text-align:left;font-weight:normal;
color:#555;padding:0 1rem 0 0;vertical-align:top}
blockquote{margin:.2rem 0 .6rem;padding-left:.6rem;border-left:3px solid #bbb}mark{background:#ffe866}
.where{font-size:.8em;color:#666;margin:.3rem 0 0}.warning{color:#b00}
pre.yaml{background:#f6f6f6;padding:.5rem;overflow-x:auto;user-select:all}.kind{margin:.3rem 0 0;font-weight:bold}
"""

JS = """
(function () {
  var selects = document.querySelectorAll('select[data-filter]');
  function apply() {
    var want = {};
    selects.forEach(function (s) { want[s.dataset.filter] = s.value; });
    var shown = 0;
    document.querySelectorAll('article.fact').forEach(function (a) {
      var ok = (!want.type || a.dataset.type === want.type) &&
               (!want.status || a.dataset.status === want.status) &&
               (!want.source || a.dataset.sources.split(' ').indexOf(want.source) >= 0);
      a.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.querySelectorAll('section.group').forEach(function (s) {
      var n = s.querySelectorAll('article.fact:not([hidden])').length;
      s.querySelector('.n').textContent = n;
      s.hidden = n === 0;
    });
    document.getElementById('shown').textContent = shown;
    var params = new URLSearchParams();
    Object.keys(want).forEach(function (k) { if (want[k]) { params.set(k, want[k]); } });
    var hash = params.toString();
    if (window.history && history.replaceState) {
      history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
    }
  }
  var initial = new URLSearchParams(location.hash.slice(1));
  selects.forEach(function (s) {
    var v = initial.get(s.dataset.filter);
    if (v !== null) { s.value = v; }
    s.addEventListener('change', apply);
  });
  apply();
})();
"""


def texts_of(root: Path) -> dict[str, str]:
    """The decoded raw text of every source (checksums verified), by source_id."""
    from pipeline import ingest

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
    from pipeline.package_io import read_package
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
