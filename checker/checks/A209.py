"""One quantity of one subject stated twice with different values."""

from __future__ import annotations

import re

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.claims.model import Claim
from checker.relations.arithmetic import rounding
from checker.relations import relations_of
from checker.relations.model import Repeat, Retimed
from checker.relations.scope import change_pattern, clause_before, is_count
from checker.subjects import SubjectReader


class A209(Rule):
    """What it finds: the same quantity of the same subject stated twice with different values —
    "全县在校学生总数3.2万人" in one paragraph and "全县在校学生总数3.5万人" in another, a lead
    paragraph and a later detailed section giving one figure with a digit changed ("全年粮食播种
    面积385.87万亩" … "全市全年粮食播种面积385.89万亩"), or "新建文体中心，投资500万元" followed
    by "该项目投资300万元".

    Why it matters: a reader who meets two values for one figure cannot tell which is right, and
    usually one of them is an old draft's figure that was not updated.

    Tolerance: two figures are compared only when their subjects are the same quantity
    (``same_quantity``): the same noun and unit, in the same scope (小学 and 初中 each have
    在校生), with the same qualifiers (常住 / 户籍, 新增 / 累计, 城镇 / 乡村, 60岁及以上 / 65岁及以上)
    in the same region and time (a year, 上年, 一季度, a plan: 目标, 到2030年, a 下一步打算 heading).
    Changes, comparison bases and figures describing what follows them (投资8000万元的项目) are
    not levels and are never compared. A stock (总数, 人口, 面积 …) or a mention that points back
    (该项目, 此次, in its own or the previous paragraph) is flagged for any two values; any other
    figure only when one value looks like a typing slip of the other (three or more digits, one
    changed or two neighbours swapped: 2318 / 2381), since reports repeat the words of flows
    (新建, 完成) for different things. Values within the rounding of both figures agree (456万 and
    456.3万); approximate figures (余, 约, 近) are not compared, nor two ；-items of one sentence
    (其中，甲县…增产42.7亿斤；乙县…增产42.2亿斤: a list of things of one kind, each its own).

    Variant ``period``: one figure and its change stated to the decimal under two periods — "一季度
    …第三产业增加值19.6亿元，增长6.3%" and "上半年…第三产业增加值19.6亿元，增长6.3%": a flow does not
    stay the same over two periods, so one period word was not updated. The word underlined is
    the period the report's first sentence does not name (a 上半年 report's 一季度), else the
    later one; figures of fewer than three digits and stocks are left alone.

    Variant ``swapped``: two figures in one unit, whatever words state them, whose digits differ by
    two neighbours swapped and that share a name of three characters where they stand ("家庭农场发展
    到1268家" … "全县1286家家庭农场中"): one was mistyped. A warning from four significant digits,
    information for three; figures of other qualifiers, region or time, or of two scopes (——职高 …
    ——技校), changes (比上年减少294所) and figures in tables are left alone.

    Options: the scope, qualifier and time words are `subjects` in the configuration
    (rules/subjects.toml).
    """

    code = "A209"
    name = "repeated-figure"
    category = "arithmetic"
    title = Message("同一数据前后不一致", "one figure stated with two values")
    messages = {
        "default": Message(
            "“{subject}”前文为{first}，此处为{again}",
            "“{subject}” is {first} earlier but {again} here",
        ),
        "swapped": Message(
            "{again}与前文同一名称下的{first}只差相邻两位数字的顺序，疑为录入颠倒",
            "{again} differs from the {first} stated earlier under the same name only by two neighbouring digits swapped",
        ),
        "period": Message(
            "“{subject}”在“{first_time}”和“{again_time}”下都是{value}、{change}：此处的时期疑有误",
            "“{subject}” is {value}, {change} both for “{first_time}” and for “{again_time}”: this period looks wrong",
        ),
    }
    help = {
        "default": Message("统一为正确的数值", "use the correct value in both places"),
        "period": Message("核对两处所说的时期", "check the period each place names"),
        "swapped": Message("核对这两处数字，统一为正确的一个", "check both figures and use the right one in both places"),
    }
    flagged = (
        "全县在校学生总数为3.2万人。各校办学条件持续改善。\n全县在校学生总数3.5万人，教师2800人。",
        "新建文体中心项目，投资500万元，服务群众5万人。该项目投资300万元，由县财政承担。",
        "全区参考人数为8768人，A+513人。全区参考人数8678人，其中城区学生4000人。",
        "启动老年大学扩建工程，建筑面积1.2万平方米。此工程建筑面积1.5万平方米，年内完工。",
        "全市常住人口为456万人。\n全市常住人口465万人，城镇化率62%。",
        "全年全区棉花总产量3.46万吨。\n二、农业\n全区棉花总产量3.64万吨，比上年增长2.1%。",
        "——小学。在校学生12630人。\n全县小学在校生12360人，专任教师900人。",
        "一季度，全县第二产业增加值24.8亿元，增长5.2%。\n上半年，全县第二产业增加值24.8亿元，增长5.2%。",
    )
    clean = (
        "全县在校学生总数为3.2万人。\n全县在校学生总数3.2万人，教师2800人。",
        "去年全县在校学生总数为3.2万人。今年全县在校学生总数3.5万人。",
        "全市常住人口为456万人。到2030年，全市常住人口达到480万人。",
        "新建文体中心项目，投资500万元。另一项目投资300万元。",
        "全县在校学生总数约3.2万人。全县在校学生总数3.5万人。",
        "（一）小学\n在校生12630人。\n（二）初中\n在校生12360人。",
        "常住人口中城镇人口32.4万人。户籍人口中城镇人口23.4万人。",
        "全市新增装机容量126万千瓦，总装机容量612万千瓦。",
        "全县60岁及以上人口11.2万人，其中65岁及以上人口8.5万人。",
        "2010年全县常住人口48.6万人。\n2020年全县常住人口46.8万人。",
        "新建村级活动场所12个。\n新建村级活动场所21个，均已投入使用。",
        "全市常住人口为456万人。\n全市常住人口456.3万人。",
        "一季度，全县第二产业增加值24.8亿元，增长5.2%。\n上半年，全县第二产业增加值51.3亿元，增长5.2%。",
    )

    def check(self, doc):
        for r in relations_of(doc, Repeat):
            if _differ(r.first, r.again) and (r.definite or _slip(r.first, r.again)):
                yield self.finding(
                    r.again.start, r.again.end,
                    labels=(Label(r.first.start, r.first.end, "前文", "stated earlier"),),
                    calc=f"{r.first.text} ≠ {r.again.text}",
                    subject=r.subject, first=r.first.text, again=r.again.text,
                )
        yield from self._swapped(doc, {(r.first, r.again) for r in relations_of(doc, Repeat)})
        for r in relations_of(doc, Retimed):
            yield self.finding(
                *r.slip, "period",
                labels=(Label(r.first.start, r.first.end, r.first_time, r.first_time),
                        Label(r.again.start, r.again.end, r.again_time, r.again_time)),
                subject=r.subject, value=r.again.text, change=r.change.text,
                first_time=r.first_time, again_time=r.again_time,
            )

    def _swapped(self, doc, compared: set):
        """Two figures in one unit, named alike where they stand, whose digits are the same but for
        two neighbours swapped (家庭农场发展到1268家 … 全县1286家家庭农场): one was mistyped, whatever
        words state them. A warning from four significant digits, information below. Each figure
        looks up the few numerals its swaps make among those before it: a document of thousands
        of figures costs no more per figure than a short one."""
        text, seen, reader = doc.text, {}, None
        changes = change_pattern(doc.data.cues)
        figures = [c for c in doc.claims if is_count(c) and not c.approx and c.significant_digits >= 3
                   and not doc.in_table(c.start) and not changes.search(clause_before(text, c))]
        for claim in figures:
            written = claim.text
            for variant in _neighbour_swaps(written[:claim.number_end - claim.start]):
                for earlier in seen.get((claim.unit, variant + written[claim.number_end - claim.start:]), ()):
                    if (earlier, claim) in compared or not _names_near(text, earlier) & _names_near(text, claim):
                        continue
                    reader = reader or SubjectReader(doc, doc.data.subjects)  # read only when a pair is found
                    if not _set_apart(reader.subject(earlier), reader.subject(claim)):
                        yield self.finding(
                            claim.start, claim.end, "swapped",
                            labels=(Label(earlier.start, earlier.end, "前文", "stated earlier"),),
                            calc=f"{earlier.text} ≠ {claim.text}", first=earlier.text, again=claim.text,
                            severity=None if claim.significant_digits >= 4 else Severity.INFO)
            seen.setdefault((claim.unit, written), []).append(claim)


def _neighbour_swaps(numeral: str) -> list[str]:
    """The numerals made by swapping two different neighbouring digits (1268 → 2168, 1628, 1286)."""
    return [numeral[:i] + numeral[i + 1] + numeral[i] + numeral[i + 2:] for i in range(len(numeral) - 1)
            if numeral[i] != numeral[i + 1] and numeral[i].isdigit() and numeral[i + 1].isdigit()]


def _set_apart(a, b) -> bool:
    """Whether two subjects name different settings: other qualifiers (新增 beside none: a flow
    and its stock), region or time (上年 beside the report's own), or two scopes (职高, 技校). A
    scope that one names and the other does not is no difference: the words around a figure do
    not always repeat its section's."""
    return ((a.qualifiers, a.region, a.time) != (b.qualifiers, b.region, b.time)
            or bool(a.scope) and bool(b.scope) and a.scope != b.scope)


def _differ(a: Claim, b: Claim) -> bool:
    """Whether two figures differ by more than their rounding (456万 and 456.3万 do not)."""
    return abs(a.value - b.value) > rounding(a) + rounding(b)


def _slip(a: Claim, b: Claim) -> bool:
    """Whether one figure looks like a typing slip of the other: written alike (same magnitude and
    decimals) with at least three digits, one of them changed or two neighbours swapped
    (385.87 / 385.89, 2318 / 2381)."""
    x, y = (c.text[:c.number_end - c.start] for c in (a, b))
    if a.text[len(x):] != b.text[len(y):] or len(x) != len(y) or not (x + y).replace(".", "").isdigit():
        return False
    if len(x.replace(".", "").lstrip("0")) < 3:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]])


# Characters either side of a figure read for the name it shares with another: 家庭农场发展到1268家
# and 全县1286家家庭农场中.
_BEFORE, _AFTER = 10, 6
_SHARED = 3  # 汉字 a shared name has at least
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _names_near(text: str, claim: Claim) -> set[str]:
    """The runs of 汉字 of ``_SHARED`` characters around a figure, as written there."""
    window = text[max(0, claim.start - _BEFORE):claim.start] + "|" + text[claim.end:claim.end + _AFTER]
    return {run[i:i + _SHARED] for run in _HAN_RUN.findall(window) for i in range(len(run) - _SHARED + 1)}
