"""A stated change that its two ends, both in the text, do not give."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations import relations_of
from checker.relations.arithmetic import amount, change_of, fmt
from checker.relations.model import Change
from checker.relations.verdicts import change_holds, exact


class A204(Rule):
    """What it finds: a change stated next to both of its ends that does not follow from them —
    "由120所增加到150所，增长20%" (150 ÷ 120 − 1 = 25%), "优良率92.5%，高于全省88%的3.5个
    百分点" (92.5 − 88 = 4.5).

    Why it matters: the reader can redo the subtraction; a change that does not match its ends
    means one of the three figures is wrong.

    Tolerance: half a unit of the change's last stated digit (约 doubles it, 余/近 open one
    side), plus the rounding of the two ends (1.16亿 → 1.41亿 may be a growth of 21.1–22.0%;
    two percentages may differ by half a unit each). Approximate ends are not checked. Only
    changes whose both ends are written beside them are checked: "由（上年的）A增加到B，增长X",
    "B，比上年的A增长X", "B，同比增长X（上年为A）", "B，高于…A…X个百分点"; "比去年多198人"
    names no base figure and is left alone, and so is growth 按可比价格计算 (in real terms, not
    from the figures).

    Options: none.
    """

    code = "A204"
    name = "change-mismatch"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("增减幅度与前后数值不符", "change does not match its two ends")
    messages = {
        "default": Message(
            "{stated}与{base}到{current}的变化{computed}不符",
            "{stated} does not match the change from {base} to {current}, {computed}",
        )
    }
    help = Message("核对增减幅度或前后两个数值", "check the change and the two figures it is computed from")
    flagged = (
        "全县公办幼儿园由120所增加到150所，增长20%。",
        "空气质量优良率为92.5%，高于全省88%的3.5个百分点。",
        "贫困发生率由5.2%下降到1.1%，下降3.1个百分点。",
        "专任教师由2400人增至2700人，增加了400人。",
        "研发投入由8.0亿元提高到10.0亿元，增长30%。",
    )
    clean = (
        "全县公办幼儿园由120所增加到150所，增长25%。",
        "本届A+率为6.93%，高于全市总分A+5%的一点九三个百分点。",
        "贫困发生率由5.2%下降到1.1%，下降4.1个百分点。",
        "专任教师由2400人增至2700人，增加了300人。",
        "研发投入由8亿元提高到10亿元，增长约25%。",
    )

    def check(self, doc):
        for r in relations_of(doc, Change):
            yield from self._check(r)

    def _check(self, r: Change):
        if not exact(r.base, r.current) or change_holds(r):
            return
        computed = change_of(r)
        shown = fmt(round(computed, 2)) + ("%" if r.relative else "")
        current, base = amount(r.current.value, r.current), amount(r.base.value, r.base)
        calc = f"({current} − {base}) ÷ {base} = {shown}" if r.relative else f"{current} − {base} = {shown}"
        yield self.finding(
            r.stated.start, r.stated.end,
            labels=(Label(r.base.start, r.base.end, "基数", "base"),
                    Label(r.current.start, r.current.end, "现值", "current")),
            calc=f"{calc} ≠ {r.stated.text}",
            stated=r.stated.text, base=r.base.text, current=r.current.text, computed=shown,
        )
