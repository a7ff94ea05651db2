"""Print the CLI reference (docs/cli.md) generated from the code itself.

``make docs`` writes it; tests/cli/test_docs.py fails when the file is stale, so the
reference can never drift from ``--help``.
"""

from __future__ import annotations

import typer
import typer.cli
import typer.main

from frontwatch.cli import app


def cli_reference() -> str:
    command = typer.main.get_command(app)
    ctx = typer.Context(command, info_name="frontwatch")
    docs = typer.cli.get_docs_for_click(
        obj=command, ctx=ctx, name="frontwatch", title="CLI reference"
    )
    return docs.strip() + "\n"


if __name__ == "__main__":
    print(cli_reference(), end="")
