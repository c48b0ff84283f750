"""Regular expressions made cheap to search.

``re`` tries every alternative at every character of the text, and skips ahead quickly only
when the pattern starts with a literal or a character class: an alternative that opens with a
lookbehind (``(?<![A-Za-z])XX``) turns the fast skip off for all. ``prefiltered`` puts a
lookahead for the characters a match can start with in front, so that a character that starts
no match fails one test instead of every alternative. It matches exactly what the pattern
matches; when the first characters cannot be read off the pattern (it may match the empty
string, it opens with ``.``, it sets flags inside), the pattern is compiled as it is.

``required_words`` reads off a pattern the words any match must hold (``\\.(?:docx?|pdf)``:
"." and one of "doc", "pdf"), so that a text holding none of them is not searched at all: a
pattern that opens with a long run (``[^\\s，]{1,60}\\.pdf``) costs dozens of steps at every
character even where it never matches.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_DEFAULT_FLAGS = _parser.parse("").state.flags


class _Unknown(Exception):
    """The first characters of a piece of the pattern cannot be told."""


def prefiltered(pattern: str) -> re.Pattern:
    """``pattern`` compiled, with a lookahead for its first characters in front when they can
    be told."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags != _DEFAULT_FLAGS:
        return re.compile(pattern)  # inline global flags must stay at the start
    try:
        classes, nullable = _first(parsed.data)
    except _Unknown:
        return re.compile(pattern)
    if nullable or not classes:
        return re.compile(pattern)
    plain = "".join(c for c in dict.fromkeys(classes) if not c.startswith("^"))
    negated = [f"[{c}]" for c in dict.fromkeys(classes) if c.startswith("^")]
    try:
        return re.compile(f"(?={'|'.join(([f'[{plain}]'] if plain else []) + negated)})(?:{pattern})")
    except re.error:  # (?u) inside, say: a flag that may only open the pattern
        return re.compile(pattern)


def _first(items) -> tuple[list[str], bool]:
    """The character classes (their insides: ``a-z``, ``^，。``) a sequence of parsed items can
    start with, and whether it can match the empty string."""
    classes: list[str] = []
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # an anchor or a lookaround consumes nothing: the next item starts the match
        if op is sre.LITERAL:
            return classes + [re.escape(chr(arg))], False
        if op is sre.NOT_LITERAL:
            return classes + ["^" + re.escape(chr(arg))], False
        if op is sre.IN:
            return classes + [_class(arg)], False
        if op is sre.BRANCH:
            found, nullable = [], False
            for branch in arg[1]:
                more, empty = _first(branch)
                found += more
                nullable = nullable or empty
            item_nullable = nullable
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, body = arg
            if add_flags or del_flags:
                raise _Unknown
            found, item_nullable = _first(body)
        elif op is sre.ATOMIC_GROUP:
            found, item_nullable = _first(arg)
        elif op in _REPEATS:
            low, _, body = arg
            found, item_nullable = _first(body)
            item_nullable = item_nullable or low == 0
        else:
            raise _Unknown  # ., a back reference, a conditional group …
        classes += found
        if not item_nullable:
            return classes, False
    return classes, True


def _class(items) -> str:
    parts = []
    for op, arg in items:
        if op is sre.NEGATE:
            parts.append("^")
        elif op is sre.LITERAL:
            parts.append(re.escape(chr(arg)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is sre.CATEGORY and arg in _CATEGORIES:
            parts.append(_CATEGORIES[arg])
        else:
            raise _Unknown
    return "".join(parts)


def required_words(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of words such that every match of ``pattern`` holds a word of each set: the runs of
    literal characters that the pattern's top-level sequence cannot do without, and the groups
    whose every alternative opens with such a run. Empty when nothing is known (an alternation
    at the top, flags that change what a literal matches)."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return ()
    required = []
    run = ""
    for op, arg in parsed.data:
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        if run:
            required.append(frozenset({run}))
            run = ""
        words = None
        if op is sre.BRANCH:  # (?:a|b), or the whole pattern an alternation
            words = _opening_words(arg[1])
        elif op is sre.SUBPATTERN and not arg[1] and not arg[2]:  # (…) with no flags
            body = list(arg[3])
            branches = body[0][1][1] if len(body) == 1 and body[0][0] is sre.BRANCH else [body]
            words = _opening_words(branches)
        if words:
            required.append(words)
    if run:
        required.append(frozenset({run}))
    return tuple(required)


def may_match(text: str, required: tuple[frozenset[str], ...]) -> bool:
    """Whether ``text`` holds a word of every set of ``required``."""
    return all(any(word in text for word in words) for words in required)


def _opening_words(branches) -> frozenset[str] | None:
    """The literal runs that open each of ``branches``, or None when one opens otherwise."""
    words = set()
    for branch in branches:
        run = ""
        for op, arg in branch:
            if op is not sre.LITERAL:
                break
            run += chr(arg)
        if not run:
            return None
        words.add(run)
    return frozenset(words)
