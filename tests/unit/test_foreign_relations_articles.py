"""Memberships and bilateral facts in short 'Foreign relations of <country>' articles (encyclopaedia genre),
in sentences written for these tests (never taken from the test texts): membership lists with the article's
country as the actor, roles other than member (observer, dialogue partner), 'member since', ranked joins,
participation in a programme, treaties under a heading that names the counterpart, counts of diplomatic
relations; and near-misses that state no fact (negations, opinions, policy, recognised neutrality, which the
brief gives no type).

Two sets: TUNE, against which the rules were written, and HOLDOUT, of the same shapes in other words and on
other entities, written at the same time and never fixed against (its failures stay as strict xfails). The holdout
scored 12 of its 15 expected facts found and 1 fact not expected, both before the first change to the rules and
after the last."""

from __future__ import annotations

import pytest

from tests.helpers import candidates


def _key(c: dict) -> tuple:
    """The fields the evaluation compares, per type (pipeline/evaluation/corpus.py), with the modality."""
    kind = c["fact_type"] if "fact_type" in c else None
    if "role" in c:
        return ("membership", c["state_id"], c["organization_id"], c["role"], c.get("date_edtf"), c.get("modality"))
    if "event_type" in c:
        return ("event", c["organization_id"], c["event_type"], c.get("state_id"), c.get("date_edtf"))
    if "parties" in c:
        return ("agreement", c["kind"], tuple(sorted(c["parties"])), c.get("date_edtf"), c.get("modality"))
    if "unit" in c:
        return ("amount", c["kind"], c["value"], c["unit"])
    return ("other", kind, c.get("rule_id"))


def facts(text: str, subject: str, heading: str | None = None) -> set:
    return {_key(c) for c in candidates(text, None, subject, heading)}


def _m(state, org, role="member", date=None):
    return ("membership", state, org, role, date, None)


TUNE = [
    (
        "state:UZB",
        None,
        "Uzbekistan is a member of the United Nations, the OSCE, the Economic Cooperation Organization, the "
        "Commonwealth of Independent States and the Organisation of Islamic Cooperation.",
        {
            _m("state:UZB", "org:UN"),
            _m("state:UZB", "org:OSCE"),
            _m("state:UZB", "org:ECO"),
            _m("state:UZB", "org:CIS"),
            _m("state:UZB", "org:OIC"),
        },
    ),
    (
        "state:MNG",
        None,
        "Mongolia joined the Non-Aligned Movement in 1991.",
        {_m("state:MNG", "org:NAM", date="1991"), ("event", "org:NAM", "joined_by", "state:MNG", "1991")},
    ),
    (
        "state:MDA",
        None,
        "It has been a member of the Council of Europe since 1995.",
        {_m("state:MDA", "org:COE", date="1995")},
    ),
    (
        "state:GEO",
        None,
        "Georgia participates in NATO's Partnership for Peace programme.",
        {_m("state:GEO", "org:PFP")},
    ),
    (
        "state:BLR",
        None,
        "Belarus holds observer status at the World Trade Organization.",
        {_m("state:BLR", "org:WTO", "observer")},
    ),
    (
        "state:MNG",
        None,
        "Mongolia became the 57th member of the OSCE in 2012.",
        {_m("state:MNG", "org:OSCE", date="2012"), ("event", "org:OSCE", "joined_by", "state:MNG", "2012")},
    ),
    ("state:CHE", None, "Switzerland is not a member of the European Union.", set()),
    (
        "state:AUT",
        "Russia",
        "Relations are close; the two countries signed a treaty of friendship and cooperation in 1996.",
        {("agreement", "treaty", ("state:AUT", "state:RUS"), "1996", None)},
    ),
    ("state:UZB", None, "Uzbekistan seeks closer ties with the European Union.", set()),
    (
        "state:TJK",
        None,
        "Tajikistan has established diplomatic relations with 120 countries.",
        {("amount", "other", 120, "countries")},
    ),
    (
        "state:MDA",
        None,
        "Moldova is an observer in the Eurasian Economic Union.",
        {_m("state:MDA", "org:EAEU", "observer")},
    ),
    (
        "state:BLR",
        None,
        "Belarus became a dialogue partner of the Shanghai Cooperation Organisation in 2009.",
        {_m("state:BLR", "org:SCO", "dialogue_partner", "2009")},
    ),
    (
        "state:CHE",
        None,
        "Its neutrality was recognised by the United Nations General Assembly on 12 December 1995.",
        set(),
    ),
    (
        "state:UZB",
        None,
        "Uzbekistan and Kyrgyzstan signed a trade agreement in 1998.",
        {("agreement", "agreement", ("state:KGZ", "state:UZB"), "1998", None)},
    ),
]

TUNE += [
    (
        "state:UZB",
        None,
        "Uzbekistan is a member of the CIS, the SCO and the OIC, and an observer in the Eurasian Economic Union.",
        {
            _m("state:UZB", "org:CIS"),
            _m("state:UZB", "org:SCO"),
            _m("state:UZB", "org:OIC"),
            _m("state:UZB", "org:EAEU", "observer"),
        },
    ),
    (
        "state:MNG",
        None,
        "It is a member of the UN and the OSCE and has observer status at the World Trade Organization.",
        {_m("state:MNG", "org:UN"), _m("state:MNG", "org:OSCE"), _m("state:MNG", "org:WTO", "observer")},
    ),
    (
        "state:UZB",
        None,
        "It suspended its membership in the CSTO in 2012.",
        {_m("state:UZB", "org:CSTO", "withdrew", "2012"), ("event", "org:CSTO", "withdrawn_by", "state:UZB", "2012")},
    ),
]
TUNE += [
    ("state:AUT", None, "Austria is a member of the EU but not of NATO.", {_m("state:AUT", "org:EU")}),
    ("state:GEO", None, "Georgia's membership in NATO is supported by the United States.", set()),
    (
        "state:MNG",
        None,
        "Mongolia became a participating State of the OSCE in 2012.",
        {_m("state:MNG", "org:OSCE", date="2012"), ("event", "org:OSCE", "joined_by", "state:MNG", "2012")},
    ),
    (
        "state:MNG",
        None,
        "It has been an OSCE participating State since 2012.",
        {_m("state:MNG", "org:OSCE", date="2012")},
    ),
    ("state:MDA", None, "Moldova is a CIS member state.", {_m("state:MDA", "org:CIS")}),
    ("state:MDA", None, "Moldova is not a CSTO member state.", set()),
    (
        "state:UZB",
        None,
        "Uzbekistan is not a member of the Eurasian Economic Union, but has observer status.",
        {_m("state:UZB", "org:EAEU", "observer")},
    ),
    (
        "state:UZB",
        "Russia",
        "Both countries are members of the CIS and the SCO.",
        {
            _m("state:UZB", "org:CIS"),
            _m("state:RUS", "org:CIS"),
            _m("state:UZB", "org:SCO"),
            _m("state:RUS", "org:SCO"),
        },
    ),
    ("state:UZB", None, "Both countries are members of the CIS and the SCO.", set()),
    (
        "state:UZB",
        "Russia",
        "Uzbekistan signed a border protocol in 2010.",
        {("agreement", "protocol", ("state:RUS", "state:UZB"), "2010", None)},
    ),
    (
        "state:UZB",
        "China",
        "Uzbekistan signed an agreement with the World Bank in 2010.",
        {("agreement", "agreement", ("org:WORLD_BANK", "state:UZB"), "2010", None)},
    ),
    (
        "state:KGZ",
        None,
        "The five Central Asian republics signed a treaty on a nuclear-weapon-free zone in 2006.",
        {
            (
                "agreement",
                "treaty",
                ("state:KAZ", "state:KGZ", "state:TJK", "state:TKM", "state:UZB"),
                "2006",
                None,
            )
        },
    ),
    ("state:GEO", None, "France and Germany blocked Georgia's membership in NATO in 2008.", set()),
    (
        "state:AUT",
        None,
        "Austria has been a member of the European Union since 1995 and of the United Nations since 1955.",
        {_m("state:AUT", "org:EU", date="1995"), _m("state:AUT", "org:UN", date="1955")},
    ),
    (
        "state:AUT",
        None,
        "Vienna hosts the headquarters of the OSCE, OPEC and the IAEA.",
        {_m("state:AUT", "org:OSCE", "host"), _m("state:AUT", "org:OPEC", "host"), _m("state:AUT", "org:IAEA", "host")},
    ),
    (
        "state:CHE",
        None,
        "Switzerland is a member of the OSCE and the Council of Europe, but not of the European Union.",
        {_m("state:CHE", "org:OSCE"), _m("state:CHE", "org:COE")},
    ),
    (
        "state:BLR",
        None,
        "Belarus is a member of the CIS and the CSTO, and not a member of the Council of Europe.",
        {_m("state:BLR", "org:CIS"), _m("state:BLR", "org:CSTO")},
    ),
]
"""Shapes added after the first run, on the tune side: a list that changes role or denies a conjunct, 'it' as the
article's state."""

HOLDOUT = [
    pytest.param(
        "state:GEO",
        None,
        "Georgia is a member of the Council of Europe, the Black Sea Economic Cooperation Organization, GUAM and "
        "the World Trade Organization.",
        {
            _m("state:GEO", "org:COE"),
            _m("state:GEO", "org:BSEC"),
            _m("state:GEO", "org:GUAM"),
            _m("state:GEO", "org:WTO"),
        },
        marks=pytest.mark.xfail(
            strict=True,
            reason="the dictionary names BSEC 'Organization of Black Sea Economic Cooperation' only: this word order "
            "is a provisional body",
        ),
    ),
    (
        "state:BLR",
        None,
        "Belarus has been a member of the Non-Aligned Movement since 1998.",
        {_m("state:BLR", "org:NAM", date="1998")},
    ),
    (
        "state:MDA",
        None,
        "Moldova joined NATO's Partnership for Peace in 1994.",
        {_m("state:MDA", "org:PFP", date="1994"), ("event", "org:PFP", "joined_by", "state:MDA", "1994")},
    ),
    (
        "state:CHE",
        None,
        "Switzerland became the 190th member state of the United Nations in 2002.",
        {_m("state:CHE", "org:UN", date="2002"), ("event", "org:UN", "joined_by", "state:CHE", "2002")},
    ),
    (
        "state:MNG",
        None,
        "Mongolia holds observer status in the Shanghai Cooperation Organisation.",
        {_m("state:MNG", "org:SCO", "observer")},
    ),
    (
        "state:TJK",
        "China",
        "The two states established diplomatic relations on 4 January 1992 and signed a border agreement in 2002.",
        {("agreement", "agreement", ("state:CHN", "state:TJK"), "2002", None)},
    ),
    ("state:AUT", None, "Austria does not belong to NATO.", set()),
    ("state:BLR", None, "Relations with Poland are strained.", set()),
    pytest.param(
        "state:UZB",
        None,
        "It left the Collective Security Treaty Organization in 2012.",
        {_m("state:UZB", "org:CSTO", "withdrew", "2012"), ("event", "org:CSTO", "withdrawn_by", "state:UZB", "2012")},
        marks=pytest.mark.xfail(
            strict=True, reason="parsed_leaving.withdrew reads no 'it' as the article's state (suspended does)"
        ),
    ),
    (
        "state:TJK",
        None,
        "Tajikistan is also a member of the CSTO and the Eurasian Economic Community.",
        {_m("state:TJK", "org:CSTO"), _m("state:TJK", "org:EURASEC")},
    ),
]


@pytest.mark.parametrize(("subject", "heading", "text", "expected"), TUNE)
def test_tune(subject, heading, text, expected):
    assert facts(text, subject, heading) == expected


@pytest.mark.parametrize(("subject", "heading", "text", "expected"), HOLDOUT)
def test_holdout(subject, heading, text, expected):
    assert facts(text, subject, heading) == expected
