"""The matching copy of a sentence for near-duplicate detection (`pipeline.stages.s4_dedupe`, step 1).

Why a module of its own: what makes two wordings "the same" (quotes and dashes, spelling variants,
numbers as placeholders, stop words, light stemming) is one decision, used by the units, the blocking
and the benchmark's corpus generator alike.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.text import lexicon

PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
    }
)
SPELLING = {
    # British -> American (word forms that occur in this genre; -isation is handled by a rule)
    "organise": "organize",
    "organised": "organized",
    "organising": "organizing",
    "recognise": "recognize",
    "recognised": "recognized",
    "emphasise": "emphasize",
    "emphasised": "emphasize",
    "emphasized": "emphasize",
    "institutionalised": "institutionalized",
    "realised": "realized",
    "characterised": "characterized",
    "prioritise": "prioritize",
    "favour": "favor",
    "favourable": "favorable",
    "favoured": "favored",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "neighbourly": "neighborly",
    "neighbouring": "neighboring",
    "centre": "center",
    "centres": "centers",
    "defence": "defense",
    "defences": "defenses",
    "programme": "program",
    "programmes": "programs",
    "labour": "labor",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "travelled": "traveled",
    "honour": "honor",
    "behaviour": "behavior",
    "endeavour": "endeavor",
    "catalogue": "catalog",
    "enrolment": "enrollment",
    "fulfil": "fulfill",
    "judgement": "judgment",
    "analyse": "analyze",
    # transliteration variants of names
    "nazarbaev": "nazarbayev",
    "tokaev": "tokayev",
    "otunbaeva": "otunbayeva",
    "uigur": "uyghur",
    "uighur": "uyghur",
    "kazakstan": "kazakhstan",
    "kirgizstan": "kyrgyzstan",
    # abbreviations and units
    "ha": "hectares",
    "hectare": "hectares",
    "sq": "square",
    "govt": "government",
    "bn": "billion",
    "mln": "million",
}
"""Word-level variants mapped to one form in the matching copy (applied after lower-casing)."""

NUMBER_WORDS = "|".join(lexicon.numbers(low=2))
_AMOUNT = re.compile(
    r"(?:\bus\s*)?[$\u20ac\u00a3]?\s*(?<![\w.])\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th|s|m\.?|bn\.?)?(?![a-z\d])"
    r"(?:\s*(?:million|billion|thousand|trillion)\b)?"
)
_NUMBER_PHRASE = re.compile(
    r"\b(?:one|a|" + NUMBER_WORDS + r")(?:[\s-]+(?:" + NUMBER_WORDS + r"))*\s+"
    r"(?:hundred|thousand|million|billion)\b|\b(?:" + NUMBER_WORDS + r")\b"
)
_ISATION = re.compile(r"(?<=[a-z]{3})isation")
_ISE_WORDS = re.compile(
    r"\b(?:organ|recogn|real|utili|modern|stabil|normal|privat|liberal|institutional|"
    r"characteri|prioriti|minimi|maximi|mobili|central|decentral|legali|civili|"
    r"internationali|capitali|subsidi|harmoni|standardi|util|speciali|symboli)is"
)
_CO_PREFIX = re.compile(r"\bco-(?=[a-z])")
_TOKEN = re.compile(r"[a-z#]+")
_POSSESSIVE = re.compile(r"'s\b|(?<=s)'(?=\s|$)")
_HASHES = re.compile(r"#(?:[\s/-]+#)+")

STOPWORDS = frozenset(
    """
a an the of in on at to for from by with and or but nor as is are was were be been being am has have had
do does did it its this that these those there their theirs they them he him his she her hers we our us
you your i me my which who whom whose what when where while why how also such than then so not no very
more most other others some any all both each few into over under after before during between through
about against within without since until upon among amongst across along around via per though although
however thus therefore furthermore moreover meanwhile yet still already again only even just well too
would could should might may must can will shall one ones own same further
""".split()
)
"""Words ignored by the content-word overlap and the MinHash shingles."""


def match_tokens(text: str, keep_numbers: bool = False) -> list[str]:
    """Tokens of the matching copy of `text` (numbers become '#' unless `keep_numbers`)."""
    t = unicodedata.normalize("NFKC", text).translate(PUNCTUATION).lower()
    t = _CO_PREFIX.sub("co", t)
    t = _ISE_WORDS.sub(lambda m: m.group(0)[:-2] + "iz", t)
    t = _ISATION.sub("ization", t)
    t = _POSSESSIVE.sub(" ", t)
    if keep_numbers:
        t = re.sub(r"(?<=\d),(?=\d)", "", t)
        tokens = re.findall(r"[a-z]+|\d+(?:\.\d+)?", t)
    else:
        t = _AMOUNT.sub(" # ", t)
        t = _NUMBER_PHRASE.sub(" # ", t)
        t = _HASHES.sub("#", t)
        tokens = _TOKEN.findall(t)
    return [SPELLING.get(tok, tok) for tok in tokens]


def normalize(text: str) -> str:
    """The matching copy of `text`: its tokens joined by single spaces."""
    return " ".join(match_tokens(text))


def stem(word: str) -> str:
    """A light English stemmer (plurals, -ing, -ed): "agreements" and "agreement" are one content word."""
    if len(word) > 4:
        if word.endswith("ies"):
            return word[:-3] + "y"
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                return word[: -len(suffix)]
    return word


def content_words(tokens: list[str]) -> frozenset[str]:
    """Stemmed tokens that are neither stop words nor number placeholders."""
    return frozenset(stem(t) for t in tokens if t not in STOPWORDS and t != "#")
