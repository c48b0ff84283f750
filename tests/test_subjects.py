"""Subjects: what a figure is about, and ``same_quantity`` on a table of pairs of figures."""

import pytest

from checker.config import build_rule_data, default_rule_data
from checker.document import build_document
from checker.settings import ConfigError, Overrides, Settings
from checker.subjects import SubjectReader, same_quantity

# (text, first figure, second figure, same quantity?) — the figures are found by their text, the
# first occurrence for the first and the last for the second.
SAME = [
    ("全区共有执业医师1520人，注册护士1800人。\n全区执业医师1502人中，女性占六成。", "1520人", "1502人"),
    ("今年全县小麦播种面积42.6万亩。\n一、种植业\n全县全年小麦播种面积42.8万亩，单产410公斤。", "42.6万亩", "42.8万亩"),
    ("2023年全市油菜生产形势良好，其中种植面积18.3万亩，总产2.6万吨。\n我市全年油菜种植面积18.5万亩。", "18.3万亩", "18.5万亩"),
    ("全镇户籍人口总数为4.3万人。\n全镇户籍人口4.6万人，其中外出务工1.1万人。", "4.3万人", "4.6万人"),
    ("——初中。在校学生5230人，专任教师410人。\n初中在校生5320人。", "5230人", "5320人"),
    ("二、小学教育\n全县小学在校生12680人。\n三、其他\n全县小学在校学生数12860人。", "12680人", "12860人"),
    ("年末全县常住人口58.2万人，其中城镇人口31.4万人。\n全县常住人口中，城镇人口31.6万人。", "31.4万人", "31.6万人"),
    ("全年全县粮食总产量46.2万吨。\n全县粮食产量46.8万吨，比上年增长1.2%。", "46.2万吨", "46.8万吨"),
    ("2024年，全市规模以上工业企业达到412家。\n全市规模以上工业企业421家，实现产值580亿元。", "412家", "421家"),
    ("全县60岁及以上老年人9.6万人。\n全县60岁及以上老年人9.8万人，占户籍人口的21%。", "9.6万人", "9.8万人"),
    ("全市新增城镇就业1.35万人。\n全年全市新增城镇就业1.53万人，完成目标任务。", "1.35万人", "1.53万人"),
    ("本市共有养老机构床位6400张。\n全市养老机构床位6040张，护理型床位占55%。", "6400张", "6040张"),
    ("全县玉米播种面积8.2万亩，单产612.4公斤，总产5.02万吨。\n玉米平均亩产达到621.4公斤，创历史新高。", "612.4公斤", "621.4公斤"),
    ("全县男性人口28.4万人，女性人口26.1万人。\n全县男性人口28.6万人。", "28.4万人", "28.6万人"),
    ("全区农村公路里程1860公里。\n截至年末，全区农村公路里程1680公里。", "1860公里", "1680公里"),
    ("——幼儿园。在园幼儿8612人。\n全县幼儿园在园幼儿8621人。", "8612人", "8621人"),
    ("全年完成造林面积3.2万亩。\n全年完成造林面积3.5万亩，森林覆盖率提高到45%。", "3.2万亩", "3.5万亩"),
    ("全省普通高中在校生82.4万人。\n（三）普通高中\n全省普通高中在校学生82.7万人。", "82.4万人", "82.7万人"),
    ("全县户籍总户数10.2万户。\n全县户籍户数10.5万户，户均人口3.1人。", "10.2万户", "10.5万户"),
    ("全区公办幼儿园专任教师916人。\n全区公办幼儿园专任教师961人。", "916人", "961人"),
    ("一季度全市接待游客126万人次。\n一季度，全市共接待游客162万人次。", "126万人次", "162万人次"),
    ("第三产业增加值286.4亿元，增长6.1%。\n全年第三产业增加值286.7亿元。", "286.4亿元", "286.7亿元"),
    ("全市乡村人口41.3万人。\n全市乡村人口41.8万人，占总人口的38%。", "41.3万人", "41.8万人"),
]

DIFFERENT = [
    # scope: a school level, a sector, a crop
    ("小学招生4120人，在校生2.46万人。\n初中招生3580人，在校生1.02万人。", "2.46万人", "1.02万人"),
    ("二、小学教育\n在校生26540人，专任教师1530人。\n三、初中教育\n在校生11320人，专任教师980人。", "26540人", "11320人"),
    ("——小学。在校学生5230人。\n——初中。在校学生5320人。", "5230人", "5320人"),
    ("第一产业增加值38.6亿元；第二产业增加值38.9亿元。", "38.6亿元", "38.9亿元"),
    ("夏粮播种面积52.4万亩，秋粮播种面积52.6万亩。", "52.4万亩", "52.6万亩"),
    ("全县普通高中在校生6420人。\n全县高中阶段在校生6240人。", "6420人", "6240人"),
    ("规模以上工业企业利润32.6亿元。\n全部工业企业利润32.9亿元。", "32.6亿元", "32.9亿元"),
    # qualifiers: residence, flow, area, sex, age, ownership
    ("常住人口中城镇人口32.4万人。\n户籍人口中城镇人口23.4万人。", "32.4万人", "23.4万人"),
    ("全年新增装机容量126万千瓦。\n全市总装机容量162万千瓦。", "126万千瓦", "162万千瓦"),
    ("全县60岁及以上人口11.2万人，其中65岁及以上人口11.5万人。", "11.2万人", "11.5万人"),
    ("城镇居民人均可支配收入43260元；农村居民人均可支配收入43620元。", "43260元", "43620元"),
    ("全县男性人口28.4万人，女性人口28.6万人。", "28.4万人", "28.6万人"),
    ("公办幼儿园在园幼儿3120人，民办幼儿园在园幼儿3210人。", "3120人", "3210人"),
    ("累计建成5G基站2460个。\n全年新建5G基站2640个。", "2460个", "2640个"),
    # time: a census, last year, a quarter, a plan, a heading that plans
    ("2010年第六次全国人口普查时，全县常住人口48.6万人。\n2020年全县常住人口46.8万人。", "48.6万人", "46.8万人"),
    ("上年全县粮食总产量12.4万吨。\n全年全县粮食总产量12.6万吨。", "12.4万吨", "12.6万吨"),
    ("一季度全市接待游客126万人次。\n上半年全市接待游客162万人次。", "126万人次", "162万人次"),
    ("全市常住人口为456万人。\n到2030年，全市常住人口达到465万人。", "456万人", "465万人"),
    ("一、2023年工作回顾\n全区养老床位3200张。\n二、2024年工作安排\n全区养老床位3020张。", "3200张", "3020张"),
    # what the figure is counted of, and units
    ("民营企业1240家，从业人员5.8万人；外资企业86家，从业人员5.6万人。", "5.8万人", "5.6万人"),
    ("普通高校招生2.1万人，其中本科8460人。在校生7.2万人，其中本科8640人。", "8460人", "8640人"),
    ("全市粮食播种面积385.6万亩。\n全市粮食播种面积25.7万公顷。", "385.6万亩", "25.7万公顷"),
]

CASES = [(*case, True) for case in SAME] + [(*case, False) for case in DIFFERENT]


def subjects(text: str, first: str, second: str, data=None):
    doc = build_document("case.txt", text)
    reader = SubjectReader(doc, (data or default_rule_data()).subjects)
    a = next(c for c in doc.claims if c.text == first)
    b = [c for c in doc.claims if c.text == second][-1]
    assert a is not b
    return reader.subject(a), reader.subject(b)


def test_the_table_is_large_and_balanced():
    assert len(SAME) >= 20 and len(DIFFERENT) >= 20


@pytest.mark.parametrize("text,first,second,same", CASES, ids=[f"{'same' if c[3] else 'different'}-{i}" for i, c in enumerate(CASES)])
def test_same_quantity(text, first, second, same):
    a, b = subjects(text, first, second)
    assert same_quantity(a, b) is same, (a, b)
    assert same_quantity(b, a) is same


def test_subject_parts():
    part, _ = subjects("户籍总人口134.3万人，比上年下降0.5%，其中：城镇人口25.1万人。", "25.1万人", "134.3万人")
    assert (part.noun, part.unit, part.scope, part.time, part.words) == ("人口", "人", "", "", "城镇人口")
    assert part.qualifiers == {("basis", "户籍"), ("area", "城镇")}
    pupils, _ = subjects("二、小学教育\n2019年全县在校生2.46万人，教师1500人。", "2.46万人", "1500人")
    assert (pupils.noun, pupils.scope, pupils.region, pupils.time) == ("在校生", "小学", "县", "")
    planned, _ = subjects("2023年全县在校生2.46万人。到2030年全县在校生达到3万人。", "3万人", "2.46万人")
    assert planned.time == "计划2030"


def test_user_words_extend_the_lists():
    text = "——职高。在校生1.2万人。\n——技校。在校生1.5万人。"
    assert same_quantity(*subjects(text, "1.2万人", "1.5万人"))
    data = build_rule_data({"subjects": {"scope": ("职高", "技校")}})
    assert not same_quantity(*subjects(text, "1.2万人", "1.5万人", data))
    text = "其中公费生在校3120人。\n其中自费生在校3210人。"
    assert same_quantity(*subjects(text.replace("公费生", "").replace("自费生", ""), "3120人", "3210人"))
    data = build_rule_data({"subjects": {"qualifiers": (("funding", ("公费生", "自费生")),)}})
    a, b = subjects(text, "3120人", "3210人", data)
    assert (a.qualifiers, b.qualifiers) == ({("funding", "公费生")}, {("funding", "自费生")})
    assert not same_quantity(a, b)


def test_the_subjects_key_of_a_configuration_file(tmp_path):
    path = tmp_path / "hegao.toml"
    path.write_text('[subjects]\nscope = ["职高"]\nqualifiers = {funding = ["公费生", "自费生"]}\n'
                    'synonyms = [["在园幼儿", "在园儿童"]]\n', encoding="utf-8")
    words = Settings(Overrides(), str(path)).for_path("-").data.subjects
    assert "职高" in words.scope and ("funding", ("公费生", "自费生")) in words.qualifiers
    assert ("在园幼儿", "在园儿童") in words.synonyms


@pytest.mark.parametrize("table, message", [
    ('[subjects]\nscopes = ["职高"]\n', "subjects: unknown list 'scopes'"),
    ('[subjects]\nscope = "职高"\n', "subjects: scope must be a list of strings"),
    ('[subjects]\nsynonyms = ["在园幼儿"]\n', "subjects: synonyms must be a list of word lists"),
    ('subjects = ["职高"]\n', "subjects must be a table"),
])
def test_a_bad_subjects_key_is_a_one_line_error(tmp_path, table, message):
    path = tmp_path / "hegao.toml"
    path.write_text(table, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        Settings(Overrides(), str(path)).for_path("-")


@pytest.mark.parametrize("before, period", [
    ("全县新建学校三所，" * 30 + "比", None),  # a long clause: only its end is searched for 比
    ("全县新建学校三所，" * 30 + "同比\n", None),  # a comparison word, then a line break
    ("全县新建学校三所，" * 30, "上年"),
    ("比" + "全县新建学校三所，" * 30, "上年"),  # a comparison word far before is not this time's
])
def test_a_time_after_a_comparison_word_is_its_base(before, period):
    text = before + "上年末在校生3万人。"
    reader = SubjectReader(build_document("t.txt", text), default_rule_data().subjects)
    assert reader._times_in(before + "上年末").period == period
