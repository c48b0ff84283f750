"""The results cache, as ruff keeps one: a file that did not change is not checked again.

An entry is keyed by the file's name, its effective configuration and hegao itself (its version
and the files of the installed package: code, grammars, rule data), and holds the hash of the
content it was made from; it is used only when that hash matches the file's bytes now. Entries
live in ``.hegao_cache/`` beside the configuration file in force for the current folder, or in
the user's cache folder (``$XDG_CACHE_HOME/hegao``, ``~/.cache/hegao``) when there is none;
``$HEGAO_CACHE_DIR`` replaces both.
An entry that cannot be read (cut short, another version's format) is ignored and written anew;
a cache that cannot be written is simply not kept.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import os
import copyreg
import io
import pickle
import re
import shutil
import sys
import tempfile
from collections.abc import Mapping
from contextlib import suppress
from functools import cache
from pathlib import Path

from checker import __version__

FOLDER = ".hegao_cache"
_FORMAT = 1  # bump when the layout of an entry changes


def cache_dir(config_file: str | None = None) -> Path:
    """Where this run's cache lives: ``$HEGAO_CACHE_DIR``, else beside ``--config FILE``, else
    beside the configuration found upward from the current folder, else in the user's cache
    folder."""
    from checker.settings import find_config

    if os.environ.get("HEGAO_CACHE_DIR"):
        return Path(os.environ["HEGAO_CACHE_DIR"])
    found = Path(config_file) if config_file else find_config(Path.cwd())
    if found is not None:
        return found.resolve().parent / FOLDER
    return user_cache_dir()


def user_cache_dir() -> Path:
    """hegao's folder in the user's cache folder: ``$XDG_CACHE_HOME/hegao``, ``~/.cache/hegao``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "hegao"


def clean(folder: Path) -> bool:
    """Remove the cache folder; False when there was none."""
    if not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True


class ResultCache:
    """Cached results of one run; ``get`` and ``put`` never raise for a bad or missing cache."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._config_keys: dict = {}

    def _entry(self, name: str, config) -> str:
        # by identity: the settings give one Config object per folder, and hashing one is slow
        known = self._config_keys.get(id(config))
        if known is None:
            known = self._config_keys[id(config)] = (config, f"{config_digest(config)}\0{rules_digest(config)}")
        # the file, and the name it was given by: the stored result shows that name
        where = f"{os.path.abspath(name)}\0{name}"
        digest = hashlib.sha256(f"{_FORMAT}\0{program_digest()}\0{known[1]}\0{where}".encode(
            "utf-8", "surrogateescape")).hexdigest()
        return os.path.join(self.folder, digest[:2], digest[2:])

    def get(self, name: str, config, content: str):
        """The stored value of ``name`` when it was made from content of hash ``content``."""
        try:
            with open(self._entry(name, config), "rb") as f:
                stored, value = pickle.load(f)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - a corrupt entry is a miss; it is written anew
            return None
        return value if stored == content else None

    def put(self, name: str, config, content: str, value) -> None:
        path = Path(self._entry(name, config))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tag = self.folder / "CACHEDIR.TAG"
            if not tag.exists():
                tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n# hegao's results cache\n")
                (self.folder / ".gitignore").write_text("*\n")
        except OSError:
            return
        write_atomically(path, pickle.dumps((content, value), protocol=pickle.HIGHEST_PROTOCOL))


def pickled(value, reducers: dict) -> bytes:
    """The pickle of ``value``, objects of the types in ``reducers`` reduced by their function
    there (what pickle cannot take, or must take by name)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, **reducers}
    pickler.dump(value)
    return out.getvalue()


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, so that a reader (another
    process of a parallel run) sees the whole file or none; nothing when it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(temporary, path)
    except OSError:
        with suppress(OSError):
            os.unlink(temporary)


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@cache
def program_digest() -> str:
    """hegao's version and the size and time of every file of the package and of its grammars
    and rule data: an edited rule or word list is a different program."""
    from checker.resources import data_dir

    parts = [__version__]
    roots = [Path(__file__).resolve().parent, data_dir("grammars"), data_dir("rules")]
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".lark", ".toml")):
                    stat = os.stat(os.path.join(folder, name))
                    parts.append(f"{os.path.join(folder, name)}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def rules_digest(config) -> str:
    """The rules ``config`` runs, by module and name (a stand-in rule is another program).

    The registry can differ from the rule modules on disk only once the engine is loaded (a
    caller may then replace ``checker.engine.all_rules``); before that, the names are read from
    the modules' names, which is what keeps a run served from the cache from importing a rule."""
    engine = sys.modules.get("checker.engine")
    if engine is None:
        from checker.checks import rule_codes

        return ",".join(f"checker.checks.{code}.{code}" for code in rule_codes() if config.selects(code))
    return ",".join(f"{cls.__module__}.{cls.__qualname__}"
                    for code, cls in engine.all_rules().items() if config.selects(code))


def config_digest(config) -> str:
    """A digest of the configuration's values, the same in every process (``hash`` is not)."""
    text = json.dumps(canonical(config), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def canonical(value):
    """``value`` as plain JSON values, the same in every process (``hash`` is not)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [type(value).__name__, {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}]
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, Mapping):
        return ["map", sorted(([canonical(k), canonical(v)] for k, v in value.items()), key=repr)]
    if isinstance(value, (set, frozenset)):
        return ["set", sorted((canonical(v) for v in value), key=repr)]
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, re.Pattern):
        return ["re", value.pattern, value.flags]
    return repr(value)
