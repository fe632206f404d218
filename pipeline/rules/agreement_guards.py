"""What an agreement's words are not: a body named near it as a party, a name cut short, a signing verb that
belongs to another noun. Used by the surface signing rule (`agreements.signed`).

Why: the surface rule reads a window of words around the instrument's noun, so it takes whatever the window
names. 'at a meeting of the CIS Council of Heads of State in Moscow, all 12 post-Soviet states signed the
Agreement on the Establishment of a Free Trade Area' names a council (a body, where the signing took place,
not a signer) and a name the title-case pattern stops inside ('… Establishment of'); 'This agreement was
superseded by the NATO–Russia Council that was agreed at the Reykjavik Ministerial' has a signing verb whose
object is the Council, not the agreement.
"""

from __future__ import annotations

import re

from pipeline.entities import instrument_acronyms, provisional
from pipeline.rules.context import Sentence
from pipeline.rules.stance import conditional, negated, neither, token_at, trigger_token

BODY = re.compile(
    r"\b(?:Council|Committee|Commission|Secretariat|Assembly|Board|Court|Conference|Summit|Meeting|Group)s?\b"
    r"(?!.*\b(?:Organi[sz]ation|Union|Community|Association|Bank|Fund)\b)",
    re.IGNORECASE,
)
"""A body the dictionaries lack, named by what it is ('the Council of Heads of State', 'the Trilateral
Interim Committee'): an organ of some organisation, not a party of its own unless the text says it signed
as one (then the dictionary lists it). 'The Cooperation Council of Turkic Speaking States' is an
organisation of states ('States' after the body word): see `not_a_party`."""
OF_STATES = re.compile(r"\b(?:States|Countries|Nations)\s*$")
LOOSE_END = re.compile(r"\s+(?:and|the|an?|in)$|\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}$")
"""Words a title-case pattern runs on into the sentence ('… Free Trade Area in order to', 'Convention on
Biological Diversity in 1996'): not the name's."""
OPEN_END = re.compile(r"\s+(?:of|on|for|between|towards|to|with)$")
"""A preposition whose complement was cut off ('Agreement on the Establishment of'): a name cut inside."""


AFTER = re.compile(r"(?:post|ex)-$", re.IGNORECASE)
"""'all 12 post-Soviet states': the states after the Soviet Union, not the Soviet Union."""
EXCEPTED = re.compile(
    r"\b(?:all but|except(?: for)?|excluding|other than|apart from|with the exception of|but not)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+(?:(?:and|or)\s+)?(?:the\s+)?)*$"
)
"""'six of the nine—all but Azerbaijan, Georgia, and Uzbekistan—agreed to renew the treaty': the states of a list
after 'all but' or 'except' are those that did not act; so is one after 'but not' ('Kazakhstan, but not Uzbekistan,
ratified the treaty')."""
FRONTED_EXCEPTED = re.compile(
    r"^\s*(?:Apart from|With the exception of|Except(?: for)?|Excluding|Other than)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:and|or)\s+(?:the\s+)?)?$"
)
"""An exception that opens the sentence ('With the exception of Poland, all four ratified it', 'Apart from Iceland and
Norway, …'): its list ends at the comma, so the names after it are the clause's own ('Apart from Iceland, Denmark and
Norway signed': Denmark and Norway signed)."""


TREATY_ACRONYM_PATTERN = instrument_acronyms.TREATY_ACRONYM_PATTERN
"""A treaty's acronym ('NPT', 'CTBT'): the one spelling of it the agreement rules share, the recogniser's own
(`instrument_acronyms`, by which `provisional` makes no body of one)."""
INSTRUMENT_NAME = re.compile(
    rf"^{TREATY_ACRONYM_PATTERN}$|\b(?:Treaty|Agreement|Protocol|Convention|Facility|Arrangement)"
    r"(?:\s+(?:for|to|with)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?$"
)
"""'the NPT', 'the CTBT', 'an Extended Fund Facility', 'the Extended Fund Facility for Kazakhstan': a treaty's acronym
(it ends in the T of Treaty) or a name ending in an instrument's noun or in its beneficiary after it, which the
recogniser may take for a body: the instrument, no party to itself."""
INSTRUMENT_BEFORE = re.compile(
    r"\b(?:Treaty|Agreement|Protocol|Convention|Facility|Arrangement)\s*\(\s*$", re.IGNORECASE
)
"""'a three-year Extended Fund Facility (EFF)': an acronym in brackets right after an instrument's noun is the
instrument's, which the recogniser may take for a body the dictionaries lack."""
NAMED_AFTER = re.compile(r"\b(?:Treaty|Agreement|Accords?|Protocol|Convention|Declaration|Memorandum|Pact)\s+of\s+$")
"""'the Treaty of Moscow', 'the Protocol of Alma-Ata': the place in an instrument's name is where it was
signed, not a party (the parties are named as states)."""

SEATED_MEMBERS = re.compile(r"\b(?:non-)?permanent\s+members?\s+of\s+(?:the\s+)?(?:UN\s+|United Nations\s+)?$", re.I)
"""'The five permanent members of the Security Council ratified …': some of a body's members, named by their seat,
act; the body is no party, and which states they are the text leaves to the reader (the codebook skips such a group
unless `raw/dictionaries/state_groups.csv` makes it certain)."""
VENUES = re.compile(r"\b(?:in|at)\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,\s+|,?\s+and\s+))+$")
"""'signed in London, Moscow and Washington on 1 July 1968': the places listed after a venue's 'in' are venues
too (the depositaries' capitals), not parties."""


DIRECTION = {"to", "via", "through", "into", "towards", "across"}
"""Prepositions of a route: a state after one is where the goods, gas or power go, not a signer."""
FLOWS = {"transit", "supply", "export", "import", "delivery", "transport", "transportation", "shipment", "goods"}
FLOWS |= {"gas", "oil", "electricity", "power", "railway", "pipeline", "corridor", "route", "line", "road", "access"}
"""Nouns of what an instrument moves ('the transit of goods to Turkey', 'electricity supply to Pakistan'); not a
visit's destination ('during the visit to Beijing … a deal was signed': the host is a party)."""
SIGNING_VERBS = {"sign", "conclude", "adopt", "initial"}
"""A signing's 'to' is a route, wherever the parser hangs it ('signed an agreement … on transit to Turkey')."""
PARTY_VERBS = SIGNING_VERBS | {"ratify", "approve", "issue", "agree", "reach", "accede", "join", "endorse", "accept"}
"""Verbs whose agent is a party ('signed by Iran, Oman …', 'ratified by Kazakhstan'); another verb's agent is a
bystander ('The agreement signed with Iran in 2007 was criticised by Russia')."""


def beside_the_signing(s: Sentence, mention) -> bool:
    """True for an entity after a preposition of route that hangs on a noun of what the instrument moves or on the
    signing verb (where the goods go), or the agent of a verb that is no signing, or the object of a gerund that
    tells the signing's effect: not a party. False without a parse."""
    token = token_at(s, mention.char_start)
    if token is None:
        return False
    while token.dep_ == "conj" and token.head is not token:
        token = token.head  # 'to Afghanistan and Pakistan': the first conjunct carries the arc
    if token.dep_ == "pobj" and token.head.dep_ == "agent":  # 'The agreement … was criticised by Russia'
        return token.head.head.lemma_.lower() not in PARTY_VERBS
    if _claimant(token) or _denier(token):
        return True
    if token.dep_ == "dobj" and token.head.dep_ == "advcl" and token.head.tag_ == "VBG":
        return token.head.lemma_.lower() not in PARTY_VERBS  # '…, angering Russia': what the signing did to it
    if token.dep_ != "pobj" or token.head.lower_ not in DIRECTION:
        return False
    return token.head.head.lemma_.lower() in FLOWS | SIGNING_VERBS


def seated(token) -> bool:
    """True for a noun of members named by their seat ('the permanent members of the Security Council'): some of a
    body's members, not the body (`SEATED_MEMBERS`)."""
    return any(c.lower_ in ("permanent", "non-permanent") for c in token.children)


CLAIMING = {"allege", "claim", "accuse", "charge", "insist", "argue", "complain", "protest", "deny"}
"""Verbs whose subject makes a claim about what the clause below it tells ('Armenian officials claimed that
Azerbaijan had signed a secret agreement with Turkey'): the claimant is no party to it."""


def _claimant(token) -> bool:
    """Whether the token is inside the subject of a claiming verb (`CLAIMING`) that has a clause of its own, or
    is the one it accuses ('Georgia accused Russia of violating the ceasefire agreement': Russia is accused)."""
    t = token
    while t.dep_ not in ("nsubj", "dobj") and t.head.i != t.i and t.dep_ in ("amod", "compound", "poss", "conj"):
        t = t.head
    verb = t.head
    return (
        t.dep_ in ("nsubj", "dobj")
        and verb.lemma_.lower() in CLAIMING
        and any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "of") for c in verb.children)
    )


def in_a_body_s_name(s: Sentence, mention) -> bool:
    """A city the recogniser reads as a word of a longer organisation's name ('Yerevan State University', 'the Tashkent
    Institute of …'): the body is meant, not the city's state. False without a parse."""
    token = token_at(s, mention.char_start)
    if token is None or token.ent_type_ != "ORG":
        return False
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return name is not None and (
        name.start_char < mention.char_start + s.offset or name.end_char > mention.char_end + s.offset
    )


def _denier(token) -> bool:
    """Whether the token is the subject of a verb the text denies ('Israel has signed but not ratified the convention,
    and Egypt has neither signed nor ratified it': Egypt signed nothing), a clause of its own beside the signing."""
    t = token
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    verb = t.head
    denied = any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children)
    return t.dep_ == "nsubj" and (denied or negated(verb) or neither(verb))


def not_a_party(s: Sentence, mention) -> bool:
    """True for a provisional organisation whose name is a body's (council, committee, commission …): an
    organ, not a party to what is signed near it; for a treaty's acronym taken for a body ('ratified the
    Lisbon Protocol … and acceded to the NPT'); for a place named in an instrument's name or listed after a venue
    ('in London, Moscow and Washington'); for an instrument's bracketed acronym; for an entity the parse puts
    beside the signing, on the route of what it moves or as another verb's argument (`beside_the_signing`); for a
    body whose permanent members act (`SEATED_MEMBERS`); and
    for a state's adjective after 'post-' or 'ex-'."""
    if (mention.entity_type == "place" or mention.form == "capital_metonym") and (
        NAMED_AFTER.search(s.text, max(0, mention.char_start - 20), mention.char_start)
        or VENUES.search(s.text, max(0, mention.char_start - 80), mention.char_start)
        or in_a_body_s_name(s, mention)
    ):
        return True
    if beside_the_signing(s, mention) or SEATED_MEMBERS.search(
        s.text, max(0, mention.char_start - 50), mention.char_start
    ):
        return True
    if mention.entity_type == "state":
        return bool(AFTER.search(s.text, max(0, mention.char_start - 5), mention.char_start))
    if not mention.entity_id.startswith(provisional.PREFIX):
        return False
    name = s.text[mention.char_start : mention.char_end]
    return bool(
        INSTRUMENT_NAME.search(name)
        or (BODY.search(name) and not OF_STATES.search(name))
        or INSTRUMENT_BEFORE.search(s.text, max(0, mention.char_start - 40), mention.char_start)
    )


def names_an_instrument(s: Sentence, entity_id: str) -> bool:
    """True for a provisional organisation the text names as an instrument (`INSTRUMENT_NAME`): 'a three-year
    arrangement under the Extended Fund Facility for Kazakhstan' signs no body of that name."""
    return entity_id.startswith(provisional.PREFIX) and any(
        m.entity_id == entity_id and INSTRUMENT_NAME.search(s.text[m.char_start : m.char_end]) for m in s.entities
    )


def excepted(s: Sentence, mention) -> bool:
    """True for a state a list excepts ('all but Azerbaijan, Georgia, and Uzbekistan', a fronted 'Apart from Iceland,'):
    one that did not act."""
    return mention.entity_type == "state" and bool(
        EXCEPTED.search(s.text, max(0, mention.char_start - 120), mention.char_start)
        or FRONTED_EXCEPTED.match(s.text[: mention.char_start])
    )


def whole_name(name: str | None) -> str | None:
    """The name without the words a pattern ran on ('… Free Trade Area in' -> '… Free Trade Area'), and None
    for a name cut inside ('Agreement on the Establishment of'): a cut name is no name."""
    while name is not None and LOOSE_END.search(name):
        name = LOOSE_END.sub("", name)
    return None if name is None or OPEN_END.search(name) else name


INSTRUMENT_LEMMAS = {"treaty", "agreement", "accord", "protocol", "memorandum", "declaration", "charter", "act"}
INSTRUMENT_LEMMAS |= {"convention", "statement", "deal", "pact", "plan", "package", "arrangement", "loan"}


def verb_of_another_noun(s: Sentence, noun_start: int, verb_start: int) -> bool:
    """True when the signing verb is a relative clause on another noun and the instrument is not among its
    words: 'This agreement was superseded by the NATO–Russia Council that was agreed at …' (what was agreed
    is the Council); not a clause on a noun inside the instrument's own phrase, which the parser may hang it on.
    False without a parse."""
    verb, noun = token_at(s, verb_start), token_at(s, noun_start)
    if verb is None or noun is None or verb.dep_ != "relcl":
        return False
    return (
        verb.head.lemma_.lower() not in INSTRUMENT_LEMMAS
        and noun not in verb.subtree
        and verb.head not in noun.subtree  # 'the Agreement with the European Union, which was signed in 1995'
    )


def _an_instrument(token) -> bool:
    """An instrument's noun, not the act of agreeing: one with its determiner or owner ('a protocol', 'its
    agreement') or a capital ('the Treaty'); not 'reached agreement on the Peaceful Nuclear Explosions Treaty'."""
    return token.text[:1].isupper() or any(c.dep_ in ("det", "poss") for c in token.children)


def inside_another_instrument(s: Sentence, noun_start: int, noun_end: int, verb_start: int) -> bool:
    """True when the instrument is the object of a phrase of another instrument the verb takes: 'The additional
    protocol to its safeguards agreement with the IAEA was signed by Kazakhstan in 2004' (what was signed then is the
    protocol; the agreement it adds to was signed before), 'signed a protocol amending the treaty'. False without a
    parse, and for instruments coordinated with each other ('signed the treaty and its protocol', however the
    parser hangs the second). The instrument is text[noun_start:noun_end] ('aid package', 'Plan of Action'), read
    from its head word."""
    verb, noun = token_at(s, verb_start), token_at(s, noun_end - 1)
    if verb is None or noun is None:
        return False
    while noun.head.i != noun.i and noun_start <= noun.head.idx - s.offset < noun_end:
        noun = noun.head
    token = noun
    while token.head.i != token.i and token.head.i != verb.i and token.dep_ != "conj":
        token = token.head
        if token.lemma_.lower() in INSTRUMENT_LEMMAS and token.pos_ in ("NOUN", "PROPN") and _an_instrument(token):
            return True
    return False


SIGNING_LEMMAS = {"sign", "conclude", "adopt", "ratify", "approve", "initial"}


def act_on_the_instrument(s: Sentence, noun_start: int, verb_start: int) -> bool:
    """True when the signing verb takes another act whose words hold the instrument: 'in 1999 the countries
    agreed to remove this phrase from the agreement', 'the sides agreed to extend the treaty', 'signed a protocol
    extending the 1995 treaty' (the act is on an instrument signed before, not its signing); not 'agreed to sign a
    treaty', a signing (its mood aside).
    False without a parse."""
    verb, noun = token_at(s, verb_start), token_at(s, noun_start)
    if verb is None or noun is None:
        return False
    return any(
        (c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.tag_ == "VBG"))
        and c.lemma_.lower() not in SIGNING_LEMMAS
        and noun in c.subtree
        for c in verb.children
    )


def subject_of_another_verb(s: Sentence, noun_start: int, verb_start: int) -> bool:
    """True when the instrument's noun is the subject of another verb, no signing one, whose clause holds no signing
    of it: 'Kazakhstan concluded a safeguards agreement in 1994, as the treaty required' (the treaty requires, it is
    not concluded); not 'The treaty, signed in 1994, requires …' (the signing is on the noun), nor 'A treaty … is to
    be signed' (the signing is in that verb's clause). False without a parse."""
    verb, noun = token_at(s, verb_start), token_at(s, noun_start)
    if verb is None or noun is None or noun.dep_ != "nsubj" or noun.head.i == verb.i:
        return False
    return noun.head.lemma_.lower() not in SIGNING_LEMMAS and verb not in noun.subtree and verb not in noun.head.subtree


def governing(s: Sentence, noun_start: int, verbs: list) -> list:
    """The signing verbs (regex matches) whose object, or passive subject, the instrument's noun is: 'Kazakhstan
    signed the Chemical Weapons Convention in 1993 and ratified it in 2000' is a signing in 1993, though
    'ratified' stands nearer the noun. Empty without a parse or when the parser hangs the noun elsewhere."""
    noun = token_at(s, noun_start)
    if noun is None or noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    return [v for v in verbs if (verb := token_at(s, v.start())) is not None and verb.i == noun.head.i]


def agents(s: Sentence, verb_start: int, party_set: tuple) -> tuple:
    """The parties of a passive signing that names its signers: a party named only before the verb is dropped
    when the 'by' phrase names another ('Turkmenistan rejected the agreement signed by Russia and Kazakhstan in
    2007': Russia and Kazakhstan, not Turkmenistan); those after the verb stay (the parser may cut a long list of
    signers short), and so does the other side the subject names ('its agreement with the IAEA was signed by …'). `party_set` unchanged without a parse or an agent among the parties."""
    verb = token_at(s, verb_start)
    if verb is None:
        return party_set
    spans = [
        (t.left_edge.idx - s.offset, t.right_edge.idx + len(t.right_edge) - s.offset)
        for c in verb.children
        if c.dep_ == "agent"
        for t in c.children
    ]
    party_of = {
        m: s.state_of_entity(m.entity_id) if m.entity_type != "organization" else m.entity_id for m in s.entities
    }
    named = {p for m, p in party_of.items() if any(a <= m.char_start and m.char_end <= b for a, b in spans)}
    after = {p for m, p in party_of.items() if m.char_start >= verb_start or _counterpart(s, m, verb)}
    if not named & set(party_set):
        return party_set
    return tuple(p for p in party_set if p in named or p in after)


def _counterpart(s: Sentence, mention, verb) -> bool:
    """True when the mention is the object of a 'with' or 'between' phrase inside the passive's subject: the other side
    of the instrument signed ('its safeguards agreement with the IAEA was signed by Kazakhstan'), a party though the
    'by' phrase names only the signer."""
    token = token_at(s, mention.char_start)
    subject = {x.i for c in verb.children if c.dep_ == "nsubjpass" for x in c.subtree}
    return (
        token is not None
        and token.i in subject
        and token.dep_ in ("pobj", "conj", "compound")
        and any(a.dep_ == "prep" and a.lower_ in ("with", "between") and a.i in subject for a in token.ancestors)
    )


def hypothetical(s: Sentence, verb_start: int, verb_end: int) -> bool:
    """The signing verb is a condition ('Had the treaty been ratified by Kyrgyzstan, the border would have been
    fixed', 'If Armenia signed the agreement, …'): nothing was signed (`stance.conditional`)."""
    verb = trigger_token(s, verb_start, verb_end)
    return verb is not None and conditional(verb)
