"""Web page controls and the text of a sharing or reposting site copied into the report."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
import re
from typing import TYPE_CHECKING

from checker.checks.base import Message, Rule
from checker.prefilter import may_match, prefiltered, required_words
from checker.wordtrie import longest_first

if TYPE_CHECKING:
    from checker.config import RuleData

# Characters that frame page controls: bullets, bars, brackets, colons, white space.
SEPARATORS = re.compile(r"[\s|•·【】\[\]：:]+")
# A site counter's value: 1024, 0次, 356人次.
_COUNT = re.compile(r"\d+(?:次|人次)?")
# The name of a page in a breadcrumb, short and without punctuation, and the step to the next.
_PAGE = r"[^\n>›»/＞。，；！？]"
# on one line (首页 > 通知公告), or with a separator opening a line (首页⏎>⏎通知公告); a
# separator that ends a line of parts does not take the next line as a part
_CRUMB = (rf"(?:[^\S\n]*[>›»/＞]+[^\S\n]*{_PAGE}{{1,20}}"
          rf"|[^\S\n]*\n\s*[>›»/＞]+\s*{_PAGE}{{1,20}})")


def _breadcrumbs(text: str, openers: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of breadcrumbs: an opener (首页, 当前位置：首页) and at least one more page after a
    separator, up to the end of the line, where a last separator may wait for the page's own
    title (当前位置：首页 > 工作总结 >). A breadcrumb laid out one part per line
    ("首页", ">", "政府信息公开", …) is one span."""
    words = "|".join(map(re.escape, openers))
    pattern = rf"(?m)^[^\S\n]*(?:{words})[：:]?{_PAGE}{{0,20}}(?:{_CRUMB})+(?:[^\S\n]*[>›»＞]+)?[^\S\n]*$"
    return [m.span() for m in re.finditer(pattern, text)]


def _line_kind(line: str, words: frozenset[str], navigation: tuple[str, ...],
               counters: frozenset[str] = frozenset(), labels: tuple[str, ...] = ()) -> str:
    """``debris`` when every token of the line is a page-control word, a site's counter or its
    count (访问量: 1024次), or the line opens with a link to another page (上一篇：…), ``frame``
    when the line holds only separators (a lone "|" or "】" between controls), else ``text``.

    A label with a value ("来源：解放日报", "发布日期:2022-01-18") is a byline, not debris: its
    value is not a control word, so the line is text — unless the label and its value stand in
    【】 beside controls ("【纠错】 【责任编辑：王璐】", a news site's footer)."""
    tokens = [t for t in SEPARATORS.split(line) if t]
    if not tokens:
        return "frame" if line.strip() else "blank"
    counted = any(t in counters for t in tokens)
    if tokens[0] in navigation or all(t in words or t in counters or (counted and _COUNT.fullmatch(t))
                                      for t in tokens):
        return "debris"
    if labels and "【" in line:
        rest = [t for t in SEPARATORS.split(_bracketed_labels(labels).sub(" ", line)) if t]
        if rest and len(rest) < len(tokens) and all(t in words for t in rest):
            return "debris"
    return "text"


@lru_cache(maxsize=4)
def _bracketed_labels(labels: tuple[str, ...]) -> re.Pattern:
    """A byline label and its short value in 【】: 【责任编辑：王璐】."""
    return re.compile(f"【(?:{'|'.join(map(re.escape, labels))})[：:][^】\n]{{1,16}}】")


def _lines(text: str):
    """(start, line) for each line of ``text``."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


@lru_cache(maxsize=2)
def debris_runs(text: str, data: "RuleData") -> tuple[tuple[int, int], ...]:
    """Spans of consecutive lines of page controls; each run holds at least one control word
    or breadcrumb. Byline labels (来源, 发布日期 …) are not control words. Read once per text:
    T303, T304 and T305 each ask for them."""
    words = frozenset(data.debris_words) - frozenset(data.debris_label_words)
    counters = frozenset(data.debris_counters)
    crumbs = _breadcrumbs(text, data.debris_breadcrumbs)
    runs: list[tuple[int, int]] = []
    run: list[int] = []  # [start, end] of the current run
    has_word = False
    for offset, line in [*_lines(text), (len(text), "")]:
        in_crumb = any(start <= offset < end for start, end in crumbs)
        kind = "debris" if in_crumb else _line_kind(line, words, data.debris_navigation, counters,
                                                    tuple(data.debris_label_words))
        if kind in ("debris", "frame"):
            stripped = line.strip()
            first = offset + line.index(stripped)
            run = [run[0] if run else first, first + len(stripped)]
            has_word = has_word or kind == "debris"
            continue
        if run and has_word:
            runs.append((run[0], run[1]))
        run, has_word = [], False
    return tuple(runs)


_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_BRACKETS = {"（": "）", "(": ")", "【": "】", "《": "》"}


def _site_start(text: str, start: int, cue: int, openers: tuple[str, ...]) -> int:
    """Where a site's sentence holding a cue at ``cue`` begins, in the sentence starting at
    ``start``: at its earliest word opener (声明, 摘要, 下面是 …) before the cue, else at the
    last bracket still open at the cue ((未完…, 【推荐阅读), else at the sentence start."""
    words = [o for o in openers if o not in _BRACKETS]
    found = [i for i in (text.find(w, start, cue + len(w)) for w in words) if 0 <= i <= cue]
    if found:
        return min(found)
    open_at: list[int] = []
    for i in range(start, cue):
        if text[i] in _BRACKETS and text[i] in openers:
            open_at.append(i)
        elif open_at and text[i] == _BRACKETS[text[open_at[-1]]]:
            open_at.pop()
    return open_at[-1] if open_at else start


def site_sentences(text: str, data: "RuleData") -> list[tuple[int, int]]:
    """Spans of the sentences a sharing site adds (下面是小编为大家整理的…，供大家参考。),
    each from its opener (or the sentence start) to the end of its closer (or the sentence
    end, with its 。)."""
    cues = re.compile("|".join(map(re.escape, longest_first(data.debris_cues))))
    spans = []
    start = 0
    for end_mark in [*_SENTENCE_END.finditer(text), None]:
        end = end_mark.end() if end_mark else len(text)
        found = list(cues.finditer(text, start, end))
        if found:
            first, last = found[0].start(), found[-1].end()
            begin = _site_start(text, start, first, data.debris_openers)
            closes = [i + len(c) for c in data.debris_closers
                      if (i := text.find(c, max(begin, last - len(c)), end)) >= 0]
            stop = min(closes) if closes else end
            if stop < end and text[stop] in "。！.!":
                stop += 1
            if end_mark and stop == end and end_mark.group() == "\n":
                stop -= 1
            if text[begin:begin + 1] in "(（" and text[stop:stop + 1] in ")）":
                stop += 1  # the bracket it opened with: (阅读全部图文内容,您需要先登录!)
            spans.append((begin, stop))
        start = end
    return spans


@lru_cache(maxsize=4)
def _shape_patterns(shapes: tuple[str, ...]) -> tuple[tuple[re.Pattern, tuple[frozenset[str], ...]], ...]:
    """Each shape compiled, with the words a match of it must hold."""
    return tuple((prefiltered(shape), required_words(shape)) for shape in shapes)


def shapes(text: str, data: "RuleData") -> list[tuple[int, int]]:
    """Spans of site text recognised by its shape (``shapes`` of rules/debris.toml): the match,
    or its group when the shape has one (the "|" after a sentence, not the sentence); a shape is
    not searched for in a text without the words it needs (ICP备, .pdf …)."""
    return [m.span(1 if m.re.groups else 0) for shape, required in _shape_patterns(data.debris_shapes)
            if may_match(text, required) for m in shape.finditer(text)]


_CRUMB_MARKS = frozenset(">›»＞")
_YEAR = re.compile(r"[0-9Xx×]{2,4}(?=年)")
# A site's tag after a title it prints again at a page break: 【- 县民政局工作总结】.
_TAG = re.compile(r"\s*【[^】\n]{0,30}】")


def _title_like(line: str) -> bool:
    return len(line) <= 60 and "。" not in line and bool(_WORDS.search(line))


def _same_title(a: str, b: str) -> bool:
    """Equal once their years are set aside (2023年…工作报告 above 2022年…工作报告, 20XX年…)."""
    return _YEAR.sub("#", a) == _YEAR.sub("#", b)


def _ends_crumb(line: str, title: str) -> bool:
    """``line`` is a trail whose last part is ``title`` (… > 2023年工作总结)."""
    return line.endswith(title) and line[:-len(title)].rstrip()[-1:] in _CRUMB_MARKS


def _goes_on(title: str, line: str) -> bool:
    """``line`` opens with ``title`` and goes on after a space or a site's tag 【."""
    after = line[len(title):len(title) + 1]
    return line.startswith(title) and (after.isspace() or after == "【")


def repeated_titles(text: str, site: list[tuple[int, int]] = (),
                    endings: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Titles a site prints around the document's own:

    - a short line of words without a full stop that repeats the line before it (the copy is
      flagged), or the last part of the breadcrumb before it (… > 2023年工作总结);
    - a title ending with one of ``endings`` (…工作总结) again on a line of its own further down
      (after the site's notice, or between the chunks it extracted);
    - a title line above one that repeats it with another year, or that opens with it and goes
      on with the text (the first, the site's, is flagged);
    - a title line that a site's sentence quotes as 《title》 or 《title.docx》;
    - the title with a site's tag 【…】 again at the start of a later line (a page header)."""
    spans, previous, title = [], None, None
    titles: set[str] = set()  # the lines so far that read as a report's title
    lines = [(offset + line.index(line.strip()), line.strip()) for offset, line in _lines(text) if line.strip()]
    quoted = "".join(text[s:e] for s, e in site)
    for k, (first, stripped) in enumerate(lines):
        end = first + len(stripped)
        if title and stripped.startswith(title) and (tag := _TAG.match(stripped, len(title))):
            spans.append((first, first + tag.end()))
        if not _title_like(stripped):
            previous = stripped
            continue
        following = lines[k + 1][1] if k + 1 < len(lines) else ""
        if stripped == previous or stripped in titles or (previous and _ends_crumb(previous, stripped)):
            spans.append((first, end))
        elif following != stripped and (
                _same_title(stripped, following)
                or _goes_on(_YEAR.sub("#", stripped), _YEAR.sub("#", following))
                or f"《{stripped}》" in quoted or f"《{stripped}." in quoted):
            spans.append((first, end))
            title = title or stripped
        if stripped.endswith(endings):
            titles.add(stripped)
        previous = stripped
    return spans


# A sharing site numbers the chunks of text it extracts: "1、" at the start of a line that
# breaks a sentence. A heading's line before its items is short or ends with a colon; the line
# a chunk number interrupts is a paragraph cut anywhere, mid-word included (加大普\n3、惠性).
_CHUNK = re.compile(r"(?m)^\d{1,3}、")
_PARAGRAPH = 80
_LINE_END = "。！？；：…”’）)】」』》!?;:"


def chunk_numbers(text: str, site: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Chunk numbers of a sharing site: "N、" opening a line whose line before (blank lines
    passed over: …(二)重点⏎⏎2、项目建设) is a paragraph cut in mid-sentence, or a site's
    sentence (…请在文库上搜索。\n1、), or that is followed by the sentence's own full stop (2、。)."""
    ends = {end for _, end in site}
    spans = []
    for m in _CHUNK.finditer(text):
        stop = m.start()
        while stop and text[stop - 1].isspace():
            stop -= 1
        line_start = text.rfind("\n", 0, stop) + 1
        before = text[line_start:stop]
        cut = len(before) >= _PARAGRAPH and before[-1] not in _LINE_END
        if cut or (line_start + len(before)) in ends or text[m.end():m.end() + 1] in "。，；":
            spans.append(m.span())
    return spans


@lru_cache(maxsize=2)
def _debris(text: str, data: "RuleData") -> tuple[tuple, tuple, tuple]:
    """The site debris of a text: page-control runs, a site's sentences (with the titles and
    chunk numbers it leaves), and shapes (a URL, a timestamp with a view count …); read once
    for T303 and S402."""
    sentences = site_sentences(text, data)
    site = sorted(sentences + repeated_titles(text, sentences, data.debris_title_endings) + chunk_numbers(text, sentences))
    return tuple(debris_runs(text, data)), tuple(site), tuple(shapes(text, data))


def debris_spans(text: str, data: "RuleData") -> list[tuple[int, int]]:
    """Every span of site debris in the text, merged."""
    runs, site, by_shape = _debris(text, data)
    return _merged([*runs, *site, *by_shape])


def covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``spans`` (merged, in text order) covers ``start``–``end``."""
    k = bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and spans[k][1] >= end


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans joined, in text order."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out if e > s]


def _snippet(text: str, controls: bool, limit: int = 40) -> str:
    """The flagged text on one line; page controls without their separators (| • 【】)."""
    words = " ".join((SEPARATORS.sub(" ", text) if controls else text).split())
    return words if len(words) <= limit else words[:limit - 1] + "…"


class T303(Rule):
    """What it finds: text that a web page or a document-sharing site adds to a report —

    - page controls: 字号, 打印, 分享到：微信 微博 QQ空间, 【字体：大 中 小】, 关闭窗口, a
      bulleted "• 字号: | • 打印" menu, 登录 注册 长者版 | 无障碍, a breadcrumb
      "首页 > 新闻中心 > 通知公告" (a run of consecutive control lines is one finding);
    - a sharing site's sentences, also when pasted into the middle of a word:
      "下面是小编为大家整理的…，供大家参考。", "本文档由会员上传分享，如有侵权请联系删除。",
      "（未完，全文共3528字，当前显示1200字）", "下载后可任意编辑", "推荐阅读：…", "原文链接：…";
    - site text by its shape: page counters "- 3 -" and "第3页/共8页", a line with a date and a
      clock time (发布时间：2022-05-16 09:21 阅读量：…), a link, a Word field code
      (HYPERLINK …), a file name (image003.jpg, 总结.docx), a trail "A > B > C", a site's
      registration number (…公网安备…号), a document number (编号:658229379), an
      advertisement (…神器! 立即了解), a chunk number "3、" that cuts a sentence (also after
      a blank line), a file card's size (18.52KB), a mirror's year tag after a bulletin's title
      (…统计公报 2022) and its region picker (选择区域:>>), a line of counters (阅读: 评论:0), a file
      card's lines (- 格式:docx, - 大小:11.53 KB, - 文档页数:6, 文档评论(0)), a date line with the
      site's column (2023-06-10 来源:…, 2023-02-18调查报告), a compilation's titles (…报告(精选34篇),
      …报告篇1, …工作总结范文, 【…范文】, …【第一篇】), a copyright footer (Copyright © …, …版权所有), a compilation's
      table of contents run into one line ("目录区教育局2023年工作总结22,市教育局…工作总结73 ."), the
      pinyin a script converter writes after characters (產(chǎn)業(yè));
    - a site's title: repeated on the line right after itself or after a breadcrumb ending with
      it, again on a line of its own further down (a title ending with a ``title_endings`` word
      such as 总结 or 报告), printed above the document's own title with another year (2023年… over 2022年…),
      quoted by the site's sentence (《…》), or again with a site's tag 【…】 at a page break.

    Why it matters: none of this is part of the report; a reader of the printed or forwarded
    text sees stray words between the title and the first paragraph, or in mid-sentence.

    Options: ``rules/debris.toml`` lists the control words (add your own with
    ``debris = [...]`` in ``[tool.hegao]``), the cue words of a site's sentences (add with
    ``debris-phrases = [...]``), the openers and closers that bound such a sentence, and the
    shapes. Only lines made of nothing but control words and separators are reported (prose
    that mentions 打印机 or 分享 stays quiet), and lines that open with a link to another page
    (``navigation``: 上一篇：…, 下一篇：…) or are a breadcrumb (``breadcrumbs``: a line opening
    with 首页, 当前位置 … whose parts are separated by > › » or /, also laid out one part per
    line; "首页展示了…" is prose). Byline labels (``label_words``: 来源：解放日报, 发布日期：
    2022-01-18, even with the value on the next line) are part of the publication, not debris;
    a site's counters and the header of its related articles (``counters``: 访问量:, 浏览量：0次,
    关联稿件:, on a line with nothing but their counts) are the page's (add with
    ``debris-counters = [...]``).
    """

    code = "T303"
    name = "page-debris"
    category = "text"
    title = Message("网页控件混入正文", "web page controls in the text")
    messages = {
        "default": Message("网页控件“{text}”混入正文", "web page controls “{text}” copied into the text"),
        "site": Message("网站附加的文字“{text}”混入正文", "text added by a website “{text}” copied into the text"),
    }
    help = {
        "default": Message("删去这些网页按钮文字", "delete the page controls"),
        "site": Message("删去网站附加的文字", "delete the text the website added"),
    }
    flagged = (
        "工作报告\n【字体：大 中 小】\n一、主要成绩",
        "工作报告\n  • 字号:\n  • |\n  • 打印\n正文开始。",
        "全文如下。\n打印本页 关闭窗口",
        "总结\n【打印】【关闭】\n今年以来",
        "报告正文\n分享到：微信 微博\n结束。",
        "四、下一步打算\n继续做好各项工作。\n上一篇：关于开展安全检查的通知\n下一篇：2024年工作要点",
        "您现在的位置：首页 » 工作动态\n标题",
        "以下是小编收集整理的年度总结，希望对您有所帮助。\n一、基本情况",
        "全年新建公园8个。本资料由网友上传分享，如有侵权请联系删除。绿化覆盖率提高。",
        "全面推进乡村振兴，粮食产量稳下载后可任意编辑定增长。",
        "二、民生保障\n- 7 -\n城乡低保标准提高。",
        "改造老旧小区（第2页/共5页）32个。",
        "发布时间：2025-03-02 08:15  浏览次数：1024\n正文。",
        "附图见 photo012.jpg 。",
        "原文链接：https://example.gov.cn/a/123.html",
        "网站首页 > 新闻中心 > 媒体聚焦\n标题",
        "2025年水务局工作总结\n2025年水务局工作总结\n一、主要工作",
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
        "7-9月份降水偏少，-3℃以下低温天数增加。",
        "全年登录政务平台办事群众达12万人次，注册企业新增860家。",
        "以上数据为初步统计，仅供参考。",
        "三、2025年工作安排\n（一）稳增长\n（二）促改革",
        "增速由1.2%提高到-0.5%，比上年回升。",
    )

    def check(self, doc):
        runs, site, by_shape = _debris(doc.text, self.data)
        controls_at = set(runs)
        for start, end in _merged([*runs, *site, *by_shape]):
            controls = (start, end) in controls_at
            # Deleting is safe for controls and a site's sentences; a link or a file name in
            # a sentence may be part of it, so a shape alone is left to the reader.
            k = bisect_left(site, (start,))
            deletable = controls or (k < len(site) and site[k][1] <= end)
            yield self.finding(start, end, "default" if controls else "site",
                               text=_snippet(doc.text[start:end], controls), fix="" if deletable else None)
