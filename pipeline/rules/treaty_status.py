"""A state that became (or is) a party to or a signatory of a treaty: an agreement item of its own.

Why: a treaty's article tells participation with a copula as often as with 'ratified' or 'acceded'
('Kazakhstan became a party to the NPT in February 1994', 'Ukraine became a signatory of the treaty in 1994',
'India has never been a party to the Treaty'), and the codebook makes each state's accession or signature an
item: the treaty's kind, that state as its one party, the date of its own act. The shape over the parse: 'be'
or 'become' with 'party' or 'signatory' as its attribute, the instrument as that noun's 'to' or 'of' object
(the instrument named before for 'it' and 'the treaty'), the states as subjects. Negated ('never been a party')
or planned ('will become a party') states no fact.
"""

from __future__ import annotations

from pipeline.rules import agreements
from pipeline.rules.agreement_polarity import own_date
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _children, _clause, _prep_objects, _subjects, _verbs, modality
from pipeline.rules.parsed_treaties import _earlier_instrument, _is_instrument, _kind, _name, _states

STATUS = {"party": "became_party", "signatory": "became_signatory"}
"""The attribute nouns of treaty status, and the rule id each gives."""


def _instrument(s: Sentence, status, verb):
    """The instrument the status is in: the noun's (or the verb's) 'to'/'of' object when an instrument's, 'it' or 'the treaty'
    taking the instrument named before in the sentence."""
    objects = _prep_objects(status, "to", "of") + _prep_objects(verb, "to")  # the parser may hang 'to' on the verb
    if not objects:
        return None
    if _is_instrument(s, objects[0]):
        return objects[0]
    return _earlier_instrument(s, verb) if objects[0].lower_ == "it" else None


def became_party(s: Sentence) -> list:
    """One agreement per state that became (or is) a party to or a signatory of a treaty."""
    out: list = []
    for verb in _verbs(s, {"become", "be"}):
        for status in _children(verb, "attr"):
            rule = STATUS.get(status.lemma_.lower())
            noun = _instrument(s, status, verb) if rule else None
            if noun is None or modality(verb) is not None:  # _verbs leaves out negated verbs
                continue
            actors = _subjects(verb)
            states = _states(s, actors)
            kind = _kind(noun)
            date = own_date(s, verb, actors)
            span = _clause(s, [verb, status, noun, *actors, *(x for t in actors for x in t.conjuncts)])
            for state in states:
                out.append(agreements._agreement(s, f"parse_{rule}", _name(noun), kind, [state], date, *span))
    return out


RULES = [became_party]
