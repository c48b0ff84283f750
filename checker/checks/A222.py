"""A share in a table that is not the row's figure divided by the total's."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations.arithmetic import fmt, percent, rounding_allows
from checker.tables import tables_of
from checker.tables.parts import level_column_for, part_groups
from checker.tables.tolerance import cell_rounding as rounding


class A222(Rule):
    """What it finds: a cell of a share column (比重, 构成, 占比) that disagrees with its row's
    figure divided by the total row's figure in the level column to its left.

    Why it matters: a share is computed from the figures beside it; when it disagrees, the share
    or the figure was mistyped.

    The rule reads a column as shares of the total only when the total's own share is 100 (or
    empty, and then two rows or more agree) and at least half the rows agree with their quotient: a column of shares of another whole (占全省
    比重) stays quiet. A total that is wrong makes every row disagree; A220 reports it.

    Tolerance: half a unit of the share's last digit, plus the rounding of the two figures.
    """

    code = "A222"
    name = "table-share-ratio"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("表格比重与分项÷合计不符", "a table's share differs from part ÷ total")
    messages = {
        "default": Message("比重{share}与{part} ÷ {total} = {computed}%不符",
                           "the share {share} differs from {part} ÷ {total} = {computed}%"),
    }
    help = Message("核对该行的数值或比重", "check the row's figure or its share")
    flagged = (
        "指标 | 人数(人) | 比重(%) |\n合计 | 5000 | 100.0 |\n城镇 | 3100 | 62.0 |\n乡村 | 1200 | 38.0 |\n其中：留守 | 300 | 6.0 |",
        "年龄 人口数 比重\n总计 464435 100%\n0-14岁 89735 19.32%\n15-59岁 306015 65.89%\n60岁及以上 68685 14.97%",
    )
    clean = (
        "指标 | 人数(人) | 比重(%) |\n合计 | 5000 | 100.0 |\n城镇 | 3100 | 62.0 |\n乡村 | 1900 | 38.0 |\n其中：留守 | 300 | 6.0 |",
        "年龄 人口数 比重\n总计 464435 100%\n0-14岁 89735 19.32%\n15-59岁 306015 65.89%\n60岁及以上 68685 14.79%",
        "指标 | 增加值 | 占全省比重(%) |\n全市 | 1200 | 12.5 |\n城区 | 700 | 7.3 |\n郊区 | 500 | 5.2 |",
    )

    def check(self, doc):
        for table in tables_of(doc, self.data.tables):
            for group in part_groups(table):
                for column, kind in enumerate(table.kinds):
                    if kind == "share":
                        yield from self._check_column(table, column, group)

    def _check_column(self, table, column, group):
        level = level_column_for(table, column, group.total)
        total_share = table.number_at(group.total, column)
        if level is None or (total_share is not None and total_share.value != 100):
            return
        whole = table.number_at(group.total, level)
        if not whole.value:
            return
        pairs = [(table.number_at(r, level), table.number_at(r, column)) for r in group.rows]
        pairs = [(part, share) for part, share in pairs if part is not None and share is not None]
        verdicts = [(part, share, self._holds(part, share, whole)) for part, share in pairs]
        agreeing = sum(ok for *_, ok in verdicts)
        if agreeing < (1 if total_share is not None else 2) or agreeing * 2 < len(verdicts):
            return
        for part, share, ok in verdicts:
            if not ok:
                computed = fmt(round(percent(part.value, whole.value), 2))
                yield self.finding(share.start, share.end, calc=f"{part.text} ÷ {whole.text} = {computed}% ≠ {share.text}",
                                   labels=(Label(part.start, part.end, "分项", "part"), Label(whole.start, whole.end, "合计", "total")),
                                   share=share.text, part=part.text, total=whole.text, computed=computed)

    @staticmethod
    def _holds(part, share, whole) -> bool:
        slack = percent(rounding(part) + part.value * rounding(whole) / whole.value, whole.value)
        return rounding_allows(share, percent(part.value, whole.value), slack)
