"""The explorer's timeline: facts per year and type as a Vega-Lite bar chart, drawn in the browser offline.

Why Vega-Lite (through altair, which writes the spec) with the JavaScript bundle of vl-convert-python:
the bundle (Vega, Vega-Lite and vega-embed, about 0.9 MB) is one classic script the site ships in
assets/, so the chart works from file:// with no network; plotly's equivalent is 4.8 MB. Both are well
kept; measured on this site, Vega-Lite is the smaller by five times. The spec carries its data inline and
no named selections, so it is the same JSON for the same facts (altair numbers selections per process).
"""

from __future__ import annotations

import copy
from functools import cache

import altair as alt

CHART_TYPES = ["membership", "visit", "agreement", "organization_event"]
"""Fact types drawn on the timeline (figures are not events)."""
MIN_YEARS = 15
"""The timeline spans at least this many years."""
COLORS = {"membership": "#1f77b4", "visit": "#ff7f0e", "agreement": "#2ca02c", "organization_event": "#9467bd"}


def timeline_rows(facts: list[dict], link_prefix: str) -> list[dict]:
    """One row per (year, fact type) with its count and a link to the facts list filtered to it."""
    counts: dict[tuple[int, str], int] = {}
    for fact in facts:
        if fact["fact_type"] in CHART_TYPES and fact["year"] is not None:
            key = (fact["year"], fact["fact_type"])
            counts[key] = counts.get(key, 0) + 1
    return [
        {
            "year": year,
            "type": fact_type.replace("_", " "),
            "facts": n,
            "link": f"{link_prefix}facts.html#type={fact_type}&year={year}",
        }
        for (year, fact_type), n in sorted(counts.items())
    ]


def timeline_spec(facts: list[dict], link_prefix: str = "", height: int = 220, validate: bool = False) -> dict | None:
    """The Vega-Lite spec of the timeline, or None when no fact of a charted type has a date.

    Not validated against the Vega-Lite schema by default: every chart has the same structure with
    other data (`_template`), validating each costs 50 ms (5 s for the entity pages), and a test
    validates one."""
    rows = timeline_rows(facts, link_prefix)
    if not rows:
        return None
    first, last = min(r["year"] for r in rows), max(r["year"] for r in rows)
    pad = max(0, MIN_YEARS - (last - first + 1))  # a few years of context, not one bar as wide as the page
    years = list(range(first - pad // 2, last + pad - pad // 2 + 1))
    types = [t.replace("_", " ") for t in CHART_TYPES]
    totals: dict[int, int] = {}
    for r in rows:
        totals[r["year"]] = totals.get(r["year"], 0) + r["facts"]
    highest = max(totals.values())  # whole-number ticks: no more ticks than facts in the highest bar
    if validate:
        return _chart(rows, years, types, highest, height).to_dict(validate=True)
    spec = copy.deepcopy(_template(height))
    spec["data"]["values"] = rows
    spec["encoding"]["x"]["scale"]["domain"] = years
    spec["encoding"]["y"]["axis"]["tickCount"] = min(5, highest)
    return spec


@cache
def _template(height: int) -> dict:
    """The spec altair writes for a timeline of `height`, with no data: the charts differ only in their
    rows, their years and their tick count, so each one is this spec with those three filled in (altair
    takes 2 ms a chart, with every part validating itself as it is made; a test checks both agree)."""
    with alt.utils.schemapi.debug_mode(False):
        return _chart([], [0], [t.replace("_", " ") for t in CHART_TYPES], 1, height).to_dict(validate=False)


def _chart(rows: list[dict], years: list[int], types: list[str], highest: int, height: int) -> alt.Chart:
    return (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            x=alt.X("year:O", title=None, scale=alt.Scale(domain=years), axis=alt.Axis(labelAngle=-90)),
            y=alt.Y("facts:Q", title="facts", stack="zero", axis=alt.Axis(format="d", tickCount=min(5, highest))),
            color=alt.Color(
                "type:N",
                title=None,
                scale=alt.Scale(domain=types, range=list(COLORS.values())),
                legend=alt.Legend(orient="top"),
            ),
            order=alt.Order("type:N"),
            tooltip=[alt.Tooltip("year:O"), alt.Tooltip("type:N"), alt.Tooltip("facts:Q")],
            href=alt.Href("link:N"),
        )
        .properties(width="container", height=height)
    )
