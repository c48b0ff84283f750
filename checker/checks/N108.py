"""A figure worded so that it says the wrong thing: a growth with no direction, a level's growth
in percentage points, people counted in 个."""

from __future__ import annotations

import re
from functools import cached_property

from checker.checks.base import Message, Rule
from checker.relations.scope import CLAUSE_PUNCTUATION
from checker.wordtrie import word_pattern

_HAN_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff]+$")
# A percentage right after the word of comparison, with no sign and no verb (同比11.4%).
_BARE_PERCENT = re.compile(r"\d+(?:\.\d+)?[%％]")
# A figure, and its % when it is a percentage.
_FIGURE = re.compile(r"\d+(?:\.\d+)?([%％])?")
_SENTENCE_MARKS = "。；;！？!?\n"
# A negative percentage right after a name, a footnote mark between them at most: 综合能耗[3]-3.3%.
_SIGNED_AFTER_NAME = re.compile(r"(?<=[\u4e00-\u9fff])(?:\[\d{1,2}\]|[（(]\d{1,2}[）)])?([-－−]\d+(?:\.\d+)?[%％])")
_REACH_BACK = 200  # characters a clause or sentence is read back from a figure
_NOUN_REACH = 4  # characters before a count searched for a noun of people
_NOUN_SHOWN = 6  # characters of that noun a message shows


def _clause_start(text: str, at: int, marks: str) -> int:
    """Where the clause (or sentence) around ``at`` starts, looking back at most ``_REACH_BACK``."""
    floor = max(0, at - _REACH_BACK)
    return max(floor - 1, *(text.rfind(mark, floor, at) for mark in marks)) + 1


class N108(Rule):
    """What it finds: a figure worded so that it says the wrong thing —

    - ``verb``: a percentage right after 同比, 比上年 … with no 增长 or 下降 between them:
      "利润总额同比11.4%" says neither whether it rose or fell (a signed figure, 同比-3.2%, is
      the terse style of tables and is left alone);
    - ``points``: a level's growth against the year before in percentage points, where the clause
      names no rate and the figure before is no percentage: "地区生产总值…，当季同比增长15.4个
      百分点" (points are the difference of two rates: 增速同比提高2.1个百分点, 占比比上年增长0.6个
      百分点, 增长6.3%，较上年同期下降6.8个百分点 are right);
    - ``classifier``: people counted in 个 in a sentence that counts people in 人 or 名: "卫生技术
      人员578人，管理人员68个，工勤人员43人";
    - ``sign``: a negative percentage right after a level's name, no verb between them:
      "单位地区生产总值综合能耗[3]-3.3%" (a level is no negative percentage: 下降3.3% was meant;
      after a rate's name or a verb, 增速-2.1%, 增长-0.5%, it is a signed change and is left alone).

    Why it matters: a reader cannot tell which way 同比11.4% went, and 增长15.4个百分点 of a level
    is either a wrong unit or a wrong subject; 68个 of people is a slip of the pen.

    Options: the words of comparison are the ``THAN`` cues of ``rules/cues.toml``
    (``[tool.hegao.cues]``); the verbs of a level's growth and the words naming a rate are
    ``growth_verbs`` and ``rate_words``, the nouns of people ``person_nouns`` of
    ``rules/usage.toml`` (``growth-verbs``, ``rate-words``, ``person-nouns``).
    """

    code = "N108"
    name = "figure-wording"
    category = "numbers"
    title = Message("数字表述不当", "a figure worded wrongly")
    messages = {
        "verb": Message("“{than}”后缺少“增长”或“下降”", "no 增长 or 下降 after “{than}”: the direction is not said"),
        "points": Message("“{text}”：增长幅度用“%”，“个百分点”只用于比率之差",
                          "“{text}”: a growth is a percentage; points are a difference of rates"),
        "classifier": Message("“{noun}”用“个”计数，同句其他人数用“{unit}”",
                              "“{noun}” counted in 个, while the sentence counts people in {unit}"),
        "sign": Message("“{name}{figure}”：数量不能是负的百分比，缺少“下降”等动词",
                        "“{name}{figure}”: a level is no negative percentage; a verb such as 下降 is missing"),
    }
    help = {
        "verb": Message("补上“增长”或“下降”", "add 增长 or 下降"),
        "points": Message("改为“%”，或写明是哪个比率的变化", "write %, or name the rate that changed"),
        "classifier": Message("写作“{fixed}”", "write “{fixed}”"),
        "sign": Message("写作“{name}下降{fixed}”", "write “{name}下降{fixed}”"),
    }
    flagged = (
        "实现利润总额2.1亿元，同比9.6%。",
        "全县社会消费品零售总额32亿元，比上年增长4.6个百分点。",
        "全院职工320人，其中医生112人，护士150个，其他人员58人。",
        "万元工业增加值用水量-4.2%。",
    )
    clean = (
        "实现利润总额2.1亿元，同比增长9.6%；出口额同比-3.2%。",
        "全县社会消费品零售总额增速比上年增长4.6个百分点，消费拉动经济增长1.2个百分点。",
        "全院职工320人，其中医生112人；全县村卫生室45个。",
        "工业增加值增速-2.1%，利润总额增长-0.5%，万元工业增加值用水量下降4.2%。",
    )

    @cached_property
    def _comparison(self) -> re.Pattern:
        return re.compile(word_pattern(self.data.cues["THAN"]))

    @cached_property
    def _than_growth_points(self) -> re.Pattern:
        verbs = "|".join(map(re.escape, self.data.growth_verbs))
        return re.compile(rf"{word_pattern(self.data.cues['THAN'])}(?:{verbs})了?\d+(?:\.\d+)?个百分点")

    def check(self, doc):
        text = doc.text
        for m in self._comparison.finditer(text):
            if _BARE_PERCENT.match(text, m.end()):
                yield self.finding(m.start(), m.end(), "verb", than=m.group())
        yield from self._growth_in_points(text)
        yield from self._people_in_ge(doc)
        yield from self._signed_levels(text)

    @cached_property
    def _not_a_level(self) -> tuple[str, ...]:
        """Endings of a name that make a signed percentage after it a change: a rate (增速), a
        verb or any other cue word (增长, 为, 同比)."""
        return (*self.data.rate_words, *(w for words in self.data.cues.values() for w in words))

    def _signed_levels(self, text: str):
        for m in _SIGNED_AFTER_NAME.finditer(text):
            name = _HAN_RUN_BEFORE.search(text, max(0, m.start() - _NOUN_SHOWN * 2), m.start()).group()
            if not name.endswith(self._not_a_level):
                figure = m.group(1)
                yield self.finding(m.start(1), m.end(1), "sign", name=name, figure=figure, fixed=figure[1:],
                                   fix="下降" + figure[1:])

    def _growth_in_points(self, text: str):
        for m in self._than_growth_points.finditer(text):
            clause = text[_clause_start(text, m.start(), CLAUSE_PUNCTUATION):m.start()]
            figures = _FIGURE.findall(text, _clause_start(text, m.start(), _SENTENCE_MARKS), m.start())
            compares_a_rate = bool(figures) and bool(figures[-1])  # 增长6.3%，较上年同期下降6.8个百分点
            if not compares_a_rate and not any(word in clause for word in self.data.rate_words):
                yield self.finding(m.start(), m.end(), "points", text=m.group())

    def _people_in_ge(self, doc):
        """People counted in 个 where the same sentence counts people in 人 or 名."""
        text, nouns = doc.text, tuple(self.data.person_nouns)
        people: dict[int, list] = {}
        for claim in doc.claims:
            before = text[max(0, claim.start - _NOUN_REACH):claim.start]
            if claim.unit in ("人", "个") and before.endswith(nouns) and claim.bound is None:
                people.setdefault(doc.sentence_at(claim.start), []).append(claim)
        for claims in people.values():
            units = {c.text[c.number_end - c.start:] for c in claims if c.unit == "人"}
            if not units:
                continue
            unit = sorted(units)[0]
            for c in claims:
                if c.unit == "个":
                    noun = _HAN_RUN_BEFORE.search(text, max(0, c.start - _NOUN_SHOWN), c.start).group()
                    fixed = c.text[:c.number_end - c.start] + unit
                    yield self.finding(c.start, c.end, "classifier", noun=noun, unit=unit, fixed=fixed, fix=fixed)
