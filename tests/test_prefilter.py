"""The prefiltered pattern matches exactly what the pattern matches, and adds its lookahead only
where the first characters can be told."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.config import default_rule_data
from checker.prefilter import may_match, prefiltered, required_words

PATTERNS = [
    r"(?<![A-Za-z])[Xx×]{2,}(?![A-Za-z])",
    r"(?<=[\u4e00-\u9fff])[xX×](?=[万亿%])|待(?:补充|定)",
    r"[0-9]{0,3}[Xx]{1,2}(?=[年月])",
    r"(?:某某|请)?填写|□{2,}",
    r"[^\s，。]{1,4}\.(?:docx?|pdf)",
    r"\b[A-Z]+\d*|\s+,",
    r"(a|b?)c+|(?>d+)e",
    r"[^a-c]b|x*?y",
]
ALPHABET = "abcdexyXY×0123年月万%某请填写待补充定□，。 .docpdfA-Z1\n"


@settings(max_examples=300, deadline=None)
@given(pattern=st.sampled_from(PATTERNS), text=st.text(alphabet=ALPHABET, max_size=40))
def test_same_matches(pattern, text):
    expected = [(m.span(), m.groups()) for m in re.finditer(pattern, text)]
    assert [(m.span(), m.groups()) for m in prefiltered(pattern).finditer(text)] == expected


@pytest.mark.parametrize("pattern, lookahead", [
    (r"(?<![A-Za-z])[Xx×]{2,}", "(?=[Xx×])"),
    (r"[0-9]{0,3}[Xx]{1,2}|待定", "(?=[0-9Xx待])"),
    (r"(a|b?)c", "(?=[abc])"),
    (r"[^a]b|\dx", r"(?=[\d]|[^a])"),
])
def test_lookahead_of_first_characters(pattern, lookahead):
    assert prefiltered(pattern).pattern == f"{lookahead}(?:{pattern})"


@pytest.mark.parametrize("pattern", [
    r"a*",  # matches the empty string anywhere
    r"(?:x|)",
    r".b",  # any character may start it
    r"(?i:a)b",  # a flag inside
    r"(?m)^a",  # a global flag, which must open the pattern
    r"(a?)\1b",  # a back reference may start it
])
def test_kept_as_is(pattern):
    assert prefiltered(pattern).pattern == pattern


def test_placeholder_pattern_gets_a_lookahead():
    """T302's alternatives open with lookbehinds, which turn off re's own fast skip."""
    data = default_rule_data()
    pattern = "|".join([*data.placeholder_patterns, *map(re.escape, data.placeholder_words)])
    assert prefiltered(pattern).pattern.startswith("(?=[")


REQUIRED = [
    r"ab(?:cd|ef)g",
    r"(?:第|共) ?\d{1,2} ?页",
    r"[^\s，]{1,6}\.(?:docx?|pdf)",
    r"\S{0,3}(?:公网安备|ICP备) *\d+号",
    r"https?://\w+|www\.\w+",
    r"x?abc|(?i:q)d",
]
TEXT = "abcdefg第共页 12，.docpdf公网安备ICP备号http://www.xyzQqd"


@settings(max_examples=300, deadline=None)
@given(pattern=st.sampled_from(REQUIRED), text=st.text(alphabet=TEXT, max_size=30))
def test_a_text_that_matches_holds_the_required_words(pattern, text):
    if re.search(pattern, text):
        assert may_match(text, required_words(pattern))


@pytest.mark.parametrize("pattern, words", [
    (r"ab(?:cd|ef)g", [{"ab"}, {"cd", "ef"}, {"g"}]),
    (r"[^\s，]{1,6}\.(?:docx?|pdf)", [{"."}, {"doc", "pdf"}]),
    (r"https?://\w+|www\.\w+", [{"http", "www."}]),
    (r"(?:ab)?cd|e", []),  # an alternative opens with an optional group: nothing known
    (r"(?i)abc", []),  # a literal that may match in other case
    (r"(?i:ab)c", [{"c"}]),
])
def test_required_words(pattern, words):
    assert [set(w) for w in required_words(pattern)] == words


def test_a_shape_needing_words_is_not_searched_without_them():
    from checker.checks.T303 import _shape_patterns

    shapes = _shape_patterns(default_rule_data().debris_shapes)
    registration = next(required for _, required in shapes if frozenset({"公网安备", "ICP备", "ICP证"}) in required)
    assert not may_match("全年完成投资3.5亿元，编号增长6.2%。", registration)
    assert may_match("沪公网安备31010402000号", registration)
