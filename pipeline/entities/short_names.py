"""'the Fund', 'the Bank': the short name a lender goes by once its full name has been given ('Armenia joined the
International Monetary Fund … Since joining the Fund in 1992, …').

Why: articles on a state and a lender, and on the lenders themselves, name the body in full once and call it
'the Fund' or 'the Bank' after that, with a capital that marks the phrase as a name, not a kind ('a fund', 'the
bank's loans'). The phrase stands for the latest organisation before it in the source whose full name ends in that
word and which the source has named at least twice (by name or acronym): a short name is for a body the text is
about, not one named in passing; and a known lender, one the dictionaries list: after 'this fund will be a replica of
the Regional International Monetary Fund', a body no dictionary knows, '… the Fund was established' is the new
fund, unresolved. None such, it is left alone. A longer name it opens ('the Bank of Japan',
'the Bank for International Settlements', 'the Fund Executive Board') is not the short name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.entities.gazetteer import EntityMention

SHORT = re.compile(r"\bthe (?P<word>Fund|Bank)\b(?!\s+(?:of|for)\b|\s+[A-Z])")


def resolve(found: list) -> list:
    """`found` (sentences in source order) with a mention at every 'the Fund' and 'the Bank' that no other mention
    covers, of the latest organisation before it in its source whose name ends in that word."""
    latest: dict[tuple[str, str], str] = {}
    times: dict[tuple[str, str], int] = {}
    out = []
    for f in found:
        known, added = list(f.entities), []  # type: list[EntityMention], list[EntityMention]
        items: list[tuple[int, EntityMention | re.Match]] = [(m.start("word"), m) for m in SHORT.finditer(f.row.text)]
        items += [(m.char_start, m) for m in known if m.entity_type == "organization"]
        for _, item in sorted(items, key=lambda x: x[0]):
            if isinstance(item, EntityMention):
                times[(f.row.source_id, item.entity_id)] = times.get((f.row.source_id, item.entity_id), 0) + 1
                word = item.text.split()[-1] if item.text.split() else ""
                if word in ("Fund", "Bank") and item.form != "short":  # a body of no dictionary: none (above)
                    known_body = not item.rule_id.startswith("entity.provisional")
                    latest[(f.row.source_id, word)] = item.entity_id if known_body else ""
                continue
            eid = latest.get((f.row.source_id, item.group("word")), "")
            eid = eid if times.get((f.row.source_id, eid), 0) >= 2 else ""
            a, b = item.start("word"), item.end("word")
            if eid and not any(x.char_start < b and a < x.char_end for x in known + added):
                added.append(EntityMention(a, b, item.group("word"), eid, "organization", "short", "entity.short_name"))
        if added:
            f = replace(f, entities=tuple(sorted(known + added, key=lambda m: (m.char_start, m.char_end))))
        out.append(f)
    return out
