"""The unit of a count is the counted noun (raw/evaluation/BRIEF.md §5 amount: '2,300 delegates' -> delegates): without
the adjectives that only pick some of them out ('new', 'other', 'announced') or the names that say whose they are
('Russian', 'Central Asian', 'NATO'); the words that make a kind of their own stay ('atmospheric tests')."""

import pytest

from pipeline.text.amounts import find_amounts


@pytest.mark.parametrize(
    "text,unit",
    [
        ('On 20 July 2007 the UK expelled "four Russian envoys".', "envoys"),
        ("the borders of three Central Asian republics converge", "republics"),
        ("By 1992 the ECO had expanded to include seven new members.", "members"),
        ("North Korea carried out six announced tests.", "tests"),
        ("Armenia has diplomatic relations with 172 separate entities.", "entities"),
        ("In 2001 the alliance deployed 2,000 NATO troops to Kabul.", "troops"),
        ("In 1995 two additional IMF missions visited Almaty.", "missions"),
        # near-misses: classifying words, a label, and a phrase that is all a name keep their words
        ("The US conducted 215 atmospheric tests.", "atmospheric tests"),
        ("Two staff missions visited Almaty in 1995.", "staff missions"),
        ("The Protocol lists eight Annex 2 reactors.", "Annex 2 reactors"),
        ("The FAO has two Assistant Directors-General.", "Assistant Directors-General"),
    ],
)
def test_the_unit_is_the_counted_noun(text, unit):
    assert [m.unit for m in find_amounts(text)] == [unit]
