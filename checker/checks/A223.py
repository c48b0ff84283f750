"""A figure of the text that its table states with another value."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations.arithmetic import fmt
from checker.tables.prose import ProseReader, differ


class A223(Rule):
    """What it finds: a figure stated in the text for a row and column of a table of the same
    document with a value the table does not give — "第二产业增加值63.72亿元" in the text and
    63.27 in the 第二产业 row of the table, or "增长4.5%" beside a table's 4.2.

    Why it matters: a bulletin states its main figures twice, in the text and in a table; when
    they disagree, one of them was mistyped or not updated, and a reader cannot tell which.

    A figure of the text is read as a cell when its clause names the row's label (the nearest one)
    and nothing else the column does not hold, in the column's unit written the same way (亿元 and
    亿元); a growth rate right after it ("，增长4.5%", "，下降0.6%") is the same row's cell in the
    table's change column. The first row may be restated by the end of its label (生产总值 for
    地区生产总值). A figure is compared only when exactly one cell fits, and not when its
    sentence names another year than the table's caption or another time (上年, 目标).

    Tolerance: the rounding of both figures (63.7 and 63.72 agree); figures of another magnitude
    (84528 beside 107365) are other figures, not slips, and are not compared. Approximate figures (约, 余)
    are not compared.

    Options: the words read around a table are `tables` in the configuration (rules/tables.toml).
    """

    code = "A223"
    name = "table-text-mismatch"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("正文数据与表格不一致", "a figure of the text differs from its table")
    messages = {
        "default": Message("正文“{row}”{column}为{text}，表中为{cell}",
                           "the text gives {text} for “{row}” ({column}); the table gives {cell}"),
    }
    help = Message("核对正文与表格，统一为正确的数值", "check the text and the table and use the correct value in both")
    flagged = (
        "全年第一产业增加值37.11亿元，增长2.6%；第二产业增加值63.72亿元，增长4.5%。\n"
        "表1 2023年地区生产总值\n指标 | 绝对数（亿元） | 比上年增长（%） |\n地区生产总值 | 100.38 | 3.9 |\n"
        "第一产业 | 37.11 | 2.6 |\n第二产业 | 63.27 | 4.5 |",
        "夏粮产量3.12万吨，下降1.5%；秋粮产量9.80万吨，增长2.0%。\n表2 主要农产品产量\n"
        "产品\t单位\t产量\t比上年增长(%)\n粮食\t万吨\t12.92\t1.2\n夏粮\t万吨\t3.12\t1.5\n秋粮\t万吨\t9.80\t2.0",
        "全市实现生产总值617.56亿元。\n| 指标 | 绝对数(亿元) |\n| 地区生产总值 | 617.50 |\n| 第一产业 | 37.11 |",
    )
    clean = (
        "全年第一产业增加值37.11亿元，增长2.6%；第二产业增加值63.7亿元，增长4.5%。\n"
        "表1 2023年地区生产总值\n指标 | 绝对数（亿元） | 比上年增长（%） |\n地区生产总值 | 100.83 | 3.9 |\n"
        "第一产业 | 37.11 | 2.6 |\n第二产业 | 63.72 | 4.5 |",
        "夏粮产量3.12万吨，下降1.5%。\n表2 主要农产品产量\n"
        "产品\t单位\t产量\t比上年增长(%)\n粮食\t万吨\t12.92\t1.2\n夏粮\t万吨\t3.12\t-1.5\n秋粮\t万吨\t9.80\t2.0",
        "第二产业投资12.50亿元。\n指标 | 绝对数（亿元） |\n第一产业 | 37.11 |\n第二产业 | 63.72 |",
        "上年第二产业增加值60.10亿元。\n指标 | 绝对数（亿元） |\n第一产业 | 37.11 |\n第二产业 | 63.72 |",
        "第二产业增加值6372万元。\n指标 | 绝对数（亿元） |\n第一产业 | 37.11 |\n第二产业 | 63.72 |",
        "年末常住人口107365人，其中城镇常住人口84528人。\n指标 | 年末数(人) |\n全区常住人口 | 107365 |\n"
        "其中:城镇 | 84528 |\n乡村 | 22837 |",
        "2022年第二产业增加值60.10亿元。\n表1 2023年生产总值\n指标 | 绝对数（亿元） |\n第一产业 | 37.11 |\n第二产业 | 63.72 |",
    )

    def check(self, doc):
        reader = ProseReader(doc, self.data.tables, self.data.cues)
        for reading in reader.readings():
            cell, (value, written) = reading.cell, reader.signed(reading)
            if not differ(reading.figure, cell, value):
                continue
            table = reading.table
            place = table.place(table.rows[reading.row][reading.column])
            yield self.finding(cell.start, cell.end, labels=(Label(reading.figure.start, reading.figure.end, "正文", "text"),),
                               calc=f"{fmt(value)} ≠ {place} {cell.text}",
                               row=table.label(reading.row).strip(), column=table.header(reading.column),
                               text=written, cell=cell.text)
