"""Measure ``hegao check --dask`` on a Dask cluster of 1, 2 … workers (one thread each) started
on this machine, over a folder of reports: the scaling figures of the README's archive section.

    python bench/archive.py [--workers 1 2] [--files 500]

Needs the extra: pip install 'hegao[dask]'.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check import small_texts, write_files  # noqa: E402
from corpus import ROOT  # noqa: E402


def main() -> None:
    from distributed import LocalCluster

    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        size = write_files(folder, small_texts(args.files, seed=11))
        print(f"{args.files} reports, {size / 1e6:.1f} MB; {os.cpu_count()} cores; best of {args.repeat}")
        base = None
        for workers in args.workers:
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster:
                best = float("inf")
                for _ in range(args.repeat):
                    start = time.perf_counter()
                    subprocess.run([sys.executable, "-m", "checker", "check", str(folder), "--format", "jsonl",
                                    "--no-cache", "--dask", cluster.scheduler_address],
                                   cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    best = min(best, time.perf_counter() - start)
            base = base or best
            print(f"{workers} worker(s): {best:.2f} s, {args.files / best:.0f} files/s, "
                  f"{size / 1e6 / best:.2f} MB/s, speed-up {base / best:.2f}")


if __name__ == "__main__":
    main()
