"""The prefiltered pattern matches exactly what the pattern matches, and adds its lookahead only
where the first characters can be told."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.config import default_rule_data
from checker.prefilter import prefiltered

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
