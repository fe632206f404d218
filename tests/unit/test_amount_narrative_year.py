"""The year a figure takes from the narrative when its sentence gives none: what the sentences before it date
(`timeline.event_year`), over a paragraph for a figure told in the past and over the section for words said
(`amount_dates._reported`). Sentences in the genre of an organisation's history; the first shapes are those of
dev texts (wiki_eaeu_2025, wiki_eurasec_2025), each with a near-miss that must keep its own year or none."""

import pytest

from pipeline.rules import timeline
from pipeline.text.dates import find_dates
from tests.helpers import amounts


# --- which date of a sentence the narrative is at ------------------------------------------------------------
@pytest.mark.parametrize(
    "text,year",
    [
        ("On 29 May 2014, the presidents signed the treaty, which came into effect on 1 January 2015.", 2014),
        ("In June 2009, the members set up a fund to deal with the effects of the 2008 financial crisis.", 2009),
        ("In 1996 the leaders met in Almaty, whose summit of 1998 was larger.", 1996),
        # near-misses: a later date of the sentence's own acts moves the narrative on
        ("The presidents signed the treaty in May 2014, and it came into effect on 1 January 2015.", 2015),
        ("In 2014 the presidents signed the treaty; in 2015 Armenia joined.", 2015),
        ("The 2008 financial crisis hit the region hard.", 2008),
    ],
)
def test_the_narrative_is_at_the_last_date_of_the_sentences_own_acts(text, year):
    assert timeline.event_year(text, find_dates(text)) == year


# --- a figure told later in the paragraph --------------------------------------------------------------------
def test_words_said_in_the_present_after_an_undated_sentence_take_no_year():
    """Codebook §5 amount: a figure told in the present (a quotation's too) has no year unless its clause gives one."""
    text = (
        "On 29 May 2014, the presidents signed the treaty on the Eurasian Economic Union, which came into effect "
        "on 1 January 2015. The presidents of Armenia and Kyrgyzstan were also present at the ceremony. The Russian "
        'president stated, "Today we have created a market that unites more than 170 million people."'
    )
    assert amounts(text, "value", "date_edtf") == [(1.7e8, None)]


def test_a_past_figure_after_a_sentence_naming_an_earlier_crisis_is_of_the_narrated_year():
    text = (
        "In June 2009, the members set up an anti-crisis fund to deal with the effects of the 2008 financial "
        "crisis. Russia contributed $7.5 billion to the fund."
    )
    assert amounts(text, "value", "date_edtf") == [(7.5e9, "2009")]


# --- words said in a later paragraph of the section -------------------------------------------------------------
def test_words_said_of_the_future_take_no_year_from_the_section():
    """Codebook §5 amount: a forecast or plan has no year unless its own clause gives one (the dev gold: 'told as a
    plan ("will establish") -> target, no year in its clause')."""
    text = (
        "On 9 June 2009, the member states announced the establishment of an anti-crisis fund.\n\n"
        "The finance minister explained the purpose of the fund. Instead, it creates a regional fund to help "
        'its neighbours. The Belarusian president said: "The Community will establish a fund of $10 billion."'
    )
    assert amounts(text, "value", "modality", "date_edtf") == [(1e10, "target", None)]


def test_a_present_figure_in_a_later_paragraph_takes_no_year_from_the_section():
    text = (
        "On 9 June 2009, the member states announced the establishment of an anti-crisis fund.\n\n"
        "The fund has capital of $8.5 billion."
    )
    assert amounts(text, "value", "date_edtf") == [(8.5e9, None)]


def test_a_past_figure_in_a_later_paragraph_takes_the_year_the_section_is_at():
    """Codebook §5 amount: a figure told in the past with no date in its sentence takes the date its paragraph, else
    its section, is about (the dev gold: 'contribution to a fund … year from the section')."""
    text = (
        "On 9 June 2009, the member states announced the establishment of an anti-crisis fund.\n\n"
        "Russia contributed $7.5 billion to the fund."
    )
    assert amounts(text, "value", "date_edtf") == [(7.5e9, "2009")]
