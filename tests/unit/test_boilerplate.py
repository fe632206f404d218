"""Boilerplate recognition on the real Akiner page and on texts without page furniture."""

from pipeline.text import boilerplate


def test_akiner_page_furniture_is_recognised(raw_texts):
    spans = boilerplate.find(raw_texts["akiner_efp"])
    kinds = [s.kind for s in spans]
    assert kinds == [
        "institutional_header",
        "institutional_header",
        "conference_line",
        "title",
        "byline",
        "literature",
        "copyright",
        "web_counter",
    ]
    assert spans[-1].text == "Яндекс.Метрика"
    literature = spans[5].text
    assert literature.startswith("Literature:") and literature.endswith("(Almaty, VIP Media, 2000)")


def test_metadata_stated_by_the_header(raw_texts):
    meta = boilerplate.metadata(boilerplate.find(raw_texts["akiner_efp"]))
    assert meta["title_in_text"] == "KAZAKHSTAN’S EVOLVING FOREIGN POLICY"
    assert meta["author_in_text"] == "Shirin Akiner"
    assert meta["publisher_in_text"] == "Memleket tarihy institýty"
    assert "конференциясы" in meta["conference_in_text"]


def test_plain_text_has_no_boilerplate(raw_texts):
    assert boilerplate.find(raw_texts["engvall_cornell_2015"]) == []


def test_a_new_text_keeps_its_first_paragraph():
    text = "Kazakhstan joined the WTO in 2015.\n\nIt hosted Expo 2017.\n"
    assert boilerplate.find(text) == []
