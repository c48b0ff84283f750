"""Benchmark ``hegao check``: throughput on ≥ 3 MB of varied report text, peak memory, and the
wall time of one single-file check from a cold start.

    python bench/check.py

Targets (issue 3): at least 1 MB/s on one core; a single-file check under 0.5 s.
"""

from __future__ import annotations

import sys
import time
import resource
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import cold_start, report_texts  # noqa: E402


def throughput(texts: list[str]) -> tuple[float, int]:
    """Seconds to check every text, and the number of findings."""
    from checker.config import Config
    from checker.document import build_document
    from checker.engine import check_document, selected_rules

    config = Config()
    rules = selected_rules(config)
    # Warm up on the first sample: the grammar tables load once per process (the cold-start
    # figures below show that cost).
    check_document(build_document("warm.txt", texts[0]), config, rules)
    start = time.perf_counter()
    findings = sum(len(check_document(build_document(f"r{i}.txt", t), config, rules)) for i, t in enumerate(texts))
    return time.perf_counter() - start, findings


def main() -> None:
    texts = report_texts()
    size = sum(len(t.encode("utf-8")) for t in texts)
    seconds, findings = throughput(texts)
    print(f"input: {len(texts)} reports, {size / 1e6:.2f} MB")
    print(f"check: {size / 1e6 / seconds:.2f} MB/s ({seconds:.2f} s, {findings} findings)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (resident, whole run): {peak:.0f} MB")
    # 003 has no doubled-word candidate; 000 has one ("参加参加"), which reads jieba's dictionary.
    for sample in ("seeds/003_1eb9d587499e3dbf.txt", "seeds/000_0b41a04c167d9b62.txt"):
        print(f"cold start, hegao check {sample} (best of 5): {cold_start(['check', sample, '--format', 'concise']):.3f} s")


if __name__ == "__main__":
    main()
