"""The rule registry: every module of this package named like a rule code (N101.py) defines
one ``Rule`` subclass of that code. Modules are found on disk, so adding a rule is adding a file.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache

_CODE = re.compile(r"^[A-Z]\d{3}$")


@cache
def rule_codes() -> tuple[str, ...]:
    """The codes of the rules, in order, read from the module names alone: validating a
    configuration or keying the results cache imports no rule (a start served from the cache
    never pays for the rules' word lists and patterns)."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if _CODE.match(m.name)))


@cache
def all_rules() -> dict:
    """Rule classes by code, in code order."""
    found = {}
    for code in rule_codes():
        rule = getattr(importlib.import_module(f"{__name__}.{code}"), code)
        assert rule.code == code, f"{code}.py defines {rule.code}"
        found[code] = rule
    return found


def rule_class(code: str):
    return all_rules().get(code.upper())
