"""A fact's quote is the clause that states it, not the whole sentence, where the sentence names two of its
parts; it stays the sentence for amounts and where the sentence names one part only (sentences from the
seed essays and the dev texts)."""

from __future__ import annotations

from tests.helpers import candidates


def _quotes(text, fact_type, subject="state:KAZ"):
    found = candidates(text, fact_type, subject)
    assert all(text[c["char_start"] : c["char_end"]] == c["quote"] for c in found)
    return found


def test_a_membership_is_quoted_from_its_date_to_its_organisation_and_not_the_bracket_after():
    text = "In 2010 Kazakhstan assumed the chairmanship of the Organization for Security and Co-operation in Europe (OSCE)."
    (chair,) = [c for c in _quotes(text, "membership") if c["role"] == "chair"]
    assert chair["quote"] == (
        "In 2010 Kazakhstan assumed the chairmanship of the Organization for Security and Co-operation in Europe"
    )


def test_the_clause_stops_where_the_fact_ends():
    text = (
        "Uzbekistan withdrew from GUAM in 2005 and joined the CSTO in 2006 as a full member and its membership "
        "was later ratified by the Uzbek parliament on 28 March 2008."
    )
    joined = [c for c in _quotes(text, "membership", None) if c["organization_id"] == "org:CSTO"]
    assert joined and all(c["quote"].startswith("Uzbekistan") for c in joined)
    assert all(c["quote"].endswith("the CSTO in 2006") for c in joined)


def test_a_bracket_the_clause_opens_is_closed():
    text = "Kazakhstan has played a leading role in ECO, heading the Organization twice (2003-2004, 2004-2006)."
    found = _quotes(text, "membership")
    assert found and all(c["quote"].count("(") == c["quote"].count(")") for c in found)
    assert any(c["quote"].endswith("(2003-2004, 2004-2006)") for c in found)


def test_a_verb_whose_object_context_resolves_is_quoted_with_that_object():
    text = (
        "In 2001 Uzbekistan joined the group, which was simultaneously transformed into an international organization."
    )
    found = [c for c in _quotes(text, "membership", None) if c["state_id"] == "state:UZB"]
    assert [c["quote"] for c in found] == ["In 2001 Uzbekistan joined the group"] * len(found)


def test_one_named_part_keeps_the_whole_sentence():
    text = (
        "Links with the Middle East have also been developed, underpinned by agreements on co-operation in trade, "
        "investment and joint projects, notably with Egypt, Qatar and Syria."
    )
    found = _quotes(text, "agreement")
    assert found and all(c["quote"] == text.rstrip(".") or c["quote"] == text for c in found)


def test_an_amount_keeps_the_whole_sentence():
    text = "In 2009, during President Nazarbaev's visit to Beijing, China provided a loan of US $10,000m."
    amounts = _quotes(text, "amount")
    assert amounts and all(c["quote"] in (text, text.rstrip(".")) for c in amounts)
    visits = _quotes(text, "visit")
    assert visits and all(len(c["quote"]) < len(text) - 1 for c in visits)
