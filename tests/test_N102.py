import pytest

from checker.checks.N102 import N102
from checker.config import build_rule_data
from checker.document import build_document
from checker.settings import Overrides, Settings
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


@pytest.mark.parametrize("text,number", [
    ("今年新建村级文化广场45丰富群众生活。", "45"),
    ("全年改造农村危房230惠及困难家庭。", "230"),
    ("累计安装智能电表5600实现远程抄表。", "5600"),
    ("新增公共停车泊位1800，缓解停车难。", "1800"),
    ("发放惠民消费券20000拉动消费。", "20000"),
    ("引进高层次人才35充实科研力量。", "35"),
    ("新建5G行业专网12服务园区企业。", "12"),
])
def test_bare_count_after_count_verb_and_object(text, number):
    start = text.index(number)
    assert [(f.start, f.end) for f in findings_of("N102", text)] == [(start, start + len(number))]


@pytest.mark.parametrize("text", [
    "新建镇120急救站点，缩短急救半径。",
    "建成区12348公共法律服务平台。",
    "完成项目编号2024017的验收。",
    "改造国道318沿线路面。",
    "改造S309省道。",
    "建成G60科创走廊。",
    "完成《城乡规划2035》编制。",
    "新增护士30和45名。",
    "新建农田3000至3500亩。",
    "新建机井30眼。",
    "新建PM2.5监测站。",
    "完成2023年度任务。",
    "新增3200实现翻番。",
])
def test_count_verb_without_missing_unit_is_quiet(text):
    assert findings_of("N102", text) == []


def test_count_verbs_come_from_rule_data():
    text = "全年修缮古建筑14延续历史文脉。"
    assert list(N102(build_rule_data({})).check(build_document("a.txt", text))) == []
    data = build_rule_data({"count-verbs": ["修缮"]})
    assert len(list(N102(data).check(build_document("a.txt", text)))) == 1


def test_count_verbs_config_key(tmp_path):
    path = tmp_path / "hegao.toml"
    path.write_text('count-verbs = ["修缮"]\n', encoding="utf-8")
    data = Settings(Overrides(), str(path)).for_path("-").data
    assert "修缮" in data.count_verbs
