"""``frontwatch geocode``, ``frontwatch geoeval`` and ``frontwatch benchmark geo``."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from frontwatch.cli.app import app, benchmark_app, progress, report_problem
from frontwatch.cli.benchmark import WARM_UP
from frontwatch.errors import InputError
from frontwatch.geo import MODES, Geoparser
from frontwatch.geo import evaluate as geo_eval

ModeOption = Annotated[
    str, typer.Option("--mode", help="model (spaCy + gazetteer) or fast (gazetteer and rules)")
]


def _check_mode(mode: str) -> str:
    if mode not in MODES:
        raise typer.BadParameter(f"use one of: {', '.join(MODES)}", param_hint="--mode")
    return mode


def _documents(path: str) -> list[tuple[str, str]]:
    """(id, text) pairs from JSON Lines documents, or the whole input as one text."""
    if path == "-":
        raw = sys.stdin.read()
        name = "-"
    else:
        file = Path(path)
        try:
            raw = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(path, f"cannot read: {error}") from error
        name = file.stem
    lines = [(n, line) for n, line in enumerate(raw.split("\n"), 1) if line.strip()]
    # JSON Lines by name or by its first line, so that a broken line is an error
    # rather than a reason to read the whole file as one text.
    if path.endswith((".jsonl", ".ndjson")) or (lines and lines[0][1].lstrip().startswith("{")):
        documents = []
        for number, line in lines:
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(path, f"line {number}: not JSON: {error.msg}") from error
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                report_problem(f"{path}: line {number}: no 'text' field, skipped")
                continue
            documents.append((str(row.get("id", number)), row["text"]))
        return documents
    return [(name, raw)]


@app.command()
def geocode(
    path: Annotated[
        str, typer.Argument(help="JSON Lines documents {id, text}, plain text, or - for stdin")
    ] = "-",
    output_format: Annotated[str, typer.Option("--format", help="output format (jsonl)")] = "jsonl",
    mode: ModeOption = "model",
) -> None:
    """Print every place each document names, one JSON line per document."""
    if output_format != "jsonl":
        raise typer.BadParameter("only jsonl is supported", param_hint="--format")
    geoparser = Geoparser(mode=_check_mode(mode))
    documents = _documents(path)
    for doc_id, text in progress(documents, "geocoding", total=len(documents)):
        places = [p.public() for p in geoparser.parse(text)]
        print(json.dumps({"id": doc_id, "places": places}, ensure_ascii=False))


def _evaluate(files: list[Path], parsers: dict[str, geo_eval.Parse]) -> dict[str, dict]:
    results: dict[str, dict] = {}
    for file in files:
        rows = list(geo_eval.read_jsonl(file))
        if not rows:
            raise InputError(str(file), "no rows")
        kind = geo_eval.kind_of_file(file, rows)
        results[file.name] = {"kind": kind}
        for label, parse in parsers.items():
            labelled = progress(rows, f"{file.name} ({label})", total=len(rows))
            if kind == "geoparsing":
                results[file.name][label] = geo_eval.score_geoparsing(labelled, parse).summary()
            else:
                results[file.name][label] = geo_eval.score_places(labelled, parse).summary()
    return results


def _table(results: dict[str, dict]) -> Table:
    table = Table(title="geoparsing evaluation")
    for column in ("file", "system", "P", "R", "F1", "acc@161km", "acc@25km", "e2e@161km"):
        table.add_column(column)
    for name, result in results.items():
        for system, s in result.items():
            if system == "kind":
                continue
            if result["kind"] == "geoparsing":
                table.add_row(
                    name,
                    system,
                    f"{s['precision']:.3f}",
                    f"{s['recall']:.3f}",
                    f"{s['f1']:.3f}",
                    f"{s['acc_161km']:.3f}",
                    f"{s['acc_25km']:.3f}",
                    f"{s['e2e_acc_161km']:.3f}",
                )
            else:
                table.add_row(name, system, "", "", "", "", f"{s['acc_25km']:.3f}", "")
                if s["captions"]:
                    captions = f"{s['captions_acc_25km']:.3f}"
                    table.add_row(f"{name} (captions)", system, "", "", "", "", captions, "")
    return table


@app.command()
def geoeval(
    files: Annotated[
        list[Path], typer.Argument(help="geoparsing or place-description JSON Lines files")
    ],
    baseline: Annotated[
        bool, typer.Option("--baseline/--no-baseline", help="run geotext + population prior beside")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
    mode: ModeOption = "model",
) -> None:
    """Score the geoparser (and a baseline) on annotated corpora."""
    parsers: dict[str, geo_eval.Parse] = {"frontwatch": Geoparser(mode=_check_mode(mode)).parse}
    if baseline:
        from frontwatch.geo.baseline import Baseline

        parsers["baseline"] = Baseline().parse
    results = _evaluate(files, parsers)
    if as_json:
        print(json.dumps(results, indent=2))
    else:
        Console().print(_table(results))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _texts(file: Path | None) -> list[str]:
    if file is None:
        from frontwatch.geo.sources import shared_dir

        shared = shared_dir()
        if shared is None:
            raise InputError("benchmark", "give a corpus file (the shared folder is not here)")
        file = shared / "eval" / "geoparsing" / "lgl.jsonl"
    return [row["text"] for row in geo_eval.read_jsonl(file) if isinstance(row.get("text"), str)]


@benchmark_app.command("geo")
def benchmark_geo(
    file: Annotated[
        Path | None, typer.Argument(help="JSON Lines with 'text' (default: LGL)")
    ] = None,
    mode: Annotated[str, typer.Option("--mode", help="fast, model or all")] = "all",
) -> None:
    """Words per second, index load time and peak memory of the geoparser. Each run
    is timed after the same few documents of warm-up, as ``benchmark speed`` times
    its runs: what loads on first use (the dictionaries that read Cyrillic, the
    model) is paid once per process, not per word."""
    from frontwatch.geo import gazetteer
    from frontwatch.nlp import load_model

    texts = _texts(file)
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    gazetteer.load()
    load_seconds = time.perf_counter() - start
    table = Table(title=f"geoparser benchmark: {len(texts)} documents, {words:,} words")
    for column in ("run", "seconds", "words/s", "peak MB"):
        table.add_column(column)
    table.add_row("index load", f"{load_seconds:.3f}", "", f"{_peak_mb():.0f}")
    # The fast mode first: run after the model mode on the same texts, it would find
    # every name's readings and front distances cached, and be timed too kindly.
    modes = (
        tuple(sorted(MODES, key=lambda name: name != "fast"))
        if mode == "all"
        else (_check_mode(mode),)
    )
    for name in modes:
        geoparser = Geoparser(mode=name)
        if name == "model":
            nlp = load_model()
            for text in texts[:WARM_UP]:
                nlp(text)
            start = time.perf_counter()
            for text in progress(texts, "spaCy model alone", total=len(texts)):
                nlp(text)
            seconds = time.perf_counter() - start
            table.add_row(
                "spaCy model alone",
                f"{seconds:.2f}",
                f"{words / seconds:,.0f}",
                f"{_peak_mb():.0f}",
            )
        for text in texts[:WARM_UP]:
            geoparser.parse(text)
        start = time.perf_counter()
        for text in progress(texts, f"geoparser ({name})", total=len(texts)):
            geoparser.parse(text)
        seconds = time.perf_counter() - start
        table.add_row(
            f"geoparser ({name})", f"{seconds:.2f}", f"{words / seconds:,.0f}", f"{_peak_mb():.0f}"
        )
    Console().print(table)
