"""Placeholders left in a draft."""

from __future__ import annotations

import re
from functools import cached_property

from checker.checks.base import Message, Rule
from checker.findings import Severity
from checker.prefilter import prefiltered


class T302(Rule):
    """What it finds: placeholder text a drafter left for a name or a figure still to be filled
    in — XX区, xx万元, ××学校, ○○ (not the 〇 of a numeral: 二〇〇八年), None, null, NaN, TODO,
    【待补充】 — and what a sharing site leaves where it stripped a report's figures: a rank or a
    date around nothing (第名, 截至月日), a unit after the word its figure followed (播种面积万亩，
    比上年增加万亩).

    Why it matters: a published report with "XX区" or "None" in it shows that nobody read the
    final draft; the reader cannot know the missing figure.

    Options: ``rules/placeholders.toml`` holds the patterns (regular expressions) and literal
    words; add your own there or with ``placeholders = [...]`` in ``[tool.hegao]``.
    """

    code = "T302"
    name = "placeholder"
    category = "text"
    severity = Severity.ERROR
    title = Message("稿中留有占位符", "placeholder left in the text")
    messages = {"default": Message("占位符“{text}”未替换为实际内容", "placeholder “{text}” was never filled in")}
    help = Message("填入实际的名称或数字", "fill in the real name or figure")
    flagged = (
        "全区共有XX所学校参加了比赛。",
        "投入资金xx万元用于校舍改造。",
        "索引号：None",
        "经费共计【待补充】万元。",
        "××镇中心小学被评为先进单位。",
        "TODO: 补充第三季度数据",
    )
    clean = (
        "全区共有12所学校参加了比赛。",
        "学生在XR实验室上课。",
        "开展了Nonesuch英语原版阅读活动。",
        "获评全国文明校园称号。",
        "学校始建于二〇〇八年。",
        "落实“双减”政策，减轻学生负担。",
    )

    @cached_property
    def pattern(self) -> re.Pattern:
        words = [re.escape(w) for w in self.data.placeholder_words]
        return prefiltered("|".join([*self.data.placeholder_patterns, *words]))

    def check(self, doc):
        for m in self.pattern.finditer(doc.text):
            yield self.finding(m.start(), m.end(), text=m.group())
