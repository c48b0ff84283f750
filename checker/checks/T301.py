"""A word typed twice: 参加参加, 的的."""

from __future__ import annotations

import re

from checker.checks.base import Message, Rule
from checker.segment import frequencies, han_around, word_starts

# A run of 1–4 汉字 immediately repeated: the cheap pre-scan that finds candidates.
DOUBLED = re.compile(r"([\u4e00-\u9fff]{1,4})\1")

# One-character words that are never doubled in written Chinese: 的的 is always a typo.
TYPO_CHARS = frozenset("的在和与及对将把被向从并")
# One-character words whose doubling is also part of set phrases (不了了之, 是是非非,
# 地地道道): a typo only where segmentation splits the two copies.
AMBIGUOUS_CHARS = frozenset("了是地得也")
# 汉字 either side of a doubled word that segmentation reads.
_CONTEXT = 20
# A word of two or more characters this frequent in jieba's dictionary is itself, typed twice,
# whatever word the segmentation finds across its copies.
_COMMON = 1000


def _typo_without_segmentation(text: str, start: int, unit: str) -> bool | None:
    """True or False when the characters decide, None when only segmentation can."""
    if len(unit) == 1 and _in_aabb(text, start):
        return False
    if unit in TYPO_CHARS:
        return True
    if len(unit) == 1 and unit not in AMBIGUOUS_CHARS:
        return False
    return None


def _one_by_one(unit: str, units) -> bool:
    """True for 一 and a measure word said twice (一批一批, 一件一件, 一项一项): the ABAB
    reduplication "one after another", whatever the measure word counts."""
    return len(unit) == 2 and unit[0] == "一" and unit[1] in units


def _in_aabb(text: str, start: int) -> bool:
    """True when the doubled character at ``start`` is half of an AABB reduplication
    (实实在在, 干干净净), which is normal Chinese whatever its characters."""
    before = start >= 2 and text[start - 2] == text[start - 1] != text[start]
    after = start + 3 < len(text) and text[start + 2] == text[start + 3] != text[start]
    return before or after


class T301(Rule):
    """What it finds: a word typed twice in a row — 参加参加, 进行进行, 的的 — that is not a
    normal reduplication (常常, 看看, 研究研究, 家家户户).

    Why it matters: a doubled word is a typing slip that tells the reader the draft was not
    proofread.

    Options: ``rules/reduplication.toml`` lists the doubled words that are normal Chinese; add
    your own with ``reduplication = [...]`` in ``[tool.hegao]``. 一 and a measure word of
    ``rules/units.toml`` said twice (一批一批, 一件一件) is a reduplication. A doubled single character is
    reported only for function words that are never doubled (的, 在, 和 …), and for 了, 是, 地 …
    only when word segmentation shows two separate words (so 不了了之 and 是是非非 stay quiet).
    Longer doubled words are checked the same way, so a repetition across a word boundary is
    not reported.
    """

    code = "T301"
    name = "duplicated-word"
    category = "text"
    title = Message("词语重复", "duplicated word")
    messages = {"default": Message("“{word}”重复了两次", "“{word}” is typed twice")}
    help = Message("删去重复的“{word}”", "delete the repeated “{word}”")
    flagged = (
        "各校积极组织教师参加参加培训。",
        "全面进行进行安全隐患排查。",
        "提升学校的的办学水平。",
        "在在全市范围内推广经验。",
        "新建教学楼两栋，完成完成改造任务。",
        "学生体质健康达标率提高了了三个百分点。",
        "深入深入开展放心消费创建活动。",
    )
    clean = (
        "教师们常常深入家家户户走访。",
        "这件事最后不了了之。",
        "我们要研究研究具体办法。",
        "扎扎实实推进各项工作，认认真真落实。",
        "各校纷纷响应，一一落实整改。",
        "推动教育发展取得新成效。",
        "让群众得到实实在在的好处。",
        "问题一个一个解决，项目一批一批推进。",
    )

    def check(self, doc):
        allow = self.data.reduplication_allow
        undecided = []
        for m in DOUBLED.finditer(doc.text):
            unit = m.group(1)
            if unit in allow or m.group() in allow or _one_by_one(unit, self.data.units):
                continue
            typo = _typo_without_segmentation(doc.text, m.start(), unit)
            if typo is None:
                undecided.append(m)
            elif typo:
                yield self.finding(m.start(), m.end(), word=unit, fix=unit)
        yield from self._segmented(doc.text, undecided)

    def _segmented(self, text: str, candidates: list[re.Match]):
        """Typos among the candidates only segmentation decides: both copies whole words.
        One pass over the dictionary serves them all."""
        if not candidates:
            return
        windows = [han_around(text, m.start(), m.end(), _CONTEXT) for m in candidates]
        freq = frequencies(text[left:right] for left, right in windows)
        for m, (left, right) in zip(candidates, windows):
            starts = {s + left for s in word_starts(text[left:right], freq)}
            # 深入深入开展: the second copy may begin a longer word (深入开展); a doubled single
            # character must end a word too (通报了了解 is 了 + 了解)
            middle = (m.start() + m.end()) // 2
            needed = {m.start(), middle} | ({m.end()} if len(m.group(1)) == 1 else set())
            # A common word typed twice is a slip even where segmentation prefers a word across
            # the copies (开 / 展开 / 展) or joins a copy to its neighbour (深入开展 / 开展),
            # as long as one copy stands as a word of its own.
            common = len(m.group(1)) > 1 and freq.get(m.group(1), 0) >= _COMMON
            if needed <= starts or common and {m.start(), middle} & starts:
                yield self.finding(m.start(), m.end(), word=m.group(1), fix=m.group(1))
