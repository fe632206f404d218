"""Visits told by a meeting 'between' leaders known by office at a place: 'talks between the presidents of Armenia
and Azerbaijan were held in Prague', 'a meeting between the Kyrgyz and Tajik presidents in Minsk settled the dispute',
'negotiations between the two presidents in Kazan'.

Why a module of its own: the codebook counts a meeting of leaders at a place as a visit by those not at home; a
named person's meeting is read where the gathering hangs on his verb (`visit_gatherings.at_gathering`), but leaders
named only by office and state sit inside the 'between' phrase, and the place may hang on the meeting, on the
leaders ('the … presidents in Minsk', as the parse has it) or on the verb that held the meeting ('were held in
Prague'). Each state the titles name, other than the place's, visited it.
"""

from __future__ import annotations

import re

from pipeline.rules import visit_modality, visits
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _clause, _conjuncts, _date, _prep_objects
from pipeline.rules.parsed_visits import _host_in
from pipeline.rules.visit_gatherings import MEETINGS, TOOK_PLACE
from pipeline.rules.visit_referents import resolved_persons
from pipeline.rules.visit_unmade import noun_modality
from pipeline.rules.visitor_titles import LEADER_NOUNS, titled_conjuncts
from pipeline.text.dates import date_fields


def met_between(s: Sentence) -> list:
    """'In 2004 talks between the presidents of Armenia and Azerbaijan were held in Prague': the states of the
    leaders known by office 'between' whom a meeting was held at a place each visited its state, unless at home; a
    meeting told as still to come keeps its modality, one denied gives nothing."""
    out: list = []
    for noun in s.with_lemma(MEETINGS):
        partners = _prep_objects(noun, "between")
        if noun.pos_ not in ("NOUN", "PROPN") or not partners or resolved_persons(s, partners):
            continue  # a named person's meeting is `at_gathering`'s
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
        held = [verb] if verb is not None and verb.lemma_.lower() in TOOK_PLACE else []
        where = [noun, *held, *(c for p in partners for c in _conjuncts(p))]
        places = [o for t in where for o in _prep_objects(t, "in", "at")]
        host = next((h for o in places for h in [_host_in(s, o)] if h), None)
        if host is None or (held and visit_modality.dropped(held[0])):
            continue
        mood = visit_modality.of_verb(held[0]) if held else noun_modality(noun)
        date = _date(s, held[0] if held else noun) or _dated_next(s)
        span = _clause(s, [noun, *partners, *places, *held])
        for home in titled_conjuncts(s, partners) or _named_before(s, partners):
            if home != host[0]:
                out.append(
                    visits._visit(s, "parse_met_between", None, home, host[0], host[1], date, span, modality=mood)
                )
    return out


def _named_before(s: Sentence, partners) -> list[str]:
    """The two states of a bare 'the presidents' or 'the leaders' ('Beginning in 1999, the presidents of Azerbaijan
    and Armenia initiated a direct dialogue … The OSCE sponsored a round of negotiations between the presidents in
    Key West'): the states the sentence before names, when they are two; none otherwise. Only a phrase of 'the' and
    the title ('in Key West' may hang on it), not 'the presidents of …' or 'the Turkish presidents'."""
    bare = [
        p
        for p in partners
        if p.tag_ == "NNS"
        and p.lemma_.lower() in LEADER_NOUNS
        and [c.lower_ for c in p.children if c.dep_ != "prep" or c.lower_ == "of"] == ["the"]
    ]
    states = list(dict.fromkeys(s.previous_states))
    return states if bare and len(states) == 2 else []


BACK_TO_MEETING = re.compile(r"\bthe (?:talks|negotiations|meeting|meetings)\b", re.IGNORECASE)


def _dated_next(s: Sentence) -> dict | None:
    """The date of a meeting the sentence leaves undated, told by the next one that points back to it ('… a round
    of negotiations between the presidents in Key West, Florida. U.S. Secretary of State Colin Powell launched the
    talks 3 April 2001'); None when the next sentence names no such meeting or no date."""
    after = s.following
    if after is None or not after.dates or not BACK_TO_MEETING.search(after.text):
        return None
    return date_fields(after.dates[0])


RULES = [met_between]
