"""Scale-out: the same pipeline over a whole archive on a Dask cluster.

Dask is the engine rather than a hand-made process pool because analysts' teams
already run it (locally, on a cluster, on Kubernetes) and it streams partitions
back as they finish. Workers read and extract; the driver alone writes the store,
so SQLite's single writer and the one-transaction-per-document rule still hold.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from frontwatch.errors import FrontwatchError
from frontwatch.ingest import Metadata, read
from frontwatch.ingest.folders import walk
from frontwatch.pipeline import Pipeline
from frontwatch.records import Document, Event, Problem

Result = tuple[Document, list[Event]] | Problem


@lru_cache(maxsize=1)
def _worker_pipeline() -> Pipeline:
    """One pipeline per worker process: the model and gazetteer load once."""
    return Pipeline()


def _process(paths: list[str], meta: Metadata, max_bytes: int) -> list[Result]:
    items = list(read(paths, meta, max_bytes=max_bytes))
    documents = [i for i in items if isinstance(i, Document)]
    pairs = dict((d.id, (d, e)) for d, e in _worker_pipeline().pipe(documents))
    return [i if isinstance(i, Problem) else pairs[i.id] for i in items]


def report_files(paths: Sequence[str]) -> tuple[list[str], list[Problem]]:
    """Every report file below the given paths, in the order ``ingest`` reads them."""
    files: list[str] = []
    problems: list[Problem] = []
    for path in map(Path, paths):
        for item in walk(path) if path.is_dir() else [path]:
            if isinstance(item, Problem):
                problems.append(item)
            else:
                files.append(str(item))
    return files, problems


def pipe_distributed(
    paths: Sequence[str],
    meta: Metadata | None = None,
    max_bytes: int = 50_000_000,
    scheduler: str = "processes",
    files_per_task: int = 50,
) -> Iterator[Result]:
    """Results per file group, yielded as the cluster finishes them.

    ``scheduler`` is ``processes``, ``threads`` or ``sync`` for one machine, or the
    address of a running ``dask.distributed`` scheduler (``tcp://host:8786``).
    """
    try:
        import dask
        from dask import delayed
    except ImportError as error:
        raise FrontwatchError("scale-out needs Dask: pip install 'frontwatch[scale]'") from error

    files, problems = report_files(paths)
    yield from problems
    groups = [files[i : i + files_per_task] for i in range(0, len(files), files_per_task)]
    tasks = [delayed(_process)(group, meta or Metadata(), max_bytes) for group in groups]
    if "://" in scheduler:
        from dask.distributed import Client, as_completed

        with Client(scheduler) as client:
            for future in as_completed(client.compute(tasks)):
                yield from future.result()
        return
    wave = 2 * (os.cpu_count() or 1)
    for start in range(0, len(tasks), wave):
        for results in dask.compute(*tasks[start : start + wave], scheduler=scheduler):
            yield from results
