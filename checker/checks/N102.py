"""A bare count whose unit or classifier was dropped."""

from __future__ import annotations

import re
from functools import cached_property

from checker.checks.D202 import YEARS
from checker.checks.base import Message, Rule
from checker.relations import relations_of
from checker.relations.model import UnitSlip
from checker.wordtrie import word_pattern

# Characters that make a bare number part of a word, not a count that lost its unit:
# 500强, 5大, 9金, 6.8级, 8英寸, 12345热线, 3倍, 331国道, and classifiers hegao does not list.
JOINED_WORDS = frozenset("强大连级倍金银铜英寸热国型式系版路线号届期具尊盒箱瓶袋桶双副口眼孔扇樘面顶床羽尾匹")
# A word just before that names what the number counts ("上线人数保底900").
COUNT_WORDS = ("人数", "数量", "总数", "数目", "人次", "户数", "个数", "次数")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LIST_SEPARATOR = "[、，,和与及]"
_CLAUSE_END = frozenset("，,。；;、！？")  # not ：, which ends a label (项目1：)
# The object of a count verb, up to the number: Chinese words, codes such as 5G among them.
_OBJECT = r"(?:[0-9]*[A-Za-z][A-Za-z0-9]*|[\u4e00-\u9fff]){0,11}[\u4e00-\u9fff]"
# Marks around a name or a title: “1530”安全教育, 《…》.
_ENCLOSING = ("“”", "‘’", "《》", "「」", "『』", "〈〉")
# What may stand between a measure noun and its figure, and what may follow the figure.
_MEASURE_VERBS = "达到|达|为|是|约|约为|突破|超过|增至|增加到|达到了"
_MEASURE_END = frozenset("，,。；;")
# What may follow a share's bare number: a ratio (比例为1:3) or a digit of a number read apart.
_RATIO_MARKS = frozenset(":：∶比0123456789")
_MAGNITUDES = ("万", "亿")
_PEOPLE = "人口"  # a measure noun whose figure in 万 needs no 人
# What ends a bare item of a 其中 list: the end of its clause or sentence.
_ITEM_END = frozenset("，,。；;\n")
# Changes whose unit is no level's: a rate's points, a percentage.
_NOT_LEVEL_UNITS = ("percent", "points", "permille")
# What ends a change or a share that lost its %: a clause break, or a parenthesis opening a remark.
_CHANGE_END = frozenset("，,。；;（()）\n")
# A share of a plan or a whole written 占…的 (占年计划的58.2).
_SHARE_OF = re.compile(r"占[\u4e00-\u9fff]{1,10}的$")
_LIST_REACH = 120  # characters of a list read after a bare item
_CLAUSE_BREAK = re.compile(r"[，,。；;：:\n（(]")
# Numbers that share the unit written after the last of them: 教师12、15、20名, 12和15名.
_SHARED_UNIT = re.compile(r"[、和与及或至到]\d")


def _noun_before(nouns: tuple[str, ...]) -> re.Pattern:
    """One of ``nouns`` (and 达到, 为 …) right before a figure."""
    return re.compile(f"(?:{'|'.join(map(re.escape, nouns))})(?:{_MEASURE_VERBS})?$")


def _cut_off_figure_end(text: str) -> int | None:
    """Where a text cut off right after a figure ends (…不予公开28): the figure lost its unit with
    the rest of the text, and S402 reports the cut; None for a text that ends otherwise."""
    kept = text.rstrip()
    return len(kept) if kept[-1:].isdigit() else None


class N102(Rule):
    """What it finds: a bare whole number with no unit or classifier, running into the next
    word or clause, where the words before it call for a count: the noun it counts
    ("新增骨干教师党员85持续优化结构", "开展专题调研48，全县…"), or a verb whose object is counted
    and that object, whatever the noun ("改造老旧供热管网1300惠及…", "新建充电桩640覆盖…"); or a
    bare number, whole or decimal, after the noun of a quantity that is always stated with a
    unit, before a clause break ("民用汽车拥有量21.21，增长5.6%", "高速公路总里程达到9000，").

    Variant ``cut``: a level's change in the level's unit cut short — 诊疗量85.78万人次，比上年增加
    9.43万人 (people for visits), 发电量3.2亿千瓦时，增加0.4亿千瓦 (power for energy): the change
    cannot be the level's; the fix restores the unit.
    A change left with no unit at all after its level (户籍人口86.3万人，比上年减少0.3；) is cut
    to nothing.

    Variant ``percent``: a number with no % after a noun of a share (比重, 占比: ``share-nouns``),
    whatever follows it — "占全部就业人员比重66.1虬" (OCR took the %。), "第三产业比重为52.3，".
    Variant ``money``: a sum in 万 or 亿 with no 元 after a noun of money (低保金, 资金, 投资:
    ``money-nouns``) before a clause break — "支出低保金3347万，" — in a report that writes 万元 or
    亿元 elsewhere (人口52万 is no sum, and a report that never writes 元 has its own style).

    Variant ``change``: a bare number right after a verb of growth (增长, 下降: ``growth-verbs``)
    before a clause break — "同比增长17.8；", "下降15.8（" — lost its % (or 个百分点, or its unit);
    a share written 占…的 with a bare number ("占年计划的58.2，") lost its % too (variant
    ``percent``).

    Variant ``list``: a bare item of a 、-list whose other items each carry a unit, so none is
    shared — "投资额分别达2400、450亿元、1700亿元", "装机规模3000、并网2000万千瓦" (a list whose
    unit comes only after its last item, 12、15、20名, shares it).

    Variant ``level``: a bare level followed by its change in a unit — "年末常住人口87.74，比上年末
    增加0.64万人": the level lost the unit its change writes (万人); the fix adds it.

    Variant ``total``: a bare total right before its 其中 list whose part carries a unit — "共接受
    诊疗294.9，其中门诊264.3万人次": the total lost the unit its part writes; the fix adds it.

    Variant ``share``: a bare count followed by its share (占…%), in a sentence whose other
    counts carry their unit — "予以公开答复966件，占66.48%；部分公开67，占4.61%" — lost the unit
    the others write (件); the fix adds it. A count with its share always states what it counts.

    A figure that ends a text cut off in mid-sentence (…其中予以公开71件、不予公开28) lost its unit
    with the rest of the text: S402 reports the cut, not this rule.

    Why it matters: the reader cannot tell what was counted (85名? 85批? 1300米?); a dropped
    unit also suggests the sentence was cut while editing.

    Options: the counted nouns (…员, …师, …校: endings or whole words) and the count verbs
    (新建, 更换, 培育 …) are listed in ``rules/counted-nouns.toml``; add your own with
    ``counted-nouns = [...]`` and ``count-verbs = [...]`` in ``[tool.hegao]``; the measure nouns
    (面积, 里程, 增加值 …) too, with ``measure-nouns = [...]``. The rule flags
    only a number before a new word or a clause end, and stays quiet when a word such as 人数
    already names the count, on years, ranks and names (500强, 5大, 331国道), service numbers
    (12345热线, 120急救指挥中心), codes after their label (编号2023001, the ``labels`` of the same
    file), numbers in quotes or 《》, items of a numbered list (学员1、学员2; 1、 with 2、 after it in the paragraph) and numbers that
    share the unit written after the last of them (12、15、20名).
    """

    code = "N102"
    name = "missing-unit"
    category = "numbers"
    title = Message("数字缺少单位", "number without a unit")
    messages = {
        "default": Message("“{text}”后缺少单位或量词", "“{text}” has no unit or classifier"),
        "cut": Message("“{text}”的单位比“{level}”少了“{lost}”", "“{text}” lost the “{lost}” of “{level}”'s unit"),
        "percent": Message("比重“{text}”后缺少“%”", "the share “{text}” has no %"),
        "money": Message("金额“{text}”后缺少“元”", "the sum “{text}” has no 元"),
        "change": Message("增减“{text}”后缺少“%”或单位", "the change “{text}” has no % or unit"),
        "list": Message("“{text}”缺少单位，而同列各项都写了单位（如“{unit}”）",
                        "“{text}” has no unit, while the other items of its list carry theirs (“{unit}”)"),
        "level": Message("“{text}”后缺少单位：其后的增减写了“{unit}”",
                         "“{text}” has no unit, while its change that follows writes “{unit}”"),
        "total": Message("“{text}”后缺少单位：其后“其中”的分项写了“{unit}”",
                         "“{text}” has no unit, while the part after its 其中 writes “{unit}”"),
        "share": Message("“{text}”后缺少单位：其后是它所占的比重，同句的数都写了“{unit}”",
                         "“{text}” has no unit: its share follows, and the sentence's other counts write “{unit}”"),
    }
    help = {
        "default": Message("补上单位，如“{text}名”“{text}次”", "add the unit, e.g. “{text}名” or “{text}次”"),
        "cut": Message("写作“{fixed}”", "write “{fixed}”"),
        "percent": Message("补上“%”，核对数字", "add the %, and check the figure"),
        "money": Message("写作“{fixed}”，与全文的“万元”“亿元”一致", "write “{fixed}”, as the report does elsewhere"),
        "change": Message("补上“%”（或“个百分点”、单位），核对数字", "add the % (or 个百分点, or the unit), and check the figure"),
        "list": Message("补上单位，如“{text}{unit}”", "add the unit, e.g. “{text}{unit}”"),
        "level": Message("写作“{fixed}”", "write “{fixed}”"),
        "total": Message("写作“{fixed}”", "write “{fixed}”"),
        "share": Message("写作“{fixed}”", "write “{fixed}”"),
    }
    flagged = (
        "今年共培养青年教师32不断壮大骨干队伍。",
        "全年组织校际教研17，参与面广。",
        "评选优秀学生45受到表彰。",
        "新增志愿服务站12覆盖全部乡镇。",
        "全县共有薄弱学校9；已全部完成改造。",
        "全年更换老旧路灯灯杆420提升夜间照明。",
        "全县设施农业面积3.85，比上年增加0.4万亩。",
        "全年接待游客286万人次，比上年增加31万人，增长12.2%。",
        "第三产业占地区生产总值比重为52.3，比上年提高1.1个百分点。",
        "全年发放救助资金1280万，惠及困难群众，另拨付经费85万元。",
        "完成税收收入3.6亿元，占年度任务的54.2，同比增长8.7；",
        "受理投诉212起，其中办结198起，占93.4%，转办14，占6.6%。",
        "全年完成门诊诊疗36.2，其中急诊4.1万人次。",
        "年末户籍人口52.6万人，比上年末减少0.4；出生率6.1‰。",
    )
    clean = (
        "一本上线人数保底900，力争突破1000。",
        "新增骨干教师党员85名。",
        "全县企业500强名单发布。",
        "建强12345热线服务。",
        "二、2022工作打算",
        "举办全国青少年篮球联赛第3站比赛。",
        "拨打服务电话：96111咨询。",
        "重点项目1：新建城北小学。",
        "小组成员分为学员1、学员2两组。",
        "建成区120急救指挥中心。",
        "分别新增教师12、15、20名。",
        "设施农业面积3.85万亩，比上年增加0.4万亩。",
        "全年接待游客286万人次，比上年增加31万人次；过夜游客52万人。",
        "第三产业比重为52.3%，医护比例为1:1.2，全县常住人口52万。",
        "全年发放救助资金1280万元，惠及困难群众。",
        "完成税收收入3.6亿元，占年度任务的54.2%，同比增长8.7%，排名增长2位。",
        "受理投诉212起，其中办结198起，占93.4%，转办14起，占6.6%。",
        "名列全省第3，其中教育指标全省第1。",
        "常住人口城镇化率为53.3%，比上年提高0.7个百分点。",
    )

    def check(self, doc):
        cut = _cut_off_figure_end(doc.text)
        return (f for f in self._findings(doc) if f.end != cut)

    def _findings(self, doc):
        text = doc.text
        shares = [*self._bare_parts_of_shares(doc), *self._bare_levels_of_changes(doc),
                  *self._bare_totals_of_lists(doc), *self._bare_changes_of_levels(doc)]  # their unit is known: first
        yield from shares
        found = {f.start for f in shares}
        for claim in doc.claims:
            # a measure noun makes a number read as a version (人口43.0) a quantity
            if (claim.start not in found and claim.kind in ("number", "version") and claim.value not in YEARS
                    and not doc.in_table(claim.start)
                    and (claim.kind == "number" and self._bare_count(text, claim) or self._bare_measure(text, claim))
                    and not self._names_something(text, claim)):
                found.add(claim.start)
                yield self.finding(claim.start, claim.end, text=claim.text)
        yield from self._unitless_shares_and_sums(doc)
        yield from (f for f in self._bare_list_items(doc) if f.start not in found)
        yield from (f for f in self._bare_qizhong_items(doc) if f.start not in found)
        for slip in relations_of(doc, UnitSlip):
            change, level = slip.change, slip.level
            lost = level.unit[len(change.unit):]
            fixed = change.text + lost
            yield self.finding(change.start, change.end, "cut", text=change.text, level=level.text, lost=lost,
                               fixed=fixed, fix=fixed)

    def _unitless_shares_and_sums(self, doc):
        """A share with no % (比重66.1虬, 占年计划的58.2，), a change with no % (增长17.8；), and a sum in 万 or 亿 with no 元 (低保金3347万，) in a
        report that writes 万元 or 亿元 elsewhere."""
        text = doc.text
        writes_yuan = "万元" in text or "亿元" in text
        for claim in doc.claims:
            if claim.kind != "number" or doc.in_table(claim.start):
                continue
            after = text[claim.end:claim.end + 1]
            before = text[max(0, claim.start - 12):claim.start]
            if ((self._share_before.search(text, max(0, claim.start - 8), claim.start) and after not in _RATIO_MARKS)
                    or (_SHARE_OF.search(before) and after in _CHANGE_END)):
                yield self.finding(claim.start, claim.end, "percent", text=claim.text)
            elif before.endswith(self.data.growth_verbs) and after in _CHANGE_END:
                yield self.finding(claim.start, claim.end, "change", text=claim.text)
            elif (writes_yuan and claim.text.endswith(_MAGNITUDES) and after in _MEASURE_END
                    and self._money_before.search(text, max(0, claim.start - 8), claim.start)):
                fixed = claim.text + "元"
                yield self.finding(claim.start, claim.end, "money", text=claim.text, fixed=fixed, fix=fixed)

    def _bare_list_items(self, doc):
        """A bare item of a 、-list whose other items carry their own units, so that no unit is
        shared: 投资额分别达2400、450亿元、1700亿元; 装机规模3000、并网2000万千瓦."""
        text = doc.text
        claims = doc.claims
        for i, claim in enumerate(claims):
            if (claim.kind != "number" or not claim.text.isdigit() or claim.value in YEARS
                    or text[claim.end:claim.end + 1] != "、" or not _HAN.match(text[claim.start - 1:claim.start])
                    or doc.in_table(claim.start) or self._numbered_name(text, claim)
                    or _numbers_items(text, claim)):
                continue
            clause_end = _CLAUSE_BREAK.search(text, claim.end + 1, claim.end + _LIST_REACH)
            end = clause_end.start() if clause_end else min(len(text), claim.end + _LIST_REACH)
            later = [c for c in claims[i + 1:i + 4] if c.start < end]
            items = text[claim.end + 1:end].split("、")
            with_units = [c for c in later if c.unit is not None and c.kind != "number"]
            named_next = bool(items) and _HAN.match(items[0][:1]) is not None
            if with_units and (named_next or len(with_units) >= 2 and later[0] is with_units[0]):
                yield self.finding(claim.start, claim.end, "list", text=claim.text, unit=_unit_text(with_units[0]))

    def _bare_qizhong_items(self, doc):
        """The last item of a 其中 list left bare (在册市场主体15.71万户，其中企业3.74万户，个体户
        11.88。) while the total and the items before it carry one unit; the total may close the
        sentence before one that opens with 其中."""
        text = doc.text
        claims = doc.claims
        for i, claim in enumerate(claims):
            if (claim.kind != "number" or claim.value in YEARS or doc.in_table(claim.start)
                    or text[claim.end:claim.end + 1] not in _ITEM_END or not _HAN.match(text[claim.start - 1:claim.start])):
                continue
            index = doc.sentence_at(claim.start)
            sentence = doc.sentences[index]
            qizhong = self._qizhong.search(text, sentence.start, claim.start)
            if not qizhong:
                continue
            before = doc.claims_between(sentence.start, qizhong.start())
            if not before and index and not text[sentence.start:qizhong.start()].strip():
                # 其中 opens the sentence: its total closes the one before (总量24.78万人。其中，…)
                before = doc.claims_between(doc.sentences[index - 1].start, sentence.start)
            items = doc.claims_between(qizhong.end(), claim.start)
            unit = _unit_text(before[-1]) if before else None
            following = claims[i + 1] if i + 1 < len(claims) and claims[i + 1].start < sentence.end else None
            # the list goes on with an item of its unit, or ends with the sentence: not 人均花费850，比上年增长5%
            listed = following is None or (_unit_text(following) == unit and _HAN.match(text[claim.end + 1:claim.end + 2]))
            if unit and items and listed and all(_unit_text(c) == unit for c in items):
                yield self.finding(claim.start, claim.end, "list", text=claim.text, unit=unit)

    @cached_property
    def _qizhong(self) -> re.Pattern:
        return re.compile(f"(?:{word_pattern(self.data.cues['QIZHONG'])})[，,：:]?")

    def _bare_parts_of_shares(self, doc):
        """A bare count before its share (部分公开67，占4.61%) in a sentence whose other counts
        carry a unit: the unit of the nearest one is the one lost."""
        text = doc.text
        claims = doc.claims
        for i, claim in enumerate(claims):
            if (claim.kind != "number" or not claim.text.isdigit() or claim.value in YEARS
                    or doc.in_table(claim.start) or not self._share_after.match(text, claim.end)
                    or i + 1 == len(claims) or claims[i + 1].kind != "percent"):
                continue
            sentence = doc.sentences[doc.sentence_at(claim.start)]
            counts = [c for c in doc.claims_between(sentence.start, sentence.end) if c.kind == "count"]
            if counts:
                unit = min(counts, key=lambda c: abs(c.start - claim.start)).unit
                fixed = claim.text + unit
                yield self.finding(claim.start, claim.end, "share", text=claim.text, unit=unit, fixed=fixed, fix=fixed)

    def _bare_totals_of_lists(self, doc):
        """A bare total right before its 其中 list, whose first item carries a unit (共接受诊疗
        294.9，其中门诊264.3万人次): the total lost the unit its part writes."""
        text = doc.text
        claims = doc.claims
        for claim, part in zip(claims, claims[1:]):
            if (claim.kind == "number" and claim.value not in YEARS and not doc.in_table(claim.start)
                    and part.unit and part.kind not in _NOT_LEVEL_UNITS and _HAN.match(text[claim.start - 1:claim.start])
                    and not text[:claim.start].endswith("第")
                    and self._list_after.fullmatch(text, claim.end, part.start)):
                unit = _unit_text(part)
                fixed = claim.text + unit
                yield self.finding(claim.start, claim.end, "total", text=claim.text, unit=unit, fixed=fixed, fix=fixed)

    def _bare_changes_of_levels(self, doc):
        """A bare change right after its level in a unit (户籍人口86.3万人，比上年减少0.3；): the
        change lost the level's unit."""
        text = doc.text
        claims = doc.claims
        for level, claim in zip(claims, claims[1:]):
            # a level in 万 alone (户籍人口86.3万) has a magnitude its change needs too
            if (claim.kind == "number" and not claim.text.endswith(_MAGNITUDES)
                    and (level.unit or level.text.endswith(_MAGNITUDES))
                    and level.kind not in _NOT_LEVEL_UNITS
                    and level.value not in YEARS and not doc.in_table(claim.start)
                    and text[claim.end:claim.end + 1] in _CHANGE_END
                    and not text[:claim.start].endswith(self.data.growth_verbs)  # 增长9.6 lost its %: ``change``
                    and self._change_after.fullmatch(text, level.end, claim.start)):
                unit = _unit_text(level) or level.text[-1]
                fixed = claim.text + unit
                yield self.finding(claim.start, claim.end, "cut", text=claim.text, level=level.text, lost=unit,
                                   fixed=fixed, fix=fixed)

    @cached_property
    def _list_after(self) -> re.Pattern:
        """What stands between a total and its first part: ，其中, ，其中：门诊."""
        return re.compile(f"[，,]\\s*(?:{word_pattern(self.data.cues['QIZHONG'])})[，,：:]?[\u4e00-\u9fff]{{1,12}}")

    def _bare_levels_of_changes(self, doc):
        """A bare level right before its change in a unit (常住人口87.74，比上年末增加0.64万人):
        the change's unit is the one the level lost — unless a word such as 人次 before the level
        names what it counts (总诊疗人次15.4亿，比上年增加3.1亿人次)."""
        text = doc.text
        claims = doc.claims
        for claim, change in zip(claims, claims[1:]):
            if (claim.kind == "number" and claim.value not in YEARS and not doc.in_table(claim.start)
                    and change.unit and change.kind not in _NOT_LEVEL_UNITS
                    and not any(word in text[max(0, claim.start - 6):claim.start] for word in COUNT_WORDS)
                    and self._change_after.fullmatch(text, claim.end, change.start)):
                unit = _unit_text(change)
                fixed = claim.text + unit
                yield self.finding(claim.start, claim.end, "level", text=claim.text, unit=unit, fixed=fixed, fix=fixed)

    @cached_property
    def _change_after(self) -> re.Pattern:
        """What stands between a level and its change: ，比上年末增加, ，较去年减少了."""
        cues = self.data.cues
        return re.compile(f"[，,]\\s*(?:{word_pattern(cues['THAN'])})(?:{word_pattern(cues['UP'] + cues['DOWN'])})了?")

    @cached_property
    def _share_after(self) -> re.Pattern:
        """A clause break and a share's verb (，占), right after a number."""
        return re.compile(f"[，,]\\s*(?:{word_pattern(self.data.cues['ZHAN'])})")

    @cached_property
    def _share_before(self) -> re.Pattern:
        return _noun_before(self.data.share_nouns)

    @cached_property
    def _money_before(self) -> re.Pattern:
        return _noun_before(self.data.money_nouns)

    def _bare_count(self, text: str, claim) -> bool:
        return (claim.text.isdigit() and self._runs_on(text[claim.end:claim.end + 1])
                and self._count_expected(text[max(0, claim.start - 16):claim.start]))

    def _bare_measure(self, text: str, claim) -> bool:
        """A quantity whose noun always takes a unit (面积, 里程, 增加值, and a sum of money:
        税收收入, 资金), stated with none, before a clause break: 绿肥播种面积6.32，比上年下降27.2%."""
        lo = max(0, claim.start - 12)
        if text[claim.end:claim.end + 1] not in _MEASURE_END:
            return False
        measure = self._measure_before.search(text, lo, claim.start)
        # a population in 万 is a report's style (常住人口52万), as is a sum in 万 with no 元 (the variant ``money``)
        in_wan = claim.text.endswith(_MAGNITUDES)
        return (bool(measure) and not (in_wan and measure.group().startswith(_PEOPLE))
                or not in_wan and bool(self._money_before.search(text, lo, claim.start)))

    @cached_property
    def _measure_before(self) -> re.Pattern:
        return _noun_before(self.data.measure_nouns)

    @cached_property
    def _verb_and_object(self) -> re.Pattern:
        verbs = "|".join(map(re.escape, self.data.count_verbs))
        return re.compile(f"(?:{verbs}){_OBJECT}$")

    @cached_property
    def _hotline(self) -> re.Pattern:
        return re.compile(self.data.hotline)

    def _count_expected(self, before: str) -> bool:
        """The words before the number call for a count: a counted noun (党员85) or a count verb
        and its object (更换老旧路灯420), and no word such as 人数 already names the count."""
        if any(word in before[-6:] for word in COUNT_WORDS):
            return False
        return (before.endswith(self.data.counted_nouns)
                or bool(self._verb_and_object.search(before)))

    def _names_something(self, text: str, claim) -> bool:
        """The number names a thing instead of counting it — a service number (120急救), a code
        after its label (编号2023001), a number inside quotes or 《》, an item of a numbered list —
        or its unit comes after the next number (12、15名)."""
        line_before = text[text.rfind("\n", 0, claim.start) + 1:claim.start]
        return (bool(self._hotline.match(text, claim.start))
                or line_before.endswith(self.data.number_labels)
                or any(line_before.rfind(open_) > line_before.rfind(close)
                       for open_, close in _ENCLOSING)
                or bool(_SHARED_UNIT.match(text, claim.end))
                or self._numbered_name(text, claim))

    @staticmethod
    def _numbered_name(text: str, claim) -> bool:
        """A name numbered in a list, its noun repeated beside it: 学员1、学员2."""
        noun = re.escape(text[max(0, claim.start - 2):claim.start])
        window = text[max(0, claim.start - 12):claim.start - 2]
        before = re.search(f"{noun}\\d+{_LIST_SEPARATOR}$", window)
        after = re.match(f"{_LIST_SEPARATOR}{noun}", text[claim.end:claim.end + 3])
        return bool(before or after)

    @staticmethod
    def _runs_on(after: str) -> bool:
        return after in _CLAUSE_END or (bool(_HAN.match(after)) and after not in JOINED_WORDS)


def _unit_text(claim) -> str | None:
    """The unit a figure is written with, its magnitude included (万户 of 3.74万户)."""
    if claim.unit is None:
        return None
    return claim.text[claim.number_end - claim.start:] or None


def _numbers_items(text: str, claim) -> bool:
    """"N、" that numbers an item: its successor "N+1、" follows in the paragraph, or it is the
    first item right under a heading run into the text (…。（二）取得的成就1、小学教育…). Both
    are looked for within a bounded reach, so a long paragraph of lists stays linear."""
    stop = min(len(text), claim.end + _ITEM_REACH)
    end = text.find("\n", claim.end, stop)
    following = re.compile(rf"(?<![\d.]){int(claim.value) + 1}、")
    if following.search(text, claim.end, end if end >= 0 else stop):
        return True
    reach = max(0, claim.start - _HEADING_REACH)
    found = max(text.rfind(mark, reach, claim.start) for mark in "。；\n")
    if found < 0 and reach:
        return False  # the sentence began further back than a heading would
    return claim.value == 1 and _HEADING_OPENING.match(text, found + 1) is not None


# How far the next item number and the heading above the first are looked for.
_ITEM_REACH = 600
_HEADING_REACH = 40
# A heading's number opening a sentence: （二）, (2), 二、
_HEADING_OPENING = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")
