"""Percentages of one whole that add up to more than 100%, or to less when they are all of it."""

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
    miss 100% by that much per share. Other shares that add up to less than 100% are not
    flagged: the sentence may leave a group out. A share with its own whole ("占全省的12%") is not part of a
    run, nor is "占比" (装机占比 and 发电量占比 are shares of different wholes); an approximate
    share (约占, 近, 余) keeps the rule quiet.

    Parts that are all of their whole must add up to 100% within their rounding, more or less: a
    structure ("三次产业结构为9.6∶41.2∶49.2", "结构比为25.72:26.85:47.43") and shares whose names
    cover the whole — a pair that splits it in two (城镇学生 / 农村学生, 男生 / 女生, 国有 / 非国有:
    "城镇学生占59%，农村学生占31%"), one each of a group of ``rules/complements.toml`` (第一产业 /
    第二产业 / 第三产业), or age groups from 0 to an open end (0-14岁, 15-59岁, 60岁及以上).

    Options: add pairs with ``complements = [["公费", "自费"]]`` in ``[tool.hegao]``.
    """

    code = "A207"
    name = "percent-parts-sum"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("各部分占比之和超过100%", "shares of one whole add up to more than 100%")
    messages = {
        "default": Message("各部分占比之和为{sum}%，超过100%", "the shares add up to {sum}%, more than 100%"),
        "whole": Message("各部分合为全体，之和却为{sum}", "the parts make up the whole, yet they add up to {sum}"),
    }
    help = {
        "default": Message("核对各部分的占比", "check each share"),
        "whole": Message("核对各部分，使之合计为100", "check the parts: they must make up 100"),
    }
    flagged = (
        "全县学生中，城镇学生占62%，农村学生占41%。",
        "在校生中男生占52.4%，女生占48.1%。",
        "三次产业结构中，第一产业占9%，第二产业占45%，第三产业占48%。",
        "受访群众中，满意的占76%，基本满意的占21%，不满意的占5%。",
        "教师中本科学历占68%、研究生学历占35%。",
        "全县学生中，城镇学生占59%，农村学生占31%。",
        "三次产业结构调整为8.2∶39.5∶53.1。",
        "第一产业增加值比重为9.8%，第二产业增加值比重为42.1%，第三产业增加值比重为47.6%。",
        "0-14岁人口占16.1%；15-64岁人口占70.2%；65岁及以上人口占14.2%。",
    )
    clean = (
        "全县学生中，城镇学生占59%，农村学生占41%。",
        "清洁能源装机占比54.8%、发电量占比51.3%。",
        "三次产业结构中，第一产业占8.6%，第二产业占43.7%，第三产业占47.8%。",
        "城镇学生占全市的59%。农村学生占全县的60%。",
        "满意的约占76%，基本满意的占30%。",
        "全县学生中，城镇学生占59%，留守儿童占11%。",
        "三次产业结构调整为8.2∶39.2∶52.6。",
        "第一产业增加值比重为9.8%，第二产业增加值比重为42.6%，第三产业增加值比重为47.6%。",
        "0-14岁人口占16.1%；15-64岁人口占69.7%；65岁及以上人口占14.2%。",
        "全市中小学生师比为1:15.2:0.8。",
    )

    def check(self, doc):
        for r in relations_of(doc, PercentParts):
            yield from self._check(r)

    def _check(self, r: PercentParts):
        if any(p.approx for p in r.parts):
            return
        total = sum(p.value for p in r.parts)
        rounding = sum(half_unit(p) for p in r.parts) + 1e-9
        shown = fmt(round(total, 2))
        labels = tuple(Label(p.start, p.end, "分项", "part") for p in r.parts)
        if r.whole:
            if abs(total - 100) > rounding:
                yield self.finding(r.parts[0].start, r.parts[-1].end, "whole", labels=labels,
                                   calc=f"{' + '.join(p.text for p in r.parts)} = {shown} ≠ 100", sum=shown)
        elif total > 100 + rounding:
            yield self.finding(r.parts[0].start, r.parts[-1].end, labels=labels,
                               calc=f"{' + '.join(p.text for p in r.parts)} = {shown}% > 100%", sum=shown)
