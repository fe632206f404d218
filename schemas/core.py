"""Models of the source-level tables: sources, boilerplate and passages."""

from __future__ import annotations

from pandera.typing import Series

from schemas.base import Table, field

SOURCE_ID = r"[a-z][a-z0-9_-]{1,63}"
"""A source id: 2-64 lowercase letters, digits, underscores or hyphens, starting with a letter."""


class Sources(Table):
    """One row per source text; key source_id. Bibliographic record from raw/sources.yaml, plus
    what the text's own header and footer state about it (the `*_in_text` fields)."""

    source_id: Series[str] = field(
        "Identifier of the source, used by every other table.", "akiner_efp", unique=True, str_matches=rf"^{SOURCE_ID}$"
    )
    file_path: Series[str] = field(
        "Path of the raw text, relative to the repository root.",
        "raw/akiner-kazakhstans-evolving-foreign-policy.txt",
        unique=True,
    )
    sha256: Series[str] = field(
        "SHA-256 of the raw file's bytes, verified at every build.", "0a3f4b54…", str_matches=r"^[0-9a-f]{64}$"
    )
    n_chars: Series[int] = field(
        "Length of the decoded text in Unicode code points; every offset is below it.", 43053, gt=0
    )
    title: Series[str] = field(
        "Title of the text; empty where neither the text nor a verifiable record states it.",
        "Kazakhstan’s Evolving Foreign Policy",
        nullable=True,
    )
    author: Series[str] = field(
        "Author as stated by the text; empty where the text does not say (never guessed).",
        "Shirin Akiner",
        nullable=True,
    )
    publisher: Series[str] = field("Publisher or hosting institution.", "Memleket tarihy instituty …", nullable=True)
    venue: Series[str] = field("Conference, series or page under which the text was published.", None, nullable=True)
    year: Series[str] = field(
        "Year of publication as stated; empty where no date is stated (see metadata_basis).", None, nullable=True
    )
    language: Series[str] = field("ISO 639-1 code of the text's language.", "en", str_matches=r"^[a-z]{2}$")
    url: Series[str] = field("Where the text was published.", "https://www.history-state.kz/…", nullable=True)
    rights: Series[str] = field("Who holds the rights to the text and on what terms it is included.", "© …")
    metadata_basis: Series[str] = field("Where the bibliographic record comes from.", "Stated in the page header.")
    attribution: Series[str] = field(
        "An attribution identified outside the text (basis in metadata_basis).", None, nullable=True
    )
    subject_id: Series[str] = field(
        "The state or organisation the text is about (sources.yaml `subject`): what 'it' or 'the "
        "organization' means where nothing nearer is named (see actor_references); an entity_id of entities "
        "(not a declared foreign key: sources come first in the package); empty when none.",
        "org:CSTO",
        nullable=True,
    )
    title_in_text: Series[str] = field(
        "Title line found in the text's header, as written.", "KAZAKHSTAN’S EVOLVING FOREIGN POLICY", nullable=True
    )
    author_in_text: Series[str] = field(
        "Byline found in the text's header, as written.", "Shirin Akiner", nullable=True
    )
    publisher_in_text: Series[str] = field(
        "Institution named in the text's header, as written.", "Memleket tarihy institýty", nullable=True
    )
    conference_in_text: Series[str] = field(
        "Conference line found in the text's header, as written.", None, nullable=True
    )
    copyright_in_text: Series[str] = field(
        "Copyright line found in the text's footer, as written.",
        "© Copyright 2013. Мемлекет тарихы институты",
        nullable=True,
    )

    class Config:
        metadata = {"primary_key": ["source_id"], "title": "Source texts"}


class Boilerplate(Table):
    """One row per non-content span of a source (site header, conference line, title, byline,
    literature list, copyright line, web counter); key (source_id, char_start). No passage overlaps one."""

    source_id: Series[str] = field("Source the span belongs to.", "akiner_efp")
    kind: Series[str] = field(
        "What the span is.",
        "web_counter",
        isin=["institutional_header", "conference_line", "title", "byline", "literature", "copyright", "web_counter"],
    )
    char_start: Series[int] = field("Start offset (Unicode code points into the raw text).", 43039, ge=0)
    char_end: Series[int] = field("End offset, exclusive.", 43053, gt=0)
    text: Series[str] = field("The span's text, equal to the raw text between the offsets.", "Яндекс.Метрика")

    class Config:
        metadata = {
            "primary_key": ["source_id", "char_start"],
            "title": "Boilerplate spans",
            "foreign_keys": [{"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["source_id"]}}],
        }


class Passages(Table):
    """One row per passage (section, paragraph or sentence); key passage_id. Each passage's text
    equals the raw text between its offsets; sentences are the unit facts are extracted from."""

    passage_id: Series[str] = field(
        "Identifier: source, kind and 1-based ordinal.",
        "akiner_efp:sen0042",
        unique=True,
        str_matches=rf"^{SOURCE_ID}:(sec\d{{3}}|par\d{{3}}|sen\d{{4}})$",
    )
    source_id: Series[str] = field("Source the passage belongs to.", "akiner_efp")
    kind: Series[str] = field("section, paragraph or sentence.", "sentence", isin=["section", "paragraph", "sentence"])
    ordinal: Series[int] = field("1-based position among the source's passages of this kind.", 42, ge=1)
    parent_passage_id: Series[str] = field(
        "Enclosing passage: a sentence's paragraph, a paragraph's section.", "akiner_efp:par012", nullable=True
    )
    char_start: Series[int] = field("Start offset (Unicode code points into the raw text).", 1234, ge=0)
    char_end: Series[int] = field("End offset, exclusive.", 1301, gt=0)
    text: Series[str] = field(
        "The passage's text, equal to the raw text between the offsets.", "Kazakhstan joined both bodies in 1992."
    )
    is_heading: Series[bool] = field("True for a heading line (and its section), which states no facts.", False)

    class Config:
        metadata = {
            "primary_key": ["passage_id"],
            "title": "Passages",
            "foreign_keys": [
                {"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["source_id"]}},
                {"fields": ["parent_passage_id"], "reference": {"resource": "passages", "fields": ["passage_id"]}},
            ],
        }
