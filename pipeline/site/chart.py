"""The explorer's timeline: facts per year and type as a Vega-Lite bar chart, drawn in the browser offline.

Why Vega-Lite (through altair, which writes the spec) with the JavaScript bundle of vl-convert-python:
the bundle (Vega, Vega-Lite and vega-embed, about 0.9 MB) is one classic script the site ships in
assets/, so the chart works from file:// with no network; plotly's equivalent is 4.8 MB. Both are well
kept; measured on this site, Vega-Lite is the smaller by five times. The spec carries its data inline and
no named selections, so it is the same JSON for the same facts (altair numbers selections per process).
"""

from __future__ import annotations

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

    Not validated against the Vega-Lite schema by default (neither the whole spec nor, as altair does
    in its debug mode, each part as it is made): every chart has the same structure with other data,
    validating each costs 50 ms (5 s for the entity pages), and a test validates one."""
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
    with alt.utils.schemapi.debug_mode(validate):  # else every part validates itself as it is made
        return _chart(rows, years, types, highest, height).to_dict(validate=validate)


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
