"""The explorer site: static HTML pages to browse the data before downloading it (`write_site`).

Why: users of OWID, UCDP or PUDL look before they download. The site has a home page (counts, a
timeline of memberships, visits, agreements and organisation events by year, every entity with
Kazakhstan first, the sources), a searchable and filterable list of every fact, a page per entity
(state, organisation, person, place) with its codes and facts, a page per fact with every quote marked
in its paragraph, and a page per source to read it with its facts marked and its repeats shown. Names
everywhere, ids on hover (the `title` attribute). Static files only: it opens from file:// with no
network and no server. The pages are a pure function of the tables (no clock, sorted everything), so
the same build writes the same bytes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import vl_convert

from pipeline.site.assets import CHART_JS, CSS, JS
from pipeline.site.facts import (
    gather,
    slug,
)
from pipeline.site.pages import VEGA_BUNDLE, Site

ASSETS = {"assets/site.css": CSS, "assets/site.js": JS, "assets/chart.js": CHART_JS}


def write_site(tables: dict[str, pd.DataFrame], out_dir: Path, cache: Path | None = None) -> list[Path]:
    """Write the site into `out_dir` (created if missing); returns the files written, sorted. `cache`:
    a folder to keep the Vega bundle in between builds (see `vega_bundle`)."""
    pages = render_site(tables, cache)
    out_dir = Path(out_dir)
    for rel, text in pages.items():
        (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (out_dir / rel).write_text(text, encoding="utf-8")
    return sorted(out_dir / rel for rel in pages)


def vega_bundle(cache: Path | None = None) -> str:
    """The Vega-Lite JavaScript bundle vl-convert ships. Assembling it costs about 1.6 CPU seconds,
    and it depends on vl-convert's version only, so with a `cache` folder it is kept there per version."""
    if cache is None:
        return vl_convert.javascript_bundle()  # type: ignore[call-arg]
    path = Path(cache) / f"vega-{getattr(vl_convert, '__version__', 'unknown')}.js"
    if path.is_file():
        return path.read_bytes().decode("utf-8")  # bytes: no newline translation
    bundle = vl_convert.javascript_bundle()  # type: ignore[call-arg]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_bytes(bundle.encode("utf-8"))
    tmp.replace(path)
    return bundle


def render_site(tables: dict[str, pd.DataFrame], cache: Path | None = None) -> dict[str, str]:
    """Every file of the site (relative path -> text)."""
    data = gather(tables)
    site = Site(data, tables)
    pages = {"index.html": site.home(), "facts.html": site.fact_list()}
    for entity_id in data["facts_of"]:
        pages[f"entity/{slug(entity_id)}.html"] = site.entity_page(entity_id)
    for fact_id in sorted(data["facts"]):
        pages[f"fact/{fact_id}.html"] = site.fact_page(fact_id)
    for source_id in sorted(data["sources"]):
        pages[f"source/{source_id}.html"] = site.source_page(source_id)
    pages.update(ASSETS)
    # The stub makes `snippet` required; the library's default (vegaEmbed, vegaLite, vega on window) is what we want.
    pages[VEGA_BUNDLE] = vega_bundle(cache)
    return dict(sorted(pages.items()))
