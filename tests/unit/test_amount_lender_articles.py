"""Figures and loan deals in articles on a state and a lender (the IMF, the World Bank, the ADB, the EBRD): made-up
genre sentences, each with a near-miss, kinds and years by the codebook (raw/evaluation/BRIEF.md §4, §5: a
percentage is a `share`, the year is the one the figure refers to, a goal or forecast keeps its own year)."""

import pytest

from tests.helpers import amounts, candidates


def _keys(text: str, subject: str) -> list[tuple]:
    return sorted(
        (c["kind"], c["value"], (c.get("date_edtf") or "")[:4] or None)
        for c in candidates(text, "amount", subject)
    )


# --- a share forecast is no event of the narrative's year ------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Armenia joined the IMF in 1992. The Fund expects Armenia's growth to slow to 4.5 percent next year.", None),
        ("Mongolia joined the IMF in 1991. The IMF projects that the economy will grow by 6 percent.", None),
        ("Tajikistan joined the IMF in 1993. Growth is projected to reach 5 percent.", None),
        # near-misses: a share told in the past, or in the plain present, is of the year the paragraph is at
        ("In 2016 Mongolia's economy was in crisis. Its budget deficit is 15 percent of GDP.", "2016"),
        ("In 2016 Mongolia faced a crisis. Inflation rose to 9 percent.", "2016"),
        ("In 2016 Mongolia faced a crisis. Growth had slowed to 1 percent.", "2016"),
    ],
)
def test_a_share_forecast_takes_no_year_from_the_narrative(text, expected):
    assert [k[2] for k in _keys(text, "state:MNG")] == [expected]
