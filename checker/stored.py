"""Data hegao derives from its word lists and grammars, kept between runs as pickles in the
user's cache folder (as ``checker.larkcache`` keeps parsers).

What a check builds once per process — the index of indicator names (T309), the words a
confusable character could belong to (T306), the statements grammar's table — costs a tenth of a
second at every start and milliseconds to unpickle. A pickle is keyed by the function, by what it
was built from (its arguments, by value) and by hegao itself (``checker.cache.program_digest``:
the package's code, grammars and rule data), so an edited word list is built again; one that
cannot be read is built again and rewritten.
"""

from __future__ import annotations

import functools
import hashlib
import json
import pickle
from types import MappingProxyType

from checker.cache import canonical, pickled, program_digest, user_cache_dir, write_atomically

_FORMAT = 1  # bump when the layout of a pickle changes


def stored(build):
    """Decorator: ``build(*args)`` (arguments of plain values, tuples and frozen dataclasses),
    read from the user's cache folder when it was built before by this hegao."""

    @functools.wraps(build)
    def from_cache_or_built(*args):
        key = json.dumps([_FORMAT, f"{build.__module__}.{build.__qualname__}", program_digest(), canonical(args)],
                         ensure_ascii=False, separators=(",", ":"))
        name = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:24]
        path = user_cache_dir() / f"stored-{name}.pickle"
        try:
            with open(path, "rb") as f:
                return pickle.load(f)
        except Exception:  # noqa: BLE001 - missing, cut short, or unreadable: built again
            pass
        value = build(*args)
        write_atomically(path, _dumps(value))
        return value

    return from_cache_or_built


def _dumps(value) -> bytes:
    """The pickle of ``value``; its read-only mappings (``MappingProxyType``, which pickle
    cannot take) as the dictionaries they show."""
    return pickled(value, {MappingProxyType: _proxy_of_dict})


def _proxy_of_dict(proxy: MappingProxyType):
    return _read_only, (dict(proxy),)


def _read_only(mapping: dict) -> MappingProxyType:
    return MappingProxyType(mapping)
