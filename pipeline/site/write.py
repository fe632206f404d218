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
import platform
from pathlib import Path

import altair
import pandas as pd
import vl_convert

from pipeline import fingerprint, memo
from pipeline.site.assets import CHART_JS, CSS, JS
from pipeline.site.facts import (
    gather,
    slug,
)
from pipeline.site.pages import VEGA_BUNDLE, Site

ASSETS = {"assets/site.css": CSS, "assets/site.js": JS, "assets/chart.js": CHART_JS}
CODE_ROOT = Path(__file__).resolve().parents[2]
VL_CONVERT = getattr(vl_convert, "__version__", "unknown")
"""The version of vl-convert, whose Vega bundle the site ships (`vega_bundle`)."""
PAGES_MEMO = "site_pages.pickle"
"""The pages of the last build, in the `cache` folder, under the checksum of what they were made from."""


def write_site(
    tables: dict[str, pd.DataFrame], out_dir: Path, cache: Path | None = None, made_from: str | None = None
) -> list[Path]:
    """Write the site into `out_dir` (created if missing); returns the files written, sorted. `cache`:
    a folder to keep the Vega bundle in between builds (see `vega_bundle`), and the pages too when the
    caller gives `made_from`, the checksum of everything `tables` were made from (`kept_pages`)."""
    pages = kept_pages(tables, cache, made_from) if cache is not None and made_from else render_site(tables, cache)
    out_dir = Path(out_dir)
    for folder in sorted({(out_dir / rel).parent for rel in pages}):
        folder.mkdir(parents=True, exist_ok=True)
    for rel, text in pages.items():
        (out_dir / rel).write_text(text, encoding="utf-8")
    return sorted(out_dir / rel for rel in pages)


def kept_pages(tables: dict[str, pd.DataFrame], cache: Path, made_from: str) -> dict[str, str]:
    """The pages the last build rendered, if they were made from the same tables (`made_from`) by the same
    site code, Python and charting libraries; else rendered now and kept (`pipeline.memo`). Why: publishing
    re-runs whenever any of its inputs changes (the package's metadata, a gold file, the publishing code),
    but the pages depend on the tables and this package's code alone, and rendering them is a fifth of
    publishing at 1x."""
    version = fingerprint.combine(
        [
            ("tables", made_from),
            ("code", fingerprint.code_version(CODE_ROOT, (__name__,))),
            ("libraries", f"python {platform.python_version()}, altair {altair.__version__}, vl-convert {VL_CONVERT}"),
        ]
    )
    pages = memo.load(cache / PAGES_MEMO, version)
    if pages is None:
        pages = render_site(tables, cache)
        memo.save(cache / PAGES_MEMO, version, pages)
    return pages


def vega_bundle(cache: Path | None = None) -> str:
    """The Vega-Lite JavaScript bundle vl-convert ships. Assembling it costs about 1.6 CPU seconds,
    and it depends on vl-convert's version only, so with a `cache` folder it is kept there per version."""
    if cache is None:
        return vl_convert.javascript_bundle()  # type: ignore[call-arg]
    path = Path(cache) / f"vega-{VL_CONVERT}.js"
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
