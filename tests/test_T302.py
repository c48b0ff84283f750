import pytest

from tests.test_rule_examples import findings_of


def texts(text):
    return [f.args["text"] for f in findings_of("T302", text)]


@pytest.mark.parametrize("text,placeholders", [
    ("与○○师范学院共建实习基地。", ["○○"]),
    ("由〇〇公司承建。", ["〇〇"]),
    ("报告日期：○○○○年○○月。", ["○○○○", "○○"]),
    ("投入资金○○万元。", ["○○"]),
    ("关于〇〇同志任职的通知", ["〇〇"]),
])
def test_circle_placeholders_anywhere(text, placeholders):
    assert texts(text) == placeholders


@pytest.mark.parametrize("text", [
    "该院二〇〇八年迁入新址。",
    "满分一〇〇分。",
    "二○○○年撤乡建镇。",
    "文件编号为〇〇七。",
    "○ 加强日常管理",
])
def test_numerals_are_not_placeholders(text):
    assert texts(text) == []


@pytest.mark.parametrize("text,placeholders", [
    ("定于X月X日召开推进会。", ["X", "X"]),
    ("202X年完成全部改造任务。", ["202X"]),
    ("□□学校新建教学楼一栋。", ["□□"]),
    ("全面加□推进改革。", ["□"]),
])
def test_date_and_box_placeholders(text, placeholders):
    assert texts(text) == placeholders


@pytest.mark.parametrize("text", [
    "引进X射线检测设备2台。",
    "□ 加强日常管理。",
    "推进Windows系统国产化替代。",
])
def test_letters_and_bullets_are_not_placeholders(text):
    assert texts(text) == []


@pytest.mark.parametrize("text,placeholders", [
    ("印发《*县养老服务三年行动》。", ["*"]),
    ("新建村级活动场所*个、文化广场*个。", ["*", "*"]),
    ("编制规划(*-*)并组织实施。", ["*-*"]),
    ("打造“*+N”服务品牌。", ["*"]),
    ("会同*市*区卫健委开展督查。", ["*", "*"]),
    ("全年拨付补助资金x万元，完成率达x%。", ["x", "x"]),
    ("前往×镇调研。", ["×"]),
])
def test_single_star_or_x_stands_for_a_name_or_figure(text, placeholders):
    assert texts(text) == placeholders


@pytest.mark.parametrize("text", [
    "推行7×24小时服务。",
    "配备X光机2台。",
    "3*5的方阵。",
    "* 加强日常管理",
    "注：带*的指标为快报数。",
])
def test_operators_bullets_and_markers_are_quiet(text):
    assert texts(text) == []
