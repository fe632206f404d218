"""DuckDB views users want, created after the tables are materialised.

`facts`: one row per fact of any type, with the names of its subject and object and its first quote:
the quote that states the fact's date (evidence.stated_date_edtf) comes first, then any quote that
states a date, then the rest by source and offset, so the date a user sees has its words beside it.
`membership_vs_cow`: our membership start years beside COW IGO v3's first year of the same state in
the same organisation (table `cow_igo_memberships`, loaded from raw/reference/ with its citation).
`passage_repeats`: one row per sentence, with the canonical passage it repeats, if any.
"""

from __future__ import annotations

from schemas import fact_types

COW_MEMBERSHIPS_TABLE = """
CREATE TABLE cow_igo_memberships AS
SELECT * FROM read_csv(?, header = true, all_varchar = false)
"""
"""The one statement with a parameter: the path of the COW memberships file."""
COW_MEMBERSHIPS_COMMENT = """
COMMENT ON TABLE cow_igo_memberships IS 'COW IGO v3.0 membership spells (full, associate, observer) by state and organisation. Pevehouse, Nordstrom, McManus and Jamison (2020), Journal of Peace Research 57(3): 492-503. Copied unchanged in raw/reference/cow-igo-v3-memberships.csv.';
"""

FIRST_QUOTE = """(SELECT quote FROM evidence e WHERE e.fact_id = f.fact_id
 ORDER BY e.stated_date_edtf IS NOT DISTINCT FROM f.date_edtf DESC, e.stated_date_edtf IS NULL, e.source_id,
          e.char_start LIMIT 1)"""

FACTS_COMMENTS = """COMMENT ON VIEW facts IS 'One row per fact of any type: subject, object, role/kind/event, date, and its first quote (the one that states the date first).';
COMMENT ON COLUMN facts.subject_id IS 'State, person or organisation the fact is about (entity_id); empty for agreements (see agreement_parties).';
COMMENT ON COLUMN facts.object_id IS 'Organisation, host state or counterpart (entity_id), where the fact type has one.';
COMMENT ON COLUMN facts.what IS 'Role (memberships), kind (agreements, amounts), event type (organisation events) or visit.';
COMMENT ON COLUMN facts.quote IS 'One quote of the fact: the one whose stated_date_edtf is the fact''s date first, then one stating any date, then the first by source and offset. Every quote is in evidence.';
"""


def facts_view() -> str:
    """`facts`: one SELECT per declared fact type (its `View` projection), in publishing order, with the
    names of its subject and object."""
    selects = [
        f"""SELECT f.fact_id, '{t.name}' AS fact_type, {t.view.subject} AS subject_id,
       {t.view.object} AS object_id, {t.view.what} AS what, f.date_edtf, f.date_start, f.date_end, f.n_sources,
       f.has_conflict, f.curation_status, {FIRST_QUOTE} AS quote
FROM {t.table} f"""
        for t in fact_types.all_types()
    ]
    union = "\nUNION ALL\n".join(selects)
    return f"""CREATE VIEW facts AS
SELECT u.fact_id, u.fact_type, u.subject_id, s.name AS subject_name, u.object_id, o.name AS object_name, u.what,
       u.date_edtf, u.date_start, u.date_end, u.n_sources, u.has_conflict, u.curation_status, u.quote
FROM (
{union}
) u LEFT JOIN entities s ON s.entity_id = u.subject_id LEFT JOIN entities o ON o.entity_id = u.object_id;
{FACTS_COMMENTS}"""


MEMBERSHIP_VS_COW_VIEW = """
CREATE VIEW membership_vs_cow AS
SELECT m.fact_id, m.state_id, s.cow_ccode, m.organization_id, o.cow_ioname, m.role, m.date_edtf,
       year(m.date_start) AS our_start_year, c.first_year AS cow_first_year, c.status AS cow_status,
       year(m.date_start) - c.first_year AS difference_years
FROM memberships m
JOIN entities s ON s.entity_id = m.state_id
JOIN entities o ON o.entity_id = m.organization_id
LEFT JOIN (SELECT ccode, ioname, min(first_year) AS first_year, arg_min(status, first_year) AS status
           FROM cow_igo_memberships GROUP BY ccode, ioname) c
       ON c.ccode = s.cow_ccode AND c.ioname = o.cow_ioname
WHERE m.role IN ('member', 'founder') AND o.cow_ioname IS NOT NULL;
COMMENT ON VIEW membership_vs_cow IS 'Our membership start years beside the first year COW IGO v3 codes the same state as a member of the same organisation (COW coverage ends in 2014).';
"""


PASSAGE_REPEATS_VIEW = """
CREATE VIEW passage_repeats AS
SELECT p.passage_id, p.source_id, p.text, d.role = 'repeat' AS is_repeat,
       CASE WHEN d.role = 'repeat' THEN substr(d.group_id, 5) END AS repeats_passage_id, d.similarity, d.kind
FROM passages p LEFT JOIN duplicate_groups d USING (passage_id)
WHERE p.kind = 'sentence';
COMMENT ON VIEW passage_repeats IS 'One row per sentence: whether it repeats an earlier statement, and which (the canonical passage of its duplicate group).';
"""


def statements(cow_memberships_csv: str) -> list[tuple[str, list]]:
    """(SQL, parameters) to run after the tables exist, in order."""
    out = [(COW_MEMBERSHIPS_TABLE.strip(), [cow_memberships_csv])]
    for view in (COW_MEMBERSHIPS_COMMENT, facts_view(), MEMBERSHIP_VS_COW_VIEW, PASSAGE_REPEATS_VIEW):
        out += [(stmt, []) for stmt in view.strip().split(";\n") if stmt.strip()]
    return out
