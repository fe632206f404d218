"""Every user mistake in raw/ stops `kzfp build` with one line, and the published package stays as it was.

Each case clones the good build, breaks one input, runs `kzfp build` and checks: non-zero exit, no
traceback, one error line naming the file (and the line or byte where it applies), the published files
byte-identical and no staging folder left. Accepted variants (a BOM, CRLF and CR line endings) must
build, with offsets into the file as it is. The builds run side by side to keep the matrix quick.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.package.read import read_package
from pipeline.text import decode
from tests.bad_inputs.conftest import clone, error_line, published, staging_folders
from tests.helpers import KZFP, run_build

AKINER = "raw/akiner-kazakhstans-evolving-foreign-policy.txt"
SOURCES = "raw/sources.yaml"


# --- helpers the breakages use ----------------------------------------------------------------


def entry_line(repo: Path, source_id: str = "akiner_efp") -> int:
    """Line of '- id: <source_id>' in raw/sources.yaml."""
    lines = (repo / SOURCES).read_text(encoding="utf-8").split("\n")
    return lines.index(f"- id: {source_id}") + 1


def edit_sources(repo: Path, old: str, new: str) -> None:
    path = repo / SOURCES
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def replace_text(repo: Path, data: bytes, update_sha: bool = False) -> None:
    """Write new bytes into the Akiner text; with update_sha, record their sha256 in sources.yaml."""
    path = repo / AKINER
    old = hashlib.sha256(path.read_bytes()).hexdigest()
    path.write_bytes(data)
    if update_sha:
        edit_sources(repo, old, hashlib.sha256(data).hexdigest())


def akiner(repo: Path) -> bytes:
    return (repo / AKINER).read_bytes()


def line_of_key(repo: Path, key: str, after: int) -> int:
    lines = (repo / SOURCES).read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, start=1) if i > after and line.startswith(f"  {key}:"))


# --- the breakages: each breaks a repository and returns what the error line must contain ---------


def missing_text(repo):
    (repo / AKINER).unlink()
    return [AKINER, "file not found", f"line {entry_line(repo)}"]


def empty_text(repo):
    replace_text(repo, b"")
    return [AKINER, "empty"]


def pdf_text(repo):
    replace_text(repo, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 8)
    return [AKINER, "PDF", "plain text"]


def binary_text(repo):
    replace_text(repo, bytes(range(32)) * 200, update_sha=True)
    return [AKINER, "binary file", "plain text"]


def utf16_text(repo):
    replace_text(repo, akiner(repo).decode("utf-8").encode("utf-16-le"), update_sha=True)
    return [AKINER, "UTF-16", "iconv -f UTF-16 -t UTF-8"]


def windows_1251_text(repo):
    text = akiner(repo).decode("utf-8")
    # The first character Windows-1251 writes as a non-ASCII byte (a Cyrillic header line); every
    # character before it is one byte ('ý', which Windows-1251 lacks, becomes '?').
    first = next(i for i, ch in enumerate(text) if ch.encode("cp1251", errors="replace")[0] > 127)
    replace_text(repo, text.encode("cp1251", errors="replace"))
    return [f"{AKINER}:{text[:first].count(chr(10)) + 1}: byte {first} ", "not UTF-8", "iconv -f WINDOWS-1251 -t UTF-8"]


def nul_byte(repo):
    data = akiner(repo)
    lines = data.split(b"\n")
    at = len(b"\n".join(lines[:20])) + 1 + 10  # ten bytes into line 21
    replace_text(repo, data[:at] + b"\x00" + data[at:], update_sha=True)
    return [f"{AKINER}:21: byte {at} ", "NUL"]


def long_line(repo):
    body = akiner(repo).rstrip(b"\n")
    replace_text(repo, body + b"\n" + b"Kazakhstan " * 15_000 + b"\n", update_sha=True)  # 165 KB, one line
    line = body.count(b"\n") + 2
    return [f"{AKINER}:{line}: ", "165,000 characters", "one paragraph per line"]


def checksum_mismatch(repo):
    data = akiner(repo) + b"A sentence added later.\n"
    replace_text(repo, data)
    return [AKINER, "checksum mismatch", hashlib.sha256(data).hexdigest()]


def sources_missing(repo):
    (repo / SOURCES).unlink()
    return [SOURCES, "not found"]


def sources_not_yaml(repo):
    edit_sources(repo, "  title: Kazakhstan’s", "  title: [Kazakhstan’s")  # an unclosed list
    return [f"{SOURCES}:", "not valid YAML"]


def sources_tab(repo):
    line = entry_line(repo) + 1
    edit_sources(repo, "  file: akiner", "\tfile: akiner")
    return [f"{SOURCES}:{line}: ", "not valid YAML", "'\\t'"]


def sources_not_a_list(repo):
    (repo / SOURCES).write_text("akiner_efp: akiner-kazakhstans-evolving-foreign-policy.txt\n", encoding="utf-8")
    return [f"{SOURCES}:1: ", "expected a list"]


def sources_empty_list(repo):
    (repo / SOURCES).write_text("# no texts yet\n[]\n", encoding="utf-8")
    return [f"{SOURCES}:2: ", "empty"]


def sources_not_utf8(repo):
    text = (repo / SOURCES).read_text(encoding="utf-8")
    (repo / SOURCES).write_bytes(text.encode("cp1251", errors="replace"))
    first = next(i for i, ch in enumerate(text) if ord(ch) > 127)
    return [f"{SOURCES}:{text[:first].count(chr(10)) + 1}: ", "not UTF-8"]


def missing_key(repo):
    line = entry_line(repo)
    edit_sources(repo, "  rights: >-\n    © the Institute", "  rites: >-\n    © the Institute")
    return [f"{SOURCES}:{line}: ", "lacks required key(s) rights"]


def unknown_key(repo):
    line = entry_line(repo)
    edit_sources(repo, "  language: en\n", "  language: en\n  edition: second\n")
    return [f"{SOURCES}:{line}: ", "unknown key(s) edition"]


def repeated_key(repo):
    line = line_of_key(repo, "year", entry_line(repo)) + 1
    edit_sources(repo, "  year: null\n", "  year: null\n  year: 2015\n")
    return [f"{SOURCES}:{line}: ", "'year' appears twice"]


def repeated_id(repo):
    line = entry_line(repo, "engvall_cornell_2015")
    edit_sources(repo, "- id: engvall_cornell_2015", "- id: akiner_efp")
    return [f"{SOURCES}:{line}: ", "repeats the source at line"]


def bad_checksum_form(repo):
    line = entry_line(repo)
    edit_sources(repo, "  sha256: 0", "  sha256: 0x0")
    return [f"{SOURCES}:{line}: ", "sha256", f"sha256sum {AKINER}"]


def bad_language(repo):
    line = entry_line(repo)
    edit_sources(repo, "  language: en", "  language: English")
    return [f"{SOURCES}:{line}: ", "ISO 639-1"]


def path_dotdot(repo):
    line = entry_line(repo)
    (repo / "x.txt").write_bytes(akiner(repo))
    edit_sources(repo, "  file: akiner-kazakhstans-evolving-foreign-policy.txt", "  file: ../x.txt")
    return [f"{SOURCES}:{line}: ", "'../x.txt'", "outside raw/"]


def path_absolute(repo):
    line = entry_line(repo)
    edit_sources(repo, "  file: akiner-kazakhstans-evolving-foreign-policy.txt", f"  file: {repo / AKINER}")
    return [f"{SOURCES}:{line}: ", "absolute path", "relative to raw/"]


def path_symlink_out(repo):
    line = entry_line(repo)
    outside = repo.parent / "outside.txt"
    (repo / AKINER).rename(outside)
    (repo / AKINER).symlink_to(outside)
    return [f"{SOURCES}:{line}: ", "resolves outside raw/"]


def dictionary_repeated_row(repo):
    path = repo / "raw" / "dictionaries" / "states.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines + [lines[1]]), encoding="utf-8")
    return [f"raw/dictionaries/states.csv:{len(lines) + 1}: ", "repeats line 2"]


def curation_unknown_fact(repo):
    path = repo / "raw" / "curation.yaml"
    text = path.read_text(encoding="utf-8")
    assert "\ndecisions: []\n" in text
    line = text[: text.index("\ndecisions: []\n")].count("\n") + 3
    path.write_text(
        text.replace(
            "\ndecisions: []\n",
            "\ndecisions:\n  - {fact_id: mem-000000000000, action: confirm, by: A. Curator, on: 2025-01-15}\n",
        ),
        encoding="utf-8",
    )
    return [f"raw/curation.yaml:{line}: ", "mem-000000000000"]


# --- attacks (issue 16): hostile or careless YAML, huge or invisible texts, files that are no files ----

LAUGHS = "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 10))
"""A "billion laughs" block: nine levels of nine aliases each (9^9 strings once expanded, 300 bytes)."""


def curation_text(repo: Path, decisions: str) -> int:
    """Put `decisions` (YAML lines) under 'decisions:' in raw/curation.yaml; return the first one's line."""
    path = repo / "raw" / "curation.yaml"
    text = path.read_text(encoding="utf-8")
    assert "\ndecisions: []\n" in text
    head = text[: text.index("\ndecisions: []\n")]
    path.write_text(head + "\ndecisions:\n" + decisions, encoding="utf-8")
    return head.count("\n") + 3


def curation_billion_laughs(repo):
    path = repo / "raw" / "curation.yaml"
    line = path.read_text(encoding="utf-8").count("\n") + 1
    path.write_text(path.read_text(encoding="utf-8") + "l0: &l0 lol\n" + LAUGHS, encoding="utf-8")
    return [f"raw/curation.yaml:{line}: ", "anchor &l0 is not allowed"]


def curation_billion_laughs_as_date(repo):
    line = curation_text(repo, "  - {fact_id: mem-000000000000, action: confirm, by: A. Curator, on: &d lol}\n")
    return [f"raw/curation.yaml:{line}: ", "anchor &d is not allowed"]


def sources_billion_laughs(repo):
    path = repo / SOURCES
    path.write_text("- &l0 lol\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    return [f"{SOURCES}:1: ", "anchor &l0 is not allowed"]


def curation_decisions_twice(repo):
    line = curation_text(
        repo,
        "  - {fact_id: mem-000000000000, action: reject, reason: no, by: A. Curator, on: 2025-01-15}\ndecisions: []\n",
    )
    return [f"raw/curation.yaml:{line + 1}: ", "'decisions' appears twice", f"first at line {line - 1}"]


def curation_fact_id_twice(repo):
    line = curation_text(
        repo,
        "  - fact_id: mem-000000000000\n    action: confirm\n    fact_id: mem-111111111111\n"
        "    by: A. Curator\n    on: 2025-01-15\n",
    )
    return [f"raw/curation.yaml:{line + 2}: ", "'fact_id' appears twice", f"first at line {line}"]


def curation_action_twice(repo):
    line = curation_text(
        repo,
        "  - fact_id: mem-000000000000\n    action: reject\n    reason: wrong\n"
        "    action: confirm\n    by: A. Curator\n    on: 2025-01-15\n",
    )
    return [f"raw/curation.yaml:{line + 3}: ", "'action' appears twice"]


def curation_day_that_does_not_exist(repo):
    line = curation_text(repo, "  - {fact_id: mem-000000000000, action: confirm, by: A. Curator, on: 2025-13-01}\n")
    return [f"raw/curation.yaml:{line}: ", "'2025-13-01' is not a day", "YYYY-MM-DD"]


def curation_corrected_day_that_does_not_exist(repo):
    fact_id = (repo / "build" / "current" / "memberships.csv").read_text(encoding="utf-8").split("\n")[1].split(",")[0]
    line = curation_text(
        repo,
        f"  - {{fact_id: {fact_id}, action: correct, fields: {{date_start: 2025-02-30}}, "
        "reason: A typo., by: A. Curator, on: 2025-01-15}\n",
    )
    return [f"raw/curation.yaml:{line}: correct {fact_id}: ", "date_start '2025-02-30' is not a day"]


def curation_unknown_fact_type(repo):
    line = curation_text(
        repo,
        "  - {action: add, fact_type: treaty, fields: {role: member}, source: akiner_efp, "
        "quote: Kazakhstan, by: A. Curator, on: 2025-01-15}\n",
    )
    return [f"raw/curation.yaml:{line}: ", "fact_type 'treaty' is not one of"]


def curation_malformed_fact_id(repo):
    line = curation_text(repo, "  - {fact_id: [mem, 1], action: confirm, by: A. Curator, on: 2025-01-15}\n")
    return [f"raw/curation.yaml:{line}: ", "is not a fact id"]


def curation_tagged_value(repo):
    line = curation_text(repo, "  - {fact_id: !!int mem, action: confirm, by: A. Curator, on: 2025-01-15}\n")
    return [f"raw/curation.yaml:{line}: ", "cannot be read", "without tags"]


def curation_huge_value(repo):
    line = curation_text(
        repo, "  - {fact_id: mem-000000000000, action: confirm, by: A. Curator, on: " + "x" * 500_000 + "}\n"
    )
    return [f"raw/curation.yaml:{line}: ", "is not a day", "x" * 70]


def sources_unterminated_quote(repo):
    line = line_of_key(repo, "title", entry_line(repo))
    edit_sources(
        repo, "  title: Kazakhstan’s Evolving Foreign Policy", '  title: "Kazakhstan’s Evolving Foreign Policy'
    )
    return [f"{SOURCES}:{line}: ", "closing quote missing"]


def text_too_large(repo):
    replace_text(repo, (akiner(repo) + b"\n") * (decode.MAX_TEXT_BYTES // len(akiner(repo)) + 1), update_sha=True)
    return [AKINER, f"more than the {decode.MAX_TEXT_BYTES:,}", "Split it"]


def text_of_unicode_whitespace(repo):
    replace_text(repo, "\u00a0\u3000\u2003\n\u200b\ufeff\u2028 \u00a0\n".encode("utf-8"), update_sha=True)
    return [AKINER, "empty"]


def text_is_a_directory(repo):
    (repo / AKINER).unlink()
    (repo / AKINER).mkdir()
    return [AKINER, "is a directory", f"line {entry_line(repo)}"]


def text_is_a_pipe(repo):
    (repo / AKINER).unlink()
    os.mkfifo(repo / AKINER)
    return [AKINER, "not a regular file"]


BROKEN: list[Callable[[Path], list[str]]] = [
    missing_text,
    empty_text,
    pdf_text,
    binary_text,
    utf16_text,
    windows_1251_text,
    nul_byte,
    long_line,
    checksum_mismatch,
    sources_missing,
    sources_not_yaml,
    sources_tab,
    sources_not_a_list,
    sources_empty_list,
    sources_not_utf8,
    missing_key,
    unknown_key,
    repeated_key,
    repeated_id,
    bad_checksum_form,
    bad_language,
    path_dotdot,
    path_absolute,
    path_symlink_out,
    dictionary_repeated_row,
    curation_unknown_fact,
    curation_billion_laughs,
    curation_billion_laughs_as_date,
    sources_billion_laughs,
    curation_decisions_twice,
    curation_fact_id_twice,
    curation_action_twice,
    curation_day_that_does_not_exist,
    curation_corrected_day_that_does_not_exist,
    curation_unknown_fact_type,
    curation_malformed_fact_id,
    curation_tagged_value,
    curation_huge_value,
    sources_unterminated_quote,
    text_too_large,
    text_of_unicode_whitespace,
    text_is_a_directory,
    text_is_a_pipe,
]


# --- accepted variants: each rewrites the Akiner text (and its sha256) and must build ----------------


def with_bom(repo):
    replace_text(repo, b"\xef\xbb\xbf" + akiner(repo), update_sha=True)


def with_crlf(repo):
    replace_text(repo, akiner(repo).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), update_sha=True)


def with_cr(repo):
    replace_text(repo, akiner(repo).replace(b"\r\n", b"\n").replace(b"\n", b"\r"), update_sha=True)


ACCEPTED = [with_bom, with_crlf, with_cr]


# --- running every case side by side ------------------------------------------------------------


@dataclass
class Outcome:
    repo: Path
    expected: list[str] | None
    before: dict[str, bytes]
    after: dict[str, bytes]
    result: subprocess.CompletedProcess


def _run(built: Path, dest: Path, breakage: Callable) -> Outcome:
    repo = clone(built, dest)
    before = published(repo)
    expected = breakage(repo)
    result = run_build(repo)
    return Outcome(repo, expected, before, published(repo), result)


@pytest.fixture(scope="module")
def outcomes(good_build, tmp_path_factory) -> dict[str, Outcome]:
    base = tmp_path_factory.mktemp("bad")
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
        futures = {f.__name__: pool.submit(_run, good_build, base / f.__name__ / "repo", f) for f in BROKEN + ACCEPTED}
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("breakage", BROKEN, ids=lambda f: f.__name__)
def test_bad_input_stops_the_build_with_one_line_and_publishes_nothing(breakage, outcomes):
    outcome = outcomes[breakage.__name__]
    line = error_line(outcome.result)
    missing = [part for part in outcome.expected if part not in line]
    assert missing == [], f"{line!r} lacks {missing}"
    assert outcome.result.returncode == 2
    changed = sorted(name for name in outcome.before if outcome.after.get(name) != outcome.before[name])
    assert changed == [] and sorted(outcome.after) == sorted(outcome.before)
    assert staging_folders(outcome.repo) == []


BEFORE_ANY_STAGE = [
    curation_billion_laughs,
    curation_billion_laughs_as_date,
    sources_billion_laughs,
    curation_decisions_twice,
    curation_fact_id_twice,
    curation_action_twice,
    sources_unterminated_quote,
]
"""Broken YAML syntax: refused by the check `kzfp build` runs before it loads the pipeline."""


@pytest.mark.parametrize("breakage", BEFORE_ANY_STAGE, ids=lambda f: f.__name__)
def test_broken_yaml_is_refused_before_any_stage_starts(breakage, outcomes):
    """The error is the only line: no stage started (no progress line), so a billion-laughs file
    costs the time of reading it, not of loading the pipeline or running a stage."""
    stderr = outcomes[breakage.__name__].result.stderr
    assert stderr.startswith("error: ") and stderr.count("\n") == 1, stderr


def test_debug_shows_the_traceback(good_build, tmp_path):
    repo = clone(good_build, tmp_path / "repo")
    empty_text(repo)
    result = subprocess.run([KZFP, "--debug", "build"], cwd=repo, capture_output=True, text=True)
    assert result.returncode != 0
    assert "Traceback" in result.stderr and "InputError" in result.stderr


def _offset_rows(tables: dict, source_id: str):
    """(table, kind, char_start, char_end, text) of every row that quotes the source by offsets."""
    for name, frame in tables.items():
        column = "quote" if "quote" in frame.columns else "text" if "text" in frame.columns else None
        if column is None or not {"source_id", "char_start", "char_end"} <= set(frame.columns):
            continue
        rows = frame[frame["source_id"] == source_id]
        kinds = rows["kind"] if "kind" in rows.columns else [None] * len(rows)
        yield from zip([name] * len(rows), kinds, rows["char_start"], rows["char_end"], rows[column])


@pytest.mark.parametrize("variant", ACCEPTED, ids=lambda f: f.__name__)
def test_bom_and_other_line_endings_are_accepted_with_offsets_into_the_file(variant, outcomes, good_build):
    """Offsets count every character of the file as it is (a BOM aside); a CR reads as a line break.

    So a quote within one line equals the file's slice exactly, and one across lines (a section, the
    literature list) equals it with each CR read as LF. Sentences are the same as with LF endings."""
    outcome = outcomes[variant.__name__]
    assert outcome.result.returncode == 0, outcome.result.stderr
    raw = akiner(outcome.repo).decode("utf-8").removeprefix("\ufeff")
    _, tables = read_package(outcome.repo)
    _, original = read_package(good_build)
    n = 0
    for table, kind, start, end, text in _offset_rows(tables, "akiner_efp"):
        exact = raw[start:end]
        assert text == exact.replace("\r", "\n"), (table, start, end)
        if kind in ("sentence", "paragraph") or table in ("evidence", "mentions"):
            assert text == exact, (table, start, end)
        n += 1
    assert n > 300

    def sentences(t):
        p = t["passages"]
        return p[(p["source_id"] == "akiner_efp") & (p["kind"] == "sentence")]["text"].tolist()

    assert sentences(tables) == sentences(original)
    if variant is with_bom:  # offsets count from the first character after the BOM: nothing moves
        assert outcome.after["passages.csv"] == outcome.before["passages.csv"]


def test_a_text_with_crlf_keeps_its_checksum_and_character_count(outcomes):
    outcome = outcomes["with_crlf"]
    _, tables = read_package(outcome.repo)
    row = tables["sources"].set_index("source_id").loc["akiner_efp"]
    data = akiner(outcome.repo)
    assert row["sha256"] == hashlib.sha256(data).hexdigest()
    assert row["n_chars"] == len(data.decode("utf-8")) and data.count(b"\r\n") > 100
