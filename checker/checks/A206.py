"""A percentage above 100% where a part can never exceed its whole."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Severity
from checker.relations import relations_of
from checker.relations.model import Pairing
from checker.relations.rates import rate_name
from checker.relations.scope import clause_before, without_verbs
from checker.relations.shares import is_share
from checker.wordtrie import longest_first


class A206(Rule):
    """What it finds: a share ("占全市的120%", "占比105%") or a rate of a part of a whole
    (覆盖率, 合格率, 达标率, 开工率, 整改率 …) stated above 100%.

    Why it matters: no part is larger than its whole; such a figure is a typing slip (10.5% →
    105%) or a misplaced decimal point.

    Not flagged: growth (增长率, 增幅), 完成率 (a plan can be overfulfilled), 毛入学率 (counts
    pupils of any age against one age group) and any other rate whose name does not end in one
    of the listed rate names (see Options).

    Options: the rate names (by their ending: 覆盖率 covers 网络覆盖率) are listed in
    ``rules/part-rates.toml``; add your own with ``part-rates = [...]`` in ``[tool.hegao]``.
    """

    code = "A206"
    name = "impossible-percentage"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("百分比超过100%", "percentage above 100%")
    messages = {
        "default": Message("{what}{stated}超过100%", "{what} {stated} is above 100%"),
    }
    help = Message("核对小数点或数字是否录错", "check for a misplaced decimal point or a typing slip")
    flagged = (
        "全县义务教育巩固率达到102%。",
        "学生体质健康测试合格率为110.5%。",
        "农村学生占全县学生的135%。",
        "高新技术产业增加值占比108%。",
        "全年开工项目98个，开工率106%。",
    )
    clean = (
        "全县义务教育巩固率达到99.2%。",
        "地区生产总值增长率为105%。",
        "年度投资计划完成率112%。",
        "学前教育毛入学率达到103%。",
        "销售收入比上年增长130%。",
        "新增城镇就业1.2万人，占全年目标任务的120%。",
    )

    def check(self, doc):
        paired = dict(self._paired_names(doc))
        for claim in doc.claims:
            if claim.kind != "percent" or claim.value is None or claim.value <= 100:
                continue
            if is_share(doc.text, claim, self.data.targets):
                yield self.finding(claim.start, claim.end, what="占比", stated=claim.text)
                continue
            name = rate_name(doc.text, claim) or paired.get(claim.start) or self._ratio_name(doc.text, claim)
            if (name and name.endswith(self.data.part_rates) and not name.endswith("毛入学率")
                    and not any(w in name for w in self.data.not_parts)):
                yield self.finding(claim.start, claim.end, what=name, stated=claim.text)

    @staticmethod
    def _paired_names(doc):
        """(start of a value, its item's name) of 分别 lists whose items are one a value:
        "覆盖率、普及率分别提高到160%、92%"."""
        for r in relations_of(doc, Pairing):
            if len(r.items) == len(r.values) and len(r.counts) == 1:
                yield from ((value.start, doc.text[s:e]) for value, (s, e) in zip(r.values, r.items))

    def _ratio_name(self, text: str, claim) -> str:
        """The words of the claim's clause before it, without the verbs that lead to the figure:
        水质优良比例 of "近岸海域水质优良比例为94.9%", …比例 of "…比例提高到94%"."""
        verbs = (*self.data.cues.get("IS", ()), *self.data.cues.get("UPTO", ()))
        return without_verbs(clause_before(text, claim), tuple(longest_first(verbs)))
