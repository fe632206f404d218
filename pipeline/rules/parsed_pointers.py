"""Which organisation a pointer stands for: 'it', 'which' (an organisation named before it), 'the organization',
'this bloc' stand for the organisation talked about (the source's subject organisation, else the one the previous
sentence names); `_organizations` is a noun phrase's organisations, named or pointed to.

Why a module of its own: resolving a pointer reads the paragraph (what the source and the previous sentence are
about), not only the tree under a token, which is what the rest of what the parse rules share (parsed) reads.
"""

from __future__ import annotations

from pipeline.rules.context import Sentence
from pipeline.rules.parsed import GENERIC_ORG, _noun_entities, _prep_objects, _subjects

POINTERS = {"it", "its", "which", "that"}


def _organization_pointer(s: Sentence, token) -> str | None:
    """'it', 'which' (an organisation named before it), 'the organization', 'this bloc': the organisation
    talked about."""
    lower = token.lower_
    generic = (
        token.lemma_.lower() in GENERIC_ORG
        and token.pos_ == "NOUN"
        and any(c.lower_ in ("the", "this", "that") for c in token.children)
        and not any(c.dep_ in ("compound", "poss", "nmod") or c.pos_ == "PROPN" for c in token.children)
        and not _prep_objects(token, "of")
    )  # 'the GUAM group', 'the group of states' name another
    if lower in ("which", "that") and token.head.dep_ == "relcl":
        antecedent = token.head.head
        if antecedent.dep_ == "attr" and not _noun_entities(s, antecedent, ("organization",)):
            antecedent = next(iter(_subjects(antecedent.head)), antecedent)  # 'The ECO is an organization that …'
        return next(iter(_organizations(s, antecedent)), None)
    if lower in POINTERS or generic:
        return talked_about(s)
    return None


def talked_about(s: Sentence) -> str | None:
    """The organisation a pointer stands for: the source's subject organisation, else the one organisation
    the previous sentence names (two or more: unresolved)."""
    if s.subject_organization:
        return s.subject_organization
    return s.previous_organizations[0] if len(s.previous_organizations) == 1 else None


def talked_about_ids(s: Sentence) -> list[str]:
    """`talked_about` as a list: the organisation talked about, or none."""
    talked = talked_about(s)
    return [talked] if talked else []


def _organizations(s: Sentence, token) -> list[str]:
    named = _noun_entities(s, token, ("organization",))
    if named:
        return named
    pointer = _organization_pointer(s, token)
    return [pointer] if pointer else []
