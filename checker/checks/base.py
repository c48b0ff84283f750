"""The rule base class: metadata, message templates, examples, and one ``check`` method.

A rule is a class in its own module under ``checker/checks/``, named by its code (``N101.py``).
Its docstring is its documentation in a fixed shape (What it finds / Why it matters / Options),
and ``flagged`` / ``clean`` are example texts that must and must not be flagged: they are printed
by ``hegao rule CODE`` and run as tests.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, ClassVar, Iterable, Mapping

from checker.findings import Finding, Severity

if TYPE_CHECKING:
    from checker.config import RuleData
    from checker.document import Document


@dataclass(frozen=True)
class Message:
    zh: str
    en: str

    def render(self, lang: str, args) -> str:
        return (self.zh if lang == "zh" else self.en).format(**args)


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]  # kebab-case
    category: ClassVar[str]  # numbers, dates, arithmetic, text, structure
    severity: ClassVar[Severity] = Severity.WARNING
    title: ClassVar[Message]  # a few words: 分项之和与合计不符 / breakdown does not add up
    messages: ClassVar[dict[str, Message]]  # variant -> template filled with Finding.args
    help: ClassVar[Message | Mapping[str, Message] | None] = None  # one, or one per variant
    flagged: ClassVar[tuple[str, ...]] = ()
    clean: ClassVar[tuple[str, ...]] = ()

    def __init__(self, data: "RuleData", selects: Callable[[str], bool] = lambda code: True):
        """``selects`` says whether another rule runs too: a rule that leaves a case to another
        reports it itself when that rule is not selected (A201 leaves a part larger than its
        total to A205)."""
        self.data = data
        self.selects = selects

    def check(self, doc: "Document") -> Iterable[Finding]:
        raise NotImplementedError

    # -- used by the engine and reporters -------------------------------------------------

    def finding(self, start: int, end: int, variant: str = "default", **kwargs) -> Finding:
        """A finding of this rule; keyword arguments other than Finding's fields are args."""
        fields = {k: kwargs.pop(k) for k in ("labels", "calc", "severity", "fix") if k in kwargs}
        return Finding(self.code, start, end, kwargs, variant, **fields)

    def render_message(self, finding: Finding, lang: str) -> str:
        return self.messages[finding.variant].render(lang, finding.args)

    def render_help(self, finding: Finding, lang: str) -> str | None:
        help = self.help.get(finding.variant) if isinstance(self.help, Mapping) else self.help
        return help.render(lang, finding.args) if help else None

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")
