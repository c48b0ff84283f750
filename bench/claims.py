"""Benchmark the claims extractor: throughput on ≥ 3 MB of varied report text, peak memory, and
the wall time of ``hegao claims`` on one sample report from a cold start.

    python bench/claims.py

Targets: at least 2 MB/s on one core; a cold start under 0.3 s.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import cold_start, report_texts  # noqa: E402

SAMPLE = "seeds/000_0b41a04c167d9b62.txt"


def throughput(texts: list[str]) -> tuple[float, int]:
    """Seconds to extract the claims of every text, and the number of claims."""
    from checker.document import build_document

    documents = [build_document(f"r{i}.txt", t) for i, t in enumerate(texts)]
    build_document("warm.txt", "共有3名").claims  # load the grammar outside the timing
    start = time.perf_counter()
    claims = sum(len(doc.claims) for doc in documents)
    return time.perf_counter() - start, claims


def main() -> None:
    texts = report_texts()
    size = sum(len(t.encode("utf-8")) for t in texts)
    seconds, claims = throughput(texts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(f"input: {len(texts)} reports, {size / 1e6:.2f} MB")
    print(f"claims: {size / 1e6 / seconds:.2f} MB/s, {claims / seconds:,.0f} claims/s "
          f"({claims} claims in {seconds:.2f} s)")
    print(f"peak memory (resident, whole run): {peak:.0f} MB")
    print(f"cold start, hegao claims {SAMPLE} (best of 5): {cold_start(['claims', SAMPLE]):.3f} s")


if __name__ == "__main__":
    main()
