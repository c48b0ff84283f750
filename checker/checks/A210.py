"""A percentage of a small whole that no whole number of its items gives (the GRIM test)."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations import relations_of
from checker.relations.arithmetic import percent, rounding_allows
from checker.relations.model import PercentOfWhole, Rate
from checker.relations.wholes import counts_around

# Rates of part-rates.toml that measure an extent or a time, not a count of the whole's items:
# 床位使用率 is occupied bed-days over available ones, 检查覆盖率 the share of units inspected.
_EXTENT_RATES = ("覆盖率", "使用率", "利用率", "占有率")


def _percent_text(count: int, whole: int, decimals: int) -> str:
    """count ÷ whole as a percentage with ``decimals`` digits."""
    return f"{percent(count, whole):.{decimals}f}%"


class A210(Rule):
    """What it finds: a rate or share of a small whole stated in the same sentence that no whole
    number of its items can give — "全班参考学生45人，及格率为91.2%": 41 of 45 is 91.11% and 42
    of 45 is 93.33%, so no number of pupils passing rounds to 91.2%.

    Why it matters: a count of people or things is a whole number, so a percentage of 45 can take
    only 46 values; one that falls between them was mistyped, computed on another whole, or the
    whole is wrong.

    Tolerance: the percentage may be anything that a count out of the whole rounds to at its
    stated precision (half a unit of its last digit: 91.1% covers 91.05–91.15%), so only a small
    whole can fail — under 100 for whole percents, 1000 for one decimal, 10000 for two.
    The whole must be unambiguous, or the rule stays quiet: an exact count of a discrete unit
    (not 约45人, 45余人 or 4.5万人, not a change such as 比去年增加45人), the only such count
    before the percentage in its sentence and the last figure before it, in an earlier clause
    (each clause between holding another percentage). The percentage is stated with %, is not
    approximate (以上, 左右) and not a change (提高到, 同比); a rate must count parts of its
    whole (its name ends as in ``rules/part-rates.toml``: 合格率, 及格率, 达标率 …; not 贡献率,
    完成率, nor 覆盖率, 使用率, 利用率, 占有率, which measure an extent: 床位使用率 counts
    bed-days, not the 500张 beds). A share 占比 must open its clause with 其中 (其中女生占比),
    since "3个乡镇被评为卫生乡镇，全县卫生乡镇占比…" is a share of a whole not stated. A rate whose core is named by the whole's clause (已接种45人，接种率…) has the
    whole as its numerator, and a rate qualified by other words (义务教育巩固率 after 教师45人)
    is of another population: neither is checked. A whole that counts things rather than people
    (人, 名, 人次, 户 in ``rules/bounds.toml``) is only taken when the percentage names what it
    counts (全县学校56所，学校达标率…; 占全县学校56所的…): after 学校56所 a bare 巩固率 is
    a rate of pupils. A percentage whose numerator or part is stated is left to A202 and A203.

    Options: the rate names checked are those of ``rules/part-rates.toml`` (shared with A206),
    extended by ``part-rates = [...]`` in ``[tool.hegao]``.
    """

    code = "A210"
    name = "granularity"
    category = "arithmetic"
    severity = Severity.INFO
    title = Message("百分比不能由整数个数得到", "percentage no whole count can give")
    messages = {
        "default": Message(
            "{name}{stated}不能由{whole}中的整数个数得到：{below}，{above}",
            "no whole number out of {whole} gives {name} {stated}: {below}, {above}",
        ),
    }
    help = Message(
        "{whole}中最接近的可能值是{low}（{low_count}）和{high}（{high_count}）；核对{name}或{whole}",
        "the nearest values possible out of {whole} are {low} ({low_count}) and {high} ({high_count}); "
        "check the {name} or the whole",
    )
    flagged = (
        "本次抽测学生38人，合格率为90.5%。",
        "全镇共有养殖户62户，其中规模养殖户占比27.5%。",
        "参会代表共73名，代表满意率98.8%。",
        "全县共有学校27所，学校标准化达标率为85.4%。",
        "年内共接待来访群众84人次，群众满意率97.5%，回访率90%。",
        "此次调查中，持证上岗人员占受访从业人员52人的48.3%。",
    )
    clean = (
        "本次抽测学生38人，合格率为89.5%。",
        "全镇共有养殖户62户，其中规模养殖户占比27.4%。",
        "全县共有中小学56所，义务教育巩固率达到99.2%。",
        "全区参评教师约45人，考核优秀率31.2%。",
        "新增就业岗位2.3万个，其中高校毕业生就业率91.2%。",
        "年内已接种疫苗67人，接种率91.2%。",
        "全县有村卫生室45所，乡村医生86人，标准化建设达标率91.2%。",
    )

    def check(self, doc):
        with_numerator = {r.rate for r in relations_of(doc, Rate)}
        for r in relations_of(doc, PercentOfWhole):
            if r.percentage not in with_numerator and self._applies(r):
                yield from self._check(r)

    def _applies(self, r: PercentOfWhole) -> bool:
        """A part of the whole (not a 贡献率), of its people or of the things the rate names."""
        rate_of_parts = r.name.endswith(self.data.part_rates) and not r.name.endswith(_EXTENT_RATES)
        return (r.percentage.value <= 100 and (r.name == "占比" or rate_of_parts)
                and (r.named or r.whole.unit in self.data.people_units))

    def _check(self, r: PercentOfWhole):
        stated, whole = r.percentage, r.whole.value
        counts = counts_around(r)
        if any(rounding_allows(stated, percent(k, whole)) for k in counts):
            return
        low, high = (_percent_text(k, whole, stated.decimals) for k in counts)
        below, above = (f"{k} ÷ {whole} = {_percent_text(k, whole, max(2, stated.decimals + 1))}" for k in counts)
        yield self.finding(
            stated.start, stated.end,
            labels=(Label(r.whole.start, r.whole.end, "总数", "whole"),),
            calc=f"{below} < {stated.text} < {above}",
            name=r.name, stated=stated.text, whole=r.whole.text, below=below, above=above,
            low=low, high=high, low_count=counts[0], high_count=counts[1],
        )
