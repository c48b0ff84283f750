import pytest

from tests.test_rule_examples import findings_of


@pytest.mark.parametrize("text,span", [
    ("二、2023工作打算", (2, 6)),
    ("确定了2024创建省级示范校的目标。", (3, 7)),
    ("2022秋季学期开学。", (0, 4)),
])
def test_flagged(text, span):
    (f,) = findings_of("D202", text)
    assert (f.start, f.end, f.fix) == (*span, f"{text[span[0]:span[1]]}年")


@pytest.mark.parametrize("text", [
    "2023年工作打算", "发布日期：2022-01-18", "2021—2025年发展规划", "“1530”模式",
    "2000余人参加", "新增2035个学位", "投入2050万元", "承办2025中国民营企业500强峰会",
])
def test_clean(text):
    assert findings_of("D202", text) == []


import pytest


@pytest.mark.parametrize("text, year, after", [
    ("三、2027重点任务\n（一）稳增长", "2027", "重点"),
    ("（二）2025主要成效", "2025", "主"),
    ("回顾过去。2023极不寻常。", "2023", "极"),
    ("力争2035前基本建成。", "2035", "前"),
    ("2026春节期间走访慰问。", "2026", "春节"),
])
def test_year_opening_a_heading_or_sentence(text, year, after):
    (f,) = findings_of("D202", text)
    assert (text[f.start:f.end], f.args["after"], f.fix) == (year, after, year + "年")


@pytest.mark.parametrize("text", [
    "2000余名群众参加。",
    "一、2025年工作回顾",
    "| 2014增长% |",
    "全市共有2035家企业。",
])
def test_counts_and_tables_are_quiet(text):
    assert findings_of("D202", text) == []
