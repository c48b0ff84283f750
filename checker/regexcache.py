"""Compiled regular expressions kept between runs of the command line.

CPython compiles a regular expression in Python code (``re._parser``, ``re._compiler``), and a
class of Han characters takes it about 3 ms, as it fills a table of 65,536 entries one by one:
the 300 patterns of hegao and of its grammars' lexers (70 with such a class) took a third of a
second of every start. What the compiler makes of a pattern is a list of integer codes that
``_sre.compile`` turns into the pattern object; ``install`` keeps those codes in the user's cache
folder, keyed by the pattern, its flags and the interpreter (its version and the
regular-expression engine's magic number and code size), and hands them straight to
``_sre.compile`` on the next start. ``_sre`` validates the codes it is given: a file cut short or
garbled, or an entry the engine refuses, is compiled again.

Only the command line installs it: a program that imports ``checker.api`` keeps its interpreter as
it is. On an interpreter whose compiler does not have the expected parts, ``install`` does nothing.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import sys

_MOST = 2000  # entries (about 4 MB, read in 0.1 s); a store past this keeps only its last run's
_installed = False


def install() -> None:
    """Compile regular expressions through the store from now on, and write what was added to it
    when the process ends."""
    global _installed
    if _installed:
        return
    _installed = True
    try:
        import _sre
        import re._compiler as compiler
        import re._parser as parser

        original, code_of, parse, debug = compiler.compile, compiler._code, parser.parse, compiler.SRE_FLAG_DEBUG
        engine = (sys.version, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)
    except (ImportError, AttributeError):
        return
    from checker.cache import user_cache_dir, write_atomically

    path = user_cache_dir() / f"regex-{hashlib.sha256(repr(engine).encode()).hexdigest()[:16]}.marshal"
    store = _read(path)
    used: set = set()
    added: dict = {}

    def compile(p, flags=0):
        if not isinstance(p, str) or flags & debug:
            return original(p, flags)
        key = (p, int(flags))
        entry = store.get(key)
        if entry is not None:
            try:
                pattern = _sre.compile(p, *entry)
            except Exception:  # noqa: BLE001 - codes this engine refuses: compiled again below
                pass
            else:
                used.add(key)
                return pattern
        try:
            parsed = parse(p, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup = [None] * parsed.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            entry = (int(flags | parsed.state.flags), [int(c) for c in code_of(parsed, flags)],
                     parsed.state.groups - 1, groupindex, tuple(indexgroup))
            pattern = _sre.compile(p, *entry)
        except Exception:  # noqa: BLE001 - a bad pattern, or a compiler unlike 3.11's: as re does it
            return original(p, flags)
        added[key] = store[key] = entry
        return pattern

    def save() -> None:
        # Added to what is stored now (a parallel run's processes may have written meanwhile,
        # and a run of many files compiles the rules' patterns in its workers, which do not save).
        # Patterns are the same text in every run of a configuration (``wordtrie.longest_first``),
        # so the store grows only with new configurations and versions; past its bound, it keeps
        # what this run used.
        if added:
            merged = {**_read(path), **added}
            if len(merged) > _MOST:
                merged = {**{key: store[key] for key in used}, **added}
            write_atomically(path, marshal.dumps(merged))

    compiler.compile = compile
    atexit.register(save)


def _read(path) -> dict:
    try:
        with open(path, "rb") as f:
            store = marshal.loads(f.read())  # marshal.load(f) reads the file a few bytes at a time
    except Exception:  # noqa: BLE001 - missing, cut short, or not ours: compiled again
        return {}
    return store if isinstance(store, dict) else {}
