"""Definitions of derived figures (城镇化率, 人均地区生产总值, 单产 …) as rule data: the words that
name a result and its inputs, and the formula numerator ÷ denominator × scale.

They come from ``rules/definitions.toml`` and a user's ``definitions`` entries; a malformed entry
raises ``ValueError`` naming the entry and the key, which the settings turn into a one-line error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

_WORDS = ("result", "per", "numerator", "denominator", "units", "neutral", "unless", "when", "denominator-kinds")
_REQUIRED = ("name", "result", "numerator", "denominator")
_OPERATIONS = ("ratio", "difference")


@dataclass(frozen=True)
class FormulaDefinition:
    """One derived figure: ``result`` = ``numerator`` ÷ ``denominator`` × ``scale``, or with
    ``operation`` "difference" ``result`` = ``numerator`` − ``denominator`` (人口自然增长率 =
    出生率 − 死亡率).

    Each word list names a figure (see rules/definitions.toml); an empty ``numerator`` means the
    figure the result's own clause is about. ``units`` are the units the stated result may carry
    ("" for none; empty: any). ``tolerance`` is a fraction of the result allowed beyond rounding.
    ``denominator_kinds``: unit kinds (area) in which a figure named by the result's qualifier
    alone is the denominator (粮食作物27.05万亩 is the 粮食 sown area).
    """

    name: str
    result: tuple[str, ...]
    numerator: tuple[str, ...]
    denominator: tuple[str, ...]
    per: tuple[str, ...] = ()
    scale: float = 1
    units: tuple[str, ...] = ()
    neutral: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    when: tuple[str, ...] = ()
    tolerance: float = 0.0
    qualified: bool = False
    operation: str = "ratio"
    denominator_kinds: tuple[str, ...] = ()


def parse_definition(entry: object, where: str) -> FormulaDefinition:
    """One ``[[definitions]]`` entry, validated; ``where`` names it in the error."""
    if not isinstance(entry, Mapping):
        raise ValueError(f"{where} must be a table")
    known = {*_WORDS, "name", "scale", "tolerance", "qualified", "operation"}
    unknown = sorted(set(entry) - known)
    if unknown:
        raise ValueError(f"{where}: unknown key {unknown[0]!r}")
    missing = [key for key in _REQUIRED if key not in entry]
    if missing:
        raise ValueError(f"{where}: missing key {missing[0]!r}")
    if not isinstance(entry["name"], str) or not entry["name"]:
        raise ValueError(f"{where}.name must be a non-empty string")
    fields = {}
    for key in _WORDS:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ValueError(f"{where}.{key} must be a list of strings")
        fields[key] = tuple(value)
    if not fields["result"] or not fields["denominator"]:
        raise ValueError(f"{where}: result and denominator need at least one word each")
    for key, default in (("scale", 1), ("tolerance", 0.0)):
        value = entry.get(key, default)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0 or (key == "scale" and not value):
            raise ValueError(f"{where}.{key} must be a positive number")
        fields[key] = value
    if not isinstance(entry.get("qualified", False), bool):
        raise ValueError(f"{where}.qualified must be true or false")
    operation = entry.get("operation", "ratio")
    if operation not in _OPERATIONS:
        raise ValueError(f"{where}.operation must be one of {', '.join(_OPERATIONS)}")
    if operation == "difference" and not fields["numerator"]:
        raise ValueError(f"{where}: a difference needs a numerator (what is subtracted from)")
    fields["denominator_kinds"] = fields.pop("denominator-kinds")
    return FormulaDefinition(name=entry["name"], qualified=entry.get("qualified", False), operation=operation, **fields)


def parse_definitions(entries: object, where: str) -> tuple[FormulaDefinition, ...]:
    """A list of ``[[definitions]]`` entries, validated."""
    if not isinstance(entries, list):
        raise ValueError(f"{where} must be a list of tables ([[definitions]])")
    return tuple(parse_definition(entry, f"{where}[{i}]") for i, entry in enumerate(entries))


@dataclass(frozen=True)
class DefinitionData:
    """All of ``rules/definitions.toml``: the definitions, the shared neutral words and verbs, the
    unit factors, and the cues of a stated conversion."""

    definitions: tuple[FormulaDefinition, ...]
    neutral: tuple[str, ...]
    verbs: tuple[str, ...]
    measures: tuple[str, ...]  # what a figure's name adds to a share's subject: 民营经济 → 民营经济增加值
    topics: tuple[str, ...]  # the topic word a paragraph opens with, fused to a name: 人口年末常住人口
    unit_factors: tuple[tuple[str, str, float], ...]  # (unit, kind, factor to the kind's base)
    conversion_cues: tuple[str, ...]
    exchange_rate: tuple[str, ...]
    currencies: tuple[str, ...]

    def factor(self, unit: str | None) -> float:
        """How many base units of its kind one ``unit`` is (1 for a unit not listed)."""
        return next((f for u, _, f in self.unit_factors if u == unit), 1)

    def kind(self, unit: str | None) -> str | None:
        """The kind (weight, area) of a listed unit, or None."""
        return next((k for u, k, _ in self.unit_factors if u == unit), None)


def definition_data(table: Mapping, extra: object = ()) -> DefinitionData:
    """The data of ``rules/definitions.toml`` (``table``) with the user's entries added."""
    conversions = table["conversions"]
    return DefinitionData(
        definitions=parse_definitions(table["definitions"], "rules/definitions.toml: definitions")
        + tuple(e if isinstance(e, FormulaDefinition) else parse_definition(e, f"definitions[{i}]")
                for i, e in enumerate(extra)),
        neutral=tuple(table["neutral"]),
        verbs=tuple(table["verbs"]),
        measures=tuple(table["measures"]),
        topics=tuple(table["topics"]),
        unit_factors=tuple((unit, kind, factor) for kind, units in table["units"].items()
                           for unit, factor in units.items()),
        conversion_cues=tuple(conversions["cues"]),
        exchange_rate=tuple(conversions["rate"]),
        currencies=tuple(conversions["currencies"]),
    )
