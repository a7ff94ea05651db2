"""Front-line villages in a Russian spelling that no gazetteer holds, read by their
consonants among the villages beside the fronts, and only in a report of the war."""

from __future__ import annotations

import pytest

from frontwatch.geo.front_spellings import of_the_fighting
from frontwatch.geo.tokens import from_text


@pytest.mark.parametrize(
    ("sentence", "surface", "village", "oblast"),
    [
        (
            "Russian troops advanced near Rabotino and Verbovoye, the ministry said.",
            "Rabotino",
            "Robotyne",
            "Zaporizhzhia Oblast",
        ),
        (
            "Battles continue near Sinkovka in the Kupyansk direction.",
            "Sinkovka",
            "Synkivka",
            "Kharkiv Oblast",
        ),
        ("В районе Клещеевки продолжаются бои.", "Клещеевки", "Klishchiivka", "Donetsk Oblast"),
        # A name GeoNames knows only far behind the fronts (an Altai Krai village).
        (
            "Russian forces advanced near Novomikhaylovka on Monday.",
            "Novomikhaylovka",
            "Novomykhailivka",
            "Donetsk Oblast",
        ),
        # Names of two words, one a Russian ordinal, after a word of capture.
        (
            "Russian forces seized Novoselovka Pervaya, the ministry claimed.",
            "Novoselovka Pervaya",
            "Novoselivka Persha",
            "Donetsk Oblast",
        ),
        (
            "Fighting continued near Zelyony Kut on Tuesday.",
            "Zelyony Kut",
            "Zelenyi Kut",
            "Donetsk Oblast",
        ),
        # A front-line town misspelt, in a sentence of the weapons used there.
        (
            "Witnesses saw incendiary weapons falling on Popsana.",
            "Popsana",
            "Popasna",
            "Luhansk Oblast",
        ),
    ],
)
def test_a_russian_spelling_of_a_front_line_village(
    places_in, places_in_doc, sentence: str, surface: str, village: str, oblast: str
) -> None:
    for found in (places_in(sentence), places_in_doc(sentence)):
        assert (found[surface].name, found[surface].admin1) == (village, oblast)


def test_a_front_village_over_a_namesake_across_the_border(places_in) -> None:
    """Belgorod Oblast has a Belaya Gora 30 km from the border; beside Stupochky and
    Kostiantynivka the Russian spelling is Bila Hora, read in its own oblast."""
    found = places_in("Противник отходит к Белой Горе и Ступочкам под Константиновкой.")
    assert (found["Белой Горе"].name, found["Белой Горе"].admin1) == ("Bila Hora", "Donetsk Oblast")
    found = places_in("Гладков: в Белой Горе Шебекинского округа поврежден дом.")
    assert found["Белой Горе"].admin1 == "Belgorod Oblast"


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation stopped for lunch in Rabotino on the way back.",
        "The squad carried a variant of Kalashnikov rifles into the assault.",
        "Shelling went on for a third night after Georgian and South Ossetian envoys left.",
        "Observers from DMUG confirmed the shelling of the front line.",
        "Shelling was discussed near Hillary Clinton's office in the war room.",
    ],
)
def test_no_village_is_read_into_words_names_or_peace(places_in, sentence: str) -> None:
    """Outside a report of the fighting, and for a surname, a people's name or an
    initialism, the consonants find nothing."""
    assert places_in(sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "fighting"),
    [
        ("Russian troops entered Kamianka at dawn.", True),
        ("Mortar fire hit houses in Stepne overnight.", True),
        ("Damage to the school in Hryhorivka after the night.", True),
        ("A missile destroyed a warehouse in Zatoka.", False),
        ("Drones damaged a substation near Zolochiv.", False),
        ("Артилерія зруйнувала міст у Степному.", True),
        ("Ракета зруйнувала склад у Затоці.", False),
        ("The mayor opened a new school in Kamianka.", False),
    ],
)
def test_a_sentence_of_the_fighting_or_its_damage(sentence: str, fighting: bool) -> None:
    """A long-range weapon may leave its damage anywhere; guns and troops only near a
    front."""
    toks = from_text(sentence)
    assert of_the_fighting(sentence, toks, len(toks) - 2) is fighting


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("У Тячеві після вибуху загорівся склад.", "Тячеві", "Tyachiv"),
        ("У Рахові вибухи пошкодили будинок.", "Рахові", "Rakhiv"),
    ],
)
def test_a_ukrainian_spelling_of_a_town_far_from_the_front(places_in, sentence, surface, name):
    """Ukrainian spells Ukraine's towns as they are: not read loosely as Chuhuyiv or
    Orikhiv on the front, though the sentence tells of damage."""
    assert places_in(sentence)[surface].name == name


def test_a_town_by_its_own_name_far_from_the_front(places_in) -> None:
    """Taman, a town of 10,000, is not also read as a spelling of a front village."""
    assert places_in("В Тамани прогремели взрывы.")["Тамани"].name == "Taman"
