"""Counts of diagnostics by severity and by rule: the closing summary of ``--format full`` and
the ``--statistics`` table of ``full`` and ``concise``."""

from __future__ import annotations

from collections import Counter

from checker.findings import Severity
from checker.report.words import severity_name


def diagnostics_of(results) -> list:
    return [d for r in results for d in r.diagnostics]


def severity_counts(results) -> list[tuple[Severity, int]]:
    """(severity, count) from the most severe down, severities without findings left out."""
    counts = Counter(d.severity for d in diagnostics_of(results))
    return [(s, counts[s]) for s in sorted(counts, reverse=True)]


def rule_counts(results) -> list[tuple[str, str, int]]:
    """(code, name, count), the most frequent rule first, then by code."""
    counts = Counter((d.rule, d.name) for d in diagnostics_of(results))
    return [(code, name, n) for (code, name), n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))]


def severity_line(results, lang: str) -> str:
    """``发现 9 个问题：错误 2，警告 7`` / ``Found 9 problems: 2 errors, 7 warnings``; with several
    files, how many were checked first: ``检查 5 个文件，发现 9 个问题（3 个文件）：…`` /
    ``Checked 5 files, found 9 problems in 3 files: …``."""
    total = len(diagnostics_of(results))
    files = sum(1 for r in results if r.diagnostics)
    counts = severity_counts(results)
    several = len(results) > 1
    if lang == "zh":
        checked = f"检查 {len(results)} 个文件，" if several else ""
        if not total:
            return f"{checked}未发现问题"
        where = f"（{files} 个文件）" if several else ""
        return f"{checked}发现 {total} 个问题{where}：" + "，".join(f"{severity_name(s, lang)} {n}" for s, n in counts)
    checked = f"Checked {_plural(len(results), 'file')}, " if several else ""
    if not total:
        return f"{checked}no problems found" if several else "No problems found"
    where = f" in {_plural(files, 'file')}" if several else ""
    parts = ", ".join(f"{n} info" if s == Severity.INFO else _plural(n, severity_name(s, lang)) for s, n in counts)
    return f"{checked}{'found' if several else 'Found'} {_plural(total, 'problem')}{where}: {parts}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def rule_line(results, lang: str) -> str:
    """``按规则：T305 ×6，D201 ×2`` / ``By rule: T305 ×6, D201 ×2``; empty without findings."""
    counts = rule_counts(results)
    if not counts:
        return ""
    if lang == "zh":
        return "按规则：" + "，".join(f"{code} ×{n}" for code, _, n in counts)
    return "By rule: " + ", ".join(f"{code} ×{n}" for code, _, n in counts)


def statistics_table(results) -> list[str]:
    """One row a rule, as ruff prints ``--statistics``: count, code, name."""
    counts = rule_counts(results)
    width = max((len(str(n)) for _, _, n in counts), default=1)
    return [f"{n:>{width}}  {code}  {name}" for code, name, n in counts]
