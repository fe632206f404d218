"""A small curated sample built from real sentences, shared by the curation and review tests.

The text is two paragraphs of Akiner's essay, as in raw/; the candidate facts are what the rules
read (or misread) there, merged by reconcile, so the tables have the shapes the build gives curation.
"""

import json

import pandas as pd

from pipeline.inputs import curation as curation_file
from pipeline.stages import s5_reconcile as reconcile
from pipeline.stages import s6_curate as curation

PARAGRAPHS = [
    [
        "On 2 March 1991, the Kazakh Republic was a constituent member of the Soviet Union.",
        "On 2 March 1992, now an independent, sovereign state, Kazakhstan was formally accepted as a member of "
        "the United Nations.",
    ],
    [
        "Kazakhstani-Russian military co-operation has also continued to deepen.",
        "Accords signed in 2006 included an agreement on the renting of four military training and testing "
        "grounds to Russia.",
        "However, in June 2005, during President Putin’s visit to Kazakhstan to celebrate the 50th anniversary of "
        "the founding of the centre, it was agreed that the Russian lease would be extended until 2050.",
        "Accords signed in 2006 included an agreement on the renting of four military training and testing "
        "grounds to Russia.",
        "In January 2013 the two states signed an agreement on the formation of joint regional air defences, with "
        "command headquarters to be based in Almaty.",
    ],
]
TEXT = "\n".join(" ".join(p) for p in PARAGRAPHS)
TEXTS = {"akiner_efp": TEXT}
DAYS = {
    "1991-03-02": ("1991-03-02", "1991-03-02", "day"),
    "1992-03-02": ("1992-03-02", "1992-03-02", "day"),
    "2005-06": ("2005-06-01", "2005-06-30", "month"),
    "2013-01": ("2013-01-01", "2013-01-31", "month"),
}
ENTITIES = pd.DataFrame(
    {"entity_id": ["state:KAZ", "state:RUS", "state:SUN", "org:UN", "person:putin", "place:almaty"]}
)


def sentences() -> pd.DataFrame:
    rows, start = [], 0
    for sentence in (s for p in PARAGRAPHS for s in p):
        start = TEXT.index(sentence, start)
        rows.append(
            {
                "passage_id": f"akiner_efp:sen{len(rows) + 1:04d}",
                "source_id": "akiner_efp",
                "kind": "sentence",
                "char_start": start,
                "char_end": start + len(sentence),
                "text": sentence,
            }
        )
        start += len(sentence)
    return pd.DataFrame(rows)


PASSAGES = sentences()


def candidate(fact_type, sentence_no, quote, rule, date, **fields):
    passage = PASSAGES.iloc[sentence_no - 1]
    start = TEXT.index(quote, passage["char_start"])
    first, last, precision = DAYS[date]
    fields.update(date_edtf=date, date_start=first, date_end=last, date_precision=precision, date_qualifier=None)
    return {
        "fact_type": fact_type,
        "fields_json": json.dumps(fields, sort_keys=True),
        "source_id": "akiner_efp",
        "passage_id": passage["passage_id"],
        "char_start": start,
        "char_end": start + len(quote),
        "quote": quote,
        "rule_id": rule,
    }


def membership(sentence_no, quote, date):
    return candidate(
        "membership",
        sentence_no,
        quote,
        "membership.accepted_as_member",
        date,
        state_id="state:KAZ",
        organization_id="org:UN",
        role="member",
        modality=None,
    )


CANDIDATES = pd.DataFrame(
    [
        membership(2, "Kazakhstan was formally accepted as a member of the United Nations", "1992-03-02"),
        # a misreading: the Soviet Union sentence dated as the UN membership (one fact, two dates: a conflict)
        membership(1, "On 2 March 1991, the Kazakh Republic was a constituent member", "1991-03-02"),
        candidate(
            "visit",
            5,
            "during President Putin’s visit to Kazakhstan",
            "visit.visit_to",
            "2005-06",
            visitor_id="person:putin",
            visitor_state_id="state:RUS",
            visitor_organization_id=None,
            host_state_id="state:KAZ",
            place_id=None,
            modality=None,
            cameo_code="042",
            plover_category="CONSULT",
        ),
        candidate(
            "agreement",
            7,
            "In January 2013 the two states signed an agreement on the formation of joint regional air defences",
            "agreement.signed",
            "2013-01",
            name="agreement on the formation of joint regional air defences",
            kind="agreement",
            modality=None,
            parties=["state:KAZ", "state:RUS"],
            in_force_edtf=None,
            cameo_code="057",
            plover_category="AGREE",
        ),
    ]
)
TABLES_IN = reconcile.build(CANDIDATES, pd.DataFrame(columns=["group_id", "passage_id"]))
MEMBERSHIP = TABLES_IN["memberships"]["fact_id"][0]
VISIT = TABLES_IN["visits"]["fact_id"][0]
AGREEMENT = TABLES_IN["agreements"]["fact_id"][0]
HEADER = "# decisions on the facts\n"


def run(yaml_text: str) -> dict[str, pd.DataFrame]:
    decisions = curation_file.parse(HEADER + yaml_text)
    return curation.apply(TABLES_IN, decisions, TEXTS, PASSAGES, entities=ENTITIES)
