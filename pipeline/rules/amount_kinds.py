"""What an amount measures: its kind (loan, trade, investment, allocation, agreement value, budget,
border length, area, member count, share, casualties, refugees, people, other), read from the words
around it. The figure rules (`amounts`) use `kind_of`, `same_verb` and `same_figure`; `clause_before` (the words of
the clause before a figure) serves its modality too.

How the kind is chosen (general statements about English, not about one text):
- Money is what the words that name it say. First the noun the figure itself modifies, right after
  it ('a $5m loan', 'a €7.5 billion scheme', 'US$1.5 billion of paid-in capital', '€15 million in
  donations'); then the noun the parse says the figure states the value of ('Trade with the countries
  that received EU funds reached $5 billion', see `amount_heads`); else the nearest cue word before it
  in its clause ('a loan of', 'trade … had exceeded', 'contributed … to the fund', 'The total FAO Budget
  planned for 2016–2017 is'). Cue words by kind are data (MONEY_CUES, from
  pipeline/text/lexicon/amount_kinds.csv, each with its source); words that name some other sum
  ('capital', 'savings', 'GDP', 'quota', 'reserves') make it `other`, and so does no cue at all (an element of
  a list a colon opens that names none is of the kind the words before the colon name: 'Loans to Armenia:
  1996, $50 million; 1998, $80 million'). A cue word inside an organisation's name ('the International Monetary Fund approved …', 'the Fund')
  names the body, not the sum. 'Worth' is an agreement's value after an agreement noun ('an aid package
  worth'), the kind of the sum it values after another money noun ('The loan, worth'), else `other`
  ('caviar worth'). Lending programmes are loans by their names too ('a Stand-By Arrangement', 'an
  Extended Fund Facility', 'a bailout'), and so are sums disbursed or paid in tranches ('the IMF
  disbursed SDR 50 million'). A figure restated in another currency right beside it ('US$42.6
  million (€38.6 million)', 'SDR 329.1 million (about US$453 million)') is the same figure, of the
  same kind, and so is a part of a sum ('of which $200 million', 'Of the $500 million pledged, $200 million
  …'). Goods worth a sum take the kind of what is done with them ('exported goods worth $3
  billion', 'sold S-400 systems worth'). A bare sum a verb takes, its noun left out, is of the kind of
  another sum the same verb takes ('approved a loan of $2 billion; … approved a further $1 billion':
  `same_verb`). Whatever the IMF approves, provides or disburses is a loan unless a word names it
  otherwise (`amount_lenders`, which `amounts` applies).
- A percentage or a fraction is a `share`.
- A count of members ('197 members', '56 member states', 'contracting parties') is a `member_count`
  (however many: members come before persons in the codebook's order of rules), and so is a count of states that make up a body: 'consisting of six states', 'an economic union of
  five states', 'membership … consists of 6 countries', '10 other nations formed the BSEC', '189
  countries are members of the IMF', 'Its membership grew to 35 countries'. Other
  counts of states, and counts of things, are `other`.
- A count of persons is `refugees` where the words around it speak of flight or of not returning
  home, `casualties` where they speak of killing, dying or injury ('claim over 100 lives'), else
  `people`; a population is `people`.
- Kilometres are a `border_length` after 'border' or before it ('a 744 km border'), else `other`; hectares and square kilometres are
  an `area`.
"""

from __future__ import annotations

import re

from pipeline.rules.amount_coordination import whole_of
from pipeline.rules.amount_counts import CONTEXT_CHARS, count_kind
from pipeline.rules.amount_heads import (
    acting_verb,
    measured_noun,
    modified_noun,
    object_of,
    previous_nouns,
)
from pipeline.rules.amount_tense import governing_verb
from pipeline.rules.context import PAREN, Sentence
from pipeline.rules.stance import token_at
from pipeline.text import lexicon

MONEY_CUES = lexicon.amount_kinds()
"""The words that name a sum, by kind (data: pipeline/text/lexicon/amount_kinds.csv, with provenance)."""
CUE = re.compile("|".join(rf"\b(?P<{kind}>{words})\b" for kind, words in MONEY_CUES), re.I)
AGREEMENT_WORTH = re.compile(
    r"\b(?:agreements?|deals?|contracts?|packages?|accords?)\b[^,;.]{0,40}?"
    r"\b(?:worth|valued at)\s*$",
    re.I,
)
WORTH_NOUN = re.compile(
    r"[\s,]{1,3}|\s[^,;.]{0,30}?,\s|\s(?:for|to|with|from|in)\s[^,;.]{1,40}?\s|"
    r"(?:,\s[^,;.]{1,40}?,)?\s(?:[^,;.]{0,60}?\s)?(?:was|were|is|are|has been|have been|had been|will be|would be)\s"
)
"""What may stand between a noun that names a sum and the 'worth' that values it ('The loan, worth $3
billion'; 'a loan from China, worth $3 billion'; 'an arrangement for Egypt worth $12 billion'; 'projects in Georgia
worth €300 million'), or the copula that makes 'worth' its predicate ('Trade
between the two countries was worth $1.2 billion'), also past an aside set off by commas ('The loan,
approved in 1995, was worth $250 million')."""
FOLLOWING_WORD = re.compile(r"[\s),]*(?P<w>[A-Za-z][\w’'-]*)")
OWN_NOUN_WORDS = 5
"""The noun a money figure modifies is among the next few words, before a function word ends its
phrase: 'scheme', 'Food Facility', 'of paid-in capital', 'in donations', '(…), three-year Immediate
Plan of Action'."""
PHRASE_ENDS = {
    "and",
    "or",
    "to",
    "for",
    "which",
    "that",
    "was",
    "were",
    "is",
    "are",
    "by",
    "with",
    "as",
    "from",
    "would",
    "will",
    "has",
    "have",
    "had",
    "be",
    "been",
    "on",
    "at",
    "respectively",
}
PASSIVE_AFTER = re.compile(
    r"\s+(?:(?:would|will|shall|could|may|might|is to|are to)\s+be|was|were|is|are|has been|"
    r"have been|had been)\s+(?P<verb>[a-z]+)"
)
"""A figure that is the subject of a passive verb is what the verb says: 'US$21.8 million would be spent
on …' is an allocation, '$5m was lent' a loan."""
PURPOSE_AFTER = re.compile(r"\)?(?:\s*\([^()]*\))?\s+to\s+(?P<verb>[a-z]+)\b")
"""A sum the infinitive right after it says what is to be done with names its kind as a noun would ('had €30m (£25m) to
spend on lobbying': money to spend, an allocation; '$2 billion to invest in …': investment)."""
TO_PROJECTS = re.compile(r"\s+(?:to|for|into)\s+(?:[\w-]+\s+){0,4}?(?:projects|companies|enterprises|firms)\b")
"""A sum no word names that goes to projects or companies finances them: investment (codebook §5 amount: 'money
financing projects or companies'; 'the EDB plans to extend up to US$1 billion to renewable energy projects')."""
SAME_FIGURE_GAP = re.compile(r"\s*[,(]\s*(?:(?:about|approximately|around|some|roughly|nearly|almost|or)\s+)?")
BORDER_AFTER = re.compile(r"[\s-]*(?:(?:long|common|shared|land|state)[\s-]+)*borders?\b", re.I)
"""'a 744 km border', 'a 1,200-km-long border': the length is the border's."""
CLAUSE_START = re.compile(
    r"[;:(]|\s[–—]\s|,\s+(?=(?:which|who|while|whereas|but|although|though|when|where)\b)|"
    r"\s(?=but\b)"
)
"""Where the clause that governs a figure begins, looking back from it (an opening bracket starts an
aside; a closed aside before the figure is left out of its clause, see `clause_before`)."""
CLOSED_ASIDE = re.compile(r"\([^()]*\)")


def _money_kind(s: Sentence, m) -> str:
    modified = noun_kind(modified_noun(s, m))
    if modified:
        return modified  # 'a US$250 million program loan': the head of the compound
    position = m.char_end
    for _ in range(OWN_NOUN_WORDS):
        word = FOLLOWING_WORD.match(s.text, position)
        if not word or word["w"].lower() in PHRASE_ENDS or _is_verb(s, word.start("w")):
            break
        own = CUE.match(s.text, word.start("w"))
        if own:
            return _cue_kind(own)
        position = word.end()
    whole = whole_of(s.text, s.amounts, m)
    if whole is not None and (kind := _money_kind(s, whole)) not in ("other", "agreement_value"):
        return kind  # 'Of the $500 million pledged …, only $200 million had been disbursed' (a part of an
        # agreement's worth is the money it moves: 'a loan agreement worth $2 billion, of which $1 billion was disbursed')
    passive = PASSIVE_AFTER.match(s.text, m.char_end)
    passive_cue = CUE.fullmatch(passive["verb"]) if passive else None
    if passive_cue:
        return _cue_kind(passive_cue)
    measured = _measured_kind(s, m)
    if measured:
        return measured
    purpose = PURPOSE_AFTER.match(s.text, m.char_end)
    if purpose and (purpose_cue := CUE.fullmatch(purpose["verb"])):
        return _cue_kind(purpose_cue)
    bracket = filled_bracket(s.text, m)
    before, cues = _cues_before(s, bracket.start() if bracket else m.char_start)
    if not cues and (head := LIST_AFTER_COLON.search(s.text, 0, bracket.start() if bracket else m.char_start)):
        before, cues = _cues_before(s, head.start())  # 'Loans to Armenia: 1996, $50 million; 1998, $80 million'
    if not cues:
        return "investment" if TO_PROJECTS.match(s.text, m.char_end) else "other"
    cue = cues[-1]
    if cue.group().lower() in ("worth", "valued at"):
        if AGREEMENT_WORTH.search(before[: cue.end()]):
            return "agreement_value"
        noun = [c for c in cues[:-1] if WORTH_NOUN.fullmatch(before, c.end(), cue.start())]
        return _cue_kind(noun[-1]) if noun else "other"
    return _cue_kind(cue)


LIST_AFTER_COLON = re.compile(r":(?:[^:;.]*;)*[^:;.]*\Z")
"""From a colon to a figure, across list elements set apart by semicolons: an element that names no kind is of the
kind the words before the colon name."""


def _cues_before(s: Sentence, at: int) -> tuple[str, list]:
    """The words of the clause before `at` (at most CONTEXT_CHARS) and the cues among them that name no body."""
    before = clause_before(s.text, at)[-CONTEXT_CHARS:]
    offset = at - len(before)
    names = [(o.char_start - offset, o.char_end - offset) for o in s.organizations(0, at)]
    return before, [c for c in CUE.finditer(before) if not _names_a_body(c, names, offset)]


MODIFYING = {"amod", "compound", "acl"}
"""The arcs of a participle that modifies a noun ('paid-in capital') rather than heading a clause."""


def _is_verb(s: Sentence, position: int) -> bool:
    """Whether the parse reads the word at `position` as the verb of a clause: the verb of the clause after a figure set
    off by commas ('The EDB, whose capital is $7 billion, lent …') is not the figure's own noun (a participle
    that modifies it is part of it: 'of paid-in capital')."""
    t = token_at(s, position)
    return t is not None and (t.pos_ == "AUX" or (t.pos_ == "VERB" and t.dep_ not in MODIFYING))


def _measured_kind(s: Sentence, m) -> str | None:
    """The kind the noun whose value the figure states names ('Trade with the countries that received EU
    funds reached $5 billion': trade), or its compound modifiers do, else the verb it is the object of
    ('exported goods worth $3 billion': trade); for a pronoun, the nearest noun of the sentence before that names
    a kind ('In 1996 the bank approved a loan. It amounted to $45 million': a loan); None where the parse names no
    such common noun or the word list does not know it."""
    noun = measured_noun(s, m)
    verb = acting_verb(noun)
    kind = noun_kind(noun) or (_cue_kind(cue) if verb is not None and (cue := CUE.fullmatch(verb.text)) else None)
    return kind or next((k for t in previous_nouns(s, noun) if (k := noun_kind(t))), None)


def noun_kind(noun) -> str | None:
    """The kind a common noun of the parse names with its modifiers ('assessed contributions': a budget), else alone
    or its compound modifiers do, nearest the head first. A
    sentence's first word counts though the tagger takes its capital for a name's ('Trade, which had fallen
    …')."""
    if noun is None or not (noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.i == noun.sent.start)):
        return None
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    for first in modifiers:  # the whole phrase first: 'a $22.6 billion rescue package' is a loan, not a package;
        phrase = _cue_at(first, noun)  # 'assessed contributions' a budget, not contributions
        if phrase:
            return _cue_kind(phrase)
    for word in [noun, *reversed(compounds)]:
        cue = _cue_at(word, word)
        if cue:
            return _cue_kind(cue)
    return None


def _cue_at(first, last) -> re.Match | None:
    """The cue that the words from token `first` to token `last` make exactly, read in the document so that a cue
    that needs its context sees it ('Purchases from the Fund': a loan)."""
    cue = CUE.match(first.doc.text, first.idx)
    return cue if cue is not None and cue.end() == last.idx + len(last) else None


def _names_a_body(cue: re.Match, names: list[tuple[int, int]], offset: int) -> bool:
    """Whether a cue word is part of a body's name: inside an organisation's mention, or capitalised
    after the sentence's start ('the Fund approved', 'the Anti-Crisis Fund'). A lending programme's name
    ('the Systemic Transformation Facility of SDR 61.9 million') and a budget's ('the total FAO Budget')
    still say what the sum is."""
    if _cue_kind(cue) in ("loan", "budget"):
        return False
    inside = any(a <= cue.start() and cue.end() <= b for a, b in names)
    return inside or (cue.group()[:1].isupper() and offset + cue.start() > 0)


def _cue_kind(cue: re.Match) -> str:
    """The kind a CUE match names: the name of its group (every alternative of CUE is a named group)."""
    assert cue.lastgroup is not None
    return cue.lastgroup


def kind_of(s: Sentence, m) -> str:
    if m.unit == "currency":
        return _money_kind(s, m)
    if m.unit == "percent":
        return "share"
    if m.unit == "km":
        before = s.text[max(0, m.char_start - CONTEXT_CHARS) : m.char_start]
        after = s.text[m.char_end : m.char_end + 25]
        return "border_length" if re.search(r"\bborder\b", before) or BORDER_AFTER.match(after) else "other"
    if m.unit in ("ha", "km2"):
        return "area"
    if m.rule_id == "amount.population":
        return "people"
    if m.rule_id in ("amount.count", "amount.ellipsis", "amount.part"):
        return count_kind(s, m)
    return "other"


def same_figure(s: Sentence, values: list, moods: bool = False) -> list:
    """A money figure restated in another currency right beside it ('US$42.6 million (€38.6 million)',
    'savings of about US$50 million, €35 million a year') is the same figure: where one of the two has
    a kind or a modality and the other none (`other`, None), the other takes it. With `moods`, an
    approximate conversion ('SDR 329.1 million (about US$453 million)') lends its estimate to no one."""
    amounts = list(s.amounts)
    out = list(values)
    for i in range(len(amounts) - 1):
        a, b = amounts[i], amounts[i + 1]
        if restated(s.text, a, b) and not (moods and b.qualifier and not a.qualifier):
            if out[i] in ("other", None) and out[i + 1] not in ("other", None):
                out[i] = out[i + 1]
            elif out[i + 1] in ("other", None) and out[i] not in ("other", None):
                out[i + 1] = out[i]
    return out


def same_verb(s: Sentence, kinds: list) -> list:
    """A money figure with no word of its own that is the bare object of a verb takes the kind of another money
    figure the same verb (by lemma, in another clause) governs: 'In 2008 the Fund approved a loan of $2 billion;
    in 2010 it approved a further $1 billion' (a loan too). English leaves out a noun it has just said."""
    out = list(kinds)
    verbs: list | None = None  # each figure's governing verb, found only once a bare sum needs them
    for i, m in enumerate(s.amounts):
        verb = object_of(s, m) if out[i] == "other" and m.unit == "currency" else None
        if verb is None:
            continue
        if verbs is None:
            verbs = [governing_verb(s, other.char_start) for other in s.amounts]
        same = [
            kinds[j]
            for j, other in enumerate(s.amounts)
            if j != i
            and other.unit == "currency"
            and kinds[j] != "other"
            and verbs[j] is not None
            and verbs[j].i != verb.i
            and verbs[j].lemma_ == verb.lemma_
        ]
        if same:
            out[i] = same[0]
    return out


def restated(text: str, a, b) -> bool:
    """Whether money figure `b` restates figure `a` in another currency right after it (see `same_figure`)."""
    return (
        a.unit == b.unit == "currency"
        and a.currency != b.currency
        and SAME_FIGURE_GAP.fullmatch(text, a.char_end, b.char_start) is not None
    )


FILLED = re.compile(r"\(\s*(?:(?:about|approximately|around|some|roughly|nearly|almost|over|up to)\s+)?$")
"""What may stand in a bracket before a figure that fills it: '(SDR 123.75 million)', '(about $2 billion)'."""


BRACKET_REST = re.compile(r"\s*(?:[,;]?\s*(?:in\s+)?[12]\d{3}(?:\s+est(?:imate)?\.?)?)?\s*\)")
"""What may follow a figure that fills a bracket: the year it is of ('Turkey ($1.6 billion, 2018)', '(2017 est.)')."""


def filled_bracket(text: str, m) -> re.Match | None:
    """The bracket figure `m` alone fills (with the year it is of at most), or None: such a figure gives the size of
    the phrase before the bracket ('a Stand-By Arrangement in 1994 (SDR 123.75 million)'; 'trading partners are
    Turkey ($1.6 billion, 2018)'), so its kind is read before the bracket, as its date (`amount_dates`)."""
    for bracket in PAREN.finditer(text):
        if FILLED.match(text, bracket.start(), m.char_start) and BRACKET_REST.fullmatch(
            text[m.char_end : bracket.end()]
        ):
            return bracket
    return None


def clause_before(text: str, position: int) -> str:
    """The words of the clause before `position`, closed brackets blanked ('the cumulative investment
    portfolio (including completed projects) US $10.448 billion': the portfolio is the figure's)."""
    text = CLOSED_ASIDE.sub(lambda a: " " * len(a.group()), text[:position])
    starts = [m.end() for m in CLAUSE_START.finditer(text)]
    return text[starts[-1] if starts else 0 :]
