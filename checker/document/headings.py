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
_HEADING = re.compile(
    rf"第(?P<part>[{_CN}]{{1,3}})部分(?=[\s　：:、])"  # not 第三部分内容见附件
    rf"|(?P<cn>[{_CN}]{{1,3}})、"
    rf"|[（(](?P<cn_paren>[{_CN}]{{1,3}})[）)]"
    r"|[（(](?P<arabic_paren>\d{1,2})[）)]"
    r"|(?P<arabic>\d{1,2})[.．、](?!\d)"
    rf"|(?P<broken>[)）]|[{_CN}]{{1,3}}[)）]|[（(][{_CN}]{{1,3}}(?![{_CN}）)]))"
)
# 一是…二是… may start a paragraph, a sentence or a clause
_SHI = re.compile(rf"(?:^|(?<=[。；：:！？，,]))\s*(?P<shi>[{_CN}]{{1,3}})是")
_SPACE = " \t\u3000\xa0"


def _number(digits: str) -> int:
    return int(digits) if digits.isdigit() else chinese_integer(digits)


def find_headings(text: str, paragraphs: list[Block]) -> list[Heading]:
    headings = []
    for index, para in enumerate(paragraphs):
        body = para.start
        m = _HEADING.match(text, para.start, para.end)
        if m and m.end() < para.end:
            style = m.lastgroup
            number = None if style == "broken" else _number(m.group(style))
            headings.append(Heading(para.start, para.end, m.start(), m.end(), style, number, index))
            body = m.end()
        # a heading line may carry its own 一是…二是 run: （一）深化五项改革。…一是…
        for s in _SHI.finditer(text, body, para.end):
            start = s.start("shi")
            headings.append(
                Heading(start, para.end, start, s.end(), "shi", _number(s.group("shi")), index)
            )
    return headings
