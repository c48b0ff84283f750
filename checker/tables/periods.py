"""The level columns of this period and of the one before, and the change column between them:
"2014年 | 2015年 | 2015年比2014增长%", "本年 | 上年 | 增长(%)"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.tables.model import Table
from checker.tables.words import TableWords

_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class PeriodColumns:
    """0-based columns: the level before, the level now, and the stated change (``points``:
    in percentage points, else in %)."""

    previous: int
    current: int
    change: int
    points: bool


def period_columns(table: Table, words: TableWords) -> PeriodColumns | None:
    """The table's previous and current level columns and its one change column, if it has
    exactly one of each: two level columns headed by two years, or by 上年 and 本年 words."""
    levels = [c for c in range(1, table.width) if table.kinds[c] in ("level", "average")]
    headers = {c: re.sub(r"\s+", "", table.header(c)) for c in levels}
    previous = [c for c in levels if any(w in headers[c] for w in words.previous)]
    current = [c for c in levels if c not in previous and any(w in headers[c] for w in words.current)]
    if not (len(previous) == len(current) == 1):
        years = {c: _YEAR.findall(headers[c]) for c in levels}
        dated = sorted((int(y[0]), c) for c, y in years.items() if len(y) == 1)
        if len(dated) != 2 or dated[0][0] == dated[1][0]:
            return None
        previous, current = [dated[0][1]], [dated[1][1]]
    changes = [c for c in range(1, table.width) if table.kinds[c] in ("change", "points")]
    if len(changes) != 1:
        return None
    return PeriodColumns(previous[0], current[0], changes[0], table.kinds[changes[0]] == "points")
