"""An organisation's meeting named only as a noun phrase inside a sentence about something else ('since the Denver
Summit in June 1997 a member of the G8', 'agreed at the Reykjavik Ministerial', 'a regular Collective Security
Council meeting took place'): a TUNE set of genre sentences written for these tests (none quoted from an
evaluation text) before any rule was changed for them. Each case gives every meeting event (summit_hosted,
ministerial_meeting_hosted, conference_hosted) the codebook (raw/evaluation/BRIEF.md §5 organization_event) wants,
with its modality; near-misses (a city inside a proper name, a bilateral summit) want none."""

from __future__ import annotations

import pytest

from tests.helpers import meeting_events, xfail_cases

# (sentence, source subject, {(organisation, event, state, date, modality)})
CASES = [
    (
        "Since the Tokyo Summit in June 1979, Canada has pressed the G7 to adopt energy targets.",
        "state:CAN",
        {("org:G7", "summit_hosted", "state:JPN", "1979-06", None)},
    ),
    (
        "The European Council's Copenhagen Summit in 2002 concluded the accession talks with ten candidates.",
        "org:EU",
        {("org:EU", "summit_hosted", "state:DNK", "2002", None)},
    ),
    (
        "The Mediterranean Dialogue was extended at the Istanbul Ministerial in 2004.",
        "org:NATO",
        {("org:NATO", "ministerial_meeting_hosted", "state:TUR", "2004", None)},
    ),
    (
        "The Membership Action Plan was unveiled at the Washington NATO Summit in April 1999.",
        "state:POL",
        {("org:NATO", "summit_hosted", "state:USA", "1999-04", None)},
    ),
    (
        "An extraordinary Collective Security Council session was convened on 10 January 2022 with the leaders of "
        "all CSTO members taking part by video link.",
        "org:CSTO",
        {("org:CSTO", "summit_hosted", None, "2022-01-10", None)},
    ),
    (
        "The customs code was signed in Moscow after a session of the Interstate Council of the Eurasian Economic "
        "Community in 2009.",
        "org:EURASEC",
        {("org:EURASEC", "summit_hosted", "state:RUS", "2009", None)},
    ),
    (
        "In March 2019, at a meeting of Turkic ministers responsible for tourism, a joint route was agreed.",
        "org:CCTC",
        {("org:CCTC", "ministerial_meeting_hosted", None, "2019-03", None)},
    ),
    (
        "The next CSTO summit is to take place in Yerevan in November 2022.",
        "state:ARM",
        {("org:CSTO", "summit_hosted", "state:ARM", "2022-11", "planned")},
    ),
    ("Since the Tokyo Summit in 1979, Canada has pressed the G7 and the OECD to act on energy.", "state:CAN", set()),
    ("At the Reykjavik Summit in 1986, Reagan and Gorbachev discussed nuclear arms.", "state:RUS", set()),
    ("Georgia has sought a seat in the Minsk Group since 1994.", "state:GEO", set()),
    ("Hungary left the Warsaw Pact in 1991.", "state:HUN", set()),
    ("The Paris Club agreed to reschedule the debt in 1995.", "state:RUS", set()),
    ("The Moscow summit of the two presidents in 2006 produced a border treaty.", "state:AZE", set()),
    ("The Helsinki Final Act of 1975 laid the ground for the organisation.", "org:OSCE", set()),
]

XFAIL: dict[str, str] = {}
"""Cases the rules do not meet (by the sentence's first words), and why: strict, so that a fix shows."""


@pytest.mark.parametrize(("text", "subject", "expected"), xfail_cases(CASES, XFAIL))
def test_tune_case(text, subject, expected):
    assert meeting_events(text, subject) == expected
