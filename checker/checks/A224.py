"""A table's growth rate that its row's figures of this year and the year before do not give."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations.arithmetic import fmt, percent, rounding_allows
from checker.tables import tables_of
from checker.tables.parts import unit_column
from checker.tables.tolerance import cell_rounding as rounding
from checker.tables.periods import period_columns


class A224(Rule):
    """What it finds: a cell of a table's change column (增长%, 比上年增减) that differs from
    the change between its row's figure of the year before and of this year, in the table's
    columns headed by two years (2022年, 2023年) or by 上年 and 本年.

    Why it matters: the growth rate is computed from the two figures beside it; when it
    disagrees, the rate or one of the figures was mistyped.

    A column is read as the change between the two only when at least two rows agree and no
    fewer than half: growth at comparable prices (GDP) is not the change of figures at current
    prices, and stays quiet. A row in % or naming a rate (出租率) has a change in points, not
    in %, and is skipped when the column is in %.

    Tolerance: half a unit of the rate's last digit, plus the rounding of the two figures.
    """

    code = "A224"
    name = "table-change"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("表格增速与两期数值不符", "a table's growth rate differs from its two figures")
    messages = {
        "default": Message("增速{stated}与{previous}→{current}的{computed}不符",
                           "the change {stated} differs from {previous} → {current}, {computed}"),
    }
    help = Message("核对该行的增速或两期数值", "check the row's change or its two figures")
    flagged = (
        "项目 | 单位 | 2022年 | 2023年 | 增长(%) |\n旅游收入 | 亿元 | 210.23 | 227.44 | 8.5 |\n"
        "接待人数 | 万人次 | 902.15 | 986.87 | 9.4 |\n外汇收入 | 万美元 | 4841.3 | 2984.3 | -38.4 |",
        "指标\t上年\t本年\t比上年增减(%)\n粮食\t12.60\t12.93\t2.6\n油料\t3.10\t3.42\t10.3\n蔬菜\t40.2\t41.0\t3.0",
    )
    clean = (
        "项目 | 单位 | 2022年 | 2023年 | 增长(%) |\n旅游收入 | 亿元 | 210.23 | 227.44 | 8.2 |\n"
        "接待人数 | 万人次 | 902.15 | 986.87 | 9.4 |\n外汇收入 | 万美元 | 4841.3 | 2984.3 | -38.4 |",
        "指标\t上年\t本年\t比上年增减(%)\n粮食\t12.60\t12.93\t2.6\n油料\t3.10\t3.42\t10.3\n蔬菜\t40.2\t41.0\t2.0",
        "指标 | 2022年 | 2023年 | 增长(%) |\n生产总值 | 100.0 | 108.0 | 5.2 |\n第一产业 | 20.0 | 21.0 | 3.1 |\n第二产业 | 80.0 | 87.0 | 5.8 |",
        "项目 | 单位 | 上年 | 本年 | 增长(%) |\n入住人次 | 万人次 | 12.0 | 13.2 | 10.0 |\n出租率 | % | 50.0 | 59.5 | 9.5 |\n营业收入 | 亿元 | 3.0 | 3.3 | 10.0 |",
    )

    def check(self, doc):
        for table in tables_of(doc, self.data.tables):
            columns = period_columns(table, self.data.tables)
            if columns is not None:
                yield from self._check(table, columns)

    def _is_rate(self, table, row, units) -> bool:
        """A row in % (单位 %) or naming a rate (出租率): its change is in points."""
        unit = table.cell(row, units).text.strip() if units is not None and table.cell(row, units) else ""
        rate_words = dict(self.data.tables.column_kinds).get("rate", ())
        label = "".join(table.label(row).split())
        return unit in ("%", "％") or label.endswith(("%", "％")) or any(w in label for w in rate_words)

    def _check(self, table, columns):
        units = unit_column(table)
        verdicts = []
        for row in range(table.header_rows, len(table.rows)):
            before, now, stated = (table.number_at(row, c) for c in (columns.previous, columns.current, columns.change))
            if before is None or now is None or stated is None or not before.value:
                continue
            if not columns.points and self._is_rate(table, row, units):
                continue
            if columns.points:
                computed, slack = now.value - before.value, rounding(now) + rounding(before)
            else:
                computed = percent(now.value - before.value, before.value)
                slack = percent(rounding(now) + now.value * rounding(before) / before.value, before.value)
            verdicts.append((before, now, stated, computed, rounding_allows(stated, computed, abs(slack))))
        agreeing = sum(ok for *_, ok in verdicts)
        if agreeing < 2 or agreeing * 2 < len(verdicts):
            return
        unit = "个百分点" if columns.points else "%"
        for before, now, stated, computed, ok in verdicts:
            if not ok:
                shown = fmt(round(computed, 2)) + unit
                yield self.finding(stated.start, stated.end, calc=f"{before.text} → {now.text}: {shown} ≠ {stated.text}",
                                   labels=(Label(before.start, before.end, "上期", "before"), Label(now.start, now.end, "本期", "now")),
                                   stated=stated.text if stated.text.endswith(("%", "％")) or columns.points else stated.text + "%",
                                   previous=before.text, current=now.text, computed=shown)
