"""A document that stops on a heading or in the middle of a sentence."""

from __future__ import annotations

import re

from checker.checks.T303 import covered, debris_spans
from checker.checks.base import Message, Rule
from checker.findings import Severity

# Lines this short at the end, without closing punctuation, are signatures, dates and page
# furniture, not the end of the text.
SHORT_LINE = 20
# A numbered line longer than this is a list item with its content, not a bare title.
TITLE_MAX = 40
SENTENCE_END = "。！？!?…”’」』）)；;"
# A mark that goes on with the sentence: a line that ends on one was cut, however short it is
# (a short line ending in ： is a label: 相关报道：).
CONTINUING = "，、,"
# A report whose paragraphs end without 。 (a list of points, 国内生产总值增长5%) ends that way too:
# under this share of its paragraphs closed by a mark, a bare last line is its style.
CLOSED_SHARE = 0.25
# A paragraph that opens a list of notes: "注：1.本公报中数据均为初步统计数。", "【说明】",
# "注释：", "名词解释".
NOTES = re.compile(r"[【\[]?(?:注释|注|说明|备注|附注|名词解释)[】\]]?(?:[：:]|$)")
# A row of a table laid out with single spaces, which no table layout reads: a label and three
# figures or more, no sentence mark ("7.技工学校 1 240 370 959 50 35").
FIGURE_ROW = re.compile(r"[^，。；！？,;:：\n]*?(?:\s+[-+]?\d[\d.,]*%?){3,}\s*")
# A page's headline under its column tag, which ends with no mark: "【直击两会】某县将办好15件实事".
HEADLINE = re.compile(r"【[^】\n]{1,8}】[^。！？!?\n]*$")
# A table a copy flattened into one line, its cells joined by |: "| 蛋 | 105.7 | 鲜果 | 102.0 |".
FLATTENED_CELLS = 3  # separators
# A table's header row has no figure: a document that ends on one lost the table's rows.
DIGIT = re.compile(r"\d")


class S402(Rule):
    """What it finds: a report that ends on a numbered heading with no body after it, whose
    last paragraph of text breaks off in mid-sentence (no 。！？ at its end), or that ends on a
    table's header row (no figure in it) with no row under it (variant ``table``).

    Why it matters: a cut-off ending means a section was lost when the draft was copied or
    merged; the reader sees a promise of content that never comes.

    A report written as a list of points without closing marks (● 粮食产量保持在50万吨以上) may
    end without one too, unless its last line stops on ， or 、.
    The title and bare headings are no sign of that style: a short report cut off after them is
    reported. Short lines after the last paragraph (a signature, a date, "相关报道：") are passed
    over, unless one opens with a word of the report's own period (全年, 年末 …, ``current`` of
    rules/subjects.toml), as a statement does and no signature: "全年销售社会" was cut. So is a
    table the report ends with (also one laid out with single spaces, a label and three
    figures or more a line, or one a copy flattened into a line of cells joined by |) and a page's
    byline (索引号:… 时间:… 来源:…) or headline under its column tag (【直击两会】…): the paragraph
    before it is no end of the text.
    A heading line that carries its own text after the title (two sentences or more, or more
    than 40 characters, as a numbered list item does) is a paragraph with a body, not a bare
    heading; so is the last item of a list — a heading right after a bare heading of its own
    style, or after one with its body when the heading closes its own sentence with 。. Nothing is reported on the last item of a list of notes (注释：, 【说明】, 名词解释
    and then 1.… 2.…), which is a note, not a section, and may end without a full stop.

    Options: none.
    """

    code = "S402"
    name = "truncated-document"
    category = "structure"
    severity = Severity.WARNING
    title = Message("文档结尾不完整", "document is cut off")
    messages = {
        "heading": Message("文档在标题“{heading}”处结束，标题下没有正文",
                           "the document ends on the heading “{heading}” with no text under it"),
        "sentence": Message("文档最后一段没有结束标点，可能被截断",
                            "the last paragraph has no closing punctuation; the text may be cut off"),
        "table": Message("文档在表头处结束，表格没有数据行",
                         "the document ends on a table's header row with no rows under it"),
    }
    help = Message("补全缺失的内容，或删去多余的标题", "restore the missing text or remove the heading")
    flagged = (
        "一、工作回顾\n今年完成了各项任务。\n二、下步打算\n（一）加强队伍建设",
        "一、工作回顾\n今年完成了各项任务。\n（五）广纳贤才补充教师，推动教育事业发展。",
        "全年新建学校5所，改扩建校舍3万平方米，新增学位4000个，进一步缓解了城区",
        "全年新建学校5所。\n年末全县在校",
        "全年各类案件办理情况见下表。\n类别 | 行政处罚 | 行政复议 | 行政诉讼",
        "一、工作回顾\n今年完成了各项任务。\n二、下步打算\n某某局\n2022年1月13日",
        "一、基本情况\n全年接待游客1200万人次。\n二、存在问题",
        "● 城镇新增就业1.2万人\n● 粮食产量保持在50万吨以上\n● 居民收入增长与经济增长同步\n重点：建设产业园区、",
    )
    clean = (
        "一、工作回顾\n今年完成了各项任务。\n二、下步打算\n继续加强队伍建设，推动各项工作再上新台阶。",
        "全年新建学校5所，改扩建校舍3万平方米，新增学位4000个。\n某某县教育局\n2022年1月13日",
        "让我们团结一心，奋力谱写新篇章！\n相关报道：",
        "（一）加强队伍建设。全年培训教师3000人次，覆盖全部学校。",
        "主要指标完成情况如下（单位：亿元）",
        "全年完成各项任务。\n注：1.本报告数据均为快报数。\n2.部分数据因四舍五入，分项之和与合计略有出入。",
        "一、工作回顾\n今年完成了各项任务。\n二、附件\n1.项目清单\n2.资金明细",
        "● 城镇新增就业1.2万人以上\n● 粮食产量保持在50万吨以上\n● 居民收入增长与经济增长同步\n"
        "● 单位地区生产总值能耗完成国家下达的考核目标",
    )

    def check(self, doc):
        text = doc.text
        debris = debris_spans(text, self.data)
        # a sharing site's chunk number (…困难群\n3、众1560人次) opens no heading
        numbered = [h for h in doc.headings if h.style != "shi" and not covered(debris, h.marker_start, h.marker_end)]
        headings = {h.start for h in numbered}  # paragraphs that are headings
        text_lines = [p for p in doc.paragraphs if not _in_a_table(doc, p) and not covered(debris, p.start, p.end)
                      and not self._byline(text[p.start:p.end]) and not HEADLINE.match(text, p.start, p.end)]
        # a short line that opens a statement is a cut only as the last line (当年出栏羊 heading a
        # table's row laid out one cell a paragraph is none)
        body = [p for p in text_lines if p.end - p.start > SHORT_LINE or text[p.end - 1] in SENTENCE_END + CONTINUING
                or p.start in headings or p is text_lines[-1] and self._opens_statement(text, p)]
        if not body:
            return
        last = body[-1]
        index = doc.paragraphs.index(last)
        table = [p for p in doc.paragraphs[index + 1:] if _in_a_table(doc, p)]
        if len(table) == 1 and table[0] is doc.paragraphs[-1] and not DIGIT.search(text, table[0].start, table[0].end):
            yield self.finding(table[0].start, table[0].end, "table")
            return
        if table:
            return  # a table after it goes on with the report
        heading = next((h for h in numbered if h.paragraph == index), None)
        if heading is not None and heading.start == last.start and self._in_notes(doc, index, heading):
            return
        if (heading is not None and heading.start == last.start and _title_sized(doc, last)
                and not self._in_list(doc, index, heading)):
            yield self.finding(last.start, last.end, "heading", heading=text[last.start:last.end])
        elif text[last.end - 1] in CONTINUING or (
                (last.end - last.start > SHORT_LINE or self._opens_statement(text, last))
                and text[last.end - 1] not in SENTENCE_END
                and not self._unpunctuated(text, [p for p in text_lines if p.start < last.start
                                                  and not (p.start in headings and _title_sized(doc, p))])):
            yield self.finding(last.end - 1, last.end, "sentence")

    def _opens_statement(self, text: str, paragraph) -> bool:
        """Whether a short line opens with a word of the report's own period (全年, 年末 …, the
        ``current`` words of rules/subjects.toml): the start of a statement ("全年销售社会"),
        which no signature, date or label opens with."""
        return text.startswith(self.data.subjects.current, paragraph.start, paragraph.end)

    def _byline(self, line: str) -> bool:
        """A page's line of labels and their values ("索引号:… 时间:2020-05-11 来源:…融媒体中心"):
        two byline labels (``label_words`` or ``counters`` of rules/debris.toml) each with a colon,
        no sentence."""
        labels = self.data.debris_label_words + self.data.debris_counters
        return sum(line.count(word + ":") + line.count(word + "：") for word in labels) >= 2

    @staticmethod
    def _unpunctuated(text: str, paragraphs) -> bool:
        """Whether the report writes its paragraphs without closing marks (a list of points),
        so that its last one needs none: three paragraphs or more, few of them closed. When two
        or more are of some length, only they tell: a speech's title, speaker and "各位代表："
        end with no mark in any report."""
        long = [p for p in paragraphs if p.end - p.start >= SHORT_LINE]
        voting = long if len(long) >= 2 else paragraphs
        closed = sum(1 for p in voting if text[p.end - 1] in SENTENCE_END)
        return len(paragraphs) >= 3 and closed < CLOSED_SHARE * len(voting)

    @staticmethod
    def _in_notes(doc, index: int, heading) -> bool:
        """Whether the last heading is an item of a list of notes (注释：1.… 2.… 12.…): the
        paragraph before its first sibling opens the notes. A note is no section, and a
        glossary entry may end without a full stop."""
        siblings = {h.paragraph for h in doc.headings if h.style == heading.style and h.start == doc.paragraphs[h.paragraph].start}
        k = index
        while k in siblings:
            k -= 1
        if k < 0:
            return False
        opener = doc.paragraphs[k]
        return bool(NOTES.match(doc.text, opener.start, opener.end))

    @staticmethod
    def _in_list(doc, index: int, heading) -> bool:
        """Whether the paragraph before the last heading is a sibling with no body of its own
        or a line of notes, or a sibling with its body while the heading closes its own sentence
        (（3）规模以上工业企业 指…的工业企业。 after a long （2）): the heading is the last item of
        a list, not a cut-off section."""
        if index == 0:
            return False
        before = doc.paragraphs[index - 1]
        text = doc.text[before.start:before.end]
        sibling = any(h.paragraph == index - 1 and h.start == before.start and h.style == heading.style
                      for h in doc.headings)
        closed = doc.text[doc.paragraphs[index].end - 1] == "。"
        return bool(NOTES.match(text)) or (sibling and (before.end - before.start <= TITLE_MAX or closed))


def _title_sized(doc, paragraph) -> bool:
    """One sentence at most, no longer than a title: a heading of this size has no text of its
    own, and ends without a mark in any report."""
    sentences = sum(1 for s in doc.sentences if paragraph.start <= s.start < paragraph.end)
    return sentences <= 1 and paragraph.end - paragraph.start <= TITLE_MAX


def _in_a_table(doc, paragraph) -> bool:
    """A table's row: read as one by a table layout, a row of figures none reads, or a table
    flattened into one line."""
    return (doc.in_table(paragraph.start) or bool(FIGURE_ROW.fullmatch(doc.text, paragraph.start, paragraph.end))
            or doc.text.count("|", paragraph.start, paragraph.end) >= FLATTENED_CELLS)
