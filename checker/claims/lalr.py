"""A lean LALR loop for the claims parser: lark's own parse table, contextual lexer states and
rule callbacks, driven without lark's per-parse objects (lexer thread, line counter, parser
state), which cost more than the parse of a short window itself.

It answers what ``Lark.parse`` answers — the same tokens from the same scanner of each parser
state, the same reductions in the same order, the same callbacks — and where lark raises
``UnexpectedInput``, it raises ``Rejected`` with the position lark's error points at (where no
terminal matched, or where the unexpected token starts; at the end of the window, the start of
the last token, which lark lends its end-of-input token).
"""

from __future__ import annotations

from lark import Lark, Token
from lark.parsers.lalr_analysis import Shift
from lark.visitors import _vargs_inline


class Rejected(Exception):
    """The window is not a claim from its start to its end; ``cut`` is where it went wrong."""

    def __init__(self, cut: int):
        self.cut = cut


class LeanParser:
    """``parse(text)`` returns what ``lark_parser.parse(text)`` returns (an LALR parser with the
    contextual lexer, no postlexer and no ignored terminals)."""

    def __init__(self, lark_parser: Lark):
        frontend = lark_parser.parser
        assert not lark_parser.lexer_conf.ignore and lark_parser.options.postlex is None
        parser = frontend.parser.parser
        (start,) = lark_parser.options.start
        table = parser.parse_table
        self._states = table.states
        self._start = table.start_states[start]
        self._end = table.end_states[start]
        self._callbacks = parser.callbacks
        self._inline = _inline_methods(lark_parser)
        self._lexers = frontend.lexer.lexers
        self._scanners: dict = {}

    def _scanner(self, state):
        """The compiled alternations and token callbacks of the lexer of ``state``."""
        lexer = self._lexers[state]
        scanner = lexer.scanner  # built on first use; it also builds lexer.callback
        found = self._scanners[state] = (scanner._mres, lexer.callback)
        return found

    def parse(self, text: str):
        states, callbacks, inline, end_state = self._states, self._callbacks, self._inline, self._end
        new_token = Token._future_new  # Token() less its check for a deprecated keyword
        state_stack = [self._start]
        value_stack: list = []
        pos, size = 0, len(text)
        last_start = 0
        while True:
            if pos < size:
                state = state_stack[-1]
                mres, token_callbacks = self._scanners.get(state) or self._scanner(state)
                for mre in mres:
                    match = mre.match(text, pos)
                    if match:
                        break
                else:
                    raise Rejected(pos)
                value = match.group(0)
                token = new_token(match.lastgroup, value, pos, None, None, None, None, pos + len(value))
                if token.type in token_callbacks:
                    token = token_callbacks[token.type](token)
                last_start, pos = pos, pos + len(value)
                token_type = token.type
            else:
                token, token_type = None, "$END"
            while True:
                action = states[state_stack[-1]].get(token_type)
                if action is None:
                    raise Rejected(last_start)
                kind, arg = action
                if kind is Shift:
                    state_stack.append(arg)
                    value_stack.append(callbacks[token_type](token) if token_type in callbacks else token)
                    break
                size_of_rule = len(arg.expansion)
                if size_of_rule:
                    children = value_stack[-size_of_rule:]
                    del state_stack[-size_of_rule:]
                    del value_stack[-size_of_rule:]
                else:
                    children = []
                method = inline.get(arg)
                value_stack.append(method(*children) if method is not None else callbacks[arg](children))
                state_stack.append(states[state_stack[-1]][arg.origin.name][1])
                if token is None and state_stack[-1] == end_state:
                    return value_stack[-1]


def _inline_methods(lark_parser: Lark) -> dict:
    """The transformer method of each rule whose callback only spreads the children over it
    (``@v_args(inline=True)``, no child filter, no position propagation): called directly, it
    saves lark's three wrapper frames on every reduction."""
    transformer = lark_parser.options.transformer
    methods = {}
    for rule, wrappers in lark_parser._parse_tree_builder.rule_builders:
        name = rule.alias or rule.options.template_source or rule.origin.name
        method = getattr(transformer, name, None)
        if not wrappers and getattr(method, "visit_wrapper", None) is _vargs_inline:
            methods[rule] = method.base_func
    return methods
