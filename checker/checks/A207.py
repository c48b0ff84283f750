"""Percentages of one whole that add up to more than 100%."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations import relations_of
from checker.relations.arithmetic import fmt, half_unit
from checker.relations.model import PercentParts


class A207(Rule):
    """What it finds: shares of one whole stated side by side in a sentence, each with 占 and no
    whole of its own — "城镇学生占62%，农村学生占41%" — that add up to more than 100%.

    Why it matters: the parts of one whole cannot make up more than all of it; one share is
    mistyped.

    Tolerance: each share may have been rounded by half a unit of its last digit, so the sum may
    exceed 100% by that much per share. Shares that add up to less than 100% are not flagged: the
    sentence may leave a group out. A share with its own whole ("占全省的12%") is not part of a
    run, nor is "占比" (装机占比 and 发电量占比 are shares of different wholes); an approximate
    share (约占, 近, 余) keeps the rule quiet.

    Options: none.
    """

    code = "A207"
    name = "percent-parts-sum"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("各部分占比之和超过100%", "shares of one whole add up to more than 100%")
    messages = {"default": Message("各部分占比之和为{sum}%，超过100%", "the shares add up to {sum}%, more than 100%")}
    help = Message("核对各部分的占比", "check each share")
    flagged = (
        "全县学生中，城镇学生占62%，农村学生占41%。",
        "在校生中男生占52.4%，女生占48.1%。",
        "三次产业结构中，第一产业占9%，第二产业占45%，第三产业占48%。",
        "受访群众中，满意的占76%，基本满意的占21%，不满意的占5%。",
        "教师中本科学历占68%、研究生学历占35%。",
    )
    clean = (
        "全县学生中，城镇学生占59%，农村学生占41%。",
        "清洁能源装机占比54.8%、发电量占比51.3%。",
        "三次产业结构中，第一产业占8.6%，第二产业占43.7%，第三产业占47.8%。",
        "城镇学生占全市的59%。农村学生占全县的60%。",
        "满意的约占76%，基本满意的占30%。",
    )

    def check(self, doc):
        for r in relations_of(doc, PercentParts):
            yield from self._check(r)

    def _check(self, r: PercentParts):
        if any(p.approx for p in r.parts):
            return
        total = sum(p.value for p in r.parts)
        if total <= 100 + sum(half_unit(p) for p in r.parts) + 1e-9:
            return
        shown = fmt(round(total, 2))
        yield self.finding(
            r.parts[0].start, r.parts[-1].end,
            labels=tuple(Label(p.start, p.end, "分项", "part") for p in r.parts),
            calc=f"{' + '.join(p.text for p in r.parts)} = {shown}% > 100%",
            sum=shown,
        )
