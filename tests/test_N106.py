import pytest

from tests.test_rule_examples import findings_of


@pytest.mark.parametrize("text,span", [
    ("全市共有教师5千名。", (6, 9)),
    ("建成书屋1百零8个。", (4, 9)),
    ("组建社团十5个。", (4, 7)),
])
def test_flagged(text, span):
    assert [(f.start, f.end) for f in findings_of("N106", text)] == [span]


@pytest.mark.parametrize("text", [
    "全市共有教师5000名。", "全市共有教师五千名。", "投入2.7万元。",
    "新建110千伏变电站。", "产值突破3千亿元。",
])
def test_clean(text):
    assert findings_of("N106", text) == []
