"""A figure defined by a standard formula that its own inputs, stated in the report, do not give."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations import relations_of
from checker.relations.arithmetic import fmt, rounding_allows, shown_like
from checker.relations.model import Definition, Share


class A211(Rule):
    """What it finds: a derived figure that disagrees with its standard definition, when the
    report states every input, in any sentence: 城镇化率 = 城镇人口 ÷ 常住人口; 户籍人口城镇化率;
    占地区生产总值（GDP）的比重; 人均地区生产总值 = 地区生产总值 ÷ 常住人口 (÷ 户籍人口 when the
    report says 按户籍人口计算); 每千人口床位数 and 执业（助理）医师数 = count ÷ 常住人口 × 1000;
    生师比 = 在校生 ÷ 专任教师 of one school level; 单产 = 总产量 ÷ 播种面积 (万吨, 万亩, 千公顷, 公斤, 斤
    converted); 性别比 = 男 ÷ 女 × 100; 人口自然增长率 = 出生率 − 死亡率 (with the sign written
    before each rate); 城乡居民收入比 = 城镇 ÷ 农村居民人均可支配收入; 占常住人口的比重 of an
    age group or other group of people; 医护比 = 注册护士 ÷ 执业（助理）医师, written 1:1.18; 平均每个家庭户的人口 = 家庭户人口 ÷ 家庭户; and a
    conversion stated in the text: "153.96万吨（折合30.79亿斤）", "26613千公顷（39920万亩）" (the figure
    alone in a parenthesis; per 公顷 or 亩 as "5628.0公斤/公顷（375.2公斤/亩）"), "按平均汇率6.8985折算，约合
    20533美元" (the 元 figure before the rate ÷ the rate).

    Why it matters: these figures are read against each other by every reader of a 统计公报; a
    城镇化率 that 城镇人口 ÷ 常住人口 does not give means one of the three figures is mistyped.

    Tolerance: the rounding of the stated result and of every input (42.1万 ÷ 94.5万 may be
    anything from 44.47% to 44.63%, so 44.5% is right); per-capita and per-1000 figures allow 3%
    more, because their official denominator is the average population and reports state the
    year-end one. The rule stays quiet when the result or an input is approximate (约, 余), when an
    input is missing or stated twice with different values (two years' 常住人口), when an input's
    sentence names another year than the result's, and when a sentence says another basis (户籍
    beside a 常住 城镇化率, or 按户籍人口计算 without a 户籍人口 figure).

    A share that A203 reads with its whole (占地区生产总值的比重 after the 地区生产总值 in its
    sentence) is A203's finding and is not reported twice.
    Options: `definitions` adds definitions of the shape of `rules/definitions.toml`.
    """

    code = "A211"
    name = "derived-figure"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("派生指标与其定义不符", "derived figure does not match its definition")
    messages = {
        "default": Message(
            "{name}{stated}与{numerator_name}{numerator} ÷ {denominator_name}{denominator}{times} = {computed}不符",
            "{name} {stated} does not match {numerator_name} {numerator} ÷ {denominator_name} {denominator}{times} = {computed}",
        ),
        "conversion": Message(
            "{stated}与{numerator}折合的{computed}不符",
            "{stated} does not match {numerator} converted: {computed}",
        ),
        "difference": Message(
            "{name}{stated}与{numerator_name}{numerator} − {denominator_name}{denominator} = {computed}不符",
            "{name} {stated} does not match {numerator_name} {numerator} − {denominator_name} {denominator} = {computed}",
        ),
    }
    help = {
        "default": Message(
            "核对{stated}；若{numerator_name}和{denominator_name}无误，{name}应约为{needed}",
            "check {stated}; if {numerator_name} and {denominator_name} are right, {name} should be about {needed}",
        ),
        "conversion": Message(
            "核对{stated}；若{numerator}无误，应约为{needed}",
            "check {stated}; if {numerator} is right, it should be about {needed}",
        ),
        "difference": Message(
            "核对{stated}；若{numerator_name}和{denominator_name}无误，{name}应为{needed}",
            "check {stated}; if {numerator_name} and {denominator_name} are right, {name} should be {needed}",
        ),
    }
    flagged = (
        "年末全市常住人口60.2万人，其中城镇人口35.6万人。常住人口城镇化率为61.3%。",
        "全区粮食播种面积42.6万亩，粮食总产量18.4万吨，粮食单产392.5公斤。",
        "全县户籍人口中，男性人口为152360人，女性人口为141870人，总人口性别比为105.89。",
        "全年蔬菜产量12.45万吨（折合2.69亿斤）。",
        "全县地区生产总值为256.3亿元。年末常住人口41.2万人。全年人均地区生产总值68520元。",
    )
    clean = (
        "年末全市常住人口60.2万人，其中城镇人口35.6万人。常住人口城镇化率为59.1%。",
        "全区粮食播种面积42.6万亩，粮食总产量18.4万吨，粮食单产431.9公斤。",
        "全县户籍人口中，男性人口为152360人，女性人口为141870人，总人口性别比为107.39。",
        "全年蔬菜产量12.45万吨（折合2.49亿斤）。",
        "全县地区生产总值为256.3亿元。年末常住人口41.2万人。全年人均地区生产总值62880元。",
        "2023年末常住人口60.2万人。2024年末常住人口59.8万人，城镇人口35.6万人，城镇化率59.5%。",
    )

    def check(self, doc):
        # a share A203 reads with its whole (占地区生产总值的比重 after the 地区生产总值) is its
        # finding, not a second one here
        shares = {r.share for r in relations_of(doc, Share)} if self.selects("A203") else set()
        for r in relations_of(doc, Definition):
            if r.result in shares:
                continue
            # a result written with a minus (-0.99‰) is compared by its magnitude
            if not rounding_allows(r.result, r.signs[0] * r.computed, r.slack):
                yield self._finding(r)

    def _finding(self, r: Definition):
        if r.operation == "difference":
            return self._difference(r)
        result = r.result
        unit = "%" if result.kind == "percent" else (result.unit or "")
        computed = shown_like(r.computed, result, 1) + unit
        args = dict(name=r.name, stated=result.text, numerator=r.numerator.text, computed=computed,
                    needed=shown_like(r.computed, result, 0) + unit)
        labels = [Label(r.numerator.start, r.numerator.end, "分子", "numerator")]
        if r.denominator is None:
            calc = f"{r.numerator.text} × {fmt(r.scale)} = {computed} ≠ {result.text}"
            return self.finding(result.start, result.end, "conversion", labels=tuple(labels), calc=calc, **args)
        labels.append(Label(r.denominator.start, r.denominator.end, "分母", "denominator"))
        times = "" if r.scale == 1 or (r.scale == 100 and unit == "%") else f" × {fmt(r.scale)}"
        args.update(numerator_name=r.inputs[0], denominator_name=r.inputs[1], numerator=_input(r.numerator),
                    denominator=_input(r.denominator), times=times)
        calc = f"{r.inputs[0]}{args['numerator']} ÷ {r.inputs[1]}{args['denominator']}{times} = {computed} ≠ {result.text}"
        return self.finding(result.start, result.end, labels=tuple(labels), calc=calc, **args)


    def _difference(self, r: Definition):
        """A difference of two rates, shown as the report writes them (‰ stays ‰)."""
        result = r.result
        per, mark = (10, "‰") if "permille" in result.flags else (1, "%" if result.kind == "percent" else "")
        computed = f"{r.computed * per:.{result.decimals}f}{mark}"
        stated, minuend, subtrahend = (("-" if sign < 0 else "") + c.text
                                       for sign, c in zip(r.signs, (result, r.numerator, r.denominator)))
        labels = (Label(r.numerator.start, r.numerator.end, "被减数", "minuend"),
                  Label(r.denominator.start, r.denominator.end, "减数", "subtrahend"))
        args = dict(name=r.name, stated=stated, numerator_name=r.inputs[0], numerator=minuend,
                    denominator_name=r.inputs[1], denominator=subtrahend, computed=computed, needed=computed)
        calc = f"{r.inputs[0]}{minuend} − {r.inputs[1]}{subtrahend} = {computed} ≠ {stated}"
        return self.finding(result.start, result.end, "difference", labels=labels, calc=calc, **args)


def _input(claim) -> str:
    """An input as the calculation shows it: 42.1万 for 42.1万人, 141647 for 141647元."""
    return claim.text.removesuffix(claim.unit or "")

