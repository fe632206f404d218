"""Figure rules: what an amount found in a sentence measures (loan, trade, investment, allocation,
agreement value, budget, border length, area, member count, share, casualties, refugees, people),
whom it concerns, when, and how firmly the text states it.

One rule, `classified`, reads the words around each amount; its id is 'amount.<kind>'.

How the kind is chosen: see `amount_kinds`.

The year (see `amount_dates.figure_date`): the date that governs the figure's clause, nearest it; an
interval where the figure spans one ('Between 2017 and 2020' -> 2017/2020, 'the ten years following
… 1963' -> 1963/1973; 'the ten years following the PTBT' with the PTBT dated in a sentence before, too:
`amount_periods`); not a date that opens a period ('since 1997'), not for a rate ('each year'), not
from a comma-set aside about something else, not from another coordinated clause when the figure's is in
the present ('joined the IMF in 1992 and its quota is …'); across 'but' or 'while' only the date that
opens the sentence, and only for a clause told in the past ('while' and 'whereas' also the date of the clause
before). A sentence without a date gives its section's year to a share told in the past (not to one told in
the present or forecast) and, in the past tense, to refugees and casualties; a section headed by a period is at its
first year; a figure told in the past tense takes the year its paragraph or section heading is at ('Relations in
2008' … 'Growth slowed to 3.3 percent'), else the year the narrative of its section is at (a one-sentence paragraph
'Russia contributed $7.5 billion to the fund' after one dated 9 June 2009); other figures then have no year, a quotation's too where it speaks in the
present or the future (Putin stated, "… a big regional market that unites more than 170 million people": codebook
§5 amount, a figure told in the present has no year unless its own clause gives one). The ends of a change 'from X to Y' over a period take its first and last years; a
figure in a clause that 'N years after' places takes the year counted from the other date, and one that a bare
'after' places none; a decade or century is too vague to be a year.

Modality (see `modality`): a goal or plan is `target` ('aimed to raise trade to $5,000m by 2020',
'will establish a fund of $10 billion', 'the goal of halving … by 2015'), a proposal `proposed`, an
estimate `hedged` ('about', 'an estimated', 'expected to reach', 'alleged'); a figure in a negated
clause ('did not receive $5m') is no fact and is dropped.
"""

from __future__ import annotations

import re

from pipeline.rules.amount_currency import currency_of
from pipeline.rules.amount_dates import figure_date
from pipeline.rules.amount_ellipsis import more_of_the_same, taken_before
from pipeline.rules.amount_kinds import clause_before, kind_of, same_figure, same_verb
from pipeline.rules.amount_lenders import lent_by_a_bank, lent_by_the_fund, owed_to_a_lender
from pipeline.rules.amount_sets import parts_named_before
from pipeline.rules.context import Sentence
from pipeline.rules.patterns import org_before
from pipeline.text.dates import date_fields

PEOPLE_KINDS = {"people", "refugees", "casualties"}
CASUALTY_FIGURE = re.compile(
    r"(?:\binjuring|\bwounding|\bdeath toll was [^.;]*?\b(?:at|of)|\ba figure of)\s+"
    r"(?P<q>(?:more than|over|around|about|some|at least)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b"
    r"(?!\s*(?:people|persons|refugees|km|ha|%))"
)
AT_LEAST = {"more than", "over", "at least"}
THRESHOLD = re.compile(
    r"\b(?:coalition|majority|quorum|threshold|minimum|consensus) of\s+(?:at least\s+|more than\s+)?$"
)
"""'decisions could only be obtained by a coalition of at least three states': a voting rule, not a
figure about the world."""
VOTES_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:votes?|ballots?)\b", re.I)
TURNOUT_BEFORE = re.compile(r"\b(?:turnout|vote share)\b[^.;]{0,60}$", re.I)
ELECTION = re.compile(r"\b(?:(?:re-?)?elect\w*|referend\w*)\b", re.I)
"""'re-elected with 83% of the vote', 'Turnout … was 49%': the share of an election's vote, an event inside one
state and no fact of foreign relations (codebook §1); a share of the votes in an international body is one
('an IMF quota …, which gives it 0.24 percent of the votes'), and so is a parliament's vote on a treaty (the dev
gold counts one: 'voted 266 votes in favor and 51 against the joint economic space')."""
VOTERS_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:voters|electorate)\b", re.I)
"""'80 percent of Kyrgyz voters approved the new constitution': a share of a people's voters is a domestic vote
whatever the sentence calls it (an international body's are its members' votes)."""
FROM_TO = re.compile(r"\bfrom (?:the )?(?P<src>[^,;]+?) to (?:the )?(?P<dst>[^,;.]+)")
TO_OR_WITH = re.compile(r"\b(?:to|with)\s+(?:the\s+)?$")
"""'a loan of US $300m. to Uzbekistan', 'a border of 1,099 km with Kyrgyzstan': the other side follows."""
POSSESSIVE_IN = re.compile(r"(?P<a>\w+)[’']s investments in (?P<b>\w+)")

TARGET = re.compile(
    r"\b(?:will|would|shall|is to|are to|was to|were to|to be|plans? to|planned|planning|"
    r"aim(?:s|ed|ing)?\s+(?:to|at)|targets?|targeted|goals?|objectives?|intend\w*|intention|seek\w*|"
    r"sought|envisag\w*|set to)\b",
    re.I,
)
FUTURE_AFTER = re.compile(r"\s+(?:would|will|shall|is to|are to|was to|were to)\b", re.I)
"""A figure that is the subject of a future or planned verb: 'US$21.8 million would be spent on …'."""
BY_YEAR_AFTER = re.compile(r"^[^;,.]{0,60}?\bby\s+(?:the\s+year\s+)?\d{4}\b", re.I)
CHANGE = re.compile(r"\b(?:reduc|rais|increas|halv|doubl|grow|cut|boost|bring)(?:e|es|ing)?\b|\bin\s+half\b", re.I)
"""'reducing the number … in half by 2015', 'to increase this to $40,000m. by 2015': a change set for
a year ahead is a target (a past change is told with a finite verb: 'trade grew to $5bn by 2010')."""
PROPOSED = re.compile(r"\b(?:propos\w*|suggest\w*)\b", re.I)
HEDGED = re.compile(
    r"\b(?i:estimat\w*|expected|expects?|reportedly|alleged\w*|claimed|claims|said to|is said|"
    r"are said|believed|projected|forecast\w*|possibly|probably)\b|\b(?:could|may|might)\b"
)
"""Words that make a figure an estimate; 'may' only in lower case ('In May 2009' is a month)."""
SUBORDINATE = re.compile(
    r"\b(?:that|which|who|whom|whose|because|given|since|as|when|while|whereas|if|unless|"
    r"although|though|after|before|where|whereby)\b",
    re.I,
)
"""A negation before one of these words negates another verb ('This is not surprising, given that
Kazakhstan shares a border of some 7,500 km')."""
ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
"""A relative clause set off by commas says something else ('The bank, which aims to …, has 57 members')."""
ENUMERATION_AFTER = re.compile(
    r"\s*(?:,\s*(?:which|that)\s+(?:are|were|is|was|include[sd]?)\s*|\s+(?:belonging to|of|from|in)\s[^,;:–—()]{0,60}?)?"
    r"(?::|;\s*(?=[A-Z])|[–—]\s*[A-Z‘“\"'])"
)
ENUMERATION_NEXT = re.compile(r"\s*(?:One of (?:these|them|which)\b|(?:The|A) first\b|First(?:ly)?\b)")
"""A count the text goes on to enumerate ('three major powers – China, Russia and the U.S.'; 'two
groups: global and regional'; 'six post-Soviet states belonging to the Commonwealth of Independent States —
Russia, Armenia, …'; 'seven new members; Afghanistan, Azerbaijan, …'; 'two regional security projects … One
of these is …') restates its list, and is no figure."""
NEGATED = re.compile(r"\b(?:not|never|no longer|neither|nor)\b|n[’']t\b", re.I)
NOT_A_NEGATION = re.compile(r"\b(?:not|no)\s+(?:more|less|fewer)\s+than\b|\bnot only\b", re.I)


# --- modality -----------------------------------------------------------------------------------------


def modality(s: Sentence, m) -> str | None:
    """target, proposed, hedged or None for a figure, from the words of its clause before it; a change
    with a deadline year after it ('to increase this to $40,000m. by 2015') is a target too. 'negated'
    for a figure in a negated clause."""
    before = ASIDE.sub(", ", clause_before(s.text, m.char_start))
    after = s.text[m.char_end :]
    subordinate = list(SUBORDINATE.finditer(before))
    if NEGATED.search(NOT_A_NEGATION.sub(" ", before[subordinate[-1].end() if subordinate else 0 :])):
        return "negated"
    if (
        TARGET.search(before)
        or FUTURE_AFTER.match(after)
        or ((CHANGE.search(before) or CHANGE.search(m.text)) and BY_YEAR_AFTER.match(after))
    ):
        return "target"
    if PROPOSED.search(before):
        return "proposed"
    if m.qualifier == "about" or HEDGED.search(before):
        return "hedged"
    return None


# --- parties ------------------------------------------------------------------------------------------


def _entity_at(s: Sentence, text: str, start: int) -> str | None:
    """The state or organisation named within `text`, found at offset `start` of the sentence."""
    for m in s.entities:
        if start <= m.char_start and m.char_end <= start + len(text) and m.entity_type != "person":
            return s.state_of_entity(m.entity_id) if m.entity_type == "place" else m.entity_id
    return None


def _parties(s: Sentence, m, kind: str) -> tuple[str | None, str | None]:
    """(subject, counterpart): lender and borrower, investor and host, the two sides of a border or
    trade, the organisation whose members are counted."""
    for pattern in (FROM_TO, POSSESSIVE_IN):
        hits = [h for h in pattern.finditer(s.text) if abs(h.start() - m.char_start) < 90]
        before = [h for h in hits if h.end() <= m.char_start]
        hits = before[-1:] or hits
        if hits:
            h = min(hits, key=lambda h: abs(h.start() - m.char_start))
            a, b = h.group(1), h.group(2)
            return _entity_at(s, a, h.start(1)), _entity_at(s, b, h.start(2))
    if kind == "member_count":
        if re.search(r"\bits\b", s.text[: m.char_start]) and s.previous_organizations:
            return s.previous_organizations[0], None
        return org_before(s, m.char_start), None
    if kind in PEOPLE_KINDS:
        return None, None
    actors = [x.entity_id for x in s.states(0, m.char_start)]
    lender = actors[-1] if actors else None
    named_after = [
        x.entity_id
        for x in s.states(m.char_end, m.char_end + 40)
        if TO_OR_WITH.search(s.text, m.char_end, x.char_start)
    ]
    if named_after and kind in ("trade", "border_length", "loan", "investment"):
        return (lender or s.home_state), named_after[0]
    if kind in ("trade", "border_length") or (kind == "loan" and lender):
        other = s.partner_state if lender in (None, s.home_state) else s.home_state
        return (lender or s.home_state), other
    return lender, None


def _announces_a_list(s: Sentence, m) -> bool:
    """A small count, written in words, that the text goes on to enumerate (see ENUMERATION_AFTER); a
    figure in digits is a figure even before a list ('diplomatic relations with 158 countries:
    Afghanistan, …'), and so is a count of members or parties (`classified` keeps it: 'an alliance consisting of six
    post-Soviet states: Armenia, …' states the size of its membership, 'the ECO expanded to include seven new members;
    Afghanistan, …' its growth, 'Three other states—Azerbaijan, Belarus, and Georgia—acceded in 1993' new parties:
    codebook §5 amount, rule 3)."""
    if m.rule_id != "amount.count" or not m.text[:1].isalpha():
        return False
    following = s.following.text if s.following is not None else ""
    return bool(
        ENUMERATION_AFTER.match(s.text, m.char_end) or (m == s.amounts[-1] and ENUMERATION_NEXT.match(following))
    )


def _of_a_vote(s: Sentence, m) -> bool:
    """Whether a percentage is the share of an election's vote or its turnout (see ELECTION)."""
    votes = VOTES_AFTER.match(s.text, m.char_end) or TURNOUT_BEFORE.search(clause_before(s.text, m.char_start))
    return bool(votes and ELECTION.search(s.text)) or bool(VOTERS_AFTER.match(s.text, m.char_end))


# --- rules --------------------------------------------------------------------------------------------


def classified(s: Sentence) -> list:
    """Every amount mention, and every part of a set a sentence before counts (`amount_sets`), becomes a figure of the
    kind its context says, except a voting threshold,
    a figure in a negated clause and an election's vote share. Counts of casualties and refugees in a narrative take the year
    the section is at when the sentence states none."""
    out = []
    kinds = [owed_to_a_lender(s, m, lent_by_a_bank(s, m, lent_by_the_fund(s, m, kind_of(s, m)))) for m in s.amounts]
    kinds = same_figure(s, same_verb(s, kinds))
    kinds = taken_before(s, more_of_the_same(s, kinds))
    moods = same_figure(s, [modality(s, m) for m in s.amounts], moods=True)
    named_before = parts_named_before(s)  # 'Of these, approximately 30 …' after a sentence that counts them
    kinds += [kind_of(s, m) for m in named_before]
    moods += [modality(s, m) for m in named_before]
    for m, kind, mood in zip(list(s.amounts) + named_before, kinds, moods):
        if (
            THRESHOLD.search(s.text, max(0, m.char_start - 40), m.char_start)
            or (_announces_a_list(s, m) and kind != "member_count")
            or mood == "negated"
            or (m.unit == "percent" and _of_a_vote(s, m))
        ):
            continue
        subject, counterpart = _parties(s, m, kind)
        measure = (m.noun or kind).replace("_", " ")
        out.append(
            s.candidate(
                "amount",
                f"amount.{kind}",
                kind=kind,
                value=float(m.value),
                value_max=None if m.value_max is None else float(m.value_max),
                unit=m.unit,
                currency=currency_of(s, m),
                qualifier=m.qualifier,
                measure=measure,
                modality=mood,
                subject_id=subject,
                counterpart_id=counterpart,
                **date_fields(figure_date(s, m, kind)),
            )
        )
    return out


def casualty_figure(s: Sentence) -> list:
    """Bare numbers the amount finder leaves alone because no noun follows them, where the words
    before say they count people hurt or killed: 'injuring more than 1,500', 'The death toll was
    officially set at around 400', 'unofficial estimates suggested a figure of at least 2,000'."""
    out = []
    for m in CASUALTY_FIGURE.finditer(s.text):
        value = float(m.group("n").replace(",", ""))
        qualifier = (
            "at_least" if m.group("q") and m.group("q").strip() in AT_LEAST else ("about" if m.group("q") else None)
        )
        out.append(
            s.candidate(
                "amount",
                "amount.casualty_figure",
                kind="casualties",
                value=value,
                value_max=None,
                unit="people",
                currency=None,
                qualifier=qualifier,
                measure="casualties",
                modality="hedged" if qualifier == "about" else None,
                subject_id=None,
                counterpart_id=None,
                **date_fields(s.anchor_date()),
            )
        )
    return out


RULES = [classified, casualty_figure]
