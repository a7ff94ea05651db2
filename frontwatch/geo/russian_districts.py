"""Russia's and Belarus's districts, as their governors' reports name them.

Belgorod's, Kursk's and Bryansk's governors place every strike by district: "в
Глушковском районе", "Шебекинский городской округ", "у Бєлгородському районі". No
data the project ships holds those districts, but each is named after its centre
town by the adjective of the town's name, which the gazetteer already reads for
axes ("Купянское направление"). So a town's adjective before a word for a district
names the district, placed at its centre with precision ``admin``: the area, not the
town. Ukraine's raions of today are in the gazetteer itself (see :mod:`districts`)
and are read there first; one abolished in 2020 is a candidate beside the Russian
district of its name.
"""

from __future__ import annotations

from frontwatch.geo import inflection
from frontwatch.geo.axes import MASCULINE_ENDING, before_a_list_word, made_from
from frontwatch.geo.districts import CITY_DISTRICT_ADJECTIVES, is_hromada
from frontwatch.geo.fronts import front_km
from frontwatch.geo.gazetteer import Gazetteer, Place
from frontwatch.geo.keys import key
from frontwatch.geo.match import Match
from frontwatch.geo.tokens import Token, capitalised

#: Words for a district, by their nominative: "район", "округ".
DISTRICT_WORDS = frozenset({"район", "округ"})
#: The key of "район" as Ukraine's raions are filed under it: "pokrovski raion".
RAION_KEY = "raion"
#: Words between a district's adjective and its word: "городской округ".
DISTRICT_QUALIFIERS = frozenset({"городской", "муниципальный", "міський", "муніципальний"})
#: Countries whose districts are read so.
DISTRICT_COUNTRIES = frozenset({"RU", "BY"})
#: How much farther (km) from a front line than the nearest a namesake district may
#: lie and still be meant.
FARTHER_FROM_THE_WAR_KM = 100.0
#: A district's weight against namesakes, as a Ukrainian raion's.
DISTRICT_POPULATION = 50_000


def district(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> Match | None:
    """The district a Russian or Belarusian town's adjective at token ``i`` names, or
    None where no word for a district follows, alone or after a list of adjectives
    ("Губкинский и Старооскольский округа"), or no town's name makes the adjective."""
    word = tokens[i]
    if not inflection.is_cyrillic(word.text) or not capitalised(word):
        return None
    last = _district_word(tokens, i)
    if last == i and not before_a_list_word(tokens, i, DISTRICT_WORDS):
        return None
    for reading in inflection.nominative_keys(word.text):
        if not reading.endswith(MASCULINE_ENDING) or reading in CITY_DISTRICT_ADJECTIVES:
            continue
        ukrainian = [
            p
            for p in gazetteer.candidates(f"{reading} {RAION_KEY}")
            if p.kind == "admin" and p.country == "UA"
        ]
        # A raion of Ukraine is read as itself ("Покровський район"), though a Yakut
        # town is called Pokrovsk too.
        if any(not is_hromada(p.name) for p in ukrainian):
            return None
        derived = [
            p
            for p in gazetteer.adjective_candidates(reading)
            if p.country in DISTRICT_COUNTRIES and p.kind == "settlement" and made_from(reading, p)
        ]
        # A centre whose own name is the adjective gives it unchanged: Tarasovsky
        # District lies around the settlement of Tarasovsky, not around a Tarasovo.
        own = [
            p
            for p in gazetteer.candidates(reading)
            if p.country in DISTRICT_COUNTRIES and p.kind == "settlement" and key(p.name) == reading
        ]
        towns = _nearest_the_war(own + derived)
        if towns:
            start, end = word.start, tokens[last].end
            # A hromada named so stands for a raion abolished in 2020 ("Волчанский
            # район" of Kharkiv Oblast), which the text's region may choose.
            places = (*(_district_of(town) for town in towns), *ukrainian)
            return Match(start, end, text[start:end], reading, places, i, last)
    return None


def _nearest_the_war(towns: list[Place]) -> list[Place]:
    """Where several towns make the adjective, the district nearest the war is meant:
    "в Кореневском районе" is Kursk Oblast's, not Moscow Oblast's, and "Павловский
    район" Voronezh Oblast's, not Perm Krai's."""
    distances = [front_km(t.lat, t.lon) for t in towns]
    nearest = min(distances, default=0.0)
    return [
        t for t, d in zip(towns, distances, strict=True) if d <= nearest + FARTHER_FROM_THE_WAR_KM
    ]


def _district_word(tokens: list[Token], i: int) -> int:
    """The last token of the district's name: its word where it follows the adjective
    ("Шебекинском городском округе"), else the adjective, which opens a list."""
    j = i + 1
    if j < len(tokens) and inflection.lemmas(tokens[j].text) & DISTRICT_QUALIFIERS:
        j += 1
    if j < len(tokens) and inflection.lemmas(tokens[j].text) & DISTRICT_WORDS:
        return j
    return i


def _district_of(town: Place) -> Place:
    """The district around a town, at the town's point: an area, so no GeoNames id."""
    return town._replace(
        geonames_id=None,
        name=f"{town.name} District",
        population=DISTRICT_POPULATION,
        kind="admin",
    )
