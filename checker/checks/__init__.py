"""The rule registry: every module of this package named like a rule code (N101.py) defines
one ``Rule`` subclass of that code. Modules are found on disk, so adding a rule is adding a file.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache

from checker.checks.base import Rule

_CODE = re.compile(r"^[A-Z]\d{3}$")


@cache
def all_rules() -> dict[str, type[Rule]]:
    """Rule classes by code, in code order."""
    found = {}
    for module in pkgutil.iter_modules(__path__):
        if _CODE.match(module.name):
            mod = importlib.import_module(f"{__name__}.{module.name}")
            rule = getattr(mod, module.name)
            assert rule.code == module.name, f"{module.name}.py defines {rule.code}"
            found[rule.code] = rule
    return dict(sorted(found.items()))


def rule_class(code: str) -> type[Rule] | None:
    return all_rules().get(code.upper())
