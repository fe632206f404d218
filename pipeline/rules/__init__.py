"""Fact extraction rules: one module per fact type, each rule a small named function with an id.

A rule takes a `Sentence` (its text, the entities, dates and amounts found in it, and what its
paragraph has established: the year, the person and the partner state being talked about) and
returns `Candidate` facts, each with the span of words that supports it. `ALL_RULES` is the
registry the extract stage runs on every sentence of every source.
"""

from pipeline.rules import (
    agreement_ceasefires,
    agreement_shapes,
    agreements,
    amounts,
    event_backrefs,
    instrument_acts,
    meeting_nouns,
    memberships,
    memberships_founding,
    named_instruments,
    organization_events,
    organization_meetings,
    organization_member_events,
    parsed_admission,
    parsed_agreements,
    parsed_appointments,
    parsed_chairs,
    parsed_event_nouns,
    parsed_events,
    parsed_hosting,
    parsed_in_force,
    parsed_joining,
    parsed_leaving,
    parsed_meetings,
    parsed_member_clauses,
    parsed_member_phrases,
    parsed_members,
    parsed_membership_nouns,
    parsed_membership_outcomes,
    parsed_mergers,
    parsed_participation,
    parsed_planned_bodies,
    parsed_renaming,
    parsed_summits,
    parsed_suspensions,
    parsed_treaties,
    parsed_visits,
    sections,
    treaty_acts,
    treaty_brackets,
    treaty_nouns,
    treaty_status,
    visit_attendance,
    visit_between,
    visit_exchanges,
    visit_gatherings,
    visit_hosts,
    visit_leaders,
    visit_meetings,
    visit_organizations,
    visit_presence,
    visit_returns,
    visits,
)

ALL_RULES = (
    memberships.RULES
    + memberships_founding.RULES
    + visits.RULES
    + visit_attendance.RULES
    + agreements.RULES
    + agreement_shapes.RULES
    + agreement_ceasefires.RULES
    + organization_events.RULES
    + organization_meetings.RULES
    + organization_member_events.RULES
    + event_backrefs.RULES
    + amounts.RULES
    + parsed_visits.RULES
    + visit_meetings.RULES
    + visit_gatherings.RULES
    + visit_between.RULES
    + visit_leaders.RULES
    + visit_hosts.RULES
    + visit_presence.RULES
    + visit_returns.RULES
    + visit_exchanges.RULES
    + visit_organizations.RULES
    + parsed_joining.RULES
    + parsed_leaving.RULES
    + parsed_admission.RULES
    + parsed_mergers.RULES
    + parsed_chairs.RULES
    + parsed_hosting.RULES
    + parsed_members.RULES
    + parsed_member_phrases.RULES
    + parsed_member_clauses.RULES
    + parsed_participation.RULES
    + parsed_membership_nouns.RULES
    + parsed_membership_outcomes.RULES
    + parsed_events.RULES
    + parsed_summits.RULES
    + parsed_planned_bodies.RULES
    + parsed_event_nouns.RULES
    + parsed_meetings.RULES
    + meeting_nouns.RULES
    + parsed_in_force.RULES
    + parsed_renaming.RULES
    + parsed_appointments.RULES
    + parsed_suspensions.RULES
    + parsed_agreements.RULES
    + parsed_treaties.RULES
    + treaty_nouns.RULES
    + treaty_brackets.RULES
    + treaty_status.RULES
    + instrument_acts.RULES
    + treaty_acts.RULES
    + named_instruments.RULES
    + sections.RULES
)
