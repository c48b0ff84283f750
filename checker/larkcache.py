"""Lark parsers kept whole, as pickles in the user's cache folder.

Lark's own cache (``cache=True``) stores the parse table and rebuilds it object by object on
load, a sixth of a second for the statements grammar at every start; unpickling the parser
itself takes a fifth of that. A pickle is keyed by the grammar's text, the options, and the
versions of lark and Python; one that cannot be read is made again.
"""

from __future__ import annotations

import hashlib
import importlib
import pickle
import sys
import types

from lark import Lark, __version__ as lark_version
from lark.parsers import lalr_analysis

from checker.cache import pickled, user_cache_dir, write_atomically

_FORMAT = 2  # bump when what is pickled changes


def cached_lark(grammar: str, **options) -> Lark:
    """``Lark(grammar, **options)``, from the user's cache folder when it was made before.
    ``options`` must have a stable ``repr`` (strings, lists, booleans: no transformer)."""
    key = f"{_FORMAT}\0{lark_version}\0{sys.version_info[:2]}\0{sorted(options.items())!r}\0{grammar}"
    path = user_cache_dir() / f"lark-{hashlib.sha256(key.encode('utf-8', 'surrogateescape')).hexdigest()[:24]}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # noqa: BLE001 - missing, cut short, or from another lark: made again
        pass
    parser = Lark(grammar, **options)
    write_atomically(path, _dumps(parser))
    return parser


def _dumps(parser: Lark) -> bytes:
    """The pickle of ``parser``. What is compared by identity is pickled by name: the modules it
    refers to (``re``), and the table's actions (``action is Shift``)."""
    return pickled(parser, {types.ModuleType: _module_by_name, lalr_analysis.Action: _action_by_name})


def _module_by_name(module: types.ModuleType):
    return importlib.import_module, (module.__name__,)


def _action_by_name(action: lalr_analysis.Action):
    return getattr, (lalr_analysis, action.name)
