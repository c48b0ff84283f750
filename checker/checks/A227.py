"""A table's total column (合计, 总计) whose figure in a row is not the sum of that row's other columns."""

from __future__ import annotations

import re

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations.arithmetic import fmt
from checker.tables import tables_of
from checker.tables.parts import label, level_columns
from checker.tables.tolerance import cell_rounding, fits

# Rows that must bear out a column as the others' total before any row is called wrong.
_CONFIRMING_ROWS = 2
# Rows that hold exactly, every one of them, that make the table one of counts (no rounding).
_EXACT_ROWS = 3


class A227(Rule):
    """What it finds: a row of a table whose figure in the total column (a column headed 合计 or
    总计, first or last of the figure columns) differs from the sum of the row's other figures —
    the table of applications of a 政府信息公开 annual report (自然人, 商业企业 … 总计), a table of
    people by town with a 合计 column.

    Why it matters: a row total is computed once and copied; a part corrected later, or a
    mistyped total, leaves a row that does not add up, and the reader cannot tell which figure
    is right.

    A column is read as the total only when the table's header names a total and the column adds
    up the others in two rows at least (rows of zeros prove nothing), and in more rows than it
    fails: a column of another quantity is left alone. Columns of shares, changes, rates and
    averages are not added.

    Tolerance: each figure may be rounded by half a unit of its last digit — unless the figures
    are whole numbers in no unit or a unit of things (件, 人) and three rows or more hold
    exactly: then the table counts, and a row one off is wrong.

    Options: the header words of a total are ``total-ends`` of the tables configuration
    (rules/tables.toml).
    """

    code = "A227"
    name = "table-row-total"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("表格合计列与同行各列之和不符", "a table's total column is not the sum of its row")
    messages = {
        "default": Message("“{label}”一行的合计{total}与同行各列之和{sum}不符",
                           "the total {total} of the row “{label}” differs from the sum of its other columns, {sum}"),
    }
    help = Message("核对这一行的合计和各列", "check the row's total and each of its figures")
    flagged = (
        "申请人 | 自然人 | 企业 | 其他 | 总计 |\n新收申请 | 58 | 7 | 1 | 68 |\n上年结转 | 2 | 1 | 0 | 3 |\n"
        "予以公开 | 21 | 4 | 1 | 26 |\n部分公开 | 16 | 1 | 0 | 17 |",
        "镇名 | 合计 | 男 | 女 |\n城关镇 | 5120 | 2610 | 2510 |\n河口镇 | 3370 | 1710 | 1660 |\n"
        "新田镇 | 2980 | 1490 | 1390 |\n石桥镇 | 2450 | 1250 | 1200 |",
    )
    clean = (
        "申请人 | 自然人 | 企业 | 其他 | 总计 |\n新收申请 | 58 | 7 | 1 | 66 |\n上年结转 | 2 | 1 | 0 | 3 |\n"
        "予以公开 | 21 | 4 | 1 | 26 |\n部分公开 | 16 | 1 | 0 | 17 |",
        "镇名 | 人口 | 男 | 女 |\n城关镇 | 5120 | 2610 | 2510 |\n河口镇 | 3300 | 1710 | 1660 |\n"
        "新田镇 | 2980 | 1490 | 1390 |",
        "项目 | 合计(亿元) | 一季度 | 二季度 |\n收入 | 12.5 | 6.3 | 6.3 |\n支出 | 9.9 | 5.0 | 4.8 |\n"
        "结余 | 2.6 | 1.3 | 1.3 |",
    )

    def check(self, doc):
        for table in tables_of(doc, self.data.tables):
            columns = level_columns(table)
            if len(columns) >= 3 and self._headed_by_total(table):
                yield from self._check_table(table, columns)

    def _headed_by_total(self, table) -> bool:
        words = self.data.tables.total_ends
        return any(any(word in re.sub(r"\s+", "", cell.text) for word in words)
                   for row in table.rows[:table.header_rows] for cell in row)

    def _check_table(self, table, columns):
        for total_column in (columns[-1], columns[0]):
            rows = list(_rows(table, total_column, [c for c in columns if c != total_column]))
            holding = [(total, parts) for _, total, parts in rows if total.value and fits(total, parts)]
            if len(holding) < _CONFIRMING_ROWS:
                continue
            exact = [total for total, parts in holding if _sum(parts) == total.value]
            counts = len(exact) >= _EXACT_ROWS and all(_counted(c) for _, total, parts in rows for c in (total, *parts))
            failing = [(row, total, parts) for row, total, parts in rows
                       if (_sum(parts) != total.value if counts else not fits(total, parts))]
            if len(failing) >= len(holding):
                continue  # no total column: it fails as often as it holds
            for row, total, parts in failing:
                shown = fmt(round(_sum(parts), 6))
                yield self.finding(total.start, total.end,
                                   labels=tuple(Label(p.start, p.end, "同行各列", "part") for p in parts),
                                   calc=f"{' + '.join(p.text for p in parts)} = {shown} ≠ {total.text}",
                                   label=label(table, row), total=total.text, sum=shown)
            return


def _rows(table, total_column: int, part_columns: list[int]):
    """(row, total, parts) of each figure row with a figure in every one of the columns."""
    for row in range(table.header_rows, len(table.rows)):
        total = table.number_at(row, total_column)
        parts = [table.number_at(row, c) for c in part_columns]
        if total is not None and None not in parts:
            yield row, total, parts


def _counted(figure) -> bool:
    """A whole number of things: in a count unit, or in none."""
    return not figure.decimals and (figure.unit is None or cell_rounding(figure) == 0)


def _sum(parts) -> float:
    return sum(p.value for p in parts)
