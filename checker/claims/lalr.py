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
        self._states = _resolved(table.states, parser.callbacks, _inline_methods(lark_parser))
        self._start = table.start_states[start]
        self._end = table.end_states[start]
        self._callbacks = parser.callbacks
        self._lexers = frontend.lexer.lexers
        self._scanners: dict = {}

    def _scanner(self, state):
        """The compiled alternations and token callbacks of the lexer of ``state``."""
        lexer = self._lexers[state]
        scanner = lexer.scanner  # built on first use; it also builds lexer.callback
        found = self._scanners[state] = (scanner._mres, lexer.callback)
        return found

    def parse(self, text: str):
        states, callbacks, end_state, scanners = self._states, self._callbacks, self._end, self._scanners
        new_token = Token._future_new  # Token() less its check for a deprecated keyword
        state_stack = [self._start]
        value_stack: list = []
        pos, size = 0, len(text)
        last_start = 0
        while True:
            if pos < size:
                state = state_stack[-1]
                mres, token_callbacks = scanners.get(state) or self._scanner(state)
                for mre in mres:
                    match = mre.match(text, pos)
                    if match:
                        break
                else:
                    raise Rejected(pos)
                value, token_type = match.group(0), match.lastgroup
                last_start, pos = pos, pos + len(value)
                token = new_token(token_type, value, last_start, None, None, None, None, pos)
                if token_type in token_callbacks:
                    token = token_callbacks[token_type](token)
                    token_type = token.type
            else:
                token, token_type = None, "$END"
            while True:
                action = states[state_stack[-1]].get(token_type)
                if action is None:
                    raise Rejected(last_start)
                shift, arg = action
                if shift:
                    state_stack.append(arg)
                    value_stack.append(callbacks[token_type](token) if token_type in callbacks else token)
                    break
                size_of_rule, origin, build, spread = arg
                if size_of_rule:
                    children = value_stack[-size_of_rule:]
                    del state_stack[-size_of_rule:]
                    del value_stack[-size_of_rule:]
                else:
                    children = []
                value_stack.append(build(*children) if spread else build(children))
                state_stack.append(states[state_stack[-1]][origin][1])
                if token is None and state_stack[-1] == end_state:
                    return value_stack[-1]


def _resolved(states: dict, callbacks: dict, inline: dict) -> dict:
    """lark's parse table with each action as ``(True, next state)`` for a shift and
    ``(False, (size, rule name, callback, spread))`` for a reduction: what the loop needs
    without hashing lark's Rule objects (a Python ``__hash__``) at every step. ``spread`` says
    the callback is the transformer's method itself, to be given the children as arguments."""
    reductions: dict = {}
    for actions in states.values():
        for kind, arg in actions.values():
            if kind is not Shift and arg not in reductions:
                method = inline.get(arg)
                build = method if method is not None else callbacks[arg]
                reductions[arg] = (len(arg.expansion), arg.origin.name, build, method is not None)
    return {state: {token: (True, arg) if kind is Shift else (False, reductions[arg])
                    for token, (kind, arg) in actions.items()}
            for state, actions in states.items()}


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
