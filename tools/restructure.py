"""One-off: move the modules of pipeline/ into folders by role and rewrite every import and path that
names them, so that `ls pipeline/stages/` reads the build in order.

Run once, from the repository root, on a clean tree (everything committed), after every branch that
touches pipeline/ is merged:

    .venv/bin/python tools/restructure.py
    make build && .venv/bin/pytest -m "not slow" -q
    git add -A && git commit -m "Folders by role (tools/restructure.py)"

It `git mv`s the modules (history follows them), rewrites `from pipeline import x` into one import
per moved module under its old local name (`from pipeline.stages import s1_ingest as ingest`), so
no code body changes; rewrites dotted names (`pipeline.ingest`, in strings and docs too) and paths
(`pipeline/ingest.py`); shifts `Path(__file__).parents[n]` in moved files by their new depth; lists
the new packages in pyproject.toml; then sorts imports and formats the changed files with ruff.
Published text is left alone (`KEEP`), so the package stays byte-identical. Modules already moved
are skipped; delete this file once the move is merged.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

MOVES = {
    # the stages, in build order (pipeline/graph.py, the registry, runs them);
    # ingest, segment and extract run per text (`document`), the others on the whole corpus
    "pipeline.document": "pipeline.stages.document",
    "pipeline.ingest": "pipeline.stages.s1_ingest",
    "pipeline.segment": "pipeline.stages.s2_segment",
    "pipeline.extract": "pipeline.stages.s3_extract",
    "pipeline.dedupe": "pipeline.stages.s4_dedupe",
    "pipeline.reconcile": "pipeline.stages.s5_reconcile",
    "pipeline.reconcile_match": "pipeline.stages.s5_reconcile_match",
    "pipeline.curation": "pipeline.stages.s6_curate",
    "pipeline.curation_fields": "pipeline.stages.s6_curate_fields",
    "pipeline.publish": "pipeline.stages.s7_publish",
    "pipeline.views": "pipeline.stages.s7_views",
    # text helpers: decoding, offsets, sentences, dates, amounts, word lists, the parser
    "pipeline.decode": "pipeline.text.decode",
    "pipeline.boilerplate": "pipeline.text.boilerplate",
    "pipeline.sentences": "pipeline.text.sentences",
    "pipeline.spans": "pipeline.text.spans",
    "pipeline.dates": "pipeline.text.dates",
    "pipeline.amounts": "pipeline.text.amounts",
    "pipeline.lexicon": "pipeline.text.lexicon",
    "pipeline.parse": "pipeline.text.parse",
    # entities: finding the dictionaries' names, mentions, provisional organisations
    "pipeline.gazetteer": "pipeline.entities.gazetteer",
    "pipeline.mentions": "pipeline.entities.mentions",
    "pipeline.provisional": "pipeline.entities.provisional",
    # readers of the files people write in raw/
    "pipeline.sources": "pipeline.inputs.sources",
    "pipeline.entity_dictionaries": "pipeline.inputs.dictionaries",
    "pipeline.curation_file": "pipeline.inputs.curation",
    "pipeline.strict_yaml": "pipeline.inputs.strict_yaml",
    # scoring against the gold annotations
    "pipeline.evaluate": "pipeline.evaluation.seeds",
    "pipeline.evaluate_corpus": "pipeline.evaluation.corpus",
    "pipeline.evaluation_build": "pipeline.evaluation.build",
    "pipeline.gold": "pipeline.evaluation.gold",
    # the explorer site written with the package
    "pipeline.explorer": "pipeline.site.write",
    "pipeline.explorer_pages": "pipeline.site.pages",
    "pipeline.explorer_facts": "pipeline.site.facts",
    "pipeline.explorer_chart": "pipeline.site.chart",
    "pipeline.explorer_assets": "pipeline.site.assets",
    # a published package: reading, checking, comparing, its metadata and extra files
    "pipeline.package_io": "pipeline.package.read",
    "pipeline.validate": "pipeline.package.validate",
    "pipeline.package_diff": "pipeline.package.diff",
    "pipeline.diff_markdown": "pipeline.package.diff_markdown",
    "pipeline.metadata": "pipeline.package.metadata",
    "pipeline.database_script": "pipeline.package.database_script",
    "pipeline.stata": "pipeline.package.stata",
    # the user commands besides build (the CLI, pipeline/cli.py, wires them; pipeline/runner.py holds
    # the paths, the lock and the orchestration they share)
    "pipeline.review": "pipeline.commands.review",
    "pipeline.review_cards": "pipeline.commands.review_cards",
    "pipeline.review_assets": "pipeline.commands.review_assets",
    "pipeline.release": "pipeline.commands.release",
    "pipeline.release_readme": "pipeline.commands.release_readme",
    "pipeline.diff": "pipeline.commands.diff",
    "pipeline.add_source": "pipeline.commands.add_source",
    "pipeline.query": "pipeline.commands.query",
}
"""Old module -> new module; cli, runner, errors, executor, fingerprint and rules/ stay where they are."""
REGISTRY = ("pipeline.stages", "pipeline.graph")
"""The stage registry (pipeline/stages.py) becomes pipeline/graph.py, making room for the folder. Not
the folder's __init__.py: a stage's code is found by following imports, and importing a stage runs
its package's __init__.py, so a registry there (which imports every stage) would make each stage's
checksum cover every other stage. Renamed first, before any `pipeline.stages.*` name exists."""
PACKAGES = {
    "pipeline.stages": "The stages in build order: ingest, segment and extract run per text (`document`), then\n"
    "dedupe, reconcile, curate and publish; pipeline/graph.py lists each with its inputs.",
    "pipeline.text": "Text helpers: decoding, offsets, sentences, dates, amounts, the word lists and the parser.",
    "pipeline.entities": "Finding the entities of the dictionaries in the texts, and the organisations they lack.",
    "pipeline.inputs": "Readers of the files people write in raw/ (declared in schemas/inputs.py).",
    "pipeline.evaluation": "Scoring the facts against the gold annotations (seeds, dev and test).",
    "pipeline.site": "The explorer site published with the package (build/current/site/).",
    "pipeline.package": "A published package: reading, checking and comparing it, its metadata and extra files.",
    "pipeline.commands": "The user commands besides build: review, release, diff, add-source, query.",
}
"""New packages and the docstring of their __init__.py."""
KEEP = ("(see pipeline/evaluate.py)",)
"""Published text (the evaluation resource's description in datapackage.json): rewriting it would
change the package's bytes, so it stays as it is."""
TEXT_FILES = ("*.py", "*.md", "Makefile", "pyproject.toml", ".ci/run")
SKIP = ("build/", "dist/", ".venv/", "tests/vendor/", "raw/", "CHANGELOG.md", "tools/restructure.py")


def path_of(module: str, package: bool = False) -> Path:
    parts = module.split(".")
    return Path(*parts, "__init__.py") if package else Path(*parts[:-1], parts[-1] + ".py")


def git(*args: str) -> None:
    subprocess.run(["git", *args], check=True)


def move() -> dict[Path, int]:
    """Move the files; return each moved .py file's new path and how many folders deeper it is."""
    deeper: dict[Path, int] = {}
    if path_of(REGISTRY[0]).exists():
        git("mv", str(path_of(REGISTRY[0])), str(path_of(REGISTRY[1])))
    for package, doc in PACKAGES.items():
        init = path_of(package, package=True)
        if not init.exists():
            init.parent.mkdir(parents=True, exist_ok=True)
            init.write_text(f'"""{doc}"""\n', encoding="utf-8")
            git("add", str(init))
    for old, new in MOVES.items():
        source, target = Path(*old.split(".")), Path(*new.split("."))
        if source.is_dir():
            git("mv", str(source), str(target))
            for path in target.rglob("*.py"):
                deeper[path] = len(new.split(".")) - len(old.split("."))
        elif path_of(old).exists():
            git("mv", str(path_of(old)), str(path_of(new)))
            deeper[path_of(new)] = len(new.split(".")) - len(old.split("."))
    return deeper


FROM_PIPELINE = re.compile(r"^(?P<indent>[ \t]*)from pipeline import (?P<names>\([^)]*\)|[^\n]+)", re.M)


def rewrite_from_pipeline(match: re.Match) -> str:
    """`from pipeline import a, b` -> one import per moved name, `as` its old name."""
    indent, names = match["indent"], match["names"].strip("()")
    kept, lines = [], []
    for name in (n.strip() for n in names.replace("\n", " ").split(",") if n.strip()):
        base, _, alias = name.partition(" as ")
        new = {**MOVES, REGISTRY[0]: REGISTRY[1]}.get(f"pipeline.{base.strip()}")
        if new is None:
            kept.append(name)
            continue
        parent, _, leaf = new.rpartition(".")
        local = alias.strip() or base.strip()
        lines.append(f"{indent}from {parent} import {leaf}" + (f" as {local}" if local != leaf else ""))
    if kept:
        lines.insert(0, f"{indent}from pipeline import {', '.join(kept)}")
    return "\n".join(lines)


INLINE = re.compile(r"(?P<sep>(?<=\S); |`)from pipeline import (?P<names>\w+(?: as \w+)?(?:, \w+(?: as \w+)?)*)")
"""`from pipeline import a, b` inside a line: a `python -c` script in a string, a comment in backticks."""


def rewrite_inline(match: re.Match) -> str:
    statements = rewrite_from_pipeline(
        re.match(r"(?P<indent>)from pipeline import (?P<names>.*)", match[0].lstrip("; `"))
    )
    return match["sep"] + statements.replace("\n", "; ")


def rewrite(text: str) -> str:
    kept = {f"\0KEEP{i}\0": s for i, s in enumerate(KEEP)}
    for token, s in kept.items():
        text = text.replace(s, token)
    text = _renamed(text, *REGISTRY)  # first: the names below start with pipeline.stages
    text = FROM_PIPELINE.sub(rewrite_from_pipeline, text)
    text = INLINE.sub(rewrite_inline, text)
    for old, new in sorted(MOVES.items(), key=lambda kv: -len(kv[0])):
        text = _renamed(text, old, new)
    for token, s in kept.items():
        text = text.replace(token, s)
    return text


def _renamed(text: str, old: str, new: str) -> str:
    """Dotted names (`pipeline.old`, `pipeline.old.f`) and paths (`pipeline/old.py`, `pipeline/old/`)."""
    text = re.sub(rf"\b{re.escape(old)}\b(?![./\w])|\b{re.escape(old)}(?=\.)", new, text)
    old_path, new_path = old.replace(".", "/"), new.replace(".", "/")
    return re.sub(rf"\b{re.escape(old_path)}(\.py\b|/)", rf"{new_path}\1", text)


def deepen(text: str, levels: int) -> str:
    """`Path(__file__).resolve().parents[n]` of a file now `levels` folders deeper."""
    return re.sub(r"(Path\(__file__\)\.resolve\(\)\.parents\[)(\d+)\]", lambda m: f"{m[1]}{int(m[2]) + levels}]", text)


def packages_list(text: str) -> str:
    """pyproject.toml's `packages` of [tool.setuptools]: every folder of pipeline/ and schemas/ with an
    __init__.py (mypy's `packages` stays as it is)."""
    found = sorted(".".join(p.parent.parts) for top in ("pipeline", "schemas") for p in Path(top).rglob("__init__.py"))
    listed = ", ".join(f'"{name}"' for name in found)
    head, section, rest = text.partition("[tool.setuptools]")
    return head + section + re.sub(r"^packages = \[[^\]]*\]", f"packages = [{listed}]", rest, count=1, flags=re.M)


def main() -> int:
    if subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True).stdout.strip():
        print("restructure: commit or stash your changes first (the tree must be clean)", file=sys.stderr)
        return 1
    deeper = move()
    listed = subprocess.run(["git", "ls-files", *TEXT_FILES], capture_output=True, text=True, check=True)
    changed = []
    for name in listed.stdout.split():
        if name.startswith(SKIP) or not Path(name).is_file():
            continue
        path = Path(name)
        before = path.read_text(encoding="utf-8")
        after = rewrite(before)
        if deeper.get(path):
            after = deepen(after, deeper[path])
        if name == "pyproject.toml":
            after = packages_list(after)
        if after != before:
            path.write_text(after, encoding="utf-8")
            changed.append(name)
    python = [n for n in changed if n.endswith(".py")] + [str(p) for p in deeper]
    ruff = Path(".venv/bin/ruff")
    if python and ruff.exists():
        subprocess.run([str(ruff), "check", "--select", "I", "--fix", "--quiet", *sorted(set(python))], check=False)
        subprocess.run([str(ruff), "format", "--quiet", *sorted(set(python))], check=False)
    print(f"restructure: moved {len(deeper)} files, rewrote {len(changed)}; now run make build and the tests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
