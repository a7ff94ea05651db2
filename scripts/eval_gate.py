"""CI gate: extraction and geoparsing must not fall below their recorded floors.

Runs the whole pipeline on ``gold/samples.jsonl`` (or scores a prediction file) and
the geoparser (fast mode) on the shared geoparsing and place sets, compares each
headline figure with ``eval/floors.json`` and exits 1 with one line per figure below
its floor. Raise a floor when a stage improves, so that a later change cannot
quietly undo the gain.

    python scripts/eval_gate.py [--gold FILE] [--floors FILE] [--texts DIR] [--predicted FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from frontwatch.errors import FrontwatchError
from frontwatch.evaluate import load_gold, load_predictions, predict, score

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = Path(os.environ.get("FRONTWATCH_SHARED", ROOT.parent / "shared")) / "eval"


def geo_figures(floors: dict[str, float]) -> dict[str, float | None]:
    """``geo.<file>.<figure>`` from ``frontwatch geoeval`` on the sets the floors name."""
    names = sorted({key.split(".", 2)[1] + ".jsonl" for key in floors if key.startswith("geo.")})
    paths = [p for name in names for p in SHARED_EVAL.glob(f"*/{name}")]
    if not paths:
        return {}
    command = [sys.executable, "-m", "frontwatch", "geoeval", *map(str, paths)]
    output = subprocess.run(
        [*command, "--mode", "fast", "--no-baseline", "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {
        f"geo.{Path(file).stem}.{figure}": value
        for file, result in json.loads(output).items()
        for figure, value in result["frontwatch"].items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "samples.jsonl")
    parser.add_argument("--floors", type=Path, default=ROOT / "eval" / "floors.json")
    parser.add_argument("--texts", type=Path, default=None, help="folder of the reports")
    parser.add_argument("--predicted", type=Path, default=None, help="score this file instead")
    args = parser.parse_args(argv)
    try:
        floors = json.loads(args.floors.read_text(encoding="utf-8"))
        gold = load_gold(args.gold, args.texts)
        events = load_predictions(args.predicted) if args.predicted else predict(gold)
    except (OSError, json.JSONDecodeError, FrontwatchError) as error:
        print(f"eval gate: {error}", file=sys.stderr)
        return 2
    figures = {f"events.{k}": v for k, v in score(gold, events).figures().items()}
    figures.update(geo_figures(floors))
    failures = [
        f"eval gate: {name} {figures.get(name) or 0.0:.3f} is below its floor {floor:.3f}"
        for name, floor in floors.items()
        if (figures.get(name) or 0.0) < floor
    ]
    for line in failures:
        print(line, file=sys.stderr)
    summary = ", ".join(f"{name} {figures.get(name) or 0.0:.3f}" for name in floors)
    print(f"eval gate: {'FAILED' if failures else 'passed'}: {summary}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
