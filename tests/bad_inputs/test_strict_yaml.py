"""The strict YAML reader (pipeline/inputs/strict_yaml.py) behind raw/sources.yaml and raw/curation.yaml.

Hostile documents are refused at once with one bounded line naming the file and line; random documents
(hypothesis) are accepted or refused with such a line, never with a traceback, a hang or a memory blow-up.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import EXCERPT, MAX_MESSAGE, InputError
from pipeline.inputs import curation as curation_file
from pipeline.inputs import sources, strict_yaml
from tests.helpers import ROOT

LAUGHS = "l0: &l0 lol\n" + "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 10))
SOURCES = ROOT / "raw" / "sources.yaml"
SECONDS = 5.0
"""A hang guard, not a speed target: each document here is refused in milliseconds (make bench measures)."""
PEAK_BYTES = 300_000_000


def refused(parse, text: str, traced: bool = False) -> str:
    """The one-line message `parse(text)` refuses `text` with, checked for time and length, and with
    `traced` for the peak of memory allocated (tracing makes parsing many times slower)."""
    if traced:
        tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(InputError) as caught:
            parse(text)
    finally:
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] if traced else 0
        tracemalloc.stop()
    assert elapsed < SECONDS * (10 if traced else 1) and peak < PEAK_BYTES, (elapsed, peak)
    message = str(caught.value)
    assert "\n" not in message and len(message) <= MAX_MESSAGE
    return message


def parse_sources(text: str) -> list[dict]:
    return sources.parse(text, SOURCES)


@pytest.mark.parametrize(
    "parse, where", [(curation_file.parse, "raw/curation.yaml"), (parse_sources, "raw/sources.yaml")]
)
def test_billion_laughs_are_refused_at_the_first_anchor(parse, where):
    message = refused(parse, "# header\n" + LAUGHS, traced=True)
    assert message.startswith(f"{where}:2: anchor &l0 is not allowed")


def test_an_alias_alone_is_refused_too():
    assert "alias *x is not allowed" in refused(curation_file.parse, "decisions: *x\n")


def test_repeated_keys_name_both_lines():
    text = (
        "decisions:\n  - fact_id: mem-000000000000\n    action: confirm\n    by: A\n    on: 2025-01-15\n"
        "    fact_id: mem-111111111111\n"
    )
    assert refused(curation_file.parse, text) == (
        "raw/curation.yaml:6: key 'fact_id' appears twice in one mapping (first at line 2, again at line 6). Keep one."
    )


def test_a_value_is_cut_in_messages():
    value = "y" * 1_000_000
    message = refused(
        curation_file.parse, f"decisions:\n  - {{fact_id: {value}, action: confirm, by: A, on: 2025-01-15}}\n"
    )
    assert "y" * (EXCERPT - 2) in message and "y" * (EXCERPT + 1) not in message


def test_deep_nesting_is_refused():
    assert "nested more than" in refused(curation_file.parse, "decisions: " + "[" * 5000 + "]" * 5000 + "\n")


def test_an_unclosed_quote_is_reported_where_it_opens():
    text = 'decisions:\n  - fact_id: "mem-000000000000\n    action: confirm\n    by: A\n    on: 2025-01-15\n'
    assert refused(curation_file.parse, text).startswith(
        "raw/curation.yaml:2: a quoted value opened here is never closed"
    )


def test_dates_and_yes_no_stay_text():
    root, loader = strict_yaml.compose("on: 2025-01-15\nno: yes\nok: true\n", "x.yaml")
    assert strict_yaml.construct(loader, root, "x.yaml") == {"on": "2025-01-15", "no": "yes", "ok": True}


def test_an_oversized_file_is_refused_before_it_is_parsed(tmp_path: Path):
    path = tmp_path / "curation.yaml"
    path.write_bytes(b"# " + b"x" * strict_yaml.MAX_BYTES + b"\n")
    with pytest.raises(InputError, match=r"^raw/curation.yaml: [\d,]+ bytes, more than the"):
        curation_file.load(path)


def test_the_shipped_inputs_read_as_before():
    assert [e["id"] for e in sources.load(SOURCES)][:2] == ["akiner_efp", "engvall_cornell_2015"]
    curation_file.load(ROOT / "raw" / "curation.yaml")


# --- random documents ------------------------------------------------------------------------------

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(
        [
            "2025-13-01",
            "2025-01-15",
            "on",
            "no",
            "~",
            "*a",
            "&a x",
            "mem-000000000000",
            "!!int x",
            "'",
            '"',
            "- ",
            ": ",
            "{",
            "[",
        ]
    ),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


def _as_yaml(value, indent: int = 0) -> str:
    """Block YAML written by hand (not by a dumper), so that odd scalars reach the loader unquoted."""
    pad = " " * indent
    if isinstance(value, dict):
        return "".join(f"{pad}{k}:\n{_as_yaml(v, indent + 2)}" for k, v in value.items()) or f"{pad}{{}}\n"
    if isinstance(value, list):
        return "".join(f"{pad}-\n{_as_yaml(v, indent + 2)}" for v in value) or f"{pad}[]\n"
    return f"{pad}{value}\n"


DOCUMENTS = st.one_of(
    st.text(max_size=300),
    VALUES.map(_as_yaml),
    st.lists(
        st.dictionaries(
            st.sampled_from(
                [
                    "fact_id",
                    "action",
                    "by",
                    "on",
                    "reason",
                    "fields",
                    "fact_type",
                    "source",
                    "quote",
                    "id",
                    "file",
                    "sha256",
                    "url",
                ]
            ),
            VALUES,
            max_size=7,
        ),
        max_size=3,
    ).map(lambda items: _as_yaml({"decisions": items})),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS)
def test_random_documents_are_read_or_refused_with_one_line(text):
    for parse in (curation_file.parse, parse_sources):
        started = time.perf_counter()
        try:
            parse(text)
        except InputError as exc:
            message = str(exc)
            assert "\n" not in message and len(message) <= MAX_MESSAGE
            assert message.startswith(("raw/curation.yaml", "raw/sources.yaml")), message
        assert time.perf_counter() - started < SECONDS
