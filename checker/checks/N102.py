"""A bare count whose unit or classifier was dropped."""

from __future__ import annotations

import re

from checker.checks.D202 import YEARS
from checker.checks.base import Message, Rule

# Characters that make a bare number part of a word, not a count that lost its unit:
# 500强, 5大, 9金, 6.8级, 8英寸, 12345热线, 3倍, 331国道, and classifiers hegao does not list.
JOINED_WORDS = frozenset("强大连级倍金银铜英寸热国型式系版路线号届期具尊盒箱瓶袋桶双副")
# A word just before that names what the number counts ("上线人数保底900").
COUNT_WORDS = ("人数", "数量", "总数", "数目", "人次", "户数", "个数", "次数")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LIST_SEPARATOR = "[、，,和与及]"
_CLAUSE_END = frozenset("，,。；;、！？")  # not ：, which ends a label (项目1：)


class N102(Rule):
    """What it finds: a bare whole number after the noun it counts, with no unit or classifier,
    running into the next word or clause — "新增骨干教师党员85持续优化结构", "开展专题调研48，
    全县…".

    Why it matters: the reader cannot tell what was counted (85名? 85批?); a dropped unit also
    suggests the sentence was cut while editing.

    Options: the counted nouns (…员, …师, …校: endings or whole words) are listed in
    ``rules/counted-nouns.toml``; add your own with ``counted-nouns = [...]`` in
    ``[tool.hegao]``. The rule flags only a number after such a noun and before a new word or a
    clause end, and stays quiet when a word such as 人数 already names the count, on years,
    hotlines and ranks (500强, 5大).
    """

    code = "N102"
    name = "missing-unit"
    category = "numbers"
    title = Message("数字缺少单位", "number without a unit")
    messages = {"default": Message("“{text}”后缺少单位或量词", "“{text}” has no unit or classifier")}
    help = Message("补上单位，如“{text}名”“{text}次”", "add the unit, e.g. “{text}名” or “{text}次”")
    flagged = (
        "今年共培养青年教师32不断壮大骨干队伍。",
        "全年组织校际教研17，参与面广。",
        "评选优秀学生45受到表彰。",
        "新增志愿服务站12覆盖全部乡镇。",
        "全县共有薄弱学校9；已全部完成改造。",
    )
    clean = (
        "一本上线人数保底900，力争突破1000。",
        "新增骨干教师党员85名。",
        "全县企业500强名单发布。",
        "建强12345热线服务。",
        "二、2022工作打算",
        "举办全国青少年篮球联赛第3站比赛。",
        "拨打服务电话：96111咨询。",
        "重点项目1：新建城北小学。",
        "小组成员分为学员1、学员2两组。",
    )

    def check(self, doc):
        text = doc.text
        for claim in doc.claims:
            if (claim.kind == "number" and claim.text.isdigit() and claim.value not in YEARS
                    and self._after_counted_noun(text, claim.start)
                    and self._runs_on(text[claim.end:claim.end + 1])
                    and not self._numbered_name(text, claim)):
                yield self.finding(claim.start, claim.end, text=claim.text)

    def _after_counted_noun(self, text: str, start: int) -> bool:
        before = text[max(0, start - 6):start]
        return before.endswith(self.data.counted_nouns) and not any(word in before for word in COUNT_WORDS)

    @staticmethod
    def _numbered_name(text: str, claim) -> bool:
        """A name numbered in a list, its noun repeated beside it: 学员1、学员2."""
        noun = re.escape(text[max(0, claim.start - 2):claim.start])
        window = text[max(0, claim.start - 12):claim.start - 2]
        before = re.search(f"{noun}\\d+{_LIST_SEPARATOR}$", window)
        after = re.match(f"{_LIST_SEPARATOR}{noun}", text[claim.end:claim.end + 3])
        return bool(before or after)

    @staticmethod
    def _runs_on(after: str) -> bool:
        return after in _CLAUSE_END or (bool(_HAN.match(after)) and after not in JOINED_WORDS)
