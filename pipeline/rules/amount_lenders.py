"""A sum the IMF puts at a member's disposal is a loan, though the words around it only say it was a
programme, financing, or money provided or received.

Why: the Fund's Articles of Agreement (Art. V, Sec. 3) let it give a member its resources only by a purchase
the member must reverse by a repurchase: everything it approves, provides, extends or disburses to a member
is lending, whatever the sentence calls it ('The IMF approved a three-year program of $1.5 billion',
'Kazakhstan received SDR 100 million from the Fund', 'The IMF provided financing of $3 billion'). Words that
name the sum outright keep their kind: an SDR allocation, a grant, a contribution or pledge, a quota or a
subscription, reserves ('the IMF made a general allocation of SDR 343.7 million'). Money given to the Fund
('contributed $100 million to an IMF trust fund') is no loan from it. Development banks are not so read:
they also invest, and a bank's financing of projects is investment (dev wiki_edb_2025). Nor is a sum the
Fund only reports ('The IMF estimated that the government spent $10 billion', 'According to the IMF').
The World Bank is read as the Fund is: its Articles (IBRD Art. III, IDA Art. V) let it give a member money only as
loans, credits or grants, and a grant is named as such ('In 2009 the World Bank provided $300 million to Ukraine':
a loan; '$50 million in grants': an allocation).
Any other lender's sum (a development bank's, a lending fund's: `Sentence.lenders`) is read so only where nothing else
names it: what a lender approves, provides, disburses or extends to a state and no word calls anything
(`lent_by_a_bank`) is a loan (codebook §5 amount: whatever a
lender approves, provides or disburses to a state), while the projects it finances stay investment.
"""

from __future__ import annotations

import re

from pipeline.rules.amount_kinds import CUE, clause_before
from pipeline.rules.amount_tense import governing_verb
from pipeline.rules.context import Sentence

IMF = "org:IMF"
LENDING_ONLY = {IMF, "org:WORLD_BANK"}
"""The lenders whose every sum put at a member's disposal is lending (see the module docstring)."""
LOOSE_WORDS = re.compile(
    r"programmes?|programs?|facilit(?:y|ies)|financ\w*|funds?|schemes?|receiv\w*|extend\w*|spen[dt]|"
    r"go(?:es)? to|went to|aid|assistance|purchas\w*|packages?|granted",
    re.I,
)
"""The word list's words (`amount_kinds.CUE`) that say money changed hands without saying on what terms ('granted'
is the verb the genre gives the Fund's loans: 'The IMF granted Tajikistan $189.5 million'; a grant, the noun, is not):
after them the lender decides the kind ('financial assistance' is the Fund's own name for its lending, and a
purchase its word for a drawing)."""
LOOSE_KINDS = {"allocation", "investment", "trade", "other", "agreement_value"}
"""The kinds a loose word (or no word: 'other') gives, that the IMF as source makes a loan ('a package' of the Fund
is its financing: 'In 2017 the IMF put together a $5.5 billion package')."""
POSSESSIVE = re.compile(r"\s*[’']s\b")
"""'The IMF's total resources are about $1 trillion': a sum the Fund's possessive names, and no word of lending,
is the Fund's own (a figure about the lender, not lent: 'the IMF's financing of $3 billion' still is)."""
THE_FUND = re.compile(r"\bthe\s+Fund\b")
"""'the Fund', the genre's short name for the IMF once it is named."""
TO_BEFORE = re.compile(r"\b(?:to|into)\s+(?:the\s+|an?\s+)?$", re.I)
"""'to the IMF', 'to an IMF trust fund': the Fund receives, it does not lend."""
REPORTING_AFTER = re.compile(
    r"(?:\s+(?:also|has|had|have))?\s+(?:estimat\w*|said|says|report\w*|not\w*|project\w*|forecast\w*|expect\w*|"
    r"warn\w*|stat\w*|calculat\w*|found|finds)\b",
    re.I,
)
"""'The IMF estimated that the government spent $10 billion': the Fund reports a sum, it does not lend it."""
BODY_WORD = re.compile(r"\b(?:Fund|Bank|Union|Government|government|Ministry|Commission)\b")
"""Words that name some other body that may be the source ('the National Fund received', 'the government
spent'): with one in its clause, a loose sum is not the IMF's by default."""
FUND_NAME = re.compile(r"(?:the\s+)?(?:International\s+Monetary\s+Fund|IMF|Fund)(?:\s*\(IMF\))?", re.I)


LENDING_VERBS = {"approve", "provide", "disburse", "extend", "grant", "give"}
"""Verbs by which a lender puts a sum at a state's disposal ('the ADB approved $200 million for Mongolia')."""


DEBT = re.compile(r"\b(?:debts?|arrears|obligations)\b", re.I)
"""What a borrower owes: owed to a lender, it is that lender's loan (codebook §5 amount, kind loan)."""
FORGIVING_VERBS = {"cancel", "forgive", "forgave", "write", "reschedule", "restructure", "relieve", "waive"}
"""Verbs by which a creditor acts on what is owed to it ('the IMF cancelled Tajikistan's debt of SDR 69.3 million';
'forgave' as well, which the lemmatiser leaves as it is)."""


def owed_to_a_lender(s: Sentence, m, kind: str) -> str:
    """`loan` for a debt (`other`) that a lender, the subject of a creditor's verb (FORGIVING_VERBS), acts on: 'In
    January 2006 the IMF cancelled Tajikistan's debt of SDR 69.3 million' is a debt to the Fund; else `kind` (an
    external debt no lender acts on stays `other`)."""
    if m.unit != "currency" or kind != "other" or not DEBT.search(clause_before(s.text, m.char_start)):
        return kind
    verb = governing_verb(s, m.char_start)
    if verb is None or verb.lemma_.lower() not in FORGIVING_VERBS:
        return kind
    return "loan" if _lender_subject(s, verb) else kind


def _lender_subject(s: Sentence, verb) -> bool:
    """Whether the subject of `verb` names a lender (the IMF, the World Bank, a development bank, or 'the Fund' in a
    text about the IMF)."""
    spans = [
        (c.left_edge.idx - s.offset, c.right_edge.idx + len(c.right_edge) - s.offset)
        for c in verb.children
        if c.dep_ == "nsubj"
    ]
    named = any(o.entity_id in s.lenders and a <= o.char_start < b for a, b in spans for o in s.organizations())
    known = IMF in (s.subject, *s.previous_organizations, *s.paragraph_organizations)
    return named or (known and any(THE_FUND.search(s.text, a, b) for a, b in spans))


def lent_by_a_bank(s: Sentence, m, kind: str) -> str:
    """`loan` for a money figure of kind `other` (no word names it) that a lender (`Sentence.lenders`), the subject
    of a lending verb (LENDING_VERBS), puts at a state's disposal, a state named after the verb ('approved $200
    million for Mongolia', 'provided Azerbaijan with $250 million'); else `kind`."""
    if m.unit != "currency" or kind != "other":
        return kind
    verb = governing_verb(s, m.char_start)
    if verb is None or verb.lemma_ not in LENDING_VERBS:
        return kind
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    lender = any(
        o.entity_id in s.lenders and c.left_edge.idx - s.offset <= o.char_start < c.idx - s.offset + len(c)
        for c in subjects
        for o in s.organizations()
    )
    end = s.clause(m.char_start)[1]
    return "loan" if lender and s.states(verb.idx - s.offset, end, actors_only=False) else kind


SDR = "XDR"
"""The Special Drawing Right's currency code: the Fund's unit of account, in which no goods are sold."""
PURCHASE = re.compile(r"\b(?:purchas\w*|drawn)\b", re.I)
"""The Fund's words for a drawing ('purchased SDR 92.8 million', 'was drawn'); exports told in SDRs stay trade."""
DRAWN_AFTER = re.compile(r"\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(?:drawn|purchased)\b")
"""'Only SDR 50 million was drawn': the sum a passive verb of drawing takes after it."""


def lent_by_the_fund(s: Sentence, m, kind: str) -> str:
    """`loan` for a money figure of a loose kind (LOOSE_KINDS) whose clause names the IMF as its source and no
    word of another kind (see the module docstring), and for a purchase or drawing told in SDRs ('In the same year
    Kazakhstan purchased SDR 92.8 million', 'Only SDR 50 million was drawn': in the Fund's unit, a drawing on the
    Fund, IMF glossary); else `kind`."""
    if m.unit != "currency" or kind not in LOOSE_KINDS:
        return kind
    if kind in ("trade", "other") and m.currency == SDR and _drawn(s, m):
        return "loan"
    start, end = s.clause(m.char_start)
    words = clause_before(s.text, m.char_start) + " " + s.text[m.char_end : end]
    cues = list(CUE.finditer(words))
    if any(not LOOSE_WORDS.fullmatch(c.group()) and c.lastgroup != "loan" for c in cues):
        return kind  # a word of lending beside a loose one only confirms it ('assistance … under the Credit Facility')
    return "loan" if _source_is_the_fund(s, m, start, end, lending_named=bool(cues)) else kind


def _drawn(s: Sentence, m) -> bool:
    """Whether a verb or noun of drawing (PURCHASE) comes before the figure in its clause, or a passive one after it."""
    return bool(PURCHASE.search(clause_before(s.text, m.char_start)) or DRAWN_AFTER.match(s.text, m.char_end))


def _source_is_the_fund(s: Sentence, m, start: int, end: int, lending_named: bool = True) -> bool:
    """Whether the clause [start, end) names the IMF, or 'the Fund' in a text or paragraph about it, not as
    a recipient; or names no body at all in a text or paragraph about the IMF ('Kazakhstan joined the IMF in
    1992. In 1999 the programme was augmented by SDR 100 million'). Without `lending_named` (no word of lending in
    the clause), the Fund's possessive names its own sum, not one it lends (POSSESSIVE)."""
    bodies = s.organizations(start, end)
    places = [(o.char_start, o.char_end) for o in bodies if o.entity_id in LENDING_ONLY]
    known = IMF in (s.subject, *s.previous_organizations, *s.paragraph_organizations)
    if known:
        places += [(f.start(), f.end()) for f in THE_FUND.finditer(s.text, start, end)]
    if not places and not bodies and not BODY_WORD.search(s.text, start, end) and not _state_gives(s, m):
        # the lender is what the text or paragraph is about
        return any(x in LENDING_ONLY for x in (s.subject, *s.paragraph_organizations[:1]))
    return any(
        not TO_BEFORE.search(s.text, max(0, a - 12), a)
        and not REPORTING_AFTER.match(s.text, _name_end(s, a, b))
        and (lending_named or not POSSESSIVE.match(s.text, _name_end(s, a, b)))
        for a, b in places
    )


def _state_gives(s: Sentence, m) -> bool:
    """Whether a state is the subject of the verb that governs the figure, other than a verb of receiving: 'In
    2009 Kazakhstan spent $10 billion on the banks' is the state's money, not the Fund's."""
    verb = governing_verb(s, m.char_start)
    if verb is None or verb.lemma_ == "receive":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(x.char_start <= c.idx - s.offset < x.char_end for c in subjects for x in s.states(actors_only=False))


def _name_end(s: Sentence, position: int, end: int) -> int:
    """Where the lender's name that starts at `position` (its mention ending at `end`) ends, with a bracketed acronym
    ('the IMF', 'the Fund', 'International Monetary Fund (IMF)')."""
    found = FUND_NAME.match(s.text, position)
    return max(end, found.end()) if found else end
