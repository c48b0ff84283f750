"""Load the claims grammar: grammars/claims.lark plus the UNIT and IDIOM terminals built from
the rule data. The LALR tables are cached by lark (keyed on the full grammar text), so a cold
start loads them instead of building them."""

from __future__ import annotations

from functools import cache

from lark import Lark

from checker.claims.build import BUILDER
from checker.config import RuleData
from checker.resources import data_dir
from checker.wordtrie import word_pattern

# Terminals the grammar itself spells; a lexicon entry equal to one of them would shadow it.
_GRAMMAR_WORDS = {"年", "年度", "月", "月份", "日", "号", "%", "‰", "倍", "成", "个百分点", "百分点"}


def _alternation(words) -> str:
    """The longest of ``words``, as a trie (much faster to lex than a plain alternation)."""
    return word_pattern(words).replace("/", r"\/")  # / ends a lark regex


def grammar_text(data: RuleData) -> str:
    base = (data_dir("grammars") / "claims.lark").read_text(encoding="utf-8")
    units = [u for u in data.units if u not in _GRAMMAR_WORDS]
    return (
        f"{base}\n// generated from rules/units.toml and rules/idioms.toml\n"
        f"UNIT.2: /(?!{_alternation(data.not_units)})(?:{_alternation(units)})/\n"
        f"IDIOM.5: /(?:{_alternation(data.idioms)})/\n"
    )


@cache
def claims_parser(data: RuleData) -> Lark:
    """The parser; its result is built by ``ClaimBuilder`` as the parse reduces, with no tree."""
    return Lark(grammar_text(data), parser="lalr", lexer="contextual", transformer=BUILDER, cache=True)
