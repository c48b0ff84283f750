"""Parts of a breakdown that do not add up to their total."""

from __future__ import annotations

import re

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations import relations_of
from checker.relations.arithmetic import amount
from checker.relations.model import AFTER_PARTS, Breakdown
from checker.relations.scope import SHARE_OF
from checker.relations.verdicts import breakdown_candidates, breakdown_holds, exact


# A part followed by its own share of the total: 绿色建筑面积126.5万平方米，占比88.6%.
_OWN_SHARE = re.compile(rf"[，,]\s*{SHARE_OF.pattern.removesuffix('$')}\s*\d")


class A201(Rule):
    """What it finds: a total whose parts do not add up to it. Parts in parentheses ("改造校舍
    12所（完工8所、在建6所）"), after 其中 ("培训教师860人次，其中骨干教师520人次、新任教师
    400人次"), after 分别为 ("共建成18所，分别为小学9所、初中6所") or closed by 合计 ("新建5所、
    改建6所，合计10所"). Totals in the clause after their parts' clauses: a run of clauses stating
    the same figures whose last one totals them, read where one column adds up exactly ("普通高中
    在校生11455人，教职工821人；…。全县学生总数110637人，教职工总数5516人"), and clauses each
    opening with a kind of what the total after them names alone ("小学专任教师32009人；初中专任
    教师16591人；…。…其中专任教师76413人": three kinds or more, never more than it).

    Why it matters: the parts of a whole cannot exceed it, and parts that claim to be all of it
    must make it up; one of the figures was mistyped, or a part was counted twice or left out.

    Tolerance: every figure may have been rounded at its last stated digit (0.86亿 + 1.1亿 + 0.4亿
    can be 2.36亿). Parts short of the total are flagged, as a warning, only when the breakdown
    claims to be complete: a parenthetical that classifies (not one opening with 其中, 含, 包括 or
    如, nor one with 等), 分别为 right after the total, 合计/共计/总计, and a 其中 or 包括 list
    whose last part is the rest (其他类2146名), a classification (按经营单位所在地分, 分产业看 —
    also in the paragraph after its total, and several of one total one after another), and
    parts whose names make up the whole (第一/二/三产业, 城镇/乡村, 养殖/捕捞, 出口/进口, 预期性/
    约束性: ``complements`` and ``cover-sets``; 执业医师 and 执业助理 of 执业(助理)医师); otherwise
    其中 lists only some items, as do parts that all name a kind their total lacks (乡村全科,
    执助全科 of 执业助理). Parts that exceed a 其中 total while each is given its own share of it
    (其中绿色建筑面积…，占比88.6%；装配式建筑面积…，占比29.8%) are kinds that overlap, not its
    parts. Parts after a part that add up to it exactly break it down one level deeper
    (其中预算收入13.68亿元；税收收入6.20亿元，非税收入7.48亿元), and first parts of a 其中 list
    that add up to the total exactly end the list (新增专利40件，其中实用新型21件，外观设计19件，
    有效发明专利6件: the figure after them is of another measure). Parts each named by another
    stage of progress of the same items (已启动9个（其中立项9个，
    完成设计8个，开工4个，建成1个）: ``stages``) count items that reached each stage and never add
    up; a state an item is in now (在建) is no stage. An approximate total or part (余, 约, 近, 以上) is not checked, nor an
    average (平均亩产, 人均, 次均: ``averages`` of ``rules/subjects.toml``). For 其中, only the parts
    in the clause right after it count, and the breakdown is right if any figure of the same
    unit before 其中 in the sentence is large enough to be its total; for 合计, if the list
    closing with the nearest figures adds up (the sentence may open with another figure of the
    unit). A part that alone exceeds the total is reported by A205 instead, except under 合计 and
    when A205 is not selected.

    Options: ``complements`` and ``cover-sets`` (words that split a whole), ``stages``, ``cues`` (the words
    of 其中, 按, 分产业看 …) and ``subjects.averages`` in ``[tool.hegao]``.
    """

    code = "A201"
    name = "breakdown-sum"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("分项之和与合计不符", "breakdown does not add up")
    messages = {
        "default": Message(
            "分项之和{sum}超过合计{total}",
            "the parts add up to {sum}, more than the total {total}",
        ),
        "short": Message(
            "分项之和{sum}少于合计{total}，而分项应是全部",
            "the parts add up to {sum}, less than the total {total}, though they claim to be all of it",
        ),
    }
    help = Message("核对合计或分项", "check the total and its parts")
    flagged = (
        "改造农村薄弱学校12所（完工8所、在建6所）。",
        "全年培训教师860人次，其中骨干教师520人次、新任教师400人次。",
        "新建保障性住房1500套（已交付900套，在建500套）。",
        "全年共建成学校18所，分别为小学9所、初中6所。",
        "今年新建幼儿园5所、改建幼儿园6所，合计10所。",
    )
    clean = (
        "新建安置房100套（完工70套，装饰施工30套）。",
        "全县共投入资金2.36亿元（中央资金0.86亿元、省级资金1.1亿元、县级资金0.4亿元）。",
        "全年接待游客1243万人次，其中国内游客1100万人次、入境游客134万人次。",
        "投入资金3200万元（含省级资金2000万元、县级资金1000万元）。",
        "全市现有学校120所，今年新建3所、改建5所，合计8所。",
    )

    def check(self, doc):
        for r in relations_of(doc, Breakdown):
            yield from self._check(r, doc.text)

    def _check(self, r: Breakdown, text: str):
        if r.stages or not exact(*r.parts, *r.totals) or len(r.parts) < 2 or breakdown_holds(r):
            return
        total, parts = min(breakdown_candidates(r),
                           key=lambda tp: abs(sum(p.value for p in tp[1]) - tp[0].value))
        if r.marker not in AFTER_PARTS and any(p.value > total.value for p in parts) and self.selects("A205"):
            return  # A205's finding
        added = sum(p.value for p in parts)
        short = added < total.value
        if not short and not r.exhaustive and all(_OWN_SHARE.match(text, p.end) for p in parts):
            return  # kinds that overlap, each with its own share (绿色建筑 and 装配式建筑 of 新建建筑)
        yield self.finding(
            total.start, total.end, "short" if short else "default",
            labels=tuple(Label(p.start, p.end, "分项", "part") for p in parts),
            calc=f"{' + '.join(amount(p.value, p) for p in parts)} = {amount(added, total)} "
                 f"{'<' if short else '>'} {amount(total.value, total)}",
            severity=Severity.WARNING if short else None,
            sum=amount(added, total), total=total.text,
        )
