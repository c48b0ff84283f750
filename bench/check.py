"""Benchmark ``hegao check``: MB/s on one core and with ``--jobs`` = cores, files/s on 500 small
files, a re-run over 2,500 unchanged files with the cache, peak memory, and the wall time of one
single-file check from a cold start. Timings are the best of ``--repeat`` runs (other work on the
machine only slows a run down).

    python bench/check.py                # all of the above
    python bench/check.py --memory       # also peak RSS of a run over 3, 30 and 100 MB of input

Targets (issue 14): ≥ 3 MB/s on one core; 2 jobs ≤ 0.6 × the time of 1 job on 500 files; a cached
re-run over 2,500 files < 2 s; a single-file check ≤ 0.2 s; memory flat beyond one document.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import ROOT, WITH_BYTECODE, cold_start, report_texts  # noqa: E402

CORES = os.cpu_count() or 1


def in_process(texts: list[str], repeat: int) -> tuple[float, float, int]:
    """Best wall and CPU seconds to check every text in this process, and the number of findings."""
    from checker.claims.extract import _window_parser
    from checker.config import Config
    from checker.document import build_document
    from checker.engine import check_document, selected_rules

    config = Config()
    rules = selected_rules(config)
    # Warm up: the grammar tables load once per process (the cold-start figures show that cost).
    check_document(build_document("warm.txt", texts[0]), config, rules)
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        _window_parser(config.data).cache_clear()  # no window of a former run is remembered
        wall, cpu = time.perf_counter(), time.process_time()
        findings = sum(len(check_document(build_document(f"r{i}.txt", t), config, rules))
                       for i, t in enumerate(texts))
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu, findings


def write_files(folder: Path, texts: list[str]) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"r{i:05d}.txt").write_text(text, encoding="utf-8")
    return sum(len(t.encode("utf-8")) for t in texts)


def small_texts(count: int, seed: int) -> list[str]:
    """``count`` small reports (a few KB each): pieces of the benchmark text cut at line ends."""
    pieces = []
    for text in report_texts(min_bytes=count * 4500, seed=seed):
        lines = text.splitlines(keepends=True)
        for i in range(0, len(lines), 12):
            pieces.append("".join(lines[i:i + 12]))
    pieces = [p for p in pieces if len(p) > 200]
    return pieces[:count]


def hegao(args: list[str], repeat: int = 1, env: dict | None = None) -> float:
    """Best wall seconds of ``hegao ARGS`` (output dropped)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=env or WITH_BYTECODE)
        best = min(best, time.perf_counter() - start)
    return best


def peak_rss(args: list[str]) -> float:
    """Peak resident MB of one ``hegao ARGS`` run in a fresh process."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,"
             " stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "checker", *args],
                         cwd=ROOT, capture_output=True, text=True, env=WITH_BYTECODE)
    return int(out.stdout.strip()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory", action="store_true", help="also peak RSS at 3, 30 and 100 MB of input")
    args = parser.parse_args()
    texts = report_texts()
    size = sum(len(t.encode("utf-8")) for t in texts)
    wall, cpu, findings = in_process(texts, args.repeat)
    print(f"input: {len(texts)} reports, {size / 1e6:.2f} MB; {CORES} cores; best of {args.repeat}")
    print(f"check, 1 core (in process): {size / 1e6 / wall:.2f} MB/s wall, {size / 1e6 / cpu:.2f} MB/s CPU "
          f"({wall:.2f} s, {findings} findings)")
    print(f"peak memory of that run (resident): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = {**WITH_BYTECODE, "HEGAO_CACHE_DIR": str(tmp / "cache")}
        big = tmp / "big"
        write_files(big, texts)
        for jobs in sorted({1, CORES}):
            seconds = hegao(["check", str(big), "--format", "jsonl", "--no-cache", "--jobs", str(jobs)], args.repeat)
            print(f"check, --jobs {jobs} (command line, {len(texts)} files): {size / 1e6 / seconds:.2f} MB/s ({seconds:.2f} s)")

        small = tmp / "small"
        small_size = write_files(small, small_texts(500, seed=7))
        times = {}
        for jobs in sorted({1, CORES}):
            times[jobs] = hegao(["check", str(small), "--format", "jsonl", "--no-cache", "--jobs", str(jobs)], args.repeat)
            print(f"500 small files ({small_size / 1e6:.1f} MB), --jobs {jobs}: {500 / times[jobs]:.0f} files/s "
                  f"({times[jobs]:.2f} s)")
        if CORES > 1:
            print(f"--jobs {CORES} / --jobs 1 time on 500 files: {times[CORES] / times[1]:.2f}")

        many = tmp / "many"
        many_size = write_files(many, [t for seed in range(5) for t in small_texts(500, seed=100 + seed)])
        count = len(list(many.iterdir()))
        first = hegao(["check", str(many), "--format", "jsonl"], env=env)
        cached = hegao(["check", str(many), "--format", "jsonl"], args.repeat, env=env)
        print(f"{count} files ({many_size / 1e6:.1f} MB): first run {first:.2f} s, cached re-run {cached:.2f} s")
        print(f"peak memory, --jobs 1 over {len(texts)} files (resident): "
              f"{peak_rss(['check', str(big), '--format', 'jsonl', '--no-cache', '--jobs', '1']):.0f} MB")

        if args.memory:
            for megabytes in (3, 30, 100):
                folder = tmp / f"mem{megabytes}"
                copies = report_texts(min_bytes=megabytes * 1_000_000, seed=megabytes)
                write_files(folder, copies)
                rss = peak_rss(["check", str(folder), "--format", "jsonl", "--no-cache", "--jobs", "1"])
                print(f"peak memory, {megabytes} MB of input, --jobs 1 (resident): {rss:.0f} MB")

    # 003 has no doubled-word candidate; 000 has one ("参加参加"), which T301 segments with the lexicon.
    for sample in ("seeds/003_1eb9d587499e3dbf.txt", "seeds/000_0b41a04c167d9b62.txt"):
        seconds = cold_start(["check", sample, "--format", "concise", "--no-cache"])
        print(f"cold start, hegao check {sample} (best of 5): {seconds:.3f} s")


if __name__ == "__main__":
    main()
