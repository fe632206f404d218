"""Phrases that place an act or a figure after or before another event: their dates are that event's.

Why: the genre fits an earlier or later event into a sentence as a phrase or clause opened by 'after', 'before',
'following', 'prior to', 'upon' or 'since': 'After the collapse of the Soviet Union in 1991, Ukraine acceded to the
NPT in 1994'; 'Following the 1998 Russian financial crisis, the IMF approved an arrangement of SDR 329 million';
'after Kazakhstan joined the WTO in 2015'. A date inside such a phrase is the other event's (codebook §4: never a
date mentioned nearby for something else), and the act or figure outside it is later or earlier by an unknown
span. A 'since' whose object is itself a date opens a state instead ('Since 1994, Kazakhstan has been a party':
the state's own start). The treaty rules leave such phrases out of a verb's dates (`agreement_polarity.own_date`);
the figure and founding rules ask whether a date lies in one (`in_other_event`), and so does every rule that
dates an organisation's event by its clause (`clause_date`, `unless_elsewhere`: the founding, renaming, meeting
rules; a visit is left dated by talks it followed, "Following talks in Ankara in 2015, … signed": the talks are
the visit).
"""

from __future__ import annotations

from pipeline.rules.context import Sentence, year_only
from pipeline.rules.stance import token_at
from pipeline.text import lexicon

OTHER_TIME = {"after", "before", "following", "prior", "upon", "since"}
CAUSES = {"because", "due", "owing"}
CAUSE_NOUNS = {"response", "reaction", "result", "consequence", "wake", "aftermath", "retaliation", "protest"}
"""A phrase of cause places another event as much as one of time does: 'formed in response to the Indian nuclear
test of 1974', 'established as a result of the dissolution of the Soviet Union in 1991', 'created because of the
war of 1974' (the year is the test's, the dissolution's, the war's)."""
MAX_STEPS = 8


def places_another_event(s: Sentence, phrase, clauses_only: bool = False, starts: bool = False) -> bool:
    """Whether token `phrase` heads a phrase that places another event: a preposition of OTHER_TIME (with
    `clauses_only`, only one whose object is a verb: 'after falling to $2 billion'), or a clause whose mark is one
    ('after it had stood at $80 million'); not a 'since' whose object is a date."""
    if phrase.dep_ == "prep" and phrase.lower_ in OTHER_TIME:
        if phrase.lower_ == "since" and (starts or _dated(s, phrase)):
            return False
        return not clauses_only or any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in phrase.children)
    if phrase.dep_ == "prep" and not clauses_only and _causal(phrase):
        return True
    return any(c.dep_ == "mark" and c.lower_ in OTHER_TIME for c in phrase.children)


def _causal(phrase) -> bool:
    """'because of', 'due to', 'in response to', 'as a result of', 'in the wake of' (see CAUSES)."""
    if phrase.lower_ in CAUSES:
        return True
    return phrase.lower_ in ("in", "as") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in CAUSE_NOUNS for o in phrase.children
    )


def _dated(s: Sentence, phrase) -> bool:
    """Whether the phrase's object is itself a date ('Since 1994'), not an event with a date of its own."""
    starts = {d.char_start for d in s.dates}
    return any(o.left_edge.idx - s.offset in starts for o in phrase.children if o.dep_ == "pobj")


def in_other_event(
    s: Sentence, figure_start: int, date_start: int, clauses_only: bool = False, starts: bool = False
) -> bool:
    """Whether the date at `date_start` lies, in the parse, inside a phrase that places another event (see
    `places_another_event`) that does not hold the word at `figure_start` (a figure, or a fact's noun). The
    figure rules also ask it the other way round, with `clauses_only`: a figure in a clause with a verb of its own
    that such a word opens ('exports were $100 million in 2012, two years after they had stood at $80 million') is
    not of the date outside it (a figure in a phrase without a verb is the condition of the main event, and of its
    time: 'entered into force in 1970 after ratification by 43 states'). A named event's year right after such a
    word ('after the World Food Conference in 1974') is read from the text (`Sentence.other_event`): the parser
    hangs it far off. With `starts`, for an act or a state rather than a figure, a 'since' phrase is the start of the
    state it opens ('a member of the G8 since the Denver Summit in June 1997': June 1997), not another event."""
    if not clauses_only and s.other_event(date_start, figure_start):
        return True
    t = token_at(s, date_start)
    figure = token_at(s, figure_start) or token_at(s, figure_start - 1)  # a match's end is the word's end
    if t is None or figure is None:
        return False
    for _ in range(MAX_STEPS):
        if places_another_event(s, t, clauses_only, starts):
            return not t.left_edge.i <= figure.i <= t.right_edge.i
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def clause_date(s: Sentence, position: int, end: int | None = None):
    """The date an act at `position` takes from its clause (`Sentence.date_for`), unless the parse puts that date in
    a phrase of another event ('formed in response to the Indian nuclear test of 1974': no date); a 'since' phrase
    dates the state it opens (`in_other_event`, `starts`)."""
    d = s.date_for(position, end)
    return counted_from(s, position, d) if d is not None and elsewhere(s, position, d) else d


def counted_from(s: Sentence, position: int, d):
    """The year of the act at `position` where the phrase that holds another event's date `d` says how far apart
    the two are: 'A year after its independence in 1991, Turkmenistan joined the United Nations' (1992), 'Ten years
    after it was founded in 2001, the SCO held its summit in Astana' (2011); else None (codebook §4: relative
    dates are resolved, never the other event's)."""
    t, act = token_at(s, d.char_start), token_at(s, position) or token_at(s, position - 1)
    for _ in range(MAX_STEPS if t is not None and act is not None else 0):
        if places_another_event(s, t, starts=True):
            if t.left_edge.i <= act.i <= t.right_edge.i:
                return None
            word = next((c for c in t.children if c.dep_ in ("mark", "prep") and c.lower_ in ("after", "before")), t)
            years = _years_counted(t)
            if years is None or word.lower_ not in ("after", "before"):
                return None
            return year_only(d.date_start.year + (years if word.lower_ == "after" else -years))
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _years_counted(phrase):
    """N of 'N years' (npadvmod) on the phrase: 'a year after', 'ten years after', '2 years before'; else None."""
    span = next((c for c in phrase.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "year"), None)
    counts = [c for c in span.children if c.dep_ in ("nummod", "det")] if span is not None else []
    word = counts[0].lower_ if counts else ""
    return 1 if word in ("a", "an", "one") else int(word) if word.isdigit() else lexicon.numbers().get(word)


def unless_elsewhere(s: Sentence, position: int, d):
    """The date `d` of the act at `position`, or None where it is another event's (`elsewhere`)."""
    return None if d is not None and elsewhere(s, position, d) else d


def elsewhere(s: Sentence, position: int, d) -> bool:
    """The date `d` belongs to another event than the act at `position` (`in_other_event`, 'since' opening the
    act's state)."""
    return in_other_event(s, position, d.char_start, starts=True)
