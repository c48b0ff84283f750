"""Paragraphs and sentences with their offsets.

A paragraph is a line of text (reports put one paragraph a line; blank lines separate nothing
more). A sentence ends at 。！？；!? or at the end of its paragraph; closing quotes and brackets
right after the end mark stay with the sentence.
"""

import re

from checker.document.model import Block

_LINE = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r"[^。！？；!?]+(?:[。！？；!?]+[”’」』）)]*)?|[。！？；!?]+")
_BLANK = " \t\r\u3000\xa0\ufeff"


def _trimmed(text: str, start: int, end: int) -> Block | None:
    while start < end and text[start] in _BLANK:
        start += 1
    while end > start and text[end - 1] in _BLANK:
        end -= 1
    return Block(start, end) if end > start else None


def paragraphs(text: str) -> list[Block]:
    found = (_trimmed(text, m.start(), m.end()) for m in _LINE.finditer(text))
    return [block for block in found if block]


def sentences(text: str, paras: list[Block]) -> list[Block]:
    result = []
    for para in paras:
        for m in _SENTENCE.finditer(text, para.start, para.end):
            block = _trimmed(text, m.start(), m.end())
            if block:
                result.append(block)
    return result
