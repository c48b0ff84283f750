"""Numbers damaged on the way from a PDF, a scan or a web page: OCR letters among the digits,
lookalike symbols, a lost or doubled separator, a number broken over a line or a page."""

from __future__ import annotations

import re

from checker.checks.base import Message, Rule
from checker.findings import Severity

_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_NOT_AFTER_LETTER = r"(?<![A-Za-z])"
# Each shape: (variant, what every match contains, pattern, replacement of the flagged text or
# None when a reader must restore the figure). Matches are tried in this order; the first to
# claim a span keeps it. A pattern led by a look-behind is tried at every character of the text,
# so it runs only on a text where the cheap search for what it needs finds something.
_SHAPES: tuple[tuple[str, re.Pattern, re.Pattern, object], ...] = (
    # 14..3%: a decimal point typed twice
    ("points", re.compile(r"\.\."), re.compile(r"(?<![\d.])\d+\.{2,}\d+"), lambda s: re.sub(r"\.+", ".", s)),
    # 76２, 10.７: one full-width digit among ASCII digits (or the other way round)
    ("width", re.compile(r"[０-９]"), re.compile(r"(?<![0-9０-９.．])[0-9０-９.．]*(?:[0-9][.．]?[０-９]|[０-９][.．]?[0-9])[0-9０-９.．]*"), lambda s: s.translate(_FULL_WIDTH)),
    # 8O万人, l2O0人, O.2个, 35所O: the letters O and l read for 0 and 1 among digits
    ("letter", re.compile(r"[OolI]"), re.compile(_NOT_AFTER_LETTER + r"(?:[lI](?=\d)[\dOol]*\d[\dOol]*|(?<!\d)\d+[Oo][\dOo]*|(?<!\d)\d+l[\dOol]*|(?<![\d.])[Oo]\.\d+)"
                          r"(?=[万亿千百]?[\u4e00-\u9fff%％])"),
     lambda s: s.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")),
    # 3.2%5.1%: figures of a list run together once the separators were lost
    ("fused", re.compile(r"[%％]\d"), re.compile(r"(?<![\d.])\d+(?:\.\d+)?[%％](?=\d)"), None),
    # 12.6431.8055.56: several decimals fused into one figure (not a date 2022.05.16, nor a
    # news site's 09.12.2014 day, month and year, or 12.09.2014 month first)
    ("fused", re.compile(r"\.\d\d+\.\d\d"), re.compile(
        r"(?<![\d.A-Za-z])(?!(?:19|20)\d\d\.[01]?\d\.[0-3]?\d(?!\d))"
        r"(?!(?:[0-3]?\d\.[01]?\d|[01]?\d\.[0-3]?\d)\.(?:19|20)\d\d(?![\d.]))\d+\.\d{2,}\.\d{2,}[\d.]*"), None),
    # 4040404040座, 44444444项: a short count repeated into a figure of eight digits or more
    ("repeated", re.compile(r"\d{8}"), re.compile(r"(?<![\d.])(?=\d{8})(\d{1,4}?)\1{2,}(?![\d.])"), None),
    # 740740多万, 10001000万千瓦, 83783783份: a figure of three or four digits typed twice or
    # more, perhaps with the start of a further copy (837 837 83), before its unit
    ("repeated", re.compile(r"\d{6}"), re.compile(
        r"(?<![\d.A-Za-z])((\d)(\d)(\d)(\d)?)\1+(?:\2(?:\3\4?)?)?(?![\d.])(?=[万亿千百]?[\u4e00-\u9fff%％])"), None),
    # 3·6%, 4。2亿元, 4．2%: a middle dot, a full stop or a full-width point for the decimal point
    ("decimal", re.compile(r"\d[·•。．]\d"), re.compile(r"(?<![\d·。．])\d+[·•。．](?=\d+(?:[%％‰]|[万亿]?元|[万亿]))\d+"),
     lambda s: re.sub(r"[·•。．]", ".", s)),
    # ℅ (care of) or the small ﹪ for %, %o for ‰; but an o after % that runs into the next sentence is an
    # OCR'd full stop (5.4%o图2近五年…: 5.4%。)
    ("symbol", re.compile("[℅﹪]"), re.compile(r"(?<=\d)[℅﹪]"), "%"),
    ("stop", re.compile(r"[%％][oO]"), re.compile(r"(?<=\d[%％])[oO](?=[\u4e00-\u9fff.\d])"), "。"),
    ("symbol", re.compile(r"[%％][oO]"), re.compile(r"(?<=\d)[%％][oO](?![A-Za-z])"), "‰"),
    # 4.4‰%, 9.1%‰: two signs after one figure, one of them left from an edit or a bad OCR
    ("signs", re.compile(r"[%％‰][%％‰]"), re.compile(r"(?<![\d.])\d+(?:\.\d+)?[%％‰]{2}"), None),
    # 22公6顷: a digit inside a unit (公顷, 公里, 公斤), the figure's digits scattered by a paste
    ("split", re.compile(r"公\d"), re.compile(r"(?<![\d.])\d+(?:\.\d+)?公\d+[顷里斤]"), None),
)
# A number broken by a line break, perhaps with a page counter between the halves: the line
# ends with a Chinese character and digits, the next line goes on with digits and a unit — or
# with the decimals, after a sharing site's chunk number (货运周转量38⏎2、.4亿吨公里).
_BROKEN = re.compile(r"(?<=[\u4e00-\u9fff])(\d+\.?)[ \t]*\n(?:\s*[-—－] ?\d{1,3} ?[-—－][ \t]*\n)?\s*"
                     r"(?:\d{1,3}、(?=\.\d))?(\d[\d.]*|(?<=、)\.\d[\d.]*)")
_LINE_ENDS_WITH_DIGITS = re.compile(r"\d\.?[ \t]*\n")
# A long run of digits, for the values of a chart's axis fused into one (80706050403020100).
_DIGIT_RUN = re.compile(r"(?<![\d.])\d{10,}(?![\d.])")
_TEN_DIGITS = re.compile(r"\d{10}")


def is_fused_series(digits: str) -> bool:
    """True when ``digits`` are at least five numbers of one width in an arithmetic series,
    perhaps ending with a shorter last one (80 70 … 10 0): the tick values of a chart axis."""
    for width in (1, 2, 3):
        cut = len(digits) - len(digits) % width
        parts = [int(digits[i:i + width]) for i in range(0, cut, width)]
        if cut < len(digits):
            parts.append(int(digits[cut:]))
        steps = {b - a for a, b in zip(parts, parts[1:])}
        if len(parts) >= 5 and len(steps) == 1 and 0 not in steps:
            return True
    return False


# 〞 (a low double prime) closing a quotation opened with “.
_PRIME_QUOTE = re.compile(r"“[^”〞\n]{0,40}(〞)")


class N107(Rule):
    """What it finds: a number damaged on its way from a PDF, a scan or a web page —

    - a doubled decimal point: "14..3%";
    - one full-width digit among ASCII digits: "76２亿元", "10.７%";
    - letters read for digits by OCR: "8O万人", "l2O0人";
    - lookalike symbols: ℅ (care of) for %, "%o" for ‰, and 〞 closing a “quotation; an "o"
      after % that runs into the next sentence ("失业率5.4%o图2…") is a full stop OCR misread;
    - a middle dot or a full stop as the decimal point: "3·6%", "4。2亿元" (not a date
      name such as "3·15");
    - figures run together when their separators were lost: "3.2%5.1%", "12.6431.8055.56"
      (not a date written with dots: 2022.05.16, a news site's 09.12.2014);
    - the tick values of a chart axis fused into one figure: "单位：万人80706050403020100";
    - a short count repeated into a long figure: "40404040座" (40座);
    - two signs after one figure: "4.4‰%", "9.1%‰" (variant ``signs``), and a digit inside its
      unit: "22公6顷" (variant ``split``);
    - a number broken over a line or a page: "312.\\n56万元", "2\\n- 4 -\\n6.8亿元", and by a sharing
      site's chunk number: "38\\n2、.4亿吨公里".

    Why it matters: each reads as a different number or as none; the figure must be taken again
    from the source.

    Options: none. The units after a broken number are the units of ``rules/units.toml``.
    """

    code = "N107"
    name = "damaged-number"
    category = "numbers"
    severity = Severity.ERROR
    title = Message("数字损坏", "damaged number")
    messages = {
        "points": Message("“{text}”有两个连续的小数点", "“{text}” has a doubled decimal point"),
        "width": Message("“{text}”中混有全角数字", "“{text}” mixes full-width and ASCII digits"),
        "letter": Message("“{text}”中有字母混入数字（O 应为 0，l 应为 1）",
                          "“{text}” has letters among its digits (O for 0, l for 1)"),
        "symbol": Message("“{text}”用了形近符号", "“{text}” uses a lookalike symbol"),
        "decimal": Message("“{text}”的小数点写成了“·”“。”或全角“．”", "“{text}” has ·, 。 or a full-width ． for its decimal point"),
        "fused": Message("“{text}”是几个数字连在了一起", "“{text}” is several figures run together"),
        "repeated": Message("“{text}”是一个短数字重复了几遍", "“{text}” is a short figure repeated several times"),
        "broken": Message("数字“{text}”被换行或页码断开", "the number “{text}” is broken by a line or page break"),
        "stop": Message("“%”后的“{text}”疑为识别错的句号", "the “{text}” after % looks like an OCR'd full stop"),
        "signs": Message("“{text}”连写了两个百分号或千分号", "“{text}” has two percent or per-mille signs"),
        "split": Message("“{text}”的单位中间夹着数字", "“{text}” has a digit inside its unit"),
    }
    help = {
        "points": Message("写作“{fixed}”", "write “{fixed}”"),
        "width": Message("统一用半角数字：“{fixed}”", "use ASCII digits: “{fixed}”"),
        "letter": Message("核对原文，应为“{fixed}”", "check the source: “{fixed}”"),
        "symbol": Message("改为“{fixed}”", "write “{fixed}”"),
        "decimal": Message("写作“{fixed}”", "write “{fixed}”"),
        "fused": Message("核对原文，补上数字之间的分隔（、或；）", "check the source and restore the separators"),
        "repeated": Message("核对原文，改正数字", "check the source figure"),
        "broken": Message("把断开的数字接起来：“{fixed}”", "join the number: “{fixed}”"),
        "stop": Message("核对原文，应为“。”", "check the source: 。"),
        "signs": Message("核对原文，只留一个符号", "check the source and keep one sign"),
        "split": Message("核对原文，把数字移回单位之前", "check the source and put the digits before the unit"),
    }
    flagged = (
        "原煤产量同比下降14..3%。",
        "实现营业收入76２亿元。",
        "新增就业8O万人。",
        "城镇居民人均消费支出增长5.6℅。",
        "人口自然增长率为2.1%o。",
        "社会消费品零售总额增长3·6%。",
        "三次产业分别增长3.2%5.1%-0.7%。",
        "全年发放生活补贴312.\n56万元。",
        "主持人说“共建美丽家园〞。",
    )
    clean = (
        "原煤产量同比下降14.3%。",
        "开展“3·15”消费者权益日活动。",
        "三次产业分别增长3.2%、5.1%和-0.7%。",
        "推广O2O模式，建设5G基站，IPv6全面部署。",
        "下降5%-10%。",
        "2022.05.16发布。",
        "一、发展成就\n2\n3",
        "实现营业收入７６２亿元。",
        "〝双减〞政策落地见效。",
    )

    def check(self, doc):
        text = doc.text
        taken: list[tuple[int, int]] = []
        for variant, needs, pattern, replace in _SHAPES:
            if not needs.search(text):
                continue
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append(m.span())
                fixed = replace if isinstance(replace, str) or replace is None else replace(m.group())
                yield self.finding(m.start(), m.end(), variant, text=m.group(), fixed=fixed or "", fix=fixed)
        for m in _DIGIT_RUN.finditer(text) if _TEN_DIGITS.search(text) else ():
            if is_fused_series(m.group()) and not any(m.start() < e and s < m.end() for s, e in taken):
                yield self.finding(m.start(), m.end(), "fused", text=m.group(), fixed="", fix=None)
        for m in _PRIME_QUOTE.finditer(text):
            yield self.finding(m.start(1), m.end(1), "symbol", text="〞", fixed="”", fix="”")
        yield from self._broken(doc)

    def _broken(self, doc):
        text = doc.text
        for m in _BROKEN.finditer(text) if _LINE_ENDS_WITH_DIGITS.search(text) else ():
            unit = self._unit_at(text, m.end())
            if unit:
                fixed = m.group(1) + m.group(2) + unit
                yield self.finding(m.start(), m.end(), "broken", text=text[m.start():m.end()].replace("\n", "⏎"),
                                   fixed=fixed)

    def _unit_at(self, text: str, at: int) -> str:
        """The unit of rules/units.toml (with 万 or 亿 before it) that starts at ``at``, or ''."""
        rest = text[at:at + 8]
        magnitude = rest[:1] if rest[:1] in "万亿" else ""
        rest = rest[len(magnitude):]
        unit = max((u for u in self.data.units if u and rest.startswith(u) and not u.isdigit()), key=len, default="")
        return magnitude + unit if unit or magnitude else ""
