"""The model's person entities, read as a person's name only when one opens them."""

from __future__ import annotations

import pytest

from frontwatch.geo.keys import key
from frontwatch.geo.match import Match
from frontwatch.geo.persons import personal
from frontwatch.geo.tokens import Token


def _entity(words: list[str]) -> tuple[list[Token], Match]:
    """Tokens of one PERSON entity over ``words``, and a match on its last word."""
    tokens, start = [], 0
    end = len(" ".join(words))
    for word in words:
        tokens.append(Token(start, start + len(word), word, start == 0, "PROPN", "PERSON", 0, end))
        start += len(word) + 1
    last = tokens[-1]
    return tokens, Match(
        last.start, last.end, last.text, key(last.text), (), len(words) - 1, len(words) - 1
    )


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["Andrii", "Lviv"], True),
        (["J.", "Lviv"], True),
        (["Enters", "Lviv"], False),
        (["Shelled", "Pokrovsk"], False),
        (["02/03/2024", "Izyum"], False),
    ],
)
def test_a_person_entity_is_a_persons_name_only_after_a_name(
    fast, words: list[str], person: bool
) -> None:
    """The small model runs a headline's verb, a caption's participle or its date into
    a person's name with the town after it; only a given name or an initial before
    the town makes the town a surname."""
    tokens, match = _entity(words)
    assert personal(fast.gazetteer, tokens, match) is person


@pytest.mark.parametrize(
    "sentence",
    [
        "Ursula von der Leyen arrived in Kyiv on Friday.",
        "Von der Leyen said the package would be approved.",
    ],
)
def test_a_surname_after_its_particle_is_no_town(places_in, sentence: str) -> None:
    """ "Leyen" is a spelling of Leiden, "Von" one of Vaughan, Ontario."""
    assert {p.name for p in places_in(sentence).values()} <= {"Kyiv"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("У Москві згадують генерала Суровикина, який командував угрупованням.", "Суровикина"),
        ("Губернатор Гусєв повідомив про збиті дрони над містом.", "Гусєв"),
        ("Селище назване на честь льотчика Чкалова ще в тридцятих.", "Чкалова"),
        ("Старший сержант Андрій і солдат Тарас служили в одній бригаді.", "Тарас"),
    ],
)
def test_a_name_after_a_rank_or_a_role_in_cyrillic_is_a_person(places_in, text, name) -> None:
    """Surovikino, Gusev, Orenburg (once Chkalov) and Taraz bear these names."""
    assert name not in places_in(text)


def test_a_region_after_a_governor_stays_a_place(places_in) -> None:
    assert places_in("Губернатор Курщини повідомив про атаку.")["Курщини"].country == "RU"


def test_a_given_name_before_a_middle_initial_is_a_person_whatever_bears_it(places_in) -> None:
    """A state bears the name too, but "Virginia M. Crane" is a woman."""
    found = places_in("Police said Virginia M. Crane, 64, of Roanoke was not hurt.")
    assert set(found) == {"Roanoke"}
