"""A table's share column (比重, 构成, 占比) whose parts do not add up to 100%."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations.arithmetic import fmt, half_unit
from checker.tables import tables_of
from checker.tables.parts import column_figures, is_blank, part_groups


class A221(Rule):
    """What it finds: a share column of a table (header 比重, 构成, 占比 …) whose total row is
    100 (or empty) and whose parts do not add up to 100.

    Why it matters: the shares of the parts of a whole make up all of it; a share that was
    mistyped, or not recomputed after a figure changed, breaks the sum.

    The parts are read as for A220 (rows under 其中 below a part are not added; the first rows
    that make up the whole suffice).

    Tolerance: each share may have been rounded by half a unit of its last digit, so n shares may
    miss 100 by n half units (33.3 + 33.3 + 33.3 is right).
    """

    code = "A221"
    name = "table-share-sum"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("表格比重之和不为100%", "a table's shares do not add up to 100%")
    messages = {
        "default": Message("{column}各分项之和为{sum}，不是100", "the parts of {column} add up to {sum}, not 100"),
    }
    help = Message("核对各分项的比重", "check each part's share")
    flagged = (
        "指标 | 人数(人) | 比重(%) |\n合计 | 5000 | 100.0 |\n城镇 | 3100 | 62.0 |\n乡村 | 1900 | 40.0 |",
        "产业\t增加值（亿元）\t构成（%）\n全市\t120.5\t100\n第一产业\t10.2\t8.5\n第二产业\t52.1\t43.2\n第三产业\t58.2\t50.3",
    )
    clean = (
        "指标 | 人数(人) | 比重(%) |\n合计 | 5000 | 100.0 |\n城镇 | 3100 | 62.0 |\n乡村 | 1900 | 38.0 |",
        "产业\t增加值（亿元）\t构成（%）\n全市\t120.5\t100\n第一产业\t10.2\t8.5\n第二产业\t52.1\t43.2\n第三产业\t58.2\t48.3",
        "指标 | 人数 | 比重(%) |\n合计 | 300 | 100 |\n甲 | 100 | 33.3 |\n乙 | 100 | 33.3 |\n丙 | 100 | 33.3 |",
        "指标 | 增加值 | 占全省比重(%) |\n全市 | 1200 | 12.5 |\n城区 | 700 | 7.3 |\n郊区 | 500 | 5.2 |",
    )

    def check(self, doc):
        for table in tables_of(doc, self.data.tables):
            for group in part_groups(table):
                for column, kind in enumerate(table.kinds):
                    if kind == "share":
                        yield from self._check_column(table, column, group)

    def _check_column(self, table, column, group):
        total_cell = table.cell(group.total, column)
        total = table.number_at(group.total, column)
        if not is_blank(total_cell) and (total is None or total.value != 100):
            return
        readings = group.readings
        figures = [column_figures(table, rows, column) for rows in readings]
        if len(figures[0]) < 2:
            return

        def fits(parts):
            """Some first parts, two or more, make 100 within their rounding."""
            shown = slack = 0.0
            for k, part in enumerate(parts, start=1):
                shown, slack = shown + part.value, slack + half_unit(part)
                if k >= 2 and abs(shown - 100) <= slack + 1e-9:
                    return True
            return False

        if any(fits(parts) for parts in figures) or group.partial:
            return
        parts = figures[0]
        shown = fmt(round(sum(p.value for p in parts), 2))
        anchor = total if total is not None else parts[0]
        column_name = table.header(column)
        yield self.finding(anchor.start, anchor.end, labels=tuple(Label(p.start, p.end, "分项", "part") for p in parts),
                           calc=f"{' + '.join(p.text for p in parts)} = {shown} ≠ 100",
                           column=column_name, sum=shown)
