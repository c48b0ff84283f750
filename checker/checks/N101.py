"""Counts that cannot be right: beyond any plausible size, pasted, or falsely approximate."""

from __future__ import annotations

from collections import defaultdict

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity

# A figure with this many significant digits is an exact count from a table or a paste.
LONG_FIGURE = 7


def plain(value: float) -> str:
    """A value as digits, without exponent: 785820333, 1.752e9 → 1752000000."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value}"


def significant_digits(claim) -> int:
    """Significant digits of the numeral as written: 785820333 → 9, 1700余万 → 2, 2.7万 → 2."""
    numeral = claim.text[: claim.number_end - claim.start] if claim.number_end > claim.start else ""
    digits = "".join(ch for ch in numeral if ch.isdigit()).strip("0")
    return len(digits)


class N101(Rule):
    """What it finds: a count that cannot be right, in three variants:

    - bound: a value beyond the plausible bound of its unit — 785820333份, an age of
      2021619周岁, more person-times than the people a report speaks of can make;
    - repeat: the same long figure (7 or more significant digits) under different units, as
      when one cell was pasted into several sentences;
    - approx (info): 余, 多 or 约 on a figure with 7 or more significant digits (785820333余人)
      — an exact figure cannot be approximate, so digits were garbled or pasted.

    Why it matters: a garbled figure is the first thing a reader notices and discredits the
    whole report.

    Options: ``rules/bounds.toml`` holds the bounds by unit kind; ``scale`` in ``[tool.hegao]``
    sets the population the report speaks of (a district: 100000), which bounds counts of
    people at scale × people_factor.
    """

    code = "N101"
    name = "garbled-number"
    category = "numbers"
    title = Message("数字不合常理", "implausible number")
    messages = {
        "bound": Message("“{text}”超出{unit}的合理上限 {limit}",
                         "“{text}” is beyond the plausible bound {limit} for {unit}"),
        "repeat": Message("“{text}”与前文不同事项的数字 {value} 完全相同",
                          "“{text}” repeats the figure {value} of an unrelated item"),
        "approx": Message("“{text}”是 {digits} 位有效数字的精确数，却带有约数词",
                          "“{text}” is an exact {digits}-digit figure marked as approximate"),
    }
    help = Message("核对原始数据，改正数字或单位",
                   "check the source figure and correct the number or unit")
    flagged = (
        "全年开展安全教育活动536218472余人次。",
        "全县参加体质测试学生总分数351862447分。",
        "全县退休教师年龄最大的为1956107周岁。",
        "印发宣传册3518624份，接待咨询3518624人次。",
        "惠及学生约1234567名。",
    )
    clean = (
        "全省地区生产总值达5.67万亿元。",
        "全县参加体质测试学生总分数3268374分。",
        "全省常住人口1.27亿人。",
        "粮食产量1302万吨，建成千亿县3个。",
        "全年接待游客17.52亿人次，快递业务量5.66亿件。",
        "发放资助金1700余万元，惠及学生2.7万余名。",
        "投入资金8500亿元，其中中央资金1.2亿元。",
    )

    def check(self, doc):
        first_by_value = {}
        units_by_value = defaultdict(set)
        for claim in doc.claims:
            if claim.is_quantity and claim.value and significant_digits(claim) >= LONG_FIGURE:
                units_by_value[claim.value].add(claim.unit)
        for claim in doc.claims:
            digits = significant_digits(claim)
            if not claim.is_quantity or claim.value is None or not digits:
                continue
            limit = self._limit(claim)
            if limit and claim.value > limit:
                yield self.finding(claim.start, claim.end, "bound", text=claim.text, unit=claim.unit,
                                   limit=plain(limit), calc=f"{plain(claim.value)} > {plain(limit)}")
            elif len(units_by_value.get(claim.value, ())) > 1 and claim.value in first_by_value:
                first = first_by_value[claim.value]
                yield self.finding(claim.start, claim.end, "repeat", text=claim.text,
                                   value=plain(claim.value), labels=(Label(first.start, first.end, "前文", "earlier"),))
            elif claim.bound in ("at_least", "about") and digits >= LONG_FIGURE:
                yield self.finding(claim.start, claim.end, "approx", text=claim.text, digits=digits,
                                   severity=Severity.INFO)
            first_by_value.setdefault(claim.value, claim)

    def _limit(self, claim) -> float | None:
        if claim.unit in self.data.people_units:
            return self.data.people_bound
        return self.data.bounds.get(claim.kind) or None
