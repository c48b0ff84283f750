"""One quantity of one subject stated twice with different values."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label
from checker.claims.model import Claim
from checker.relations.arithmetic import rounding
from checker.relations.repeats import find_repeats


class A209(Rule):
    """What it finds: the same quantity of the same subject stated twice with different values —
    "全县在校学生总数3.2万人" in one paragraph and "全县在校学生总数3.5万人" in another, or
    "新建文体中心，投资500万元" followed by "该项目投资300万元".

    Why it matters: a reader who meets two values for one figure cannot tell which is right, and
    usually one of them is an old draft's figure that was not updated.

    Tolerance: reports legitimately repeat words for different periods (last year's figure,
    the five-year total, this year's target), so only two kinds of repeat are compared: a
    stock (总数, 人数, 总投资, 常住人口, 面积 …) stated under the same words in the same top-level
    section, where neither mention names a time, comparison or plan (年, 去年, 目标, 确保, 增加 …)
    and neither sentence holds a date; and a mention that points back (该项目, 此次) at the
    figure under the same words in its own or the previous paragraph. Approximate figures (余,
    约, 近) are not compared.

    Options: none.
    """

    code = "A209"
    name = "repeated-figure"
    category = "arithmetic"
    title = Message("同一数据前后不一致", "one figure stated with two values")
    messages = {
        "default": Message(
            "“{subject}”前文为{first}，此处为{again}",
            "“{subject}” is {first} earlier but {again} here",
        )
    }
    help = Message("统一为正确的数值", "use the correct value in both places")
    flagged = (
        "全县在校学生总数为3.2万人。各校办学条件持续改善。\n全县在校学生总数3.5万人，教师2800人。",
        "新建文体中心项目，投资500万元，服务群众5万人。该项目投资300万元，由县财政承担。",
        "全区参考人数为8768人，A+513人。全区参考人数8678人，其中城区学生4000人。",
        "启动老年大学扩建工程，建筑面积1.2万平方米。此工程建筑面积1.5万平方米，年内完工。",
        "全市常住人口为456万人。\n全市常住人口465万人，城镇化率62%。",
    )
    clean = (
        "全县在校学生总数为3.2万人。\n全县在校学生总数3.2万人，教师2800人。",
        "去年全县在校学生总数为3.2万人。今年全县在校学生总数3.5万人。",
        "全市常住人口为456万人。到2030年，全市常住人口达到480万人。",
        "新建文体中心项目，投资500万元。另一项目投资300万元。",
        "全县在校学生总数约3.2万人。全县在校学生总数3.5万人。",
    )

    def check(self, doc):
        for r in find_repeats(doc, self.data.subjects):
            if _differ(r.first, r.again) and (r.definite or _slip(r.first, r.again)):
                yield self.finding(
                    r.again.start, r.again.end,
                    labels=(Label(r.first.start, r.first.end, "前文", "stated earlier"),),
                    calc=f"{r.first.text} ≠ {r.again.text}",
                    subject=r.subject, first=r.first.text, again=r.again.text,
                )


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
