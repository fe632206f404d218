"""The smallest span of a sentence that states a fact: the words a reader of the evidence needs.

Why: the codebook's evidence is "the shortest clause that supports the fact", and the rules over the
parse quote it; the surface rules quote the whole sentence (nine in ten of their quotes on the
evaluation corpus), which can run to sixty words around a four-word fact. Given the words a fact
was read from (the mentions of the entities in its fields, the words of its date), the quote becomes
the span from the first to the last of them, widened to the word that governs them all in the parse
(their lowest common ancestor, usually the verb: "Kazakhstan joined the UN in 1992"; where that is
one of the names itself, the verb above it) with that word's auxiliaries, negation and particles
("was admitted", "set up"), each name's phrase to its noun ("a major NATO forum") and its preposition
("in 2001"), and brackets kept whole. The sentence stays the passage (`evidence.passage_id`), so
nothing of the context is lost.

Left as the sentence: amounts (the words of a figure say nothing about what it counts: that is in
the sentence around it), a fact of which the sentence names fewer than two parts (the words between
two named parts carry the relation; with one, where the relation is told is unknown: "agreements on
co-operation in trade, … notably with Egypt"), and a sentence without a parse.
"""

from __future__ import annotations

import itertools

from pipeline.rules.context import Candidate, Sentence

NARROWED = ("membership", "visit", "agreement", "organization_event")
"""The fact types whose fields name entities the quote must show."""
GOVERNOR_PARTS = {"aux", "auxpass", "neg", "prt"}
"""Words that belong with the governing verb: 'was admitted', 'did not join', 'set up'."""
OBJECTS = {"dobj", "attr", "oprd"}
"""The governing verb's object, quoted up to its head noun even where the text names it only by a
common noun that context resolves ('Uzbekistan joined the group')."""
MAX_CHOICES = 256
"""Where an entity is named several times, every choice of one mention each is tried (the tightest
wins) up to this many combinations; past it, the first mention of each."""


def span(c: Candidate, s: Sentence) -> tuple[int, int]:
    """The candidate's quote, sentence-relative: narrowed when it is the whole sentence (see the module)."""
    if c.fact_type not in NARROWED or (c.start, c.end) != (0, len(s.text)) or s.tokens is None:
        return c.start, c.end
    words = _argument_words(c, s)
    if len(words) < 2:  # one part named: the words between parts, which carry the relation, are unknown
        return c.start, c.end
    start, end = min(a for a, _ in words), max(b for _, b in words)
    named = [t for t in s.tokens if any(a < t.idx - s.offset + len(t) and t.idx - s.offset < b for a, b in words)]
    governor = _common_ancestor(named)
    if governor is not None and governor in named:  # one argument, or one inside another: quote its verb
        governor = next((t for t in governor.ancestors if t.pos_ in ("VERB", "AUX")), governor)
    shown = [t for name in named for t in _phrase(name)]
    if governor is not None:
        shown += [governor] + [k for k in governor.children if k.dep_ in GOVERNOR_PARTS | OBJECTS]
    for t in shown:
        start, end = min(start, t.idx - s.offset), max(end, t.idx - s.offset + len(t))
    start, end = _balanced(s.text, max(start, 0), min(end, len(s.text)))
    return (start, end) if end - start < len(s.text) else (c.start, c.end)


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened so that no bracket pair crosses its edges: '(2003-2004, 2004-2006)'. An
    unmatched bracket stays as it is."""
    pairs, opened = [], []
    for i, ch in enumerate(text):
        if ch == "(":
            opened.append(i)
        elif ch == ")" and opened:
            pairs.append((opened.pop(), i + 1))
    widened = True
    while widened:  # widening across one pair can bring the edge of another inside
        widened = False
        for a, b in pairs:
            if (start <= a < end) != (start < b <= end):
                start, end, widened = min(start, a), max(end, b), True
    return start, end


def _argument_words(c: Candidate, s: Sentence) -> list[tuple[int, int]]:
    """The tightest choice of one mention per entity the fact names (that the sentence names), and the
    words of its date."""
    values = [v for _, value in c.fields for v in (value if isinstance(value, (list, tuple)) else [value])]
    implied = {s.state_of.get(v) for v in values if isinstance(v, str)} - {None}  # a person's or place's state
    ids = []
    for v in values:
        if isinstance(v, str) and v not in ids and v not in implied and any(m.entity_id == v for m in s.entities):
            ids.append(v)
    if not ids:
        return []
    options = [[(m.char_start, m.char_end) for m in s.entities if m.entity_id == i] for i in ids]
    date = c.get("date_edtf")
    dated = [(d.char_start, d.char_end) for d in s.dates if date and d.edtf == date]
    if dated:
        options.append(dated)
    combos = 1
    for o in options:
        combos *= len(o)
    if combos > MAX_CHOICES:
        return [o[0] for o in options]
    best = min(itertools.product(*options), key=lambda w: (max(b for _, b in w) - min(a for a, _ in w), w))
    return list(best)


MODIFIER = {"compound", "amod", "nmod", "poss", "nummod", "case"}
"""A name that modifies a noun is quoted with that noun: 'a major NATO forum', not 'a major NATO'."""


def _phrase(token) -> list:
    """The name, the noun it modifies through any chain of modifiers with its article ('the Kazakhstan-China border':
    border) and the preposition that introduces that noun ('in 2001', 'of OSCE Foreign Ministers')."""
    out = [token]
    while token.dep_ in MODIFIER and token.head.i != token.i:
        token = token.head
        out.append(token)
    out += [k for k in token.children if k.dep_ == "det"]  # 'The Customs Union'
    return out + [token.head] if token.dep_ == "pobj" else out


def _common_ancestor(tokens: list):
    """The lowest token whose subtree holds every token given (None for none)."""
    if not tokens:
        return None
    first = [tokens[0], *tokens[0].ancestors]
    shared = {t.i for t in first}  # token indices: spaCy makes a new Token on every step up
    for t in tokens[1:]:
        shared &= {t.i, *(a.i for a in t.ancestors)}
    return next((t for t in first if t.i in shared), None)
