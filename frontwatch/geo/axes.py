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
from frontwatch.geo.tokens import Token, capitalised, hyphen_at
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
    cyrillic = inflection.is_cyrillic(token.text)
    readings = inflection.nominative_keys(token.text)
    if cyrillic:
        # The axis word is masculine ("напрямок"): "Торецькому" is Toretsk's
        # adjective before it is the neuter name of a village Toretske.
        readings.sort(key=lambda reading: not reading.endswith(MASCULINE_ENDING))
    for reading in readings:
        towns = _front_towns_called(gazetteer, reading)
        if towns:
            # Russian "Торецком" is read back to Toretsk by its -ськ/-ск stem alone,
            # since the dictionaries know no such adjective; an English name
            # ("the Toretsk direction") is read as a name.
            if cyrillic and reading.endswith(TOWN_ENDING):
                return Match(token.start, token.end, token.text, reading, towns, i, i, axis=True)
            return None
        found = gazetteer.adjective_candidates(reading)
        if found:
            own = tuple(p for p in found if made_from(reading, p))
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


def _front_towns_called(gazetteer: Gazetteer, reading: str) -> tuple[Place, ...]:
    """The towns by a front called so: "the Novopavlivka direction" and "the
    Pokrovske direction" name those villages (and "Novopavlivka" is not the adjective
    of Nova Pavlivka). An adjective agreeing with the axis word ("Pokrovskyi",
    "Oleksandrivskyi") is always the axis's: no town the bulletins name is called so,
    whatever raion or city quarter is."""
    if reading.endswith(MASCULINE_ENDING):
        return ()
    return tuple(
        p
        for p in gazetteer.candidates(reading)
        if p.kind in POINT_KINDS
        and p.country in FRONT_COUNTRIES
        and key(p.name) == reading
        and front_km(p.lat, p.lon) <= FRONT_VILLAGE_KM
    )


def before_an_axis_word(tokens: list[Token], i: int) -> bool:
    """Whether the name ending at token ``i`` names an axis: an axis word follows it,
    or follows the list of names it opens ("the Kupiansk and Lyman axes")."""
    return before_a_list_word(tokens, i, AXIS_WORDS)


def before_a_list_word(tokens: list[Token], i: int, words: frozenset[str]) -> bool:
    """Whether one of ``words``, in any case form, follows the name ending at token
    ``i`` or the list of names it opens ("на Куп'янському та Лиманському напрямках",
    "Губкинский и Старооскольский округа")."""
    return list_word_after(tokens, i, words) is not None


def list_word_after(
    tokens: list[Token], i: int, words: frozenset[str], listed: int = LISTED
) -> int | None:
    """The token of the word of ``words`` that follows the name ending at token ``i``
    or the list of up to ``listed`` names it stands in, if one does."""
    j = i + 1
    for _ in range(listed):
        if j < len(tokens) and inflection.lemmas(tokens[j].text) & words:
            return j
        if (
            j + 1 >= len(tokens)
            or tokens[j].text.lower() not in LIST_JOINERS
            or not capitalised(tokens[j + 1])
        ):
            return None
        j += 2
        # A hyphenated name is one item of the list ("Новгород-Сіверська").
        while j + 1 < len(tokens) and hyphen_at(tokens, j):
            j += 2
    return None


def made_from(reading: str, place: Place) -> bool:
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
