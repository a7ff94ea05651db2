"""Which town a unit is named after, read from a register laid out as KATOTTG's."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from frontwatch.geo.unit_centres import Register

_COLUMNS = ("katottg", "cat", "name", "raion_katottg", "hromada_pcode")


def _register(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Register:
    """A register of one raion (UA2310) and its hromadas, from (hromada, cat, name)."""
    path = tmp_path / "register.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(_COLUMNS)
        for hromada, cat, name in rows:
            writer.writerow(("UA23100000000000000", cat, name, "UA23100000000000000", hromada))
    return Register(path)


@pytest.mark.parametrize(
    ("adjective", "towns", "centre"),
    [
        # k before the suffix turns to ts
        ("Токмацька", [("M", "Токмак"), ("C", "Долинка"), ("C", "Токмачка")], "Tokmak"),
        # o of the stem read as i, and the city before a village of the stem
        ("Лозівська", [("M", "Лозова"), ("C", "Лозове"), ("C", "Домаха")], "Lozova"),
        # a two-word name fused with an o
        (
            "Великоновосілківська",
            [("X", "Велика Новосілка"), ("C", "Новосілка")],
            "Velyka Novosilka",
        ),
    ],
)
def test_the_centre_whose_name_the_adjective_changes(tmp_path, adjective, towns, centre) -> None:
    register = _register(tmp_path, [("UA2310027", cat, name) for cat, name in towns])
    (found,) = register.centres("UA2310027", "", adjective)
    assert found.latin == centre


def test_no_centre_where_two_villages_fit_alike(tmp_path) -> None:
    register = _register(tmp_path, [("UA2310027", "C", "Лозове"), ("UA2310027", "C", "Лозова")])
    assert register.centres("UA2310027", "", "Лозівська") == set()


def test_a_unit_renamed_in_the_register(tmp_path) -> None:
    register = _register(
        tmp_path, [("UA2310027", "H", "Златопільська"), ("UA2310011", "H", "Токмацька")]
    )
    assert register.renamed("UA2310027", "Первомайська") == "Златопільська"
    assert register.renamed("UA2310011", "Токмацька") is None
