"""Visits told by what a leader did where he was, or by who attended a gathering: 'Erdoğan and Berdimuhamedow
signed a joint declaration in Ankara', 'Berdimuhamedow addressed the UN General Assembly in New York', 'the summit
in Aktau was attended by the presidents of Russia, Iran and Turkmenistan'.

Why: a foreign-relations article often names no verb of travel at all; it says what was done in a place (signed,
addressed, opened, inaugurated) or lists who attended. The codebook counts a meeting of leaders at a place as a
visit by those not at home, and an act done in person in a place places the person there. Only acts that need the
actor present are read: a person's signing, addressing, opening (not 'intervened in Syria', 'invested in
Turkmenistan', which are done from afar), and only a person or a leader known by office, never a state ('Turkey
opened an embassy in Ashgabat' is no visit). The place hangs on the verb itself in the parse, not on its object
('signed an agreement on gas supplies to China' names no place of signing; an audience's place is the act's:
'addressed the UN General Assembly in New York'), and it is a city: a state after 'in' is as often what the act is
about ('signed an agreement on security in Afghanistan').
"""

from __future__ import annotations

from pipeline.rules import visits
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _date,
    _negated,
    _passive,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_visits import _host_in
from pipeline.rules.visit_hosts import _guests

IN_PERSON = {"sign", "address", "open", "inaugurate", "unveil", "lay", "co-chair"}
"""Acts done where the actor is: 'signed … in Ankara', 'addressed the parliament in Islamabad', 'opened a mosque
in Ashgabat', 'laid a wreath in Tehran'."""

AUDIENCE_VERBS = {"address"}
"""Verbs whose object is an audience that sits where the act happened: 'addressed the UN General Assembly in New
York' (the parse hangs the place on the assembly)."""


def acted_in(s: Sentence) -> list:
    """'Erdoğan and Berdimuhamedow signed a joint declaration in Ankara in 2015', 'In 2008 Berdimuhamedow
    addressed the General Assembly in New York', 'the declaration was signed in Ankara by Erdoğan and
    Berdimuhamedow': each actor (a person, or a leader known by office) not at home visited the place's state."""
    out = []
    for verb in _verbs(s, IN_PERSON):
        if modality(verb) is not None or verb.tag_ in ("VBG", "VB"):
            continue  # 'planned to sign in Ankara', 'signing': no act told as done
        actors = _prep_objects(verb, "by") if _passive(verb) else _subjects(verb)
        venues = [verb] + (_children(verb, "dobj") if verb.lemma_.lower() in AUDIENCE_VERBS else [])
        host = next((h for t in venues for o in _prep_objects(t, "in", "at") for h in [_host_in(s, o)] if h), None)
        if not actors or host is None or host[1] is None:
            continue  # a state after 'in' is as often the topic ('signed an agreement on security in Afghanistan')
        date = _date(s, verb, actors)
        span = _clause(s, [verb, *actors, *_prep_objects(verb, "in", "at")])
        for person, home in _guests(s, actors):
            if home and home != host[0]:
                out.append(visits._visit(s, "acted_in", person, home, host[0], host[1], date, span))
    return out


def attended_by(s: Sentence) -> list:
    """'The summit in Bishkek was attended by the presidents of Russia and Turkmenistan', 'the Caspian Summit was
    held in Aktau, attended by Putin and Rouhani': the gathering's place is 'in' the verb, its subject or the
    verb of holding it hangs on; each attendant (a person, or the states leaders' titles name) not at home
    visited that place's state."""
    out = []
    for verb in _verbs(s, {"attend"}):
        guests = _prep_objects(verb, "by")
        if not guests or (not _passive(verb, participle=True) and verb.dep_ != "advcl") or modality(verb) is not None:
            continue
        held = verb.head if verb.dep_ in ("advcl", "acl", "conj") else verb
        if _negated(held):
            continue
        where = [held, verb, *_subjects(verb), *_subjects(held)]
        host = next((h for t in where for o in _prep_objects(t, "in") for h in [_host_in(s, o)] if h), None)
        if host is None:
            continue
        date = _date(s, held, guests)
        span = _clause(s, [held, verb, *guests, *(o for t in where for o in _prep_objects(t, "in"))])
        for person, home in _guests(s, guests):
            if home and home != host[0]:
                out.append(visits._visit(s, "attended_by", person, home, host[0], host[1], date, span))
    return out


RULES = [acted_in, attended_by]
