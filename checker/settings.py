"""Find, read and validate the user's configuration files, and build a ``Config`` per checked file.

A configuration is ``[tool.hegao]`` in ``pyproject.toml`` or the top level of ``hegao.toml``.
Each checked file uses the nearest one found upward from its own folder (in one folder,
``hegao.toml`` wins over ``pyproject.toml``); files are not merged. ``--config FILE`` replaces the
search for every file. Options given on the command line override the file. Configurations are
cached per folder, so walking a tree reads each file once.

Any unknown key or bad value raises ``ConfigError`` with one line naming the file and the key;
the command line reports it once for the files of that folder, skips them and checks the others.
A ``pyproject.toml`` counts only when it has a ``[tool.hegao]`` table; one that cannot be parsed
is skipped with a warning and the search goes on upward, unless its text mentions ``hegao`` (then
it was meant as hegao's configuration, and it is an error).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from types import MappingProxyType
from typing import Any

from checker.config import Config, rule_data
from checker.findings import Severity
from checker.globs import is_anchored, matches

CONFIG_FILES = ("hegao.toml", "pyproject.toml")
RULE_DATA_KEYS = ("units", "placeholders", "debris", "debris-phrases", "debris-counters", "garbled", "title-endings", "confusables", "indicators", "time-words", "region-slips", "spun-phrases", "approximate-words", "approximate-ends", "per-unit", "growth-verbs", "rate-words", "year-joiners", "frame-endings", "frame-subjects", "person-nouns",
                  "reduplication", "idioms", "counted-nouns", "count-verbs", "measure-nouns", "share-nouns", "money-nouns", "year-words", "year-prepositions", "part-rates", "targets",
                  "unchecked-rates", "not-parts",
                  "complements", "cover-sets", "decompositions", "stages", "peers", "cues", "definitions", "subjects", "tables", "scale")
KNOWN_KEYS = {"select", "ignore", "severity", "per-file-ignores", "fail-on", "lang", "exclude", "extend-exclude",
              *RULE_DATA_KEYS}
# Folders and files a walk passes over unless ``exclude`` replaces this list (checker.globs patterns)
DEFAULT_EXCLUDE = (".*", ".git", ".venv", "venv", "node_modules", "__pycache__", ".pytest_cache")
LANGS = ("zh", "en")
OFF = "off"


class ConfigError(Exception):
    """A bad configuration file or option: reported in one line, exit 2."""


@dataclass(frozen=True)
class Overrides:
    """What the command line sets; None (or empty) leaves the file's value."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    lang: str | None = None
    exclude: tuple[str, ...] | None = None  # replaces the file's exclude (and the defaults)
    extend_exclude: tuple[str, ...] = ()


def check_codes(codes, where: str) -> tuple[str, ...]:
    """``codes`` upper-cased; ConfigError when one is not a rule code or a prefix of one."""
    from checker.checks import rule_codes

    known = rule_codes()
    result = []
    for code in codes:
        if not isinstance(code, str):
            raise ConfigError(f"{where}: expected rule codes, got {code!r}")
        code = code.strip().upper()
        if not code:
            raise ConfigError(f"{where}: empty rule code")
        if not any(rule.startswith(code) for rule in known):
            raise ConfigError(f"{where}: unknown rule code {code!r} (see: hegao rules)")
        result.append(code)
    return tuple(result)


def find_config(folder: Path, warn=lambda message: None) -> Path | None:
    """The nearest configuration file in ``folder`` or above it; ``warn`` is told of each
    unreadable ``pyproject.toml`` skipped on the way."""
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_hegao_table(candidate, warn)):
                return candidate
    return None


def _has_hegao_table(pyproject: Path, warn) -> bool:
    try:
        return _hegao_table(pyproject) is not None
    except ConfigError as error:
        try:
            meant_for_hegao = b"hegao" in pyproject.read_bytes()
        except OSError:
            meant_for_hegao = False
        if meant_for_hegao:
            raise
        warn(f"{error}; skipped")
        return False


def _hegao_table(path: Path) -> dict | None:
    """The hegao settings of a configuration file (None: a pyproject.toml without them)."""
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: cannot read configuration: not UTF-8") from None
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read configuration: {error}") from None
    if path.name != "pyproject.toml":
        return data
    tool = data.get("tool")
    table = tool.get("hegao") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: tool.hegao must be a table ([tool.hegao])")
    return table


@dataclass(frozen=True)
class FileSettings:
    """One configuration file, validated: the base ``Config`` and its per-file ignores."""

    config: Config
    root: Path  # the folder of the file; per-file-ignores and exclude globs are relative to it
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE

    def config_for(self, path: str) -> Config:
        """The configuration of one checked file, with its per-file ignores added."""
        relative = self._relative(Path(path))
        extra = tuple(code for glob, codes in self.per_file_ignores if matches(relative, glob)
                      for code in codes)
        return replace(self.config, ignore=self.config.ignore + extra) if extra else self.config

    def excludes(self, path: Path, is_folder: bool) -> bool:
        """Whether a walk passes over ``path``: a name pattern (``node_modules``) is matched
        against the name alone, since a walk tests each folder on its way down; a pattern with a
        ``/`` against the path relative to the configuration's folder."""
        relative = None
        for pattern in self.exclude:
            if is_anchored(pattern):
                relative = relative or self._relative(path)
                if matches(relative, pattern, is_folder):
                    return True
            elif matches(path.name, pattern, is_folder):
                return True
        return False

    def _relative(self, path: Path) -> str:
        """``path`` relative to the configuration's folder, or as given when outside it."""
        try:
            # the folder resolved, not the name: a link is matched by its own name (it may loop)
            return (path.parent.resolve() / path.name).relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return PurePath(path).as_posix()


def parse_settings(table: dict, where: str, overrides: Overrides, root: Path) -> FileSettings:
    """Validate one hegao table (``where`` names its file in errors) and apply the overrides."""
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}")
    select = overrides.select or check_codes(_list(table, "select", where), f"{where}: select")
    ignore = check_codes(_list(table, "ignore", where), f"{where}: ignore") + overrides.ignore
    severities = _severities(_table(table, "severity", where), where)
    ignore += tuple(code for code, severity in severities.items() if severity is None)
    severities = {code: severity for code, severity in severities.items() if severity is not None}
    fail_on = overrides.fail_on or table.get("fail-on", "warning")
    lang = overrides.lang or table.get("lang", "zh")
    if lang not in LANGS:
        raise ConfigError(f"{where}: lang must be one of {', '.join(LANGS)}, got {lang!r}")
    globs = _table(table, "per-file-ignores", where)
    per_file = tuple((glob, check_codes(_list(globs, glob, f"{where}: per-file-ignores"),
                                        f"{where}: per-file-ignores.{glob}"))
                     for glob in globs)
    config = Config(select=select, ignore=ignore, severities=MappingProxyType(severities),
                    fail_on=_severity(fail_on, f"{where}: fail-on"), lang=lang,
                    extra=_rule_data(table, where))
    return FileSettings(config, root, per_file, _exclude(table, where, overrides))


def _exclude(table: dict, where: str, overrides: Overrides) -> tuple[str, ...]:
    """``exclude`` (the defaults unless given) and ``extend-exclude``; the command line's
    ``--exclude`` replaces both lists of the file, ``--extend-exclude`` adds."""
    if overrides.exclude is not None:
        base = overrides.exclude
    else:
        base = _words(table, "exclude", where) + _words(table, "extend-exclude", where) \
            if "exclude" in table else DEFAULT_EXCLUDE + _words(table, "extend-exclude", where)
    return base + overrides.extend_exclude


def _severities(table: dict, where: str) -> dict[str, Severity | None]:
    """Rule code -> configured severity; None for "off" (the rule is ignored)."""
    from checker.checks import rule_codes

    result = {}
    for code, name in table.items():
        if code.upper() not in rule_codes():
            raise ConfigError(f"{where}: severity: unknown rule code {code!r} (see: hegao rules)")
        result[code.upper()] = None if name == OFF else _severity(name, f"{where}: severity.{code}")
    return result


def _rule_data(table: dict, where: str):
    extra = {}
    for key in RULE_DATA_KEYS:
        if key not in table:
            continue
        if key == "scale":
            if not isinstance(table[key], int) or isinstance(table[key], bool) or table[key] <= 0:
                raise ConfigError(f"{where}: scale must be a positive whole number (the region's population)")
            extra[key] = table[key]
        elif key in ("units", "region-slips", "per-unit"):
            extra[key] = {name: _words(table[key], name, f"{where}: {key}")
                          for name in _table(table, key, where)}
        elif key in ("complements", "spun-phrases"):
            extra[key] = _pairs(table[key], f"{where}: {key}")
        elif key in ("cover-sets", "decompositions", "peers"):
            extra[key] = _groups(table[key], f"{where}: {key}")
        elif key == "cues":
            extra[key] = _cues(_table(table, key, where), f"{where}: cues")
        elif key == "definitions":
            from checker.definitions import parse_definitions

            try:
                extra[key] = parse_definitions(table[key], f"{where}: definitions")
            except ValueError as error:
                raise ConfigError(str(error)) from None
        elif key == "subjects":
            extra[key] = _subjects(_table(table, key, where), f"{where}: subjects")
        elif key == "tables":
            extra[key] = _tables(_table(table, key, where), f"{where}: tables")
        else:
            extra[key] = _words(table, key, where)
    if not extra:
        return ()
    frozen = _freeze(extra)
    rule_data(frozen)  # built now, so that what only building finds wrong is told with the file
    return frozen


def _subjects(table: dict, where: str) -> dict:
    """A user's ``subjects`` table: lists of words by the names of rules/subjects.toml,
    ``qualifiers`` a table of groups, ``synonyms`` a list of word lists; frozen to be hashable."""
    from checker.subjects import KEYS, LIST_KEYS

    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown list {unknown[0]!r} (one of {', '.join(KEYS)})")
    result: dict = {key: _list(table, key, where) for key in LIST_KEYS if key in table}
    if "qualifiers" in table:
        groups = _table(table, "qualifiers", where)
        result["qualifiers"] = tuple((group, _list(groups, group, f"{where}: qualifiers")) for group in groups)
    if "synonyms" in table:
        groups = table["synonyms"]
        if not isinstance(groups, list) or not all(
                isinstance(g, list) and all(isinstance(w, str) for w in g) for g in groups):
            raise ConfigError(f"{where}: synonyms must be a list of word lists, e.g. [[\"在园幼儿\", \"在园儿童\"]]")
        result["synonyms"] = tuple(tuple(g) for g in groups)
    return result


def _tables(table: dict, where: str) -> dict:
    """A user's ``tables`` table: lists of words by the names of rules/tables.toml (the words of
    its ``[prose]`` table too), ``column-kinds`` a table of kinds; frozen to be hashable."""
    from checker.tables.words import KINDS, LIST_KEYS

    keys = (*LIST_KEYS, "column-kinds")
    unknown = sorted(set(table) - set(keys))
    if unknown:
        raise ConfigError(f"{where}: unknown list {unknown[0]!r} (one of {', '.join(keys)})")
    result: dict = {key: _words(table, key, where) for key in LIST_KEYS if key in table}
    if "column-kinds" in table:
        kinds = _table(table, "column-kinds", where)
        wrong = sorted(set(kinds) - set(KINDS))
        if wrong:
            raise ConfigError(f"{where}: column-kinds: unknown kind {wrong[0]!r} (one of {', '.join(KINDS)})")
        result["column-kinds"] = tuple((kind, _words(kinds, kind, f"{where}: column-kinds")) for kind in kinds)
    return result


def _freeze(extra: dict) -> tuple:
    return tuple(sorted((key, tuple(sorted(value.items())) if isinstance(value, dict) else value)
                        for key, value in extra.items()))


def _severity(name: Any, where: str) -> Severity:
    try:
        return Severity.parse(str(name))
    except ValueError as error:
        raise ConfigError(f"{where}: {error}") from None


def _groups(value: Any, where: str) -> tuple:
    """Groups of two or more words (``cover-sets``)."""
    if not isinstance(value, list) or not all(
            isinstance(group, list) and len(group) >= 2 and all(isinstance(w, str) for w in group) for group in value):
        raise ConfigError(f"{where} must be a list of word groups, e.g. [[\"第一产业\", \"第二产业\", \"第三产业\"]]")
    if any(not word.strip() for group in value for word in group):
        raise ConfigError(f"{where}: empty word (it would match everywhere)")
    return tuple(tuple(group) for group in value)


def _cues(table: dict, where: str) -> tuple:
    """A user's ``cues``: words by terminal of the statement grammar (rules/cues.toml), and
    ``shield``; frozen to be hashable."""
    from checker.config import _load

    known = (*_load("cues")["cues"], "shield")
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise ConfigError(f"{where}: unknown terminal {unknown[0]!r} (one of {', '.join(known)})")
    return tuple((name, _words(table, name, where)) for name in table)


def _pairs(value: Any, where: str) -> tuple:
    if not isinstance(value, list) or not all(
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(w, str) for w in pair) for pair in value):
        raise ConfigError(f"{where} must be a list of word pairs, e.g. [[\"公费\", \"自费\"]]")
    if any(not word.strip() for pair in value for word in pair):
        raise ConfigError(f"{where}: empty word (it would match everywhere)")
    return tuple(tuple(pair) for pair in value)


def _words(table: dict, key: str, where: str) -> tuple:
    """A list of words to look for; an empty one would match at every character."""
    words = _list(table, key, where)
    if any(not word.strip() for word in words):
        raise ConfigError(f"{where}: {key}: empty word (it would match everywhere)")
    return words


def _list(table: dict, key: str, where: str) -> tuple:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def _table(table: dict, key: str, where: str) -> dict:
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key} must be a table")
    return value


class Settings:
    """The configuration of each checked file: ``--config FILE`` or the nearest file upward."""

    def __init__(self, overrides: Overrides, config_file: str | None = None):
        self.overrides = overrides
        self.warnings: dict[str, None] = {}  # one line each, in order, never repeated
        self._fixed = self._load(Path(config_file)) if config_file else None
        self._by_folder: dict[Path, FileSettings | ConfigError] = {}

    def _load(self, path: Path | None) -> FileSettings:
        if path is None:
            return parse_settings({}, "command line", self.overrides, Path.cwd())
        if not path.is_file():
            raise ConfigError(f"{path}: no such configuration file")
        table = _hegao_table(path)
        return parse_settings(table or {}, str(path), self.overrides, path.parent)

    def for_path(self, name: str) -> Config:
        """The configuration for checked file ``name`` (``-``: standard input, from the current folder)."""
        folder = Path.cwd() if name == "-" else Path(name).resolve().parent
        return self._settings_of(folder).config_for(name)

    def _settings_of(self, folder: Path) -> FileSettings:
        if self._fixed is not None:
            return self._fixed
        if folder not in self._by_folder:
            try:
                self._by_folder[folder] = self._load(find_config(folder, self.warnings.setdefault))
            except ConfigError as error:
                self._by_folder[folder] = error
        settings = self._by_folder[folder]
        if isinstance(settings, ConfigError):
            raise settings
        return settings

    def excluded(self, path: Path, is_folder: bool) -> bool:
        """Whether a walk passes over ``path``, by the ``exclude`` of its folder's configuration
        (the defaults when that configuration is bad: its error is reported for its files)."""
        try:
            settings = self._settings_of(path.parent.resolve())
        except ConfigError:
            settings = parse_settings({}, "command line", self.overrides, Path.cwd())
        return settings.excludes(path, is_folder)

    def default_lang(self) -> str:
        """The language of what belongs to no one file (the closing summary): the current
        folder's, or the default when its configuration is bad (that is reported for its files)."""
        try:
            return self.for_path("-").lang
        except ConfigError:
            return self.overrides.lang or "zh"
