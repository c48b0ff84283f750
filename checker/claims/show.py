"""``hegao claims``: every claim of a report as a table or as JSON."""

from __future__ import annotations

import io
import json


def _value_text(claim) -> str:
    if claim.date:
        parts = [f"{p}" if p is not None else "?" for p in claim.date]
        text = "-".join(parts)
        if claim.date_end:
            text += " … " + "-".join(f"{p}" if p is not None else "?" for p in claim.date_end)
        return text
    if claim.lo is not None or claim.hi is not None:
        return f"{claim.lo} – {claim.hi}"
    return "" if claim.value is None else f"{claim.value:g}" if isinstance(claim.value, float) else str(claim.value)


def show_claims(doc, fmt: str) -> str:
    claims = doc.claims
    if fmt == "json":
        return json.dumps([c.to_json() for c in claims], ensure_ascii=False, indent=2) + "\n"
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{doc.path}: {len(claims)} claims", header_style="bold")
    for column in ("line:col", "text", "value", "unit", "kind", "bound", "flags"):
        table.add_column(column, justify="right" if column == "value" else "left")
    for claim in claims:
        line, col = doc.lines.position(claim.start)
        table.add_row(f"{line}:{col}", claim.text, _value_text(claim), claim.unit or "",
                      claim.kind, claim.bound or "", " ".join(sorted(claim.flags)))
    out = io.StringIO()
    # markup off: a claim's text or the path may hold [ ], which rich would read as markup
    console = Console(file=out, width=120, force_terminal=False, markup=False, highlight=False, emoji=False)
    console.print(table)
    return out.getvalue()
