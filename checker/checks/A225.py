"""A table's rate that its row's numerator and denominator columns do not give."""

from __future__ import annotations

from itertools import permutations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations.arithmetic import fmt, rounding_allows
from checker.tables import tables_of
from checker.tables.parts import level_columns
from checker.tables.tolerance import cell_rounding


class A225(Rule):
    """What it finds: a cell of a rate column (完成率, 参保率, 相当于…的百分比) that differs from its
    row's figure in one column divided by its figure in another (4210 ÷ 4530 = 92.9%, not 97.8%).

    Why it matters: a rate is computed from the two figures beside it; when it disagrees, the
    rate or one of the figures was mistyped, or the rate was not recomputed after a figure changed.

    Which two columns a rate divides is read from the rows: the pair of level columns whose
    quotient gives the stated rate in at least two rows and in at least two thirds of the rows
    with all three figures. A column that no pair gives (a rate of something the table does not
    show) stays quiet.

    Tolerance: half a unit of the rate's last digit, plus the rounding of the two figures.

    A ratio column (生师比, 学生与专任教师比: `column-kinds.ratio`) is read the same way, as a
    quotient not in % (the ``ratio`` variant).

    A row of a table flattened one cell a line that lost a cell (普通高中 | 56 | 1853 | 89750 | 6996 |
    12.81 under seven columns: its 教职工数 counted with 初中's) is read with the cell left empty
    where the last row's totals of the columns say it is missing.

    Options: the header words that make a column a rate are `column-kinds.rate` in the tables
    configuration (rules/tables.toml); a column in % without such a word is read too.
    """

    code = "A225"
    name = "table-rate"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("表格比率与分子÷分母不符", "a table's rate differs from its numerator ÷ denominator")
    messages = {
        "default": Message("{column}{rate}与{numerator} ÷ {denominator} = {computed}%不符",
                           "{column} {rate} differs from {numerator} ÷ {denominator} = {computed}%"),
        "ratio": Message("{column}{rate}与{numerator} ÷ {denominator} = {computed}不符",
                         "{column} {rate} differs from {numerator} ÷ {denominator} = {computed}"),
    }
    help = Message("核对该行的比率或其分子、分母", "check the row's rate, numerator and denominator")
    flagged = (
        "表3 各镇参保情况\n镇 | 应参保人数(人) | 参保人数(人) | 参保率(%) |\n东镇 | 4530 | 4210 | 97.8 |\n"
        "西镇 | 3800 | 3610 | 95.0 |\n南镇 | 2500 | 2450 | 98.0 |",
        "项目\t年度目标(亿元)\t完成(亿元)\t完成率(%)\n工业投资\t120\t96.5\t80.4\n技改投资\t45\t40.2\t89.3\n"
        "基础设施\t80\t71.3\t98.1",
    )
    clean = (
        "表3 各镇参保情况\n镇 | 应参保人数(人) | 参保人数(人) | 参保率(%) |\n东镇 | 4530 | 4210 | 92.9 |\n"
        "西镇 | 3800 | 3610 | 95.0 |\n南镇 | 2500 | 2450 | 98.0 |",
        "项目\t年度目标(亿元)\t完成(亿元)\t完成率(%)\n工业投资\t120\t96.5\t80.4\n技改投资\t45\t40.2\t89.3\n"
        "基础设施\t80\t71.3\t89.1",
        "指标 | 人数(人) | 城镇化率(%) |\n甲县 | 5000 | 61.2 |\n乙县 | 3000 | 48.0 |",
    )

    def check(self, doc):
        for table in tables_of(doc, self.data.tables):
            levels = level_columns(table)
            for column, kind in enumerate(table.kinds):
                if kind in ("rate", "percent", "ratio"):
                    yield from self._check_column(table, column, levels, 1 if kind == "ratio" else 100)

    def _check_column(self, table, column, levels, scale):
        best = None
        for numerator, denominator in permutations(levels, 2):
            verdicts = []
            for row in range(table.header_rows, len(table.rows)):
                n, d, r = (table.number_at(row, c) for c in (numerator, denominator, column))
                if n is not None and d is not None and r is not None and d.value:
                    verdicts.append((n, d, r, self._holds(n, d, r, scale)))
            agreeing = sum(ok for *_, ok in verdicts)
            if agreeing >= 2 and agreeing * 3 >= 2 * len(verdicts) and (best is None or agreeing > best[0]):
                best = (agreeing, verdicts)
        if best is None:
            return
        name = table.header(column)
        for n, d, r, ok in best[1]:
            if not ok:
                computed = fmt(round(n.value / d.value * scale, 2))
                sign = "%" if scale == 100 else ""
                yield self.finding(r.start, r.end, "default" if scale == 100 else "ratio",
                                   calc=f"{n.text} ÷ {d.text} = {computed}{sign} ≠ {r.text}",
                                   labels=(Label(n.start, n.end, "分子", "numerator"), Label(d.start, d.end, "分母", "denominator")),
                                   column=name, rate=r.text, numerator=n.text, denominator=d.text, computed=computed)

    @staticmethod
    def _holds(n, d, r, scale) -> bool:
        slack = (cell_rounding(n) + n.value * cell_rounding(d) / d.value) / d.value * scale
        return rounding_allows(r, n.value / d.value * scale, slack)
