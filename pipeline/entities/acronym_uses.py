"""Every use of an acronym a source gives a provisional organisation, wherever in the source it stands.

Why: a text may use the acronym before it spells it out ('ECO-CCI was established on 10 June 1993. … The 7th
General Assembly Meeting of ECO Chamber of Commerce and Industry (ECO-CCI) …', under a heading that names the
chamber): reading the acronyms only from their definition on loses the body's facts told before it, or pins
them on the dictionary name inside the acronym ('ECO').
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.entities.gazetteer import EntityMention


def place(text: str, short: str, eid: str, known: list, added: list) -> tuple[list, list]:
    """`known` and `added` with a mention of `eid` at every use of `short` in `text` that no other mention
    covers; a shorter mention inside the acronym ('ECO' in 'ECO-CCI') gives way to it."""
    for m in re.finditer(rf"\b{re.escape(short)}\b", text):
        within = [
            x
            for x in known
            if m.start() <= x.char_start and x.char_end <= m.end() and x.char_end - x.char_start < len(short)
        ]
        known = [x for x in known if x not in within]
        if not any(x.char_start < m.end() and m.start() < x.char_end for x in known + added):
            added.append(
                EntityMention(m.start(), m.end(), short, eid, "organization", "acronym", "entity.provisional_acronym")
            )
    return known, added


def before_definition(found: list, acronyms: dict[tuple[str, str], str]) -> list:
    """`found` with the uses of each source's acronyms added in the sentences read before the acronym was
    defined (those after it have them already)."""
    out = []
    for f in found:
        known, added = list(f.entities), []  # type: list[EntityMention], list[EntityMention]
        for (source_id, short), eid in acronyms.items():
            if source_id == f.row.source_id:
                known, added = place(f.row.text, short, eid, known, added)
        if added or len(known) != len(f.entities):
            f = replace(f, entities=tuple(sorted(known + added, key=lambda m: (m.char_start, m.char_end))))
        out.append(f)
    return out
