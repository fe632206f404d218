"""Holdout sentences for the parties and the date of a named or described agreement (the families of
`test_agreement_sides_tune13`, other wording and entities). Written with the facts expected under the codebook
(raw/evaluation/BRIEF.md §3, §5 agreement) before the pipeline was run on any of them, and never fixed against: a
case the rules miss stays a strict xfail with its reason. Invented from knowledge of the genre, none from an
evaluation text. Scored before any change: 14 of 17 expected facts found, 1 not expected; at the end of the change
(branch tre13): 16 of 17 found, 0 not expected (the miss: 'Anglo' was no state word in the dictionary). The
lead then added the combining forms 'Anglo-' and 'Franco-' to raw/dictionaries/state_aliases.csv (data, not a rule;
seen failing here first, so this case no longer counts as held out): 17 of 17.
"""

from __future__ import annotations

import pytest

from tests.fact_keys import agreement_matches
from tests.helpers import agreement_year_keys, xfail_cases

T, A = "treaty", "agreement"


def st(*codes: str) -> tuple[str, ...]:
    return tuple(sorted(f"state:{c}" for c in codes))


HOLDOUT = [
    (  # an adjective pair with a year after 'of'
        "The Anglo-Irish Agreement of 1985 gave the Irish government an advisory role in Northern Ireland.",
        None,
        {(A, st("GBR", "IRL"), "1985")},
    ),
    (  # an adjective pair, a passive signing
        "A Kazakh–Chinese oil pipeline agreement was signed in May 2004.",
        "state:KAZ",
        {(A, st("CHN", "KAZ"), "2004")},
    ),
    (  # an organisation by its full name as the other party
        "In 1993 Uzbekistan concluded a comprehensive safeguards agreement with the International Atomic Energy "
        "Agency.",
        "state:UZB",
        {(A, tuple(sorted(["org:IAEA", "state:UZB"])), "1993")},
    ),
    (  # a year before the name, a list of signers after it
        "The 1996 Treaty on Deepening Military Trust in Border Regions was signed by China, Russia, Kazakhstan, "
        "Kyrgyzstan and Tajikistan.",
        None,
        {(T, st("CHN", "KAZ", "KGZ", "RUS", "TJK"), "1996")},
    ),
    (  # concluded, then ratified: the conclusion's year
        "Armenia and Georgia concluded a border agreement in 2005 that was ratified in 2006.",
        None,
        {(A, st("ARM", "GEO"), "2005")},
    ),
    (  # the mediator is no party
        "In 2021 Kazakhstan brokered a ceasefire between Kyrgyzstan and Tajikistan.",
        None,
        {(A, st("KGZ", "TJK"), "2021")},
    ),
    (  # a capital in the name is no party
        "The Treaty of Tashkent was signed between Kazakhstan and Kyrgyzstan in 1997.",
        None,
        {(T, st("KAZ", "KGZ"), "1997")},
    ),
    (  # the year in brackets after the partner
        "Turkmenistan signed a treaty on friendship and cooperation with Afghanistan (1996).",
        "state:TKM",
        {(T, st("AFG", "TKM"), "1996")},
    ),
    (  # an adjective pair, the year after 'of', told in passing
        "The Soviet–Afghan Treaty of Friendship of 1978 was later used to justify the intervention.",
        None,
        {(T, st("AFG", "SUN"), "1978")},
    ),
    (  # the venue is no party; signed, never ratified
        "The SALT II treaty was signed in Vienna on 18 June 1979 by the United States and the Soviet Union, but was "
        "never ratified.",
        None,
        {(T, st("SUN", "USA"), "1979")},
    ),
    (  # near-miss: opened for signature with no party named gives no party
        "The Treaty of Pelindaba was opened for signature in 1996 and entered into force in 2009.",
        None,
        set(),
    ),
]

HOLDOUT += [  # added before any change, with the first scoring
    (  # state names joined by dashes before the noun
        "The Uzbekistan–Kyrgyzstan–China railway agreement was signed in 2022.",
        None,
        {(A, st("CHN", "KGZ", "UZB"), "2022")},
    ),
    (  # one year in brackets after each partner
        "Kazakhstan has concluded border treaties with Russia (2005) and China (2002).",
        "state:KAZ",
        {(T, st("KAZ", "RUS"), "2005"), (T, st("CHN", "KAZ"), "2002")},
    ),
    (  # leaders named by their states' adjectives
        "Uzbek President Islam Karimov and Chinese President Hu Jintao signed a partnership treaty in 2005.",
        "state:UZB",
        {(T, st("CHN", "UZB"), "2005")},
    ),
    (  # an attributive year, the partner after 'with'
        "A 2008 agreement with Azerbaijan provided for the transit of oil across the Caspian.",
        "state:KAZ",
        {(A, st("AZE", "KAZ"), "2008")},
    ),
    (  # an organisation and a state joined by a dash, the city the venue
        "The EU–Kazakhstan Enhanced Partnership and Cooperation Agreement was signed in Astana in December 2015.",
        "state:KAZ",
        {(A, tuple(sorted(["org:EU", "state:KAZ"])), "2015")},
    ),
    ("The Kazakh–Russian border runs for 7,500 km.", "state:KAZ", set()),  # near-miss: no agreement
    (  # capitals for their governments
        "Tashkent and Moscow signed a treaty on allied relations in 2005.",
        None,
        {(T, st("RUS", "UZB"), "2005")},
    ),
]

KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "subject", "expected"), xfail_cases(HOLDOUT, KNOWN))
def test_holdout(text, subject, expected):
    found = {key for key in agreement_year_keys(text, subject) if key[1]}
    hits, unexpected = agreement_matches(expected, found)
    assert hits == expected
    assert not unexpected
