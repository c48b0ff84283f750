"""Heading numbers that skip, repeat, mix styles or lost a character."""

from __future__ import annotations

from checker.checks.T303 import covered, debris_spans
from checker.checks.base import Message, Rule
from checker.document.headings import LEVELS
from checker.findings import Severity

# A marker of one style that stands where its twin style is expected: （1） among （一）（二）.
TWINS = {"cn_paren": "arabic_paren", "arabic_paren": "cn_paren", "cn": "arabic", "arabic": "cn"}
_CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """一 … 九千九百九十九, as heading markers write them: 十二 (not 一十二), 一百零一."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n - 10] if n > 10 else "")
    if n >= 10000:
        return str(n)
    out, gap = "", False
    for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit:
            out += ("零" if gap and out else "") + _CN_DIGITS[digit] + unit
            gap = False
        else:
            gap = bool(out)
    return out


def marker(style: str, n: int) -> str:
    return {
        "part": f"第{cn_number(n)}部分",
        "cn": f"{cn_number(n)}、",
        "cn_paren": f"（{cn_number(n)}）",
        "arabic": f"{n}.",
        "arabic_paren": f"（{n}）",
        "shi": f"{cn_number(n)}是",
    }[style]


class S401(Rule):
    """What it finds: heading numbers of the 公文 levels 一、 （一） 1. （1）, of 第一部分 above
    them, and of 一是/二是 runs
    that skip a number (（一）（三）), repeat one (（二）（二）), mix styles within one level (（1）
    where its siblings are （二）（三）), hold one sibling of another style between two that
    agree (2、 between 1. and 3.; （2） between （一） and （三）, reported where it stands, with
    the marker its siblings' style gives as the fix), or lost a character of the marker
    (")加快…" standing for （二）加快…).

    Why it matters: a skipped or broken heading number is the first thing a reader of a
    published report notices; it usually means a section was deleted or a paste went wrong.

    A level's numbering restarts under each heading of a higher level. A run of 一是/二是 may
    start at 二是 (the first item often goes unmarked) and restarts at 一是; only skips and
    repeats inside a run are reported. A broken marker takes the number that was due, so
    the headings after it are not reported again.

    Options: none.
    """

    code = "S401"
    name = "heading-sequence"
    category = "structure"
    severity = Severity.WARNING
    title = Message("标题序号不连续", "heading numbers out of sequence")
    messages = {
        "gap": Message("标题序号从“{prev}”跳到“{found}”，缺少“{expected}”",
                       "heading number jumps from “{prev}” to “{found}”; “{expected}” is missing"),
        "repeat": Message("标题序号“{found}”重复", "heading number “{found}” is repeated"),
        "mixed": Message("同级标题序号格式不一：此处为“{found}”，同级标题用“{sibling}”",
                         "heading style differs from its siblings: “{found}” beside “{sibling}”"),
        "odd": Message("同级标题序号格式不一：前后为“{prev}”“{next}”，此处为“{found}”",
                       "heading style differs from the siblings around it: “{found}” between “{prev}” and “{next}”"),
        "broken": Message("标题序号“{found}”残缺，按顺序应为“{expected}”",
                          "heading marker “{found}” is broken; “{expected}” was due here"),
    }
    help = Message("按层级连续编号：一、（一）1.（1）", "number each level in sequence: 一、（一）1.（1）")
    flagged = (
        "一、工作回顾\n（一）稳增长\n内容。\n（三）促改革\n内容。",
        "一、工作回顾\n（一）稳增长\n内容。\n（一）促改革\n内容。",
        "一、主要成绩\n（1）基本情况\n内容。\n（二）主要做法\n内容。",
        "二、重点任务\n（一）抓党建\n内容。\n)抓教学\n内容。",
        "今年重点抓好三件事：一是稳就业，二是保民生，四是促发展。",
        "一、总体情况\n内容。\n三、下步打算\n内容。",
        "（一）抓党建\n内容。\n（二）抓业务\n内容。\n（二）抓队伍\n内容。",
        "一、主要成绩\n1.抓党建。内容。\n2、抓业务。内容。\n3.抓队伍。内容。",
    )
    clean = (
        "一、工作回顾\n（一）稳增长\n内容。\n（二）促改革\n内容。\n二、下步打算\n（一）抓落实\n内容。",
        "一、主要成绩\n1.学校建设。内容。\n2.队伍建设。内容。\n（二）主要做法\n内容。",
        "重点做好以下工作。一是稳就业；二是保民生；三是促发展。",
        "（一）抓党建。内容，二是强化监督，三是严肃问责。",
        "一、工作回顾\n（一）稳增长\n内容。\n（二）促改革\n1.深化改革。内容。\n2.扩大开放。内容。\n（三）惠民生\n1.就业。内容。",
        "一、主要成绩\n1、抓党建。内容。\n2、抓业务。内容。\n3、抓队伍。内容。",
    )

    def check(self, doc):
        text = doc.text
        last: dict[str, object] = {}  # style -> last heading of the open sequence
        before: dict[str, object] = {}  # style -> the heading before that one
        seen: list = []  # numbered headings so far
        debris = debris_spans(text, self.data)
        for heading in doc.headings:
            if covered(debris, heading.marker_start, heading.marker_end):
                continue  # a sharing site's chunk number (…人员\n2、4xx人) is no heading
            found = text[heading.marker_start:heading.marker_end]
            style = heading.style
            if style == "broken":
                yield from self._broken(heading, found, last)
                continue
            if style == "shi":
                yield from self._shi(heading, found, last)
                continue
            level = LEVELS[style]
            for other, other_level in LEVELS.items():
                if other_level > level:
                    last.pop(other, None)
                    before.pop(other, None)
            last.pop("shi", None)
            previous = last.get(style)
            expected = previous.number + 1 if previous else 1
            if heading.number == expected or (previous is None and heading.number == 1):
                if _odd_separator(text, before.get(style), previous, heading):
                    yield self._odd(text, previous, before[style], heading)
            elif previous is not None and heading.number == previous.number:
                yield self.finding(heading.marker_start, heading.marker_end, "repeat", found=found)
            elif previous is None:
                # the first of its level starts late: is it preceded by a twin-style sibling?
                # Twins that run on to this number or past it (1、2、3、 before 二、) are a list
                # one level down, under a heading the text does not show.
                twins = [t for t in _section(seen, level) if t.style == TWINS.get(style)]
                if twins and max(t.number for t in twins) < heading.number:
                    for twin in twins:
                        yield self.finding(twin.marker_start, twin.marker_end, "mixed",
                                           found=text[twin.marker_start:twin.marker_end],
                                           sibling=found)
            elif odd := _odd_twin(seen, previous, heading, expected):
                yield self._odd(text, odd, previous, heading)
            elif heading.number > expected:
                yield self.finding(heading.marker_start, heading.marker_end, "gap",
                                   prev=marker(style, previous.number), found=found,
                                   expected=marker(style, expected))
            before[style] = previous
            last[style] = heading
            seen.append(heading)

    def _odd(self, text, odd, previous, following):
        """``odd`` stands between siblings ``previous`` and ``following`` of another style."""
        return self.finding(odd.marker_start, odd.marker_end, "odd",
                            found=text[odd.marker_start:odd.marker_end],
                            prev=text[previous.marker_start:previous.marker_end],
                            next=text[following.marker_start:following.marker_end],
                            fix=_restyled(text, previous, odd.number))

    def _broken(self, heading, found, last):
        """A marker that lost a character (only paren markers can: see document.headings)
        takes the number due among the （一） headings."""
        previous = last.get("cn_paren")
        expected = previous.number + 1 if previous else 1
        yield self.finding(heading.marker_start, heading.marker_end, "broken", found=found,
                           expected=marker("cn_paren", expected))
        last["cn_paren"] = _Numbered(expected)

    def _shi(self, heading, found, last):
        previous = last.get("shi")
        if heading.number == 1 or previous is None or heading.paragraph - previous.paragraph > 1:
            last["shi"] = heading
            return
        if heading.number == previous.number:
            yield self.finding(heading.marker_start, heading.marker_end, "repeat", found=found)
        elif heading.number > previous.number + 1:
            yield self.finding(heading.marker_start, heading.marker_end, "gap",
                               prev=marker("shi", previous.number), found=found,
                               expected=marker("shi", previous.number + 1))
        last["shi"] = heading


def _separator(text: str, heading) -> str:
    """What closes an Arabic marker: 1. and 1． are one style, 1、 another."""
    return text[heading.marker_end - 1].replace("．", ".")


def _odd_separator(text: str, first, odd, third) -> bool:
    """Whether ``odd`` (2、) stands between siblings 1. and 3. that agree with each other."""
    if first is None or odd is None or third.style != "arabic":
        return False
    if not (first.number + 1 == odd.number and odd.number + 1 == third.number):
        return False
    return _separator(text, first) == _separator(text, third) != _separator(text, odd)


def _odd_twin(seen: list, previous, heading, expected: int):
    """The one heading of the twin style that numbers the gap from ``previous`` to ``heading``:
    （2） between （一） and （三）; None when the gap is a gap."""
    if previous is None or heading.number != expected + 1:
        return None
    twins = [t for t in seen if t.marker_start > previous.marker_start and t.style == TWINS.get(heading.style)]
    return twins[0] if len(twins) == 1 and twins[0].number == expected else None


def _restyled(text: str, sibling, number: int) -> str:
    """The marker of ``number`` written as ``sibling``'s is."""
    if sibling.style == "arabic":
        return f"{number}{text[sibling.marker_end - 1]}"
    return marker(sibling.style, number)


def _section(seen: list, level: int) -> list:
    """The headings after the last one of a higher level than ``level``."""
    for index in range(len(seen) - 1, -1, -1):
        if LEVELS[seen[index].style] < level:
            return seen[index + 1:]
    return seen


class _Numbered:
    """Stands in the sequence for a broken marker: only its number matters."""

    def __init__(self, number: int):
        self.number = number
