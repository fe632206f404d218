"""Which organisations lend: one notion for every rule that reads a lender (`rules.agreement_parties`,
`rules.parsed_agreements`, `rules.amount_lenders`).

Why data: a dictionary organisation is a lender when its row in raw/dictionaries/organizations.csv says so
(`is_lender`, with the reason and source in its `source_note`): the IMF, the World Bank group's lenders, the
multilateral development and investment banks and lending funds. A regular expression over names could not tell the
Eurasian Development Bank from a commercial bank, nor a lending fund from an anti-crisis or national fund.
A provisional organisation (found in a text, not in the dictionary) has no row to say so; its name decides, by the
word rule below (`named_lender`), applied where its entities row is made (`provisional_rows.entity_rows`), so that
every rule reads the same `is_lender` column.
"""

from __future__ import annotations

import re

import pandas as pd

LENDING_NAMES = {
    "Bank": re.compile(r"\b(?:Development|Investment|Reconstruction|Export-Import)\b"),
    "Fund": re.compile(r"\b(?:Development|Monetary|Stabili[sz]ation)\b"),
}
"""A bank's or fund's word with a lender's purpose in the same name names a lender as the genre's lenders are named
('the Black Sea Trade and Development Bank', 'the Export-Import Bank of Korea', 'the Eurasian Fund for Stabilization
and Development', 'a Regional International Monetary Fund'); a bank or fund named otherwise is none ('the Bank of
Georgia', a commercial bank; 'the Anti-Crisis Fund', 'the National Fund', a state's reserves; 'the Turkic Joint
Investment Fund', which invests in firms and lends to no state). Capitalised words only: a name's words."""


def named_lender(name: str) -> bool:
    """Whether a provisional organisation's name names a lender (see LENDING_NAMES)."""
    return any(re.search(rf"\b{word}\b", name) and purpose.search(name) for word, purpose in LENDING_NAMES.items())


def lenders(entities: pd.DataFrame) -> dict[str, str]:
    """entity_id -> name of every lender of the entities table (`is_lender`): the rules read a lender's kind ('the
    Fund', 'the Bank') from its name."""
    rows = entities[entities["is_lender"].astype(bool)]
    return dict(zip(rows["entity_id"], rows["name"]))
