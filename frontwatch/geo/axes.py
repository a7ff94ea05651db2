"""A front's axis named after its town: "на Покровському напрямку", "the
Kupianskyi direction", "on the Lyman and Siversk axes".

Ukraine's General Staff and the reports that follow it name each sector of the
front by the adjective of a town on it. Read as a name, "Покровський" is Pokrovsk's
raion, and "Лиманському" a village called Lymanske in Odesa Oblast; read as an axis,
both are the towns the fighting is about. So a name before an axis word (or the
first of a list of them, "на Куп'янському та Лиманському напрямках") is read as
the adjective of a town, among the towns whose own name makes it, and the resolver
ranks them by their distance to the front (see :mod:`frontwatch.geo.resolve`), as it
does the towns a name before an axis word may be ("the Lyman axis").
"""

from __future__ import annotations

from functools import cache

from rapidfuzz.distance import OSA

from frontwatch.geo import adjectives, inflection, sources
from frontwatch.geo.front_spellings import FRONT_VILLAGE_KM
from frontwatch.geo.fronts import FRONT_COUNTRIES, front_km
from frontwatch.geo.gazetteer import POINT_KINDS, Gazetteer, Place
from frontwatch.geo.keys import key
from frontwatch.geo.match import Match
from frontwatch.geo.tokens import Token, capitalised
from frontwatch.geo.words import AXIS_WORDS

#: What may join the names of several axes before the axis word.
LIST_JOINERS = frozenset({",", "and", "та", "і", "й", "и"})
#: Names of axes a list may hold before its axis word.
LISTED = 4
#: Letters in which an adjective of a town's name in the other language may differ
#: from one of its own name's: Russian "severski" is one from Ukrainian "siverski",
#: "konstantinovski" three from "kostiantinivski".
RESPELT_EDITS = 3
#: How the key of a town named in -ськ or -ск ends (Toretsk, Pokrovsk).
TOWN_ENDING = "sk"
#: How a masculine adjective's key ends (-ський, -ский, -skyi, -sky, -skiy).
MASCULINE_ENDING = "ski"


def axis_town(gazetteer: Gazetteer, tokens: list[Token], i: int) -> Match | None:
    """The town an axis named at token ``i`` is named after, or None when no axis word
    follows or no town's adjective reads so (then the name is read as a name: "the
    Kupiansk direction" names the town already)."""
    if not before_an_axis_word(tokens, i):
        return None
    token = tokens[i]
    readings = inflection.nominative_keys(token.text)
    if inflection.is_cyrillic(token.text):
        # The axis word is masculine ("напрямок"): "Торецькому" is Toretsk's
        # adjective before it is the neuter name of a village Toretske.
        readings.sort(key=lambda reading: not reading.endswith(MASCULINE_ENDING))
    for reading in readings:
        if _a_towns_own_name(gazetteer, reading):
            if inflection.is_cyrillic(token.text) and reading.endswith(TOWN_ENDING):
                return _front_towns(gazetteer, token, reading, i)
            return None
        found = gazetteer.adjective_candidates(reading)
        if found:
            own = tuple(p for p in found if _own(reading, p))
            return Match(
                token.start,
                token.end,
                token.text,
                reading,
                own or found,
                i,
                i,
                adjectival=True,
                axis=True,
            )
    return None


def _front_towns(gazetteer: Gazetteer, token: Token, reading: str, i: int) -> Match:
    """The front's towns a Cyrillic adjective before an axis word is read back to by
    its -ськ/-ск stem, where the dictionaries know no such adjective: Russian
    "Торецком" is Toretsk's, read so only by the town's own name."""
    towns = tuple(p for p in gazetteer.candidates(reading) if _by_the_front(p, reading))
    return Match(token.start, token.end, token.text, reading, towns, i, i, axis=True)


def _by_the_front(place: Place, reading: str) -> bool:
    return (
        place.kind in POINT_KINDS
        and place.country in FRONT_COUNTRIES
        and key(place.name) == reading
        and front_km(place.lat, place.lon) <= FRONT_VILLAGE_KM
    )


def _a_towns_own_name(gazetteer: Gazetteer, reading: str) -> bool:
    """Whether a town by a front is called so: "the Novopavlivka direction" and "the
    Pokrovske direction" name those villages (and "Novopavlivka" is not the adjective
    of Nova Pavlivka). An adjective agreeing with the axis word ("Pokrovskyi",
    "Oleksandrivskyi") is always the axis's: no town the bulletins name is called so,
    whatever raion or city quarter is."""
    if reading.endswith(MASCULINE_ENDING):
        return False
    return any(_by_the_front(p, reading) for p in gazetteer.candidates(reading))


def before_an_axis_word(tokens: list[Token], i: int) -> bool:
    """Whether the name ending at token ``i`` names an axis: an axis word follows it,
    or follows the list of names it opens ("the Kupiansk and Lyman axes")."""
    j = i + 1
    for _ in range(LISTED):
        if j < len(tokens) and _lemmas(tokens[j].text) & AXIS_WORDS:
            return True
        if (
            j + 1 >= len(tokens)
            or tokens[j].text.lower() not in LIST_JOINERS
            or not capitalised(tokens[j + 1])
        ):
            return False
        j += 2
    return False


def _lemmas(word: str) -> set[str]:
    if inflection.is_cyrillic(word):
        return set(inflection.forms(word))
    return {word.lower()}


def _own(reading: str, place: Place) -> bool:
    """Whether the adjective is made from the town's name, in its own language's
    spelling or the other's ("Северский" from Северск, as Russian writes Siversk), or
    from a former name it was renamed from in living memory ("Krasnolimansky",
    Lyman's until 2016, as Russian bulletins still call its axis), not from a name
    others bear now (Zaporizhzhia was Oleksandrivsk until 1921; "Oleksandrivskyi" is
    an Oleksandrivka's)."""
    own = key(place.name)
    names = (own, *_former_keys().get((own, place.country), ()))
    return any(adjectives.is_own(reading, name) for name in names) or any(
        OSA.distance(reading, form) <= RESPELT_EDITS for form in adjectives.forms((own,))
    )


@cache
def _former_keys() -> dict[tuple[str, str | None], tuple[str, ...]]:
    return {
        (key(town["name"]), town["country"]): tuple(key(former) for former in town["former"])
        for town in sources.former_names()
    }
