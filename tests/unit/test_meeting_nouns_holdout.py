"""An organisation's meeting named only as a noun phrase: a HOLDOUT set of genre sentences written for these tests
(none quoted from an evaluation text) before any rule was changed for them, and never fixed against. Same families
as the tune set (tests/unit/test_meeting_nouns_tune.py), other wording and other bodies. Each case gives every
meeting event the codebook (raw/evaluation/BRIEF.md §5 organization_event) wants, with its modality; near-misses
want none. A case the rules miss stays as a strict xfail, so that a later fix shows."""

from __future__ import annotations

import pytest

from tests.helpers import meeting_events, xfail_cases

# (sentence, source subject, {(organisation, event, state, date, modality)})
CASES = [
    (
        "Albania and Croatia joined the alliance after the Bucharest Summit in April 2008 invited them.",
        "org:NATO",
        {("org:NATO", "summit_hosted", "state:ROU", "2008-04", None)},
    ),
    (
        "At the Council of Europe's Warsaw Summit in May 2005, the heads of state adopted an action plan.",
        "state:POL",
        {("org:COE", "summit_hosted", "state:POL", "2005-05", None)},
    ),
    (
        "The agreement on a joint air-defence system was reached at the Yerevan Ministerial in 2016.",
        "org:CSTO",
        {("org:CSTO", "ministerial_meeting_hosted", "state:ARM", "2016", None)},
    ),
    (
        "A regular Supreme Eurasian Economic Council meeting was held on 6 December 2019 in Saint Petersburg.",
        "org:EAEU",
        {("org:EAEU", "summit_hosted", "state:RUS", "2019-12-06", None)},
    ),
    (
        "During a gathering of the organisation's energy ministers in May 2021, a grid study was launched.",
        "org:CCTC",
        {("org:CCTC", "ministerial_meeting_hosted", None, "2021-05", None)},
    ),
    (
        "The roadmap was signed in Dushanbe after a session of the Council of Heads of State of the CIS in 2018.",
        "state:TJK",
        {("org:CIS", "summit_hosted", "state:TJK", "2018", None)},
    ),
    (
        "Hungary's accession was approved at the Madrid Summit in 1997.",
        "org:NATO",
        {("org:NATO", "summit_hosted", "state:ESP", "1997", None)},
    ),
    (
        "The Vilnius Summit of the alliance will be held in July 2023.",
        "org:NATO",
        {("org:NATO", "summit_hosted", "state:LTU", "2023-07", "planned")},
    ),
    ("The Minsk agreements of 2015 were never implemented.", "state:UKR", set()),
    ("The Shanghai Five was formed in 1996 to settle border questions.", "state:CHN", set()),
    ("A bilateral summit between Russia and China in Beijing in 2004 settled the border.", "state:RUS", set()),
]

XFAIL = {
    "A regular Supreme Eurasian Economic Council meeting": (
        "the Supreme Eurasian Economic Council is read as a body of its own (the dev gold annotates its 2014 meeting "
        "so: it then served the Customs Union, before the EAEU existed), not as the EAEU's heads' council"
    ),
    "During a gathering of the organisation's energy ministers": (
        "'gathering' is no meeting noun the rules read, and 'the organisation's ministers' no owner they resolve"
    ),
    "The roadmap was signed in Dushanbe after a session of the Council of Heads": (
        "a session of the 'Council of Heads of State' as the setting of another verb ('signed … after') is read "
        "only for councils named by a name of their own"
    ),
    "The Vilnius Summit of the alliance will be held": (
        "a planned summit as the subject of 'will be held' with its place in its own name is not read"
    ),
}
"""Cases the rules do not meet (by the sentence's first words), and why: strict, so that a fix shows."""


@pytest.mark.parametrize(("text", "subject", "expected"), xfail_cases(CASES, XFAIL))
def test_holdout_case(text, subject, expected):
    assert meeting_events(text, subject) == expected
