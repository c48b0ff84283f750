"""Adversarial inputs: texts built by repeating one short piece, each aimed at a place where the
cost of a check could grow faster than the input (a backtracking pattern, a search back from
every claim, a scan of every heading for every paragraph, a finding for every character).

Shared by tests/test_adversarial.py (time grows linearly, memory stays bounded) and
bench/adversarial.py (the table of times at 8/32/128 KB).
"""

from __future__ import annotations

# name -> the piece repeated; a piece ending in \n makes one paragraph a piece, the others make
# one long line.
INPUTS = {
    "cn-numerals": "十二三四五",  # a Chinese numeral run with 十 inside: the claim pre-scan
    "long-line": "全班学生45人，及格率91.2%，",  # percentages in one sentence: their wholes
    "breakdowns": "共有学校120所，其中小学80所、初中40所，",
    "numbers": "12，3.5%，",
    "digits": "1234567890",
    "dun": "、",
    "qizhong": "其中",
    "percent": "%",
    "open-paren": "（",
    "open-quote": "“",
    "headings": "一、工作\n",  # bare heading lines: the truncation rule
    "heading-claims": "（一）新建学校3所\n",  # a claim in every heading line: enumerations
    "shi-runs": "重点抓好三件事：一是稳就业，二是保民生，三是促发展，",
    "kind-shares": "普惠性幼儿园47所，占总数的68.1%，",  # the whole of a share's kind: a search back
    "structures": "第一产业增加值2亿元，三次产业结构为9.6:41.2:49.2，",  # levels of a structure's parts
    "table-rows": "项目 | 1200 | 3.5 |\n",  # one pipe table of thousands of rows: its wholes and parts
    "rate-mismatches": "学生45人，及格学生40人，及格率91.2%，",  # a wrong rate each piece: what vouches for its counts
    "bare-lists": "装机规模1200、",  # a 、-list of bare items with no clause end: the list read after each
    "growth-points": "产值同比增长1个百分点",  # a growth in points with no clause mark: the clause read back
    "spaced-words": "补助水 平达到",  # a space inside a word in one long line: segmentation at each gap
    "year-runons": "学位建设2022年，",  # a year opening a sentence after a 汉字
    "indicator-names": "卫生技术人员医生技术人员城镇失业登记率注册护士书，",  # slips of names: every window a candidate
    "numbered-rows": "一、收入 | 300 | 5.0 |\n1、甲 | 120 | 4.1 |\n（1）乙 | 70 | 2.2 |\n",  # blocks in blocks
}


def adversarial_text(name: str, size: int) -> str:
    """Input ``name`` repeated to at least ``size`` bytes of UTF-8."""
    piece = INPUTS[name]
    return piece * -(-size // len(piece.encode("utf-8")))
