"""One fact's card on the review page: its fields, its quotes marked in their sentences, its
conflicts and corrections, and the YAML decisions a curator pastes into raw/curation.yaml.

Why apart from `pipeline.commands.review`: the page decides which facts come first and how they are filtered;
a card says everything about one fact. Both escape with `escape`.
"""

from __future__ import annotations

import html
import json

import pandas as pd

from schemas import columns, fact_types
from schemas.base import COMPUTED, DATE_BOUNDS


def escape(value: object) -> str:
    return html.escape("" if value is None else str(value))


def card(
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
    rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(_shown(v))}</td></tr>" for k, v in fields.items())
    rows += (
        f"<tr><th>support</th><td>{fact['n_evidence']} quote(s), {fact['n_sources']} source(s)"
        f"{', corroborated' if fact['is_corroborated'] else ''}</td></tr>"
    )
    quotes = "".join(quote(ev, passages, texts) for ev in evidence)
    out = [
        f'<article class="fact" id="{escape(fid)}" data-fact-id="{escape(fid)}" data-type="{escape(fact["fact_type"])}" '
        f'data-status="{escape(status)}" data-sources="{escape(" ".join(sorted({e["source_id"] for e in evidence})))}">',
        f'<h3><code class="fact-id">{escape(fid)}</code> <span class="type">{escape(fact["fact_type"])}</span> '
        f'<span class="status status-{escape(status)}">{escape(status)}</span> {" ".join(badges)}</h3>',
        f'<table class="fields">{rows}</table>',
        f'<ol class="evidence">{quotes}</ol>',
    ]
    if conflicts:
        items = "".join(
            f"<li>{escape(c['field_name'])} = <b>{escape(c['value'])}</b> ({escape(c['source_id'])}, {escape(c['basis'])})</li>"
            for c in sorted(conflicts, key=lambda c: c["variant"])
        )
        out.append(f'<div class="conflicts"><b>Variants:</b><ul>{items}</ul></div>')
    if corrections:
        items = "".join(
            f"<li>{escape(c['field_name'])}: {escape(_shown(c['extracted_value']))} → "
            f"<b>{escape(_shown(c['curated_value']))}</b> — {escape(c['reason'])} ({escape(c['decided_by'])}, "
            f"{escape(c['decided_on'])})</li>"
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


def quote(ev: dict, passages: pd.DataFrame, texts: dict[str, str]) -> str:
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
        f'<li><p class="where">{escape(ev["source_id"])} · {escape(ev["passage_id"])} · rule {escape(ev["rule_id"])} · '
        f"characters {start}–{end}{warning}</p><blockquote>{escape(text[left:start])}<mark>{escape(text[start:end])}"
        f"</mark>{escape(text[end:right])}</blockquote></li>"
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
        f'<p class="kind">{kind}</p><pre class="yaml" data-action="{kind}">{escape(block)}</pre>'
        for kind, block in (("confirm", confirm), ("reject", reject), ("correct", correct))
    )
    return f'<details class="yaml"><summary>YAML for raw/curation.yaml</summary>{blocks}</details>'


def add_template(sources: list[str]) -> str:
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
        f'<pre class="yaml" data-action="add">{escape(block)}</pre></details>'
    )
