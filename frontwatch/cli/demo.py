"""``frontwatch demo``: the main job on the bundled demo corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from frontwatch.cli.app import app, report_problem
from frontwatch.cli.options import DEFAULT_DB, Db
from frontwatch.cli.summary import print_summary
from frontwatch.demo import run_demo


@app.command()
def demo(
    db: Db = DEFAULT_DB,
    out: Annotated[
        Path, typer.Option("--out", help="Folder for the exports and the HTML report.")
    ] = Path("frontwatch-demo"),
) -> None:
    """Run the whole flow on the bundled demo reports: store, exports and an offline map.

    Afterwards, `frontwatch serve` shows the same events in the browser.
    """
    result = run_demo(db, out, report_problem)
    print_summary(result.summary, result.db)
    console = Console(stderr=True)
    for path in result.outputs:
        console.print(f"wrote {path}")
    console.print(f"open {out / 'report.html'} in a browser, or run: frontwatch serve --db {db}")
    if not result.summary.ok:
        raise typer.Exit(1)
