"""The lean LALR loop answers what lark's own parse answers: the same claim, or a rejection at the
position lark's error points at (where the extractor cuts the window and tries again)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark
from lark import Lark
from lark.exceptions import UnexpectedCharacters, UnexpectedInput

from checker.claims.extract import REMEMBERED, _window_parser
from checker.claims.grammar import claims_parser, grammar_text
from checker.claims.lalr import LeanParser, Rejected
from checker.config import default_rule_data

DATA = default_rule_data()
LARK = claims_parser(DATA)
LEAN = LeanParser(LARK)
CLAIM_ONLY = Lark(grammar_text(DATA), parser="lalr", lexer="contextual", start="claim")

# Pieces of report text that start, extend, break or end a claim, shuffled into windows.
_PIECES = ["3", "17", "2.5", ",", "1,460", "万", "亿", "余", "多", "名", "个", "百分点", "个百分点", "%", "‰",
           "年", "月", "日", "2021-07-24", "-", "至", "—", "约", "超过", "以上", "左右", "第", "三", "十四五",
           "进一步", "上半年", "分之", "点", "成", "/", "+", "·", "G", " ", "，", "。", "全县", "（", "元"]


def _lark_answer(window: str):
    try:
        parsed, rest = LARK.parse(window)
    except UnexpectedInput as error:
        cut = error.pos_in_stream if isinstance(error, UnexpectedCharacters) else error.token.start_pos
        return "rejected", cut
    return repr(parsed), rest


def _lean_answer(window: str):
    try:
        parsed, rest = LEAN.parse(window)
    except Rejected as error:
        return "rejected", error.cut
    return repr(parsed), rest


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join))
def test_lean_parse_is_lark_parse_on_pieces_of_reports(window):
    assert _lean_answer(window) == _lark_answer(window)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(from_lark(CLAIM_ONLY, start="claim"), st.sampled_from(["", "，全县", "以上", "-", "年"]))
def test_lean_parse_is_lark_parse_on_claims_of_the_grammar(claim, after):
    assert _lean_answer(claim + after) == _lark_answer(claim + after)


def test_a_rejection_points_where_lark_points():
    # no terminal matches 全 after "48.": cut there; "48." then ends after a dot: cut at the dot
    assert _lean_answer("48.全县") == _lark_answer("48.全县") == ("rejected", 3)
    assert _lean_answer("48.") == _lark_answer("48.") == ("rejected", 2)


def test_the_window_parser_is_made_once_per_rule_data():
    """Windows repeated across the documents of a run are parsed once, and only the latest are
    remembered: memory does not grow with the size of the run."""
    assert _window_parser(DATA) is _window_parser(DATA)
    assert _window_parser(DATA).cache_info().maxsize == REMEMBERED <= 4096
