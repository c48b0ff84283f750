"""``hegao claims --relations``: the relations found, as a table or JSON."""

from __future__ import annotations

import io
import json

from checker.relations import find_relations
from checker.relations.arithmetic import change_of, fmt, percent
from checker.relations.model import (Breakdown, Change, Definition, Enumeration, PercentOfWhole, PercentParts, Rate,
                                     Repeat, Share)
from checker.relations.wholes import counts_around


def _row(r) -> tuple[int, str, str, str, str]:
    """(offset, kind, stated figure, the claims it is computed from, the computed value)."""
    if isinstance(r, Breakdown):
        inputs = " + ".join(p.text for p in r.parts)
        return r.total.start, f"breakdown {r.marker}", r.total.text, inputs, fmt(sum(p.value for p in r.parts))
    if isinstance(r, Change):
        inputs = f"{r.base.text} → {r.current.text}"
        return r.stated.start, "change", r.stated.text, inputs, fmt(change_of(r)) + ("%" if r.relative else "")
    if isinstance(r, PercentParts):
        inputs = " + ".join(p.text for p in r.parts)
        return r.parts[0].start, "percent parts", "100%", inputs, fmt(sum(p.value for p in r.parts)) + "%"
    if isinstance(r, Rate):
        inputs = f"{r.numerator.text} ÷ {r.denominator.text}"
        return r.rate.start, f"rate {r.name}", r.rate.text, inputs, fmt(percent(r.numerator.value, r.denominator.value)) + "%"
    if isinstance(r, Repeat):
        return r.again.start, f"repeat {r.subject}", r.again.text, r.first.text, r.first.text
    if isinstance(r, PercentOfWhole):
        count = min(counts_around(r), key=lambda k: abs(percent(k, r.whole.value) - r.percentage.value))
        inputs = f"{count} ÷ {r.whole.text}"
        return r.percentage.start, f"percent of whole {r.name}", r.percentage.text, inputs, fmt(percent(count, r.whole.value)) + "%"
    if isinstance(r, Definition):
        inputs = r.numerator.text + (f" ÷ {r.denominator.text}" if r.denominator else "") + f" × {fmt(r.scale)}"
        return r.result.start, f"definition {r.name}", r.result.text, inputs, fmt(r.computed)
    if isinstance(r, Enumeration):
        return r.count.start, f"enumeration ({r.source})", r.count.text, f"{len(r.items)} items", str(len(r.items))
    assert isinstance(r, Share)
    part = r.parts[0]
    inputs = f"{part.text} ÷ {r.whole.text}"
    return r.share.start, "share", r.share.text, inputs, fmt(percent(part.value, r.whole.value)) + "%"


def show_relations(doc, fmt_name: str) -> str:
    relations = find_relations(doc)
    if fmt_name == "json":
        return json.dumps([r.to_json() for r in relations], ensure_ascii=False, indent=2) + "\n"
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{doc.path}: {len(relations)} relations")
    for column in ("line:col", "kind", "stated", "from", "computed"):
        table.add_column(column)
    for offset, *cells in sorted(map(_row, relations)):
        line, col = doc.lines.position(offset)
        table.add_row(f"{line}:{col}", *cells)
    out = io.StringIO()
    Console(file=out, width=120).print(table)
    return out.getvalue()
