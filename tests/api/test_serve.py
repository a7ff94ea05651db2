"""``frontwatch serve``: its defaults and its one-line refusal of a missing store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from frontwatch.cli.serve import is_loopback


def test_missing_store_is_one_line_and_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from frontwatch.cli import main; main()",
            "serve",
            "--db",
            str(missing),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"frontwatch: {missing}: no such store (run `frontwatch run` or `ingest` first)"
    ]
    assert not missing.exists()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("10.1.2.3", False),
    ],
)
def test_loopback_hosts_get_host_header_checks(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
