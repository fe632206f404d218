"""What a number counts: the noun phrase after it ('70 combat aircraft', '1,200 civil society
organizations', '2,000 of its peacekeepers') and labels that are not counts ('Annex 2', 'Article 7').

Why apart: the head of the phrase is decided by the word list's noun classes and by spelling, a
grammar of its own; the decisions are in the docstring of `pipeline.text.amounts`.
"""

from __future__ import annotations

import re

from pipeline.text.amount_numbers import QUALIFIER, Grammar
from pipeline.text.amount_words import Vocabulary

STOP_WORDS = frozenset(
    """
of and or but nor in on at to from for with by as than that which who whom whose were was are is be been
being have has had will would shall should can could may might must do does did per each every the a an this
these those their its his her our your my into onto over under between among against during since until after
before about while when where if not no so also both all more most such only still then there here
respectively including across towards thus always perhaps whereas besides unless plus via among
""".split()
)
"""Words that end the noun phrase after a number: what follows them is not its head."""
CAPITALISED_BEFORE = re.compile(r"(?:(?<=\S\s)|(?<=\S\s[\"“‘'(]))(?P<word>[A-Z][A-Za-z]*)[\s\u00a0]+\Z")
"""A label word before a number ('Annex 2', 'Article 7', 'These "Annex 2 states"'), not the sentence's
first word."""
THE_THEN = re.compile(r"\bthe[\s\u00a0]+[\w,.-]+[\s\u00a0]*\Z", re.IGNORECASE)
"""'the eight then nuclear-capable states': after 'the' and a number, 'then' is the adjective of 'the then president'
(those that were so at the time), a modifier of the counted noun and not the adverb that ends its phrase."""
LABEL_MODIFIER = re.compile(r"[\s\u00a0]+(?P<label>[A-Z][A-Za-z]*[\s\u00a0]+[0-9]{1,3})(?=[\s\u00a0]+[A-Za-z])")
"""A label inside a counted noun phrase: 'eight Annex 2 states'."""


def is_label(text: str, start: int) -> bool:
    """Whether the number at `start` follows a capitalised word that makes it a label ('Annex 2')."""
    m = CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m["word"].lower() not in QUALIFIER and m["word"].lower() not in STOP_WORDS


def noun_phrase(text: str, pos: int, g: Grammar) -> tuple[int, str, str, str | None] | None:
    """The counted noun after a number at `pos`: (end, noun as written, class, unit) or None. At most
    three modifiers before the head; the phrase ends at punctuation or a function word."""
    v = g.vocabulary
    start = None
    modifiers = 0
    while modifiers <= 3:
        label = LABEL_MODIFIER.match(text, pos)
        if label:  # 'eight Annex 2 states'
            start = label.start("label") if start is None else start
            pos, modifiers = label.end(), modifiers + 1
            continue
        m = g.word.match(text, pos)
        if not m:
            return None
        word = m["w"].rstrip("’'-")
        if word.lower() == "then" and start is None and THE_THEN.search(text, 0, m.start("w")):
            pos = m.end("w")
            continue
        if word.lower() in STOP_WORDS or word.lower() in v.numbers:
            return None
        start = m.start("w") if start is None else start
        head = _head_class(word, v)
        if head in ("time", "abstract"):
            return None
        if head is not None:
            return _compound(text, start, m.start("w") + len(word), word, head, v, g)
        pos = m.end("w")
        modifiers += 1
    return None


def _compound(
    text: str, start: int, end: int, word: str, head: str, v: Vocabulary, g: Grammar
) -> tuple[int, str, str, str | None]:
    """A head noun followed by another ('member states', 'member nations') makes one compound whose
    last word is the head; a compound with 'member' counts members."""
    classes = [head]
    while True:
        m = g.word.match(text, end)
        if not m:
            break
        following = m["w"].rstrip("’'-")
        kind = _head_class(following, v) if following.lower() not in STOP_WORDS else None
        if word.lower() == "member" and kind is None and following.islower() and following not in STOP_WORDS:
            kind = "thing"  # 'member' as a noun adjunct: '1 member organization'
        elif (
            kind is None or kind in ("time", "abstract") or not (following[-1:] in "sS" or following.lower() in v.nouns)
        ):
            break
        word, end = following, m.start("w") + len(following)
        classes.append(kind)
    noun_class = "member" if "member" in classes else classes[-1]
    unit = v.nouns.get(word.lower(), (None, None))[1] or ("people" if word in v.demonyms else None)
    return end, text[start:end], noun_class, unit or counted_unit(text[start:end], v)


NOT_CLASSIFYING = frozenset("new other separate additional further announced remaining".split())
"""Adjectives that pick out some of a kind without making a kind of their own: 'seven new members' counts members,
'six announced tests' tests (dev gold units: 'members', 'tests', 'entities' for 'separate entities')."""


def counted_unit(noun: str, v: Vocabulary) -> str:
    """The unit a counted noun phrase gives (codebook §5 amount: 'the counted noun'): the phrase without the adjectives
    before it that only pick some out (NOT_CLASSIFYING) and without the proper names or adjectives that say whose they
    are ('four Russian envoys': envoys; 'three Central Asian republics': republics; not 'Member States', a noun of the
    word list, nor a label: 'Annex 2 states'). Classifying words stay: 'atmospheric tests', 'member states'."""
    words = noun.split()
    while len(words) > 1 and not words[1][:1].isdigit() and _picks_out(words[0], words[1:], v):
        words.pop(0)
    return " ".join(words)


def _picks_out(word: str, rest: list[str], v: Vocabulary) -> bool:
    """Whether `word`, before the `rest` of a counted phrase, only picks out or says whose (see `counted_unit`)."""
    if word.lower() in NOT_CLASSIFYING:
        return True
    proper = word[:1].isupper() and word.lower() not in v.nouns
    return proper and any(w[:1].islower() for w in rest)


def _head_class(word: str, v: Vocabulary) -> str | None:
    """The class of a word as the head of a counted noun phrase, or None if it cannot be one."""
    lower = word.lower()
    if lower in v.nouns:
        return v.nouns[lower][0]
    if word in v.demonyms:
        return "person"
    if "-" in word:
        first, *_, last = word.split("-")
        head, modifier = _head_class(last, v), _head_class(first, v)
        if modifier == "member":
            return "member"  # 'member-states', as 'member states'
        return head or modifier  # 'co-sponsors'; 'Directors-General' (a plural first)
    return "thing" if _plural_spelling(word) else None


def _plural_spelling(word: str) -> bool:
    lower = word.lower()
    return (
        len(lower) >= 4
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is", "'s", "’s"))
        and lower.isalpha()
    )
