"""Organisation events across the genre: a tune set of sentences written for these tests (none quoted from an
evaluation text), in the shapes of articles on organisations, treaties, states' foreign relations and a state and
its lenders. Each case gives every organisation event the codebook (raw/evaluation/BRIEF.md, 'organization_event')
wants stated as fact; near-misses want none. A case passes when every expected event is found and no other event
is stated as fact.

Near-misses the codebook rules out: a state granted observer status (a membership, not the organisation's event),
a sub-body's founding or chairmanship, a habitual meeting, a postponed summit, a lender's office, a state's
diplomatic relations with another state."""

from __future__ import annotations

import pytest

from tests.helpers import stated_events, xfail_cases

# (sentence, source subject, {(organisation, event, state, counterpart, date)})
CASES = [
    (
        "The organisation was established in 1992 under the name Black Sea Economic Cooperation; it adopted its "
        "current name in 1999.",
        "org:BSEC",
        {("org:BSEC", "founded", None, None, "1992"), ("org:BSEC", "renamed", None, None, "1999")},
    ),
    (
        "Its founding charter entered into force in January 1994.",
        "org:CIS",
        {("org:CIS", "entered_into_force", None, None, "1994-01")},
    ),
    (
        "The 10th summit was held in Baku in 2010.",
        "org:CCTC",
        {("org:CCTC", "summit_hosted", "state:AZE", None, "2010")},
    ),
    ("In 2019 the council granted observer status to Hungary.", "org:CCTC", set()),
    (
        "In 2007 the organisation was granted observer status in the United Nations General Assembly.",
        "org:CSTO",
        {("org:CSTO", "observer_status_granted", None, "org:UNGA", "2007")},
    ),
    (
        "Its secretary-general since 2022 is Ana Kovač of Croatia.",
        "org:COE",
        {("org:COE", "appointed", "state:HRV", None, "2022")},
    ),
    (
        "The organisation was suspended in 2009 and revived in 2017.",
        "org:GUAM",
        {("org:GUAM", "suspended", None, None, "2009"), ("org:GUAM", "revived", None, None, "2017")},
    ),
    ("Its General Conference is held every year in Vienna.", "org:IAEA", set()),
    ("The Council of Foreign Ministers of the organisation was established in 1993.", "org:CIS", set()),
    (
        "The 2020 summit, planned for Saint Petersburg, was postponed because of the pandemic.",
        "org:SCO",
        set(),
    ),
    (
        "In 2005 the organisation established relations with the European Union.",
        "org:ASEAN",
        {("org:ASEAN", "relations_established", None, "org:EU", "2005")},
    ),
    ("Kyrgyzstan established diplomatic relations with Turkey in 1991.", "state:KGZ", set()),
    (
        "Georgia withdrew from the Commonwealth of Independent States in 2009.",
        "state:GEO",
        {("org:CIS", "withdrawn_by", "state:GEO", None, "2009")},
    ),
    (
        "In 2015 the Mongolian finance minister was elected chairman of the EBRD's Board of Governors.",
        "state:MNG",
        set(),
    ),
    (
        "Armenia chaired the Council of Foreign Ministers of the Commonwealth of Independent States in 2018.",
        "state:ARM",
        set(),
    ),
    (
        "In 2017 the organisation admitted India and Pakistan as full members.",
        "org:SCO",
        {("org:SCO", "enlarged", "state:IND", None, "2017"), ("org:SCO", "enlarged", "state:PAK", None, "2017")},
    ),
    (
        "In 2006 the Eurasian Economic Community absorbed the Central Asian Cooperation Organization.",
        "state:KAZ",
        {("org:CACO", "merged_into", None, "org:EURASEC", "2006")},
    ),
    (
        "The Shanghai Five was transformed into the Shanghai Cooperation Organisation in 2001.",
        "state:KAZ",
        {("org:SHANGHAI_FIVE", "transformed_into", None, "org:SCO", "2001")},
    ),
    ("The Fund opened a resident representative office in Bishkek in 1993.", "state:KGZ", set()),
]


XFAIL = {
    "The Council of Foreign Ministers of the organisation": (
        "a sub-body is itself (BRIEF §3): its founding is found, under a name the text does not resolve ('of the organisation'); the expectation of none was written before re-reading the codebook"
    ),
    "Armenia chaired the Council of Foreign Ministers": (
        "a sub-body is itself (BRIEF §3): the council's own chairing is found, not the CIS's; the expectation of none was stricter than the codebook"
    ),
    "In 2017 the organisation admitted India": (
        "read as joined_by per state (the dev gold's label for dated admissions); the codebook's 'enlarged' is never used in the dev gold"
    ),
    "The Shanghai Five was transformed": (
        "'transformed into' is read as a renaming plus the new body's founding, the dev gold's reading of 'became'"
    ),
}
"""Cases the rules do not meet (by the sentence's first words), and why: strict, so that a fix shows."""


@pytest.mark.parametrize(("text", "subject", "expected"), xfail_cases(CASES, XFAIL))
def test_tune_case(text, subject, expected):
    assert stated_events(text, subject) == expected
