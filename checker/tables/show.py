"""``hegao claims --tables``: the tables hegao found and how it read them, to see why a table
rule fired or stayed quiet."""

from __future__ import annotations

import json

from checker.tables.parts import part_groups


def table_json(table) -> dict:
    return {
        "table": table.number,
        "caption": table.caption,
        "layout": table.layout,
        "header_rows": table.header_rows,
        "total_row": None if table.total_row is None else table.total_row + 1,
        "sub_rows": sorted(r + 1 for r in table.sub_rows),
        "groups": [{"total": g.total + 1, "parts": [[r + 1 for r in reading] for reading in g.readings],
                    "partial": g.partial} for g in part_groups(table)],
        "columns": [{"header": table.header(c), "unit": table.units[c], "kind": table.kinds[c]}
                    for c in range(table.width)],
        "rows": [[cell.text for cell in row] for row in table.rows],
    }


def show_tables(doc, fmt: str = "table") -> str:
    tables = [table_json(t) for t in doc.tables]
    if fmt == "json":
        return json.dumps(tables, ensure_ascii=False, indent=2) + "\n"
    lines = [f"{doc.path}: {len(tables)} tables"]
    for t, table in zip(tables, doc.tables):
        line, _ = doc.lines.position(table.start)
        lines.append(f"\n表{t['table']} ({t['layout']}, line {line}) {t['caption']}")
        for c, column in enumerate(t["columns"], start=1):
            lines.append(f"  列{c}: {column['header']}  unit={column['unit'] or '-'}  kind={column['kind']}")
        for r, row in enumerate(t["rows"], start=1):
            role = ("header" if r <= t["header_rows"] else "total" if r == t["total_row"]
                    else "sub-row" if r in t["sub_rows"] else "")
            lines.append(f"  行{r} {role:7} | " + " | ".join(" ".join(v.split()) for v in row))
        for group in t["groups"]:
            readings = " 或 ".join(" + ".join(f"行{r}" for r in parts) for parts in group["parts"])
            lines.append(f"  行{group['total']} = {readings}" + ("（其中，可能不全）" if group["partial"] else ""))
    return "\n".join(lines) + "\n"
