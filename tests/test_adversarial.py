"""Never a hang, never gigabytes: on adversarial inputs (tests/adversarial.py) the time of a
check grows at most linearly with the input and its memory stays bounded; a rule reports at most
MAX_FINDINGS findings of one document and one summary of the rest."""

import time
import tracemalloc

import pytest

from checker.config import Config
from checker.document import build_document
from checker.engine import MAX_FINDINGS, check_document, raise_internal_error, selected_rules
from tests.adversarial import INPUTS, adversarial_text

CONFIG = Config()
RULES = selected_rules(CONFIG)
BASE = 6 * 1024  # bytes; the larger input is four times as long
# Linear time gives a ratio near 4 for four times the input, quadratic near 16: 8 leaves room
# for a busy machine.
MAX_RATIO = 8


def _check(text: str):
    return check_document(build_document("adversarial.txt", text), CONFIG, RULES, on_error=raise_internal_error)


def _seconds(text: str) -> float:
    """The best CPU time of three checks of ``text``: the work of other processes on the machine
    is not counted, and a run is never sped up by chance."""
    times = []
    for _ in range(3):
        start = time.process_time()
        _check(text)
        times.append(time.process_time() - start)
    return min(times)


@pytest.mark.parametrize("name", INPUTS)
def test_time_grows_linearly(name):
    _check(adversarial_text(name, 512))  # warm-up: grammar tables, parse caches
    small = _seconds(adversarial_text(name, BASE))
    large = _seconds(adversarial_text(name, 4 * BASE))
    assert large / max(small, 0.005) < MAX_RATIO, f"{name}: {small:.3f} s → {large:.3f} s"


@pytest.mark.parametrize("name", ["open-paren", "open-quote", "headings", "digits"])
def test_memory_stays_bounded(name):
    """Peak memory of one check of 128 KB stays under 80 times its size (a line of “ took 190
    times, one finding a character)."""
    text = adversarial_text(name, 128 * 1024)
    _check(text[:1000])
    tracemalloc.start()
    try:
        _check(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 80 * len(text.encode("utf-8")), f"{name}: {peak / 2**20:.0f} MB"


def test_a_rule_shows_the_first_findings_of_a_document_and_sums_up_the_rest():
    text = "组织“青蓝工程结对帮扶，" * (MAX_FINDINGS + 20) + "\n"
    found = [d for d in _check(text) if d.rule == "T304"]
    opens = [i for i, ch in enumerate(text) if ch == "“"]
    assert [(d.start, d.end) for d in found] == [(i, i + 1) for i in opens[:MAX_FINDINGS + 1]]
    assert {d.message for d in found[:MAX_FINDINGS]} == {"““”没有对应的后半"}
    summary = found[-1]
    assert summary.message == "本文档另有20处同类问题（T304）未逐一列出"
    assert (summary.help, summary.labels, summary.fix) == (None, (), None)


def test_the_summary_in_english_counts_the_rule_over_the_whole_document():
    config = Config(lang="en")
    text = "（" * (MAX_FINDINGS + 1) + "\n" + "“" * MAX_FINDINGS
    t304 = [d for d in check_document(build_document("a.txt", text), config, RULES) if d.rule == "T304"]
    assert len(t304) == MAX_FINDINGS + 1
    assert (t304[-1].start, t304[-1].message) == (MAX_FINDINGS, "…and 51 more of this kind (T304) in this document")


def test_a_rule_at_the_cap_shows_every_finding():
    found = [d for d in _check("（" * MAX_FINDINGS) if d.rule == "T304"]
    assert [d.start for d in found] == list(range(MAX_FINDINGS))
