"""A stated change that its two ends, both in the text, do not give."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations import relations_of
from checker.relations.arithmetic import amount, change_of, fmt
from checker.relations.model import AverageChange, Change, LevelChange, Trend
from checker.relations.verdicts import (average_holds, average_percent, change_holds, exact, level_change_holds,
                                        level_change_percent, trend_holds)


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

    A level with its change stated twice, as a difference and as a percentage ("茶园面积12.40万
    亩，比上年增加0.60万亩，增长5.1%"), is checked on the base the two give: 12.40 − 0.60 =
    11.80万亩, and 0.60 ÷ 11.80 = 5.08%. A yearly average between two stated years ("由2021年的
    860万元增加到2024年的1520万元，年均增长20.9%") is (1520 ÷ 860)^(1/3) − 1; so is the yearly rate
    of a census bulletin since the census before ("与2010年第六次全国人口普查的458875人相比，增加
    5560人，…，年平均增长率为0.12%": over the ten years to the latest census the document names,
    to the count the base and the change give, stated elsewhere in the document). A from-to whose
    verb says up while the figure went down, or whose two ends are the same ("从67.6%提高到
    67.6%"), is reported too.

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
        ),
        "level": Message(
            "{stated}与{level}{verb}{difference}对应的{computed}不符",
            "{stated} does not match {computed}, what {level} after a change of {difference} gives",
        ),
        "average": Message(
            "年均{stated}与{base}到{current}（{years}年）的年均变化{computed}不符",
            "a yearly {stated} does not match the yearly change from {base} to {current} over {years} years, {computed}",
        ),
        "direction": Message(
            "“{verb}”与{base}到{current}的方向相反",
            "“{verb}” says the opposite of the change from {base} to {current}",
        ),
        "same": Message(
            "“{verb}”的起点与终点都是{base}",
            "“{verb}” starts and ends at the same figure, {base}",
        ),
    }
    help = {
        "default": Message("核对增减幅度或前后两个数值", "check the change and the two figures it is computed from"),
        "level": Message("核对总量、增减量或增减幅度；若增减量无误，应为{computed}",
                         "check the level, the difference and the percentage; with this difference it is {computed}"),
        "average": Message("核对年均增减幅度或两端数值；若两端无误，应为{computed}",
                           "check the yearly rate or its two ends; with these ends it is {computed}"),
        "direction": Message("核对两个数值或改正增减用词", "check the two figures or the word for the change"),
        "same": Message("终点可能误抄了起点，核对后改正", "the end may have been copied from the start: check it"),
    }
    flagged = (
        "全县公办幼儿园由120所增加到150所，增长20%。",
        "空气质量优良率为92.5%，高于全省88%的3.5个百分点。",
        "贫困发生率由5.2%下降到1.1%，下降3.1个百分点。",
        "专任教师由2400人增至2700人，增加了400人。",
        "研发投入由8.0亿元提高到10.0亿元，增长30%。",
        "茶园面积12.40万亩，比上年增加0.60万亩，增长6.1%。",
        "生猪存栏38.6万头，比上年减少1.3万头，下降2.6%。",
        "财政收入由2020年的5.0亿元增加到2023年的6.8亿元，年均增长12.9%。",
        "森林覆盖率从60.2%提高到58.7%。",
        "义务教育巩固率从97.5%提高到97.5%。",
    )
    clean = (
        "全县公办幼儿园由120所增加到150所，增长25%。",
        "本届A+率为6.93%，高于全市总分A+5%的一点九三个百分点。",
        "贫困发生率由5.2%下降到1.1%，下降4.1个百分点。",
        "专任教师由2400人增至2700人，增加了300人。",
        "研发投入由8亿元提高到10亿元，增长约25%。",
        "茶园面积12.40万亩，比上年增加0.60万亩，增长5.1%。",
        "生猪存栏38.6万头，比上年减少1.3万头，下降3.3%。",
        "财政收入由2020年的5.0亿元增加到2023年的6.8亿元，年均增长10.8%。",
        "地区生产总值128.6亿元，按可比价格计算，增长5.2%，增加9.8亿元。",
        "森林覆盖率从58.7%提高到60.2%。",
    )

    def check(self, doc):
        for r in relations_of(doc, Change):
            yield from self._check(r)
        for r in relations_of(doc, LevelChange):
            yield from self._level(r)
        for r in relations_of(doc, AverageChange):
            yield from self._average(r)
        for r in relations_of(doc, Trend):
            yield from self._trend(r)

    def _level(self, r: LevelChange):
        if not exact(r.level, r.difference, r.percent) or level_change_holds(r):
            return
        computed = fmt(round(level_change_percent(r), 2)) + "%"
        sign = "+" if r.falling else "−"
        base = amount(r.base_value, r.level)
        yield self.finding(
            r.percent.start, r.percent.end, "level",
            labels=(Label(r.level.start, r.level.end, "总量", "level"),
                    Label(r.difference.start, r.difference.end, "增减量", "difference")),
            calc=f"{amount(r.difference.value, r.difference)} ÷ ({amount(r.level.value, r.level)} {sign} "
                 f"{amount(r.difference.value, r.difference)} = {base}) = {computed} ≠ {r.percent.text}",
            stated=r.percent.text, level=r.level.text, difference=r.difference.text, computed=computed,
            verb="减少" if r.falling else "增加",
        )

    def _average(self, r: AverageChange):
        if not exact(r.base, r.current, r.stated) or average_holds(r):
            return
        computed = fmt(round(abs(average_percent(r)), 2)) + "%"
        current, base = amount(r.current.value, r.current), amount(r.base.value, r.base)
        yield self.finding(
            r.stated.start, r.stated.end, "average",
            labels=(Label(r.base.start, r.base.end, "基数", "base"),
                    Label(r.current.start, r.current.end, "现值", "current")),
            calc=f"({current} ÷ {base})^(1/{r.years}) − 1 = {computed} ≠ {r.stated.text}",
            stated=r.stated.text, base=r.base.text, current=r.current.text, years=r.years, computed=computed,
        )

    def _trend(self, r: Trend):
        if trend_holds(r):
            return
        same = r.current.value == r.base.value
        yield self.finding(
            r.current.start, r.current.end, "same" if same else "direction",
            labels=(Label(r.base.start, r.base.end, "起点", "start"),),
            calc=f"{r.base.text} → {r.current.text}",
            verb=r.verb, base=r.base.text, current=r.current.text,
        )

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
