"""The differences `pipeline.package.diff.compare` found, as Markdown (the changelog and `kzfp diff`)
or JSON.

Why apart from the comparison: what changed is data; how a changelog shows it (tables of rows, long
cells cut around the change) is presentation, changed for other reasons.
"""

from __future__ import annotations

import json

from pipeline.package.diff import is_empty

CELL_LIMIT = 300
"""Characters of a cell shown at most; a longer value is cut around what changed."""


def to_json(result: dict) -> str:
    return json.dumps(result, indent=2, ensure_ascii=False) + "\n"


def to_markdown(result: dict, level: int = 2) -> str:
    """The differences as Markdown, with headings from `level` down (2: ##)."""
    h, h2 = "#" * level, "#" * (level + 1)
    old_version, new_version = result["old"]["version"], result["new"]["version"]
    lines = [f"{h} Summary", ""]
    if old_version is None:
        lines.append(f"First release: version {new_version}, compared with no earlier release.")
    else:
        lines.append(f"Version {new_version} compared with version {old_version}.")
    lines += [
        "",
        "| table | rows before | rows after | added | removed | changed | moved |",
        "|---|---|---|---|---|---|---|",
    ]
    for item in result["tables_added"]:
        lines.append(f"| `{item['table']}` (new table) | – | {item['rows']} | {item['rows']} | 0 | 0 | 0 |")
    for item in result["tables_removed"]:
        lines.append(f"| `{item['table']}` (table removed) | {item['rows']} | – | 0 | {item['rows']} | 0 | 0 |")
    for t in result["tables"]:
        lines.append(
            f"| `{t['table']}` | {t['rows_old']} | {t['rows_new']} | {len(t['added'])} | "
            f"{len(t['removed'])} | {len(t['changed'])} | {t['moved']} |"
        )
    lines += [
        "",
        "Rows are matched by primary key, or by content where the key encodes a position in a text "
        "(passages, boilerplate, mentions, evidence, duplicate groups); *moved* rows changed only their "
        "position (ordinal or offsets).",
    ]
    structure = (
        [f"- table `{i['table']}` added ({i['rows']} rows)" for i in result["tables_added"]]
        + [f"- table `{i['table']}` removed ({i['rows']} rows)" for i in result["tables_removed"]]
        + [f"- field `{t['table']}.{f}` added" for t in result["tables"] for f in t["fields_added"]]
        + [f"- field `{t['table']}.{f}` removed" for t in result["tables"] for f in t["fields_removed"]]
    )
    if structure and old_version is not None:
        lines += ["", f"{h} Tables and fields added or removed", ""] + structure
    for t in result["tables"]:
        if not (t["added"] or t["removed"] or t["changed"]):
            continue
        lines += ["", f"{h} `{t['table']}`"]
        for title, rows in (("Rows added", t["added"]), ("Rows removed", t["removed"])):
            if rows:
                lines += ["", f"{h2} {title} ({len(rows)})", ""] + _rows_table(rows, t["key"])
        if t["changed"]:
            lines += [
                "",
                f"{h2} Rows changed ({len(t['changed'])})",
                "",
                "| " + " | ".join(f"`{k}`" for k in t["key"]) + " | field | old | new |",
                "|" + "---|" * (len(t["key"]) + 3),
            ]
            for entry in t["changed"]:
                keys = " | ".join(_cell(v) for v in entry["key"].values())
                for field, values in entry["fields"].items():
                    old, new = _pair_cells(values["old"], values["new"])
                    lines.append(f"| {keys} | `{field}` | {old} | {new} |")
    if result["curation_changes"]:
        lines += ["", f"{h} Curation changes", "", "| table | key | old status | new status |", "|---|---|---|---|"]
        for c in result["curation_changes"]:
            key = ", ".join(_cell(v) for v in c["key"].values())
            lines.append(f"| `{c['table']}` | {key} | {_cell(c['old'])} | {_cell(c['new'])} |")
    if is_empty(result):
        lines += ["", "No differences."]
    return "\n".join(lines) + "\n"


def _rows_table(rows: list[dict], key: list[str]) -> list[str]:
    fields = key + [c for c in rows[0] if c not in key]
    out = ["| " + " | ".join(f"`{c}`" for c in fields) + " |", "|" + "---|" * len(fields)]
    out += ["| " + " | ".join(_cell(row[c]) for c in fields) + " |" for row in rows]
    return out


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ¶ ")


def _cell(value: object, limit: int = CELL_LIMIT) -> str:
    if value is None:
        return "*missing*"
    text = _text(value)
    if len(text) > limit:
        text = text[:limit] + "…"
    return _escape(text)


def _pair_cells(old: object, new: object, context: int = 40) -> tuple[str, str]:
    """Old and new value; long texts cut down to where they differ, with some context."""
    if not (isinstance(old, str) and isinstance(new, str)) or max(len(old), len(new)) <= 2 * context + 80:
        return _cell(old), _cell(new)
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1

    def cut(text: str) -> str:
        start, end = max(0, prefix - context), min(len(text), len(text) - suffix + context)
        middle, more = text[start:end], end < len(text)
        if len(middle) > CELL_LIMIT:
            middle, more = middle[:CELL_LIMIT], True
        return ("…" if start > 0 else "") + _escape(middle) + ("…" if more else "")

    return cut(old), cut(new)
