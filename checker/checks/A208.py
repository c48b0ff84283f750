"""A counted noun whose items do not number what it says: 五项改革 with four 一是… items."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations import relations_of
from checker.relations.model import Enumeration, Pairing


class A208(Rule):
    """What it finds: a count of items — 五项改革, 三大集团, 四所学校 — that disagrees with the
    items the text lists for it: the 、-separated list right before the count or after the colon
    (or 即) that follows it, the 一是…N是 run of the section that a heading, a colon or the end
    of the count's sentence opens, or the numbered items after its colon: （1）… （2）… or ①… ②…
    to the end of its paragraph, or the paragraphs 1.… 2.… (（一）…, （1）…) that follow it; a
    count in a heading's title, with the subheadings that start right under it.

    Why it matters: "five reforms" followed by four means an item was dropped or the count was
    not updated after an edit; readers count.

    Tolerance: none — counts of items are exact. A list closed by 等 names examples and is not
    compared; nor is a 分别 list, a list whose last item holds a verb, or an Arabic count of 10
    or more. A run of items is compared only when its end is clear: items over paragraphs must
    end at a heading of a higher level, not at the end of a text that may be cut short; the
    items of a list nested in an item are not counted. A mismatch against a 、-list is reported at info severity (a list's start is found
    from punctuation and may be cut short); against a 一是… run, as a warning.

    Items paired with their values by 分别 must be as many as the values: "城镇和农村居民收入
    分别增长5.1%" names two items and one value; "2-5月份增幅分别为14.2%、13%、12.8%、12.7%、9%"
    names four months and five values (a warning). A count of the items right before 分别 is a
    reading of its own: "有色金属冶炼和压延加工业，电气机械和器材制造业4个行业增加值分别增长" lists
    names that hold 和 with ，, and the four values match the count.

    Options: none.
    """

    code = "A208"
    name = "enumeration-count"
    category = "arithmetic"
    severity = Severity.WARNING
    title = Message("列举项数与所称数目不符", "number of items listed differs from the count")
    messages = {
        "default": Message("称“{count}”，实际列出{items}项", "“{count}” is stated but {items} items are listed"),
        "paired": Message("“分别”前列出{items}项，其后却有{values}个数值",
                          "{items} items are named before 分别 but {values} values follow"),
    }
    help = {
        "default": Message("核对数目或补全列举项", "correct the count or the list"),
        "paired": Message("补全遗漏的项目或数值，使二者一一对应", "add the missing item or value so that they pair up"),
    }
    flagged = (
        "（一）深化五项改革。持续推进改革。一是集团化办学。二是职级制改革。三是县管校聘。四是评价改革。\n（二）加强队伍建设。内容。",
        "今年重点抓好三件事：一是稳就业；二是保民生。\n二、其他工作",
        "做好以下三项工作：\n1.稳就业。\n2.保民生。\n二、其他工作",
        "依托实验小学、第二中学、第三中学、实验幼儿园三所学校组建教育集团。",
        "重点推进城区、镇区三个片区的学校建设。",
        "（二）统筹四类发展。一是学前教育。二是义务教育。三是高中教育。四是职业教育。五是特殊教育。\n（三）其他。",
        "全年粮食和油料产量分别增长3.2%。",
        "一季度、二季度、三季度分别完成投资12亿元、15亿元。",
        "3-5月份销售额分别为2.1亿元、2.3亿元、2.6亿元、2.2亿元。",
    )
    clean = (
        "（一）深化五项改革。一是集团化办学。二是职级制改革。三是县管校聘。四是评价改革。五是招生改革。\n（二）其他。",
        "依托实验小学、第二中学和实验幼儿园三所学校组建教育集团。",
        "建成宝鸡、延安等4个国家骨干冷链物流基地。",
        "投资、消费增速分别快于全国3.4个、1个百分点。",
        "重点抓好三件事：一是稳就业；二是保民生；三是促发展。\n二、其他工作",
        "做好以下两项工作：（1）稳就业；（2）保民生。\n二、其他工作",
        "围绕增速、结构、效率提出5项指标。",
        "推进胸痛、卒中、危重儿童和新生儿救治三大中心建设。",
        "计划新建、改扩建学校5所。",
        "全年粮食和油料产量分别增长3.2%和5.1%。",
        "3-5月份销售额分别为2.1亿元、2.3亿元、2.6亿元。",
        "城镇和农村居民人均可支配收入分别为41520元和18930元，分别增长5.1%和6.8%。",
    )

    def check(self, doc):
        for r in relations_of(doc, Pairing):
            if len(r.values) not in r.counts:
                count = r.counts[-1] if len(r.values) < r.counts[0] else r.counts[0]
                yield self.finding(r.names[0], r.values[-1].end, "paired", items=count, values=len(r.values),
                                   labels=tuple(Label(v.start, v.end, "数值", "value") for v in r.values),
                                   calc=f"{count} ≠ {len(r.values)}")
        for enumeration in relations_of(doc, Enumeration):
            count, items = enumeration.count, enumeration.items
            if len(items) == count.value or doc.in_table(count.start):
                continue
            labels = tuple(Label(s, e, "列举项", "item") for s, e in items)
            severity = Severity.INFO if enumeration.source == "list" else None
            yield self.finding(count.start, count.end, count=count.text, items=len(items),
                               labels=labels, severity=severity,
                               calc=f"{count.text} = {count.value} ≠ {len(items)}")
