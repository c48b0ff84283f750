"""A223: a figure of the text and its table cell, in each layout; and the table shapes real
bulletins flatten into (a header wrapped over lines, a header without its first cell, section
rows 分产业 / 分行业 with empty cells on lines of their own)."""

import pytest

from checker.checks import all_rules
from checker.config import Config, default_rule_data
from checker.document import build_document

PROSE = "全年实现生产总值248.6亿元，增长6.1%。其中，第一产业增加值30.5亿元，增长3.2%；第二产业增加值92.4亿元，下降1.4%；第三产业增加值125.7亿元，增长9.8%。\n表1 2023年地区生产总值\n"
ROWS = [["指标", "绝对数(亿元)", "比上年增长(%)"], ["地区生产总值", "248.6", "6.1"], ["第一产业", "30.5", "3.2"],
        ["第二产业", "92.4", "-1.4"], ["第三产业", "125.7", "9.8"]]
LAYOUTS = {
    "pipe": lambda rows: "\n".join("| " + " | ".join(r) + " |" for r in rows),
    "cells": lambda rows: "\n".join(f"{v} |" for r in rows for v in r),
    "aligned": lambda rows: "\n".join("   ".join(r) for r in rows),
    "tabs": lambda rows: "\n".join("\t".join(r) for r in rows),
}


def run(code, text):
    doc = build_document("t.txt", text)
    return doc, list(all_rules()[code](default_rule_data()).check(doc))


def table(rows, row=None, column=None, value=None):
    rows = [list(r) for r in rows]
    if row is not None:
        rows[row][column] = value
    return rows


@pytest.mark.parametrize("layout", LAYOUTS)
def test_text_and_table_agree(layout):
    assert run("A223", PROSE + LAYOUTS[layout](ROWS) + "\n")[1] == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("row,column,value,place,text", [
    (3, 1, "94.2", "表1 第4行第2列", "92.4亿元"),          # a level
    (1, 1, "246.8", "表1 第2行第2列", "248.6亿元"),        # the lead restates the first row
    (3, 2, "1.4", "表1 第4行第3列", "下降1.4%"),           # a decline the table writes unsigned
    (4, 2, "8.9", "表1 第5行第3列", "增长9.8%"),
])
def test_one_wrong_cell_is_named(layout, row, column, value, place, text):
    doc, [found] = run("A223", PROSE + LAYOUTS[layout](table(ROWS, row, column, value)) + "\n")
    assert doc.text[found.start:found.end] == value
    assert doc.place_of(found.start) == place
    assert found.args["text"] == text and found.args["cell"] == value
    [label] = found.labels
    assert doc.text[label.start:label.end] == text.lstrip("增长下降")


@pytest.mark.parametrize("prose", [
    "第二产业投资92.7亿元。",                    # another quantity of the row
    "上年第二产业增加值88.5亿元。",              # another time
    "2022年第二产业增加值88.5亿元。",            # another year than the caption's
    "第二产业增加值约92.9亿元。",                # approximate
    "第二产业增加值9240万元。",                  # another unit
    "第二产业增加值92亿元。",                    # within rounding
    "第二产业增加值924.0亿元。",                 # another magnitude: another figure, not a slip
    "第二产业中，工业增加值81.6亿元。",          # the nearest label is no row
])
def test_other_figures_are_not_cells(prose):
    text = prose + "\n表1 2023年地区生产总值\n" + LAYOUTS["pipe"](ROWS) + "\n"
    assert run("A223", text)[1] == []


def test_two_tables_with_the_row_stay_quiet():
    other = "表2 2023年固定资产投资\n" + LAYOUTS["pipe"]([["指标", "绝对数(亿元)"], ["第二产业", "41.3"], ["第三产业", "60.2"]])
    text = "第二产业增加值93.4亿元。\n表1 2023年地区生产总值\n" + LAYOUTS["pipe"](ROWS) + "\n" + other + "\n"
    assert run("A223", text)[1] == []


def test_row_unit_column_and_nearest_label():
    rows = [["产品名称", "单位", "产量", "比上年增长(%)"], ["粮食", "万吨", "12.93", "2.7"], ["夏粮", "万吨", "2.66", "7.3"],
            ["秋粮", "万吨", "10.62", "1.6"]]
    text = "粮食作物总产量12.93万吨，增长2.7%；其中，夏粮2.66万吨，增长7.3%，秋粮10.26万吨，增长1.6%；粮食单产477.92公斤，增长2.6%。\n"
    doc, [found] = run("A223", text + LAYOUTS["cells"](rows) + "\n")
    assert doc.place_of(found.start) == "表1 第4行第3列" and found.args["row"] == "秋粮"


def test_wrapped_header_and_sections():
    text = ("| 项 目 名 称 | 计算 单位 |\n3月 | 1-3月 累计 |\n比上年增长(%) |\n结构(%) |\n"
            "| 社会消费品零售总额 | 万元 | 3875 | 11738 | 2.0 | 100 |\n| 批发零售业 | 万元 | 3733 | 10447 | 0.6 | 89.00 |\n"
            "| 餐饮业 | 万元 | 142 | 1291 | 14.7 | 11.00 |\n")
    [t] = build_document("t.txt", text).tables
    assert [t.header(c) for c in range(t.width)] == ["项目名称", "计算单位", "3月", "1-3月累计", "比上年增长(%)", "结构(%)"]
    assert t.kinds[4:] == ["change", "share"]
    text = ("| 绝 对 数 (亿元) | 比上年增长 (%) |\n地区生产总值 | 100.5 | 5.2 |\n分产业 |\n|\n|\n第一产业 | 20.1 | 2.6 |\n"
            "第二产业 | 80.4 | 4.5 |\n分行业 |\n|\n|\n工业 | 70.2 | 4.0 |\n建筑业 | 30.3 | 6.1 |\n")
    [t] = build_document("t.txt", text).tables
    assert t.header(1) == "绝对数(亿元)" and t.label(1) == "地区生产总值" and t.total_row == 1
    assert t.sections == (2, 5)
    assert run("A220", text)[1] == []
    doc, [found] = run("A220", text.replace("30.3", "31.3"))
    assert found.calc == "70.2 + 31.3 = 101.5 ≠ 100.5"


def test_the_tables_key_of_a_configuration_file(tmp_path):
    from checker.engine import check_document
    from checker.settings import Overrides, Settings

    path = tmp_path / "hegao.toml"
    path.write_text('[tables]\ntotal-rows = ["全辖"]\ncolumn-kinds = {share = ["权重"]}\n', encoding="utf-8")
    config = Settings(Overrides(), str(path)).for_path("-")
    assert "全辖" in config.data.tables.total_rows and ("share", ("比重", "占比", "构成", "结构", "占全", "占GDP", "份额", "权重")) in config.data.tables.column_kinds
    text = "| 指标 | 存款(亿元) | 权重(%) |\n| 全辖 | 500 | 100 |\n| 城区 | 320 | 64 |\n| 郊区 | 190 | 38 |\n"
    doc = build_document("t.txt", text)
    found = [(d.rule, d.place) for d in check_document(doc, config) if d.rule.startswith("A22")]
    assert found == [("A220", "表1 第2行第2列"), ("A221", "表1 第2行第3列")]
    default = [d.rule for d in check_document(build_document("t.txt", text), Config()) if d.rule.startswith("A22")]
    assert default == []


@pytest.mark.parametrize("table, message", [
    ('[tables]\ntotals = ["全辖"]\n', "tables: unknown list 'totals'"),
    ('[tables]\ntotal-rows = [""]\n', "tables: total-rows: empty word"),
    ('[tables]\ncolumn-kinds = {ratio = ["比"]}\n', "tables: column-kinds: unknown kind 'ratio'"),
])
def test_a_bad_tables_key_is_a_one_line_error(tmp_path, table, message):
    from checker.settings import ConfigError, Overrides, Settings

    path = tmp_path / "hegao.toml"
    path.write_text(table, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        Settings(Overrides(), str(path)).for_path("-")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_growth_column_against_the_two_years(layout):
    rows = [["项目", "单位", "2022年", "2023年", "2023年比2022年增长%"], ["旅游收入", "亿元", "210.23", "227.44", "8.2"],
            ["外汇收入", "万美元", "4841.35", "2984.32", "-38.4"], ["接待人数", "人次", "602050", "598125", "-0.7"],
            ["客房出租率", "%", "55.1", "59.5", "4.4"]]
    assert run("A224", LAYOUTS[layout](rows) + "\n")[1] == []
    doc, [found] = run("A224", LAYOUTS[layout](table(rows, 3, 4, "-0.3")) + "\n")
    column = 4 if layout == "aligned" else 5  # spaces: the 单位 words join the label
    assert doc.place_of(found.start) == f"表1 第4行第{column}列"
    assert found.calc == "602050 → 598125: -0.65% ≠ -0.3" and found.args["stated"] == "-0.3%"
