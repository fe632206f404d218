"""Facts told as nouns, not verbs: a TUNE set of sentences written for these tests (none quoted from an evaluation
text) before any rule was changed for them. A membership, accession, withdrawal, application, chairmanship or
observer status stated as a noun phrase inside another clause ('Armenia's joining the union', 'after becoming an
observer', 'the presidency passed to', 'resulted in associate membership', 'delay applying … until 1990'), with the
near-misses the codebook (raw/evaluation/BRIEF.md §5) keeps out: a prospect, a negated act. Each case gives every
fact the codebook wants, keyed as the evaluation compares them (tests/fact_keys.py); the held-out set of the
same families is tests/unit/test_membership_nouns_holdout12.py."""

from __future__ import annotations

import pytest

from tests.fact_keys import chair_as_membership, fact_keys
from tests.fact_keys import event_key as _event
from tests.fact_keys import membership_key as _member
from tests.helpers import xfail_cases

# (paragraph, source subject, expected facts)
CASES = [
    (
        "Armenia's joining the Eurasian Economic Union as a full member on 2 January 2015 was welcomed in Moscow.",
        "state:ARM",
        {_member("ARM", "EAEU", "member", "2015"), _event("EAEU", "joined_by", "ARM", "2015")},
    ),
    (
        "In January 2006 the leaders celebrated Uzbekistan's joining the community as a full-fledged member.",
        "org:EURASEC",
        {_member("UZB", "EURASEC", "member", "2006"), _event("EURASEC", "joined_by", "UZB", "2006")},
    ),
    (
        "In 2018, Moldova, after becoming an observer to the EAEU on 14 May 2018, increased its exports to Russia.",
        "state:MDA",
        {_member("MDA", "EAEU", "observer", "2018")},
    ),
    (
        "Iran, after gaining observer status in the SCO in 2005, applied for full membership in 2008.",
        "state:IRN",
        {_member("IRN", "SCO", "observer", "2005"), _member("IRN", "SCO", "applicant", "2008")},
    ),
    (
        "In 2019 the chairmanship of the organisation passed to Kyrgyzstan.",
        "org:SCO",
        {_member("KGZ", "SCO", "chair", "2019"), _event("SCO", "chaired", "KGZ", "2019")},
    ),
    (
        "In September 2018 the presidency in the Council passed to Kyrgyzstan.",
        "org:CCTC",
        {_member("KGZ", "CCTC", "chair", "2018"), _event("CCTC", "chaired", "KGZ", "2018")},
    ),
    (
        "The Greek application to join the European Economic Community in 1959 resulted in associate membership in "
        "1961.",
        "state:GRC",
        {
            _member("GRC", "EEC", "applicant", "1959"),
            _member("GRC", "EEC", "member", "1961"),
            _event("EEC", "joined_by", "GRC", "1961"),
        },
    ),
    (
        "Political crises forced Cyprus to postpone applying for full membership of the European Community until 1990.",
        "state:CYP",
        {_member("CYP", "EEC", "applicant", "1990")},
    ),
    (
        "Lithuania's chairmanship of the OSCE in 2011 focused on protracted conflicts.",
        "state:LTU",
        {_member("LTU", "OSCE", "chair", "2011"), _event("OSCE", "chaired", "LTU", "2011")},
    ),
    (
        "The withdrawal of Georgia from the Commonwealth of Independent States took effect in August 2009.",
        "state:GEO",
        {_member("GEO", "CIS", "withdrew", "2009"), _event("CIS", "withdrawn_by", "GEO", "2009")},
    ),
    (
        "Montenegro's entry into NATO on 5 June 2017 angered Moscow.",
        "state:MNE",
        {_member("MNE", "NATO", "member", "2017"), _event("NATO", "joined_by", "MNE", "2017")},
    ),
    ("The prospect of Georgian membership in NATO angers Moscow.", "state:GEO", set()),
    (
        "Talks on Serbia's accession to the European Union opened in 2014.",
        "state:SRB",
        {_member("SRB", "EU", "candidate", "2014")},
    ),
    ("Armenia has never sought membership of NATO.", "state:ARM", set()),
    (
        "Sweden's bid for NATO membership in May 2022 was blocked by Turkey for a year.",
        "state:SWE",
        {_member("SWE", "NATO", "candidate", "2022")},
    ),
    (
        "Georgia's accession to the Energy Charter Treaty in 1995 opened the way for the pipeline.",
        "state:GEO",
        {("agreement", "treaty", ("state:GEO",), "1995")},
    ),
    (
        "Serbia participated in the CEFTA from 2006 as an acceding state.",
        "state:SRB",
        {_member("SRB", "CEFTA", "applicant", "2006")},
    ),
]


XFAIL: dict[str, str] = {}
"""Cases the rules do not meet (by the sentence's first words), and why: strict, so that a fix shows."""


@pytest.mark.parametrize(("text", "subject", "expected"), xfail_cases(CASES, XFAIL))
def test_tune_case(text, subject, expected):
    assert fact_keys(text, subject) == chair_as_membership(expected)
