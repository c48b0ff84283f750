"""Run the selected rules on a document and resolve their findings into diagnostics.

A rule that raises on a document does not end the run: the error is reported in one line on
standard error and the other rules go on. A rule that reports more than ``MAX_FINDINGS`` of one
document shows the first ones and one summary diagnostic for the rest, so that a pathological
input (a line of 100,000 “) gives a readable report in bounded memory.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace

from checker.checks import all_rules
from checker.checks.T303 import covered, debris_spans
from checker.checks.base import Message, Rule
from checker.config import Config
from checker.document import Document
from checker.findings import Diagnostic, Finding, Severity
from checker.read import InputError

MAX_FINDINGS = 50  # of one rule in one document
MORE = Message("本文档另有{count}处同类问题（{code}）未逐一列出",
               "…and {count} more of this kind ({code}) in this document")


class NothingChecked(InputError):
    """Every selected rule failed on a document: it counts as an input that could not be
    checked (one line, and exit 2 when no other input was checked)."""


def report_internal_error(codes: list[str], path: str, error: Exception) -> None:
    """One line on standard error for rules that raised on a document."""
    rules = ("rule " if len(codes) == 1 else "rules ") + ", ".join(codes)
    print(f"hegao: internal error: {rules} failed on {path} ({type(error).__name__}: {error}); "
          f"please report this to the hegao maintainers, with the file if you can", file=sys.stderr)


def raise_internal_error(codes: list[str], path: str, error: Exception) -> None:
    """For tests and fuzzing: a rule that raises ends the check with its traceback."""
    raise error


def selected_rules(config: Config) -> list[Rule]:
    return [cls(config.data, config.selects) for code, cls in all_rules().items() if config.selects(code)]


def check_document(doc: Document, config: Config, rules: list[Rule] | None = None,
                   on_error: Callable[[list[str], str, Exception], None] = report_internal_error
                   ) -> list[Diagnostic]:
    """Diagnostics of ``doc``, sorted by position; one per (rule, span), at most
    ``MAX_FINDINGS`` and a summary per rule. Rules that raise are passed to ``on_error`` (grouped
    by error); NothingChecked when every rule raised."""
    rules = selected_rules(config) if rules is None else rules
    diagnostics: list[Diagnostic] = []
    failed: dict[str, tuple[list[str], Exception]] = {}
    debris = _debris(doc, config)
    for rule in rules:
        try:
            diagnostics.extend(_rule_diagnostics(rule, doc, config, debris))
        except Exception as error:  # noqa: BLE001 - a bug in one rule must not end the run
            failed.setdefault(f"{type(error).__name__}: {error}", ([], error))[0].append(rule.code)
    for codes, error in failed.values():
        on_error(codes, doc.path, error)
    if rules and len(rules) == sum(len(codes) for codes, _ in failed.values()):
        raise NothingChecked(f"{doc.path}: not checked: every rule failed on it (an internal error)")
    diagnostics.sort(key=lambda d: (d.start, d.end, d.rule))
    return diagnostics


def _rule_diagnostics(rule: Rule, doc: Document, config: Config,
                      debris: list[tuple[int, int]] = ()) -> list[Diagnostic]:
    """The diagnostics of one rule: its findings in text order, one per span, the first
    ``MAX_FINDINGS`` and a summary of the rest. Only a few more than those are held at a time.
    A finding inside a website's debris (T303 reports it whole: 上传人… 页数:34 大小) is noise and
    is left out, whatever the rule."""
    seen: set[int] = set()
    kept: list[Finding] = []
    worst = None
    width = len(doc.text) + 1
    debris = debris if rule.code != DEBRIS_RULE else ()
    for finding in rule.check(doc):
        key = finding.start * width + finding.end
        if key in seen or (debris and covered(debris, finding.start, finding.end)):
            continue
        seen.add(key)
        kept.append(finding)
        severity = severity_of(finding, rule, config)
        worst = severity if worst is None else max(worst, severity)
        if len(kept) > 4 * MAX_FINDINGS:
            kept.sort(key=Finding.sort_key)
            del kept[MAX_FINDINGS + 1:]
    kept.sort(key=Finding.sort_key)
    shown = [resolve(f, rule, doc, config) for f in kept[:MAX_FINDINGS]]
    if len(seen) > MAX_FINDINGS:
        shown.append(_summary(kept[MAX_FINDINGS], len(seen) - MAX_FINDINGS, worst, rule, doc, config))
    return shown


DEBRIS_RULE = "T303"


def _debris(doc: Document, config: Config) -> list[tuple[int, int]]:
    """The website debris of ``doc``, read once for all the rules; none when reading it fails,
    a failure T303 itself then reports."""
    try:
        return debris_spans(doc.text, config.data)
    except Exception:  # noqa: BLE001 - reported by T303 with the rule errors
        return []


def _summary(first: Finding, count: int, severity: Severity, rule: Rule, doc: Document,
             config: Config) -> Diagnostic:
    """One diagnostic for the ``count`` findings not shown, at the first of them."""
    args = {"count": count, "code": rule.code}
    return replace(resolve(first, rule, doc, config), severity=severity, message=MORE.render(config.lang, args),
                   help=None, calc=None, labels=(), fix=None)


def severity_of(finding: Finding, rule: Rule, config: Config) -> Severity:
    configured = config.severities.get(rule.code)
    if configured is not None:
        return configured
    return finding.severity or rule.severity


def resolve(finding: Finding, rule: Rule, doc: Document, config: Config) -> Diagnostic:
    line, column = doc.lines.position(finding.start)
    end_line, end_column = doc.lines.position(max(finding.start, finding.end - 1))
    return Diagnostic(
        path=doc.path,
        rule=rule.code,
        name=rule.name,
        category=rule.category,
        severity=severity_of(finding, rule, config),
        start=finding.start,
        end=finding.end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column + 1,
        message=rule.render_message(finding, config.lang),
        help=rule.render_help(finding, config.lang),
        calc=finding.calc,
        labels=tuple((l.start, l.end, l.text(config.lang)) for l in finding.labels),
        place=doc.place_of(finding.start),
        fix=finding.fix,
    )
