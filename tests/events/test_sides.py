"""Sides from wording, named units and pronouns."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ukrainian forces recaptured Vovchansk on Friday.", "UA"),
        ("Kyiv's troops regained Balakliia after a short battle.", "UA"),
        ("The AFU liberated Vovchansk after a night of fighting.", "UA"),
        ("Russian troops captured Myrnohrad after months of assaults.", "RU"),
        ("Moscow's forces seized the outskirts of Pokrovsk.", "RU"),
        ("The invaders occupied Vovchansk in the first days of the offensive.", "RU"),
        ("Wagner fighters stormed Bakhmut from the north.", "RU"),
        ("The occupiers retreated from Kupiansk under artillery fire.", "RU"),
    ],
)
def test_side_from_wording(one, text: str, side: str) -> None:
    event = one(text)
    assert event.actor is not None and event.actor.side == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        (
            "Soldiers of the 2nd Corps Khartia cleared Kupiansk of Russian infiltrators.",
            "2nd Corps Khartia",
            "UA",
        ),
        (
            "The 77th Brigade drove Russian troops out of a village near Bakhmut.",
            "77th Brigade",
            "UA",
        ),
        (
            "The 3rd Separate Assault Brigade counterattacked near Bakhmut on Friday.",
            "3rd Separate Assault Brigade",
            "UA",
        ),
        ("Akhmat units attacked Ukrainian positions near Vovchansk.", "Akhmat", "RU"),
    ],
)
def test_named_units_carry_their_side(extract, text: str, name: str, side: str) -> None:
    events = extract(text)
    assert events, text
    assert events[0].actor is not None
    assert (events[0].actor.name, events[0].actor.side) == (name, side)


def test_a_pronoun_takes_the_side_of_the_earlier_subject(extract) -> None:
    events = extract("Ukrainian troops crossed the river at dawn. Later they retook Izium.")
    capture = [e for e in events if e.type == "capture"]
    assert capture and capture[0].actor is not None and capture[0].actor.side == "UA"


def test_the_object_s_side_gives_the_actor_of_a_strike(one) -> None:
    event = one("Drones hit Russian positions near Bakhmut overnight.")
    assert event.type == "strike"
    assert event.actor is not None and event.actor.side == "UA"
    assert event.target is not None and event.target.side == "RU"


def test_a_strike_on_russian_soil_is_ukrainian(one) -> None:
    event = one("A drone struck a refinery in Novorossiysk on Tuesday.")
    assert event.actor is not None and event.actor.side == "UA"


def test_an_agentless_withdrawal_is_the_side_not_advancing(extract) -> None:
    events = extract(
        "Ukrainian brigades retook Balakliia on Tuesday.\n\n"
        "By Thursday the garrison of Vovchansk had been withdrawn under fire."
    )
    withdrawal = [e for e in events if e.type == "withdrawal"]
    assert withdrawal and withdrawal[0].actor.side == "RU"


def test_a_subject_hung_on_an_auxiliary_still_acts(one) -> None:
    event = one("Russian units had at one stage driven the defenders out of Vovchansk.")
    assert event.type == "capture" and event.actor.side == "RU"


def test_an_agentless_action_noun_takes_its_clause_s_subject(extract) -> None:
    events = extract(
        "Ukrainian troops drove Russian units back from Vovchansk, "
        "resulting in the targeting of Kupiansk."
    )
    clashes = [e for e in events if e.location and e.location.name == "Kupiansk"]
    assert clashes and all(e.actor is not None and e.actor.side == "UA" for e in clashes)


def test_an_agentless_clash_takes_the_side_of_the_paragraph_s_last_actor(extract) -> None:
    events = extract(
        "Russian troops seized the outskirts of Pokrovsk on Tuesday. "
        "Counterattacks near Myrnohrad continued on Wednesday."
    )
    clash = [e for e in events if e.type == "clash"]
    assert clash and clash[0].actor is not None and clash[0].actor.side == "RU"


def test_the_side_does_not_cross_a_paragraph_break(extract) -> None:
    events = extract(
        "Russian troops seized the outskirts of Pokrovsk on Tuesday.\n\n"
        "Counterattacks near Myrnohrad continued on Wednesday."
    )
    clash = [e for e in events if e.type == "clash"]
    assert clash and clash[0].actor is not None and clash[0].actor.side is None


def test_a_stated_side_is_never_overridden_by_the_paragraph(extract) -> None:
    events = extract(
        "Russian troops seized the outskirts of Pokrovsk on Tuesday. "
        "Ukrainian forces counterattacked near Myrnohrad on Wednesday."
    )
    clash = [e for e in events if e.type == "clash"]
    assert clash and clash[0].actor is not None and clash[0].actor.side == "UA"


def test_a_speaker_is_not_the_actor_of_the_strike_it_reports(extract) -> None:
    events = extract("Ukrainian officials said a drone strike hit a power station in Kharkiv.")
    strike = [e for e in events if e.type == "strike"]
    assert strike and strike[0].actor is not None and strike[0].actor.side == "RU"
    assert strike[0].target is not None and strike[0].target.side == "UA"
