"""Issue 13: an organisation founded by an instrument is founded by the states that signed it
(`founding_states.passive_founders`). wiki_ots_2025 (dev) and sentences written for these tests in the genre."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _founders(text, subject=None):
    return set(pick(candidates(text, "membership", subject), "state_id", "organization_id", "role", "date_edtf"))


def test_the_signatories_of_the_founding_instrument_are_its_founders():
    # wiki_ots_2025 (dev)
    found = _founders(
        "The organization was established on 3 October 2009 as the Cooperation Council of the Turkic Speaking "
        "States (Turkic Council), by the Nakhchivan Agreement signed among Azerbaijan, Kazakhstan, Kyrgyzstan, and "
        "Turkey.",
        "org:CCTC",
    )
    assert {
        (st, "org:CCTC", "founder", "2009-10-03") for st in ("state:AZE", "state:KAZ", "state:KGZ", "state:TUR")
    } <= found
    found = _founders(
        "The Economic Cooperation Organization was founded in 1985 under the Treaty of Izmir signed by Iran, Pakistan and Turkey."
    )
    assert {(st, "org:ECO", "founder", "1985") for st in ("state:IRN", "state:PAK", "state:TUR")} <= found
    found = _founders(
        "The Eurasian Development Bank was established in 2006 by an agreement signed by Russia and Kazakhstan."
    )
    assert {("state:RUS", "org:EDB", "founder", "2006"), ("state:KAZ", "org:EDB", "founder", "2006")} <= found


def test_an_instrument_with_no_signing_words_names_no_founder():
    # near-misses: the treaty's parties are not given; a state that only ratified it is no founder
    assert not _founders(
        "The Eurasian Economic Union was established in 2015 by the Treaty on the Eurasian Economic Union."
    )
    found = _founders("The Eurasian Economic Union was established in 2015 by a treaty that Armenia ratified later.")
    assert not {f for f in found if f[2] == "founder"}
