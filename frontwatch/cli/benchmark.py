"""``frontwatch benchmark speed``: the whole extraction pipeline against spaCy alone.

The issue's throughput measure is a ratio, not a number of words per second, because
machines differ: the full pipeline (small model without its entity recogniser, the
geoparser, the extractor) must take no longer than the complete small model alone on
the same texts. Both runs see the same documents after the same warm-up, so the ratio
is fair on any machine.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import typer

from frontwatch.cli.app import benchmark_app
from frontwatch.errors import InputError
from frontwatch.records import Document

REPOSITORY = Path(__file__).resolve().parents[2]
LGL = Path("eval") / "geoparsing" / "lgl.jsonl"
WARM_UP = 3


def default_corpus() -> Path | None:
    """The LGL corpus of the shared folder (``$FRONTWATCH_SHARED`` or beside the checkout)."""
    roots = [Path(os.environ["FRONTWATCH_SHARED"])] if os.environ.get("FRONTWATCH_SHARED") else []
    roots += [Path.cwd().parent / "shared", REPOSITORY.parent / "shared"]
    return next((root / LGL for root in roots if (root / LGL).is_file()), None)


def read_documents(path: Path, limit: int | None) -> list[Document]:
    """Documents of a JSON Lines file (``id`` and ``text``; other fields are kept if known)."""
    documents: list[Document] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot be read: {error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = row["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise InputError(f"{path}:{number}", f"not a document with a text: {error}") from error
        documents.append(
            Document(
                id=str(row.get("id", number)),
                text=text,
                published=row.get("published"),
                language=row.get("language") or "en",
            )
        )
        if limit is not None and len(documents) >= limit:
            break
    if not documents:
        raise InputError(str(path), "holds no documents")
    return documents


def _timed(run: Iterable[object]) -> float:
    start = time.perf_counter()
    for _ in run:
        pass
    return time.perf_counter() - start


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@benchmark_app.command("speed")
def speed(
    file: Path | None = typer.Argument(  # noqa: B008
        None, help="JSON Lines documents (id, text); default: the shared LGL corpus."
    ),
    limit: int | None = typer.Option(
        None, "--limit", min=1, help="Use only the first N documents."
    ),
) -> None:
    """Words/s, documents/s and peak memory of extraction, and its time ratio to spaCy alone."""
    from frontwatch.nlp import load_model
    from frontwatch.pipeline import Pipeline

    path = file or default_corpus()
    if path is None:
        raise InputError("lgl.jsonl", "no corpus given and the shared LGL corpus was not found")
    documents = read_documents(path, limit)
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)

    pipeline = Pipeline()
    baseline = load_model()
    for _ in pipeline.pipe(documents[:WARM_UP]):
        pass
    for _ in baseline.pipe(texts[:WARM_UP]):
        pass
    start = time.perf_counter()
    events = sum(len(found) for _, found in pipeline.pipe(documents))
    seconds = time.perf_counter() - start
    spacy_seconds = _timed(baseline.pipe(texts))
    ratio = seconds / spacy_seconds if spacy_seconds else float("inf")

    print(f"corpus        {path} ({len(documents)} documents, {words} words)")
    print(
        f"pipeline      {seconds:.2f} s  {words / seconds:,.0f} words/s  "
        f"{len(documents) / seconds:,.1f} documents/s  {events} events"
    )
    print(
        f"spaCy alone   {spacy_seconds:.2f} s  {words / spacy_seconds:,.0f} words/s  "
        f"({', '.join(baseline.pipe_names)})"
    )
    print(f"ratio         {ratio:.2f} (pipeline time / spaCy time; target at most 1.00)")
    print(f"peak memory   {_peak_mb():,.0f} MB")
