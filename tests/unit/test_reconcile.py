"""Reconcile on small candidate frames built from the real repeated statements."""

import json

import pandas as pd

from pipeline.stages import s5_reconcile as reconcile

DATES = {
    "2008": ("2008-01-01", "2008-12-31"),
    "2010": ("2010-01-01", "2010-12-31"),
    "2009": ("2009-01-01", "2009-12-31"),
    "2001": ("2001-01-01", "2001-12-31"),
    "2002": ("2002-01-01", "2002-12-31"),
}


def candidate(fact_type, passage, start, quote, rule, date=None, source="akiner_efp", **fields):
    start_day, end_day = DATES.get(date, (None, None))
    fields.update(
        date_edtf=date,
        date_start=start_day,
        date_end=end_day,
        date_precision="year" if date else None,
        date_qualifier=None,
    )
    return {
        "fact_type": fact_type,
        "fields_json": json.dumps(fields, sort_keys=True),
        "source_id": source,
        "passage_id": passage,
        "char_start": start,
        "char_end": start + len(quote),
        "quote": quote,
        "rule_id": rule,
    }


def area(passage, start, date, quote):
    return candidate(
        "amount",
        passage,
        start,
        quote,
        "amount.area",
        date,
        kind="area",
        value=1e6,
        unit="ha",
        currency=None,
        qualifier=None,
        measure="hectares",
        subject_id="state:CHN",
        counterpart_id=None,
    )


def loan(passage, start, quote):
    return candidate(
        "amount",
        passage,
        start,
        quote,
        "amount.loan",
        "2009",
        kind="loan",
        value=1e10,
        unit="currency",
        currency="USD",
        qualifier=None,
        measure="loan",
        subject_id="state:CHN",
        counterpart_id="state:KAZ",
    )


def founded(source, passage, start, date, quote):
    return candidate(
        "organization_event",
        passage,
        start,
        quote,
        "organization_event.founded",
        date,
        source=source,
        organization_id="org:CACO",
        event_type="founded",
        counterpart_organization_id=None,
        state_id=None,
    )


GROUPS = pd.DataFrame(
    {
        "group_id": ["g1", "g1", "g2", "g2"],
        "passage_id": ["akiner_efp:sen0100", "akiner_efp:sen0120", "akiner_efp:sen0110", "akiner_efp:sen0118"],
    }
)


def test_repeated_loan_is_one_fact_with_two_quotes():
    cands = pd.DataFrame(
        [
            loan("akiner_efp:sen0110", 100, "China made available a loan of $10,000 million"),
            loan("akiner_efp:sen0118", 900, "China provided a loan of US $10,000m."),
        ]
    )
    out = reconcile.build(cands, GROUPS)
    assert len(out["amounts"]) == 1
    assert out["amounts"]["n_evidence"].tolist() == [2]
    assert len(out["evidence"]) == 2 and out["conflicts"].empty


def test_repeat_with_another_year_is_one_fact_with_a_conflict():
    cands = pd.DataFrame(
        [
            area("akiner_efp:sen0100", 100, "2008", "in 2008, when Beijing proposed that Chinese farmers be allowed"),
            area("akiner_efp:sen0120", 900, "2010", "In 2010 China proposed that Chinese farmers be allowed"),
        ]
    )
    out = reconcile.build(cands, GROUPS)
    fact = out["amounts"].iloc[0]
    assert len(out["amounts"]) == 1 and bool(fact["has_conflict"])
    assert fact["date_edtf"] == "[2008,2010]"
    assert (fact["date_start"], fact["date_end"]) == ("2008-01-01", "2010-12-31")
    assert sorted(out["conflicts"]["value"]) == ["2008", "2010"]
    assert set(out["conflicts"]["evidence_id"]) <= set(out["evidence"]["evidence_id"])


def test_same_figure_in_unrelated_sentences_with_other_years_stays_two_facts():
    cands = pd.DataFrame(
        [
            area("akiner_efp:sen0001", 100, "2008", "rent one million hectares in 2008"),
            area("akiner_efp:sen0200", 900, "2010", "rent 1m. ha in 2010"),
        ]
    )
    assert len(reconcile.build(cands, GROUPS)["amounts"]) == 2


def test_founding_told_by_two_sources_with_other_years_is_a_cross_source_conflict():
    cands = pd.DataFrame(
        [
            founded(
                "akiner_efp",
                "akiner_efp:sen0150",
                100,
                "2001",
                "now becoming the Central Asia Co-operation Organization",
            ),
            founded(
                "engvall_cornell_2015",
                "engvall_cornell_2015:sen0020",
                50,
                "2002",
                "the Central Asian Cooperation Organization created in 2002",
            ),
        ]
    )
    out = reconcile.build(cands, GROUPS)
    fact = out["organization_events"].iloc[0]
    assert fact["n_sources"] == 2 and bool(fact["is_corroborated"]) and bool(fact["has_conflict"])
    assert set(out["conflicts"]["source_id"]) == {"akiner_efp", "engvall_cornell_2015"}


def test_fact_id_depends_on_content_not_offsets():
    a = reconcile.build(pd.DataFrame([loan("akiner_efp:sen0110", 100, "x")]), GROUPS)["amounts"]["fact_id"][0]
    b = reconcile.build(pd.DataFrame([loan("akiner_efp:sen0300", 5000, "x")]), GROUPS)["amounts"]["fact_id"][0]
    assert a == b and a.startswith("amt-")


def agreement(passage, start, date, name, quote, source="engvall_cornell_2015"):
    return candidate(
        "agreement",
        passage,
        start,
        quote,
        "agreement.signed",
        date,
        source=source,
        name=name,
        kind="agreement",
        parties=["org:EU", "state:KAZ"],
        in_force_edtf=None,
        cameo_code="057",
        plover_category="AGREE",
    )


def test_an_undated_mention_of_a_named_agreement_joins_its_dated_mention():
    cands = pd.DataFrame(
        [
            agreement(
                "engvall_cornell_2015:sen0002",
                100,
                None,
                "Enhanced Partnership and Cooperation Agreement",
                "signed an Enhanced Partnership and Cooperation Agreement with the European Union",
            ),
            agreement(
                "engvall_cornell_2015:sen0020",
                900,
                "2015",
                "Enhanced Cooperation Agreement",
                "Kazakhstan in 2015 became the first Central Asian country to conclude an Enhanced Cooperation "
                "Agreement with the EU",
            ),
        ]
    )
    out = reconcile.build(cands, GROUPS.iloc[:0])
    assert out["agreements"][["date_edtf", "n_evidence"]].values.tolist() == [["2015", 2]]


def test_differently_named_agreements_of_the_same_parties_stay_apart():
    cands = pd.DataFrame(
        [
            agreement(
                "engvall_cornell_2015:sen0002",
                100,
                None,
                "Partnership and Cooperation Agreement",
                "a Partnership and Cooperation Agreement",
            ),
            agreement(
                "engvall_cornell_2015:sen0020",
                900,
                None,
                "Visa Facilitation Agreement",
                "a Visa Facilitation Agreement",
            ),
        ]
    )
    assert len(reconcile.build(cands, GROUPS.iloc[:0])["agreements"]) == 2


def test_an_organisation_renamed_twice_keeps_both_renamings():
    def renamed(passage, start, date, quote):
        return candidate(
            "organization_event",
            passage,
            start,
            quote,
            "organization_event.renamed",
            date,
            organization_id="org:CACO",
            event_type="renamed",
            counterpart_organization_id=None,
            state_id=None,
        )

    cands = pd.DataFrame(
        [
            renamed("akiner_efp:sen0060", 100, None, "This alliance, later renamed the Central Asian Economic Union"),
            renamed(
                "akiner_efp:sen0061",
                200,
                "2001",
                "In 2001 it underwent another transformation, now becoming the "
                "Central Asia Co-operation Organization (CACO)",
            ),
        ]
    )
    out = reconcile.build(cands, GROUPS.iloc[:0])
    assert sorted(out["organization_events"]["date_edtf"].fillna("").tolist()) == ["", "2001"]


def test_each_quote_keeps_the_date_it_states():
    cands = pd.DataFrame(
        [
            founded("akiner_efp", "akiner_efp:sen0060", 100, "2001", "In 2001 it underwent another transformation"),
            founded(
                "engvall_cornell_2015",
                "engvall_cornell_2015:sen0010",
                50,
                None,
                "the Central Asian Cooperation Organization",
            ),
        ]
    )
    out = reconcile.build(cands, GROUPS.iloc[:0])
    assert out["organization_events"]["date_edtf"].tolist() == ["2001"]
    stated = dict(zip(out["evidence"]["source_id"], out["evidence"]["stated_date_edtf"]))
    assert stated["akiner_efp"] == "2001" and pd.isna(stated["engvall_cornell_2015"])


def test_two_unnamed_undated_agreements_with_the_same_party_stay_two_facts_with_their_own_ids():
    def unnamed(passage, start, quote):
        return candidate(
            "agreement",
            passage,
            start,
            quote,
            "agreement.with_parties",
            None,
            name=None,
            kind="agreement",
            parties=["state:IRN", "state:KAZ"],
            in_force_edtf=None,
            cameo_code="057",
            plover_category="AGREE",
        )

    cands = pd.DataFrame(
        [
            unnamed("akiner_efp:sen0150", 100, "swap exchange agreements with Iran"),
            unnamed("akiner_efp:sen0030", 900, "Each visit resulted in the signature of protocols and agreements"),
        ]
    )
    out = reconcile.build(cands, GROUPS.iloc[:0])
    assert len(out["agreements"]) == 2 and out["agreements"]["fact_id"].is_unique


def count_of_states(source, passage, subject, quote):
    return candidate(
        "amount",
        passage,
        0,
        quote,
        "amount.member_count",
        source=source,
        kind="member_count",
        value=4.0,
        unit="states",
        currency=None,
        qualifier=None,
        measure="member states",
        subject_id=subject,
        counterpart_id=None,
    )


def test_the_same_count_about_two_bodies_in_two_texts_stays_two_facts_with_the_first_texts_id():
    """A figure is about something: an undated count of four states of one body is not another body's four."""
    ots = count_of_states(
        "wiki_ots_2025", "wiki_ots_2025:sen0010", "org:CCTC", "the symbols of the four founding member states"
    )
    other = count_of_states(
        "wiki_csto_2025", "wiki_csto_2025:sen0040", "org:CSTO", "four member states took part in the exercise"
    )
    alone = reconcile.build(pd.DataFrame([ots]), GROUPS)["amounts"]
    both = reconcile.build(pd.DataFrame([ots, other]), GROUPS)["amounts"]
    assert len(both) == 2 and set(both["subject_id"]) == {"org:CCTC", "org:CSTO"}
    assert alone["fact_id"][0] in set(both["fact_id"])  # a text added changes no fact of another it does not state
    same = reconcile.build(pd.DataFrame([ots, {**other, "fields_json": ots["fields_json"]}]), GROUPS)["amounts"]
    assert len(same) == 1 and same["n_sources"][0] == 2  # the same body's count in two texts corroborates
