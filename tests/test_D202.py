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
