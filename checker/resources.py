"""Where the grammar files and the rule data live.

In a source checkout (and an editable install) they are the top-level folders ``grammars/`` and
``rules/``; a built wheel carries them inside the package as ``checker/_data/``.
"""

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The folder ``grammars`` or ``rules``, wherever this installation keeps it."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"hegao is installed without its {name}/ folder")
