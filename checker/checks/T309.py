"""A standard indicator name written with a slip: a wrong character, two words swapped, 数 as 书."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.checks.T306 import wrong_characters
from checker.findings import Severity
from checker.indicators import NameSlip, name_slips

# Characters around a slip that T306 reads to see whether it reports the slip's character.
_T306_CONTEXT = 6


class T309(Rule):
    """What it finds: a phrase one slip away from the standard name of an indicator that
    statistical bulletins and work reports state — a character written in place of another
    (医生技术人员 for 卫生技术人员), two adjacent words of the name swapped (城镇失业登记率 for
    城镇登记失业率), or the count noun 数 written with a homophone (注册护士书 for 注册护士数).

    Why it matters: an indicator's name says what its figure measures; a reader who meets an
    unknown name does not know which figure it is, and a slip in it is often a slip of the
    input method that no spelling check sees (医生 and 技术人员 are words).

    How: the names are listed in ``rules/indicators.toml``. A written phrase is reported when
    it differs from a name by one character, by two adjacent dictionary words inside the name
    swapped (its first and last characters in place), or by a homophone of 数 after the name —
    and it is neither a listed name nor a dictionary word, and no common word runs across its
    ends (注册护士书记员 is quiet). Which character may differ: in a name of six characters
    or more, any character of its first word, which may become another word (医生 for 卫生),
    and any character of its later modifiers that breaks its word into a non-word (登计 for
    登记; 城镇居住人口 is not 城镇常住人口); in the head — the word the name ends on, which
    says what is counted (投资 of 固定资产投资, 床位 of 每千人口床位数) — and in a shorter
    name, only a lookalike or homophone (``lookalikes``, and the groups of
    ``rules/confusables.toml``: 注册护土), since another head is mostly another phrase
    (固定资产投入, 高新技术产业). What stays quiet besides: a character that tells sibling
    indicators apart (第一/第二产业, 规模以上/以下, 进口/出口, 每千/每万, 全区/地区:
    ``contrasts``); a function word written in the name's place (其中技术人员 is not
    其他技术人员); a phrase inside a listed name written out (常住人口城镇化率); a traditional
    character (預). The help line names the standard name; ``--fix`` does not apply it.

    A character that T306 reports as a wrong character (户藉 of 户藉人口城镇化率) is left to
    T306 when it runs, so one slip makes one finding.

    Options: add names with ``indicators = ["…"]`` in ``[tool.hegao]``; list a name's siblings
    too, since a listed name is never reported.
    """

    code = "T309"
    name = "indicator-name"
    category = "text"
    severity = Severity.WARNING
    title = Message("指标名称疑有误", "suspected slip in an indicator name")
    messages = {
        "substitution": Message("“{text}”疑为指标名称“{name}”之误", "“{text}” looks like a slip for the indicator “{name}”"),
        "swapped": Message("“{text}”词序颠倒，疑为指标名称“{name}”",
                           "“{text}” has two words swapped: the indicator is “{name}”"),
        "count-noun": Message("“{text}”疑为“{name}”之误（“数”写成同音字）",
                              "“{text}” looks like “{name}” with 数 written as a homophone"),
    }
    help = Message("核对指标名称，规范名称为“{name}”", "check the name: the standard indicator is “{name}”")
    flagged = (
        "全镇医生技术人员比上年增加6人。",
        "全年城镇失业登记率为2.7%。",
        "每千人口注册护士书达到2.9人。",
    )
    clean = (
        "全镇卫生技术人员比上年增加6人。",
        "全年城镇登记失业率为2.7%。",
        "规模以下工业增加值增长3.1%。",
        "全年注册护士和执业医师分别增加120人和86人。",
    )

    def check(self, doc):
        for slip in name_slips(doc.text, self.data.indicators, self.data.confusables):
            if slip.kind == "substitution" and self.selects("T306") and self._left_to_t306(doc.text, slip):
                continue
            yield self.finding(slip.start, slip.end, slip.kind, text=doc.text[slip.start:slip.end], name=slip.name)

    def _left_to_t306(self, text: str, slip: NameSlip) -> bool:
        at = slip.start + next(i for i, (a, b) in enumerate(zip(slip.written, slip.name)) if a != b)
        lo = max(0, slip.start - _T306_CONTEXT)
        return any(lo + start <= at < lo + end for start, end, *_ in
                   wrong_characters(text[lo:slip.end + _T306_CONTEXT], self.data))
