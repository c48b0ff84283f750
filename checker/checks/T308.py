"""Words and sentences split or run together by what a page, PDF or reposting site did to them: a
space inside a word (水 平), a stray full stop inside a word (经济.发展), a line break after a comma, a
heading run into the sentence after it (工作回顾2022年，是…)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Callable

from checker.checks.base import Message, Rule
from checker.read import wraps_lines
from checker.segment import frequencies, han_around, word_starts
from checker.wordtrie import longest_first

_HAN = "\u4e00-\u9fff"
# One space (either width) between two 汉字: two or more are layout (综  合, 总  计).
_SPACE = re.compile(rf"(?<=[{_HAN}])[ \u3000\u00a0](?=[{_HAN}])")
_STOP = re.compile(rf"(?<=[{_HAN}])\.(?=[{_HAN}])")
# A line that ends with a comma or 、 and runs on in the next line's first 汉字.
_BROKEN_LINE = re.compile(rf"[，,、]\n(?=[{_HAN}])")
# A line that ends on a 汉字 and goes on in the next line's first 汉字: a word may be cut there.
_OPEN_WRAP = re.compile(rf"(?<=[{_HAN}])\n(?=[{_HAN}])")
# A line of one or two 汉字 alone, the rest of its word at the start of the next line (积⏎极筹集).
_LONE_PIECE = re.compile(rf"(?m)^[{_HAN}]{{1,2}}$")
# A text whose lines run on without a mark at least this often is wrapped at a width, as a PDF's
# text is: the end of such a line falls anywhere, inside a word too.
_LEAST_WRAPPED_LINES = 3
# A year opening a sentence: 2022年，
_YEAR_OPENING = re.compile(rf"(?<=[{_HAN}])(?:19|20)\d\d年(?=[，,])")
# A year in Chinese numerals cut at the end of a line: 子洲县二〇 (二〇二三年 lost its end).
_YEAR_CUT = re.compile(r"(?m)(?:二〇|二零|一九)[〇零一二三四五六七八九]?$")
# A paragraph of sentences that ends on a figure with no full stop, the next paragraph opening
# with a 汉字 or a heading's bracket: …三次产业结构为9.2:51:39.8⏎全年居民消费价格… (a next
# line opening with a figure is a number cut by a page break, N107's).
_FIGURE_END = re.compile(rf"(?m)^[^\n]*。[^\n]*[0-9%％‰](\n)[ \t\u3000\n]*(?=[{_HAN}（(])")
_CLOSED = re.compile(r"[。！？；：…”’）)】」』》!?;:]\s*$")
# A text whose paragraphs end without their full stop at most this often keeps one paragraph a
# line (a PDF's text broken at the page width ends its lines anywhere).
_OPEN_SHARE = 0.25
# How many 汉字 either side of a gap segmentation reads: a word is never longer.
_REACH = 6
_HAN_CHARS = re.compile(rf"[{_HAN}]")
# A line with fewer 汉字 than this is a heading or a cell (一、综 合; 指 标), spaced on purpose.
_SHORTEST_PROSE_LINE = 12


class _Across:
    """The text either side of one-character gaps, and the word each gap splits, if any; the
    words' frequencies are looked up once for all the gaps."""

    def __init__(self, text: str, gaps: list[int]):
        self._around = {at: _around(text, at) for at in gaps}
        self._freq = frequencies(left + right for left, right in self._around.values())

    def word(self, at: int) -> tuple[str, str] | None:
        return _word_across(*self._around[at], self._freq)


class T308(Rule):
    """What it finds: a word or a sentence split by what copying left in it —

    - ``space``: one space between two 汉字 that belong to one word: "月人均补助水 平达到140元",
      "累计救助628人 次" (the lines of a PDF joined with a space where they wrapped);
    - ``stop``: a half-width full stop between two 汉字: "推动经济.发展" (a mark some sites
      insert to foil copying; where it falls inside a word the fix deletes it);
    - ``line``: a line that ends with a comma or 、 and goes on in the next line: a paragraph broken
      in the middle of its sentence;
    - ``wrap``: a word cut in two by a line break, as a PDF's text wrapped at the page width cuts
      them ("农村政治、经济、文⏎化和社会", "调⏎研共调查了") or a page left one character of a word
      alone on its line ("积⏎极筹集资金"). Only in a text wrapped so (at least three prose lines run
      on into the next without a mark) or for a lone piece of one or two 汉字, and only where word
      segmentation puts one word across the break;
    - ``runon``: a year that opens a sentence (2022年，) right after a 汉字: the heading, byline or
      lead phrase before it lost its full stop or line break — "一、2022年工作回顾2022年，是…",
      "一是加大学位建设2022年，我市…". Words that join a year to their own sentence (到2030年，,
      刚刚过去的2025年，) are ``year_joiners`` of ``rules/usage.toml`` (``year-joiners``);
    - ``year``: a year in Chinese numerals cut at the end of a line ("子洲县二〇" above the
      title's next line): the rest of the line was lost;
    - ``frame``: an opening phrase 在…领导下 (在…支持下, 在…共同努力下) run into the subject of
      the sentence it opens, with no comma: "在市人大的监督支持下我们全面完成…". Only a subject
      right after it is reported (在党的领导下开展工作 needs no comma): ``frame_endings`` and
      ``frame_subjects`` of ``rules/usage.toml`` (``frame-endings``, ``frame-subjects``);
    - ``nostop``: a paragraph of sentences that ends on a figure with no full stop before the next
      paragraph ("…三次产业结构为9.2:51:39.8" above "全年居民消费价格…"), in a text whose other
      paragraphs end with theirs.

    Why it matters: a split word reads as two words in print and breaks search and word
    counts; a sentence broken over two paragraphs reads as two.

    A space counts only where word segmentation (jieba's dictionary) puts one word across it, so a
    space between two words (消费市场 上半年) is left to the editor's taste; headings and table
    cells spaced out on purpose (一、综 合, 指 标 名 称, 总  计) are never reported: two or more
    spaces, a line of fewer than twelve 汉字, a character spaced on both sides or a line's first
    character, a table. A line that ends with a comma before a heading (二、…) or in a table is a
    list, not a break; in Markdown, whose paragraphs wrap over lines, no line break is reported.

    Options: none.
    """

    code = "T308"
    name = "split-text"
    category = "text"
    title = Message("词句被拆开或连在一起", "a word or sentence split, or two run together")
    messages = {
        "space": Message("“{word}”中间有空格", "a space inside “{word}”"),
        "stop": Message("汉字之间有半角句点“.”", "a half-width full stop between Chinese characters"),
        "line": Message("句子在逗号后断行", "the sentence breaks into a new line after a comma"),
        "wrap": Message("“{word}”被换行拆开", "“{word}” is cut in two by a line break"),
        "year": Message("行尾的“{text}”是不完整的年份", "“{text}” at the end of the line is a year cut short"),
        "nostop": Message("段末缺少句号", "the paragraph ends without a full stop"),
        "runon": Message("“{year}”前缺少句号或换行：前一句（或标题）与本句连在一起",
                         "no full stop or line break before “{year}”: a heading or sentence runs into it"),
        "frame": Message("“在……{ending}”后缺少逗号", "no comma after the opening phrase “在…{ending}”"),
    }
    help = {
        "space": Message("删去空格：“{word}”", "delete the space: “{word}”"),
        "stop": Message("删去“.”，或改为句号", "delete the . or make it a full stop 。"),
        "line": Message("与下一行接排，或把逗号改为句号", "join it to the next line, or end the sentence with 。"),
        "wrap": Message("删去换行，与下一行接排：“{word}”", "delete the line break: “{word}”"),
        "runon": Message("在“{year}”前断句或换行", "end the sentence or the heading before “{year}”"),
        "year": Message("补全年份，如“二〇二四年”", "write the whole year, e.g. 二〇二四年"),
        "frame": Message("在“{ending}”后加逗号", "put a comma after “{ending}”"),
        "nostop": Message("在段末加句号", "end the paragraph with 。"),
    }
    flagged = (
        "全年城乡低保月人均补助水 平达到152元。",
        "累计救助困难群众3200人 次，发放救助金85万元。",
        "持续推动经济.发展，成效明显。",
        "完成地方一般公共预算收入8.6亿元，\n同比增长6.1%。",
        "为全面了解全县农村政治、经济、文\n化和社会的变化情况，我们根\n据领导意见开展调查，这次调\n研共走访了十二个乡镇。",
        "二、过去一年工作回顾2025年，是极不平凡的一年。",
        "一年来，在市委的正确领导下全市上下团结奋斗。",
        "全年粮食总产量18.2万吨，增长1.5%。油料产量2.1万吨，增长0.6%\n全年肉类总产量3.4万吨。",
    )
    clean = (
        "一、综 合\n全年地区生产总值增长5.2%。",
        "指 标 名 称 | 绝对数 | 比上年增长(%)\n粮食 | 12 | 1.0",
        "三、消费市场 上半年，全区实现社会消费品零售总额52亿元。",
        "全年粮食产量12.6万吨；\n油料产量1.2万吨。",
        "为全面了解全县农村政治、经济、文化\n和社会的变化情况，我们根据领导意见\n开展调查，这次调研共走访了十二个\n乡镇。",
        "共有就业困难人员再就业820人，\n二、社会保障\n参保人数继续增加。",
        "1.7亿元。英文名称为 Annual Report。",
        "到2030年，基本建成教育强县；刚刚过去的2025年，成绩来之不易。",
        "在县委的坚强领导下，我们攻坚克难；坚持在党的领导下开展工作。",
    )

    def check(self, doc):
        text = doc.text
        in_table = doc.in_table
        prose = _prose_lines(text)
        spaces = [m.start() for m in _SPACE.finditer(text)
                  if not in_table(m.start()) and prose(m.start()) and not _letter_spaced(text, m.start())]
        stops = [m.start() for m in _STOP.finditer(text) if not in_table(m.start())]
        across = _Across(text, spaces + stops)
        yield from self._split_words(across, spaces, "space")
        for at in stops:
            yield self.finding(at, at + 1, "stop", fix="" if across.word(at) is not None else None)
        for m in _YEAR_CUT.finditer(text):
            yield self.finding(m.start(), m.end(), "year", text=m.group())
        joiners = tuple(self.data.year_joiners)
        for m in _YEAR_OPENING.finditer(text):
            if not text.endswith(joiners, 0, m.start()):
                yield self.finding(m.start(), m.end(), "runon", year=m.group())
        for m in self._frame.finditer(text):
            ending = m.group("ending")
            yield self.finding(m.start("ending"), m.end("ending"), "frame", ending=ending, fix=ending + "，")
        if wraps_lines(doc.path):
            return
        headings = {h.start for h in doc.headings}
        yield from self._wraps(text, in_table, prose, headings)
        for m in _BROKEN_LINE.finditer(text):
            if not in_table(m.start()) and m.end() not in headings:
                yield self.finding(m.start() + 1, m.end(), "line")
        if _ends_closed(text):
            for m in _FIGURE_END.finditer(text):
                if not in_table(m.start(1)) and prose(m.start(1) - 1):
                    yield self.finding(m.start(1), m.end(1), "nostop", fix="。\n")

    def _wraps(self, text, in_table, prose, headings):
        """Line breaks inside a word: in a text wrapped at a width, or after a lone piece."""
        opens = [m.start() for m in _OPEN_WRAP.finditer(text)
                 if not in_table(m.start()) and m.end() not in headings
                 and text.rfind("\n", 0, m.start()) + 1 not in headings]
        wrapped = sum(prose(at - 1) for at in opens) >= _LEAST_WRAPPED_LINES
        lone = {m.end() for m in _LONE_PIECE.finditer(text)}
        breaks = [at for at in opens if at in lone or wrapped and prose(at - 1)]
        yield from self._split_words(_Across(text, breaks), breaks, "wrap")

    def _split_words(self, across: "_Across", gaps: list[int], variant: str):
        """A finding for each one-character gap (a space, a line break) inside a word."""
        for at in gaps:
            word = across.word(at)
            if word is not None:
                before, after = word
                yield self.finding(at - len(before), at + 1 + len(after), variant,
                                   word=before + after, fix=before + after)

    @cached_property
    def _frame(self) -> re.Pattern:
        """在, at the start of a clause, up to 40 characters with no mark, a frame ending, then a
        subject word."""
        endings = "|".join(map(re.escape, longest_first(self.data.frame_endings)))
        subjects = "|".join(map(re.escape, longest_first(self.data.frame_subjects)))
        return re.compile(rf"(?:^|(?<=[，,。；;：:！？!?\n]))在[^，,。；;：:！？!?\n]{{1,40}}?(?P<ending>{endings})(?={subjects})",
                          re.M)


def _around(text: str, at: int) -> tuple[str, str]:
    """The 汉字 right before the character at ``at`` and right after it."""
    lo, hi = han_around(text, at, at + 1, _REACH)
    return text[lo:at], text[at + 1:hi]


def _word_across(left: str, right: str, freq: dict[str, int]) -> tuple[str, str] | None:
    """The two pieces of the word that segmentation of ``left + right`` puts across their
    junction, or None when the junction is a word boundary."""
    starts = sorted(word_starts(left + right, freq))
    junction = len(left)
    if junction in starts:
        return None
    start = max(s for s in starts if s < junction)
    end = min(s for s in starts if s > junction)
    return left[start:], right[:end - junction]


def _prose_lines(text: str) -> Callable[[int], bool]:
    """Whether the line around an offset is prose: long enough, and no row of a table in pipes.
    Each line is read once, however many gaps it holds."""
    known: dict[int, bool] = {}

    def prose(at: int) -> bool:
        start = text.rfind("\n", 0, at) + 1
        if start not in known:
            end = text.find("\n", at)
            line = text[start:end if end >= 0 else len(text)]
            known[start] = "|" not in line and len(_HAN_CHARS.findall(line)) >= _SHORTEST_PROSE_LINE
        return known[start]

    return prose


def _ends_closed(text: str) -> bool:
    """Whether a line break ends a paragraph, not a line of a page: no line ends with a comma,
    and of the lines holding a full stop at most one, or a quarter, ends without a closing mark."""
    if _BROKEN_LINE.search(text):
        return False
    lines = [line for line in text.split("\n") if "。" in line]
    open_lines = sum(1 for line in lines if not _CLOSED.search(line))
    return open_lines <= max(1, _OPEN_SHARE * len(lines))


def _letter_spaced(text: str, at: int) -> bool:
    """True for a space between characters spaced out one by one (地 区 生 产) or after a line's
    first character (标 题：)."""
    return at < 2 or text[at - 2].isspace() or at + 2 < len(text) and text[at + 2].isspace()
