"""Garbled text (乱码): characters a conversion between encodings destroyed."""

from __future__ import annotations

import re
from functools import cached_property

from checker.checks.base import Message, Rule
from checker.wordtrie import word_pattern

# Characters lost when bytes could not be decoded: U+FFFD, the replacement character.
_LOST = re.compile("\ufffd+")
# What UTF-8 read as Latin-1 or Windows-1252 turns into: runs of accented letters and the
# symbols of those code pages' upper half (年度 becomes å¹´åº¦).
_LATIN_RUN = re.compile("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                        "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{3,}")
_HAN = re.compile("[\u4e00-\u9fff]")


def as_utf8(run: str) -> str | None:
    """The text whose UTF-8 bytes, read as Windows-1252 (Latin-1 where it has no character),
    gave ``run``; None when those bytes are no UTF-8 or hold no Chinese."""
    data = bytearray()
    for char in run:
        try:
            data += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                return None
            data.append(ord(char))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if _HAN.search(text) else None


class T310(Rule):
    """What it finds: text an encoding conversion garbled — the replacement character � where a
    character could not be decoded (variant ``lost``); 锟斤拷 and other runs that a conversion
    leaves (``garbled`` in rules/debris.toml, variant ``garbled``); and Chinese whose UTF-8 was
    read as Latin-1 (å¹´åº¦ for 年度, variant ``latin``), which the fix turns back.

    Why it matters: a report copied through a tool or page with the wrong encoding has lost its
    words there; the reader sees 乱码, and the sentence cannot be read as it was written.

    Options: the runs are ``garbled`` in rules/debris.toml; add your own with ``garbled = [...]``
    in ``[tool.hegao]``. Accented letters in a Latin name
    (Zürich, José) are left alone: only a run that reads back as Chinese is reported.
    """

    code = "T310"
    name = "garbled-text"
    category = "text"
    title = Message("乱码", "garbled text")
    messages = {
        "lost": Message("乱码“{text}”：这里的字在转换编码时丢失", "garbled “{text}”: a character was lost converting encodings"),
        "garbled": Message("乱码“{text}”", "garbled text “{text}”"),
        "latin": Message("乱码“{text}”，应为“{fixed}”", "garbled “{text}”, which reads “{fixed}”"),
    }
    help = {
        "lost": Message("对照原文补上丢失的字", "restore the lost characters from the original"),
        "garbled": Message("对照原文改正", "correct it from the original"),
        "latin": Message("写作“{fixed}”", "write “{fixed}”"),
    }
    flagged = (
        "全年完成投资12.5亿元，其中�基础设施投资5.2亿元。",
        "锟斤拷锟斤拷全年共开展培训32次。",
        "2023å¹´åº¦工作总结",
    )
    clean = (
        "全年完成投资12.5亿元，其中基础设施投资5.2亿元。",
        "与瑞士Zürich大学开展合作，签约José等3名专家。",
        "“双减”——“五项管理”……",
    )

    def check(self, doc):
        text = doc.text
        for m in _LOST.finditer(text):
            yield self.finding(m.start(), m.end(), "lost", text=m.group())
        for m in self._garbled.finditer(text):
            yield self.finding(m.start(), m.end(), "garbled", text=m.group())
        for m in _LATIN_RUN.finditer(text):
            fixed = as_utf8(m.group())
            if fixed:
                yield self.finding(m.start(), m.end(), "latin", text=m.group(), fixed=fixed, fix=fixed)

    @cached_property
    def _garbled(self) -> re.Pattern:
        return re.compile(f"(?:{word_pattern(self.data.garbled)})+")
