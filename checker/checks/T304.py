"""Brackets and quotation marks left unmatched within a paragraph."""

from __future__ import annotations

import re

from checker.checks.T303 import debris_runs
from checker.checks.base import Message, Rule

PAIRS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "【": "】"}
CLOSERS = {close: open_ for open_, close in PAIRS.items()}
STRAIGHT = '"'
_MARKS = re.compile("[" + re.escape(STRAIGHT + "".join(PAIRS) + "".join(CLOSERS)) + "]")
# A line that ends without these was wrapped: its paragraph goes on on the next line.
PARAGRAPH_END = "。！？!?；;：:…”’）)】》"


def _wrapped_paragraphs(doc):
    """(start, end) of each paragraph, the lines of a wrapped one joined."""
    heading_starts = {h.start for h in doc.headings}
    blocks: list[list[int]] = []
    for para in doc.paragraphs:
        previous = blocks[-1] if blocks else None
        gap = doc.text[previous[1]:para.start] if previous else ""
        if (previous and gap.count("\n") == 1 and not gap.strip() and para.start not in heading_starts
                and doc.text[previous[1] - 1] not in PARAGRAPH_END):
            previous[1] = para.end
        else:
            blocks.append([para.start, para.end])
    return blocks


class T304(Rule):
    """What it finds: an opening bracket or quotation mark (“ ‘ （ ( 《 【) with no closer in
    the same paragraph, or a closer with no opener. Straight double quotes " alternate between
    opening and closing. The unmatched mark itself is reported.

    Why it matters: a lost quotation mark changes what is quoted ("开展3+4”贯通培养" — which
    words are the name?) and shows that the sentence was cut or pasted carelessly.

    A paragraph is a line, or lines wrapped inside one paragraph: a line that ends without
    closing punctuation goes on on the next one unless that is a heading or follows a blank line
    (text copied from a PDF, soft-wrapped Markdown).

    Options: none. A closer that belongs to a heading marker which lost its opener (")加快…")
    is left to the heading rule, and brackets of page controls (【字号：… 】) to T303.
    """

    code = "T304"
    name = "unbalanced-pair"
    category = "text"
    title = Message("括号或引号不成对", "unbalanced bracket or quotation mark")
    messages = {
        "open": Message("“{mark}”没有对应的后半", "“{mark}” is never closed"),
        "close": Message("“{mark}”没有对应的前半", "“{mark}” has no opening mark"),
    }
    help = Message("补上缺少的一半，或删去多余的符号", "add the missing half or delete the stray mark")
    flagged = (
        "全面落实“双减政策，减轻学生课业负担。",
        "开展3+4”贯通培养试点工作。",
        "学习《义务教育课程方案，更新教学理念。",
        "新建校舍（含食堂面积约两千平方米。",
        "组织“青蓝工程’结对帮扶活动。",
        "实施【强基计划，培养拔尖人才。",
    )
    clean = (
        "全面落实“双减”政策，减轻学生课业负担。",
        "学习《义务教育课程方案（2022年版）》，更新教学理念。",
        "组织“青蓝工程”结对（含“师徒‘一对一’”）帮扶活动。",
        "开展“3+4”贯通培养试点工作。",
        '举办"书香校园"读书月活动。',
        "全年举办“书香校园\n读书月”活动12场。",
    )

    def check(self, doc):
        skip = {h.marker_end - 1 for h in doc.headings if h.style == "broken"}
        for start, end in debris_runs(doc.text, self.data):
            skip.update(range(start, end))  # 【字号：…】 split over lines is T303's finding
        for table in doc.tables:
            skip.update(range(table.start, table.end))  # a cell is not prose: （ may close in the next
        for start, end in _wrapped_paragraphs(doc):
            yield from self._check_paragraph(doc.text, start, end, skip)

    def _check_paragraph(self, text, start, end, skip):
        stack: list[int] = []  # offsets of open marks
        for mark in _MARKS.finditer(text, start, end):
            i, ch = mark.start(), mark.group()
            if ch == STRAIGHT:
                if stack and text[stack[-1]] == STRAIGHT:
                    stack.pop()
                else:
                    stack.append(i)
            elif i in skip:
                continue
            elif ch in PAIRS:
                stack.append(i)
            elif ch in CLOSERS:
                opener = CLOSERS[ch]
                if opener in (text[j] for j in stack):
                    # Openers between this closer's match and it were never closed.
                    while text[stack[-1]] != opener:
                        yield self._unmatched(text, stack.pop(), "open")
                    stack.pop()
                else:
                    yield self._unmatched(text, i, "close")
        for i in stack:
            yield self._unmatched(text, i, "open")

    def _unmatched(self, text, offset, variant):
        return self.finding(offset, offset + 1, variant, mark=text[offset])
