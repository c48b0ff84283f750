"""Find the statements of a run of tokens with the LALR grammar ``grammars/statements.lark``.

Each shape of the grammar is a start symbol. A shape is tried at every token that may begin it
(its FIRST set, read from the parse table) and only where a token it cannot do without comes
later in the paragraph (``NEEDS``: a change needs a verb, a breakdown 其中 or a parenthesis …),
which keeps the number of attempts close to the number of claims. Tokens are fed one by one to
Lark's interactive parser until the next one is not acceptable; the statement is the longest run
after which the shape could end (the parser prefers to shift, so a list goes on while it can).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Iterator, Sequence

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedToken

from checker.resources import data_dir
from checker.statements.tokens import Tok

SHAPES = ("level_change", "from_to", "gap", "structure", "breakdown", "sum_after", "paired", "share_run")
# At least one of these must follow a shape's first token in the paragraph.
NEEDS = {
    "level_change": {"UP", "DOWN"},
    "from_to": {"UPTO", "DOWNTO", "TO"},
    "gap": {"GAP"},
    "structure": {"RATIO"},
    "breakdown": {"QIZHONG", "LPAR", "FENBIE", "INCLUDE"},
    "sum_after": {"TOTAL"},
    "paired": {"FENBIE"},
    "share_run": {"ZHAN", "SHARE"},
}
# Shapes that open a clause: tried only at the first token of a paragraph or after a separator.
CLAUSE_OPENERS = {"sum_after", "paired", "share_run"}
_SEPARATORS = {"COMMA", "SEMI", "END", "COLON"}
# The most tokens one statement is read over (a bulletin's longest 其中 list is some 60): a
# paragraph with no sentence end costs no more per statement than a short one.
LONGEST = 150


@dataclass(frozen=True, slots=True)
class Parsed:
    """A shape found at ``tokens[first:last + 1]``, with its tree (tokens' ``start_pos`` is their
    index in the paragraph's tokens)."""

    shape: str
    first: int
    last: int
    tree: Tree


@cache
def statements_parser() -> Lark:
    grammar = (data_dir("grammars") / "statements.lark").read_text(encoding="utf-8")
    return Lark(grammar, parser="lalr", lexer="basic", start=list(SHAPES))


@cache
def first_sets() -> dict[str, frozenset[str]]:
    parser = statements_parser()
    return {shape: frozenset(k for k in parser.parse_interactive(start=shape).choices() if k.isupper())
            for shape in SHAPES}


def find_shapes(tokens: Sequence[Tok]) -> Iterator[Parsed]:
    """Every shape found in one paragraph's tokens, by start token."""
    firsts = first_sets()
    last_of: dict[str, int] = {}
    for i, t in enumerate(tokens):
        last_of[t.type] = i
    for i, token in enumerate(tokens):
        opens_clause = i == 0 or tokens[i - 1].type in _SEPARATORS
        for shape in SHAPES:
            if (token.type in firsts[shape] and (opens_clause or shape not in CLAUSE_OPENERS)
                    and any(last_of.get(n, -1) > i for n in NEEDS[shape])):
                found = _longest(shape, tokens, i)
                if found:
                    yield found


def _longest(shape: str, tokens: Sequence[Tok], first: int) -> Parsed | None:
    parser = statements_parser().parse_interactive(start=shape)
    ends = []  # the tokens after which the table allows the shape to end
    for k in range(first, min(len(tokens), first + LONGEST)):
        if not _feed(parser, tokens, k):
            break
        if "$END" in parser.choices():
            ends.append(k)
    # LALR's merged states may offer an end that a reduction then refuses: try the next shorter.
    # Each end is parsed afresh: the tree builder extends its lists in place, so a copied parser
    # would share them.
    for last in reversed(ends):
        parser = statements_parser().parse_interactive(start=shape)
        if all(_feed(parser, tokens, k) for k in range(first, last + 1)):
            try:
                return Parsed(shape, first, last, parser.feed_eof())
            except UnexpectedToken:
                continue
    return None


def _feed(parser, tokens: Sequence[Tok], k: int) -> bool:
    """Feed token ``k``; False when the shape cannot take it."""
    t = tokens[k]
    if t.type not in parser.choices():
        return False
    try:
        parser.feed_token(Token(t.type, t.text, start_pos=k))
    except UnexpectedToken:  # a reduction the merged state offered, then refused
        return False
    return True
