"""A table's total row that is not the sum of its parts."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations.arithmetic import fmt
from checker.relations.verdicts import exact
from checker.tables import tables_of
from checker.tables.parts import column_figures, level_columns, part_groups, sub_rows_with_parents, unit_column
from checker.tables.tolerance import fits, fitting_prefixes


# How far a whole of a decomposition (第二产业) may be from its parts' rows (工业, 建筑业): published
# tables carry such revisions between a whole and its detail (249042 beside 152865 + 96351), which
# a reader does not call a slip; a slip of a digit is far larger.
_REVISED = 0.005


class A220(Rule):
    """What it finds: a column of a table whose total row (合计, 总计, 全县, 全市, or a first row
    whose parts follow under 其中) differs from the sum of the rows below it.

    Why it matters: a table's total is the figure readers quote; a part or the total was
    mistyped when the table was filled in.

    The parts are the rows below the total; rows opened by 其中 under a part break that part down
    and are not added. The parts may be followed by a second level of detail (第一、二、三产业,
    then 工业, 建筑业 …): the total holds when the first rows, two or more, add up to it. When the
    table has a 单位 column, only rows in the total's unit are added.

    Rows numbered in blocks are read as such: 一、 is the total of the 1、 2、 rows under it,
    (一) of its 1. 2. 3.; a part followed by rows that add up to it (第二产业, 工业, 建筑业) has
    them as its detail. A change column in a unit (比上年增收(亿元)) adds up like a level. A whole
    made of exactly its parts (``decompositions`` of rules/complements.toml: 第二产业 of 工业 and
    建筑业) is checked against the rows of those parts wherever they stand (after 第三产业 too),
    within half a percent: published tables carry revisions between a whole and its detail rows
    that small, and a reader does not call them slips. A row of an average (全省人均可支配收入)
    followed by the same average of groups (城镇…人均可支配收入) is no total: averages do not add
    up (``averages`` of rules/tables.toml).

    A table of indicators each named with its unit and no total row (卫生机构数(个), 实有床位数(张),
    卫生人员数(人)) breaks each indicator down in the rows opened by # under it, up to the next
    indicator; # rows nest (# 卫生技术人员, then # 执业医师 … 其他卫生技术人员 break it down). Such
    a list is read only where it stays within its whole in some year: then a year where it exceeds
    the whole is flagged, and a list ending with 其他… (all of the whole) that adds up in one year
    and not in another.

    A row opened by 其中 (or #) is also checked against the row it breaks down: in a level column
    it cannot be the larger (``sub``: 销售产值 158996, 其中:规模以上 1051024 — a digit dropped).

    Tolerance: each figure may have been rounded by half a unit of its last digit; a whole number
    in a unit with a magnitude (万吨, 亿元) by half a unit. Parts under 其中 (or #, or after 在总额中)
    that add up to less than the total are not flagged: they may be only some of it, and their list
    may end before the table does.
    """

    code = "A220"
    name = "table-total"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("表格合计与分项之和不符", "a table's total is not the sum of its parts")
    messages = {
        "default": Message("{column}的合计{total}与分项之和{sum}不符",
                           "the total {total} of {column} differs from the sum of its parts, {sum}"),
        "sub": Message("{column}中“{whole_label}”的{whole}小于其中“{label}”的{part}",
                       "in {column}, “{whole_label}” {whole} is less than its part “{label}” {part}"),
    }
    help = {
        "default": Message("核对合计行与各分项", "check the total row and each part"),
        "sub": Message("核对这两个数，其中项不能大于整体", "check both figures: a part cannot exceed its whole"),
    }
    flagged = (
        "表1 全县人口\n指标 | 人数(人) |\n合计 | 5000 |\n城镇 | 3200 |\n乡村 | 1900 |",
        "表2 产业结构\n产业\t增加值（亿元）\n全市\t120.5\n第一产业\t10.2\n第二产业\t50.1\n第三产业\t58.2",
        "单位：万元\n项目 | 2023年 |\n总计 | 900 |\n工资 | 500 |\n其中：奖金 | 100 |\n社保 | 350 |",
    )
    clean = (
        "表1 全县人口\n指标 | 人数(人) |\n合计 | 5000 |\n城镇 | 3100 |\n乡村 | 1900 |",
        "表2 产业结构\n产业\t增加值（亿元）\n全市\t120.5\n第一产业\t10.2\n第二产业\t52.1\n第三产业\t58.2",
        "单位：万元\n项目 | 2023年 |\n总计 | 900 |\n工资 | 500 |\n其中：奖金 | 100 |\n社保 | 400 |",
        "指标 | 人口(人) |\n全区常住人口 | 107365 |\n其中:城镇 | 84528 |",
        "指标 | 增加值 |\n地区生产总值 | 355 |\n其中：第一产业 | 28 |\n第二产业 | 79 |\n第三产业 | 248 |\n工业 | 41 |\n建筑业 | 38 |",
        "指标 | 数量 |\n合计 | 355 |\n其中：出口 | 28 |\n内销 | 79 |",
    )

    def check(self, doc):
        for table in tables_of(doc, self.data.tables):
            for group in part_groups(table):
                for column in level_columns(table):
                    yield from self._check_column(table, column, group)
            yield from self._sub_rows(table)

    def _sub_rows(self, table):
        """A 其中 row larger than the row it breaks down, in a level column (both figures positive:
        a part of a net figure, 利润 of which one firm's loss, may be larger)."""
        units = unit_column(table)
        for row, parent in sub_rows_with_parents(table):
            if units is not None and (table.cell(row, units) or table.cell(parent, units)) and \
                    getattr(table.cell(row, units), "text", "") != getattr(table.cell(parent, units), "text", ""):
                continue
            for column in level_columns(table):
                part, whole = table.number_at(row, column), table.number_at(parent, column)
                if part is None or whole is None or part.value <= 0 or whole.value < 0:
                    continue
                if not fits(whole, [part], exhaustive=False):
                    yield self.finding(whole.start, whole.end, "sub", labels=(Label(part.start, part.end, "其中", "part"),),
                                       calc=f"{whole.text} < {part.text}", column=table.header(column),
                                       label=_named(table, row), part=part.text,
                                       whole_label=_named(table, parent), whole=whole.text)

    @staticmethod
    def _confirmed(table, column: int, group) -> int:
        """The reading of the parts that another column adds up by (稻谷 with 早稻, 中稻, 晚稻 as
        its detail): the one the message shows; the first when none does."""
        for i, rows in enumerate(group.readings):
            for other in level_columns(table):
                total = table.number_at(group.total, other)
                if other != column and total is not None and fits(total, column_figures(table, rows, other)):
                    return i
        return 0

    def _check_column(self, table, column, group):
        total = table.number_at(group.total, column)
        if total is None:
            return
        figures = [column_figures(table, rows, column) for rows in group.readings]
        if len(figures[0]) < 2 or not exact(total, *figures[0]):
            return
        if any(fitting_prefixes(total, parts) for parts in figures):
            return
        parts = figures[self._confirmed(table, column, group)]
        shown = sum(p.value for p in parts)
        if group.partial and fits(total, parts if group.bounded else parts[:2], exhaustive=False):
            return  # only some of the total, and (unless bounded) the list may end early
        if group.decomposed and abs(shown - total.value) < _REVISED * abs(total.value):
            return  # detail rows a bulletin revised apart from their whole
        column_name = table.header(column)
        yield self.finding(total.start, total.end, labels=tuple(Label(p.start, p.end, "分项", "part") for p in parts),
                           calc=f"{' + '.join(p.text for p in parts)} = {fmt(shown)} ≠ {total.text}",
                           column=column_name, total=total.text, sum=fmt(shown))


def _named(table, row: int) -> str:
    """A row's label as a message quotes it: 规模以上 of "其中:规模以上"."""
    name = table.label(row).strip()
    opener = next((w for w in table.sub_words if name.startswith(w)), "")
    return name[len(opener):].lstrip(":： ").strip()
