"""Every event type of contract §3, with its actor and target, on sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind", "side", "place"),
    [
        (
            "On Thursday Ukrainian forces retook Balakliia town.",
            "capture",
            "UA",
            "Balakliia",
        ),
        (
            "Russian troops raised their flag over the centre of Myrnohrad.",
            "capture",
            "RU",
            "Myrnohrad",
        ),
        (
            "Ukrainian units took control of Kupiansk after a three-day push.",
            "capture",
            "UA",
            "Kupiansk",
        ),
        ("Russian troops pulled back from Vovchansk overnight.", "withdrawal", "RU", "Vovchansk"),
        ("Russian units were retreating from Izium on Saturday.", "withdrawal", "RU", "Izium"),
        ("Ukrainian forces encircled Balakliia on Wednesday.", "encirclement", "UA", "Balakliia"),
        (
            "Ukrainian troops advanced toward Kupiansk along the railway.",
            "advance",
            "UA",
            "Kupiansk",
        ),
        (
            "Ukrainian brigades broke through the enemy line south of Bakhmut.",
            "advance",
            "UA",
            "Bakhmut",
        ),
        (
            "Ukrainian defenders repelled a Russian assault near Pokrovsk.",
            "clash",
            "UA",
            "Pokrovsk",
        ),
        ("Russian drones struck the port of Odesa overnight.", "strike", "RU", "Odesa"),
        (
            "Ukrainian forces killed about 40 Russian soldiers near Pokrovsk.",
            "casualties",
            "UA",
            "Pokrovsk",
        ),
        (
            "Dozens of Russian soldiers surrendered near Kupiansk on Monday.",
            "prisoners",
            "UA",
            "Kupiansk",
        ),
        (
            "Ukrainian drones destroyed three Russian tanks outside Vovchansk.",
            "equipment_loss",
            "UA",
            "Vovchansk",
        ),
        (
            "Ukrainian hackers launched a cyber attack that knocked out banking in Crimea.",
            "cyber",
            "UA",
            "Crimea",
        ),
        (
            "Partisans blew up a car bomb that killed an occupation official in Izium.",
            "sabotage",
            None,
            "Izium",
        ),
        (
            "Russian and Ukrainian delegations opened peace talks in Istanbul on Monday.",
            "negotiation",
            None,
            "Istanbul",
        ),
    ],
)
def test_each_type(extract, text: str, kind: str, side: str | None, place: str) -> None:
    events = extract(text)
    found = [e for e in events if e.type == kind]
    assert found, [(e.type, e.location and e.location.name) for e in events]
    event = found[0]
    assert event.location is not None and event.location.name == place
    if side:
        assert event.actor is not None and event.actor.side == side


def test_strike_target_kinds(extract) -> None:
    events = extract(
        "Ukrainian drones hit an oil refinery in Novorossiysk and a rail depot in Belgorod."
    )
    kinds = {e.location.name: e.target.kind for e in events if e.type == "strike" and e.target}
    assert kinds.get("Novorossiysk") == "fuel"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russian missiles hit a power station in Kharkiv on Sunday.", "energy"),
        ("Ukrainian drones struck the rail terminal in Rostov on Tuesday.", "rail"),
        ("Russian missiles struck a residential block in Odesa overnight.", "civilian"),
        ("Ukrainian missiles hit an ammunition depot near Belgorod.", "ammunition"),
    ],
)
def test_strike_target_kind(one, text: str, kind: str) -> None:
    event = one(text)
    assert event.type == "strike"
    assert event.target is not None and event.target.kind == kind


def test_losses_name_the_side_that_suffered(one) -> None:
    event = one("Ukrainian artillery killed at least 30 Russian troops near Bakhmut.")
    assert event.actor is not None and event.actor.side == "UA"
    assert event.target is not None and event.target.side == "RU"


def test_captured_people_are_prisoners_not_a_capture(one) -> None:
    event = one("Ukrainian paratroopers captured 12 Russian soldiers near Kupiansk.")
    assert event.type == "prisoners"
    assert event.quantities["captured"].value == 12


def test_captured_equipment_is_an_equipment_loss(one) -> None:
    event = one("Ukrainian troops captured two Russian tanks outside Izium.")
    assert event.type == "equipment_loss"
    assert event.quantities["count"].value == 2


def test_an_attempt_to_take_a_place_is_a_clash(extract) -> None:
    events = extract(
        "Russian troops tried to recapture trenches south of Bakhmut but were thrown back."
    )
    assert {e.type for e in events} == {"clash"}
    assert events[0].actor is not None and events[0].actor.side == "RU"


def test_striking_toward_a_place_is_an_advance(one) -> None:
    event = one("Ukrainian brigades struck towards Myrnohrad on Thursday, the General Staff said.")
    assert event.type == "advance"
    assert event.location is not None and event.location.name == "Myrnohrad"
