import pytest

from tests.test_rule_examples import findings_of


def found(text):
    return [(f.start, f.end, f.variant, f.calc) for f in findings_of("D201", text)]


@pytest.mark.parametrize("text,expected", [
    ("新馆202306月开馆。", [(2, 9, "month", "202306月 → 2023年6月")]),
    ("于57日召开会议。", [(1, 4, "day", "57日 → 5月7日")]),
    ("自2022915日起施行。", [(1, 9, "day", "2022915日 → 2022年9月15日")]),
    ("2023年2月29日放假。", [(0, 10, "day", None)]),
    ("4月31日前完成。", [(0, 5, "day", None)]),
    ("1900年2月29日", [(0, 10, "day", None)]),
    ("2023年2月27日至2月30日", [(0, 16, "day", None)]),
    ("会议定于14月召开。", [(4, 7, "month", None)]),
    ("县教育局\n20230615\n", [(5, 13, "bare", "20230615 → 2023年6月15日")]),
])
def test_flagged(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "2024年2月29日放假。", "2月29日放假。", "9月30日完成。", "7-9月份开展活动。",
    "2021—2025年规划。", "7月1日至7月11日培训。", "“11·25”专项行动。",
    "电话：2023118", "共计2023118元。", "百日攻坚行动。", "2000年2月29日",
])
def test_clean(text):
    assert found(text) == []
