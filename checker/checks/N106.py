"""Numbers written in a form no reader can trust: Arabic digits mixed with Chinese numeral words,
leading zeros, two decimal points."""

from __future__ import annotations

import re

from checker.checks.base import Message, Rule
from checker.findings import Severity


# 千 before these is the prefix of a unit (220千伏, 500千瓦), 百 before 羽 the unit of
# poultry in a statistical table (存栏51313百羽), not a numeral.
_PREFIXED_UNITS = {"千": frozenset("伏瓦米克帕赫焦卡"), "百": frozenset("羽")}
# 千亿, 百万: a compound magnitude after digits (9千亿元), accepted in reports like 万 and 亿.
_COMPOUND_MAGNITUDE = re.compile(r"\d[百千][万亿]")
# A second decimal point before an amount's unit: 3862.4.5万元 (not a version: V1.2.3).
_LEADING_ZERO = re.compile(r"0\d")
_LATIN_BEFORE = re.compile(r"[A-Za-z]$")  # V1.2.3 is a version
_SECOND_POINT = re.compile(r"\.\d+(?=[万亿千百]?[\u4e00-\u9fff])")


class N106(Rule):
    """What it finds: a number written half in Arabic digits and half in Chinese numeral words
    where GB/T 15835 forbids the mix — "十2个", "4千名", "1百零8所". Digits followed by the
    magnitude words 万 and 亿 ("2.7万", "1700余万", "9千亿") are the accepted form and are not
    flagged, nor is 千 as the prefix of a unit ("220千伏"). Also a quantity with leading zeros
    ("00360万元") and an amount with two decimal points ("3862.4.5万元"): digits were lost or
    typed twice.

    Why it matters: a mixed numeral is read differently by different readers (4千 may be 4000
    or a typo for 4个) and is not accepted in an official document.

    Options: none.
    """

    code = "N106"
    name = "malformed-numeral"
    category = "numbers"
    severity = Severity.ERROR
    title = Message("数字写法不规范", "malformed numeral")
    messages = {
        "default": Message(
            "“{text}”混用阿拉伯数字与汉字数字（十、百、千、零只能与汉字数字连用）",
            "“{text}” mixes Arabic digits with Chinese numeral words (十 百 千 零 go only with Chinese numerals)"),
        "zeros": Message("“{text}”以多余的 0 开头", "“{text}” starts with superfluous zeros"),
        "points": Message("“{text}”有两个小数点", "“{text}” has two decimal points"),
    }
    help = {
        "default": Message("全部改用阿拉伯数字（如 4千 → 4000），或全部改用汉字（四千）",
                   "write it all in Arabic digits (4千 → 4000) or all in Chinese (四千)"),
        "zeros": Message("核对原始数据，补上丢失的数字或删去多余的 0", "check the source figure: restore lost digits or drop the zeros"),
        "points": Message("核对原始数据，改正数字", "check the source figure and correct the number"),
    }
    flagged = (
        "全镇共有教职工4千名。",
        "新建图书角1百零8个。",
        "组建兴趣小组十2个。",
        "发放助学金3百余份。",
        "培训骨干教师2千人次。",
        "全年落实项目资金00360万元。",
        "全年罚没款3862.4.5万元。",
    )
    clean = (
        "全镇共有教职工4000名。",
        "全镇共有教职工四千名。",
        "发放助学金2.7万余份。",
        "投入资金1700余万元。",
        "组建兴趣小组十二个。",
        "新建220千伏变电站3座，全省工业产值超9千亿元，家禽存栏4120百羽。",
        "建成千亿亿次超级计算机，经济总量迈上千亿台阶。",
        "投入资金0.36万元，升级系统至V1.2.3版本，编号007号。",
    )

    def check(self, doc):
        text = doc.text
        for claim in doc.claims:
            # a slash with a zero below it (0/0, a web reader's page counter) mixes no numerals
            if claim.kind == "malformed" and "fraction" not in claim.flags and not self._accepted(text, claim):
                yield self.finding(claim.start, claim.end, text=claim.text)
            elif claim.is_quantity and claim.unit and _LEADING_ZERO.match(claim.text):
                yield self.finding(claim.start, claim.end, "zeros", text=claim.text)
            elif (claim.kind == "number" and claim.decimals and (m := _SECOND_POINT.match(text, claim.end))
                    and not _LATIN_BEFORE.search(text, max(0, claim.start - 1), claim.start)):
                end = next((c.end for c in doc.claims if c.start == claim.end + 1), m.end())
                yield self.finding(claim.start, end, "points", text=text[claim.start:end])

    @staticmethod
    def _accepted(text: str, claim) -> bool:
        prefixed = text[claim.end:claim.end + 1] in _PREFIXED_UNITS.get(claim.text[-1:], ())
        # 千亿亿次, 万亿亿: a series of magnitude words without a digit mixes nothing
        no_digits = not any(ch.isdigit() for ch in claim.text)
        return prefixed or no_digits or bool(_COMPOUND_MAGNITUDE.search(claim.text))
