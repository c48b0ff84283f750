"""A "did you mean" for a misspelled option, command or choice on the command line."""

from __future__ import annotations

import argparse
import re
from difflib import get_close_matches

CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)")
UNRECOGNIZED = re.compile(r"unrecognized arguments: (.*)")


def suggestion(message: str, parser: argparse.ArgumentParser) -> str:
    """``; did you mean '--format'?`` for an argparse error ``message``, or nothing."""
    match = CHOICE.search(message)
    if match:
        choices = re.findall(r"'([^']*)'", match[2])
        return _closest(match[1], choices)
    match = UNRECOGNIZED.search(message)
    if match:
        for word in match[1].split():
            if word.startswith("-"):
                return _closest(word.split("=")[0], sorted(option_strings(parser)))
    return ""


def _closest(word: str, candidates) -> str:
    close = get_close_matches(word, candidates, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def option_strings(parser: argparse.ArgumentParser) -> set[str]:
    """Every option of ``parser`` and of its commands."""
    found = set()
    for action in parser._actions:
        found.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= option_strings(sub)
    return found
