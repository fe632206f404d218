"""The entities table's rows for the provisional organisations (`provisional.organizations`) and persons
(`provisional_persons.persons`): bodies and officials the dictionaries lack, kept with `in_dictionary = false` so
their facts are kept and curators can list them."""

from __future__ import annotations

import pandas as pd

from pipeline.entities import lenders, name_extent, provisional_persons
from pipeline.inputs.dictionaries import ENTITY_COLUMNS


def entity_rows(
    names: dict[str, str], entities: pd.DataFrame, states: dict[str, str | None] | None = None
) -> pd.DataFrame:
    """The entities table with a row for every provisional organisation or person not already in it; a sub-body
    named in full through a dictionary parent ('Executive Board of the IMF') keeps that parent as its `parent_id`, so
    a rule that reads a lender's board as the lender (`parsed_agreements._signer_ids`) can climb to it; a person
    keeps the state his office names (`states`); an organisation is a lender by its name (`lenders.named_lender`)."""
    known = set(entities["entity_id"])
    new = [eid for eid in sorted(names) if eid not in known]
    if not new:
        return entities
    orgs = entities[entities["entity_type"] == "organization"]
    known_names = {
        **dict(zip(orgs["acronym"].dropna(), orgs.dropna(subset=["acronym"])["entity_id"])),
        **dict(zip(orgs["name"], orgs["entity_id"])),
    }
    rows = pd.DataFrame(
        [
            {
                **dict.fromkeys(ENTITY_COLUMNS),
                "entity_id": eid,
                "entity_type": "person" if eid.startswith(provisional_persons.PREFIX) else "organization",
                "name": names[eid],
                "parent_id": None
                if eid.startswith(provisional_persons.PREFIX)
                else known_names.get(name_extent.parent_name(names[eid]) or ""),
                "state_id": (states or {}).get(eid),
                "in_dictionary": False,
                "is_lender": not eid.startswith(provisional_persons.PREFIX) and lenders.named_lender(names[eid]),
                "source_note": "provisional: found in the texts by the named-entity recogniser; not curated",
            }
            for eid in new
        ]
    )
    out = pd.concat([entities, rows.astype(entities.dtypes.to_dict())], ignore_index=True)
    return out.sort_values("entity_id", ignore_index=True)
