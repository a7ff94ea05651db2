"""``frontwatch eval``: score events against a gold file (contract §8)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from frontwatch.cli.app import app, progress, report_problem
from frontwatch.evaluate import (
    EventBrief,
    Scores,
    load_gold,
    load_predictions,
    predict,
    score,
)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file: JSON Lines, one document per line.")],
    predicted: Annotated[
        Path | None,
        typer.Argument(
            help="Predicted events (frontwatch extract --format jsonl); "
            "without it, the pipeline runs on the gold documents."
        ),
    ] = None,
    texts: Annotated[
        Path | None,
        typer.Option(
            "--texts",
            help="Folder of the reports whose gold lines name a file instead of carrying "
            "text [default: ../shared/samples/reports beside the current folder or the "
            "repository].",
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the figures as JSON on standard output.")
    ] = False,
    errors: Annotated[
        bool,
        typer.Option("--errors", help="List misses, false alarms and disagreements per document."),
    ] = False,
) -> None:
    """Precision, recall and F1 overall and per type; side, status and date accuracy.

    With --json the table goes to standard error, so that the JSON can be piped.
    """
    gold_docs = load_gold(gold, texts)
    events = load_predictions(predicted) if predicted else predict(gold_docs, progress)
    scores = score(gold_docs, events)
    if scores.ignored_predictions:
        report_problem(
            f"{predicted}: {scores.ignored_predictions} predicted events name documents "
            "that the gold does not have; they are not scored"
        )
    console = Console(stderr=as_json)
    console.print(scores.table())
    if errors:
        print_errors(console, scores)
    if as_json:
        sys.stdout.write(scores.to_json(errors=errors) + "\n")


def print_errors(console: Console, scores: Scores) -> None:
    """What the extractor missed, invented or got wrong, grouped by document."""
    lines: dict[str, list[str]] = {}
    for label, briefs in (("miss", scores.misses), ("false alarm", scores.false_alarms)):
        for brief in briefs:
            lines.setdefault(brief.doc, []).append(f"  {label:<12} {_describe(brief)}")
    for mismatch in scores.mismatches:
        fields = ", ".join(mismatch.fields)
        lines.setdefault(mismatch.gold.doc, []).append(
            f"  {'wrong ' + fields:<12} gold {_describe(mismatch.gold)}\n"
            f"  {'':<12} pred {_describe(mismatch.predicted)}"
        )
    for doc, entries in lines.items():
        console.print(f"[bold]{doc}[/bold]")
        for entry in entries:
            console.print(entry, markup=False, highlight=False, soft_wrap=True)


def _describe(brief: EventBrief) -> str:
    place = f"{brief.place} ({brief.precision})" if brief.place else "no place"
    return f"{brief.type} {place} {brief.date or 'undated'} side={brief.side} {brief.status}"
