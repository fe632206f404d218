"""Helpers the tests share: copies of the repository and their builds, edits of a raw text, the
README's loading recipes. Test modules import from here, never from each other."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pytest

from pipeline.entities import gazetteer, mentions, provisional, provisional_persons, provisional_rows
from pipeline.inputs import dictionaries as entity_dictionaries
from pipeline.stages import s3_extract as extract
from pipeline.text import parse
from pipeline.text.sentences import split
from schemas.base import FACT_TABLE

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "build" / "current"
"""The published package folder (a link to the newest version, see pipeline/stages/s7_publish.py)."""

UNSEEN = """Kazakhstan and Its Neighbours

In March 2019 President Tokayev made an official visit to Moscow, where he signed a protocol on border co-operation. Kazakhstan joined the Asian Infrastructure Investment Bank in 2015. In 2017 Kazakhstan assumed the chairmanship of the Shanghai Cooperation Organisation. The following year, Uzbekistan joined the Organization of the Islamic Conference. In 2018 China provided a loan of US $2,500m. to Kazakhstan for the construction of a railway.
"""
"""A short text of the genre that no rule was written on (tests/e2e/test_unseen_text.py builds it)."""


# --- copies of the repository and their builds ----------------------------------------------------

KZFP = str(Path(sys.executable).with_name("kzfp"))
DETERMINISTIC_OUTPUTS = ["build/current/datapackage.json", "build/current/*.csv", "build/current/parquet/*.parquet"]


def copy_repository(dest: Path) -> Path:
    """The repository's tracked and untracked-but-not-ignored files, as a fresh clone would have them."""
    files = (
        subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, files):
        if (ROOT / name).is_file() and not name.startswith("build/"):
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
    return dest


PARSE_CACHE = ROOT / "build" / "cache" / "parse"
"""The repository's parse cache, shared with the copies the tests build: a parse is keyed by its text and
the model (pipeline/text/parse.py), so sharing it changes no output, only the time a copy takes."""


BUILD_TIMEOUT_S = 900
"""A build that hangs (a pipe read as a text once did) fails its test instead of stalling the suite."""


DOCUMENT_CACHE = ROOT / "build" / "cache" / "test-documents"
"""Per-document results shared by the copies the tests build (pipeline/stages/document.py `cache_dir`): keyed by
the text, its entry, the code and the dictionaries, so sharing changes no output. A test that counts the
texts a build processed passes `KZFP_DOCUMENT_CACHE=""` to use the copy's own cache."""


def run_build(repo: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {
        "KZFP_PARSE_CACHE": str(PARSE_CACHE),
        "KZFP_DOCUMENT_CACHE": str(DOCUMENT_CACHE),
        **os.environ,
        **env,
    }
    return subprocess.run(
        [KZFP, "build"], cwd=repo, env=environment, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S
    )


def outputs(repo: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(repo)): p.read_bytes()
        for pattern in DETERMINISTIC_OUTPUTS
        for p in sorted(repo.glob(pattern))
    }


# --- editing a raw text -------------------------------------------------------------------------------

AKINER = "raw/akiner-kazakhstans-evolving-foreign-policy.txt"
FACT_TABLES = list(FACT_TABLE.values())


def edit_raw_text(repo: Path, file: str, old: str, new: str) -> tuple[int, int]:
    """Replace the one occurrence of `old` in a raw text and its checksum in raw/sources.yaml; return
    the (start, end) code point offsets `old` had in the decoded text."""
    path = repo / file
    before = path.read_bytes()
    text = before.decode("utf-8-sig")
    assert text.count(old) == 1, f"{file}: {old!r} must occur once"
    start = text.index(old)
    bom = b"\xef\xbb\xbf" if before.startswith(b"\xef\xbb\xbf") else b""
    after = bom + text.replace(old, new).encode("utf-8")
    path.write_bytes(after)
    sources = repo / "raw" / "sources.yaml"
    old_sum, new_sum = hashlib.sha256(before).hexdigest(), hashlib.sha256(after).hexdigest()
    assert sources.read_text(encoding="utf-8").count(old_sum) == 1
    sources.write_text(sources.read_text(encoding="utf-8").replace(old_sum, new_sum), encoding="utf-8")
    return start, start + len(old)


# --- the README's loading recipes ---------------------------------------------------------------------

SECTION = "Loading the data"
EPILOGUE = """
import hashlib as _hashlib, json as _json
_frame = passages
_ids = sorted(str(v) for v in _frame["passage_id"])
print("RECIPE-RESULT " + _json.dumps({
    "type": type(_frame).__module__.split(".")[0] + "." + type(_frame).__name__,
    "rows": len(_frame), "columns": sorted(_frame.columns),
    "dtypes": {c: str(t) for c, t in _frame.dtypes.items()},
    "ids": _hashlib.sha256("\\n".join(_ids).encode()).hexdigest(),
    "texts": _hashlib.sha256("\\n".join(sorted(str(v) for v in _frame["text"])).encode()).hexdigest(),
    "missing_parents": int(_frame["parent_passage_id"].isna().sum()),
}))
"""


def readme_blocks(language: str, readme: Path = ROOT / "README.md") -> list[str]:
    """The fenced code blocks of one language in the README's 'Loading the data' section."""
    text = readme.read_text(encoding="utf-8")
    match = re.search(rf"^## {SECTION}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"README.md has no '## {SECTION}' section"
    return re.findall(rf"^```{language}\n(.*?)^```$", match.group(1), re.M | re.S)


def run_recipe(code: str, folder: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code + EPILOGUE], cwd=folder, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"recipe failed in {folder}:\n{code}\n{done.stderr[-3000:]}"
    line = next(line for line in done.stdout.splitlines() if line.startswith("RECIPE-RESULT "))
    return json.loads(line.split(" ", 1)[1])


def expected_passages(folder: Path) -> dict:
    from pipeline.package.read import read_package

    frame = read_package(folder)[1]["passages"]
    return {
        "rows": len(frame),
        "columns": sorted(frame.columns),
        "ids": hashlib.sha256("\n".join(sorted(frame["passage_id"])).encode()).hexdigest(),
        "texts": hashlib.sha256("\n".join(sorted(frame["text"])).encode()).hexdigest(),
        "missing_parents": int(frame["parent_passage_id"].isna().sum()),
    }


def check_recipe(code: str, folder: Path) -> None:
    result, expected = run_recipe(code, folder), expected_passages(folder)
    assert result["type"] == "pandas.DataFrame"
    assert {k: result[k] for k in expected} == expected
    assert result["dtypes"]["ordinal"] in ("int64", "Int64")
    assert result["dtypes"]["char_start"] in ("int64", "Int64")
    assert result["dtypes"]["is_heading"] in ("bool", "boolean")


R_EPILOGUE = """
.tables <- Filter(function(r) !is.null(r$schema), descriptor$resources)
.problems <- vapply(.tables, function(r) nrow(problems(read_table(r$name))), 0L)
names(.problems) <- vapply(.tables, function(r) r$name, "")
.order <- order(passages$passage_id, method = "radix")
cat(toJSON(list(rows = nrow(passages), columns = names(passages),
                classes = lapply(passages, function(x) class(x)[1]),
                ids = passages$passage_id[.order], texts = passages$text[.order],
                missing_parents = sum(is.na(passages$parent_passage_id)), problems = as.list(.problems)),
           auto_unbox = TRUE), file = "r-recipe-result.json")
"""


def rscript() -> str:
    found = shutil.which("Rscript")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(
            "Rscript is missing on CI: .ci/run installs it (apt-get install r-base-core r-cran-readr r-cran-jsonlite)"
        )
    pytest.skip("R is not installed (Debian: apt-get install r-base-core r-cran-readr r-cran-jsonlite)")


def check_r_recipe(code: str, folder: Path, tmp_path: Path) -> None:
    """Run the R block in `folder` and compare what it read with the published passages."""
    script = tmp_path / "recipe.R"
    result_file = folder / "r-recipe-result.json"
    script.write_text(code + R_EPILOGUE, encoding="utf-8")
    try:
        done = subprocess.run([rscript(), str(script)], cwd=folder, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"R recipe failed in {folder}:\n{done.stderr[-3000:]}"
        result = json.loads(result_file.read_text(encoding="utf-8"))
    finally:
        result_file.unlink(missing_ok=True)
    from pipeline.package.read import read_package

    frame = read_package(folder)[1]["passages"].sort_values("passage_id")
    assert result["rows"] == len(frame)
    assert result["columns"] == list(frame.columns)
    assert result["ids"] == frame["passage_id"].tolist()
    assert result["texts"] == frame["text"].tolist()
    assert result["missing_parents"] == int(frame["parent_passage_id"].isna().sum())
    assert {k: result["classes"][k] for k in ("ordinal", "char_start", "is_heading", "text")} == {
        "ordinal": "integer",
        "char_start": "integer",
        "is_heading": "logical",
        "text": "character",
    }
    assert result["problems"] and set(result["problems"].values()) == {0}, result["problems"]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is missing on CI: .ci/run installs it (apt-get install chromium)")
    pytest.skip("chromium is not installed (Debian: apt-get install chromium); CI installs it")


# --- candidate facts of one paragraph -----------------------------------------------------------------

DICTIONARIES = ROOT / "raw" / "dictionaries"


@lru_cache(maxsize=1)
def _dictionaries():
    dicts = entity_dictionaries.load_dictionaries(DICTIONARIES)
    return gazetteer.Gazetteer(dicts), entity_dictionaries.entities_table(dicts), dicts["state_groups"]


def candidates(
    paragraph: str, fact_type: str | None = None, subject: str | None = "state:KAZ", heading: str | None = None
) -> list[dict]:
    """Candidates from one paragraph, as the extract stage makes them (fields plus rule_id), in a source
    about `subject` (the essays' subject by default), with the paragraph parsed, under a section `heading`.
    A blank line starts another paragraph of the same section."""
    rows = _passage_rows(paragraph, heading)
    finder, entities, groups = _dictionaries()
    passages = pd.DataFrame(rows)
    parses = parse.sentence_parses(pd.DataFrame({"source_id": ["t"], "text": [paragraph]}), passages)
    found, names = provisional.organizations(mentions.find_all(passages, finder), parses)
    found, persons, states = provisional_persons.persons(found, parses, {"t": subject})
    out = [
        {
            **json.loads(r.fields_json),
            "rule_id": r.rule_id,
            "quote": r.quote,
            "char_start": r.char_start,
            "char_end": r.char_end,
        }
        for r in extract.build(
            found,
            provisional_rows.entity_rows({**names, **persons}, entities, states),
            groups,
            {"t": subject},
            parses,
            {r["passage_id"]: heading for r in rows} if heading else None,
            mentions.heading_states({"": heading}, finder) if heading else None,
        ).itertuples()
        if fact_type is None or r.fact_type == fact_type
    ]
    return out


def lender_facts(paragraph: str, subject: str = "state:KAZ") -> tuple[set, set]:
    """The amounts of one paragraph as (kind, value, year) and its loan deals as (parties, year): the keys the corpus
    scorer compares for a text on a state and its lenders (year = the EDTF date's first four characters)."""
    found = candidates(paragraph, None, subject)
    amounts = {(c["kind"], c["value"], _year(c)) for c in found if c["rule_id"].startswith("amount.")}
    deals = {
        (tuple(c["parties"]), _year(c))
        for c in found
        if c["rule_id"].startswith("agreement.") and c.get("kind") == "loan_deal"
    }
    return amounts, deals


def _year(c: dict) -> str | None:
    return (c.get("date_edtf") or "")[:4] or None


def organization_mentions(paragraph: str) -> set[tuple[str, str]]:
    """(text, entity_id) of every organisation mention of one paragraph, dictionary and provisional ones, as the
    entity stage finds them."""
    passages = pd.DataFrame(_passage_rows(paragraph, None))
    parses = parse.sentence_parses(pd.DataFrame({"source_id": ["t"], "text": [paragraph]}), passages)
    found, _ = provisional.organizations(mentions.find_all(passages, _dictionaries()[0]), parses)
    return {(m.text, m.entity_id) for f in found for m in f.entities if m.entity_type == "organization"}


def provisional_person_mentions(paragraph: str, subject: str | None = "state:KAZ") -> set[tuple[str, str, str | None]]:
    """(text, entity_id, state) of every provisional person mention of one paragraph (full names and the surnames
    that refer back to them), in a source about `subject`, as the entity stage finds them."""
    passages = pd.DataFrame(_passage_rows(paragraph, None))
    parses = parse.sentence_parses(pd.DataFrame({"source_id": ["t"], "text": [paragraph]}), passages)
    found, _ = provisional.organizations(mentions.find_all(passages, _dictionaries()[0]), parses)
    found, _, states = provisional_persons.persons(found, parses, {"t": subject})
    return {
        (m.text, m.entity_id, states.get(m.entity_id))
        for f in found
        for m in f.entities
        if m.entity_id.startswith(provisional_persons.PREFIX)
    }


def _passage_rows(paragraph: str, heading: str | None) -> list[dict]:
    """The passages table's rows for one paragraph (sentences, paragraphs split at blank lines, a heading)."""
    blocks = [(b.start(), b.end()) for b in re.finditer(r"(?:(?!\n\n).)+", paragraph, re.S)] or [(0, 0)]
    rows = []
    for k, (p_start, p_end) in enumerate(blocks, start=1):
        rows += [
            {
                "passage_id": f"t:sen{len(rows) + i:04d}",
                "source_id": "t",
                "kind": "sentence",
                "ordinal": len(rows) + i,
                "parent_passage_id": f"t:par{k:03d}",
                "char_start": p_start + a,
                "char_end": p_start + b,
                "text": paragraph[p_start + a : p_start + b],
                "is_heading": False,
            }
            for i, (a, b) in enumerate(split(paragraph[p_start:p_end]), start=1)
        ]
    rows += [
        {
            "passage_id": f"t:par{k:03d}",
            "source_id": "t",
            "kind": "paragraph",
            "ordinal": k,
            "parent_passage_id": "t:sec001",
            "char_start": p_start,
            "char_end": p_end,
            "text": paragraph[p_start:p_end],
            "is_heading": False,
        }
        for k, (p_start, p_end) in enumerate(blocks, start=1)
    ]
    if heading:  # the section's heading, as the passages stage gives it: a paragraph of its own before the text
        rows.append(
            {
                "passage_id": "t:head",
                "source_id": "t",
                "kind": "paragraph",
                "ordinal": 0,
                "parent_passage_id": "t:sec001",
                "char_start": 0,
                "char_end": 0,
                "text": heading,
                "is_heading": True,
            }
        )
    return rows


def agreement_year_keys(text: str, subject: str, heading: str | None = None) -> set:
    """(kind, parties, year) of every agreement candidate stated as fact (no modality) in one paragraph, in a
    source about `subject`: the key the evaluation compares agreements on (pipeline/evaluation/corpus.py); unlike
    `stated_agreements`, by year and with candidates that have no parties (a test that none is found sees them)."""
    return {
        (c["kind"], tuple(c["parties"]), (c.get("date_edtf") or "")[:4] or None)
        for c in candidates(text, "agreement", subject, heading)
        if c.get("modality") is None
    }


def stated_agreements(
    text: str, subject: str | None = None, heading: str | None = None, partyless: bool = False
) -> set:
    """(kind, parties, date) of every agreement candidate of `text` stated as fact (no modality), with parties: the
    keys the scorer compares for a state's act on a treaty (an instrument's own act, 'was opened for signature in
    1968', has none: `instrument_acts`; `partyless` keeps those too)."""
    return {
        (c["kind"], tuple(c["parties"]), c.get("date_edtf"))
        for c in candidates(text, "agreement", subject, heading)
        if c.get("modality") is None and (c["parties"] or partyless)
    }


def amounts(text: str, *keys):
    """The amount candidates' values of `keys` in one paragraph, sorted."""
    return pick(candidates(text, "amount"), *keys)


def pick(cands, *keys):
    """The candidates' values of `keys`, sorted: what a rule test compares."""
    return sorted((tuple(c.get(k) for k in keys) for c in cands), key=lambda t: tuple(str(v) for v in t))


def event_keys(text, subject=None) -> set:
    """(organisation, event, state, counterpart, date) of every organisation event candidate of `text`."""
    return set(
        pick(
            candidates(text, "organization_event", subject),
            "organization_id",
            "event_type",
            "state_id",
            "counterpart_organization_id",
            "date_edtf",
        )
    )


EVENT_KEYS = ("organization_id", "event_type", "state_id", "counterpart_organization_id", "date_edtf")


def stated_events(text: str, subject: str | None, keys: tuple[str, ...] = EVENT_KEYS) -> set:
    """`keys` of every organisation event candidate of `text` stated as fact (no modality): what the scorer compares
    for an event the text asserts (a planned or proposed one is another fact)."""
    rows = pick(candidates(text, "organization_event", subject), *keys, "modality")
    return {r[:-1] for r in rows if r[-1] is None}


def founding_keys(text: str, subject: str) -> set:
    """('event', org, event, date, modality) of every founded / establishment_decided event, and ('founder', state,
    org) of every founder membership, of one paragraph in a source about `subject`."""
    out = set()
    for c in candidates(text, None, subject):
        if c.get("event_type") in ("founded", "establishment_decided"):
            out.add(("event", c["organization_id"], c["event_type"], c.get("date_edtf"), c.get("modality")))
        if c.get("role") == "founder":
            out.add(("founder", c["state_id"], c["organization_id"]))
    return out


MEETINGS = ("summit_hosted", "inaugural_summit", "ministerial_meeting_hosted", "conference_hosted")


def meeting_events(text: str, subject: str | None) -> set:
    """(organisation, event, state, date, modality) of every meeting event candidate of `text`: a summit, a
    ministerial meeting or a conference of an organisation, planned ones with their modality."""
    keys = ("organization_id", "event_type", "state_id", "date_edtf", "modality")
    return {r for r in pick(candidates(text, "organization_event", subject), *keys) if r[1] in MEETINGS}


def xfail_cases(cases: list, known: dict[str, str]) -> list:
    """`cases` as pytest params, those whose sentence starts with a key of `known` marked as strict xfails with
    its reason: a case the rules do not meet stays visible, and a fix shows."""
    return [
        pytest.param(
            *case,
            marks=[pytest.mark.xfail(strict=True, reason=why) for k, why in known.items() if case[0].startswith(k)],
        )
        for case in cases
    ]


def visit_keys(text, subject="state:RUS") -> set:
    """(visitor, visitor state, host state, place, date) of every visit candidate of `text`."""
    return set(
        pick(
            candidates(text, "visit", subject),
            "visitor_id",
            "visitor_state_id",
            "host_state_id",
            "place_id",
            "date_edtf",
        )
    )


def stated_visit_keys(text: str, subject: str | None, heading: str | None = None) -> set:
    """(visitor state or organisation, host state, year) of every visit candidate of one paragraph stated as fact (no
    modality), in a source about `subject`, under a section `heading`: the key the evaluation compares visits on."""
    return {key[:3] for key in visit_modalities(text, subject, heading) if key[3] is None}


def visit_modalities(text: str, subject: str | None, heading: str | None = None) -> set:
    """(visitor state or organisation, host state, year, modality) of every visit candidate of one paragraph: the
    evaluation's key and the modality scored beside it."""
    out = set()
    for c in candidates(text, "visit", subject, heading):
        date = c.get("date_edtf")
        visitor = c.get("visitor_state_id") or c.get("visitor_organization_id")
        out.add((visitor, c.get("host_state_id"), date[:4] if date else None, c.get("modality")))
    return out


def visitor_keys(text: str, subject: str | None, heading: str | None = None) -> set:
    """(visitor, visitor state or organisation, host state, year, modality) of every visit candidate of one
    paragraph under section `heading`: the visit's key and the visitor, a person the dictionary lacks by his
    provisional id (`provisional_id`)."""
    out = set()
    for c in candidates(text, "visit", subject, heading):
        date = c.get("date_edtf")
        out.add(
            (
                c.get("visitor_id"),
                c.get("visitor_state_id") or c.get("visitor_organization_id"),
                c.get("host_state_id"),
                date[:4] if date else None,
                c.get("modality"),
            )
        )
    return out


def provisional_id(visitor: str | None) -> str | None:
    """'new:Yusuf bin Alawi' (the codebook's visitor the dictionary lacks) -> 'person:new_yusuf_bin_alawi', the id
    `provisional_persons.person_id` gives him."""
    if visitor is None or not visitor.startswith("new:"):
        return visitor
    return provisional_persons.person_id(visitor[4:])
