"""Half-width punctuation in Chinese text."""

from __future__ import annotations

import re

from checker.checks.T303 import debris_runs
from checker.checks.base import Message, Rule

FULL_WIDTH = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}
HAN = r"[\u4e00-\u9fff]"
# A half-width mark with a 汉字 right before it or right after it (a comma may carry one space
# after it, which the fix drops). Marks between ASCII letters or digits (1,460; 3:2; URLs) are
# not matched.
HALF_IN_CHINESE = re.compile(rf"(?<={HAN})[,;:()?!](?: (?=\S))?|[,;:()?!] ?(?={HAN})")
FULL_MARKS = re.compile("[，；：（）？！]")
# A half-width full stop that ends a sentence on a percentage before the next one opens
# (增长4.53%.其中…): one between two 汉字 is T308's (经济.发展), one after a digit may number an
# item (1.加强…), and decimals, URLs and file names have no 汉字 after it.
HALF_STOP = re.compile(rf"(?<=[%％‰])\.(?={HAN})")
# Every half-width full stop that may end a sentence: after a 汉字, a figure's sign or a closing
# bracket or quote, before a 汉字 or at the end of its line.
ANY_HALF_STOP = re.compile(rf"(?m)(?<=[\u4e00-\u9fff%％‰)）”])\.(?={HAN}|[ \t]*$)")
FULL_STOP = "。"
OPENERS, CLOSERS = "(（", ")）"
# A document whose Chinese-context punctuation is at least this share half-width is written
# half-width on purpose, or was folded by the tool it was copied through: that is its style, not
# a slip, and nothing is reported.
CONSISTENT_SHARE = 0.5
CONSISTENT_LEAST = 5  # half-width marks it takes to call a document's style half-width


class T305(Rule):
    """What it finds: a half-width , ; : ( ) ? ! next to 汉字 in a document that otherwise uses
    full-width punctuation, and a half-width full stop that ends a sentence on a percentage
    (增长4.53%.其中…) in one that ends its sentences with 。 — also when its other marks are
    folded to ASCII, since such a copy keeps its 。 (a text that ends them all with "." writes them
    so; one between two 汉字 is T308's; decimals, numbered items 1., links and file names stay); each mark is reported with its full-width replacement (", " with a
    space is one finding, and the fix drops the space). A document in which at least half of
    the punctuation (and five marks or more) is half-width is left alone: it was written so, or its punctuation was folded
    by the page or tool it was copied from, and a finding per comma would bury every other one.

    Why it matters: Chinese reports use full-width punctuation（，；：）; a stray half-width
    comma shows text pasted from another source and looks cramped in print.

    A half-width bracket whose partner on its line is half-width too and stays so (比上年增长(%),
    where only "(" touches a 汉字) is reported without a fix: a pair is converted together or
    not at all, never into （%).

    Brackets and colons in a table's cells ("产量(万吨)", "比上年增长(%)", "其中:城镇") are left
    alone: statistical tables print units, notes and 其中 rows so, and a table flattened from a
    PDF keeps them.

    Options: none. Page controls ("分享:") are left to T303. Punctuation between ASCII letters or digits (1,460; 3:2; URLs; English
    phrases) and full-width digits are never reported.
    """

    code = "T305"
    name = "punctuation-width"
    category = "text"
    title = Message("中文里用了半角标点", "half-width punctuation in Chinese text")
    messages = {
        "default": Message("中文里用了半角“{mark}”", "half-width “{mark}” in Chinese text"),
    }
    help = Message("改用全角标点", "use full-width punctuation")
    flagged = (
        "全年新建学校5所，改扩建3所,新增学位2000个。",
        "主要做法如下:一是强化管理；二是优化服务。",
        "学校（含幼儿园)共计46所，较上年增加2所。",
        "如何提高质量?这是我们面临的课题，需要研究。",
        "坚持立德树人, 全面推进素质教育，成效明显。",
        "全县新建学校3所。改扩建2所。新增学位1800个。新招教师120人。入学率达到99.2%.其中，学前教育毛入园率96%。",
    )
    clean = (
        "全年投入资金1,460万元，比例为3:2。",
        "详见网站http://www.example.com/a?b=1，欢迎访问。",
        "开展Hello, World编程活动，学生踊跃参加。",
        "全年新建学校５所，改扩建３所。",
        "各校组织（含幼儿园）开展安全教育；成效明显：事故下降。",
        "全年粮食产量12.9万吨，增长2.7%。\n指标 | 产量(万吨) | 比上年增长(%) |\n粮食 | 12.9 | 2.7 |\n其中:夏粮(冬小麦) | 2.7 | 7.3 |",
    )

    def check(self, doc):
        yield from self._half_stops(doc)
        debris = debris_runs(doc.text, self.data)  # "分享:" of a page control is T303's finding
        cells = _table_cells(doc)
        half = [m for m in HALF_IN_CHINESE.finditer(doc.text)
                if not any(s <= m.start() < e for s, e in debris)
                and not (m.group()[0] in "():" and any(s <= m.start() < e for s, e in cells))]
        if not half:
            return
        full = len(FULL_MARKS.findall(doc.text))
        if len(half) >= max(CONSISTENT_LEAST, CONSISTENT_SHARE * (len(half) + full)):
            return
        flagged = {m.start() for m in half}
        for m in half:
            mark = m.group().strip()
            partner = _partner(doc.text, m.start())
            keeps_pair = partner is None or doc.text[partner] not in "()" or partner in flagged
            yield self.finding(m.start(), m.end(), mark=mark, fix=FULL_WIDTH[mark] if keeps_pair else None)


    def _half_stops(self, doc):
        """Half-width full stops ending a sentence, in a text that ends its sentences with 。 (the
        store that folds ，；： to ASCII keeps 。, so a text folded so still has its 。)."""
        stops = list(HALF_STOP.finditer(doc.text))
        if not stops:
            return
        full, half = doc.text.count(FULL_STOP), len(ANY_HALF_STOP.findall(doc.text))
        if full >= CONSISTENT_LEAST and half < CONSISTENT_SHARE * (half + full):
            for m in stops:
                yield self.finding(m.start(), m.end(), mark=".", fix=FULL_STOP)


def _table_cells(doc) -> list[tuple[int, int]]:
    """The spans of the tables' cells."""
    return [(cell.start, cell.end) for table in doc.tables for row in table.rows for cell in row]


def _partner(text: str, at: int) -> int | None:
    """The offset of the bracket (either width) that pairs with the one at ``at`` on its line."""
    if text[at] not in OPENERS + CLOSERS:
        return None
    step, line_end = (1, text.find("\n", at)) if text[at] in OPENERS else (-1, text.rfind("\n", 0, at))
    line_end = (len(text) if step == 1 else -1) if line_end < 0 else line_end
    depth = 0
    for i in range(at, line_end, step):
        if text[i] in (OPENERS if step == 1 else CLOSERS):
            depth += 1
        elif text[i] in (CLOSERS if step == 1 else OPENERS):
            depth -= 1
            if depth == 0:
                return i
    return None
