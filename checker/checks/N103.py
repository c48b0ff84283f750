"""A stray space in or around a number: inside an amount, between a number and its unit,
between Chinese text and a number, before punctuation."""

from __future__ import annotations

import re

from checker.checks.base import Message, Rule
from checker.prefilter import prefiltered

_HAN = "\u4e00-\u9fff"
_NUMBER = r"\d+(?:\.\d+)?"
# Words a number names rather than counts after: 表1, 图 2, 第 3 页, 附件 4.
_LABEL = "表图第件"
# A caption opens its line with the table's or chart's number and sets the title apart after
# it: 表1 户籍人口数及其构成, 图2 2020-2024年全市生产总值 — 1 户 is no figure and its unit.
_CAPTION_LABEL = re.compile(r"\s*(?:附)?[表图]\s*$")  # matched from the line start
# A news dateline sets its date apart: 本报讯 3月8日, 新快报讯 1月15日.
_DATELINE = "讯"
# 增加值 18.1亿元: one space between a Chinese word and a number that goes on to its unit (not a
# year opening the text after a title: 统计公报 2019年，…; not a news dateline)
_BEFORE = prefiltered(rf"(?<=[{_HAN}])(?<![{_LABEL}{_DATELINE}]) (?!\d{{4}}年)(?={_NUMBER} ?[万亿]?[{_HAN}%％‰])")
# 8.1 8%, 3 061项, 4704. 3亿元: a space splitting the digits of a number written solid into
# Chinese text (after its decimal point too)
_INSIDE = prefiltered(rf"(?<=[{_HAN}])(?<![{_LABEL}])({_NUMBER}\.?) (\d+(?:\.\d+)?)(?=[万亿]?[{_HAN}%％‰])")
# 113　693份, 86　万亩: a full-width space inside a number or before its unit, in a sentence (a
# full-width space elsewhere on the line is indentation or the layout of a table)
_REST_OF_FIGURE = re.compile(r"[\d.]*[万亿]?[^\s\d]?")
_FULL_WIDTH_SPACE = prefiltered(rf"(?<=[{_HAN}])(?<![{_LABEL}]){_NUMBER}\u3000(?=\d|[万亿]?[{_HAN}%％‰])")
# 12.5% 。, 6.2‰ ，, 43.3% ,: a space between a figure and the punctuation after it (a half-width
# comma or semicolon too, as a copy that folds punctuation writes it)
_BEFORE_PUNCTUATION = prefiltered(r"(?<=[\d%％‰]) +(?=[。，；、：）,;])")
# A line laid out with spaces is a table: a tab, a run of two spaces, a bar, or three figures
# standing apart in a line without the punctuation of a sentence.
_TABLE_LINE = re.compile(r"\t|\S {2,}|\u3000|\||^(?=[^。，；,;]*$)(?:.*?(?:^| )[\d.,%-]+(?= |$)){3}")


def _in_table(text: str, start: int, end: int | None = None) -> bool:
    """True when the line holding offset ``start`` is laid out with spaces as a table — once
    text[start:end] is written solid, when ``end`` is given (a full-width space inside a figure
    is no sign of a table)."""
    end = start if end is None else end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:start] + "".join(text[start:end].split()) + text[end:line_end if line_end >= 0 else len(text)]
    return bool(_TABLE_LINE.search(line))


def _caption_number(text: str, start: int) -> bool:
    """True when the figure at ``start`` is the number of a caption opening its line (表1)."""
    return bool(_CAPTION_LABEL.match(text, text.rfind("\n", 0, start) + 1, start))


def _before_latin(text: str) -> bool:
    """True when the space separates the number from a Latin unit (100 Mbps)."""
    after = text.split()[-1]
    return after[:1].isascii() and after[:1].isalpha()


class N103(Rule):
    """What it finds: a stray space in or around a number — between the digits and the
    magnitude or unit ("14 万余元", "2021 年度", "35 所", "2.3 %"); inside the digits
    ("8.1 8%", "3 061项", "1　200个" with a full-width space, variant ``inside``); between Chinese text and a number
    ("蔬菜产量 2.6万吨", variant ``before``); between a figure and the punctuation after it
    ("12.5% 。", "43.3% ," with a half-width comma or semicolon, variant ``punctuation``). A space between digits and Latin text ("5 G",
    "Wi-Fi 6") is ordinary mixed-script spacing, and lines laid out with spaces as a table
    (tabs, runs of spaces, bars, three figures standing apart) are left alone.

    Why it matters: Chinese government reports set numbers and units solid; a stray space
    usually comes from pasting out of a spreadsheet and looks careless in print.

    Options: none.
    """

    code = "N103"
    name = "number-spacing"
    category = "numbers"
    title = Message("数字与单位之间有空格", "space inside a number")
    messages = {
        "default": Message("“{text}”中有多余的空格", "stray space in “{text}”"),
        "inside": Message("数字“{text}”中间有空格", "a space splits the number “{text}”"),
        "before": Message("“{text}”中数字前有多余的空格", "stray space before the number in “{text}”"),
        "punctuation": Message("“{text}”中标点前有多余的空格", "stray space before the punctuation in “{text}”"),
    }
    help = Message("删去空格，写作“{fixed}”", "remove the space: “{fixed}”")
    flagged = (
        "本年度共筹集资金36 万余元。",
        "2023 年度考核结果为优秀。",
        "新建校舍12 所。",
        "全年接待来访群众800 人次。",
        "累计完成投资5.6 亿元。",
        "蔬菜产量 2.6万吨。",
        "新增专精特新企业1 28家。",
        "新增就业岗位1　200个。",
        "居民消费价格上涨0.8% ，涨幅回落。",
        "工业投资增长11.4% ,高于全部投资。",
    )
    clean = (
        "本年度共筹集资金36万余元。",
        "2023年度考核结果为优秀。",
        "全区建成5G基站120个。",
        "全市中小学接入千兆宽带，带宽 100 Mbps 以上的达95%。",
        "新建校舍12所，改扩建8所。",
        "指标  2023年  2024年\n产量  12.5  13.1",
        "| 粮食 | 12.6 | 万吨 |",
        "表1 2024年主要农产品产量",
        "表2 户籍人口数及其构成",
        "2024年统计公报 2024年，全市经济稳中有进。",
        "Wi-Fi 6 覆盖全校。",
    )

    def check(self, doc):
        text = doc.text
        taken = []
        for claim in doc.claims:
            if ("spaced" in claim.flags and not _before_latin(claim.text) and not _in_table(text, claim.start)
                    and not _caption_number(text, claim.start)):
                fixed = "".join(claim.text.split())
                taken.append((claim.start, claim.end))
                yield self.finding(claim.start, claim.end, text=claim.text, fixed=fixed, fix=fixed)
        for variant, pattern in (("inside", _INSIDE), ("before", _BEFORE), ("punctuation", _BEFORE_PUNCTUATION)):
            for m in pattern.finditer(text):
                start, end = m.span()
                if any(s <= start < e or s < end <= e for s, e in taken) or _in_table(text, start):
                    continue
                taken.append((start, end))
                shown = text[start:end] if variant == "inside" else text[max(0, start - 2):end + 4].strip("\n")
                fixed = "".join(m.group().split())
                yield self.finding(start, end, variant, text=shown, fixed=shown.replace(" ", ""), fix=fixed)
        for m in _FULL_WIDTH_SPACE.finditer(text):
            start, end = m.span()
            if any(s <= start < e or s < end <= e for s, e in taken) or _in_table(text, start, end):
                continue
            shown = text[start:_REST_OF_FIGURE.match(text, end).end()]
            fixed = "".join(shown.split())
            yield self.finding(start, end, "inside", text=shown, fixed=fixed, fix=m.group().rstrip("\u3000"))
