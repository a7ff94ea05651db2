"""The way wire agencies and state media word the war: official attributions, denials
in a sentence of their own, agentless strikes on the Ukrainian rear, talks with a date
and a city, and capacities that are not deeds."""

from __future__ import annotations

import pytest


def test_a_ministry_announcing_a_liberation_is_a_claim(one) -> None:
    event = one(
        "The Russian Defence Ministry said on Friday its forces had liberated the "
        "settlement of Myrnohrad in the Donetsk region."
    )
    assert (event.type, event.actor and event.actor.side) == ("capture", "RU")
    assert event.status == "claimed"
    assert "Russian Defense Ministry" in event.sources


def test_state_media_style_liberation(one) -> None:
    event = one("Russian troops liberated Pokrovsk, the ministry said in its daily briefing.")
    assert (event.type, event.actor and event.actor.side, event.status) == (
        "capture",
        "RU",
        "claimed",
    )


@pytest.mark.parametrize(
    "denial",
    [
        "Kyiv denied the claim.",
        "Ukraine's General Staff refuted the report on Saturday.",
        "A Ukrainian army spokesman called the report misinformation.",
        "Ukrainian officials said the claim was false.",
    ],
)
def test_a_denial_in_the_next_sentence_denies_the_claim(extract, denial: str) -> None:
    events = extract(f"Moscow said its troops had captured Myrnohrad. {denial}")
    assert [(e.type, e.status) for e in events] == [("capture", "denied")]


def test_a_denial_does_not_reach_an_event_the_author_states(extract) -> None:
    events = extract("Russian troops captured Myrnohrad on Tuesday. Kyiv denied the claim.")
    assert [e.status for e in events] == ["reported"]


def test_an_agentless_strike_on_the_ukrainian_rear_is_russian(extract) -> None:
    events = extract(
        "Two civilians were killed when a missile hit an apartment block in Kharkiv, "
        "the regional governor said."
    )
    sides = {e.type: (e.actor and e.actor.side, e.target and e.target.side) for e in events}
    assert sides == {"strike": ("RU", "UA"), "casualties": ("RU", "UA")}


def test_an_agentless_strike_in_a_contested_region_keeps_no_side(one) -> None:
    event = one("An artillery shell hit a market in Pokrovsk on Sunday.")
    assert event.type == "strike"
    assert event.actor is None or event.actor.side is None


def test_the_targeting_of_a_place_is_an_attack(one) -> None:
    event = one("Ukrainian gunners stepped up the targeting of Vovchansk on Tuesday.")
    assert event.type == "clash"
    assert event.location is not None and event.location.name == "Vovchansk"


def test_attacks_named_by_what_they_hit_are_strikes(one) -> None:
    event = one("Last week's rail attacks in Belgorod halted freight traffic.")
    assert (event.type, event.location and event.location.name) == ("strike", "Belgorod")


@pytest.mark.parametrize(
    "text",
    [
        "A new round of ceasefire talks, scheduled for 14 March, in Istanbul.",
        "Consider the peace negotiations, set for Monday, in Istanbul.",
        "Ceasefire talks were held in Istanbul on Wednesday.",
    ],
)
def test_talks_with_a_date_and_a_city_are_a_negotiation(one, text: str) -> None:
    event = one(text)
    assert (event.type, event.location and event.location.name) == ("negotiation", "Istanbul")


@pytest.mark.parametrize(
    "text",
    [
        "The recaptured spit serves as a launchpad to hit Belgorod.",
        "The new missiles give Kyiv the ability to strike Belgorod.",
        "The spit is a launchpad for hitting the air base in Crimea.",
    ],
)
def test_a_capacity_to_strike_is_not_a_strike(extract, text: str) -> None:
    assert extract(text) == []


def test_the_defense_forces_are_ukrainian(one) -> None:
    event = one("Defense forces repelled 23 Russian attacks near Kupiansk over the past day.")
    assert (event.type, event.actor and event.actor.side) == ("clash", "UA")
    assert event.location is not None and event.location.precision == "near"


def test_air_defence_forces_name_no_side_by_themselves(one) -> None:
    event = one("Air defence forces repelled a drone attack on Belgorod overnight.")
    assert event.actor is None or event.actor.side != "UA"


def test_an_advance_from_a_place_told_before_is_not_placed_there(extract) -> None:
    events = extract(
        "Ukrainian forces retook Balakliia on Tuesday. The next day they moved on eastward."
    )
    assert [(e.type, e.location and e.location.name) for e in events] == [("capture", "Balakliia")]


def test_state_news_agencies_relay_claims(one) -> None:
    event = one(
        "Russian forces have taken the village of Vovchansk, TASS reported, citing the "
        "Defence Ministry."
    )
    assert (event.type, event.status) == ("capture", "claimed")
    assert "TASS" in event.sources


def test_an_attack_that_wounded_is_a_strike_beside_its_casualties(extract) -> None:
    events = extract("A Russian drone attack on Odesa wounded four people on Sunday.")
    assert sorted((e.type, e.actor and e.actor.side) for e in events) == [
        ("casualties", "RU"),
        ("strike", "RU"),
    ]


def test_a_weapon_that_wounded_is_only_the_instrument(extract) -> None:
    events = extract("Russian drones wounded four people in Odesa on Sunday.")
    assert [e.type for e in events] == ["casualties"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia claimed its troops had captured Myrnohrad, but Kyiv denied it.",
        "Russia claimed its troops had captured Myrnohrad, a claim Kyiv rejected.",
    ],
)
def test_a_claim_refuted_later_in_its_sentence_is_denied(one, text: str) -> None:
    assert one(text).status == "denied"
