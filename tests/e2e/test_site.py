"""The explorer site the build writes into build/site/, opened in headless Chromium with no network.

A reader's path: the home page (counts, the drawn timeline, Kazakhstan first among the entities) ->
Kazakhstan's page -> one of its facts, whose page names its entities (ids only on hover) and marks every
quote of the fact in its paragraph. Then the facts list filtered from its address, and a source page with
its quotes marked and its repeats struck through. Run `make build` first.
"""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest

from pipeline.site import write as explorer
from schemas.base import FACT_TABLE
from tests.helpers import ROOT, chromium

SITE = ROOT / "build" / "current" / "site"
NO_NETWORK = [
    "--proxy-server=127.0.0.1:9",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def dom(page: Path, profile: Path, fragment: str = "") -> str:
    """The page's DOM after its scripts ran (virtual time lets the chart's promises settle)."""
    result = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            *NO_NETWORK,
            f"--user-data-dir={profile}",
            "--virtual-time-budget=10000",
            "--dump-dom",
            page.as_uri() + fragment,
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def links(page_dom: str, pattern: str) -> list[tuple[str, str, str]]:
    """(href, title, text) of the anchors whose href matches `pattern`, in page order."""
    out = []
    for attributes, inner in re.findall(r"<a ([^>]*)>(.*?)</a>", page_dom, re.S):
        href, title = (re.search(rf'{a}="([^"]*)"', attributes) for a in ("href", "title"))
        if href and re.search(pattern, href[1]):
            out.append(
                (href[1], html.unescape(title[1]) if title else "", html.unescape(re.sub(r"<[^>]+>", "", inner)))
            )
    return out


def visible_text(page_dom: str) -> str:
    body = re.sub(r"<script.*?</script>", "", page_dom, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


@pytest.fixture(scope="module")
def profile(tmp_path_factory) -> Path:
    if not (SITE / "index.html").is_file():
        pytest.fail("build/current/site/index.html missing: run 'make build' before the tests")
    return tmp_path_factory.mktemp("chromium")


def test_the_pages_load_nothing_from_the_network():
    for page in sorted(SITE.rglob("*.html")):
        source = page.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", source), page
        assert "@import" not in source, page


def test_from_the_home_page_to_a_fact_with_names_and_marked_quotes(profile, tables):
    home = dom(SITE / "index.html", profile)
    assert re.search(r'<div [^>]*id="timeline"[^>]*>\s*<svg', home, re.S), "the timeline was not drawn"
    entities = links(home, r"^entity/")
    names = tables["entities"].set_index("entity_id")["name"]
    assert entities[0] == ("entity/state-KAZ.html", "state:KAZ", "Kazakhstan")  # Kazakhstan first, id on hover
    assert all(text == names[title] for _, title, text in entities)

    kaz = dom(SITE / entities[0][0], profile)
    assert re.search(r'<h1 title="state:KAZ">Kazakhstan</h1>', kaz)
    memberships = tables["memberships"].set_index("fact_id")
    fact_links = [(h, t) for h, t, x in links(kaz, r"^\.\./fact/mem-") if x == "evidence"]
    href, fact_id = fact_links[0]
    assert fact_id in memberships.index and memberships.loc[fact_id, "state_id"] == "state:KAZ"

    fact = dom((SITE / "entity" / href).resolve(), profile)
    organisation = memberships.loc[fact_id, "organization_id"]
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", fact, re.S)[1]
    assert (
        html.unescape(re.sub(r"<[^>]+>", "", heading))
        == f"Kazakhstan: {memberships.loc[fact_id, 'role']} of {names[organisation]}"
    )
    assert f'title="{organisation}"' in heading and organisation not in visible_text(heading)
    marked = [html.unescape(m) for m in re.findall(r"<mark>(.*?)</mark>", fact, re.S)]
    quotes = tables["evidence"].query("fact_id == @fact_id")["quote"].tolist()
    assert sorted(marked) == sorted(quotes)
    for quote in quotes:  # each in its paragraph, not alone
        block = next(
            b
            for b in re.findall(r"<blockquote>(.*?)</blockquote>", fact, re.S)
            if html.escape(quote, False) in b or quote in html.unescape(b)
        )
        assert len(html.unescape(re.sub(r"<[^>]+>", "", block))) >= len(quote)


def test_the_facts_list_filters_from_its_address(profile, tables):
    page = dom(SITE / "facts.html", profile, "#type=visit")
    rows = re.findall(r"<tr ([^>]*data-type=[^>]*)>", page)
    shown = [r for r in rows if " hidden" not in r]
    assert len(rows) == sum(len(tables[t]) for t in FACT_TABLE.values())
    assert {re.search(r'data-type="(\w+)"', r)[1] for r in shown} == {"visit"}
    assert len(shown) == len(tables["visits"])
    assert re.search(rf'<span id="shown">{len(tables["visits"])}</span>', page)


def test_a_source_page_marks_its_quotes_and_strikes_its_repeats(profile, tables):
    repeats = tables["duplicate_groups"].query("role == 'repeat'")
    source_id = repeats["passage_id"].iloc[0].split(":")[0]
    page = dom(SITE / "source" / f"{source_id}.html", profile)
    evidence = tables["evidence"].query("source_id == @source_id")
    assert f'<h1 title="{source_id}">' in page
    marked = "".join(
        html.unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(r"<mark[^>]*>(.*?)</mark>", page, re.S)
    )
    for quote in evidence["quote"]:  # marked stretches are cut where quotes overlap; together they hold each
        assert quote in marked, quote
    for passage_id in repeats.query("passage_id.str.startswith(@source_id)")["passage_id"]:
        assert re.search(rf'<span id="{re.escape(passage_id)}"></span><a class="repeat-note"', page), passage_id


def test_the_site_is_a_function_of_the_published_tables(tables):
    """The build's pages are exactly what the published CSVs give: same files, same bytes."""
    pages = explorer.render_site(tables)
    written = {p.relative_to(SITE).as_posix() for p in SITE.rglob("*") if p.is_file()}
    assert written == set(pages)
    for name, text in pages.items():
        assert (SITE / name).read_text(encoding="utf-8") == text, name
    facts = sum(len(tables[t]) for t in FACT_TABLE.values())
    assert len([p for p in pages if p.startswith("fact/")]) == facts
