"""``frontwatch benchmark speed`` on a small corpus written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontwatch.cli.app import benchmark_app
from frontwatch.cli.benchmark import read_documents
from frontwatch.errors import InputError


def test_speed_prints_throughput_memory_and_ratio(tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    rows = [
        {"id": "a", "text": "Ukrainian forces retook Balakliia on Thursday after heavy fighting."},
        {"id": "b", "text": "Russian drones struck the port of Odesa overnight, officials said."},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = CliRunner().invoke(benchmark_app, ["speed", str(corpus), "--limit", "2"])
    assert result.exit_code == 0, result.output
    for label in ("words/s", "documents/s", "ratio", "peak memory"):
        assert label in result.output


def test_a_corpus_without_texts_is_a_user_error(tmp_path: Path) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:1"):
        read_documents(corpus, None)
