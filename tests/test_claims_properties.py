"""Properties of the claims extractor, on strings generated from the claims grammar and from
number writers (cn2an serves as the oracle for Chinese numerals)."""

from __future__ import annotations

from decimal import Decimal

import cn2an
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark
from lark import Lark

from checker.claims.grammar import grammar_text
from checker.config import default_rule_data
from checker.document import build_document

settings.register_profile("claims", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("claims")

# The claim rule alone: what from_lark generates is one claim, without the REST that follows it.
CLAIM_ONLY = Lark(grammar_text(default_rule_data()), parser="lalr", lexer="contextual", start="claim")
_FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def _claims(text: str):
    return build_document("property.txt", text).claims


def _reading(claim):
    return claim.text, claim.kind, claim.value, claim.lo, claim.hi, claim.unit, claim.bound, claim.date


def _claim_at(text: str, start: int):
    return next((c for c in _claims(text) if c.start == start), None)


# Numerals as reports write them, so that generated claims are meaningful rather than 八千〇六拾.
_NUMERALS = {
    "INT": st.integers(min_value=0, max_value=99999).map(str),
    "GROUPED": st.integers(min_value=1000, max_value=10**9).map("{:,}".format),
    "CN_NUM": st.integers(min_value=1, max_value=10**9).map(cn2an.an2cn),
}


@given(from_lark(CLAIM_ONLY, start="claim", explicit=_NUMERALS))
def test_grammar_strings_read_the_same_twice(expression):
    """A claim found in a generated expression reads the same when its own text is read again."""
    for claim in _claims(f"共有{expression}。"):
        again = _claim_at(f"共有{claim.text}。", 2)
        assert again is not None, claim
        assert _reading(again) == _reading(claim)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_integers_read_back(n):
    cn = cn2an.an2cn(n)
    claim = _claim_at(f"共有{cn}人参加", 2)
    assert claim is not None and claim.text == f"{cn}人"
    assert claim.value == n


@given(st.integers(min_value=0, max_value=99999), st.integers(min_value=0, max_value=999),
       st.sampled_from([("万", 10**4), ("亿", 10**8)]))
def test_arabic_decimals_with_magnitude_read_back(whole, fraction, magnitude):
    word, factor = magnitude
    figure = f"{whole}.{fraction:03d}".rstrip("0").rstrip(".")
    claim = _claim_at(f"投入资金{figure}{word}元，", 4)
    exact = Decimal(figure) * factor
    assert claim.value == (int(exact) if exact == exact.to_integral_value() else float(exact))
    assert claim.unit == "元"


@given(st.from_regex(r"[1-9][0-9]{0,5}(\.[0-9]{1,2})?(%|名|万元|个百分点)", fullmatch=True))
def test_full_width_digits_read_as_ascii(expression):
    ascii_claim = _claim_at(f"全县{expression}，", 2)
    wide_claim = _claim_at(f"全县{expression.translate(_FULL_WIDTH)}，", 2)
    assert (wide_claim.value, wide_claim.unit, wide_claim.kind, wide_claim.end) == (
        ascii_claim.value, ascii_claim.unit, ascii_claim.kind, ascii_claim.end)


_REPORT_ALPHABET = st.one_of(
    st.sampled_from("0123456789０１２３４５６７８９.,:+/ 一二两三四五六七八九十百千零〇壹贰佰仟"
                    "万亿余多近约超过不到逾以上下左右第年月日号底半%％‰-—～至到分之点成倍个百分"
                    "名人次元所项期届岁周天小时平方米“”\"（）《》，。、；：\n\u3000"),
    st.characters(),
)


@given(st.text(alphabet=_REPORT_ALPHABET, max_size=80))
def test_extractor_is_total_and_claims_are_exact_spans(text):
    claims = _claims(text)
    previous_end = 0
    for claim in claims:
        assert claim.text == text[claim.start:claim.end]
        assert previous_end <= claim.start < claim.end
        previous_end = claim.end
