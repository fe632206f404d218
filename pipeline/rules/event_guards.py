"""Guards the surface event rules (organization_events, organization_meetings) share: whose words a meeting's
organisation is, what a 'becoming' makes, which 'it' enters into force.

Why: those rules find their trigger by its characters and take the organisation from a window around it, which
on texts no rule was written on picks an organisation named for another reason ('After Kazakhstan joined the IMF
in 1992, a donor conference was held in Almaty', 'hosted a meeting of the IMF mission', 'joined the WTO, becoming
the first Central Asian state to join the World Trade Organization'). The parse tells whose the words are.
"""

from __future__ import annotations

import re

from pipeline.rules import event_bodies, stance
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _entity

INSTRUMENT = re.compile(r"\b(?:[Tt]reaty|[Aa]greement|[Cc]harter|[Cc]onvention|[Ss]tatute|[Cc]onstitution)\b")
BODY_NOUNS = (event_bodies.ORGANIZATION_HEADS | {"mission", "delegation", "team", "staff"}) - {"forum", "conference"}
"""A noun an organisation's name modifies that makes the meeting another body's (a forum or a conference is
the meeting itself)."""
ADJACENT_CHARS = 5
"""'now becoming the Central Asia Co-operation Organization': the new body follows 'becoming' at once."""


def it_founded(s: Sentence) -> str | None:
    """What enters into force is an instrument: 'It entered into force' is the previous sentence's organisation's
    only where that sentence names the instrument that founds it ('… signed a treaty formally establishing the
    Eurasian Economic Union.')."""
    if re.match(r"^\s*It\b", s.text) and s.previous_organizations and INSTRUMENT.search(s.previous_text):
        return s.previous_organizations[-1]
    return None


OWNERS = {"its", "organisation", "organization"}
FOUNDING_WORDS = {"founding", "constituent", "establishing"}


def owned_charter(noun) -> bool:
    """ "Its charter', "the organisation's founding treaty": an instrument the organisation talked about owns is
    the one that founds it (a treaty that is merely its, 'its treaty with China', is not)."""
    owned = any(c.dep_ == "poss" and c.lemma_.lower() in OWNERS for c in noun.children)
    founding = noun.lemma_.lower() == "charter" or any(c.lower_ in FOUNDING_WORDS for c in noun.children)
    return owned and founding


def becomes(s: Sentence, match: re.Match, org: str) -> bool:
    """Whether the organisation a 'becoming' takes is what the subject became: named right after it (not 'becoming
    the first Central Asian state to join the World Trade Organization'); 'transformed into', 'morphed into'
    always are."""
    if not match.group().startswith("becoming"):
        return True
    return any(m.entity_id == org and 0 <= m.char_start - match.end() <= ADJACENT_CHARS for m in s.organizations())


CALLED_OFF = {"postpone", "cancel", "delay", "defer", "scrap", "reschedule"}
"""Verbs whose gathering did not take place as told: 'The 2020 summit in St. Petersburg was postponed' (a boycotted
summit did: 'Belarus boycotted the CSTO summit')."""


TO_COME = {"upcoming", "forthcoming", "coming", "planned", "proposed", "future"}
"""A gathering named as yet to come: the sentence's date is when it was told of, not when it met."""


def called_off(noun) -> bool:
    """Whether the gathering the noun names is the subject or object of a verb that calls it off."""
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.lemma_.lower() in CALLED_OFF


MEETING = re.compile(r"\b(?:summit|meeting|conference|congress|forum|Congress|Summit|Forum)\b")


def in_meeting(s: Sentence, mentions: list, start: int) -> list:
    """The mentions of organisations the meeting after `start` is of (see `in_meeting_words`)."""
    noun = MEETING.search(s.text, start)
    return [m for m in mentions if noun is None or in_meeting_words(s, m, noun.start())]


def in_meeting_words(s: Sentence, mention, noun_start: int) -> bool:
    """Whether the organisation is named by the meeting's own words ('the inaugural summit meeting of CICA', 'a
    major NATO forum') or by its holder ('The SCO held its summit'), not by another clause of the sentence ('After
    Kazakhstan joined the IMF, a donor conference was held') nor as the modifier of another noun ('a meeting of the
    IMF mission'). Without a parse: True."""
    noun, token = stance.token_at(s, noun_start), stance.token_at(s, mention.char_end - 1)
    if noun is None or token is None:
        return True
    head = noun
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # 'an SCO heads of state summit meeting': the phrase is the meeting's
    if stance.modifies_another_noun(s, mention) and token.head.lemma_.lower() in BODY_NOUNS:
        return False  # 'a meeting of the IMF mission': a body's meeting ('of OSCE Foreign Ministers' is OSCE's)
    phrase = {t.i for t in head.subtree}
    holder = {t.i for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return token.i in phrase or (head.dep_ == "dobj" and token.i in holder)


CONFERENCE = re.compile(r"\b[Cc]onference\b")


def meeting_event(words: str) -> str:
    """The event a meeting's words make: a conference is `conference_hosted` (the codebook: a summit is a summit or
    a heads-of-state meeting; 'the 2010 Review Conference was held in New York', 'held its General Conference in
    Vienna'), anything else these rules read (summit, meeting, congress, forum) `summit_hosted`."""
    return "conference_hosted" if CONFERENCE.search(words) else "summit_hosted"


FREQUENCY_ADVERBS = {
    "annually",
    "biennially",
    "yearly",
    "regularly",
    "periodically",
    "usually",
    "traditionally",
    "routinely",
    "customarily",
}
PERIODS = {"year", "month", "week", "decade"}


def habitual(*words) -> bool:
    """'has held a summit every two years', 'meets annually', 'convenes three times a year', 'is held each year in a
    member state': a gathering told as a habit, not one meeting (its date, if any, opens the habit: 'Since 1992 the
    ECO has held a summit every two years')."""
    for t in words:
        for c in t.children:
            if c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS:
                return True
            if c.dep_ not in ("npadvmod", "advmod", "prep", "dobj"):
                continue
            sub = {w.lower_ for w in c.subtree}
            if sub & {"every", "each", "per"} or (sub & {"once", "twice", "times"} and sub & _periods(c)):
                return True
    return False


def no_one_meeting(verb) -> bool:
    """The verb of a gathering the surface rules found tells no one meeting held: a habit ('a summit is held every
    year in a member state', 'hosted the summit annually') or an act negated, hypothetical or given up ('was never
    held in', 'offered to host the summit, but the offer was declined'). Without a parse: False."""
    return verb is not None and (habitual(verb) or stance.states_no_fact(verb))


def _periods(phrase) -> set:
    return {w.lower_ for w in phrase.subtree if w.lemma_.lower() in PERIODS}


SPANS = {"year", "decade", "century", "time"}


def resumed(noun) -> bool:
    """'the first OSCE summit since the Istanbul summit of 1999', 'the first summit in eleven years': a gathering
    first again after a gap, not the series' first (no inaugural summit)."""
    return any(
        c.dep_ == "prep"
        and (c.lower_ == "since" or (c.lower_ == "in" and any(o.lemma_.lower() in SPANS for o in c.children)))
        for c in noun.children
    )


def renaming_date(s, m):
    """The date of a renaming whose words `m` match: the clause's, but for a 'later' renaming only its own, after
    its words ('The union was founded in 1994 and later renamed the Central Asian Economic Community': not 1994,
    the founding's)."""
    if not m.group().startswith("later"):
        return s.date_for(m.end())
    end = s.clause(m.end())[1]
    return next((d for d in s.dates if m.end() <= d.char_start < end), None)


def of_ministers(s: Sentence, mention) -> bool:
    """'a meeting of OSCE foreign ministers': the organisation's ministers meet, a meeting of the organisation."""
    return stance.token_at(s, mention.char_end - 1).head.lower_.startswith("minister")


def names_sub_body(s: Sentence, mention, noun) -> bool:
    """An organisation that modifies another noun than the meeting's: 'Meeting of ECO Chamber of Commerce'
    is a meeting of the chamber, not of the ECO ('the NATO summit' is NATO's)."""
    return stance.modifies_another_noun(s, mention) and stance.token_at(s, mention.char_end - 1).head.i != noun.i


VENUES = {"venue", "host", "site", "location", "scene"}


def venue_of(s: Sentence, noun) -> str | None:
    """The state of the place a copula names as the gathering's venue: 'Ashgabat was the venue of the summit of the
    CIS in 2012', 'Astana was the host of the 2010 summit' (the place is the copula's subject, not the summit's
    own words); else None."""
    venue = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if venue is None or venue.lemma_.lower() not in VENUES or venue.dep_ != "attr":
        return None
    places = [m for c in venue.head.children if c.dep_ == "nsubj" for m in [_entity(s, c, ("state", "place"))] if m]
    return next((s.state_of_entity(m.entity_id) for m in places), None)


def nested_city(s: Sentence, noun) -> list:
    """A city the gathering's own words place it in below its topic: 'held a conference on nuclear security in
    Vienna' (the parser hangs 'in Vienna' on 'security'). Only a city: a state there is as often the topic ('a
    conference on security in Afghanistan')."""
    return [
        t
        for t in noun.subtree
        if t.dep_ == "pobj"
        and t.head.lower_ in ("in", "at")
        and (m := _entity(s, t, ("place",))) is not None
        and m.entity_type == "place"
    ]
