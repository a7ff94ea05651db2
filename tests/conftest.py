"""Fixtures shared by every test module."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def shared_path() -> Path:
    """``../shared`` beside the checkout, or wherever FRONTWATCH_SHARED points."""
    return Path(os.environ.get("FRONTWATCH_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = shared_path()
    if not path.is_dir():
        pytest.fail(f"the shared folder is missing: {path} (set FRONTWATCH_SHARED)")
    return path


@pytest.fixture(scope="session")
def samples_dir(shared_dir: Path) -> Path:
    return shared_dir / "samples" / "reports"


@pytest.fixture(scope="session")
def sample_manifest(samples_dir: Path) -> dict[str, dict]:
    lines = (samples_dir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["file"]: row for row in map(json.loads, lines) if row}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"
