"""The pages of the explorer site (home, fact list, entity, fact and source pages) as HTML text.

Why apart from `pipeline.site.write`: that module decides which files the site has and writes them;
this one is the templates, a pure function of the gathered facts (`pipeline.site.facts`).
"""

from __future__ import annotations

import html
import json

import pandas as pd

from pipeline.site.chart import timeline_spec
from pipeline.site.facts import (
    ENTITY_COLUMNS,
    ENTITY_TYPE_LABEL,
    FACT_TYPE_LABEL,
    entity_order,
    fact_sort_key,
    records,
    slug,
    source_label,
)
from schemas import TABLES
from schemas.base import COMPUTED, FACT_TABLE

TITLE = "Kazakhstan's Foreign Relations"
VEGA_BUNDLE = "assets/vega.js"
CODE_FIELDS = [
    ("iso3", "ISO 3166 alpha-3"),
    ("cow_ccode", "COW state code (ccode)"),
    ("cow_stateabb", "COW state abbreviation"),
    ("cow_ioname", "COW IGO ioname"),
    ("cow_ionum", "COW IGO ionum"),
    ("acronym", "Acronym"),
    ("office", "Office"),
]
ENTITY_LINK_FIELDS = [("parent_id", "Part of"), ("successor_id", "Succeeded by"), ("state_id", "State")]


def e(value: object) -> str:
    """Text for HTML (None as nothing)."""
    return html.escape("" if value is None else str(value))


class Site:
    """Renders the pages; `up` is the path prefix back to the site's root from a page."""

    def __init__(self, data: dict, tables: dict[str, pd.DataFrame]):
        self.facts, self.entities = data["facts"], data["entities"]
        self.facts_of, self.sources = data["facts_of"], data["sources"]
        self.passages = {p["passage_id"]: p for p in records(tables["passages"])}
        self.duplicates = records(tables.get("duplicate_groups"))
        # each source's passages, evidence and repeats, gathered once (not by a scan of all per source)
        self.of_source: dict[str, dict[str, list]] = {}
        for p in self.passages.values():
            self._of(p["source_id"])["passages"].append(p)
        for f in self.facts.values():
            for ev in f["evidence"]:
                self._of(ev["source_id"])["evidence"].append(ev)
        for d in self.duplicates:
            if d["role"] == "repeat":  # a passage id is 'source_id:…' (schemas/core.py)
                self._of(d["passage_id"].partition(":")[0])["repeats"].append(d)

    def _of(self, source_id: str) -> dict[str, list]:
        return self.of_source.setdefault(source_id, {"passages": [], "evidence": [], "repeats": []})

    # --- building blocks ---------------------------------------------------------------------------

    def page(self, title: str, body: str, up: str, chart: bool = False) -> str:
        scripts = f'<script src="{up}assets/site.js"></script>'
        if chart:
            scripts = f'<script src="{up}{VEGA_BUNDLE}"></script><script src="{up}assets/chart.js"></script>' + scripts
        return (
            '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{e(title)} · {e(TITLE)}</title><link rel="stylesheet" href="{up}assets/site.css">'
            f'</head>\n<body>\n<header class="top"><a class="brand" href="{up}index.html">{e(TITLE)}</a>'
            f'<a href="{up}facts.html">All facts</a><a href="{up}index.html#sources">Sources</a></header>\n'
            f"<main>\n{body}\n</main>\n{scripts}\n</body></html>\n"
        )

    def name(self, entity_id: str) -> str:
        entity = self.entities.get(entity_id)
        return entity["name"] if entity and entity.get("name") else entity_id

    def link(self, entity_id: str, up: str) -> str:
        """An entity by name, its id on hover; a link where it has a page."""
        if entity_id in self.facts_of:
            return (
                f'<a class="entity" href="{up}entity/{slug(entity_id)}.html" title="{e(entity_id)}">'
                f"{e(self.name(entity_id))}</a>"
            )
        return f'<span class="entity" title="{e(entity_id)}">{e(self.name(entity_id))}</span>'

    def value(self, value: object, up: str) -> str:
        """A field's value: an entity by name where it is one, else the value as written."""
        return self.link(value, up) if isinstance(value, str) and value in self.entities else e(value)

    def summary(self, fact: dict, up: str) -> str:
        return "".join(self.link(p[1], up) if isinstance(p, tuple) else e(p) for p in fact["summary"])

    def summary_text(self, fact: dict) -> str:
        return "".join(self.name(p[1]) if isinstance(p, tuple) else p for p in fact["summary"])

    def fact_rows(self, fact_ids: list[str], up: str) -> str:
        """Rows of a facts table, with the attributes the filters read."""
        rows = []
        for fact in sorted((self.facts[i] for i in fact_ids), key=fact_sort_key):
            sources = sorted({ev["source_id"] for ev in fact["evidence"]})
            words = " ".join(
                [
                    self.summary_text(fact),
                    fact["fact_id"],
                    *fact["entity_ids"],
                    *(ev["quote"] for ev in fact["evidence"][:1]),
                ]
            ).lower()
            badge = ' <span class="badge conflict">sources disagree</span>' if fact["has_conflict"] else ""
            rows.append(
                f'<tr data-text="{e(words)}" data-type="{fact["fact_type"]}" data-status="{e(fact["curation_status"])}"'
                f' data-source="{e(" ".join(sources))}" data-year="{fact["year"] or ""}">'
                f'<td class="kind">{e(FACT_TYPE_LABEL[fact["fact_type"]])}</td><td>{self.summary(fact, up)}{badge}</td>'
                f"<td>{e(fact.get('date_edtf') or 'undated')}</td>"
                f"<td>{len(fact['evidence'])} quote{'s' if len(fact['evidence']) != 1 else ''}, "
                f"{fact['n_sources']} source{'s' if fact['n_sources'] != 1 else ''}</td>"
                f'<td><a href="{up}fact/{fact["fact_id"]}.html" title="{fact["fact_id"]}">evidence</a></td></tr>'
            )
        return (
            "<table><thead><tr><th>Type</th><th>Fact</th><th>Date (EDTF)</th><th>Support</th><th></th></tr>"
            "</thead><tbody>" + "".join(rows) + "</tbody></table>"
        )

    def chart(self, facts: list[dict], up: str, element: str = "timeline") -> str:
        spec = timeline_spec(facts, up)
        if spec is None:
            return ""
        data = json.dumps(spec, sort_keys=True, ensure_ascii=False).replace("</", "<\\/")
        return (
            f'<div class="chart" id="{element}" role="img" aria-label="Facts per year and type"></div>'
            f'<script type="application/json" data-chart="{element}">{data}</script>'
        )

    # --- pages -------------------------------------------------------------------------------------

    def home(self) -> str:
        facts = list(self.facts.values())
        by_type = {t: sum(f["fact_type"] == t for f in facts) for t in FACT_TABLE}
        kinds: dict[str, int] = {}
        for entity_id in self.facts_of:
            kind = self.entities.get(entity_id, {}).get("entity_type", "other")
            kinds[kind] = kinds.get(kind, 0) + 1
        counts = "".join(f"<li><b>{n}</b>{e(FACT_TYPE_LABEL[t].lower())}s</li>" for t, n in by_type.items())
        counts += "".join(
            f"<li><b>{n}</b>{e(ENTITY_TYPE_LABEL.get(k, k).lower())}s</li>" for k, n in sorted(kinds.items())
        )
        n_quotes = sum(len(f["evidence"]) for f in facts)
        counts += f"<li><b>{len(self.sources)}</b>sources</li><li><b>{n_quotes}</b>quotes</li>"
        undated = sum(f["year"] is None for f in facts if f["fact_type"] != "amount")
        ordered = entity_order(list(self.facts_of), self.entities, self.facts_of)
        items = "".join(
            f'<li data-text="{e((self.name(i) + " " + i + " " + (self.entities.get(i, {}).get("acronym") or "")).lower())}" '
            f'data-etype="{e(self.entities.get(i, {}).get("entity_type", ""))}">{self.link(i, "")} '
            f'<span class="muted">{len(self.facts_of[i])}</span></li>'
            for i in ordered
        )
        types = "".join(f'<option value="{t}">{e(ENTITY_TYPE_LABEL.get(t, t))}</option>' for t in sorted(kinds))
        sources = "".join(
            f'<li><a href="source/{sid}.html" title="{e(sid)}">{e(source_label(s))}</a>'
            f'{" — " + e(s["author"]) if s.get("author") else ""} <span class="muted">'
            f"{sum(any(ev['source_id'] == sid for ev in f['evidence']) for f in facts)} facts</span></li>"
            for sid, s in self.sources.items()
        )
        body = (
            f"<h1>{e(TITLE)}: facts with their evidence</h1>"
            "<p>Memberships, visits, agreements, organisation events and reported figures, extracted by rules "
            "from source texts. Every fact links to the exact words that state it. Hover a name to see its id; "
            "the data (CSV, Parquet, DuckDB) and its dictionary come with this site.</p>"
            f'<ul class="counts">{counts}</ul>'
            f"<h2>Facts per year</h2>{self.chart(facts, '')}"
            f'<p class="muted">By the first year of each fact\'s date; {undated} facts without a date are not drawn. '
            "Click a bar to list its facts.</p>"
            f'<h2 id="entities">States, organisations and people</h2>'
            '<div class="filters"><label>Search names <input type="search" data-filter="q" '
            'placeholder="e.g. Shanghai, CSTO, Putin"></label><label>Type <select data-filter="etype">'
            f'<option value="">all</option>{types}</select></label>'
            f'<span class="muted"><span id="shown">{len(ordered)}</span> shown; the number is their facts</span></div>'
            f'<ul class="entities" data-filterable>{items}</ul>'
            f'<h2 id="sources">Sources</h2><ul>{sources}</ul>'
        )
        return self.page("Home", body, "", chart=True)

    def fact_list(self) -> str:
        def options(values) -> str:
            return "".join(f'<option value="{e(v)}">{e(label)}</option>' for v, label in values)

        years = sorted({f["year"] for f in self.facts.values() if f["year"] is not None})
        statuses = sorted({f["curation_status"] for f in self.facts.values()})
        body = (
            f"<h1>All facts</h1><p>Every fact with its date and support; follow <i>evidence</i> for its quotes. "
            "Filters are kept in the address, so a filtered list can be linked.</p>"
            '<div class="filters"><label>Search <input type="search" data-filter="q" '
            'placeholder="name, id or words of the quote"></label>'
            f'<label>Type <select data-filter="type"><option value="">all</option>'
            f"{options((t, FACT_TYPE_LABEL[t]) for t in FACT_TABLE)}</select></label>"
            f'<label>Source <select data-filter="source"><option value="">all</option>'
            f"{options((sid, source_label(s)) for sid, s in self.sources.items())}</select></label>"
            f'<label>Status <select data-filter="status"><option value="">all</option>'
            f"{options((s, s) for s in statuses)}</select></label>"
            f'<label>Year <select data-filter="year"><option value="">all</option>'
            f"{options((y, y) for y in years)}</select></label>"
            f'<span class="muted"><span id="shown">{len(self.facts)}</span> facts shown</span></div>'
            f"<div data-filterable>{self.fact_rows(list(self.facts), '')}</div>"
        )
        return self.page("All facts", body, "")

    def entity_page(self, entity_id: str) -> str:
        up, entity = "../", self.entities.get(entity_id, {"entity_type": entity_id.split(":")[0]})
        codes = [(label, entity.get(k)) for k, label in CODE_FIELDS if entity.get(k) is not None]
        rows = "".join(f"<tr><th>{e(label)}</th><td>{e(v)}</td></tr>" for label, v in codes)
        rows += "".join(
            f"<tr><th>{e(label)}</th><td>{self.link(entity[k], up)}</td></tr>"
            for k, label in ENTITY_LINK_FIELDS
            if entity.get(k)
        )
        rows += f"<tr><th>Identifier</th><td><code>{e(entity_id)}</code></td></tr>"
        if entity.get("source_note"):
            rows += f"<tr><th>Where the codes come from</th><td>{e(entity['source_note'])}</td></tr>"
        facts = [self.facts[i] for i in self.facts_of[entity_id]]
        chart = self.chart(facts, up)
        sections = []
        for fact_type in FACT_TABLE:
            ids = [f["fact_id"] for f in facts if f["fact_type"] == fact_type]
            if ids:
                sections.append(
                    f"<h2>{e(FACT_TYPE_LABEL[fact_type])}s ({len(ids)})</h2><div>{self.fact_rows(ids, up)}</div>"
                )
        body = (
            f'<h1 title="{e(entity_id)}">{e(self.name(entity_id))}</h1>'
            f'<p class="kind">{e(ENTITY_TYPE_LABEL.get(entity["entity_type"], entity["entity_type"]))} · '
            f'{len(facts)} facts</p><table class="fields">{rows}</table>'
            + (f"<h2>Facts per year</h2>{chart}" if chart else "")
            + "".join(sections)
        )
        return self.page(self.name(entity_id), body, up, chart=True)

    def fact_page(self, fact_id: str) -> str:
        up, fact = "../", self.facts[fact_id]
        model_columns = TABLES[FACT_TABLE[fact["fact_type"]]].to_schema().columns
        entity_columns = set(ENTITY_COLUMNS[fact["fact_type"]])
        rows = []
        for column in model_columns:
            if column == "fact_id" or column in COMPUTED or fact.get(column) is None:
                continue
            shown = self.link(fact[column], up) if column in entity_columns else e(fact[column])
            rows.append(f"<tr><th>{e(column)}</th><td>{shown}</td></tr>")
        if fact["parties"]:
            rows.append(
                "<tr><th>parties</th><td>" + ", ".join(self.link(p, up) for p in fact["parties"]) + "</td></tr>"
            )
        support = (
            f"{fact['n_evidence']} quote(s) from {fact['n_sources']} source(s)"
            f"{'; corroborated' if fact['is_corroborated'] else ''}"
        )
        rows += [
            f"<tr><th>date</th><td>{e(fact.get('date_edtf') or 'undated')}"
            f"{' (' + e(fact['date_start']) + ' to ' + e(fact['date_end']) + ')' if fact.get('date_start') else ''}"
            "</td></tr>",
            f"<tr><th>support</th><td>{e(support)}</td></tr>",
            f"<tr><th>curation status</th><td>{e(fact['curation_status'])}</td></tr>",
            f"<tr><th>fact_id</th><td><code>{e(fact_id)}</code></td></tr>",
        ]
        quotes = "".join(self.quote(ev, up) for ev in fact["evidence"])
        parts = [
            f'<h1 title="{e(fact_id)}">{self.summary(fact, up)}</h1>',
            f'<p class="kind">{e(FACT_TYPE_LABEL[fact["fact_type"]])}</p>',
            f'<table class="fields">{"".join(rows)}</table>',
        ]
        if fact["conflicts"]:
            items = "".join(
                f"<tr><td>{e(c['field_name'])}</td><td><b>{self.value(c['value'], up)}</b></td>"
                f"<td>{e(source_label(self.sources.get(c['source_id'], {'file_path': c['source_id']})))}"
                f"</td><td>{e(c['basis'].replace('_', ' '))}</td></tr>"
                for c in fact["conflicts"]
            )
            parts.append(
                "<h2>Where the sources or repeats disagree</h2><table><thead><tr><th>Field</th><th>Value</th>"
                f"<th>Source</th><th>Basis</th></tr></thead><tbody>{items}</tbody></table>"
            )
        if fact["corrections"]:
            items = "".join(
                f"<li>{e(c['field_name'])}: {self.value(c['extracted_value'], up)} → "
                f"<b>{self.value(c['curated_value'], up)}</b>"
                f" — {e(c['reason'])} ({e(c['decided_by'])}, {e(c['decided_on'])})</li>"
                for c in fact["corrections"]
            )
            parts.append(f"<h2>Corrected by curators</h2><ul>{items}</ul>")
        parts.append(f"<h2>Evidence ({len(fact['evidence'])})</h2>{quotes}")
        return self.page(self.summary_text(fact), "\n".join(parts), up)

    def quote(self, ev: dict, up: str) -> str:
        """A quote marked in its paragraph (the sentence's parent passage), with where it comes from."""
        sentence = self.passages.get(ev["passage_id"], {})
        paragraph = self.passages.get(sentence.get("parent_passage_id"), sentence)
        start, end = ev["char_start"], ev["char_end"]
        if paragraph and paragraph["char_start"] <= start and end <= paragraph["char_end"]:
            text, offset = paragraph["text"], paragraph["char_start"]
        else:
            text, offset = ev["quote"], start
        source = self.sources.get(ev["source_id"], {"file_path": ev["source_id"]})
        stated = f" · states the date {e(ev['stated_date_edtf'])}" if ev.get("stated_date_edtf") else ""
        return (
            f'<p class="muted"><a href="{up}source/{ev["source_id"]}.html#{e(ev["passage_id"])}" '
            f'title="{e(ev["source_id"])}">{e(source_label(source))}</a> · <span title="{e(ev["passage_id"])}">'
            f"characters {start}–{end}</span> · rule <code>{e(ev['rule_id'])}</code>{stated}</p>"
            f"<blockquote>{e(text[: start - offset])}<mark>{e(text[start - offset : end - offset])}</mark>"
            f"{e(text[end - offset :])}</blockquote>"
        )

    def source_page(self, source_id: str) -> str:
        up, source, own = "../", self.sources[source_id], self._of(source_id)
        evidence = own["evidence"]
        repeats = {d["passage_id"]: d["group_id"].split("-", 1)[1] for d in own["repeats"]}
        sentences = sorted((p for p in own["passages"] if p["kind"] == "sentence"), key=lambda p: p["char_start"])
        paragraphs = sorted((p for p in own["passages"] if p["kind"] == "paragraph"), key=lambda p: p["char_start"])
        blocks = [
            self.paragraph(
                p,
                [s for s in sentences if p["char_start"] <= s["char_start"] < p["char_end"]],
                [ev for ev in evidence if p["char_start"] <= ev["char_start"] < p["char_end"]],
                repeats,
                up,
            )
            for p in paragraphs
        ]
        record = [
            (k, source.get(k))
            for k in ("author", "publisher", "venue", "year", "attribution", "rights", "metadata_basis")
        ]
        rows = "".join(f"<tr><th>{e(k.replace('_', ' '))}</th><td>{e(v)}</td></tr>" for k, v in record if v)
        if source.get("url"):
            rows += f"<tr><th>published at</th><td>{e(source['url'])}</td></tr>"
        body = (
            f'<h1 title="{e(source_id)}">{e(source_label(source))}</h1><table class="fields">{rows}</table>'
            f"<p>{len({ev['fact_id'] for ev in evidence})} facts from {len(evidence)} quotes are "
            "<mark>marked</mark>; click one for the fact. Sentences that repeat an earlier one are "
            '<span class="repeat">struck through</span> (their facts are merged with the first statement).</p>'
            f'<div class="reading">{"".join(blocks)}</div>'
        )
        return self.page(source_label(source), body, up)

    def paragraph(self, paragraph: dict, sentences: list[dict], evidence: list[dict], repeats: dict, up: str) -> str:
        """A paragraph with its quotes marked (each marked stretch links to a fact stated there) and its
        repeated sentences struck through; anchors at every sentence for links from fact pages."""
        text, base = paragraph["text"], paragraph["char_start"]
        marks = {0, len(text)}
        for s in sentences:
            marks |= {s["char_start"] - base, s["char_end"] - base}
        for ev in evidence:
            marks |= {ev["char_start"] - base, ev["char_end"] - base}
        cuts = sorted(c for c in marks if 0 <= c <= len(text))
        starts = {s["char_start"] - base: s for s in sentences}
        out = []
        for a, b in zip(cuts, cuts[1:]):
            if a in starts:
                pid = starts[a]["passage_id"]
                out.append(f'<span id="{e(pid)}"></span>')
                if pid in repeats:
                    out.append(
                        f'<a class="repeat-note" href="#{e(repeats[pid])}" title="repeats {e(repeats[pid])}">'
                        "repeat ↑</a>"
                    )
            sentence = next((s for s in sentences if s["char_start"] - base <= a < s["char_end"] - base), None)
            piece = e(text[a:b])
            if sentence and sentence["passage_id"] in repeats:
                piece = f'<span class="repeat">{piece}</span>'
            covering = sorted(
                {ev["fact_id"] for ev in evidence if ev["char_start"] - base <= a and b <= ev["char_end"] - base}
            )
            if covering:
                names = "; ".join(self.summary_text(self.facts[i]) for i in covering)
                piece = f'<mark title="{e(names)}"><a href="{up}fact/{covering[0]}.html">{piece}</a></mark>'
            out.append(piece)
        tag = "h3" if paragraph.get("is_heading") else "p"
        facts = sorted({ev["fact_id"] for ev in evidence}, key=lambda i: fact_sort_key(self.facts[i]))
        listed = ""
        if facts:
            listed = (
                '<p class="in-paragraph">Facts here: '
                + "; ".join(
                    f'<a href="{up}fact/{i}.html" title="{i}">{e(self.summary_text(self.facts[i]))}</a>' for i in facts
                )
                + "</p>"
            )
        return f'<{tag} id="{e(paragraph["passage_id"])}">{"".join(out)}</{tag}>{listed}'
