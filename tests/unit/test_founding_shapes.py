"""Foundings and founders in the shapes `founding_gerunds`, `spelled_bodies` and the founder lists read: the TUNE
set of tests/unit/founding_shapes_cases.py (written before the rules were changed; the misses left stay strict
xfails) and near-misses of each shape that must give nothing."""

from __future__ import annotations

import pytest

from tests.helpers import founding_keys, xfail_cases
from tests.unit.founding_shapes_cases import TUNE

TUNE_XFAIL = {
    "The Forum was initially created": "a short back-reference by another head noun than the subject's name's",
    "At a conference in Tashkent": "the description must spell the subject's name as the source's first sentence "
    "writes it, and this paragraph has no such sentence",
}


@pytest.mark.parametrize(("text", "subject", "expected"), xfail_cases(TUNE, TUNE_XFAIL))
def test_tune_case(text, subject, expected):
    assert founding_keys(text, subject) == expected


LEAD = "The Collective Security Treaty Organization is a military alliance. "


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        (
            "The Food and Agriculture Organization of the United Nations is a specialised agency. In 1943 delegates "
            "met at Hot Springs. They committed themselves to founding a permanent organization for food and "
            "agriculture.",
            "org:FAO",
            {("event", "org:FAO", "establishment_decided", "1943", None)},
        ),
        (
            LEAD + "At a conference in Tashkent in May 1992, the delegates committed themselves to founding a "
            "permanent body for collective security.",
            "org:CSTO",
            {("event", "org:CSTO", "establishment_decided", "1992-05", None)},
        ),
        (LEAD + "In 2009 the members decided to create a new fund for regional development.", "org:CSTO", set()),
        (LEAD + "In 1992 the delegates decided to create a new organization.", "org:CSTO", set()),
        pytest.param(
            "Iran is interested in creating the Economic Cooperation Organization.",
            "state:IRN",
            set(),
            marks=pytest.mark.xfail(strict=True, reason="the surface rule organization_event.founded_by reads it"),
        ),
        ("Turkey supported the idea of founding the Black Sea Economic Cooperation.", "state:TUR", set()),
        (
            "Armenia took part in founding the Collective Security Treaty Organization in 2002.",
            "state:ARM",
            {("event", "org:CSTO", "founded", "2002", None), ("founder", "state:ARM", "org:CSTO")},
        ),
    ],
)
def test_shape_and_near_miss(text, subject, expected):
    assert founding_keys(text, subject) == expected
