"""A group of an organisation's members as signers ('the member countries of the OTS signed') becomes the member
states the same source states, up to the fact's date (pipeline/rules/group_references.py)."""

from pipeline.rules.group_references import GROUP_RESOLUTION, members_at
from tests.helpers import candidates

OTS = (
    "The Organization of Turkic States is an intergovernmental organization comprising Azerbaijan, Kazakhstan, "
    "Kyrgyzstan, Turkey, and Uzbekistan. "
)
CSTO = (
    "The Collective Security Treaty Organization is a military alliance consisting of six post-Soviet states: "
    "Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. "
)
ECO = "The Economic Cooperation Organization was founded in 1985 by Iran, Pakistan and Turkey. "


def parties(text: str, subject: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(c["parties"]), c["rule_id"]) for c in candidates(text, "agreement", subject)]


def test_member_countries_of_the_organisation_sign():
    found = parties(
        OTS + "On 11 November 2022, in the city of Samarkand, the member countries of the Organization of Turkic "
        "States signed an agreement on a simplified customs corridor.",
        "org:CCTC",
    )
    assert found == [
        (("state:AZE", "state:KAZ", "state:KGZ", "state:TUR", "state:UZB"), "agreement.signed" + GROUP_RESOLUTION)
    ]


def test_heads_of_states_at_the_organisations_summit_sign():
    found = parties(
        OTS + "In the conclusion of the Summit, the Heads of States signed the Baku Declaration.", "org:CCTC"
    )
    assert ("state:AZE", "state:KAZ", "state:KGZ", "state:TUR", "state:UZB") in [p for p, _ in found]


def test_a_counted_group_must_match_the_count():
    six = parties(CSTO + "In 2010 the six member states signed an agreement on joint air defence.", "org:CSTO")
    members = ("state:ARM", "state:BLR", "state:KAZ", "state:KGZ", "state:RUS", "state:TJK")
    assert (members, "agreement.signed" + GROUP_RESOLUTION) in six
    five = parties(CSTO + "In 2010 the five member states signed an agreement on joint air defence.", "org:CSTO")
    assert ("org:CSTO",) in [p for p, _ in five] and members not in [p for p, _ in five]


def test_members_admitted_after_the_fact_are_not_its_parties():
    found = parties(
        ECO + "In 1992 it admitted Afghanistan and Kazakhstan. In 1990 the ECO states signed an agreement on trade.",
        "org:ECO",
    )
    assert found == [(("state:IRN", "state:PAK", "state:TUR"), "agreement.signed" + GROUP_RESOLUTION)]


def test_members_who_act_otherwise_stay_the_organisation():
    """Near misses: the members request rather than sign; a departure with no date makes the members uncertain."""
    requested = parties(
        CSTO + "The concluding declaration of 2010 was adopted at the summit, and CSTO members jointly requested "
        "a timetable.",
        "org:CSTO",
    )
    assert requested == [(("org:CSTO",), "agreement.outcome_document")]
    uncertain = parties(
        CSTO + "Former members of the CSTO military alliance were Azerbaijan, Georgia and Uzbekistan. In 2010 the "
        "member states signed an agreement on joint air defence.",
        "org:CSTO",
    )
    assert uncertain == [(("org:CSTO",), "agreement.signed")]


def test_members_at_a_date():
    statements = [
        ("org:X", "state:AAA", "founder", "1992-01-01"),
        ("org:X", "state:BBB", "member", None),
        ("org:X", "state:CCC", "member", "2006-01-01"),
        ("org:X", "state:CCC", "withdrew", "2012-06-28"),
        ("org:Y", "state:DDD", "member", None),
    ]
    assert members_at(statements, "org:X", "2000-12-31") == ["state:AAA", "state:BBB"]
    assert members_at(statements, "org:X", "2010-12-31") == ["state:AAA", "state:BBB", "state:CCC"]
    assert members_at(statements, "org:X", "2013-12-31") == ["state:AAA", "state:BBB"]
    back = [*statements, ("org:X", "state:CCC", "member", "2014-01-01")]
    assert members_at(back, "org:X", None) == ["state:AAA", "state:BBB", "state:CCC"]
    former = [*statements, ("org:X", "state:EEE", "withdrew", None)]
    assert members_at(former, "org:X", "2010-12-31") is None
    assert members_at(former, "org:X", None) == ["state:AAA", "state:BBB"]


def test_the_counted_states_just_listed():
    """'The three countries' are the states the previous sentence lists only where it lists three."""
    listed = "Leaders of Kazakhstan, Russia and Belarus met in Minsk in 1995. "
    trio = ("state:BLR", "state:KAZ", "state:RUS")
    three = parties(listed + "The three countries signed a treaty on a customs union.", None)
    assert trio in {p for p, _ in three}  # read by the signing rules (`agreement_context.counted_sides`) or the parse
    described = "Leaders of the post-Soviet states Kazakhstan, Russia and Belarus met in Minsk in 1995. "
    assert trio in {
        p for p, _ in parties(described + "The three countries signed a treaty on a customs union.", None)
    }  # 'post-Soviet' describes them: no state listed
    two = parties("Leaders of Kazakhstan and Russia met in Minsk in 1995. The three countries signed a treaty.", None)
    assert not any(rule == "agreement.parse_signed" or len(p) == 3 for p, rule in two)


def memberships(text: str, subject: str | None) -> set[tuple]:
    return {
        (c["state_id"], c["organization_id"], c["role"], c["date_edtf"], c["rule_id"])
        for c in candidates(text, "membership", subject)
        if c["organization_id"] == "org:OIC"
    }


ADMITTED = ECO + "In 1992 it admitted Afghanistan, Azerbaijan and Kazakhstan. "
OIC_SENTENCE = "All the ECO states are also member-states of the Organisation of Islamic Cooperation."


def test_an_organisations_states_as_members_of_another():
    """'All the ECO states are also member-states of the OIC': one membership per ECO member the text states."""
    found = memberships(ADMITTED + OIC_SENTENCE, "org:ECO")
    rule = "membership.parse_member_of" + GROUP_RESOLUTION
    members = ("state:AFG", "state:AZE", "state:IRN", "state:KAZ", "state:PAK", "state:TUR")
    assert found == {(state, "org:OIC", "member", None, rule) for state in members}
    quotes = {c["quote"] for c in candidates(ADMITTED + OIC_SENTENCE, "membership", "org:ECO") if c["rule_id"] == rule}
    assert quotes == {"All the ECO states are also member-states of the Organisation"}  # the group's words, quoted


def test_a_dated_group_membership_counts_the_members_of_then():
    found = memberships(
        ADMITTED + "In 1990 the ECO states became members of the Organisation of Islamic Cooperation.", None
    )
    assert {state for state, *_ in found} == {"state:IRN", "state:PAK", "state:TUR"}


def test_a_group_that_names_no_organisation_is_no_member():
    """Near misses: 'some states', 'the member states' with no organisation named, stay without a fact."""
    assert memberships(ADMITTED + "Some states are members of the Organisation of Islamic Cooperation.", None) == set()
    assert (
        memberships(ADMITTED + "Its member states are members of the Organisation of Islamic Cooperation.", None)
        == set()
    )


def test_the_n_countries_are_the_states_just_listed_unless_fewer_were_named():
    """Written for this test: 'the three countries' is the three states the sentence before lists; after two it
    is some other group, and gives nothing."""

    def members(text):
        return sorted(c["state_id"] for c in candidates(text, "membership", None))

    listed = "Kazakhstan, Kyrgyzstan and Tajikistan signed a border treaty in 2001. In 2002 the three countries joined the WTO."
    assert members(listed) == ["state:KAZ", "state:KGZ", "state:TJK"]
    fewer = "Kazakhstan and Kyrgyzstan signed a border treaty in 2001. In 2002 the three countries joined the WTO."
    assert members(fewer) == []
