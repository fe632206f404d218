"""The one YAML reader for every file a person writes (`raw/sources.yaml`, `raw/curation.yaml`, …).

Why: PyYAML's safe loader still does things a hand-written input never needs and an attacker or a
slip can abuse: aliases expand exponentially (a 4 KB "billion laughs" file becomes gigabytes), a
repeated key silently drops the first value (a second `decisions:` loses every decision above it),
YAML 1.1 reads `on`/`no` as booleans and `2025-13-01` crashes the date constructor. `StrictLoader`
refuses anchors and aliases, repeated keys (naming both lines), nesting deeper than `MAX_DEPTH`, and
leaves dates and yes/no words as text (the field that reads a value checks it). `read` bounds the
file's size. Every problem is one `InputError` line naming the file and line, and a value in a
message is cut to `EXCERPT` characters (`excerpt`).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from pipeline.errors import InputError, display_path, excerpt

MAX_BYTES = 2_000_000
"""Largest YAML input read: about 10,000 curation decisions or 5,000 sources, far beyond today's."""
MAX_DEPTH = 20
"""Deepest nesting of lists and mappings; the inputs use three or four levels."""


class StrictLoader(yaml.SafeLoader):
    """SafeLoader without aliases, anchors, repeated keys, deep nesting, dates or YAML 1.1 booleans."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(
                event.start_mark,
                f"alias *{excerpt(event.anchor, quote=False)} is not allowed. Write the value out in full",
            )
        if getattr(event, "anchor", None) is not None:
            raise _Refused(
                event.start_mark,
                f"anchor &{excerpt(event.anchor, quote=False)} is not allowed. Write the value out where it is needed",
            )
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise _Refused(event.start_mark, f"nested more than {MAX_DEPTH} levels deep. Flatten the value")
        try:
            return super().compose_node(parent, index)
        finally:
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                self._depth -= 1

    def compose_mapping_node(self, anchor):
        node = super().compose_mapping_node(anchor)
        first: dict[tuple, int] = {}
        for key, _ in node.value:
            if not isinstance(key, yaml.ScalarNode):
                raise _Refused(key.start_mark, "a key must be plain text, not a list or mapping")
            line = key.start_mark.line + 1
            if (key.tag, key.value) in first:
                raise _Refused(
                    key.start_mark,
                    f"key {excerpt(key.value)} appears twice in one mapping (first at "
                    f"line {first[key.tag, key.value]}, again at line {line}). Keep one",
                )
            first[key.tag, key.value] = line
        return node


StrictLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


class _Refused(yaml.YAMLError):
    """A construct StrictLoader does not accept, with where it starts."""

    def __init__(self, mark, problem: str) -> None:
        super().__init__(problem)
        self.problem_mark, self.problem = mark, problem


def read(path: Path, where: str | None = None) -> str | None:
    """The text of a YAML file, or None if there is none; refuses non-files, oversized and non-UTF-8 files."""
    where = where or display_path(path)
    if not path.exists():
        return None
    if not path.is_file():
        raise InputError(f"{where}: is not a regular file (a directory or a pipe?). Make it a YAML text file.")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(
            f"{where}: {size:,} bytes, more than the {MAX_BYTES:,} a hand-written YAML file may "
            "have. Split or shorten it."
        )
    data = path.read_bytes()[: MAX_BYTES + 1]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{where}:{line}: byte {exc.start} is not UTF-8. Save the file as UTF-8.") from exc


def compose(text: str, where: str) -> tuple[yaml.Node | None, StrictLoader]:
    """The document's node tree (None for an empty document) and the loader that builds values from it."""
    if len(text) > MAX_BYTES:
        raise InputError(
            f"{where}: more than {MAX_BYTES:,} characters, more than a hand-written YAML file may "
            "have. Split or shorten it."
        )
    try:
        loader = StrictLoader(text)  # the reader checks every character here
        return loader.get_single_node(), loader
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise InputError(f"{where}:{line}: character U+{exc.character:04X} is not allowed in YAML. Remove it.") from exc
    except yaml.YAMLError as exc:
        raise InputError(_message(exc, where, text)) from exc


def construct(loader: StrictLoader, node: yaml.Node, where: str) -> object:
    """The Python value of a node; a value PyYAML cannot build (`!!int abc`, an unknown tag) is one line."""
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        mark = getattr(exc, "problem_mark", None) or node.start_mark
        raise InputError(
            f"{where}:{mark.line + 1}: a value cannot be read ({excerpt(problem, quote=False)}). "
            "Write plain text, a number, a list or a mapping, without tags (!!…)."
        ) from exc


def construct_mapping(loader: StrictLoader, node: yaml.MappingNode, where: str) -> dict:
    """`construct` for a mapping node, whose value is always a dict (so callers may index it)."""
    value = construct(loader, node, where)
    assert isinstance(value, dict)
    return value


def _message(exc: yaml.YAMLError, where: str, text: str) -> str:
    """One line for a YAML syntax error or refusal, at the line where the problem starts.

    An unterminated quote is reported where the quote opens: PyYAML reports where the file ends, or,
    if a later quote closes it, where the syntax breaks after that."""
    problem = getattr(exc, "problem", None) or "invalid YAML"
    mark = getattr(exc, "problem_mark", None)
    context = getattr(exc, "context", None) or ""
    context_mark = getattr(exc, "context_mark", None)
    if context.startswith("while scanning a quoted scalar") and context_mark:
        return f"{where}:{context_mark.line + 1}: a quoted value opened here is never closed. Add the closing quote."
    line = f":{mark.line + 1}" if mark is not None else ""
    if isinstance(exc, _Refused):
        return f"{where}{line}: {problem}."
    opened = _runaway_quote(text, mark.line) if mark is not None else None
    if opened is not None and mark is not None:
        return (
            f"{where}:{opened[0]}: the quoted value opened here runs on to line {opened[1]} (a closing quote "
            f"missing?), and the file breaks at line {mark.line + 1} ({excerpt(problem, quote=False)})."
        )
    return f"{where}{line}: not valid YAML ({excerpt(problem, quote=False)}). Fix the syntax at that line."


def _runaway_quote(text: str, error_line: int) -> tuple[int, int] | None:
    """(first, last line) of a quoted value spanning lines that ends just before a syntax error, if any."""
    found = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.line > error_line:
                break
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in ('"', "'")
                and token.start_mark.line < token.end_mark.line
                and error_line - token.end_mark.line <= 2
            ):
                found = (token.start_mark.line + 1, token.end_mark.line + 1)
    except yaml.YAMLError:
        pass
    return found


def check(path: Path) -> None:
    """Refuse a hand-written file whose YAML is broken or hostile (anchors, aliases, repeated keys,
    deep nesting, too big: all found while composing), reading nothing else. The build calls it on
    every such file before it loads the pipeline, so a "billion laughs" file or a stray quote is
    reported in a fraction of a second and before any stage runs; the file's own loader builds and
    checks the values later."""
    text = read(path)
    if text is not None:
        compose(text, display_path(path))
