"""Hypothesis strategies for report-like documents: headings of every 公文 style, 一是 runs,
、-lists, 其中 and 按…分 breakdowns, structures, rates and shares, changes, Chinese numerals (well
formed or not), traditional characters and tables — the shapes the claims, relations and rules look for, with numbers that may be zero,
huge or malformed.

Used by tests/test_never_crashes.py and by the longer run of bench/fuzz.py.
"""

from __future__ import annotations

from hypothesis import strategies as st

CN_DIGITS = "零〇一二两三四五六七八九"
CN_CHARS = CN_DIGITS + "十百千万亿"
NOUNS = ("学生", "学校", "教师", "项目", "资金", "企业", "人口", "党员", "村", "乡镇", "城镇", "农村")
UNITS = ("人", "所", "个", "项", "万元", "亿元", "家", "名", "万人次", "平方米", "吨", "次", "件", "")
RATES = ("及格率", "优秀率", "完成率", "覆盖率", "合格率", "入学率", "增长率")
CHANGES = ("比去年增长", "同比下降", "较上年增加", "比上年减少", "提高", "由", "增长")
WORDS = ("稳增长", "抓党建", "促改革", "惠民生", "加强", "推进", "工作回顾", "下步打算", "内容", "其他")
# Anything at all now and then: report punctuation of both widths, brackets, quotes, white space.
NOISE_CHARS = "、，。；：,.;:()（）“”‘’《》【】-—～~ \t\u3000%％‰其中共计分别为是第部分余多近约"

cn_numeral = st.text(alphabet=CN_CHARS, min_size=1, max_size=6)
arabic = st.one_of(
    st.integers(0, 120).map(str),
    st.integers(0, 10**12).map(str),
    st.decimals(0, 100000, places=2, allow_nan=False, allow_infinity=False).map(str),
    st.sampled_from(["0", "0.0", "00", "1,234", "３５", "1.2.3", "0.5"]),
)
number = st.one_of(arabic, cn_numeral)
noun = st.sampled_from(NOUNS)
unit = st.sampled_from(UNITS)
noise = st.text(alphabet=st.sampled_from(NOISE_CHARS) | st.characters(), max_size=12)


@st.composite
def quantity(draw) -> str:
    """45人, 三千零五所, 约1.2万元, 七八十个."""
    prefix = draw(st.sampled_from(["", "", "约", "近", "超过", "共", "全年"]))
    suffix = draw(st.sampled_from(["", "", "余", "多"]))
    return f"{prefix}{draw(number)}{draw(st.sampled_from(['', '万', '亿']))}{suffix}{draw(unit)}"


@st.composite
def percentage(draw) -> str:
    value = draw(number)
    return draw(st.sampled_from([f"{value}%", f"{value}％", f"百分之{value}", f"{value}个百分点", f"{value}‰"]))


@st.composite
def heading_marker(draw) -> str:
    n = draw(st.one_of(cn_numeral, st.integers(0, 120).map(str)))
    return draw(st.sampled_from([
        f"{n}、", f"（{n}）", f"({n})", f"{n}.", f"{n}．", f"第{n}部分 ", f"第{n}部分：", f"{n}）", f"（{n}",
    ]))


@st.composite
def clause(draw) -> str:
    """One clause of the shapes the relations look for."""
    a, b, c = draw(noun), draw(noun), draw(noun)
    shapes = [
        lambda: f"{a}{draw(quantity())}",
        lambda: f"{a}共{draw(quantity())}，其中{b}{draw(quantity())}、{c}{draw(quantity())}",
        lambda: f"{a}{draw(quantity())}（{b}{draw(quantity())}，{c}{draw(quantity())}）",
        lambda: f"{a}{draw(st.sampled_from(RATES))}为{draw(percentage())}",
        lambda: f"占{a}的{draw(percentage())}",
        lambda: f"{b}占比{draw(percentage())}",
        lambda: f"{a}{draw(st.sampled_from(CHANGES))}{draw(quantity())}",
        lambda: f"{a}由{draw(quantity())}到{draw(quantity())}",
        lambda: f"{a}{draw(percentage())}，高于{b}{draw(percentage())}",
        lambda: f"{a}、{b}、{c}{draw(cn_numeral)}{draw(st.sampled_from(['所', '项', '个', '大']))}{b}",
        lambda: f"部署{draw(cn_numeral)}项{a}：{b}、{c}、{a}",
        lambda: f"{draw(cn_numeral)}是{draw(st.sampled_from(WORDS))}",
        lambda: f"{draw(number)}年{draw(number)}月{draw(number)}日",
        lambda: f"分别为{draw(quantity())}、{draw(quantity())}",
        lambda: f"合计{draw(quantity())}",
        lambda: f"按{b}分，{a}{draw(quantity())}；{c}{draw(quantity())}",
        lambda: f"三次产业结构{draw(st.sampled_from(['为', '由', '调整为']))}{draw(number)}:{draw(number)}:{draw(number)}",
        lambda: f"第{draw(cn_numeral)}产业增加值{draw(quantity())}",
        lambda: f"{b}{draw(quantity())}，占总数的{draw(percentage())}",
        lambda: f"{a}{draw(quantity())}，占年初预算的{draw(percentage())}，增收{draw(quantity())}",
        lambda: f"{a}(助理){b}{draw(quantity())}",
        lambda: f"{a}增幅{draw(number)}-{draw(number)}月份分别为-{draw(percentage())}、{draw(percentage())}",
        lambda: f"{a}{draw(number)}萬人，{b}{draw(number)}個",
        lambda: f"{a}{draw(number)}{draw(st.sampled_from(WORDS))}",
        # averages, differences of rates, targets, ratios to one, attribute lists, parts named by 分别为
        lambda: f"{a}{draw(quantity())}，惠及{draw(quantity())}户，{draw(st.sampled_from(['户均', '人均', '平均每期']))}{draw(quantity())}",
        lambda: f"人口出生率{draw(percentage())}，人口死亡率{draw(percentage())}，人口自然增长率为{draw(st.sampled_from(['', '-', '负']))}{draw(percentage())}",
        lambda: f"{a}{draw(quantity())}，完成年度目标{draw(quantity())}的{draw(percentage())}",
        lambda: f"医护比为1:{draw(number)}",
        lambda: f"其中{b}{draw(quantity())}，招生{draw(quantity())}，在校生{draw(quantity())}；{c}{draw(quantity())}，招生{draw(quantity())}，在校生{draw(quantity())}",
        lambda: f"{a}{draw(quantity())}，公路、铁路、水路、民航分别为{draw(quantity())}、{draw(quantity())}、{draw(quantity())}、{draw(quantity())}",
        lambda: f"{a}{draw(quantity())}，占比{draw(percentage())}；{b}{draw(quantity())}，占比{draw(percentage())}",
        lambda: f"{a}效劳中心{draw(quantity())}，，{b}開展(kāi){draw(percentage())}",
        lambda: draw(noise),
    ]
    return draw(st.sampled_from(shapes))()


@st.composite
def sentence(draw) -> str:
    clauses = draw(st.lists(clause(), min_size=1, max_size=5))
    return draw(st.sampled_from(["，", "，", "；", "、", ""])).join(clauses) + draw(
        st.sampled_from(["。", "。", "；", "！", "", "…"]))


@st.composite
def table_rows(draw) -> str:
    columns = draw(st.integers(2, 5))
    cells = st.one_of(noun, quantity(), percentage(), arabic, st.just(""))
    rows = draw(st.lists(st.lists(cells, min_size=columns, max_size=columns), min_size=1, max_size=5))
    if draw(st.booleans()):
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "---|" * columns)
    else:
        lines = ["   ".join(row) for row in rows]
    return "\n".join(lines)


@st.composite
def qizhong_run(draw) -> str:
    """A paragraph of totals and paragraphs each opening with 其中 (read as one list)."""
    totals = f"{draw(noun)}{draw(quantity())}，招生{draw(quantity())}，在校生{draw(quantity())}。"
    parts = [f"其中{draw(noun)}{draw(quantity())}，招生{draw(quantity())}，在校生{draw(quantity())}。"
             for _ in range(draw(st.integers(1, 3)))]
    return "\n".join([totals, *parts])


@st.composite
def line(draw) -> str:
    kind = draw(st.sampled_from(["heading", "heading", "paragraph", "paragraph", "paragraph", "table", "noise", "qizhong"]))
    if kind == "qizhong":
        return draw(qizhong_run())
    if kind == "heading":
        title = draw(st.one_of(st.sampled_from(WORDS), sentence(), clause()))
        return draw(heading_marker()) + title
    if kind == "paragraph":
        return "".join(draw(st.lists(sentence(), min_size=1, max_size=4)))
    if kind == "table":
        return draw(table_rows())
    return draw(noise)


report_document = st.lists(line(), max_size=12).map("\n".join)
