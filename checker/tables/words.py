"""The words hegao reads in tables and around them: ``rules/tables.toml``, extended by the
configuration key ``tables`` ([tool.hegao.tables])."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Mapping

from checker.resources import data_dir

# The keys a user's ``tables`` table may extend: lists of words, and ``column-kinds``
# ({kind: [word…]}).
LIST_KEYS = ("total-rows", "total-ends", "sub-rows", "averages", "comparable", "filler", "level-nouns", "other-time", "current",
             "previous")
KINDS = ("level", "points", "delta", "change", "share", "rate", "average")


@dataclass(frozen=True)
class TableWords:
    total_rows: tuple[str, ...]
    total_ends: tuple[str, ...]  # 工商税收收入合计
    sub_rows: tuple[str, ...]
    averages: tuple[str, ...]  # 人均: a row of an average is no total of the groups' averages
    comparable: tuple[str, ...]  # figures at comparable prices: growth is a volume change
    column_kinds: tuple[tuple[str, tuple[str, ...]], ...]  # in the order they are tried
    prose_filler: tuple[str, ...]
    level_nouns: tuple[str, ...]
    other_time: tuple[str, ...]
    current: tuple[str, ...]  # a level column of this period (本年)
    previous: tuple[str, ...]  # a level column of the period before (上年)
    # wholes made of exactly their parts (``decompositions`` of rules/complements.toml)
    decompositions: tuple[tuple[str, ...], ...]

    @classmethod
    def build(cls, table: Mapping, extra: Mapping, decompositions: tuple[tuple[str, ...], ...]) -> "TableWords":
        kinds = {kind: list(words) for kind, words in table["column-kinds"].items()}
        for kind, words in dict(extra.get("column-kinds", {})).items():
            kinds.setdefault(kind, []).extend(words)
        prose = table["prose"]

        def listed(name: str, base) -> tuple[str, ...]:
            return tuple(base) + tuple(extra.get(name, ()))

        return cls(
            total_rows=listed("total-rows", table["total-rows"]),
            total_ends=listed("total-ends", table["total-ends"]),
            sub_rows=listed("sub-rows", table["sub-rows"]),
            averages=listed("averages", table["averages"]),
            comparable=listed("comparable", table["comparable"]),
            column_kinds=tuple((kind, tuple(words)) for kind, words in kinds.items()),
            prose_filler=listed("filler", prose["filler"]),
            level_nouns=listed("level-nouns", prose["level-nouns"]),
            other_time=listed("other-time", prose["other-time"]),
            current=listed("current", table["periods"]["current"]),
            previous=listed("previous", table["periods"]["previous"]),
            decompositions=decompositions,
        )


def load_tables_file() -> dict:
    with open(data_dir("rules") / "tables.toml", "rb") as f:
        return tomllib.load(f)


def default_table_words() -> TableWords:
    """The table words of the default configuration (``RuleData.tables``: tables.toml, and the
    decompositions of complements.toml)."""
    from checker.config import default_rule_data  # the configuration builds table words

    return default_rule_data().tables
