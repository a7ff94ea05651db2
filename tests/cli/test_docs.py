"""The CLI reference in docs/cli.md is generated from the code and must stay current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_docs_cli_md_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("cli_docs", ROOT / "scripts" / "cli_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.cli_reference()
    actual = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/cli.md is stale: run `make docs`"


def test_every_command_has_help() -> None:
    from typer.testing import CliRunner

    from frontwatch.cli import app

    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for command in ("ingest", "extract", "run", "export", "demo", "eval", "geocode", "serve"):
        result = CliRunner().invoke(app, [command, "--help"])
        assert result.exit_code == 0, command
        assert f"frontwatch {command}" in reference
