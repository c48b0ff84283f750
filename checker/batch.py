"""Check many inputs: in this process, on a pool of processes (``--jobs``) or on a Dask cluster
(``--dask``), with the results cache; outcomes come back one by one in input order, each as soon
as it and all inputs before it are done.

Every way runs the same pure function, ``check_path`` (``checker.api`` underneath); the
configuration of each file is found in this process (a bad one is reported here) and again,
identically, where the file is checked: a worker gets the command line's overrides and
``--config``, never a ``Config`` object.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from checker.run import Checked, Checker


@dataclass(frozen=True)
class Failed:
    """An input that was not checked: ``kind`` is "input" (cannot be read), "config" (the
    configuration of its folder is bad) or "failed" (the check itself failed); ``message`` is one
    line naming the file."""

    name: str
    kind: str
    message: str


@dataclass(frozen=True)
class Plan:
    """How to run: ``jobs`` processes (1: in this process), or ``dask`` (an address, "local");
    ``cache``: a ``checker.cache.ResultCache`` or None."""

    overrides: object
    config_file: str | None = None
    jobs: int = 1
    dask: str | None = None
    cache: object = None


# Fewer files than this are checked in this process: starting worker processes (each reads the
# grammars again) costs more than it saves.
POOL_LEAST = 4


def run_checks(names: Iterable[str], checker: Checker, plan: Plan) -> Iterator[Checked | Failed]:
    """The outcome of each input of ``names``, in order."""
    from checker.settings import ConfigError

    names = list(names)
    pending: list = []  # per input: an outcome, or (name, config, content digest) to check
    for name in names:
        try:
            config = checker.settings.for_path(name)
        except ConfigError as error:
            pending.append(Failed(name, "config", str(error)))
            continue
        if name == "-":  # standard input is read here, once
            pending.append(_in_process(checker, name))
            continue
        content = _content_digest(name) if plan.cache is not None else None
        hit = plan.cache.get(name, config, content) if content is not None else None
        pending.append(Checked(name, hit[0], config, *hit[1:]) if hit is not None else (name, config, content))
    todo = [p[0] for p in pending if isinstance(p, tuple)]
    results = iter(_executor(todo, checker, plan))
    for item in pending:
        if not isinstance(item, tuple):
            yield item
            continue
        name, config, content = item
        outcome = next(results)
        if outcome[0] != "ok":
            yield Failed(name, outcome[0], outcome[1])
            continue
        if content is not None:
            plan.cache.put(name, config, content, outcome[1:])
        yield Checked(name, outcome[1], config, *outcome[2:])


def _content_digest(name: str) -> str | None:
    from checker.cache import content_digest

    try:
        with open(name, "rb") as f:
            return content_digest(f.read())
    except OSError:
        return None  # the reader reports it


def _in_process(checker: Checker, name: str) -> Checked | Failed:
    outcome = _outcome(checker, name)
    if outcome[0] != "ok":
        return Failed(name, outcome[0], outcome[1])
    return Checked(name, outcome[1], checker.settings.for_path(name), *outcome[2:])


def _executor(names: list[str], checker: Checker, plan: Plan) -> Iterator[tuple]:
    if plan.dask:
        return _on_dask(names, plan)
    if plan.jobs <= 1 or len(names) < POOL_LEAST:
        return (_outcome(checker, name) for name in names)
    return _on_pool(names, plan)


def _on_pool(names: list[str], plan: Plan) -> Iterator[tuple]:
    from concurrent.futures import ProcessPoolExecutor

    jobs = min(plan.jobs, len(names))
    chunk = max(1, min(16, len(names) // (jobs * 8)))
    with ProcessPoolExecutor(jobs) as pool:
        yield from pool.map(check_path, names, [plan.overrides] * len(names),
                            [plan.config_file] * len(names), chunksize=chunk)


def _on_dask(names: list[str], plan: Plan) -> Iterator[tuple]:
    client, cluster = dask_client(plan.dask)
    try:
        futures = client.map(check_path, names, overrides=plan.overrides, config_file=plan.config_file,
                             pure=False)
        for name, future in zip(names, futures):
            try:
                yield future.result()
            except Exception as error:  # noqa: BLE001 - a lost worker, a task that could not run
                yield ("failed", f"{name}: the Dask task failed: {type(error).__name__}: {error}")
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def dask_client(address: str):
    """A client of the cluster at ``address`` ("local": a LocalCluster of this machine's cores)
    and the cluster started for it (None for an existing one); ImportError without the extra."""
    from distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster
    return Client(address), None


def check_path(name: str, overrides, config_file: str | None) -> tuple:
    """("ok", FileResult, raw, warnings, unused suppressions), or (kind, one-line message) when ``name`` was not
    checked; the task a pool process or a Dask worker runs."""
    return _outcome(Checker(_settings(overrides, config_file)), name)


@cache
def _settings(overrides, config_file: str | None):
    from checker.settings import Settings

    return Settings(overrides, config_file)


def _outcome(checker: Checker, name: str) -> tuple:
    from checker.read import InputError
    from checker.settings import ConfigError

    try:
        checked = checker.check(name)
    except InputError as error:
        return ("input", str(error))
    except ConfigError as error:
        return ("config", str(error))
    except Exception as error:  # noqa: BLE001 - one file that breaks a rule never ends a run
        return ("failed", f"{name}: cannot be checked: {type(error).__name__}: {error}")
    return ("ok", checked.result, checked.raw, checked.warnings, checked.unused_suppressions)
