"""'mn' for million, set apart from its number as 'bn' may be ('US$ 400 mn', 'SDR 247.5 mn'): the financial press and
lenders' reports write both; not the start of a word ('12 mnemonic codes')."""

import pytest

from pipeline.text.amounts import find_amounts


@pytest.mark.parametrize(
    "text,value",
    [
        ("In 2010 Belarus received the second tranche of US$ 400 mn.", 400e6),
        ("Its quota was SDR 247.5 mn in 1999.", 247.5e6),
        ("The Fund disbursed $453mn in 2015.", 453e6),
        ("Trade reached $2 bn in 2018.", 2e9),
    ],
)
def test_a_spaced_mn_scales_its_number(text, value):
    assert [m.value for m in find_amounts(text) if m.unit == "currency"] == [value]


def test_a_word_that_begins_with_mn_is_no_scale():
    assert [(m.value, m.unit) for m in find_amounts("The treaty lists 12 mnemonic codes.")] == [
        (12.0, "mnemonic codes")
    ]
