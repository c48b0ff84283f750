"""A 其中 part larger than the whole it belongs to."""

from __future__ import annotations

from checker.checks.base import Message, Rule
from checker.findings import Label, Severity
from checker.relations import relations_of
from checker.relations.arithmetic import amount
from checker.relations.model import AFTER_PARTS, Breakdown


class A205(Rule):
    """What it finds: a figure after 其中 (or inside the parenthetical breakdown of a total) that
    is larger than the total it is part of — "全县教师3200人，其中高级教师3500人".

    Why it matters: a subset cannot be larger than its set; either figure was mistyped.

    Tolerance: the part is compared with every figure of its unit earlier in the sentence and is
    only reported when it exceeds all of them, so "学生5万人，教师3000人，其中女生2.6万人" stays
    quiet. An approximate total (余, 以上, 约) keeps it quiet too; a part marked 近 or 不到 is
    compared with its stated value. A ；-list of 其中 parts ends at an item named as a whole of
    its own ("其中：油菜籽产量…；蔬菜总产量…"), unless the total or the first part was named so too.

    Options: ``subjects.whole-marks`` (words naming a whole of its own: 总).
    """

    code = "A205"
    name = "subset-exceeds-total"
    category = "arithmetic"
    severity = Severity.ERROR
    title = Message("部分大于整体", "part larger than its whole")
    messages = {
        "default": Message("其中的{part}大于合计{total}", "the part {part} is larger than its total {total}"),
    }
    help = Message("核对合计或分项", "check the total and the part")
    flagged = (
        "全县专任教师3200人，其中高级教师3500人。",
        "共发放助学金860万元，其中中央资金900万元。",
        "新建学校6所（小学4所、初中7所）。",
        "全年举办培训班45期，其中，线上培训52期。",
        "全市规上企业1200家，其中高新技术企业1350家、专精特新企业260家。",
    )
    clean = (
        "全县专任教师3200人，其中高级教师350人。",
        "全县学生5万人，教师3000人，其中女生2.6万人。",
        "参训人员1000余人，其中教师1200人。",
        "全年举办培训班45期，其中线上培训32期。",
        "全县教职工128人，其中2人退休。",
    )

    def check(self, doc):
        for r in relations_of(doc, Breakdown):
            yield from self._check(r)

    def _check(self, r: Breakdown):
        if r.marker in AFTER_PARTS or any(t.bound in ("at_least", "about") for t in r.totals):
            return  # under 合计 the sentence may open with a larger figure of the unit
        for part in r.parts:
            if all(part.value > t.value for t in r.totals):
                yield self.finding(
                    part.start, part.end,
                    labels=(Label(r.total.start, r.total.end, "合计", "total"),),
                    calc=f"{amount(part.value, part)} > {amount(r.total.value, r.total)}",
                    part=part.text, total=r.total.text,
                )
