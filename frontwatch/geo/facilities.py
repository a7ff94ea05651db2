"""Plants, bases and hospitals named by the adjective of their town.

Strike reports in Ukrainian and Russian name a refinery, a power plant or a hospital
by its town's adjective: "атаковали Саратовский НПЗ", "удар по Белгородской ТЭЦ",
"доставлен в Шебекинскую ЦРБ". The adjective names the town the facility stands in
or by (precision ``near``), not a district, a quarter or a village that the same
word spells ("Рязанский" is no Moscow quarter, "Новошахтинский" no settlement in
Primorsky Krai). A facility the gazetteer holds under its own name ("Курская АЭС")
is read as that.
"""

from __future__ import annotations

from frontwatch.geo import inflection
from frontwatch.geo.axes import made_from
from frontwatch.geo.districts import CITY_DISTRICT_ADJECTIVES
from frontwatch.geo.gazetteer import Gazetteer
from frontwatch.geo.keys import key
from frontwatch.geo.match import Match
from frontwatch.geo.sources import WAR_COUNTRIES
from frontwatch.geo.tokens import Token, capitalised, hyphen_at
from frontwatch.geo.words import CYRILLIC_FACILITY_WORDS

#: Nouns and abbreviations, by their nominative, that make the town's adjective
#: before them a facility's name: refineries, heat plants, district hospitals,
#: airports, oil depots. Not power stations: many stand far from the town or the
#: oblast they are named after (Zaporizka TPP and the Zaporizhzhia nuclear plant by
#: Enerhodar, Rostov's by Volgodonsk); the gazetteer holds the nuclear ones.
_FACILITY_NOUNS = CYRILLIC_FACILITY_WORDS | frozenset(
    {"црб", "лікарня", "больница", "аеропорт", "аэропорт", "нпс", "гпз"}
)
#: Stems of the words that make a plant a nuclear or a power one ("атомна
#: електростанція", "Запорожской атомной станции"), which it is never named by.
_POWER_STEMS = ("атомн", "електростанц", "электростанц")
#: Adjectives of lands and seas that plants are named by as often as a town's
#: ("Уральский вагоностроительный завод" is in Nizhny Tagil, not Oral; "Балтийский
#: завод" in St Petersburg, not Baltiysk).
_LAND_ADJECTIVES = frozenset(
    key(word)
    for word in (
        *("уральский", "уральський", "балтийский", "балтійський", "сибирский"),
        *("сибірський", "кавказский", "кавказький", "дальневосточный", "далекосхідний"),
    )
)
#: Endings of a nominative adjective, Ukrainian and Russian, of any gender.
_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "а", "я", "е")


def facility_town(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> Match | None:
    """The town whose adjective at token ``i`` names the facility after it, or None
    where no facility's word follows (directly, or after one lowercase adjective:
    "Саратовский нефтеперерабатывающий завод"), where the gazetteer holds the
    facility by its own name, or where no town makes the adjective."""
    word = tokens[i]
    if not inflection.is_cyrillic(word.text) or not capitalised(word):
        return None
    if i >= 2 and hyphen_at(tokens, i - 1):
        return None  # the second half of a hyphenated name ("Новгород-Северскую")
    noun = _facility_noun(tokens, i)
    if noun is None:
        return None
    readings = inflection.nominative_keys(word.text)
    if (CITY_DISTRICT_ADJECTIVES | _LAND_ADJECTIVES).intersection(readings):
        return None  # "Кировский завод" is no plant of Kirov's
    nouns = inflection.lemmas(tokens[noun].text) | {tokens[noun].text.lower()}
    for reading in readings:
        if any(gazetteer.candidates(f"{reading} {key(n)}") for n in nouns):
            return None
        towns = tuple(
            p
            for p in gazetteer.adjective_candidates(reading)
            if p.kind == "settlement" and p.country in WAR_COUNTRIES and made_from(reading, p)
        )
        if towns:
            return Match(word.start, word.end, word.text, reading, towns, i, i, adjectival=True)
    return None


def _facility_noun(tokens: list[Token], i: int) -> int | None:
    """The token of the facility's word after the adjective at ``i``, if there is one."""
    for j in (i + 1, i + 2):
        if j >= len(tokens):
            return None
        words = inflection.lemmas(tokens[j].text) | {tokens[j].text.lower()}
        if any(w.startswith(_POWER_STEMS) for w in words):
            return None
        if words & _FACILITY_NOUNS:
            return j
        if j == i + 1 and not (
            tokens[j].text.islower()
            and any(w.endswith(_ADJECTIVE_ENDINGS) for w in inflection.lemmas(tokens[j].text))
        ):
            return None
    return None
