"""``hegao claims --relations``: the relations found, as a table or JSON."""

from __future__ import annotations

import io
import json

from checker.relations import find_relations
from checker.relations.arithmetic import change_of, fmt, percent
from checker.relations.model import (Average, AverageChange, Breakdown, Change, ChangeSince, Definition, Enumeration,
                                     LevelChange, LevelShares, Pairing, PercentOfWhole, PercentParts, Rate, Repeat, Retimed, Share,
                                     ShareOfCount, Trend, UnitSlip)
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
    if isinstance(r, Average):
        computed = fmt(r.total.value / r.count.value) if r.count.value else ""
        return r.average.start, f"average {r.word}", r.average.text, f"{r.total.text} ÷ {r.count.text}", computed
    if isinstance(r, LevelChange):
        inputs = f"{r.difference.text} ÷ ({r.level.text} {'+' if r.falling else '−'} {r.difference.text})"
        computed = fmt(percent(r.difference.value, r.base_value)) + "%" if r.base_value else ""
        return r.percent.start, "level change", r.percent.text, inputs, computed
    if isinstance(r, Trend):
        return r.current.start, f"trend {r.verb}", r.current.text, f"{r.base.text} → {r.current.text}", fmt(r.current.value - r.base.value)
    if isinstance(r, AverageChange):
        inputs = f"{r.base.text} → {r.current.text}, {r.years}年"
        computed = fmt(((r.current.value / r.base.value) ** (1 / r.years) - 1) * 100) + "%" if r.base.value > 0 < r.current.value else ""
        return r.stated.start, "average change", r.stated.text, inputs, computed
    if isinstance(r, ChangeSince):
        sign = "−" if r.falling else "+"
        return r.stated.start, "change since", r.stated.text, f"{r.since}: {r.base.text} {sign} {r.difference.text}", ""
    if isinstance(r, ShareOfCount):
        return r.share.start, "share of count", r.share.text, r.part.text, ""
    if isinstance(r, LevelShares):
        total = sum(level.value for level in r.levels)
        computed = " : ".join(fmt(percent(level.value, total)) for level in r.levels) if total else ""
        return r.shares[0].start, "level shares", " : ".join(c.text for c in r.shares), " : ".join(c.text for c in r.levels), computed
    if isinstance(r, Pairing):
        items = " or ".join(map(str, r.counts))
        return r.names[0], "pairing", f"{len(r.values)} values", f"{items} items", str(len(r.values))
    if isinstance(r, Retimed):
        return r.again.start, f"retimed {r.subject}", r.again.text, f"{r.first_time} {r.first.text}", r.again_time
    if isinstance(r, UnitSlip):
        return r.change.start, "unit slip", r.change.text, r.level.text, ""
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
