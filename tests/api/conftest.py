"""The API over the shared hand-written store (``web_store`` in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from frontwatch.api import create_app


@pytest.fixture(scope="session")
def client(web_store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(web_store)) as test_client:
        yield test_client
