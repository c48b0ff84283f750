"""Parts of a breakdown that add up to more than their total."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations import relations_of
from checker.relations.arithmetic import fmt
from checker.relations.model import Breakdown


class A201(Rule):
    """What it finds: a total followed by its parts — in parentheses ("改造校舍12所（完工8所、
    在建6所）") or after 其中 ("培训教师860人次，其中骨干教师520人次、新任教师400人次") —
    whose parts add up to more than the total.

    Why it matters: the parts of a whole cannot exceed it; one of the figures was mistyped, or a
    part was counted twice.

    Tolerance: parts short of the total are not flagged, since a breakdown may leave items out
    (其中 lists only some). An approximate total or part (余, 约, 近, 以上) is not checked. For 其中,
    only the parts in the clause right after it count, and the breakdown is right if any figure of
    the same unit before 其中 in the sentence is large enough to be its total. A part that alone
    exceeds the total is reported by A205 instead.

    Options: none.
    """

    code = "A201"
    name = "breakdown-sum"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("分项之和与合计不符", "breakdown does not add up")
    messages = {
        "default": Message(
            "分项之和{sum}超过合计{total}",
            "the parts add up to {sum}, more than the total {total}",
        )
    }
    help = Message("核对合计或分项", "check the total and its parts")
    flagged = (
        "改造农村薄弱学校12所（完工8所、在建6所）。",
        "全年培训教师860人次，其中骨干教师520人次、新任教师400人次。",
        "新建保障性住房1500套（已交付900套，在建700套）。",
        "受理案件356件，其中民事案件200件、行政案件180件。",
        "投入资金3200万元（省级资金2000万元、县级资金1500万元）。",
    )
    clean = (
        "新建安置房100套（完工70套，装饰施工30套）。",
        "改扩建中小学校9所（已竣工5个，正在装饰施工3个、主体施工1个）。",
        "全年接待游客1243万人次，其中国内游客1100万人次、入境游客134万人次。",
        "培训教师860人次，其中骨干教师520人次。",
        "投入资金3200余万元（省级资金2000万元、县级资金1500万元）。",
    )

    def check(self, doc):
        for r in relations_of(doc, Breakdown):
            yield from self._check(r)

    def _check(self, r: Breakdown):
        if any(c.approx for c in (*r.parts, *r.totals)) or len(r.parts) < 2:
            return
        total = sum(p.value for p in r.parts)
        if any(total <= t.value for t in r.totals) or any(p.value > r.total.value for p in r.parts):
            return
        args = dict(sum=fmt(total), total=r.total.text)
        yield self.finding(
            r.total.start, r.total.end,
            labels=tuple(Label(p.start, p.end, "分项", "part") for p in r.parts),
            calc=f"{' + '.join(fmt(p.value) for p in r.parts)} = {fmt(total)} > {fmt(r.total.value)}",
            **args,
        )
