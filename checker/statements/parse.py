"""Find the statements of a run of tokens with the LALR grammar ``grammars/statements.lark``.

Each shape of the grammar is a start symbol. A shape is tried at every token that may begin it
(its FIRST set, read from the parse table) and only where a token it cannot do without comes
later in the paragraph (``NEEDS``: a change needs a verb, a breakdown 其中 or a parenthesis …),
which keeps the number of attempts close to the number of claims. Tokens are fed one by one to
Lark's interactive parser until the next one is not acceptable; the statement is the longest run
after which the shape could end (the parser prefers to shift, so a list goes on while it can).

The search runs on the parse table alone (a stack of states, no tree); Lark builds the tree once,
for the run found. The parser is kept whole in the user's cache folder (``checker.larkcache``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Iterator, Sequence

from lark import Lark, Token, Tree
from lark.parsers.lalr_analysis import Shift

from checker.resources import data_dir
from checker.statements.tokens import CLAUSE_SEPARATORS, Tok
from checker.stored import stored

SHAPES = ("level_change", "from_to", "since", "gap", "structure", "breakdown", "sum_after", "paired", "share_run")
# At least one of these must follow a shape's first token in the paragraph.
NEEDS = {
    "level_change": {"UP", "DOWN"},
    "from_to": {"UPTO", "DOWNTO", "TO"},
    "since": {"AVG_UP", "AVG_DOWN"},
    "gap": {"GAP"},
    "structure": {"RATIO"},
    "breakdown": {"QIZHONG", "LPAR", "FENBIE", "INCLUDE", "BY", "SORT"},
    "sum_after": {"TOTAL"},
    "paired": {"FENBIE"},
    "share_run": {"ZHAN", "SHARE", "CONTRIB"},
}
# Shapes that open a clause: tried only at the first token of a paragraph or after a separator.
CLAUSE_OPENERS = {"sum_after", "paired", "share_run"}

# The most tokens one statement is read over (a bulletin's longest 其中 list is some 60): a
# paragraph with no sentence end costs no more per statement than a short one.
LONGEST = 150


@dataclass(frozen=True)
class Parsed:
    """A shape found at ``tokens[first:last + 1]``, with its tree (tokens' ``start_pos`` is their
    index in the paragraph's tokens), built when first asked for: most runs found are the tail
    of a longer one and are never built."""

    shape: str
    first: int
    last: int
    tokens: Sequence[Tok] = field(repr=False, compare=False)

    @cached_property
    def tree(self) -> Tree:
        return _tree(self.shape, self.tokens, self.first, self.last)


@cache
def statements_parser() -> Lark:
    from checker.larkcache import cached_lark

    grammar = (data_dir("grammars") / "statements.lark").read_text(encoding="utf-8")
    return cached_lark(grammar, parser="lalr", lexer="basic", start=list(SHAPES), cache=True)


@cache
@stored
def first_sets() -> dict[str, frozenset[str]]:
    parser = statements_parser()
    return {shape: frozenset(k for k in parser.parse_interactive(start=shape).choices() if k.isupper())
            for shape in SHAPES}


@cache
def _opened_by() -> dict[str, tuple[str, ...]]:
    """The shapes (in the order of ``SHAPES``) that a token of each type may begin."""
    firsts = first_sets()
    kinds = {kind for first in firsts.values() for kind in first}
    return {kind: tuple(shape for shape in SHAPES if kind in firsts[shape]) for kind in kinds}


def find_shapes(tokens: Sequence[Tok]) -> Iterator[Parsed]:
    """Every shape found in one paragraph's tokens, by start token."""
    opened_by = _opened_by()
    last_of: dict[str, int] = {}
    for i, t in enumerate(tokens):
        last_of[t.type] = i
    # the last token each shape cannot do without
    needed = {shape: max(last_of.get(n, -1) for n in NEEDS[shape]) for shape in SHAPES}
    types = [t.type for t in tokens]
    reach = max(needed.values())  # no shape starts at or after the last token it needs
    for i in range(max(reach, 0)):
        kind = types[i]
        opens_clause = i == 0 or types[i - 1] in CLAUSE_SEPARATORS
        for shape in opened_by.get(kind, ()):
            if needed[shape] > i and (opens_clause or shape not in CLAUSE_OPENERS):
                last = _longest_end(shape, types, i)
                if last is not None:
                    yield Parsed(shape, i, last, tokens)


def _longest_end(shape: str, types: Sequence[str], first: int) -> int | None:
    """The last token of the longest run from ``first`` that the shape accepts, or None.

    Tokens are fed while the table accepts them; after each, where the table allows the shape
    to end, ending is tried on a copy of the stack (LALR's merged states may offer an end that a
    reduction then refuses)."""
    states, starts, ends = _table()
    end_state = ends[shape]
    stack = [starts[shape]]
    best = None
    for k in range(first, min(len(types), first + LONGEST)):
        if not _shift(states, stack, types[k]):
            break
        if "$END" in states[stack[-1]] and _ends(states, list(stack), end_state):
            best = k
    return best


@cache
@stored
def _table() -> tuple[dict, dict, dict]:
    """The parse table's states, each action as ``(True, next state)`` for a shift and
    ``(False, (size, rule name))`` for a reduction (lark's Rule objects hash in Python, at every
    step), with the start and end state of each shape."""
    table = statements_parser().parser.parser._parse_table
    states = {state: {kind: (True, arg) if op is Shift else (False, (len(arg.expansion), arg.origin.name))
                      for kind, (op, arg) in actions.items()}
              for state, actions in table.states.items()}
    return states, table.start_states, table.end_states


def _shift(states, stack: list, kind: str) -> bool:
    """Reduce as the table says, then shift a token of type ``kind``; False when refused (the
    stack is then spoilt)."""
    while True:
        action = states[stack[-1]].get(kind)
        if action is None:
            return False
        shift, arg = action
        if shift:
            stack.append(arg)
            return True
        _reduce(states, stack, arg)


def _ends(states, stack: list, end_state) -> bool:
    """Whether the shape can end here: reductions on the end of input reach ``end_state``."""
    while True:
        action = states[stack[-1]].get("$END")
        if action is None or action[0]:
            return False
        _reduce(states, stack, action[1])
        if stack[-1] == end_state:
            return True


def _reduce(states, stack: list, rule: tuple[int, str]) -> None:
    size, name = rule
    if size:
        del stack[-size:]
    stack.append(states[stack[-1]][name][1])


def _tree(shape: str, tokens: Sequence[Tok], first: int, last: int) -> Tree:
    """Lark's tree of ``tokens[first:last + 1]``, a run the table accepts as ``shape``."""
    parser = statements_parser().parse_interactive(start=shape)
    for k in range(first, last + 1):
        t = tokens[k]
        parser.feed_token(Token(t.type, t.text, start_pos=k))
    return parser.feed_eof()
