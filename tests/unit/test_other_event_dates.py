"""Issue 13: a named event's year right after 'after', 'before' or 'following' ('after the World Food Conference in
1974') dates that event, not the founding or the figure beside it (`amount_asides.NAMED_OTHER_EVENT`), however the
parser hangs the year. wiki_fao_2019 (dev) and sentences written for these tests in the genre."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _founded(text, subject=None):
    found = candidates(text, "organization_event", subject)
    return set(pick([c for c in found if c.get("event_type") == "founded"], "organization_id", "date_edtf"))


def test_the_year_of_a_named_event_after_after_is_not_the_foundings():
    # wiki_fao_2019 (dev)
    found = _founded(
        "Dissatisfaction with the organization's performance was among the reasons for the creation of two new "
        "organizations after the World Food Conference in 1974, namely the World Food Council and the International "
        "Fund for Agricultural Development; by the early eighties there was intense rivalry among these organizations.",
        "org:FAO",
    )
    assert ("org:IFAD", None) in found and ("org:IFAD", "1974") not in found
    found = _founded("Following the Moscow Summit in 1999, the Eurasian Economic Community was founded.")
    assert ("org:EURASEC", "1999") not in found


def test_the_foundings_own_year_stays():
    # near-misses: the founding's own date after the other event's
    found = _founded(
        "Following the Moscow Summit in 1999, the creation of the Eurasian Economic Community in 2000 was announced."
    )
    assert ("org:EURASEC", "2000") in found
    found = _founded("The Eurasian Economic Community was founded in 2000 after long talks.")
    assert ("org:EURASEC", "2000") in found
    found = _founded("The Eurasian Economic Community was founded after the Moscow Summit in October 2000.")
    assert ("org:EURASEC", "2000-10") not in found
