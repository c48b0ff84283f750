"""A paragraph written twice: a copy left behind when a draft was cut and pasted."""

from __future__ import annotations

from checker.checks.T303 import covered, debris_spans
from checker.checks.base import Message, Rule
from checker.findings import Severity

# A paragraph shorter than this, or without a mark inside a sentence, is a heading, a label or
# a signature, which a report may well print twice (a table of contents, 单位：亿元).
MIN_LENGTH = 15
SENTENCE_MARKS = "，。；！？"


class S403(Rule):
    """What it finds: a paragraph of text that repeats an earlier paragraph of the report word
    for word — right after it or further on — reported on the copy.

    Why it matters: a paragraph left twice is the trace of a cut and paste while editing; the
    reader wonders which version is meant and whether the text between was lost.

    Headings, labels and other short lines (under 15 characters, or without a mark inside a
    sentence) are left alone: a table of contents prints the headings again, and a report may
    repeat 单位：亿元. Text a website added (T303) is T303's.

    Options: none.
    """

    code = "S403"
    name = "repeated-paragraph"
    category = "structure"
    severity = Severity.WARNING
    title = Message("段落重复", "repeated paragraph")
    messages = {"default": Message("这一段与第{line}行的段落完全相同",
                                   "this paragraph repeats the one on line {line} word for word")}
    help = Message("删去重复的一段，或核对是否贴错了内容", "delete the copy, or check what should stand here")
    flagged = (
        "全年新建公园8个，绿化覆盖率提高到42%。\n全年新建公园8个，绿化覆盖率提高到42%。",
        "一、工作回顾\n全县粮食播种面积稳定在80万亩，总产稳定在50万吨以上。\n二、存在问题\n全县粮食播种面积稳定在80万亩，总产稳定在50万吨以上。",
    )
    clean = (
        "全年新建公园8个，绿化覆盖率提高到42%。\n全年新建公园9个，绿化覆盖率提高到43%。",
        "目录\n一、工作回顾\n二、下步打算\n一、工作回顾\n今年完成了各项任务。\n二、下步打算\n继续努力。",
        "单位：亿元\n表1\n单位：亿元",
    )

    def check(self, doc):
        text = doc.text
        debris = debris_spans(text, self.data)
        seen: dict[str, int] = {}
        for paragraph in doc.paragraphs:
            body = text[paragraph.start:paragraph.end]
            if (len(body) < MIN_LENGTH or not any(mark in body for mark in SENTENCE_MARKS)
                    or covered(debris, paragraph.start, paragraph.end) or doc.in_table(paragraph.start)):
                continue
            if body in seen:
                line = doc.lines.line_of(seen[body]) + 1
                yield self.finding(paragraph.start, paragraph.end, line=line)
            else:
                seen[body] = paragraph.start
