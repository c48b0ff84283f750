import pytest

from tests.test_rule_examples import findings_of


@pytest.mark.parametrize("text,span", [
    ("本学期新增兼职教研员14深入课堂指导。", (10, 12)),
    ("全年组织专题调研26,形成报告多篇。", (8, 10)),
    ("推荐优秀辅导员7参加省级评选。", (7, 8)),
    ("新建家长学校11；实现全覆盖。", (6, 8)),
])
def test_flagged(text, span):
    assert [(f.start, f.end) for f in findings_of("N102", text)] == [span]


@pytest.mark.parametrize("text", [
    "报名人数保底1200，争取突破1500。",
    "入选中国企业500强。",
    "开通12345热线。",
    "三、2023工作计划",
    "A+等级学生513人。",
    "执行GB/T 15835标准。",
    "建成5G基站。",
    "联系电话：0533-8181818",
    "（3）加强师资队伍建设",
    "教师35名，学生20人。",
    "“1530”安全教育模式。",
    "浓度降至30微克/立方米。",
])
def test_clean(text):
    assert findings_of("N102", text) == []
