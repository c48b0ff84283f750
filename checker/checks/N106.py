"""Arabic digits mixed with Chinese numeral words in one number."""

from __future__ import annotations

import re

from checker.checks.base import Message, Rule
from checker.findings import Severity


# 千 before these is the prefix of a unit (220千伏, 500千瓦), not a numeral.
_KILO_UNITS = frozenset("伏瓦米克帕赫焦卡")
# 千亿, 百万: a compound magnitude after digits (9千亿元), accepted in reports like 万 and 亿.
_COMPOUND_MAGNITUDE = re.compile(r"\d[百千][万亿]")


class N106(Rule):
    """What it finds: a number written half in Arabic digits and half in Chinese numeral words
    where GB/T 15835 forbids the mix — "十2个", "4千名", "1百零8所". Digits followed by the
    magnitude words 万 and 亿 ("2.7万", "1700余万", "9千亿") are the accepted form and are not
    flagged, nor is 千 as the prefix of a unit ("220千伏").

    Why it matters: a mixed numeral is read differently by different readers (4千 may be 4000
    or a typo for 4个) and is not accepted in an official document.

    Options: none.
    """

    code = "N106"
    name = "malformed-numeral"
    category = "numbers"
    severity = Severity.ERROR
    title = Message("数字写法不规范", "malformed numeral")
    messages = {"default": Message(
        "“{text}”混用阿拉伯数字与汉字数字（十、百、千、零只能与汉字数字连用）",
        "“{text}” mixes Arabic digits with Chinese numeral words (十 百 千 零 go only with Chinese numerals)")}
    help = Message("全部改用阿拉伯数字（如 4千 → 4000），或全部改用汉字（四千）",
                   "write it all in Arabic digits (4千 → 4000) or all in Chinese (四千)")
    flagged = (
        "全镇共有教职工4千名。",
        "新建图书角1百零8个。",
        "组建兴趣小组十2个。",
        "发放助学金3百余份。",
        "培训骨干教师2千人次。",
    )
    clean = (
        "全镇共有教职工4000名。",
        "全镇共有教职工四千名。",
        "发放助学金2.7万余份。",
        "投入资金1700余万元。",
        "组建兴趣小组十二个。",
        "新建220千伏变电站3座，全省工业产值超9千亿元。",
    )

    def check(self, doc):
        for claim in doc.claims:
            if claim.kind == "malformed" and not self._accepted(doc.text, claim):
                yield self.finding(claim.start, claim.end, text=claim.text)

    @staticmethod
    def _accepted(text: str, claim) -> bool:
        kilo_unit = claim.text.endswith("千") and text[claim.end:claim.end + 1] in _KILO_UNITS
        return kilo_unit or bool(_COMPOUND_MAGNITUDE.search(claim.text))
