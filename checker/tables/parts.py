"""Which rows of a table are the parts of its total row, and which cells are the figures of a
column: what the table rules add up and divide."""

from __future__ import annotations

import re

from checker.claims.model import Claim
from checker.tables.model import Table

UNIT_HEADER = re.compile(r"(计算|计量)?单位")


def unit_column(table: Table) -> int | None:
    """The column that names each row's unit (单位: 亿元, 人次), if the table has one."""
    for c in range(1, table.width):
        header = "".join(table.rows[r][c].text for r in range(table.header_rows) if c < len(table.rows[r]))
        if UNIT_HEADER.fullmatch(re.sub(r"\s+", "", header)):
            return c
    return None


def part_groups(table: Table) -> list[list[list[int]]]:
    """The groups of parts that must each make up the total, each as its readings (see
    ``part_readings``): one group, or one a section when sections (分产业, 分行业) break the
    total down twice."""
    if table.total_row is None:
        return []
    if not table.sections:
        return [part_readings(table, table.parts_from, len(table.rows))]
    bounds = [*table.sections, len(table.rows)]
    return [part_readings(table, start + 1, end) for start, end in zip(bounds, bounds[1:])]


def part_readings(table: Table, start: int, end: int) -> list[list[int]]:
    """The readings of the total's parts in rows ``start``–``end``, as row indices in order: the
    rows that are not 其中 rows under a part, in the total's unit when rows have units of their
    own. A row right after a 其中 row may be one more sub-row or the next part, so it is read
    both ways."""
    units = unit_column(table)
    unit_of = (lambda r: table.cell(r, units).text if table.cell(r, units) else None) if units else (lambda r: None)
    rows = [r for r in range(start, end)
            if r not in table.sub_rows and unit_of(r) == unit_of(table.total_row)]
    doubtful = {r for r in rows if r - 1 in table.sub_rows}
    readings = [rows]
    if doubtful:
        readings.append([r for r in rows if r not in doubtful])
    return readings


def column_figures(table: Table, rows: list[int], column: int) -> list[Claim]:
    """The figures of ``column`` in ``rows``, skipping empty cells."""
    return [c for c in (table.number_at(r, column) for r in rows) if c is not None]


def opens_with_qizhong(table: Table) -> bool:
    """Whether the parts start with 其中: they may be only some of the total."""
    label = re.sub(r"\s+", "", table.label(table.parts_from)) if table.parts_from < len(table.rows) else ""
    return label.startswith(table.sub_words)


def level_column_for(table: Table, column: int) -> int | None:
    """The level column a share column divides: the nearest one to its left with a total."""
    for c in range(column - 1, 0, -1):
        if table.kinds[c] == "level" and table.number_at(table.total_row, c) is not None:
            return c
    return None
