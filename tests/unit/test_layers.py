"""The layout stays readable: no import cycle, no stage imports a later one, no command imports the
CLI or another command, helpers import no stage runner or command, and modules stay small.

Why: a cycle or an arrow back up the stage order means a module cannot be understood (or tested) on
its own; the test names the offending import, so the fix is local. Imports inside functions count
too: a lazy import hides a cycle, it does not remove it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import ROOT

STAGE_ORDER = (
    "pipeline.stages.s1_ingest",
    "pipeline.stages.s2_segment",
    "pipeline.stages.s3_extract",
    "pipeline.stages.s4_dedupe",
    "pipeline.stages.s5_reconcile",
    "pipeline.stages.s6_curate",
    "pipeline.stages.s7_publish",
)
"""The modules of the stages, in build order (pipeline.graph runs them; ingest, segment and extract
run per text, then dedupe over every sentence)."""
COMMANDS = (
    "pipeline.commands.review",
    "pipeline.commands.release",
    "pipeline.commands.diff",
    "pipeline.commands.add_source",
    "pipeline.commands.query",
)
"""Modules holding a user command besides those of the CLI itself."""
ORCHESTRATION = (
    "pipeline.cli",
    "pipeline.runner",
    "pipeline.graph",
    "pipeline.stages.document",
    "pipeline.evaluation.build",
)
"""What wires stages together: the CLI, the runner (paths, lock, publish), the stage registry, the
per-text stage and the evaluation corpus's second build (run when the registry says it is stale)."""
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for folder in ("pipeline", "schemas") for p in sorted((ROOT / folder).rglob("*.py"))}


def imports(path: Path) -> set[str]:
    """Project modules `path` imports anywhere in it (inside functions too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {
                f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in MODULES else node.module for a in node.names
            }
    return {m for m in found if m in MODULES}


GRAPH = {name: imports(path) - {name} for name, path in MODULES.items()}


def test_the_lists_name_modules_that_exist():
    assert [m for m in STAGE_ORDER + COMMANDS + ORCHESTRATION if m not in MODULES] == []


def test_no_import_cycle():
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                pytest.fail("import cycle: " + " -> ".join(trail[trail.index(nxt) :] + [nxt]))
            if nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])


def test_no_stage_imports_a_later_stage_a_command_or_the_orchestration():
    wrong = {}
    for i, stage in enumerate(STAGE_ORDER):
        later = STAGE_ORDER[i + 1 :] + COMMANDS + ORCHESTRATION
        wrong[stage] = sorted(m for m in GRAPH[stage] if m in later)
    assert {m: i for m, i in wrong.items() if i} == {}


def test_no_command_imports_the_cli_or_another_command():
    wrong = {c: sorted(m for m in GRAPH[c] if m == "pipeline.cli" or (m in COMMANDS and m != c)) for c in COMMANDS}
    assert {m: i for m, i in wrong.items() if i} == {}


def test_only_the_entry_point_imports_the_cli():
    assert sorted(m for m in GRAPH if "pipeline.cli" in GRAPH[m]) == []


def test_helpers_import_no_command_or_orchestration():
    helpers = [m for m in GRAPH if m not in STAGE_ORDER + COMMANDS + ORCHESTRATION]
    wrong = {m: sorted(i for i in GRAPH[m] if i in COMMANDS + ORCHESTRATION) for m in helpers}
    assert {m: i for m, i in wrong.items() if i} == {}


def test_modules_stay_small():
    long = {
        str(p.relative_to(ROOT))
        for p in MODULES.values()
        if len(p.read_text(encoding="utf-8").splitlines()) > MAX_LINES
    }
    assert long == set(), f"over {MAX_LINES} lines: {sorted(long)}"
