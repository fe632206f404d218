"""The review page on the small curated sample (tests/curation_sample.py): order, marked quotes, pasteable YAML."""

import html
import re

import pytest

from pipeline.commands import review
from pipeline.inputs import curation as curation_file
from pipeline.stages import s6_curate as curation
from tests import curation_sample as t


@pytest.fixture(scope="module")
def tables():
    out = t.run(f"""decisions:
  - {{fact_id: {t.VISIT}, action: correct, fields: {{date_edtf: "2005"}}, reason: year only, by: A, on: 2025-01-15}}
  - {{fact_id: {t.AGREEMENT}, action: reject, reason: not signed <then>, by: A, on: 2025-01-15}}
""")
    out["passages"] = t.PASSAGES
    return out


@pytest.fixture(scope="module")
def page(tables):
    return review.render(tables, t.TEXTS, "test")


def test_conflicts_come_first_then_single_quote_facts(tables):
    order = [(f["fact_id"], f["group"]) for f in review.facts_in_order(tables)]
    assert order == [(t.MEMBERSHIP, "conflicts"), (t.VISIT, "low_support")]


def test_each_quote_is_marked_inside_its_sentence(page):
    assert "<mark>during President Putin’s visit to Kazakhstan</mark> to celebrate the 50th" in page
    assert "On 2 March 1992, now an independent, sovereign state, <mark>Kazakhstan was formally accepted" in page


def test_rejected_facts_are_listed_with_their_reason_escaped(page):
    assert f'data-fact-id="{t.AGREEMENT}"' in page and 'data-status="rejected"' in page
    assert "not signed &lt;then&gt;" in page and "<then>" not in page


def test_the_page_needs_no_network(page):
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<script>" in page and "<style>" in page


def templates(page, fact_id):
    card = page[page.index(f'<article class="fact" id="{fact_id}"') :]
    card = card[: card.index("</article>")]
    return {
        a: html.unescape(y) for a, y in re.findall(r'<pre class="yaml" data-action="(\w+)">(.*?)</pre>', card, re.S)
    }


def fill(entry):
    return (
        entry.replace("YOUR NAME", "A. Curator")
        .replace("YYYY-MM-DD", "2025-02-02")
        .replace('"WHY THE FACT IS WRONG"', "wrong")
        .replace('"WHAT WAS WRONG"', "wrong")
    )


@pytest.mark.parametrize("action, status", [("confirm", "confirmed"), ("reject", None), ("correct", "corrected")])
def test_the_yaml_templates_paste_into_curation_yaml_and_apply(page, action, status):
    entry = fill(templates(page, t.MEMBERSHIP)[action])
    if action == "correct":
        entry = entry.replace('role: "member"', 'role: "observer"')
    decisions = curation_file.parse("decisions:\n" + entry)
    out = curation.apply(t.TABLES_IN, decisions, t.TEXTS, t.PASSAGES, entities=t.ENTITIES)
    found = out["memberships"].query("fact_id == @t.MEMBERSHIP")["curation_status"].tolist()
    assert found == ([status] if status else [])
    if action == "correct":
        assert out["corrections"]["field_name"].tolist() == ["role"]


def test_the_add_template_parses(page):
    block = html.unescape(re.search(r'<pre class="yaml" data-action="add">(.*?)</pre>', page, re.S)[1])
    decision = curation_file.parse("decisions:\n" + fill(block))[0]
    assert decision["action"] == "add" and decision["source"] == "akiner_efp"
