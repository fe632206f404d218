"""A state's dated suspension of its own membership is a withdrawal, given also by notice ('submitted a notification
to the CSTO to suspend its membership', CSTO dev text): a membership with role withdrew and the organisation's
withdrawn_by (parsed_leaving.suspended). A request or a decision to suspend is not yet one; a frozen participation
is a withdrawal without the event."""

from __future__ import annotations

from tests.helpers import candidates, event_keys


def withdrawals(text: str) -> set:
    return {
        (c["state_id"], c["organization_id"], c["date_edtf"])
        for c in candidates(text, "membership", "org:CSTO")
        if c["role"] == "withdrew"
    }


def test_a_notice_of_suspension_is_the_withdrawal():
    text = "On 28 June 2012, Uzbekistan submitted a notification to the CSTO to suspend its membership."
    assert withdrawals(text) == {("state:UZB", "org:CSTO", "2012-06-28")}
    assert event_keys(text, "org:CSTO") == {("org:CSTO", "withdrawn_by", "state:UZB", None, "2012-06-28")}


def test_a_request_or_a_decision_to_suspend_is_none():
    assert withdrawals("In 2012 Uzbekistan submitted a request to the CSTO to suspend its membership.") == set()
    assert withdrawals("In 2012 Uzbekistan decided to suspend its membership in the CSTO.") == set()


def test_a_frozen_participation_has_no_withdrawn_by():
    text = "In February 2024 Armenia had frozen its participation in the CSTO."
    assert withdrawals(text) == {("state:ARM", "org:CSTO", "2024-02")}
    assert event_keys(text, "org:CSTO") == set()
