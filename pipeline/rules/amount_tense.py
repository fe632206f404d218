"""Whether a figure is told as an event of the narrated past, read from the sentence's parse.

Why: texts of this genre date a paragraph once and tell the rest of it undated ('In 2004 FAO published
a report … More than 650 organizations from around the world signed an open letter'). A figure that is
an argument of a finite verb in the past tense ('signed', 'participated', 'was backed up by') belongs to
the year the narrative is at; one in the present ('some 1 billion people continue to suffer', 'The bill
has 225 co-sponsors'), under a modal ('would be spent'), or in a non-finite modifier ('The PTBT, joined
by 123 states …'; 'agreed to bar explosions with yields above 150 kilotons') states no event of that
year. A verb that only frames another ('was to be backed up by 47 aircraft', 'was estimated to have a
yield of 120 kilotons') is read through. 'Had' of possession is told in the past too ('a member of the delegation had
€30m to spend on lobbying'): codebook §5 amount, a figure told in the past takes the date of its sentence, paragraph or
heading.

Also here, the other way a clause places a figure in time: at the time of writing (`of_the_present`: 'now',
'currently').
"""

from __future__ import annotations

from pipeline.rules.context import Sentence
from pipeline.rules.stance import token_at

PAST_AUX = {"VBD"}
"""The tag of an auxiliary that makes a participle finite and past: 'was backed up', 'had signed'."""
MAX_STEPS = 8
"""How far up the parse a figure's noun may be from its verb ('by 47 aircraft' -> 'backed'; 'was liable for a fine of
up to Euros 100,000' -> 'was', seven steps up)."""


def governing_verb(s: Sentence, position: int):
    """The nearest verb above the word at `position` (sentence offset) in the parse, or None."""
    t = token_at(s, position)
    for _ in range(MAX_STEPS):
        if t is None or t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _raised(verb):
    """The verb whose complement `verb` is, where that one only frames it: 'was to be backed up' ->
    'was', 'was estimated to have' -> 'estimated' (a passive or 'be'); not an active verb of its own
    ('agreed to bar', which states another act)."""
    head = verb.head
    if verb.dep_ == "xcomp" and (head.lemma_ == "be" or any(c.dep_ == "auxpass" for c in head.children)):
        return head
    return verb


def told_in_past(s: Sentence, position: int) -> bool:
    """Whether the figure at `position` is an argument of a finite past-tense event verb, or of a 'with' clause that
    hangs on one ('support decreased by 10%, with only 16.9% believing …': an absolute clause has no tense of its
    own and tells the time of the clause it hangs on)."""
    verb = governing_verb(s, position)
    if verb is None:
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.head.head.pos_ == "VERB":
        verb = verb.head.head
    verb = _raised(verb)
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_AUX and c.lemma_ in ("be", "have") for c in verb.children
    )


NON_FINITE = {"xcomp", "ccomp", "advcl", "conj"}
"""The arcs by which a non-finite verb hangs on the verb that gives it its tense ('expects growth to slow to 4.5
percent': 'slow' takes the time of 'expects')."""
FORECASTING = {"expect", "project", "forecast", "predict", "anticipate"}


def told_as_forecast(s: Sentence, position: int) -> bool:
    """Whether the figure at `position` is an argument of a verb under a modal ('will grow by 6 percent') or one a
    verb of forecasting frames ('expects growth to slow to 4.5 percent', 'is projected to reach 3 percent'): a
    figure of the future, not of the year the narrative is at. (A share told in the plain present still is: the
    genre's annotators date 'This overall budget covers … Administration – 6 per cent' by the biennium the
    sentence before names.)"""
    verb = governing_verb(s, position)
    for _ in range(MAX_STEPS):
        if verb is None:
            return False
        if verb.lemma_ in FORECASTING or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children):
            return True
        if verb.dep_ not in NON_FINITE or verb.tag_ not in ("VB", "VBG", "VBN"):
            return False
        verb = verb.head
    return False


NOW = {"currently", "presently", "nowadays", "today", "now"}
"""Words that place a figure at the time of writing: 'halving the number of hungry by 2015 (currently estimated
at close to 1 billion people)' (2015 is the goal's deadline, not the count's year); 'The NPT came into force in
1970 and now has 191 states parties'; 'at present' too."""


def of_the_present(s: Sentence, m) -> bool:
    """Whether the verb that governs the figure is placed at the time of writing by a NOW word, with no date in
    its own phrase ('Currently (as of 2019), the bank has 19 members' keeps 2019)."""
    verb = governing_verb(s, m.char_start)
    if verb is None or not any(
        c.lower_ in NOW or (c.lower_ == "at" and any(g.lower_ == "present" for g in c.children)) for c in verb.children
    ):
        return False
    start = verb.left_edge.idx - s.offset
    end = verb.right_edge.idx - s.offset + len(verb.right_edge)
    return not s.dates_in(start, end, include_asides=True)
