"""A regular expression for a list of literal words, written as a trie.

A long ``a|b|c…`` alternation makes Python's ``re`` try every word at every character; a trie
(增(?:长(?:率)?|加)) tries one branch per character read. It matches the same text as the words
sorted longest first: at a position, the longest word that starts there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_pattern(words: Iterable[str]) -> str:
    """A regex, without groups, matching the longest of ``words`` at a position."""
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(root) or "(?!)"


def _branches(node: dict) -> str:
    branches = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def longest_first(words: Iterable[str]) -> list[str]:
    """The distinct ``words``, longest first and, among words of one length, in code-point order:
    an alternation of them matches the longest word at a position, and its text is the same in
    every process (a set's order is not), as the stored compiled patterns need."""
    return sorted(set(words), key=lambda w: (-len(w), w))
