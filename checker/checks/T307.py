"""Usage slips of published reports: 截止 for 截至, a date range that runs backwards, a list
item written twice, a letter or a lookalike for a symbol."""

from __future__ import annotations

import re
from functools import cached_property

from checker.checks.N101 import region_of
from checker.checks.base import Message, Rule
from checker.prefilter import prefiltered
from checker.segment import word_starts
from checker.wordtrie import longest_first, word_pattern

_HAN = "\u4e00-\u9fff"
# 截止 directly before a date: 截止2024年6月底, 截止6月30日 (a time word is data).
_DATE_AHEAD = re.compile(r"(?:到)?\s*(?:\d{4}年|\d{1,2}月|\d{1,2}日)")
# 2022年秋至2022年春, 2023年5月—2023年3月, 2025至2021年: two dates and the word between them.
_RANGE = re.compile(r"(\d{4})年?(?:(\d{1,2})月|([春夏秋冬])季?)?\s*(?:至|到|—{1,2}|－|-|~|～)\s*(\d{4})年(?:(\d{1,2})月|([春夏秋冬])季?)?")
# 妇幼保健院、妇幼保健院: an item of a 、-list repeated as the next item.
_REPEATED_ITEM = re.compile(rf"(?:(?<=[、，,：:；（(“\s])|^)([{_HAN}A-Za-z0-9]{{2,16}})、\1(?=[、，,。；;）)”和及与等]|$)", re.M)
# 7X24小时: the letter X for the multiplication sign.
_LETTER_TIMES = prefiltered(rf"(?<![A-Za-z0-9])\d{{1,2}}[Xx]\d{{1,2}}(?=[{_HAN}])")
# 长春﹒快乐: the small full stop ﹒ for the middle dot between Chinese words.
_SMALL_STOP = prefiltered(rf"(?<=[{_HAN}”])﹒(?=[{_HAN}“])")
# —2018年2月2日在…会议上: a line (a speech's subtitle) opened by one dash before its date.
_SINGLE_DASH = re.compile(r"(?m)^[ \t\u3000]*([—－-])(?![—－-])(?=[ \t]*(?:\d{4}|[〇零一二三四五六七八九]{4})年)")
# 4间,）: a comma, 、 or semicolon right before a closing bracket.
_MARK_BEFORE_CLOSER = re.compile(r"[，,、；;](?=[）)])")
# 决议，，批准; 回顾，；二、; 一，、: sentence marks run together (a copy's or a converter's doubling),
# not a list number's 、 before its sentence's own mark (2、。 is T303's chunk number).
_MARK_RUN = re.compile(r"[，,、；;：:。]{2,}")
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十")
# A figure between an approximating word and its end word (约五万左右, 约占…六分之一左右).
_FIGURE_CHAR = re.compile(r"[0-9０-９一二三四五六七八九十百千万两半]")
# How far an approximating word reaches for its end word within one clause.
_APPROX_REACH = 16
# The report's own whole (全区) must be said this often, and this many times as often as another's,
# before the other is read as a slip.
_LEAST_OWN = 3
_OWN_TO_SLIP = 3


class T307(Rule):
    """What it finds: usage slips that a published report carries —

    - ``jiezhi``: 截止 (to close) before a date or a time word, where 截至 (up to) is meant:
      "截止2024年6月底", "截止目前" (截止日期, 截止到 6月 are right);
    - ``backwards``: a date range that runs backwards: "从2022年秋至2022年春",
      "2023年9月至2023年3月";
    - ``repeat``: the same item twice in a 、-list: "妇幼保健院、妇幼保健院";
    - ``times``: the letter X for the multiplication sign: "7X24小时";
    - ``dot``: the small full stop ﹒ for the middle dot ·: "长春﹒快乐";
    - ``closer``: a comma, 、 or semicolon right before a closing bracket: "（含分院2所，）";
    - ``marks``: sentence marks run together, as a copy or a script converter doubles them:
      "表决通过了决议，，批准了报告", "工作回顾，；二、…", "一，、过去五年" (the fix keeps the last;
      a list number's 、 before its sentence's mark, 2、。, is a sharing site's chunk number, T303);
    - ``dash``: a line opened by a single dash before a date, where a speech's subtitle takes the
      double dash: "—2025年1月8日在县第十八届人民代表大会第五次会议上";
    - ``region``: the whole of another region of the report's level where its own is meant: 全县
      in a district's report (the title names a 区) that says 全区 at least three times as often;
    - ``spun``: a phrase a rewriting tool made by swapping a synonym into a fixed term, as sharing
      sites do to the reports they copy: "公共效劳" for 公共服务, "开展壮大" for 发展壮大, "根本农田"
      for 基本农田, "工作回忆" for 工作回顾;
    - ``approx``: a figure said to be approximate twice, before it and after it: "约五万元左右",
      "约占总人口的六分之一左右" (one of 约 and 左右 is enough).

    Why it matters: each is a slip a careful reader stops at; 截止2024年 says the work stopped
    then, and a backward range names no period at all.

    Options: the words of time after 截止 are ``time_words`` in ``rules/usage.toml``; add your
    own with ``time-words = [...]`` in ``[tool.hegao]``. The wholes of peer regions are
    ``region_slips`` of ``rules/usage.toml`` by the ending of the region the title names
    (``region-slips``). The spun phrases, each with the term it replaced, are ``spun_phrases``
    (``spun-phrases``): only combinations no report writes on purpose (开展工作, 根本原因 and 根本完成不了
    are right). The approximating words before a figure are ``approximate_words`` and those after
    it ``approximate_ends`` (``approximate-words``, ``approximate-ends``); each counts only as a word
    of its own (节约3万元左右, 签约5个左右 are right).
    """

    code = "T307"
    name = "usage"
    category = "text"
    title = Message("用词或符号不当", "usage slip")
    messages = {
        "jiezhi": Message("“截止”用在时间之前，应为“截至”", "截止 before a date: 截至 is meant"),
        "backwards": Message("时间段“{text}”起点晚于终点", "the period “{text}” ends before it begins"),
        "repeat": Message("列举项“{item}”重复", "the list item “{item}” is written twice"),
        "times": Message("“{text}”中用字母 X 代替乘号", "the letter X stands for × in “{text}”"),
        "dot": Message("用小句点“﹒”代替间隔号“·”", "﹒ (small full stop) stands for the middle dot ·"),
        "closer": Message("右括号前多了“{mark}”", "a stray “{mark}” before the closing bracket"),
        "marks": Message("标点“{marks}”连用", "the marks “{marks}” stand together"),
        "dash": Message("副标题前用了单个“{mark}”", "a single “{mark}” opens the subtitle"),
        "region": Message("本文其余{count}处均称“{own}”，此处作“{slip}”",
                          "the report says “{own}” {count} times, but “{slip}” here"),
        "spun": Message("“{text}”疑为洗稿工具替换的同义词，原文应为“{meant}”",
                        "“{text}” looks like a synonym swapped in by a rewriting tool for “{meant}”"),
        "approx": Message("“{word}”与“{tail}”都表示约数，重复", "“{word}” and “{tail}” both say the figure is approximate"),
    }
    help = {
        "jiezhi": Message("改为“截至”", "write 截至"),
        "backwards": Message("核对起止时间", "check the start and the end of the period"),
        "repeat": Message("删去重复的一项，或补上漏写的项目", "delete the repeat or restore the missing item"),
        "times": Message("写作“{fixed}”", "write “{fixed}”"),
        "dot": Message("改为“·”", "write ·"),
        "closer": Message("删去“{mark}”", "delete the “{mark}”"),
        "marks": Message("只保留“{keep}”", "keep only “{keep}”"),
        "dash": Message("改为破折号“——”", "write the double dash ——"),
        "region": Message("改为“{own}”", "write “{own}”"),
        "spun": Message("改为“{meant}”", "write “{meant}”"),
        "approx": Message("删去“{tail}”", "delete “{tail}”"),
    }
    flagged = (
        "截止2024年6月底，全市累计建成充电桩1.2万个。",
        "截止目前，已完成年度任务的85%。",
        "项目建设周期为2023年10月至2023年4月。",
        "组织县医院、妇幼保健院、妇幼保健院等单位开展义诊。",
        "开通7X24小时服务热线。",
        "“书香﹒校园”读书节开幕。",
        "共有社区卫生服务中心5间（含分中心2间，），村卫生室40间。",
        "会议审议通过了工作报告，，部署了下一步工作。",
        "某区2024年国民经济和社会发展统计公报\n全区生产总值增长5%。全区粮食增产。全县工业增长6%。全区投资增长3%。",
        "新建村级便民效劳站12个，实现全覆盖。",
        "项目建成后每年可为村集体增收约三万元左右。",
    )
    clean = (
        "截至2024年6月底，全市累计建成充电桩1.2万个。",
        "申报截止日期为9月30日。",
        "项目建设周期为2023年4月至2023年10月。",
        "组织县医院、妇幼保健院、疾控中心开展义诊。",
        "开通7×24小时服务热线。",
        "“书香·校园”读书节开幕，研究研究再定。",
        "编制2021—2025年发展规划。",
        "共有社区卫生服务中心5间（含分中心2间），村卫生室40间。",
        "某县2024年国民经济和社会发展统计公报\n全县生产总值增长5%，位居全区第一。全县粮食增产。全县投资增长3%。",
        "高质量开展主题教育，从根本上解决群众反映的问题。",
        "全年节约办公经费3万元左右，签约项目5个左右。",
    )

    @cached_property
    def _meant(self) -> dict[str, str]:
        return dict(self.data.spun_phrases)

    @cached_property
    def _spun(self) -> re.Pattern:
        return prefiltered(word_pattern(self._meant)) if self._meant else re.compile(r"(?!)")

    @cached_property
    def _time_word(self) -> re.Pattern:
        words = "|".join(map(re.escape, longest_first(self.data.time_words)))
        return re.compile(rf"\s*(?:{words})")

    def check(self, doc):
        text = doc.text
        for m in re.finditer("截止", text):
            if _DATE_AHEAD.match(text, m.end()) and not text.startswith("到", m.end()) \
                    or self._time_word.match(text, m.end()):
                yield self.finding(m.start(), m.end(), "jiezhi", text="截止", fix="截至")
        for m in _RANGE.finditer(text):
            if self._runs_backwards(m):
                yield self.finding(m.start(), m.end(), "backwards", text=m.group())
        for m in _REPEATED_ITEM.finditer(text):
            item = m.group(1)
            yield self.finding(m.start() + len(item), m.end(), "repeat", item=item, fix="")
        for m in _LETTER_TIMES.finditer(text):
            fixed = re.sub("[Xx]", "×", m.group())
            yield self.finding(m.start(), m.end(), "times", text=m.group(), fixed=fixed, fix=fixed)
        for m in _SMALL_STOP.finditer(text):
            yield self.finding(m.start(), m.end(), "dot", fix="·")
        for m in _MARK_BEFORE_CLOSER.finditer(text):
            yield self.finding(m.start(), m.end(), "closer", mark=m.group(), fix="")
        for m in _MARK_RUN.finditer(text):
            start = m.start() + (text[m.start()] == "、" and text[m.start() - 1:m.start()] in _NUMERALS)
            if m.end() - start >= 2:
                marks = text[start:m.end()]
                yield self.finding(start, m.end(), "marks", marks=marks, keep=marks[-1], fix=marks[-1])
        for m in _SINGLE_DASH.finditer(text):
            yield self.finding(m.start(1), m.end(1), "dash", mark=m.group(1), fix="——")
        yield from self._region_slips(text)
        yield from self._approximate_twice(text)
        for m in self._spun.finditer(text):
            yield self.finding(m.start(), m.end(), "spun", text=m.group(), meant=self._meant[m.group()],
                               fix=self._meant[m.group()])

    @cached_property
    def _approx(self) -> re.Pattern:
        words = "|".join(map(re.escape, longest_first(self.data.approximate_words)))
        ends = "|".join(map(re.escape, longest_first(self.data.approximate_ends)))
        return re.compile(rf"(?P<word>{words})[^，,。；;：:！？!?、\n]{{1,{_APPROX_REACH}}}?(?P<end>{ends})")

    def _approximate_twice(self, text: str):
        """约 … 左右 in one clause, a figure between them, each a word of its own."""
        for m in self._approx.finditer(text):
            if not _FIGURE_CHAR.search(text, m.end("word"), m.start("end")):
                continue
            lo = max(0, m.start() - 3)
            starts = word_starts(text[lo:m.end() + 2])
            if {m.start() - lo, m.end("word") - lo, m.start("end") - lo, m.end() - lo} <= starts:
                yield self.finding(m.start(), m.end(), "approx", word=m.group("word"), tail=m.group("end"),
                                   fix=text[m.start():m.start("end")])

    def _region_slips(self, text: str):
        region = region_of(text, self.data.regions)
        slips = self.data.region_slips.get(region[0], ()) if region else ()
        if not slips:
            return
        own = "全" + region[0]
        count = text.count(own)
        for slip in slips:
            found = [m.start() for m in re.finditer(slip, text)]
            if found and count >= _LEAST_OWN and count >= _OWN_TO_SLIP * len(found):
                for start in found:
                    yield self.finding(start, start + len(slip), "region", own=own, slip=slip, count=count, fix=own)

    def _runs_backwards(self, m: re.Match) -> bool:
        seasons = self.data.seasons

        def key(year, month, season):
            part = int(month) if month else (seasons.index(season) * 3 + 2 if season in seasons else 0)
            return int(year), part

        start, end = key(*m.group(1, 2, 3)), key(*m.group(4, 5, 6))
        if not (start[1] and end[1]) and start[0] == end[0]:
            return False  # 2023年至2023年5月: not comparable
        return start > end
