"""The noun whose value a money figure states, read from the sentence's parse.

Why: the words nearest a figure are not always the ones that say what it is ('Trade with the countries that
received EU funds reached $5 billion': the figure is trade's, not the funds'; "Kazakhstan's quota, which
was raised after the loan, is SDR 1.16 billion": the quota's, not the loan's). English states what a sum
measures by its grammar:
- the noun it modifies or completes: 'a $5m loan', 'a loan of $5m', 'reserves of $30 billion';
- the subject of a verb that states or changes a quantity, with the figure its object or the object of
  its 'to', 'at' or 'by': 'Trade reached $5 billion', 'The deficit amounted to $2 billion', 'The value of
  trade stood at $1 billion' (the value of a thing is the thing's), 'Exports to Russia were worth $2 billion';
  a relative pronoun subject stands for the noun its clause hangs on ('Trade, which had fallen to $1
  billion, recovered': the figure is trade's);
- the noun a 'worth' phrase values ('exported goods worth $3 billion': 'goods', and through them the verb that
  acts on them, see `acting_verb`), also where the parse hangs 'worth' on that verb ('sold gas worth $300 million
  to Georgia': the verb's object).
Nouns that only frame a quantity ('a total of', 'a record', 'the value of') are read through. Which kind
the noun names is the word list's (`amount_kinds.CUE`); a noun it does not list leaves the choice to the
words around the figure.
"""

from __future__ import annotations

from pipeline.rules.context import Sentence

FRAMING = {"total", "amount", "sum", "figure", "value", "level", "tune", "record", "high", "low", "peak", "volume"}
"""Nouns that frame a quantity without saying what it measures: 'a total of $5m', 'a record $30 billion',
'the value of trade'."""
STATING = {
    "be",
    "reach",
    "total",
    "amount",
    "stand",
    "rise",
    "grow",
    "fall",
    "decline",
    "drop",
    "increase",
    "decrease",
    "exceed",
    "average",
    "climb",
    "surpass",
    "hit",
    "top",
    "double",
    "recover",
    "rebound",
    "shrink",
    "contract",
    "expand",
    "jump",
    "soar",
    "plunge",
    "slump",
    "widen",
    "narrow",
    "remain",
    "equal",
    "come",
}
"""Verbs whose subject is the thing a figure after them measures ('Trade reached $5 billion')."""
STATING_PREPOSITIONS = {"to", "at", "by", "of"}
"""'amounted to', 'stood at', 'rose by', 'a loan of': the figure completes the word before."""
MAX_STEPS = 6
MODIFIER = {"nummod", "compound", "quantmod", "appos"}
"""The arcs by which a figure modifies the noun after it ('a $5m loan')."""


def figure_token(s: Sentence, m):
    """The word of the figure's span that the parse attaches outside it (its syntactic head)."""
    if s.tokens is None:
        return None
    inside = [t for t in s.tokens if m.char_start <= t.idx - s.offset < m.char_end]
    return next((t for t in inside if not m.char_start <= t.head.idx - s.offset < m.char_end), None)


RELATIVE_PRONOUNS = {"which", "that", "who"}


def _subject(verb):
    """The verb's subject; for a relative pronoun, the noun the relative clause hangs on ('Trade, which had
    fallen to $1 billion' -> 'Trade')."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def _read_through(noun):
    """A framing noun's complement ('the value of trade' -> 'trade'), else the noun itself."""
    if noun.lemma_.lower() not in FRAMING:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if objects:
                return objects[0]
    return None


def modified_noun(s: Sentence, m):
    """The noun the figure modifies directly, the head of its compound ('a US$250 million program loan' ->
    'loan', 'a $5m loan'), or None (a framing noun is none: 'a record $30 billion')."""
    t = figure_token(s, m)
    if t is None or t.dep_ not in MODIFIER or t.head.pos_ != "NOUN" or t.head.lemma_.lower() in FRAMING:
        return None
    return t.head


def measured_noun(s: Sentence, m):
    """The noun whose value figure `m` states (see the module docstring), or None where the parse does not
    say: a figure that is the object of a verb of another sense ('the IMF lent $5m') is left to the verb."""
    t = figure_token(s, m)
    for _ in range(MAX_STEPS):
        if t is None or t.head.i == t.i:
            return None
        head = t.head
        if t.dep_ in MODIFIER and head.pos_ == "NOUN":
            if head.lemma_.lower() not in FRAMING:
                return head  # 'a $5m loan'
            t = head  # 'a record $30 billion'
        elif t.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in STATING_PREPOSITIONS:
            t = head  # 'amounted to $2bn', 'a loan of $5m'
        elif t.dep_ == "prep" and head.pos_ == "NOUN" and t.lower_ == "of":
            if head.lemma_.lower() not in FRAMING:
                return head  # 'a loan of $5m'
            t = head  # 'a total of $5m'
        elif t.pos_ == "ADJ" and t.dep_ == "amod" and head.pos_ == "NOUN":
            return head  # 'goods worth $3 billion'
        elif (
            t.pos_ == "ADJ" and (t.dep_ == "oprd" or (t.dep_ == "prep" and t.lower_ == "worth")) and head.pos_ == "VERB"
        ):
            return next(
                (c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None
            )  # 'sold systems worth', 'sold gas worth $300 million to Georgia' (the parse hangs 'worth' on the verb)
        elif t.dep_ in ("dobj", "attr", "npadvmod", "prep", "acomp", "pobj") and head.pos_ in ("VERB", "AUX", "ADJ"):
            if head.pos_ == "ADJ":  # 'were worth $2bn'
                t = head
                continue
            subject = _subject(head)
            if head.lemma_ not in STATING or subject is None:
                return None
            return _read_through(subject)
        else:
            return None
    return None


PRONOUNS = {"it", "they"}
"""Pronouns that stand for a noun of the sentence before ('In 1996 the bank approved a loan. It amounted to $45
million')."""


def previous_nouns(s: Sentence, noun) -> list:
    """Where `noun` is a pronoun of PRONOUNS, the common nouns of the sentence before it in the same paragraph, last
    first (what the pronoun may stand for); else none."""
    if noun is None or noun.pos_ != "PRON" or noun.lower_ not in PRONOUNS:
        return []
    before = previous_sentence(s)
    return [t for t in reversed(before) if t.pos_ == "NOUN" or t.i == before.start] if before is not None else []


def previous_sentence(s: Sentence):
    """The parse of the sentence before `s` in the same paragraph, or None."""
    if s.tokens is None or s.tokens.span.start == 0:
        return None
    span = s.tokens.span
    before = span.doc[span.start - 1].sent
    return None if "\n" in span.doc.text[before.start_char : span.start_char] else before  # another paragraph


def sentences_before(s: Sentence, limit: int, paragraph: bool) -> list[str]:
    """The texts of up to `limit` sentences of the source before `s`, the nearest first, only those of its paragraph
    with `paragraph` (the sentence before only, where there is no parse)."""
    if s.tokens is None:
        return [s.previous_text] if s.previous_text else []
    span = s.tokens.span
    doc = span.doc
    out: list[str] = []
    for sent in reversed([x for x in doc.sents if x.end <= span.start]):
        if len(out) == limit or (paragraph and "\n" in doc.text[sent.start_char : span.start_char]):
            break
        out.append(sent.text)
    return out


def acting_verb(noun):
    """The verb a noun is the direct object of ('exported goods worth $3 billion' -> 'exported'), or the object of
    its 'with' ('supplied Armenia with gas worth' -> 'supplied'), or None: what
    is done with goods a figure values says what the figure is where the goods' noun does not."""
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "with":
        noun = noun.head  # 'supplied Armenia with gas worth $300 million'
    if noun is None or noun.dep_ not in ("dobj", "prep") or noun.head.pos_ != "VERB":
        return None
    return noun.head


def object_of(s: Sentence, m):
    """The verb figure `m` is the bare direct object of, with no noun of its own ('it approved a further $1
    billion' -> 'approved'), or None."""
    t = figure_token(s, m)
    if t is None or t.dep_ != "dobj" or t.head.pos_ != "VERB":
        return None
    return t.head


def predicate_noun(s: Sentence, m):
    """The noun a figure is said to be, where it is the subject of 'be' or 'become' ('189 countries are members of the
    IMF' -> 'members', '189 states had become parties to the Convention' -> 'parties'), or None."""
    t = figure_token(s, m)
    if t is None or t.dep_ != "nsubj" or t.head.lemma_ not in ("be", "become"):
        return None
    return next((c for c in t.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
