"""Enumerations: a counted noun and the items listed with it.

Four shapes, all common in reports and exhaustive by convention:
- a list right before the count: 幼教、小学、初中三大教育集团; 甲、乙和丙三所学校.
  The items run from the start of the clause (or the end of the previous claim or heading
  marker) to the count, split at 、 and at a 和/及/与 in the last item (unless the count says
  the last item holds it: 危重儿童和新生儿救治). At least one 、 is required, and the count
  must be followed by what it counts (三所学校): in "新建、改扩建幼儿园4所" the list is not
  the items; nor in "县医院、中医院及5个中心卫生院", where the count is the last item's own. A list closed by 等 (宝鸡、延安等4个) names examples, not all items, and a list
  whose last item holds a verb (增速、结构、效率提出5项指标) is not what is counted: neither
  is an enumeration; nor is a 分别 list, whose figures belong to its items.
- a 、-list that a colon or 即 after the count opens, to the end of its clause: 部署四项整治：
  甲、乙、丙。; 实施“三大计划”，即甲、乙、丙.
- a 一是…N是 run after a count in a heading, before a colon or at the end of the sentence that
  the run follows: （一）深化五项改革。…一是…五是; 重点抓好三件事：一是…; 存在三个问题。一是….
  The items are the 一是 markers up to the next heading of a 公文 level, in the count's paragraph
  or in the paragraphs that follow it (一是 opening each); a run over paragraphs must be ended by
  a heading, not by the end of the text, which may be cut short.
- numbered items after a colon that ends the count's clause: 以下三项工作：（1）…（2）…; or
  paragraphs 1.… 2.… after the colon (see find_numbered_enumerations).
Only small counts of classifiers that name items (项 个 大 类 所 …) take part.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from checker.claims.model import Claim
from checker.document.headings import LEVELS
from checker.document.model import Heading
from checker.relations.model import Enumeration

ITEM_UNITS = frozenset([*"项个大类所种家条支件批座", "方面"])
# Arabic counts of 10 and more next to a 、 pair are rarely a spelled-out list (新建、重组11家).
MAX_ARABIC = 9
MAX_COUNT = 12
_CLAUSE_START = re.compile(r"[，。；：:,;（(“”\n]")
_CONJUNCTION = re.compile(r"[和及与]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_QUOTED = re.compile(r"“[^”]*”")
_MASK = "\uffff"
# A verb between the items and the count: the count is of something else.
# The count's clause ends with a colon: "重点抓好三件事：", "承诺办好五件实事，目前均已完成：".
_COLON_AFTER = re.compile(r"[^。；：:]{0,20}[：:]\s*")
# The count's sentence ends, and the next opens the run: "存在三个方面的问题。一是…".
_STOP_AFTER = re.compile(r"[^。；：:，,]{0,20}。\s*")
_NEW_LIST = re.compile(r"以下|如下|下列|几")
# What opens a list after its count: "四项整治：", "“三大计划”，即".
_INTRODUCES = re.compile(r"[\u4e00-\u9fff“”]{0,12}?(?:[：:]|[，,]即)\s*")
# Numbered items written in one paragraph: （1）… （2）… or ①… ②….
_INLINE_ITEM = re.compile(r"(?:(?<=^)|(?<=[\s。；;，,]))\s*(?:[（(](?P<paren>\d{1,2})[）)]|(?P<circled>[①-⑳]))")
_LIST_END = re.compile(r"[，,；;。！？]")
_VERB = re.compile(r"提出|入选|获批|获评|达到|实现|建成|成为|跨|被|为|是|有|等")


def is_counted_noun(claim: Claim) -> bool:
    return (claim.kind == "count" and claim.unit in ITEM_UNITS and isinstance(claim.value, int)
            and 2 <= claim.value <= (MAX_COUNT if "chinese" in claim.flags else MAX_ARABIC)
            and claim.bound is None)


def _cut(text: str, masked: str, separator) -> list[str]:
    """``text`` split where ``masked`` (the same length, quotes masked) has a separator."""
    cuts = [m.start() for m in re.finditer(separator, masked)]
    bounds = zip([-1, *cuts], [*cuts, len(text)])
    return [text[a + 1:b] for a, b in bounds]


def list_before(text: str, claim: Claim, floor: int) -> Enumeration | None:
    """The 、-list that ends right at ``claim`` (``floor``: where the previous claim ended)."""
    if not _HAN.match(text, claim.end) or text[claim.start - 1:claim.start] in ("“", "、", "和", "及", "与"):
        return None  # 幼儿园4所 (the noun is before the count), “四个意识” (a slogan), 中心及5个卫生院 (an item's own count)
    if text[claim.start - 1:claim.start] == "”" and (opening := text.rfind("“", floor, claim.start - 1)) >= 0:
        # the quote holds the list the count sums up: “创新、协调、绿色、开放、共享”五大发展理念;
        # with commas, each of its clauses is one item: “投入多、产出少，成本高、效益低”两大问题
        quoted = text[opening + 1:claim.start - 1]
        if "、" not in quoted or re.search("[，,]", quoted):
            return None
        items = _items(quoted, opening + 1, claim.value)
        return Enumeration(claim, items, "list") if items else None
    start = claim.start
    while start > floor:
        if text[start - 1] == "”" and (opening := text.rfind("“", floor, start - 1)) >= 0:
            start = opening  # a quoted name inside an item: “一带一路”物流节点
        elif _CLAUSE_START.match(text, start - 1):
            break
        else:
            start -= 1
    region = text[start:claim.start]
    if "分别" in region or _VERB.search(region[region.rfind("、") + 1:]):
        return None
    items = _items(region, start, claim.value)
    return Enumeration(claim, items, "list") if items else None


def list_after(text: str, claim: Claim, end: int) -> Enumeration | None:
    """The 、-list that a colon or 即 after ``claim`` opens: "开展四项整治：甲、乙、丙。"."""
    intro = _INTRODUCES.match(text, claim.end, end)
    if not intro:
        return None
    stop = _LIST_END.search(text, intro.end(), end)
    region = text[intro.end():stop.start() if stop else end]
    if region.startswith(("一是", "第一")) or _INLINE_ITEM.match(region) or "等" in region[region.rfind("、") + 1:]:
        return None  # a 一是 or （1） run is find_shi_enumerations' or find_numbered_enumerations'; 等 names examples (水利等基础设施)
    items = _items(region, intro.end(), claim.value)
    return Enumeration(claim, items, "colon") if items else None


def _items(region: str, start: int, count: int) -> tuple[tuple[int, int], ...] | None:
    """The (start, end) of each item of a 、-list at ``start``, or None when it is no list.

    What is quoted is one name: its 、 and 和 separate nothing (“省市共建、一室一策”). The last
    item splits at 和/及/与 unless the count says it holds it (危重儿童和新生儿救治)."""
    masked = _QUOTED.sub(lambda m: _MASK * len(m.group()), region)
    if "、" not in masked:
        return None
    pieces = _cut(region, masked, "、")
    tail = masked[len(masked) - len(pieces[-1]):]
    last = _cut(pieces[-1], tail, _CONJUNCTION)
    if len(last) == 2 and all(last) and len(pieces) != count:
        pieces = pieces[:-1] + last
    if not all(p.strip() for p in pieces):
        return None
    spans, offset = [], start
    for piece in pieces:
        spans.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    return tuple(spans)


def _start(heading: Heading) -> int:
    return heading.start


def _headings_in(headings: list[Heading], start: int, end: int) -> list[Heading]:
    """The headings (in text order) whose markers start in ``text[start:end]``, found by
    bisection: a scan of every heading for every paragraph was quadratic in the length of a
    report."""
    return headings[bisect_left(headings, start, key=_start):bisect_left(headings, end, key=_start)]


def find_list_enumerations(doc, claims: list[Claim]) -> list[Enumeration]:
    """List enumerations among the claims of one paragraph (in text order)."""
    if not claims:
        return []
    paragraph = doc.paragraphs[doc.paragraph_at(claims[0].start)]
    # a list never reaches back past a heading marker (二、 has a 、 of its own)
    stops = [h.marker_end for h in _headings_in(doc.headings, paragraph.start, paragraph.end)]
    found = []
    floor = paragraph.start
    for claim in claims:
        if is_counted_noun(claim):
            limit = max([floor, *(m for m in stops if m <= claim.start)])
            enumeration = list_before(doc.text, claim, limit) or list_after(doc.text, claim, paragraph.end)
            if enumeration:
                found.append(enumeration)
        if claim.is_quantity:  # a name or idiom (“一带一路”) may stand inside an item
            floor = claim.end
    return found


def _counts(doc):
    """Each count of a counted noun (三项, 五个方面), with its paragraph's index, the paragraph,
    and the colon that ends the count's clause in it (or None)."""
    for claim in doc.claims:
        if is_counted_noun(claim):
            para_index = doc.paragraph_at(claim.start)
            paragraph = doc.paragraphs[para_index]
            yield claim, para_index, paragraph, _COLON_AFTER.match(doc.text, claim.end, paragraph.end)


def find_shi_enumerations(doc) -> list[Enumeration]:
    """Counts in a heading line or before a colon, with the 一是… run of their section."""
    text = doc.text
    headings = doc.headings
    found = []
    for claim, para_index, paragraph, colon in _counts(doc):
        in_title = any(h.style != "shi" and h.marker_end <= claim.start
                       and not re.search(r"[。；]", text[h.marker_end:claim.start])
                       for h in _headings_in(headings, paragraph.start, paragraph.end))
        stop = None if (in_title or colon) else _STOP_AFTER.match(text, claim.end, paragraph.end)
        if not (in_title or colon or stop):
            continue
        run, ended = [], False
        for h in headings[bisect_left(headings, claim.end, key=_start):]:
            if h.style != "shi" or (run and h.number == 1):
                ended = True  # a heading, or the next 一是 run
                break
            run.append(h)
        if stop and (not run or run[0].marker_start != stop.end()):
            continue  # "存在三个方面的问题。" is the count's run only when 一是 opens the next sentence
        if run and not ended and run[-1].paragraph != para_index:
            continue  # items over paragraphs up to the end of the text: the text may be cut short
        if colon and "，" in colon.group() and (
                _NEW_LIST.search(colon.group()) or not run or run[0].marker_start != colon.end()):
            # "五件实事，目前均已完成：一是" is the count's run; "两大主业，重点做好以下工作：" is not
            continue
        if run and run[0].number == 1 and all(b.number == a.number + 1 for a, b in zip(run, run[1:])):
            found.append(Enumeration(claim, tuple((h.marker_start, h.marker_end) for h in run), "shi"))
    return found


def find_numbered_enumerations(doc) -> list[Enumeration]:
    """Counts before a colon, with the numbered items that follow it: "以下三项工作：（1）…（2）…"
    in the count's paragraph, or paragraphs 1.… 2.… (or （一）…, （1）…) right after it; counts
    in a heading's title, with its subheadings when they start right after it
    (三、抓好七项重点工作⏎（一）….).

    Only a list whose end is clear is compared: items in one paragraph end with it (and the next
    paragraph does not carry on with the next number); numbered paragraphs end at a heading of a
    higher level or a new list from 1, not at the end of a text that may be cut short. Items of
    lists nested in the items (（1） under 1.) are not counted."""
    found = []
    for claim, para_index, paragraph, colon in _counts(doc):
        title = _title_of(doc, claim, para_index)
        if colon and "，" not in colon.group() and colon.end() < paragraph.end:
            items = _inline_items(doc, colon.end(), para_index)
        elif colon and "，" not in colon.group() or title:
            items = _numbered_paragraphs(doc, para_index + 1, below=title)
        else:
            continue
        if items:
            found.append(Enumeration(claim, items, "numbered"))
    return found


def _title_of(doc, claim: Claim, para_index: int) -> Heading | None:
    """The heading whose title holds ``claim`` (三、抓好七项重点工作), unless a sentence ends
    before it or the count is quoted (“五个中心”建设: a name, not a count of what follows)."""
    text = doc.text
    if text[claim.start - 1:claim.start] == "“":
        return None
    paragraph = doc.paragraphs[para_index]
    for h in _headings_in(doc.headings, paragraph.start, paragraph.end):
        if h.style in LEVELS and h.marker_end <= claim.start and not re.search(r"[。；]", text[h.marker_end:claim.start]):
            return h
    return None


def _inline_items(doc, start: int, para_index: int) -> tuple[tuple[int, int], ...] | None:
    """The markers of a （1）… （2）… run that starts at ``start`` and ends with its paragraph."""
    text, paragraph = doc.text, doc.paragraphs[para_index]
    first = _INLINE_ITEM.match(text[start:paragraph.end])
    if not first:
        return None
    style = first.lastgroup
    markers = []
    for m in _INLINE_ITEM.finditer(text[start:paragraph.end]):
        if m.lastgroup != style:
            continue  # a list of another style nested in an item
        markers.append((start + m.end() - len(m.group().lstrip()), start + m.end()))
    numbers = [_inline_number(text[a:b]) for a, b in markers]
    if numbers != list(range(1, len(numbers) + 1)):
        return None  # a restart or a skip: not one list (the skip is S401's)
    following = doc.paragraphs[para_index + 1] if para_index + 1 < len(doc.paragraphs) else None
    if following is None or _INLINE_ITEM.match(text[following.start:following.end]):
        return None  # the text ends here, or the list goes on in the next paragraph
    return tuple(markers)


def _inline_number(item: str) -> int:
    digits = item.strip("（()）")
    return int(digits) if digits.isascii() else ord(digits) - ord("①") + 1


def _numbered_paragraphs(doc, para_index: int, below: Heading | None = None) -> tuple[tuple[int, int], ...] | None:
    """The markers of the numbered paragraphs from ``para_index`` on: 1.… 2.… up to a heading of
    a higher level or a list that starts again from 1; under a heading ``below``, only its own
    subheadings (of a lower level) are items."""
    if para_index >= len(doc.paragraphs):
        return None
    headings = doc.headings
    at = bisect_left(headings, doc.paragraphs[para_index].start, key=_start)
    if at == len(headings) or headings[at].paragraph != para_index:
        return None
    first = headings[at]
    if first.style not in ("cn_paren", "arabic", "arabic_paren") or first.number != 1:
        return None
    if below is not None and LEVELS[first.style] <= LEVELS[below.style]:
        return None
    run = [first]
    for h in headings[at + 1:]:
        if h.style == "shi" or h.style in LEVELS and LEVELS[h.style] > LEVELS[first.style]:
            continue  # an item's own list
        if h.style != first.style or h.number == 1:
            return tuple((r.marker_start, r.marker_end) for r in run)
        if h.number != run[-1].number + 1:
            return None  # a skip or a repeat: S401's
        run.append(h)
    return None
