"""Parse rule for a state hosting an organisation's seat told with the state as subject: 'Kazakhstan hosts the
secretariat of the CICA', 'Almaty houses the headquarters of the Eurasian Development Bank', 'the secretariat
is hosted by Kazakhstan'.

Why a rule of its own: parsed_members.seat reads the seat as the subject ('is based in Almaty'); here it is the
object of 'host' or 'house', and the host is a state or a place of one. A meeting hosted is an organisation
event (summit_hosted), not this role, so only seat nouns count.
"""

from __future__ import annotations

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _membership,
    _passive,
    _place_host,
    _prep_objects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_members import SEAT_NOUNS, _seated


def _host_states(s: Sentence, tokens) -> list[str]:
    """The states of the states or places the tokens (and their conjuncts) name."""
    return list(dict.fromkeys(h[0] for t in tokens for x in [t, *t.conjuncts] for h in [_place_host(s, x)] if h))


def hosted_seat(s: Sentence) -> list:
    """The host state of every seat noun a verb of hosting takes: role host in the body the noun names."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"host", "house"}):
        passive = _passive(verb)
        seats = _children(verb, "nsubjpass") if passive else _children(verb, "dobj")
        hosts = _prep_objects(verb, "by") if passive else _children(verb, "nsubj")
        states = _host_states(s, hosts)
        for noun in seats:
            if noun.lemma_.lower() not in SEAT_NOUNS and noun.lower_ not in SEAT_NOUNS:
                continue
            orgs = _seated(s, verb, noun)
            if not states or not orgs:
                continue
            span = _clause(s, [verb, *noun.subtree, *hosts])
            mod = modality(verb)
            out += [_membership(s, "parse_hosted_seat", st, orgs[0], "host", None, span, mod) for st in states]
    return out


RULES = [hosted_seat]
