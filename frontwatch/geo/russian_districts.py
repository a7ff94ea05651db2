"""Russia's and Belarus's districts, as their governors' reports name them.

Belgorod's, Kursk's and Bryansk's governors place every strike by district: "в
Глушковском районе", "Шебекинский городской округ", "у Бєлгородському районі", and
English reporting romanises them: "near Tetkino (Glushkovsky Raion, Kursk Oblast)".
No data the project ships holds those districts, but each is named after its centre
town by the adjective of the town's name, which the gazetteer already reads for
axes ("Купянское направление"). So a town's adjective before a word for a district
names the district, placed at its centre with precision ``admin``: the area, not the
town. The few districts of the border regions whose centre has another name are
listed here (``CENTRES_OF_THEIR_OWN``). Ukraine's raions of today are in the
gazetteer itself (see :mod:`districts`) and are read there first; one abolished in
2020 is a candidate beside the Russian district of its name.
"""

from __future__ import annotations

from functools import cache

from frontwatch.geo import inflection
from frontwatch.geo.axes import MASCULINE_ENDING, before_a_list_word, made_from
from frontwatch.geo.districts import CITY_DISTRICT_ADJECTIVES, is_hromada
from frontwatch.geo.fronts import front_km
from frontwatch.geo.gazetteer import Gazetteer, Place
from frontwatch.geo.keys import key, keys
from frontwatch.geo.match import Match
from frontwatch.geo.resolve import approx_km
from frontwatch.geo.tokens import POSSESSIVES, Token, capitalised
from frontwatch.geo.words import CYRILLIC_REGION_NOUNS, ROMAN_DISTRICT_NOUNS, ROMAN_REGION_NOUNS

#: Words for a district, by their nominative ("район", "округ") or as English writes
#: them ("Raion", "District", "Urban Okrug").
DISTRICT_WORDS = frozenset({"район", "округ"}) | ROMAN_DISTRICT_NOUNS
#: The key of "район" as Ukraine's raions are filed under it: "pokrovski raion".
RAION_KEY = "raion"
#: Words between a district's adjective and its word: "городской округ".
DISTRICT_QUALIFIERS = frozenset(
    {"городской", "муниципальный", "міський", "муніципальний", "urban", "municipal", "city"}
)
#: Nouns of the region a district may be stated in right after it.
REGION_NOUNS = CYRILLIC_REGION_NOUNS | ROMAN_REGION_NOUNS
#: Words that may stand between a district and its region: "Kamensky District of
#: Rostov Oblast", "(Glushkovsky Raion, Kursk Oblast)", "in the Rostov region".
REGION_LINKS = frozenset({",", "of", "in", "the"})
#: Countries whose districts are read so.
DISTRICT_COUNTRIES = frozenset({"RU", "BY"})
#: How Ukraine's national romanisation ends a masculine adjective, which Russian
#: districts are not romanised by: "Komunarskyi district" is one of Zaporizhzhia,
#: not Moscow's Kommunarka's.
UKRAINIAN_ENDING = "yi"
#: What every romanised masculine adjective of a Russian town holds: "Glushkovsky",
#: "Rylskiy", "Sudzhanskii".
ROMAN_ADJECTIVE_STEM = "sk"
#: A city this large has districts of its own, which a district's name before it
#: is one of: Bryansk's Fokinsky, Donetsk's Kievsky.
DISTRICTED_CITY_POPULATION = 100_000
#: How much farther (km) from a front line than the nearest a namesake district may
#: lie and still be meant.
FARTHER_FROM_THE_WAR_KM = 100.0
#: A district's weight against namesakes, as a Ukrainian raion's.
DISTRICT_POPULATION = 50_000
#: The districts of Russia's regions by Ukraine whose centre is not the town their
#: adjective is made from, by the adjective: the GeoNames admin1 code, the centre's
#: name and the district's own (public facts). Kursk Oblast's Oktyabrsky District
#: lies around Pryamitsyno, its Belovsky District around Belaya; Rostov Oblast's
#: Kamensky District around Glubokiy, not Kamensk-Shakhtinsky.
CENTRES_OF_THEIR_OWN = {
    "красногвардейский": (("09", "Biryuch", "Krasnogvardeysky"),),
    "яковлевский": (("09", "Stroitel", "Yakovlevsky"),),
    "октябрьский": (("41", "Pryamitsyno", "Oktyabrsky"), ("61", "Kamenolomni", "Oktyabrsky")),
    "советский": (("41", "Kshenskiy", "Sovetsky"),),
    "беловский": (("41", "Belaya", "Belovsky"),),
    "большесолдатский": (("41", "Bolshoye Soldatskoye", "Bolshesoldatsky"),),
    "брасовский": (("10", "Lokot", "Brasovsky"),),
    "брянский": (("10", "Glinishchevo", "Bryansky"),),
    "каменский": (("61", "Glubokiy", "Kamensky"),),
    "неклиновский": (("61", "Pokrovskoye", "Neklinovsky"),),
    "мясниковский": (("61", "Chaltyr", "Myasnikovsky"),),
    "шолоховский": (("61", "Vyoshenskaya", "Sholokhovsky"),),
}


def district(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> Match | None:
    """The district a Russian or Belarusian town's adjective at token ``i`` names, or
    None where no word for a district follows, alone or after a list of adjectives
    ("Губкинский и Старооскольский округа"), or no town's name makes the adjective."""
    word = tokens[i]
    lowered = word.text.lower()
    if not capitalised(word) or lowered.endswith(UKRAINIAN_ENDING):
        return None
    # Most capitalised words are no romanised adjective ("-sky", "-skiy", "-skii"):
    # the cheap test first, as the recogniser asks of every one.
    if ROMAN_ADJECTIVE_STEM not in lowered and not inflection.is_cyrillic(word.text):
        return None
    last = _district_word(tokens, i)
    if last == i and not before_a_list_word(tokens, i, DISTRICT_WORDS):
        return None
    # A district the gazetteer holds as written is read as it ("Pecherskyi district"
    # of Kyiv, "Bakhmutskyi Raion"), and one of a city the text names is the city's
    # ("Fokinsky District, Bryansk" is no district of the town of Fokino).
    if last > i and gazetteer.candidates(key(text[word.start : tokens[last].end])):
        return None
    in_a_region = _before_a_region(tokens, last)
    if not in_a_region and _before_a_city(gazetteer, tokens, last):
        return None
    for reading in inflection.nominative_keys(word.text):
        if not reading.endswith(MASCULINE_ENDING):
            continue
        centres = _centres_of_their_own(gazetteer, reading)
        ukrainian = [
            p
            for p in gazetteer.candidates(f"{reading} {RAION_KEY}")
            if p.kind == "admin" and p.country == "UA"
        ]
        # A raion of Ukraine is read as itself ("Покровський район"), though a Yakut
        # town is called Pokrovsk too, and a district called as many cities' are is
        # no district of a town ("в Октябрьском районе" is none of Oktyabrsk's);
        # either is a Russian district whose centre has another name only where the
        # region stated after it may choose it ("Каменский район Ростовской
        # области", not Dnipropetrovsk Oblast's Kamianskyi raion).
        shadowed = any(not is_hromada(p.name) for p in ukrainian)
        if shadowed or reading in CITY_DISTRICT_ADJECTIVES:
            districts = centres if in_a_region else []
            if not districts and shadowed:
                return None
        else:
            derived = [
                p
                for p in gazetteer.adjective_candidates(reading)
                if p.country in DISTRICT_COUNTRIES
                and p.kind == "settlement"
                and made_from(reading, p)
            ]
            # A centre whose own name is the adjective gives it unchanged: Tarasovsky
            # District lies around the settlement of Tarasovsky, not around a Tarasovo.
            own = [
                p
                for p in gazetteer.candidates(reading)
                if p.country in DISTRICT_COUNTRIES
                and p.kind == "settlement"
                and key(p.name) == reading
            ]
            nearest = _nearest_the_war([*own, *derived], rivals=[*ukrainian, *centres])
            districts = [_district_of(town) for town in nearest]
            districts += centres
        if districts:
            start, end = word.start, tokens[last].end
            # A hromada named so stands for a raion abolished in 2020 ("Волчанский
            # район" of Kharkiv Oblast), which the text's region may choose.
            places = (*districts, *ukrainian)
            return Match(start, end, text[start:end], reading, places, i, last)
    return None


#: How far (km) from a city the district of a name the text gives it may lie and be
#: the city's own.
OWN_DISTRICT_KM = 40.0


def a_citys_district(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> int | None:
    """The last token of a city's district that is named as many cities' are
    ("Zheleznodorozhny district of Kursk", "Bryansk's Sovetsky district"), where
    the gazetteer holds no district of the name by that city: the city is read, and
    the district is no town of its name 500 km off (the Moscow Oblast town of
    Zheleznodorozhny) nor another city's district (Dnipro's Tsentralnyi). None where
    the word opens no such district."""
    word = tokens[i]
    last = _district_word(tokens, i)
    if (
        last == i
        or not CITY_DISTRICT_ADJECTIVES.intersection(inflection.nominative_keys(word.text))
        or _before_a_region(tokens, last)  # "Krasnogvardeysky District, Belgorod Oblast"
    ):
        return None
    cities = _city_before(gazetteer, tokens, i) or _city_after(gazetteer, tokens, last)
    if not cities:
        return None
    named = gazetteer.candidates(key(text[word.start : tokens[last].end]))
    if any(approx_km(p, c.lat, c.lon) <= OWN_DISTRICT_KM for p in named for c in cities):
        return None
    return last


def _city_after(gazetteer: Gazetteer, tokens: list[Token], last: int) -> list[Place]:
    """The cities large enough to have districts that a district's name is followed
    by (see :func:`_before_a_city`)."""
    j = _after_links(tokens, last)
    if j >= len(tokens) or not capitalised(tokens[j]):
        return []
    return _districted(gazetteer, tokens[j].text)


def _city_before(gazetteer: Gazetteer, tokens: list[Token], i: int) -> list[Place]:
    """The cities large enough to have districts whose possessive a district's name
    follows ("Bryansk's Sovetsky district")."""
    if i < 2 or tokens[i - 1].text.lower() not in POSSESSIVES:
        return []
    return _districted(gazetteer, tokens[i - 2].text)


def _districted(gazetteer: Gazetteer, word: str) -> list[Place]:
    """The cities a word may name, in any case, that are large enough to be divided
    into districts."""
    return [
        p
        for reading in inflection.nominative_keys(word)
        for p in gazetteer.candidates(reading)
        if p.kind == "settlement" and p.population >= DISTRICTED_CITY_POPULATION
    ]


def _before_a_region(tokens: list[Token], last: int) -> bool:
    """Whether a region is stated right after a district's name ("Октябрьском районе
    Курской области", "Kamensky District, Rostov Oblast"): only then is a district
    called as the districts of many cities are one of a region, not of the city the
    text names ("Октябрьском районе Ростова")."""
    j = _after_links(tokens, last)
    following = tokens[j : j + 2]
    return (
        len(following) == 2
        and capitalised(following[0])
        and bool(inflection.lemmas(following[1].text) & REGION_NOUNS)
    )


def _before_a_city(gazetteer: Gazetteer, tokens: list[Token], last: int) -> bool:
    """Whether a city large enough to have districts is named right after a
    district's name, where no region is (see :func:`_before_a_region`): "Kievsky
    District of Donetsk", "Fokinskiy Rayon, Bryansk", "Фокинском районе Брянска"."""
    return bool(_city_after(gazetteer, tokens, last))


def _after_links(tokens: list[Token], last: int) -> int:
    """The token after a district's name and the words linking it to a region or
    city: ", ", "of", "in the"."""
    j = last + 1
    while j < min(len(tokens), last + 3) and tokens[j].text.lower() in REGION_LINKS:
        j += 1
    return j


def _centres_of_their_own(gazetteer: Gazetteer, reading: str) -> list[Place]:
    """The districts called by an adjective made from another town than their
    centre, at the centre's point and by their own name."""
    return [
        _district_of(p, district)
        for region, centre, district in _centres_by_key().get(reading, ())
        for p in gazetteer.candidates(key(centre))
        if p.country == "RU" and p.admin1 == region and p.kind == "settlement"
    ]


@cache
def _centres_by_key() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """``CENTRES_OF_THEIR_OWN`` by every key of the adjective, Cyrillic and romanised
    ("krasnohvardeiski", "krasnogvardeiski")."""
    return {k: centres for word, centres in CENTRES_OF_THEIR_OWN.items() for k in keys(word)}


def _nearest_the_war(towns: list[Place], rivals: list[Place]) -> list[Place]:
    """Where several towns make the adjective, the district nearest the war is meant:
    "в Кореневском районе" is Kursk Oblast's, not Moscow Oblast's, and "Павловский
    район" Voronezh Oblast's, not Perm Krai's; nor is "Volchansky district" the Urals'
    Volchansk's where Kharkiv Oblast's raion of Vovchansk, one of the ``rivals``, was
    called so, nor "в Беловском районе" Kemerovo Oblast's district of Belovo where
    Kursk Oblast's around Belaya, another, is called so."""
    distances = [front_km(t.lat, t.lon) for t in towns]
    nearest = min(distances + [front_km(r.lat, r.lon) for r in rivals], default=0.0)
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


def _district_of(town: Place, name: str = "") -> Place:
    """The district around a town, at the town's point: an area, so no GeoNames id;
    called after the town unless it has a ``name`` of its own."""
    return town._replace(
        geonames_id=None,
        name=f"{name or town.name} District",
        population=DISTRICT_POPULATION,
        kind="admin",
    )
