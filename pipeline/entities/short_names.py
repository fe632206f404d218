"""'the Fund', 'the Alliance': the short name a body goes by once its full name has been given ('Armenia joined the
International Monetary Fund … Since joining the Fund in 1992, …').

Why: articles name a body in full once and call it by its head noun after (or, in a history, before) that, with
a capital that marks the phrase as a name, not a kind ('a fund', 'the bank's loans'). A longer name it opens ('the
Bank of Japan', 'the Bank for International Settlements', 'the Fund Executive Board') is not the short name.

Two readings, by the body the phrase can stand for:
- a lender the dictionaries list ('the Fund', 'the Bank'): the latest organisation before it in the source whose
  full name ends in that word and which the source has named at least twice (by name or acronym): a short name is
  for a body the text is about, not one named in passing. After 'this fund will be a replica of the Regional
  International Monetary Fund', a body no dictionary knows, '… the Fund was established' is the new fund,
  unresolved.
- a body the dictionaries lack ('the Alliance', 'the Commission', 'the Forum'): the organisation of the whole
  source whose name has that head noun (its last word before its complement), only if it is the one body of the
  source that has it, dictionary bodies counted too ('the Union' after two unions, or 'the Fund' after the IMF
  and a provisional fund, is none): a short name is unambiguous to the reader only then. A history may use the
  short name before the full one ('the Alliance was initially created in 2002 as the "International Alliance
  Against Hunger"'), so the whole source is read first. A state's body cut before the state's name by the
  recogniser ('Commission on Human Rights of') has no head here; a dictionary body is never replaced.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.entities.gazetteer import EntityMention

HEADS = (
    "Fund|Bank|Alliance|Coalition|Commission|Committee|Council|Forum|Network|Union|Organi[sz]ation|Association|"
    "Agency|Community|Group|Institute|Centre|Center|Partnership|Platform|Mechanism|Initiative|Process|Brigade|"
    "Secretariat|Federation|Foundation"
)
SHORT = re.compile(rf"\b[Tt]he (?P<word>{HEADS})\b(?!\s+(?:of|for)\b|\s+[A-Z])")
LENDERS = ("Fund", "Bank")


COMPLEMENT = re.compile(r"\s+(?:of|for|on|against|in|to)(?:\s+|$)", re.IGNORECASE)
"""The preposition that opens a name's complement, capitalised in some names ('Alliance Against Hunger')."""


def _head(mention: EntityMention) -> str:
    """The head noun of a name: its last word before its complement ('International Alliance Against Hunger' ->
    'Alliance'); none for a name cut on its preposition ('Commission on Human Rights of'), whose complement,
    perhaps a state's name, the name lacks."""
    if mention.form in ("short", "acronym") or re.search(r"\s(?:of|for|on|against|in|to)$", mention.text):
        return ""
    words = COMPLEMENT.split(mention.text, maxsplit=1)[0].split()
    return words[-1] if words else ""


def _provisional(mention: EntityMention) -> bool:
    return mention.rule_id.startswith("entity.provisional")


def _sole_bodies(found: list) -> dict[tuple[str, str], str]:
    """(source, head noun) -> the provisional organisation that is the only body of the source whose name has that
    head noun."""
    bodies: dict[tuple[str, str], set[tuple[str, bool]]] = {}
    for f in found:
        for m in f.entities:
            if m.entity_type == "organization" and _head(m):
                bodies.setdefault((f.row.source_id, _head(m)), set()).add((m.entity_id, _provisional(m)))
    return {key: next(iter(ids))[0] for key, ids in bodies.items() if len(ids) == 1 and next(iter(ids))[1]}


def resolve(found: list) -> list:
    """`found` (sentences in source order) with a mention at every short name (above) that no other mention
    covers, of the body it stands for."""
    sole = _sole_bodies(found)
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
                word = _head(item)
                if word in LENDERS:
                    latest[(f.row.source_id, word)] = "" if _provisional(item) else item.entity_id
                continue
            word = item.group("word")
            eid = latest.get((f.row.source_id, word), "")
            eid = eid if times.get((f.row.source_id, eid), 0) >= 2 else ""
            eid = eid or sole.get((f.row.source_id, word), "")
            a, b = item.start("word"), item.end("word")
            if eid and not any(x.char_start < b and a < x.char_end for x in known + added):
                added.append(EntityMention(a, b, word, eid, "organization", "short", "entity.short_name"))
        if added:
            f = replace(f, entities=tuple(sorted(known + added, key=lambda m: (m.char_start, m.char_end))))
        out.append(f)
    return out
