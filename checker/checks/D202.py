"""A year written without 年, running straight into the words after it."""

from __future__ import annotations

import re

from checker.checks.base import Message, Rule

# Years a report may speak of; a bare four-digit number in this span reads as a year.
YEARS = range(1949, 2101)
# What may stand before a year that opens a heading or a sentence: nothing, or a heading
# number (二、 （三） 4.), or the label of a table or figure it captions (表1 , 图5：).
_HEADING_START = re.compile(r"(?:^|[\n。！？；])[^\S\n]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.、．]"
                            r"|[表图]\d{1,2}[:：]?[^\S\n]*)?$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A change compared with a year: 快于2024年1.8个百分点, 比2023年增长3%.
_CHANGE_UNITS = frozenset({"个百分点", "百分点", "%"})
_COMPARED = re.compile(r"(?:于|比|较)$")
# A span of years whose second year runs into the words after it: 2017—2021社会消费品零售总额.
_YEAR_SPAN = re.compile(r"\d{4}[—–~～至-]{1,2}(\d{4})")
# Characters that continue a count rather than a year: 2000余人, 2035多个, 1200万元.
_COUNT_GOES_ON = frozenset("余多万亿千百十")


class D202(Rule):
    """What it finds: a four-digit year without 年 that runs into the next word, as in
    "二、2022工作打算" or "确定了2021创建示范区的目标".

    Why it matters: "2022工作" reads as a count at first sight; the year needs its 年.

    A year that opens a heading or a sentence and runs into its words ("二、2026重点任务",
    "2025是极不平凡的一年") is one too: a count there would have its unit.

    Options: the words that typically follow a year (工作, 创建, 以来 …) are listed in
    ``rules/year-words.toml``; add your own with ``year-words = [...]`` in ``[tool.hegao]``.
    Only these words, or the start of a heading, are taken as evidence, so a count that
    happens to look like a year ("新增2035个") is not flagged. A year run into the change
    compared with it ("快于20241.8个百分点": a change with five digits before its point) is one
    too, and so is one run into a rate after the words that cite a survey of that year
    ("根据20245‰人口变动抽样调查").

    A bare number run into Chinese text after a word that dates what follows (到, 至, 于, 根据:
    ``year-prepositions``), after the label of a table or figure it captions ("表1 2019玉环市
    生产总值"), or at the end of a span of years ("2017—2021社会消费品零售总额") is a year too.
    """

    code = "D202"
    name = "year-without-nian"
    category = "dates"
    title = Message("年份缺“年”字", "year without 年")
    messages = {"default": Message("年份“{text}”后缺“年”字", "the year “{text}” lacks 年")}
    help = Message("写作“{text}年{after}”", "write “{text}年{after}”")
    flagged = (
        "三、2024工作计划",
        "我们确定了2023创建市级文明校园的目标。",
        "2025上半学期开展教学视导。",
        "回顾2022全年工作，成绩来之不易。",
        "做好2024秋季开学准备工作。",
        "2021以来，累计新建校舍12所。",
        "四、2026主要任务\n（一）扩大内需",
        "力争2030前实现碳达峰。",
        "成绩来之不易。2024是攻坚之年。",
        "2023，全系统共承办会议86场。",
        "力争到2030基本建成现代化强县。",
        "表3 2024全县主要农产品产量",
        "编制2021—2025教育事业发展规划。",
    )
    clean = (
        "三、2024年工作计划",
        "据2022-01-18发布的通知执行。",
        "“1530”安全教育模式全面推行。",
        "新增学位2035个。",
        "编制2021—2025年发展规划。",
        "全县2000余人参加培训。",
        "一、2026年主要任务",
        "2000余名志愿者参与。",
        "| 2014增长% | 2015增长% |",
        "参训人数提高到2035余人。",
        "图2 2019—2023年全县财政收入",
    )

    def check(self, doc):
        yield from self._fused(doc)
        for claim in doc.claims:
            year = doc.text[claim.start:claim.number_end]
            if year.isdigit() and len(year) == 4 and claim.value in YEARS:
                # a comma may stand between them: 报告指出，2023，是…的一年
                at = claim.number_end + doc.text.startswith("，是", claim.number_end)
                word = next((w for w in self.data.year_words if doc.text.startswith(w, at)), None)
                if claim.kind != "number" and not self._unit_opens(claim, word):
                    continue
                if word is None and (self._opens_heading(doc.text, claim) or self._dated(doc.text, claim)):
                    word = doc.text[claim.end]
                if word and not doc.text[:claim.start].endswith(("“", '"', "‘", "'")):
                    yield self.finding(claim.start, claim.number_end, text=year, after=word,
                                       fix=year + "年")
            elif claim.value is None and (span := _YEAR_SPAN.fullmatch(doc.text, claim.start, claim.end)):
                first, last = int(doc.text[claim.start:claim.start + 4]), int(span.group(1))
                if first in YEARS and last in YEARS and first < last and self._runs_on(doc.text, claim, claim.end):
                    yield self.finding(span.start(1), claim.end, text=span.group(1),
                                       after=doc.text[claim.end], fix=span.group(1) + "年")

    def _fused(self, doc):
        """A year run into the change compared with it: 快于20241.8个百分点 (快于2024年1.8个
        百分点). No change of points or percent has five digits before its decimal point."""
        for claim in doc.claims:
            number = doc.text[claim.start:claim.number_end]
            head = number.split(".")[0]
            if (claim.unit in _CHANGE_UNITS and 5 <= len(head) <= 6 and head.isdigit()
                    and int(head[:4]) in YEARS and (_COMPARED.search(doc.text, max(0, claim.start - 2), claim.start)
                                                    or doc.text[:claim.start].endswith(self.data.year_prepositions))):
                yield self.finding(claim.start, claim.start + 4, text=head[:4], after=number[4:],
                                   fix=head[:4] + "年")

    @staticmethod
    def _unit_opens(claim, word: str | None) -> bool:
        """The grammar took the first character of the year's word for a unit: 2023市本级 is
        no count of 2023 cities."""
        return bool(word and claim.unit and len(word) > len(claim.unit) and word.startswith(claim.unit))

    def _dated(self, text: str, claim) -> bool:
        """A bare number after a word that dates what follows (到2035基本实现, 根据2024人口抽样
        调查), run into Chinese text that does not go on counting (提高到2000余人)."""
        return text[:claim.start].endswith(self.data.year_prepositions) and self._runs_on(text, claim)

    @staticmethod
    def _runs_on(text: str, claim, end: int | None = None) -> bool:
        """The number (ending at ``end``: a span's second year) has no unit and runs straight
        into Chinese text that is not 年 and does not go on counting, outside a table."""
        end = claim.number_end if end is None else end
        line_start = text.rfind("\n", 0, claim.start) + 1
        line_end = text.find("\n", claim.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        return (claim.end == end and bool(_HAN.match(text, claim.end))
                and text[claim.end] not in _COUNT_GOES_ON and text[claim.end] != "年"
                and "|" not in line and "\t" not in line)

    @staticmethod
    def _opens_heading(text: str, claim) -> bool:
        """A year without a unit that opens a heading or a sentence and runs into Chinese text,
        or into a full-width comma before it (2024，共协调事务150余次), outside a table (a row
        with | or tabs: "2014增长%" heads a column)."""
        line_end = text.find("\n", claim.end)
        line = text[text.rfind("\n", 0, claim.start) + 1:line_end if line_end >= 0 else len(text)]
        after = claim.end + 1 if text.startswith("，", claim.end) else claim.end
        return (claim.end == claim.number_end and bool(_HEADING_START.search(text, 0, claim.start))
                and bool(_HAN.match(text, after)) and "|" not in line and "\t" not in line)
