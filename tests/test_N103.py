from tests.test_rule_examples import findings_of


def test_space_before_magnitude_and_fix():
    (f,) = findings_of("N103", "累计投入资金25 万余元。")
    assert (f.start, f.end, f.fix) == (6, 12, "25万余元")


def test_space_before_nian():
    (f,) = findings_of("N103", "完成2022 年度目标。")
    assert (f.start, f.end, f.fix) == (2, 9, "2022年度")


def test_latin_unit_and_solid_numbers_are_quiet():
    assert findings_of("N103", "带宽达到1000 Mbps，投入12万元。") == []


import pytest


@pytest.mark.parametrize("text, flagged, variant, fix", [
    ("全年粮食产量 38.6万吨。", " ", "before", ""),
    ("比上年增加 57公顷。", " ", "before", ""),
    ("新增市场主体4 817户。", "4 817", "inside", "4817"),
    ("一般公共预算收入增长6.2 5%。", "6.2 5", "inside", "6.25"),
    ("城镇化率达到61.5% 。", " ", "punctuation", ""),
    ("自然增长率为2.6‰ ，比上年下降。", " ", "punctuation", ""),
    ("  全年新增就业4 120人。", "4 120", "inside", "4120"),
])
def test_stray_space_around_a_number(text, flagged, variant, fix):
    (f,) = findings_of("N103", text)
    assert (text[f.start:f.end], f.variant, f.fix) == (flagged, variant, fix)


@pytest.mark.parametrize("text", [
    "项目  2023年  2024年\n产值  12.5  13.1",
    "粮食\t12.6\t万吨",
    "指标 12.5 13.1 14.2",
    "表 3 全市主要指标",
    "第 2 页",
    "附件 1 申报表",
    "工作总结 2023年，全县上下团结奋斗。",
])
def test_tables_labels_and_titles_are_quiet(text):
    assert findings_of("N103", text) == []
