"""Where a provisional organisation's name ends, when the recogniser stops short of it.

Why: the recogniser often cuts a long English name at its first preposition ('a Conference Committee for the
Follow-up to the Independent External Evaluation of FAO (CoC-IEE)' gives 'Conference Committee'), so the body
is recorded under a name that is not its own, and its facts miss the body the text means. English names a body
by a head noun with its complements ('of', 'for', 'on', … and capitalised words); a bracketed acronym right after
such a stretch says where the name ends: its capitals are the initials of the whole name, from its first word.
Without that acronym the stretch may as well be the sentence going on ('the Council of Europe in Strasbourg'),
so the name stays as the recogniser gave it.
"""

from __future__ import annotations

import re

TAIL = re.compile(
    r"\s+(?:of|for|on|against|to|in)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:of|for|on|the|and|to|in|against)\s+)*[A-Z][\w’'-]*)*"
)
"""A name's complement: a preposition, then capitalised words joined by function words ('for the Follow-up to
the Independent External Evaluation of FAO')."""
TRAILING = re.compile(r"\s+(?:of|for|on|against|to|in)$")
"""A preposition the recogniser's span ends on: the complement it opens is cut off."""
BRACKETED = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,9}(?:-[A-Z]{2,5})?)\)")
INITIAL = re.compile(r"(?:^|[\s-])([A-Z])")


def _abbreviates(acronym: str, name: str) -> bool:
    """The acronym's capitals are, in order, initials of the name's capitalised words, its first one first."""
    capitals = [c for c in acronym if c.isupper()]
    initials = INITIAL.findall(name)
    if not capitals or not initials or capitals[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(c in rest for c in capitals[1:])


NAME_WORD = re.compile(r"[\w’'-]+")
FUNCTION_WORDS = ("of", "for", "on", "the", "and", "against", "in")


def spelled_out(text: str, start: int, acronym: str) -> int | None:
    """Where the name starts that `acronym`, bracketed at `start`, abbreviates ('the South-East European Cooperation
    Process (SEECP)'), or None: the nearest stretch of capitalised words (and the function words between them)
    before the bracket, from a capitalised word, whose initials the acronym's capitals are. Nearest, because a
    longer phrase may end in it: in 'the Preparatory Commission for the Comprehensive Test Ban Treaty Organization
    (CTBTO)' the acronym is the organisation's, not the commission's."""
    if not text[:start].endswith("("):
        return None
    end = len(text[: start - 1].rstrip())
    base = max(0, end - 150)
    words = list(NAME_WORD.finditer(text, base, end))
    following = end
    for m in reversed(words):
        if text[m.end() : following].strip():
            return None  # punctuation breaks the stretch
        following = m.start()
        if not m.group()[:1].isupper():
            if m.group() in FUNCTION_WORDS:
                continue
            return None
        if _abbreviates(acronym, text[m.start() : end]):
            return m.start()
    return None


def extend(text: str, start: int, end: int) -> int:
    """The end of the name that starts at `start` and that the recogniser ended at `end`: past a complement of
    capitalised words where a bracketed acronym follows it that abbreviates the whole and not the recogniser's
    part alone, or where the complement is the name of another body the acronym abbreviates and the part before
    it an organ's ('the Preparatory Commission for the Comprehensive Test Ban Treaty Organization (CTBTO)': a
    sub-body is itself, named in full); else `end`. A recogniser's span that ends on the preposition ('Eurasian Fund for') is read
    from before it."""
    cut = TRAILING.search(text, start, end)
    tail = TAIL.match(text, cut.start() if cut else end)
    if tail is None:
        return end
    bracket = BRACKETED.match(text, tail.end())
    if bracket is None:
        return end
    acronym = bracket.group("acronym")
    if _abbreviates(acronym, text[start : tail.end()]) and not _abbreviates(acronym, text[start : tail.start()]):
        return tail.end()
    nearer = spelled_out(text, bracket.start("acronym"), acronym)
    if ORGAN.search(text, start, tail.start()) and nearer is not None and nearer > tail.start():
        return tail.end()  # an organ named through the body the acronym is of
    return end


ORGAN = re.compile(r"\b(?:Board|Committee|Commission|Assembly|Court|Secretariat|Tribunal)\b")
"""A sub-body's head noun (a council of the parent's heads of state or ministers is the parent's own organ, see
`provisional.SUB_BODY_HEAD`)."""
OF_PARENT = re.compile(r"\s+of\s+(?:the\s+)?")


def through_parent(text: str, start: int, end: int, parents: list[tuple[int, int]]) -> int:
    """The end of a sub-body's name that the recogniser stopped before its parent's: 'the Board of Governors of the
    International Atomic Energy Agency', 'the Committee of Senior Officials of the Organisation of Islamic
    Cooperation' (the codebook: a sub-body is itself, named in full; read as 'Board of Governors' it is no body one
    can tell, read as the parent it is another). `parents` are the (start, end) of the dictionary's organisations
    named in the text; else `end`."""
    cut = TRAILING.search(text, start, end)
    stop = cut.start() if cut else end
    of = OF_PARENT.match(text, stop) if ORGAN.search(text, start, stop) else None
    return next((b for a, b in parents if of is not None and a == of.end()), end)


def parent_name(name: str) -> str | None:
    """The parent's name a sub-body's full name ends with ('Board of Governors of the International Atomic Energy
    Agency' -> 'International Atomic Energy Agency', 'Executive Board of the IMF' -> 'IMF'), or None for a name
    with no organ before its last 'of': what `through_parent` joined, read back so the sub-body keeps its parent."""
    organ = ORGAN.search(name)
    tail = list(OF_PARENT.finditer(name, organ.end())) if organ else []
    return name[tail[-1].end() :] if tail else None
