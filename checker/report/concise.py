"""``--format concise``: one line a finding, ``path:line:col: severity[CODE] message``."""


def render(results, options) -> str:
    lines = [
        f"{d.path}:{d.line}:{d.column}: {d.severity.label}[{d.rule}] {d.message}"
        + (f" ({d.calc})" if d.calc else "")
        for r in results
        for d in r.diagnostics
    ]
    return "".join(line + "\n" for line in lines)
