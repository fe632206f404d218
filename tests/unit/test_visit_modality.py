"""Which words make a visit one to come (`visit_modality`), and which do not: sentences written for these tests,
near-misses beside the cases the tune and held-out sets (`test_visit_modality_holdout`) hold."""

from __future__ import annotations

from tests.helpers import visit_modalities


def test_an_infinitive_of_purpose_is_the_trip_told_beside_it_not_a_visit_to_come():
    for text in (
        "In 2015 the Kyrgyz president travelled to Moscow to attend the CIS summit.",
        "In 2015 the Kyrgyz president went to Moscow to visit the Kremlin.",
    ):
        assert visit_modalities(text, "state:KGZ") == {("state:KGZ", "state:RUS", "2015", None)}


def test_a_modal_or_an_invitation_in_the_passive_puts_a_visit_forward():
    assert visit_modalities("The Uzbek president could visit Seoul in 2020.", "state:UZB") == {
        ("state:UZB", "state:KOR", "2020", "proposed")
    }
    assert visit_modalities("In 2010 the Tajik president was invited to visit Tokyo.", "state:TJK") == {
        ("state:TJK", "state:JPN", "2010", "proposed")
    }


def test_a_visit_refused_denied_or_put_off_is_none():
    assert not visit_modalities("The Georgian president declined an invitation to visit Moscow in 2009.", "state:GEO")
    assert not visit_modalities("The Belarusian president will not visit Kyiv in 2015.", "state:BLR")
    assert not visit_modalities("Putin's visit to Baku in 2019 was postponed.", "state:AZE")


def test_a_visit_described_as_to_come_is_planned_whatever_the_verb():
    assert visit_modalities("Putin's upcoming visit to Baku in 2019 was discussed.", "state:AZE") == {
        ("state:RUS", "state:AZE", "2019", "planned")
    }
