"""A space inside an amount or between a number and its unit."""

from __future__ import annotations

from checker.checks.base import Message, Rule


def _before_latin(text: str) -> bool:
    """True when the space separates the number from a Latin unit (100 Mbps)."""
    after = text.split()[-1]
    return after[:1].isascii() and after[:1].isalpha()


class N103(Rule):
    """What it finds: a space inside a numeric expression — between the digits and the
    magnitude or unit ("14 万余元", "2021 年度", "35 所"). A space between digits and Latin
    text ("5 G", "Wi-Fi 6") is left alone: that is ordinary mixed-script spacing.

    Why it matters: Chinese government reports set numbers and units solid; a stray space
    usually comes from pasting out of a spreadsheet and looks careless in print.

    Options: none.
    """

    code = "N103"
    name = "number-spacing"
    category = "numbers"
    title = Message("数字与单位之间有空格", "space inside a number")
    messages = {"default": Message("“{text}”中有多余的空格", "stray space in “{text}”")}
    help = Message("删去空格，写作“{fixed}”", "remove the space: “{fixed}”")
    flagged = (
        "本年度共筹集资金36 万余元。",
        "2023 年度考核结果为优秀。",
        "新建校舍12 所。",
        "全年接待来访群众800 人次。",
        "累计完成投资5.6 亿元。",
    )
    clean = (
        "本年度共筹集资金36万余元。",
        "2023年度考核结果为优秀。",
        "全区建成5G基站120个。",
        "全市中小学接入千兆宽带，带宽 100 Mbps 以上的达95%。",
        "新建校舍12所，改扩建8所。",
    )

    def check(self, doc):
        for claim in doc.claims:
            if "spaced" in claim.flags and not _before_latin(claim.text):
                fixed = "".join(claim.text.split())
                yield self.finding(claim.start, claim.end, text=claim.text, fixed=fixed, fix=fixed)
