"""Web page controls copied into the report along with its text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checker.checks.base import Message, Rule

if TYPE_CHECKING:
    from checker.config import RuleData

# Characters that frame page controls: bullets, bars, brackets, colons, white space.
SEPARATORS = re.compile(r"[\s|•·【】\[\]：:]+")
# The name of a page in a breadcrumb, short and without punctuation, and the step to the next.
_PAGE = r"[^\n>›»/＞。，；！？]"
_CRUMB = rf"\s*[>›»/＞]+\s*{_PAGE}{{1,20}}"


def _breadcrumbs(text: str, openers: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of breadcrumbs: an opener (首页, 当前位置：首页) and at least one more page after a
    separator, up to the end of the line. A breadcrumb laid out one part per line
    ("首页", ">", "政府信息公开", …) is one span."""
    words = "|".join(map(re.escape, openers))
    pattern = rf"(?m)^[^\S\n]*(?:{words})[：:]?{_PAGE}{{0,20}}(?:{_CRUMB})+[^\S\n]*$"
    return [m.span() for m in re.finditer(pattern, text)]


def _line_kind(line: str, words: frozenset[str], navigation: tuple[str, ...]) -> str:
    """``debris`` when every token of the line is a page-control word or the line opens with a
    link to another page (上一篇：…), ``frame`` when the line holds only separators (a lone "|"
    or "】" between controls), else ``text``.

    A label with a value ("来源：解放日报", "发布日期:2022-01-18") is a byline, not debris: its
    value is not a control word, so the line is text."""
    tokens = [t for t in SEPARATORS.split(line) if t]
    if not tokens:
        return "frame" if line.strip() else "blank"
    if tokens[0] in navigation or all(t in words for t in tokens):
        return "debris"
    return "text"


def _lines(text: str):
    """(start, line) for each line of ``text``."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def debris_runs(text: str, data: "RuleData") -> list[tuple[int, int]]:
    """Spans of consecutive lines of page controls; each run holds at least one control word
    or breadcrumb. Byline labels (来源, 发布日期 …) are not control words."""
    words = frozenset(data.debris_words) - frozenset(data.debris_label_words)
    crumbs = _breadcrumbs(text, data.debris_breadcrumbs)
    runs: list[tuple[int, int]] = []
    run: list[int] = []  # [start, end] of the current run
    has_word = False
    for offset, line in [*_lines(text), (len(text), "")]:
        in_crumb = any(start <= offset < end for start, end in crumbs)
        kind = "debris" if in_crumb else _line_kind(line, words, data.debris_navigation)
        if kind in ("debris", "frame"):
            stripped = line.strip()
            first = offset + line.index(stripped)
            run = [run[0] if run else first, first + len(stripped)]
            has_word = has_word or kind == "debris"
            continue
        if run and has_word:
            runs.append((run[0], run[1]))
        run, has_word = [], False
    return runs


class T303(Rule):
    """What it finds: web page controls copied into the report with its text — 字号, 打印,
    分享到：微信 微博 QQ空间, 【字体：大 中 小】, 关闭窗口, a bulleted "• 字号: | • 打印" menu, a
    breadcrumb "首页 > 新闻中心 > 通知公告". A run of consecutive control lines is one finding.

    Why it matters: the controls are not part of the report; a reader of the printed or
    forwarded text sees stray words between the title and the first paragraph.

    Options: ``rules/debris.toml`` lists the control words; add your own with
    ``debris = [...]`` in ``[tool.hegao]``. Only lines made of nothing but control words and
    separators are reported (prose that mentions 打印机 or 分享 stays quiet), and lines that open
    with a link to another page (``navigation``: 上一篇：…, 下一篇：…) or are a breadcrumb
    (``breadcrumbs``: a line opening with 首页, 当前位置 … whose parts are separated by > › » or
    /, also laid out one part per line; "首页展示了…" is prose). Byline labels
    (``label_words``: 来源：解放日报, 发布日期：2022-01-18, even with the value on the next line)
    are part of the publication, not debris, and are never reported.
    """

    code = "T303"
    name = "page-debris"
    category = "text"
    title = Message("网页控件混入正文", "web page controls in the text")
    messages = {"default": Message("网页控件“{text}”混入正文", "web page controls “{text}” copied into the text")}
    help = Message("删去这些网页按钮文字", "delete the page controls")
    flagged = (
        "工作报告\n【字体：大 中 小】\n一、主要成绩",
        "工作报告\n  • 字号:\n  • |\n  • 打印\n正文开始。",
        "全文如下。\n打印本页 关闭窗口",
        "总结\n【打印】【关闭】\n今年以来",
        "报告正文\n分享到：微信 微博\n结束。",
        "四、下一步打算\n继续做好各项工作。\n上一篇：关于开展安全检查的通知\n下一篇：2024年工作要点",
        "您现在的位置：首页 » 工作动态\n标题",
    )
    clean = (
        "为各校配备打印机120台。",
        "教师分享到了教学经验。",
        "来源：解放日报\n时间：2026-02-09",
        "资金来源于财政拨款。",
        "上一篇文章中提到的问题已整改。",
        "各校要加大投入，缩小差距。",
        "首页展示了全年工作成果。",
        "通过微信、QQ等渠道宣传。",
    )

    def check(self, doc):
        for start, end in debris_runs(doc.text, self.data):
            snippet = " ".join(SEPARATORS.sub(" ", doc.text[start:end]).split())
            yield self.finding(start, end, text=snippet, fix="")
