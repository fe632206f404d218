"""The one rule for overlapping matches, shared by the date, amount and entity finders.

Why: each finder tries several patterns and keeps, among overlapping matches, the longest ('1
million hectares' over '1 million'; 'Export-Import Bank of China' over 'China'). Deciding that in one
place keeps the three finders agreeing on what a mention is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def longest_first(
    items: Iterable[T], span: Callable[[T], tuple[int, int]], tiebreak: Callable[[T], int] = lambda item: 0
) -> list[T]:
    """The items whose spans overlap no longer one: longest first; among equally long ones, the lower
    `tiebreak` (a pattern's priority), then the earlier. Returned in that order of choice."""
    chosen: list[T] = []
    taken: list[tuple[int, int]] = []
    for item in sorted(items, key=lambda i: (span(i)[0] - span(i)[1], tiebreak(i), span(i)[0])):
        start, end = span(item)
        if all(end <= s or e <= start for s, e in taken):
            chosen.append(item)
            taken.append((start, end))
    return chosen
