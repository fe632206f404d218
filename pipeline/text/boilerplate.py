"""Recognise the parts of a web page that are not the author's text.

One row per boilerplate span; key (source_id, char_start). Kinds: institutional_header,
conference_line, title, byline, literature, copyright, web_counter.

Why: texts saved from web pages carry the site's header, a conference banner, a reading list,
a copyright footer and a web-counter trailer. They must never become sentences or facts, but the
header lines also state the title, author, publisher and conference, which the `sources` table
takes from here. Rules look only at the leading and trailing lines of a document, so a new text with
no such furniture loses nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INSTITUTION = re.compile(r"instit[uýy]|университет|academy|академ", re.IGNORECASE)
CONFERENCE = re.compile(r"конференц|conference|symposium|конгресс", re.IGNORECASE)
NON_LATIN_LINE = re.compile(r"^[^A-Za-z]*[\u0400-\u04FF][^A-Za-z]*$")
TITLE_LINE = re.compile(r"^[^a-z]*[A-Z]{3}[^a-z]*$")
BYLINE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z'’.]+){1,3}$")
LITERATURE_HEADING = re.compile(r"^(Literature|References|Bibliography|Further reading|Sources):?$", re.IGNORECASE)
COPYRIGHT = re.compile(r"^(©|\(c\)|copyright\b)", re.IGNORECASE)
WEB_COUNTER = re.compile(r"Яндекс\.Метрика|LiveInternet|Google Analytics|Рейтинг@Mail\.ru|counter", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    kind: str
    char_start: int
    char_end: int
    text: str


def lines_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """Each line's stripped content with its start and end offsets; blank lines left out."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            out.append((start, start + len(stripped), stripped))
        pos += len(line) + 1
    return out


def find(text: str) -> list[Span]:
    """Boilerplate spans at the head and the tail of a document, in text order."""
    lines = lines_with_offsets(text)
    head = _head(lines)
    tail = _tail(text, lines[len(head) :])
    return head + tail


def _head(lines: list[tuple[int, int, str]]) -> list[Span]:
    spans: list[Span] = []
    for start, end, line in lines:
        if CONFERENCE.search(line) and len(line.split()) < 30:
            kind = "conference_line"
        elif (INSTITUTION.search(line) and len(line.split()) < 30) or NON_LATIN_LINE.match(line):  # a prose lead
            # paragraph that names an 'institution' ('… a development finance institution …') is text
            kind = "institutional_header"
        elif TITLE_LINE.match(line) and len(line.split()) <= 15:
            kind = "title"
        elif spans and spans[-1].kind == "title" and BYLINE.match(line):
            kind = "byline"
        else:
            break
        spans.append(Span(kind, start, end, line))
    return spans


def _tail(text: str, lines: list[tuple[int, int, str]]) -> list[Span]:
    spans: list[Span] = []
    i = len(lines)
    while i > 0:
        start, end, line = lines[i - 1]
        if WEB_COUNTER.search(line) and len(line.split()) <= 5:
            spans.append(Span("web_counter", start, end, line))
        elif COPYRIGHT.match(line):
            spans.append(Span("copyright", start, end, line))
        else:
            break
        i -= 1
    for j in range(i - 1, -1, -1):
        start, _, line = lines[j]
        if LITERATURE_HEADING.match(line):
            end = lines[i - 1][1]
            spans.append(Span("literature", start, end, text[start:end]))
            break
    return sorted(spans, key=lambda s: s.char_start)


def metadata(spans: list[Span]) -> dict[str, str | None]:
    """What the boilerplate states about the text: title, author, publisher, conference, copyright."""
    first = {
        kind: next((s.text for s in spans if s.kind == kind), None)
        for kind in ("title", "byline", "conference_line", "copyright")
    }
    publisher = next((s.text for s in spans if s.kind == "institutional_header" and INSTITUTION.search(s.text)), None)
    return {
        "title_in_text": first["title"],
        "author_in_text": first["byline"],
        "publisher_in_text": publisher,
        "conference_in_text": first["conference_line"],
        "copyright_in_text": first["copyright"],
    }
