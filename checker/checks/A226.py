"""A table's growth rates whose parts' bases do not add up to the total's base."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations.arithmetic import fmt, half_unit
from checker.tables import tables_of
from checker.tables.parts import column_figures, label, level_column_for, part_groups
from checker.tables.tolerance import cell_rounding, fitting_prefixes


class A226(Rule):
    """What it finds: a change column (比上年增长%) whose parts' figures of the year before, each
    level ÷ (1 + growth), do not add up to the total's figure of the year before: a total that
    grew 12.5% from parts that grew 12.5% and 1.5% cannot be.

    Why it matters: a growth rate in a table is usually stated without the figures of the year
    before; the parts and the total are still tied together, and a mistyped rate (3.2 for 2.3, a
    lost minus sign) breaks the tie.

    The rule reads a group only when its parts add up to the total in the level column to the
    left of the change column, in exactly one way, and every part has a growth rate. Figures at
    comparable prices (地区生产总值, 增加值: `comparable` in the tables configuration) are
    skipped: their growth is a change of volume, and the parts' bases need not add up in current
    prices. So are rows in % (a rate's change is in points).

    Tolerance: the rounding of each level and of each rate (a rate of one decimal may be 0.05 off),
    carried into each base; the total's growth the parts give is shown in the message.

    Options: the words that mark figures at comparable prices are `comparable` in the tables
    configuration (rules/tables.toml).
    """

    code = "A226"
    name = "table-change-bases"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("表格分项增速与合计增速不符", "a table's growth rates of the parts and the total disagree")
    messages = {
        "default": Message("{column}：各分项按增速折算的上期数之和为{parts_base}，合计为{total_base}，"
                           "分项的增速合起来是{implied}%，不是{stated}",
                           "{column}: the parts' figures of the period before, level ÷ (1 + growth), add up to "
                           "{parts_base}, the total's is {total_base}; the parts' rates make {implied}%, not {stated}"),
    }
    help = Message("核对合计和各分项的增速", "check the growth rates of the total and of each part")
    flagged = (
        "表2 财政收入\n项目 | 收入(亿元) | 比上年增长(%) |\n一般公共预算收入 | 258.6 | 11.0 |\n"
        "其中：税收收入 | 198.5 | 5.5 |\n非税收入 | 60.1 | 43.1 |",
        "指标\t绝对数(万吨)\t增长(%)\n全年粮食产量\t60194\t2.1\n夏粮\t13189\t1.5\n早稻\t3407\t2.4\n秋粮\t43597\t3.2",
    )
    clean = (
        "表2 财政收入\n项目 | 收入(亿元) | 比上年增长(%) |\n一般公共预算收入 | 258.6 | 11.0 |\n"
        "其中：税收收入 | 198.5 | 5.5 |\n非税收入 | 60.1 | 34.1 |",
        "指标\t绝对数(万吨)\t增长(%)\n全年粮食产量\t60194\t2.1\n夏粮\t13189\t1.5\n早稻\t3407\t2.4\n秋粮\t43597\t2.3",
        "指标 | 绝对数(亿元) | 比上年增长(%) |\n地区生产总值 | 1222.62 | 0.3 |\n第一产业 | 262.96 | 3.6 |\n"
        "第二产业 | 440.98 | -6.1 |\n第三产业 | 518.68 | 4.3 |",
    )

    def check(self, doc):
        words = self.data.tables
        for table in tables_of(doc, words):
            if any(w in table.caption for w in words.comparable):
                continue
            for group in part_groups(table):
                for column, kind in enumerate(table.kinds):
                    if kind == "change" and table.units[column] in (None, "%", "％"):
                        yield from self._check(table, group, column)

    def _parts(self, table, group, level):
        """The one set of part rows that adds up to the total in the level column, else None."""
        total = table.number_at(group.total, level)
        if total is None:
            return None
        found = set()
        for reading in group.readings:
            figures = column_figures(table, reading, level)
            if len(figures) == len(reading):  # every part has a figure
                found.update(reading[:k] for k in fitting_prefixes(total, figures))
        return found.pop() if len(found) == 1 else None

    def _check(self, table, group, column):
        level = level_column_for(table, column, group.total)
        if level is None or level > column:
            return
        rows = self._parts(table, group, level)
        if rows is None:
            return
        words = self.data.tables
        names = [label(table, r) for r in (group.total, *rows)] + [table.header(level), table.header(column)]
        if any(w in name for name in names for w in words.comparable):
            return
        pairs = [(table.number_at(r, level), table.number_at(r, column)) for r in (group.total, *rows)]
        if any(g is None or g.value <= -100 or (x.unit or "") in ("%", "％") for x, g in pairs):
            return
        bases = [x.value / (1 + g.value / 100) for x, g in pairs]
        slack = sum(cell_rounding(x) / (1 + g.value / 100) + x.value * half_unit(g) / 100 / (1 + g.value / 100) ** 2
                    for x, g in pairs)
        total_base, parts_base = bases[0], sum(bases[1:])
        if abs(parts_base - total_base) <= slack + 1e-9:
            return
        (whole, stated), *parts = pairs
        implied = fmt(round((whole.value / parts_base - 1) * 100, 2))
        digits = max(x.decimals for x, _ in pairs) + 2
        yield self.finding(stated.start, stated.end, labels=tuple(Label(g.start, g.end, "分项增速", "part's rate") for _, g in parts),
                           calc=" + ".join(f"{x.text} ÷ (1 + {g.text}%)" for x, g in parts)
                           + f" = {fmt(round(parts_base, digits))} ≠ {whole.text} ÷ (1 + {stated.text}%) = {fmt(round(total_base, digits))}",
                           column=table.header(column), parts_base=fmt(round(parts_base, digits)),
                           total_base=fmt(round(total_base, digits)), implied=implied,
                           stated=stated.text if stated.text.endswith(("%", "％")) else stated.text + "%")
