"""What is derived from a document once, kept while the document lives.

The relations, the tables read with a configuration's words and the rates that vouch for a count
are each asked for by several rules; they are computed at the first ask and dropped with the
document object (a run over an archive keeps no document it is done with).
"""

from __future__ import annotations

import weakref
from functools import wraps
from typing import Callable, TypeVar

T = TypeVar("T")


def per_document(compute: Callable[..., T]) -> Callable[..., T]:
    """``compute(doc, *args)`` once per live document object and arguments (which must hash).
    What it returns must not refer to the document: the store would keep the document alive."""
    store: dict[tuple, T] = {}

    @wraps(compute)
    def once(doc, *args) -> T:
        key = (id(doc), *args)
        if key not in store:
            store[key] = compute(doc, *args)
            weakref.finalize(doc, store.pop, key, None)
        return store[key]

    return once
