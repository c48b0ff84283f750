"""Properties of table reading in every layout: a total row that its parts make up, with shares
that round to part ÷ total, draws no table finding; the same table with one part changed by more
than the rounding draws A220 on the total, with the changed part underlined."""

import importlib.util
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from checker.checks import all_rules
from checker.config import default_rule_data

BENCH = Path(__file__).resolve().parent.parent / "bench" / "tables"
_spec = importlib.util.spec_from_file_location("bench_tables_score", BENCH / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)
RULES = [rule(default_rule_data()) for code, rule in all_rules().items() if code.startswith("A22")]
NAMES = ["城关镇", "河口镇", "石桥镇", "新集乡", "白沙乡", "东湖街道"]


def table(parts: list[int]) -> list[list[str]]:
    total = sum(parts)
    shares = [round(p * 1000 / total) / 10 for p in parts]
    rows = [["乡镇", "户籍人口(人)", "比重(%)"], ["全县", str(total), "100.0"]]
    return rows + [[NAMES[k], str(p), f"{s:.1f}"] for k, (p, s) in enumerate(zip(parts, shares))]


def findings(layout, rows):
    doc = score.document(layout, rows)
    return doc, [f for rule in RULES for f in rule.check(doc)]


parts = st.lists(st.integers(1000, 90000), min_size=2, max_size=6)
settings_ = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings_
@given(parts, st.sampled_from(score.LAYOUTS))
def test_a_table_that_adds_up_is_quiet(parts, layout):
    assert findings(layout, table(parts))[1] == []


@settings_
@given(parts, st.sampled_from(score.LAYOUTS), st.data())
def test_a_changed_part_is_underlined_under_its_total(parts, layout, data):
    rows = table(parts)
    k = data.draw(st.integers(0, len(parts) - 1))
    rows[2 + k][1] = str(parts[k] + data.draw(st.integers(10, 5000)))
    # a part equal to the sum of the rows right after it reads as their total (第二产业, 工业,
    # 建筑业): such a table is another table
    figures = [int(row[1]) for row in rows[2:]]
    assume(not any(figures[i] == sum(figures[i + 1:j]) for i in range(len(figures))
                   for j in range(i + 3, len(figures) + 1)))
    # the first rows adding up to the total read as its parts, the rest as rows after them
    # (全县 4001 = 2001 + 1000 + 1000, then 1001): that table adds up
    assume(not any(sum(figures[:j]) == int(rows[1][1]) for j in range(1, len(figures))))
    doc, found = findings(layout, rows)
    [tab] = doc.tables
    total, changed = tab.rows[1][1], tab.rows[2 + k][1]
    [a220] = [f for f in found if f.rule == "A220"]
    assert (a220.start, a220.end) == (total.start, total.end) and doc.place_of(a220.start) == "表1 第2行第2列"
    assert (changed.start, changed.end) in [(lb.start, lb.end) for lb in a220.labels]
