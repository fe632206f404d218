"""'They committed themselves to founding a permanent organization for food and agriculture' in the article on the
Food and Agriculture Organization: an unnamed body to come that is the source's subject, because the words that
describe it spell the subject's name.

Why: an organisation's own article tells its prehistory with an indefinite noun ('a permanent organization') before
the body has a name. The noun is the subject only when every word of its description ('for food and agriculture')
is a word of the subject's name as the article's first sentence writes it (capitalised there); 'a new fund for
regional development' in the article on another body describes another body, and a bare 'a new organization' too
little to tell.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Sentence
from pipeline.rules.parsed import GENERIC_ORG

NAME_WORD = re.compile(r"\b[A-Z][A-Za-z]+\b")  # capitalised, or in capitals: "The FOOD AND AGRICULTURE …"
DESCRIBING = ("NOUN", "PROPN", "ADJ")


def subject_ids(s: Sentence, token) -> list[str]:
    """[the subject organisation] where `token` is 'a/an <generic noun> <prep phrase>' whose content words are all
    capitalised words of the source's first sentence; else []."""
    subject = s.subject_organization
    if subject is None or token.lemma_.lower() not in GENERIC_ORG:
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return []
    words = {t.lower_ for p in token.children if p.dep_ == "prep" for t in p.subtree if t.pos_ in DESCRIBING}
    name = {w.lower() for w in NAME_WORD.findall(s.source_lead)}
    return [subject] if words and words <= name else []
