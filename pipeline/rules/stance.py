"""How a sentence holds a trigger word, read from its parse: negated, conditional, intended, or a noun
used as a modifier. Shared by the surface rules (which find the trigger by its characters) and the
rules over the parse.

Why: "Ukraine does not intend to join the Customs Union", "If Iran joined, it would be the first …",
"signed an agreement setting a target of establishing the Eurasian Economic Union by 2015", "while its
president joined a CSTO meeting as a guest" each contain a trigger ("join", "establishing") that states
no fact, or not that fact. The words that change it are the trigger's governors in the parse, at any
distance, which a character window cannot see.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Sentence

CONDITIONS = {"if", "unless", "whether"}
"""Subordinators that make a clause hypothetical: 'If Iran joined, …'."""
INTENT_VERBS = {
    "intend",
    "plan",
    "want",
    "wish",
    "hope",
    "aim",
    "seek",
    "decide",
    "agree",
    "propose",
    "expect",
    "set",
    "consider",
    "discuss",
    "offer",
}
"""Verbs whose complement is not yet done: 'decided to join', 'agreed to establish', 'set a target of'."""
INTENT_NOUNS = {
    "target",
    "goal",
    "aim",
    "plan",
    "project",
    "proposal",
    "idea",
    "intention",
    "objective",
    "decision",
    "bid",
    "campaign",
    "desire",
    "prospect",
    "possibility",
    "rumour",
    "rumor",
    "talk",
    "support",
    "application",
    "aspiration",
    "prospects",
}
"""Nouns whose complement is an intention or a possibility: 'a target of establishing', 'projects include
establishing', 'rumours about potential reentry', 'support for Armenia's membership in NATO'."""
PLANNED_AUX = {"will", "shall", "would"}
POSSIBLE_AUX = {"could", "might", "may"}
COUNTERFACTUAL_AUX = {"would", "could", "should"}
"""Before 'have' and a participle, a past that did not happen ('would have hosted'); 'will have', 'may have' are
a future and a guess, not this."""
CLIMB = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "acl", "dobj", "advcl"}
"""Arcs through which a trigger's governor still frames it; not a coordinated or relative clause, which
states its own act ('decided to apply, and joined in 1995')."""


def token_at(s: Sentence, position: int):
    """The token of the sentence's parse that covers `position` (relative to the sentence), or None."""
    if s.tokens is None:
        return None
    for t in s.tokens:
        start = t.idx - s.offset
        if start <= position < start + len(t):
            return t
    return None


def trigger_token(s: Sentence, start: int, end: int):
    """The word of a matched trigger that carries it: its first verb ('was admitted to' -> 'admitted'),
    else its first common noun ("Ukraine's membership in" -> 'membership'), else its first word; None where
    the sentence has no parse."""
    if s.tokens is None:
        return None
    words = [t for t in s.tokens if start <= t.idx - s.offset < end]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and t.lemma_ != "be"]
    nouns = [t for t in words if t.pos_ == "NOUN"]
    return next(iter(verbs + nouns + words), None)


def governors(token, depth: int = 4) -> list:
    """The token's heads up to `depth` steps, through the arcs that still frame it."""
    out, t = [], token
    for _ in range(depth):
        if t.dep_ not in CLIMB or t.head.i == t.i:
            break
        t = t.head
        out.append(t)
    return out


def negated(token) -> bool:
    """'did not join', 'does not intend to join': a negation on the verb or on a verb governing it, 'neither' (see
    `neither`), or 'no' on the intention framing it (`no_aim`)."""
    frame = [token] + [g for g in governors(token, 2) if token.dep_ in ("xcomp", "ccomp") or g.pos_ == "VERB"]
    return (
        any(c.dep_ == "neg" for t in frame[:3] if not not_until(t) for c in t.children)
        or neither(token)
        or no_aim(token)
    )


def no_aim(token) -> bool:
    """'has no plans to leave the EAEU', 'showed no interest in joining', 'no desire to join': an intention or
    interest denied by 'no' on the noun that frames the act ('has no doubt that it joined' is no intention)."""
    return any(
        g.pos_ == "NOUN"
        and g.lemma_.lower() in INTENT_NOUNS | {"interest", "wish", "ambition"}
        and any(c.dep_ == "det" and c.lower_ == "no" for c in g.children)
        for g in governors(token, 3)
    )


def not_until(verb) -> bool:
    """'did not become a member of the WTO until 2015', 'did not accede until 2009': a negation bounded by 'until' a
    date denies the act only before that date; the act happened then (a fact dated by it, see
    Sentence.bounds)."""
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("until", "till")
        and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in p.children)
        for p in verb.children
    )


def neither(verb) -> bool:
    """'has neither joined nor applied to', 'Neither Azerbaijan nor Turkmenistan is a member': 'neither' on the
    verb (the first of two coordinated ones) or on its subject denies it."""
    first = verb.head if verb.dep_ == "conj" else verb
    subjects = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for t in (first, *subjects) for c in t.children)


def clause_negated(token) -> bool:
    """'Kazakhstan was not among the founding members of the OIC': a negation on the verb of the clause a
    noun trigger sits in (the nearest verb above it)."""
    t = token
    for _ in range(5):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):  # 'founding' qualifies a noun
            return any(c.dep_ == "neg" for c in t.children) or neither(t)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


DISCUSS_VERBS = {"discuss", "debate", "consider", "negotiate", "propose"}
DISCUSSION_NOUNS = {"discussion", "consideration", "negotiation", "review", "debate"}


def discussed(token) -> bool:
    """A membership noun that is the subject of a discussion ("Uzbekistan's membership of the EAEU is under
    discussion", '… was debated'): a matter raised, not a fact."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = token.head
    under = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.children]
    return head.lemma_.lower() in DISCUSS_VERBS or any(o.lemma_.lower() in DISCUSSION_NOUNS for o in under)


def conditional(token) -> bool:
    """'If Iran joined, …': the verb, or a verb governing it, opens with 'if', 'unless' or 'whether'; 'Kazakhstan
    would have hosted the summit': a past that did not happen (a modal with 'have' before a participle)."""
    auxes = [c.lower_ for c in token.children if c.dep_ == "aux"]
    if token.tag_ == "VBN" and "have" in auxes and set(auxes) & COUNTERFACTUAL_AUX:
        return True
    frame = [token, *governors(token, 2)]
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for t in frame for c in t.children) or any(
        inverted_condition(t) for t in frame
    )


INVERTED = {"had", "were", "should"}
"""Auxiliaries that open a condition by standing before their subject: 'Had Ukraine joined the Customs Union, it
would have …', 'Were Uzbekistan to join the Union, …', 'Should Armenia leave the Union, …'."""


def inverted_condition(verb) -> bool:
    """'Had Ukraine joined …, it would have lost …': an adverbial clause whose auxiliary (or the copula heading
    it) stands before its subject is a condition, not a statement (a question is not of the genre)."""
    if verb.dep_ != "advcl":
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    opener = [verb] if verb.lower_ in INVERTED else [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(subjects) and any(a.lower_ in INVERTED and a.i < min(subjects) for a in opener)


def intended(token) -> str | None:
    """'planned' where an intention or a target frames the trigger ('would join', 'decided to join', 'a
    target of establishing', 'projects include establishing'); 'proposed' for a possibility ('could join');
    None for a stated act."""
    frame = [token, *governors(token)]
    auxes = {c.lower_ for t in frame[:2] for c in t.children if c.dep_ == "aux"}
    if auxes & POSSIBLE_AUX:
        return "proposed"
    if auxes & PLANNED_AUX:
        return "planned"
    for t in frame[1:]:
        lemma = t.lemma_.lower()
        if (t.pos_ == "VERB" and lemma in INTENT_VERBS) or (t.pos_ == "NOUN" and lemma in INTENT_NOUNS):
            return "planned"
        subject_words = {w.lemma_.lower() for c in t.children if c.dep_ == "nsubj" for w in c.subtree}
        if t.lemma_.lower() == "include" and subject_words & INTENT_NOUNS:
            return "planned"  # 'Examples of the projects include establishing …'
    return None


RANK = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|\d+(?:st|nd|rd|th))$")
"""The words that rank a noun in a series ('the first country', 'the 159th member', 'the only state'); 'next' is not
among them: 'the next country to join' is still to join."""


def ranked_noun(verb):
    """The noun ranked in a series ('the first country', 'the 159th member', 'the only state') that an infinitive
    names the act of: 'became the first CIS country to join the WTO', 'was the second state to leave' (the infinitive
    the copula's complement or, as the parse may read it, a clause of it); else None."""
    nouns = [verb.head] if verb.dep_ in ("relcl", "acl") else []
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in ("be", "become"):
        nouns = [c for c in verb.head.children if c.dep_ == "attr"]
    return next((n for n in nouns if any(c.dep_ == "amod" and RANK.match(c.lower_) for c in n.children)), None)


def infinitive_plan(verb) -> bool:
    """A bare infinitive ('to join the WTO') states an aim, except where it names the act of a ranked noun
    (`ranked_noun`): that tells what happened."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and ranked_noun(verb) is None


def ranked_subjects(verb) -> list:
    """The subject of the copula whose complement the ranked noun is: 'Armenia' in 'Armenia was the second state
    to join the EAEU', the parser hanging the infinitive on the noun with no subject of its own."""
    noun = ranked_noun(verb)
    if noun is None or noun.dep_ != "attr":
        return []
    return [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def states_no_fact(token) -> bool:
    """True where the trigger is negated, hypothetical, given up or only predicted (None, no parse: False)."""
    return token is not None and (negated(token) or conditional(token) or unrealised(token))


def modifies_another_noun(s: Sentence, mention) -> bool:
    """An entity mention that only modifies the noun after it: 'a CSTO meeting', 'NATO's Partnership for
    Peace', 'the CSTO Parliamentary Assembly' name a meeting, a programme, a sub-body, not the organisation."""
    token = token_at(s, mention.char_end - 1)
    if token is None or token.dep_ not in ("compound", "poss", "nmod", "amod"):
        return False
    head = token.head
    head_start = head.idx - s.offset
    return head.pos_ in ("NOUN", "PROPN") and not (mention.char_start <= head_start < mention.char_end)


def mention_root(s: Sentence, mention):
    """The token heading a mention in the parse: the last word of a name with an 'of' of its own ('Commonwealth of
    Independent States') hangs inside the name; its first word is what the sentence hangs on. None, no parse."""
    token = token_at(s, mention.char_end - 1)
    while (
        token is not None
        and token.head.i != token.i
        and mention.char_start <= token.head.idx - s.offset < token.idx - s.offset
    ):
        token = token.head
    return token


def framed(s: Sentence, start: int, end: int) -> bool:
    """True where the trigger matched at text[start:end] states no fact, or only an intention or a
    possibility (see `states_no_fact`, `intended`)."""
    token = trigger_token(s, start, end)
    return token is not None and (states_no_fact(token) or intended(token) is not None)


def names_subject(s: Sentence, mention, verb) -> bool:
    """True where the entity mention is (or covers) the verb's subject, or the noun a participle or relative
    clause hangs on ('GUAM, established in 1997', 'the Community, which was launched'); False where the
    subject is another noun ('A single market for the Eurasian Economic Community came into effect', "the
    Bank's Fund for Digital Initiatives was established"). Without a parse, or a subject, True."""
    if verb is None:
        return True
    v, subjects = verb, [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if v.dep_ in ("acl", "relcl"):
        subjects.append(v.head)
    if not subjects:
        return True
    words = [w for t in subjects for w in (t, *t.conjuncts, *(c for c in t.children if c.dep_ == "appos"))]
    return any(mention.char_start <= w.idx - s.offset < mention.char_end for w in words)


# --- acts named but not done: given up, wished by another, predicted ------------------------------------------
# Treaty, organisation and foreign-relations articles report plans that came to nothing ('Plans to hold the summit
# in Ashgabat were abandoned', 'offered to host the summit, but the offer was declined'), pressure from a third
# state ('The United States wanted Turkey to join the EU', 'Kazakhstan was asked to host the summit') and analysts'
# forecasts ('observers predicted that Tajikistan would leave the CIS') in the shapes of a plan. The codebook
# annotates no plan called off (as no visit called off) and records another party's proposal as a proposal ('the
# CSTO secretary general suggested Iran could join the CSTO', 'U.S.-backed proposals to … include Ukraine and
# Georgia': a candidate, proposed), not as the state's own plan.

GIVING_UP = {"abandon", "drop", "shelve", "scrap", "cancel", "postpone", "decline", "reject", "refuse", "defer"}
"""Verbs by which an intention, an offer or a request comes to nothing ('the offer was declined')."""
OFFERS = {"offer", "invitation", "request", "proposal", "plan", "plans", "idea", "bid"}
REQUESTS = {"ask", "urge", "press", "pressure", "push", "encourage", "request", "call", "lobby", "want", "wish"}
"""Verbs of a wish or request whose object (or passive subject) is to act: 'wanted Turkey to join', 'urged
Uzbekistan to rejoin', 'was asked to host'. 'invite' is left to the visit rules (an invitation is a proposed visit)."""
OPINIONS = {"predict", "speculate", "argue", "believe", "fear", "forecast", "doubt", "suspect", "guess"}
"""Verbs of an onlooker's view: with a named holder and a future or possible act under them ('observers predicted
that Tajikistan would leave'), the text states no act; a report ('is believed to have joined') is a hedge instead
(fact_modality)."""
MODALS = {"will", "would", "could", "might", "may", "shall"}


def given_up(token) -> bool:
    """The act of `token` is framed by an intention, offer or request that came to nothing: the framing noun is the
    subject or object of a verb of giving up ('Plans to hold … were abandoned', 'dropped the plan to host'), or the
    framing verb is coordinated with one ('offered to host …, but the offer was declined', 'was asked to host …,
    but declined'). The act's own coordinated verbs are not read ('joined the WTO but declined to join the EAEU')."""
    for g in governors(token):
        if g.dep_ in ("nsubj", "nsubjpass", "dobj") and g.head.lemma_.lower() in GIVING_UP:
            if g.pos_ == "NOUN" and g.lemma_.lower() in OFFERS | INTENT_NOUNS:
                return True
        framing = g.lemma_.lower() in INTENT_VERBS | REQUESTS
        if g.pos_ == "VERB" and framing and any(c.dep_ == "conj" and c.lemma_.lower() in GIVING_UP for c in g.children):
            return True
    return False


def others_wish(verb) -> bool:
    """The act is what a party wants or asks another to do: 'The United States wanted Turkey to join' (the act has a
    subject of its own), 'Russia urged Uzbekistan to rejoin' (the request has an object), 'Kazakhstan was asked to
    host' (a passive request); not 'Ukraine wanted to be an observer' (its own wish, a plan)."""
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head.lemma_.lower() not in REQUESTS:
        return False
    head = verb.head
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    addressee = any(c.dep_ == "dobj" for c in head.children) or any(
        p.dep_ == "prep" and p.lower_ == "on" for p in head.children
    )  # 'called on Uzbekistan to join'
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    return own_subject or addressee or (passive and head.lemma_.lower() != "want")


def predicted(verb) -> bool:
    """'Several observers predicted that Tajikistan would leave the CIS', 'analysts believe Belarus could join': a
    future or possible act under an onlooker's view with a holder named (not 'is believed to', a hedge)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in OPINIONS:
        return False
    holder = any(c.dep_ == "nsubj" for c in verb.head.children)
    return holder and any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def unrealised(token) -> bool:
    """True where the act is given up or only predicted (the codebook annotates neither)."""
    return given_up(token) or predicted(token)
