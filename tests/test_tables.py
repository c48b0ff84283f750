"""Tables in each layout: the grid, header, units, kinds and total row hegao reads, the cell each
table finding names, and prose rules that stay quiet on table rows."""

import pytest

from checker.checks import all_rules
from checker.config import default_rule_data
from checker.document import build_document

PIPE = "表2 各镇人口\n单位：人\n| 镇 | 人口 | 比重(%) |\n|---|---|---|\n| 全县 | 1000 | 100 |\n| 东镇 | 600 | 60.0 |\n| 西镇 | 400 | 40.0 |\n"
CELLS = "表2 各镇人口\n镇 |\n人口(人) |\n比重(%) |\n全县 |\n1000 |\n100 |\n东镇 |\n600 |\n60.0 |\n西镇 |\n400 |\n40.0 |\n"
SPACES = "表2 各镇人口\n镇   人口(人)   比重(%)\n全  县   1000   100\n东镇   600   60.0\n西镇   400   40.0\n"
TABS = "表2 各镇人口\n镇\t人口(人)\t比重(%)\n全县\t1000\t100\n东镇\t600\t60.0\n西镇\t400\t40.0\n"
LAYOUTS = {"pipe": PIPE, "cells": CELLS, "aligned": SPACES, "tabs": TABS}


def run(code, text):
    doc = build_document("t.txt", text)
    return doc, list(all_rules()[code](default_rule_data()).check(doc))


@pytest.mark.parametrize("name", LAYOUTS)
def test_each_layout_reads_the_same_table(name):
    doc = build_document("t.txt", LAYOUTS[name])
    [table] = doc.tables
    assert table.caption == "表2 各镇人口"
    assert [[c.text for c in row] for row in table.rows][1:] == [["全县" if name != "aligned" else "全  县", "1000", "100"],
                                                                 ["东镇", "600", "60.0"], ["西镇", "400", "40.0"]]
    assert table.header_rows == 1 and table.total_row == 1
    assert table.kinds == ["label", "level", "share"]
    assert table.units[1] == ("人" if name != "pipe" else "人")
    assert table.units[2] == "%"


@pytest.mark.parametrize("name", LAYOUTS)
def test_consistent_table_is_quiet(name):
    for code in ("A220", "A221", "A222", "S402", "T304", "N102", "A208"):
        assert run(code, LAYOUTS[name])[1] == [], code


@pytest.mark.parametrize("name", LAYOUTS)
def test_wrong_part_names_its_cells(name):
    text = LAYOUTS[name].replace("400", "450", 1)
    doc, [total] = run("A220", text)
    assert doc.text[total.start:total.end] == "1000"
    assert doc.place_of(total.start) == "表1 第2行第2列"
    assert total.calc == "600 + 450 = 1050 ≠ 1000"
    doc, [share] = run("A222", text)
    assert doc.text[share.start:share.end] == "40.0"
    assert doc.place_of(share.start) == "表1 第4行第3列"
    assert share.args["computed"] == "45"


def test_share_column_sum():
    doc, [found] = run("A221", TABS.replace("40.0", "41.0"))
    assert doc.place_of(found.start) == "表1 第2行第3列" and found.args["sum"] == "101"


def test_word_table_from_places():
    # figures without a count unit may be rounded by half a unit: 4 + 5 may make 10, not 12
    text = "合计\n12\n甲\n4\n乙\n5"
    spans = [(0, 2), (3, 5), (6, 7), (8, 9), (10, 11), (12, 13)]
    places = [(s, e, f"表1 第{i // 2 + 1}行第{i % 2 + 1}列") for i, (s, e) in enumerate(spans)]
    doc = build_document("t.docx", text, places)
    [table] = doc.tables
    assert table.layout == "docx" and table.total_row == 0
    found = list(all_rules()["A220"](default_rule_data()).check(doc))
    assert [doc.place_of(f.start) for f in found] == ["表1 第1行第2列"]


def test_table_at_the_end_is_not_a_truncated_document():
    text = "全年粮食产量稳定增长，各镇人口情况见下表。\n" + CELLS
    assert run("S402", text)[1] == []
    assert run("S402", text + "全县人口总体平稳，城镇人口持续增加，乡村人口有所减少，城镇化率继续提高但")[1] != []


FORMATS = {"concise": "[表1 第2行第2列]", "json": '"place": "表1 第2行第2列"', "jsonl": '"place": "表1 第2行第2列"',
           "sarif": "表1 第2行第2列：", "github": "表1 第2行第2列：", "html": "表1 第2行第2列"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_names_the_cell(tmp_path, capsys, fmt):
    from checker.cli import main

    path = tmp_path / "表.md"
    path.write_text("| 指标 | 人数(人) |\n|---|---|\n| 合计 | 5000 |\n| 城镇 | 3200 |\n| 乡村 | 1900 |\n", encoding="utf-8")
    main(["check", str(path), "--select", "A220", "--format", fmt])
    out = capsys.readouterr().out
    assert FORMATS[fmt] in out
    if fmt == "sarif":
        import json

        [result] = json.loads(out)["runs"][0]["results"]
        assert result["locations"][0]["logicalLocations"] == [{"name": "表1 第2行第2列", "kind": "element"}]


def test_word_table_total_is_checked_and_its_comment_names_the_cell(tmp_path):
    import docx

    from checker.annotate import comment_text
    from checker.config import Config
    from checker.engine import check_document
    from checker.read import read_source

    document = docx.Document()
    document.add_paragraph("表1 全县人口")
    table = document.add_table(rows=4, cols=2)
    for r, row in enumerate([("指标", "人数(人)"), ("合计", "5000"), ("城镇", "3200"), ("乡村", "1900")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(tmp_path / "t.docx")
    source = read_source(tmp_path / "t.docx")
    doc = build_document(source.path, source.text, source.places)
    [d] = [d for d in check_document(doc, Config()) if d.rule == "A220"]
    assert d.place == "表1 第2行第2列" and source.text[d.start:d.end] == "5000"
    assert comment_text(d, "zh").startswith("[A220] 表1 第2行第2列：")


def test_claims_tables_shows_structure(tmp_path, capsys):
    from checker.cli import main

    path = tmp_path / "t.txt"
    path.write_text(TABS, encoding="utf-8")
    assert main(["claims", "--tables", str(path)]) == 0
    out = capsys.readouterr().out
    assert "列3: 比重(%)  unit=%  kind=share" in out
    assert "行2 total   | 全县 | 1000 | 100" in out


def test_cells_each_followed_by_a_line_of_a_bar_alone_and_a_note_after_the_table():
    """A PDF table flattened to one cell a line, each followed by "|" alone, then a note."""
    text = ("表3 卫生机构\n指标\n|\n2024年\n|\n2023年\n|\n卫生机构数(个)\n|\n120\n|\n118\n|\n"
            "# 医院\n|\n12\n|\n11\n|\n卫生院\n|\n30\n|\n30\n|\n注:本表数据由卫健局提供。\n|\n")
    [table] = build_document("t.txt", text).tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["指标", "2024年", "2023年"], ["卫生机构数(个)", "120", "118"], ["# 医院", "12", "11"], ["卫生院", "30", "30"]]


# A header row a copy broke after a cell and inside another (人口 | 面积 / （平方公里） | …),
# with bracket forms of another code page (﹙%﹚) in the last cells.
WRAPPED = ("乡镇 | 人口\n（人） |\n面积(平方公里) | 比上年增减﹙%﹚ |\n"
           "全县 | 52000 | 1830 | -0.6 |\n城关镇 | 30000 | 420 | 1.2 |\n河西乡 | 22000 | 1410 | -3.1 |\n")


def test_a_header_broken_into_lines_names_each_column_once():
    [table] = build_document("t.txt", WRAPPED).tables
    assert [table.header(c) for c in range(table.width)] == ["乡镇", "人口（人）", "面积(平方公里)", "比上年增减﹙%﹚"]
    assert table.kinds == ["label", "level", "level", "change"] and table.units[1:] == ["人", "平方公里", "%"]
    assert run("A220", WRAPPED)[1] == []  # changes of parts do not add up to the total's


def test_a_wrong_total_under_a_broken_header_is_found_in_its_column():
    doc, [found] = run("A220", WRAPPED.replace("52000", "53000"))
    assert doc.text[found.start:found.end] == "53000" and found.calc == "30000 + 22000 = 52000 ≠ 53000"


# A yearbook's table: English names beside the Chinese ones, two classifications of one total,
# a part's detail rows without a mark (早稻, 晚稻 under 稻谷) and 其中 rows (#大豆).
YEARBOOK = ("| 各类粮食产量 | ||||\n| 单位:万吨 | (10000 tons) | |||\n| 项 目 | item | 2022 | 2023 | |\n"
            "| 合 计 | total | 420.50 | 431.20 | |\n| 按季节分 | by season | ||||\n"
            "| 夏粮 | summer | 120.30 | 125.10 | |\n| 秋粮 | autumn | 300.20 | 306.10 | |\n"
            "| 按品种分 | by crop | ||||\n| 稻谷 | rice | 350.00 | 356.00 | |\n| 早稻 | early rice | 150.00 | 152.00 | |\n"
            "| 晚稻 | late rice | 200.00 | 204.00 | |\n| 豆类 | bean | 40.50 | 42.20 | |\n| #大豆 | soybean | 30.10 | 31.00 | |\n"
            "| 杂豆 | other beans | 10.40 | 11.20 | |\n| 薯类 | tubers | 30.00 | 33.00 | |\n")


def test_a_yearbook_table_with_english_names_is_read_by_its_sections():
    [table] = build_document("t.txt", YEARBOOK).tables
    assert table.kinds[1] == "label" and table.sections[:2] == (4, 7)
    assert run("A220", YEARBOOK)[1] == []


def test_a_wrong_part_of_a_yearbook_table_is_summed_as_the_other_column_reads_the_parts():
    doc, [found] = run("A220", YEARBOOK.replace("| 30.00 | 33.00", "| 36.00 | 33.00"))
    assert doc.text[found.start:found.end] == "420.50"
    assert found.calc == "350.00 + 40.50 + 36.00 = 426.5 ≠ 420.50"


# A monthly table whose figure rows a copy joined into one line after the header, each indicator
# with its 其中 row.
JOINED = ("附：建筑业主要指标\n| 单位:个、万元 | 指标 | 本月 | 同比% | 累计 | 同比% | 企业个数\n"
          "| 86 | 2.4 | 86 | 2.4 | 其中:特级资质 | 12 | 0.0 | 12 | 0.0 | 总产值 | 52310 | 6.1 | 418600 | 8.3 | "
          "其中:特级资质 | 30120 | 4.2 | 250380 | 7.7 | 新签合同额 | 61400 | -3.5 | 502210 | 5.0 | "
          "其中:特级资质 | 40250 | -6.0 | 330960 | 2.1 |\n")


def test_rows_joined_into_one_line_are_read_one_indicator_a_row():
    [table] = build_document("t.txt", JOINED).tables
    assert [table.label(r) for r in range(len(table.rows))] == [
        "指标", "企业个数", "其中:特级资质", "总产值", "其中:特级资质", "新签合同额", "其中:特级资质"]
    assert table.total_row is None  # indicators each with its 其中 row: none is the others' total
    assert run("A220", JOINED)[1] == []


def test_a_row_smaller_than_its_own_qizhong_row_is_found():
    doc, [found] = run("A220", JOINED.replace("| 418600 |", "| 41860 |"))
    assert (doc.text[found.start:found.end], found.variant) == ("41860", "sub")
    assert found.calc == "41860 < 250380"
    assert found.args["whole_label"] == "总产值" and found.args["label"] == "特级资质"


def test_a_caption_in_percent_makes_every_figure_a_percentage():
    """表1 …涨跌幅度（%）: changes of prices of kinds of goods, which do not add up to the whole's."""
    text = ("表1　居民消费价格比上年涨跌幅度（%）\n指标　　全省　　城市　　农村\n居民消费价格　　0.6　　0.7　　0.4\n"
            "其中：食品烟酒　　-0.8　　-0.7　　-1.0\n衣着　　1.4　　1.5　　1.1\n居住　　0.2　　0.2　　0.3\n")
    [table] = build_document("t.txt", text).tables
    assert table.units[1:] == ["%", "%", "%"] and "level" not in table.kinds
    assert run("A220", text)[1] == []


# A column of figures per unit (a yield per mu, a price per tonne, an income per head): the rows'
# averages never add up to the total's, while the level columns beside them still do.
AVERAGES = ("表4 各乡镇油菜生产\n乡镇 | 面积(亩) | 亩产(公斤) | 产量(吨) | 收购价(元/吨) | 人均收入(元) |\n"
            "全县 | 12000 | 180 | 2160 | 5600 | 9800 |\n东乡 | 7000 | 175 | 1225 | 5500 | 9100 |\n"
            "西乡 | 5000 | 187 | 935 | 5700 | 10700 |\n")


def test_a_column_per_unit_is_an_average_and_not_summed():
    [table] = build_document("t.txt", AVERAGES).tables
    assert table.kinds == ["label", "level", "average", "level", "average", "average"]
    assert run("A220", AVERAGES)[1] == []


def test_a_wrong_level_beside_average_columns_is_still_found():
    doc, [found] = run("A220", AVERAGES.replace("| 935 |", "| 953 |"))
    assert (doc.text[found.start:found.end], found.calc) == ("2160", "1225 + 953 = 2178 ≠ 2160")


# A header row copied without its empty corner cell: each heading stands one column to the left
# of its figures, and an empty cell closes the row.
CORNERLESS = ("表5 2024年畜牧业生产情况\n存栏(万头) | 出栏(万头) | 肉类产量(吨) | |\n"
              "合计 | 52.4 | 61.0 | 48200 |\n生猪 | 30.1 | 45.2 | 36100 |\n牛 | 12.3 | 5.6 | 7300 |\n羊 | 10.0 | 10.2 | 4800 |\n")


def test_a_header_without_its_corner_cell_heads_the_columns_of_its_figures():
    [table] = build_document("t.txt", CORNERLESS).tables
    assert [table.header(c) for c in range(1, table.width)] == ["存栏(万头)", "出栏(万头)", "肉类产量(吨)"]
    assert table.units[1:] == ["万头", "万头", "吨"]
    assert run("A220", CORNERLESS)[1] == []


def test_a_wrong_total_under_a_header_without_its_corner_cell_names_its_column():
    doc, [found] = run("A220", CORNERLESS.replace("| 61.0 |", "| 62.0 |"))
    assert (doc.text[found.start:found.end], found.args["column"]) == ("62.0", "出栏(万头)")
    assert found.calc == "45.2 + 5.6 + 10.2 = 61 ≠ 62.0"


# A table pasted from a page where a group's cell spanned its rows: the group's name is written
# once, before the first row's own numbered name, and that row is a cell wider than the others.
GROUPED = ("项目 | 城区 | 乡镇 | 合计 |\n一、受理投诉 | 41 | 23 | 64 |\n二、办理结果 | （一）已办结 | 30 | 19 | 49 |\n"
           "（二）正在办理 | 9 | 3 | 12 |\n（三）不予受理 | 1.不属职责范围 | 1 | 1 | 2 |\n2.重复投诉 | 1 | 0 | 1 |\n")


def test_a_group_cell_before_a_numbered_row_becomes_a_row_of_its_own():
    [table] = build_document("t.txt", GROUPED).tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["项目", "城区", "乡镇", "合计"], ["一、受理投诉", "41", "23", "64"], ["二、办理结果", "", "", ""],
        ["（一）已办结", "30", "19", "49"], ["（二）正在办理", "9", "3", "12"], ["（三）不予受理", "", "", ""],
        ["1.不属职责范围", "1", "1", "2"], ["2.重复投诉", "1", "0", "1"]]
    assert run("A220", GROUPED)[1] == []


def test_a_unit_in_the_cell_of_a_table_above_is_not_the_next_tables_unit():
    text = ("项目 | 本年收费金额(单位:万元) |\n行政事业性收费 | 0 |\n三、办理情况\n"
            "事项 | 网上 | 信函 | 总计 |\n咨询 | 120 | 14 | 134 |\n投诉 | 45 | 9 | 54 |\n")
    [table] = build_document("t.txt", text).tables
    assert table.units == [None, None, None, None]


def test_a_unit_line_in_brackets_gives_the_unit_without_the_bracket():
    text = "表2 部门支出(单位:万元)\n项目 | 上年 | 本年 |\n工资 | 120 | 134 |\n公用经费 | 45 | 54 |\n"
    [table] = build_document("t.txt", text).tables
    assert table.units[1:] == ["万元", "万元"]
