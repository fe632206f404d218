"""Who founded an organisation that a passive founding verb names: the states of its 'by' ('GUAM, established in
1997 by Georgia, Ukraine, Azerbaijan, and Moldova', 'by the leaders of Iran, Pakistan and Turkey'), else the states a
membership noun there lists ('by the three founding members of the ECO in 2005 which are Iran, Pakistan and
Turkey'), else the signatories of the instrument that founded it ('established … by the Nakhchivan Agreement signed
among Azerbaijan, Kazakhstan, Kyrgyzstan, and Turkey', 'founded in 1985 under the Treaty of Izmir signed by Iran,
Pakistan and Turkey').

Why a module of its own: an organisation founded by a treaty is founded by the states that signed it (the codebook's
founders are the founding members); the founding rule (`parsed_events.founded`) asks here, as the parse shows them,
instead of growing a reading of instruments of its own.
"""

from __future__ import annotations

from pipeline.rules import parsed_member_phrases
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _children, _noun_entities, _parties, _prep_objects

INSTRUMENTS = {"agreement", "treaty", "charter", "protocol", "convention", "declaration", "accord", "memorandum"}
SIGN = {"sign", "conclude"}


def passive_founders(s: Sentence, verb, actors) -> list[str]:
    """The founding states of a passive founding verb whose 'by' objects are `actors` (see the module)."""
    found = [x for x in _parties(s, actors) if x.startswith("state:")]
    return found or _listed_members(s, actors) or _signers(s, actors + _prep_objects(verb, "under", "through"))


def _listed_members(s: Sentence, actors) -> list[str]:
    """The states a membership noun among the actors lists ('established by the three founding members of the
    ECO in 2005 which are Iran, Pakistan and Turkey'), as `member_list` reads them."""
    starts = {t.idx - s.offset for t in actors}
    return [c.get("state_id") for c in s.once(parsed_member_phrases.member_list) if c.start in starts]


def _signers(s: Sentence, nouns) -> list[str]:
    """The states that signed an instrument among the nouns, by the participle on it ('the Nakhchivan Agreement
    signed among A, B and C', 'the Treaty of Izmir signed by A, B and C'); a treaty of no signing words gives none."""
    out = []
    for noun in nouns:
        if noun.lemma_.lower() not in INSTRUMENTS:
            continue
        for acl in _children(noun, "acl"):
            if acl.lemma_.lower() in SIGN:
                out += [
                    x for o in _prep_objects(acl, "by", "among", "between") for x in _noun_entities(s, o, ("state",))
                ]
    return list(dict.fromkeys(out))
