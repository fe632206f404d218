"""Read and check raw/curation.yaml: the curators' decisions, one line per mistake naming the file
and the decision's line (the keys each action takes are declared in `schemas.inputs`).

Decision format (a list under `decisions:`; `by` and `on` are written by the curator, never taken
from the clock):

    - fact_id: vis-0a1b2c3d4e5f   # confirm: the fact is right as extracted
      action: confirm
      by: A. Curator
      on: 2025-01-15
    - fact_id: mem-0a1b2c3d4e5f   # correct: field -> new value (fact_id stays)
      action: correct
      fields: {date_edtf: "1992"}
      reason: The preceding sentence dates it to 1992.
      by: A. Curator
      on: 2025-01-15
    - fact_id: amt-0a1b2c3d4e5f   # reject: the fact leaves the tables, listed in rejected_facts
      action: reject
      reason: The figure is a forecast, not a reported amount.
      by: A. Curator
      on: 2025-01-15
    - action: add                 # add: a fact the rules missed, with its exact quote
      fact_type: membership
      fields: {state_id: "state:KAZ", organization_id: "org:OIC", role: member, date_edtf: "1995"}
      source: akiner_efp
      quote: Kazakhstan joined the Organisation of the Islamic Conference in 1995
      by: A. Curator
      on: 2025-01-15
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from pipeline.errors import InputError, excerpt, is_blank
from pipeline.inputs import strict_yaml
from schemas.base import FACT_ID_PATTERN, FACT_TYPES
from schemas.inputs import CURATION_ACTIONS, CURATION_OPTIONAL, CURATION_REQUIRED

WHERE = "raw/curation.yaml"


class CurationError(InputError):
    """A decision in raw/curation.yaml cannot be applied: names the decision's line and fact."""


def load(path: Path) -> list[dict]:
    """The decisions of `raw/curation.yaml` (none if the file is absent), each with `_line`."""
    text = strict_yaml.read(path, WHERE)
    return [] if text is None else parse(text)


def parse(text: str) -> list[dict]:
    """Decisions from the YAML text of raw/curation.yaml, checked; `on` becomes an ISO date string.

    Read with the strict loader (pipeline/inputs/strict_yaml.py): no aliases, no repeated keys, dates as text."""
    root, loader = strict_yaml.compose(text, WHERE)
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{WHERE}:1: expected 'decisions:' followed by a list of decisions (see the header).")
    items = None
    for key, value in root.value:
        if key.value != "decisions":
            raise InputError(
                f"{WHERE}:{key.start_mark.line + 1}: unknown top-level key {excerpt(key.value)}. "
                "The file has one key, 'decisions', holding a list."
            )
        items = value
    if items is None or (isinstance(items, yaml.ScalarNode) and items.value in ("", "~", "null")):
        return []
    if not isinstance(items, yaml.SequenceNode):
        raise InputError(
            f"{WHERE}:{items.start_mark.line + 1}: 'decisions' must be a list (each decision starts with '- ')."
        )
    decisions: list[dict] = []
    seen: dict[str, int] = {}
    for node in items.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            raise InputError(
                f"{WHERE}:{line}: each decision must be a mapping of keys to values (fact_id, action, by, on, …)."
            )
        decision = _check(strict_yaml.construct_mapping(loader, node, WHERE), line)
        fact_id = decision.get("fact_id")
        if fact_id is not None:
            if fact_id in seen:
                raise InputError(
                    f"{WHERE}:{line}: {decision['action']} {fact_id}: the fact already has a "
                    f"decision at line {seen[fact_id]}. Keep one decision per fact (a correct "
                    "decision can change several fields)."
                )
            seen[fact_id] = line
        decisions.append(decision)
    return decisions


def _check(decision: dict, line: int) -> dict:
    action = decision.get("action")
    if action not in CURATION_ACTIONS:
        raise InputError(
            f"{WHERE}:{line}: action {excerpt(action)} is not one of {', '.join(CURATION_ACTIONS)}. "
            "Write e.g. 'action: confirm'."
        )
    name = decision_name(decision, line)
    keys = [k for k in decision if k != "_line"]
    missing = [k for k in CURATION_REQUIRED[action] if k not in keys]
    if missing:
        raise InputError(
            f"{name}: missing key(s) {', '.join(missing)}. A {action} decision needs {', '.join(CURATION_REQUIRED[action])}."
        )
    unknown = [k for k in keys if k not in CURATION_REQUIRED[action] + CURATION_OPTIONAL.get(action, ())]
    if unknown:
        hint = " (an add computes its fact_id)" if action == "add" and "fact_id" in unknown else ""
        raise InputError(
            f"{name}: unknown key(s) {', '.join(map(str, unknown))}{hint}. A {action} decision "
            f"takes {', '.join(CURATION_REQUIRED[action] + CURATION_OPTIONAL.get(action, ()))}."
        )
    if action != "add" and not (
        isinstance(decision["fact_id"], str) and re.match(FACT_ID_PATTERN, decision["fact_id"])
    ):
        raise InputError(
            f"{name}: fact_id {excerpt(decision['fact_id'])} is not a fact id (e.g. mem-3f2a9c0b1d4e). "
            "Copy it from build/review.html or the fact tables."
        )
    for key in ("by", "reason", "source", "quote"):
        if key in decision and not (isinstance(decision[key], str) and not is_blank(decision[key])):
            raise InputError(f"{name}: {key} must be non-empty text.")
    decision["on"] = iso_day(decision["on"], name)
    if action == "add" and not (isinstance(decision["fact_type"], str) and decision["fact_type"] in FACT_TYPES):
        raise InputError(f"{name}: fact_type {excerpt(decision['fact_type'])} is not one of {', '.join(FACT_TYPES)}.")
    if "fields" in decision and not (
        isinstance(decision["fields"], dict)
        and decision["fields"]
        and all(isinstance(k, str) for k in decision["fields"])
    ):
        raise InputError(
            f"{name}: fields must be a mapping of field names to values, e.g. 'fields: {{date_edtf: \"1992\"}}'."
        )
    return {**decision, "_line": line}


def is_day(value: str) -> bool:
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and dt.date.fromisoformat(value) is not None
    except ValueError:
        return False


def iso_day(value: object, name: str) -> str:
    """The decision's day as an ISO date string, exactly the day the curator wrote (the strict loader
    leaves dates as text, so a day that does not exist, 2025-13-01, is refused here with its line)."""
    if isinstance(value, str) and is_day(value):
        return value
    raise InputError(f"{name}: on {excerpt(value)} is not a day. Write the day of the decision as YYYY-MM-DD.")


def decision_name(decision: dict, line: int | str | None = None) -> str:
    """How messages name a decision: file, line, action and fact."""
    line = decision.get("_line", "?") if line is None else line
    action = decision.get("action")
    if action == "add":
        what = (
            f"add {excerpt(decision.get('fact_type'), quote=False)} quoting "
            f"{excerpt(decision.get('source'), quote=False)}"
        )
        if decision.get("_fact_id"):
            what += f" (fact_id {decision['_fact_id']})"
    else:
        what = f"{action} {excerpt(decision.get('fact_id'), quote=False)}"
    return f"{WHERE}:{line}: {what}"
