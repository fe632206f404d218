"""Who a visitor known by office is: the state a title names ('the Turkish president', 'Turkmen Foreign
Minister Rashid Meredov', 'a Turkmen delegation').

Why: a foreign-relations article names many visitors by office and state, not by a name the person dictionary
holds; the visitor's state is what a visit is keyed on, so the title is enough to read it. Shared by the visit
rules over the parse (`parsed_visits`, `visit_leaders`).
"""

from __future__ import annotations

from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _conjuncts, _entity, _subjects
from pipeline.rules.visit_referents import SINGULAR, leader_pair_states, resolved_persons

LEADER_NOUNS = {"president", "minister", "leader", "premier", "king", "chancellor", "delegation", "speaker", "emir"}
"""Who an unnamed visitor is: 'the Turkmen president paid an official visit to China' (the visitor's state from
the adjective)."""
TITLES = LEADER_NOUNS | {
    "head",
    "vice-president",
    "secretary",
    "chairman",
    "chairwoman",
    "prince",
    "sultan",
    "counterpart",
}
"""Offices (and a delegation) that travel for their state: 'the Turkish president', 'President of Turkey',
'Turkmen Foreign Minister', 'a Turkmen delegation', 'Saudi Crown Prince', 'the Chairman of the Senate of
Kazakhstan', 'his Afghan counterpart' (a leader's equal in another state). Not an ambassador or envoy, who lives
where he is posted."""
OFFICIALS = {"official", "officials"}
"""A state's officials travel for it as a delegation does ('Kyrgyz officials visited Seoul'); only the noun, not the
adjective of 'an official visit'."""
PRIVATE = {
    "tourist",
    "student",
    "pilgrim",
    "visitor",
    "traveller",
    "traveler",
    "citizen",
    "national",
    "businessman",
    "investor",
    "journalist",
    "worker",
    "migrant",
    "resident",
    "fan",
}
"""Private travellers, who travel for themselves, not for their state: 'visits by tourists from China' are no
official visit (the codebook's visits are of leaders, ministers and delegations)."""
AWAY = {"to", "in", "at", "with", "from"}
"""A state after these inside a title is where the office points, not whose it is ('ambassador to Russia')."""


def leader_states(s: Sentence, token, skip: frozenset = frozenset()) -> list[str]:
    """The states of visitors known by office: the noun phrase has a title word and names states, by name or
    adjective ('the Turkish president', 'President of Turkmenistan Saparmurat Niyazov', 'Japanese Prime
    Minister'), or its head is the surname of one state's family of leaders ('Aliyev', `_family_state`), not after 'to', 'in' … ('a delegation to Moscow') nor in an infinitive on the title ('the first
    Japanese prime minister to visit Turkmenistan'); one state for a singular title, each of
    them for a plural one ('the Kazakh and Uzbek presidents'); none otherwise. Tokens in `skip` are another
    phrase's (a conjunct the parse hangs under this one)."""
    words = [t for t in token.subtree if t.i not in skip]
    titles = [
        t
        for t in words
        if t.lemma_.lower() in TITLES or t.lower_ in TITLES or (t.lower_ in OFFICIALS and t.pos_ == "NOUN")
    ]
    family = _family_state(s, token)
    if not titles:
        return [family] if family else []
    away = {x.i for t in words if t.dep_ == "prep" and t.lower_ in AWAY for x in t.subtree}
    away |= {x.i for t in words if t.dep_ in ("relcl", "acl") and t.tag_ == "VB" for x in t.subtree}
    named = [
        s.state_of_entity(m.entity_id)
        for t in words
        if t.i not in away
        for m in [_entity(s, t, ("state",))]
        if m is not None
    ]
    states = [x for x in dict.fromkeys(named) if x] or ([family] if family else []) or _own_official(s, token, words)
    plural = any(t.tag_ in ("NNS", "NNPS") for t in titles)
    return states if len(states) == 1 or plural else []


def _own_official(s: Sentence, token, words) -> list[str]:
    """[the source's state] for an official named by a bare title before a name the dictionary lacks ('Foreign
    Minister Abdulaziz Komilov travelled to Kabul' in Uzbekistan's article): the genre gives a foreign official his
    state ('the Russian foreign minister', 'Foreign Minister of Russia') and the article's own a title alone. Not a
    phrase that names an organisation ('Secretary-General … of the SCO') or a person the dictionary holds."""
    if s.home_state is None or token.ent_type_ != "PERSON" or _entity(s, token, ("person",)) is not None:
        return []
    if any(_entity(s, t, ("organization", "state", "place")) for t in words):
        return []
    titled = any(
        t.dep_ == "compound" and t.i < token.i and t.text[:1].isupper() and t.lemma_.lower() in LEADER_NOUNS
        for t in words
    )
    return [s.home_state] if titled else []


def _family_state(s: Sentence, token) -> str | None:
    """The state of a bare surname that names a family of one state's leaders ('Aliyev', 'President Aliyev': Heydar
    or Ilham, of Azerbaijan; `Sentence.family_states`): the phrase's head word, a proper noun no person
    mention covers."""
    # the parser tags a surname that opens a sentence a common noun ('Aliyev was on a state visit to Rome')
    if token.tag_ not in ("NNP", "NN") or _entity(s, token, ("person",)) is not None:
        return None
    return s.family_states.get(token.text)


def leader_state(s: Sentence, token) -> str | None:
    """The one state of a visitor known by office (see `leader_states`), or None."""
    states = leader_states(s, token)
    return states[0] if len(states) == 1 else None


def titled_conjuncts(s: Sentence, subjects) -> list[str]:
    """The states of the leaders known by office among the subjects' conjuncts, each conjunct read by its own
    words ('Berdimuhamedow and the Afghan president met in Ashgabat': Afghanistan; the parse hangs the second
    conjunct under the first, whose words it is not); a conjunct that names a person is his, not a title's."""
    out: list[str] = []
    for t in subjects:
        out += _pronoun_leader(s, t)
        if not resolved_persons(s, [t]):  # 'the two presidents', the pair named by surnames
            out += leader_pair_states(s, t)
        group = _conjuncts(t)
        for c in group:
            inner = {x.i for o in group if o.i != c.i and o.i in {y.i for y in c.subtree} for x in o.subtree}
            if not any(_entity(s, x, ("person",)) for x in c.subtree if x.i not in inner):
                out += leader_states(s, c, frozenset(inner))
    return list(dict.fromkeys(out))


def _pronoun_leader(s: Sentence, token) -> list[str]:
    """The state of the leader known by office a 'he' or 'she' stands for: the subject of the clause its own verb is
    joined to ('the Armenian prime minister hosted the Georgian prime minister in Yerevan, and in 2020 he visited
    Tbilisi'), where no person the text named is meant."""
    verb = token.head
    if token.lower_ not in SINGULAR or verb.dep_ != "conj" or resolved_persons(s, [token]):
        return []
    leaders = [t for t in _subjects(verb.head) if not any(_entity(s, x, ("person",)) for x in t.subtree)]
    states = [x for t in leaders for x in leader_states(s, t)]
    return states if len(leaders) == 1 and len(states) == 1 else []  # not 'the Armenian and Georgian premiers …, he'
