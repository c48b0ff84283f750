"""Numbered headings of 公文 and the 一是/二是 runs inside paragraphs.

The 公文 levels are 一、 （一） 1. （1）, under the 第一部分 of a long report; the style of a
marker, not its position, says its level.
A marker that lost a character (")加快…", "二)…", "（三加强…") is kept with style ``broken`` so
that the heading rule can report it.
"""

import re

from checker.claims.numerals import chinese_integer
from checker.document.model import Block, Heading

_CN = "一二三四五六七八九十"
# 公文 levels: the style of a marker gives its level.
LEVELS = {"part": 0, "cn": 1, "cn_paren": 2, "arabic": 3, "arabic_paren": 4}
_HEADING = re.compile(
    rf"第(?P<part>[{_CN}]{{1,3}})部分(?=[\s　：:、])"  # not 第三部分内容见附件
    rf"|(?P<cn>[{_CN}]{{1,3}})、"
    rf"|[（(](?P<cn_paren>[{_CN}]{{1,3}})[）)]"
    r"|[（(](?P<arabic_paren>\d{1,2})[）)]"
    r"|(?P<arabic>\d{1,2})[.．、](?:(?!\d)|(?=(?:19|20)\d\d年))"  # 12.2025年十大工程：…
    rf"|(?P<broken>[)）]|[{_CN}]{{1,3}}[)）]|[（(][{_CN}]{{1,3}}(?![{_CN}）)]))"
)
# 一是…二是… may start a paragraph, a sentence or a clause (``^`` only matches at the start of
# the text when finditer starts later, hence the line break)
_SHI = re.compile(rf"(?:^|(?<=[。；：:！？，,\n]))\s*(?P<shi>[{_CN}]{{1,3}})是")
_SPACE = " \t\u3000\xa0"


def _number(digits: str) -> int | None:
    """The value of a marker's numeral; None when it is no number (七八、 starts a range, 十十、
    a typing slip): such a line is text, not a heading."""
    if digits.isdigit():
        return int(digits)
    try:
        return chinese_integer(digits)
    except ValueError:
        return None


def _table_cell(text: str, para: Block) -> bool:
    """A line that ends with a cell's bar is a cell of a table a page copy laid out one cell a
    line (一、一般公共预算收入 |), not a heading, whatever number opens it."""
    return text[para.end - 1] == "|"


def find_headings(text: str, paragraphs: list[Block]) -> list[Heading]:
    headings = []
    for index, para in enumerate(paragraphs):
        body = para.start
        m = None if _table_cell(text, para) else _HEADING.match(text, para.start, para.end)
        style = m.lastgroup if m and m.end() < para.end else None
        number = None if style in (None, "broken") else _number(m.group(style))
        if style == "broken" or number is not None:
            headings.append(Heading(para.start, para.end, m.start(), m.end(), style, number, index))
            body = m.end()
        # a heading line may carry its own 一是…二是 run: （一）深化五项改革。…一是…
        for s in _SHI.finditer(text, body, para.end):
            if (number := _number(s.group("shi"))) is not None:
                start = s.start("shi")
                headings.append(Heading(start, para.end, start, s.end(), "shi", number, index))
    return headings
