"""Front-line villages in another language's spelling: "near Rabotino" is Robotyne,
"Kleshcheyevka" Klishchiivka.

Russian bulletins, and the English copy that quotes them, write Ukrainian villages
in Russian. GeoNames gives most villages no Russian name, and Ukraine's register
none at all, so such a name matches nothing. Read by its consonants alone it would
match a village in every oblast; but a report of the fighting means a village where
the fighting was. So an unknown one-word name after a word of place, in a sentence
about the war, is read by its consonants among the villages of Ukraine and Russia
that lie beside a front line, and only there. The rest of the text then chooses
between them as it does between namesakes.

Only a word shaped like a Slavic village's name is so read: not an English word, a
given name or surname ("a version of Kalashnikov"), an initialism ("from DMUG"), a
people's name ("Georgian and Abkhaz negotiators"), or the first word
of a longer name.
"""

from __future__ import annotations

import dataclasses
import re

from frontwatch.geo import inflection
from frontwatch.geo.fronts import FRONT_COUNTRIES, front_km, within_km_of_a_front
from frontwatch.geo.gazetteer import Gazetteer, Place
from frontwatch.geo.keys import key, with_ukrainian_qualifiers
from frontwatch.geo.match import VILLAGE_POPULATION, Match
from frontwatch.geo.people import is_listed
from frontwatch.geo.tokens import Token, capitalised, governing_text
from frontwatch.geo.words import (
    CYRILLIC_CAPTURE_STEMS,
    CYRILLIC_DAMAGE_STEMS,
    CYRILLIC_GROUND_STEMS,
    CYRILLIC_LONG_RANGE_STEMS,
    CYRILLIC_WAR_STEMS,
    DAMAGE_WORDS,
    GROUND_WORDS,
    LOCATIVE_CUES,
    LONG_RANGE_WORDS,
    WAR_WORDS,
)

#: How far (km) from a front line a village so read may lie: the fronts are drawn
#: straight between towns tens of km apart, and the register places a village at
#: its hromada's centroid (Robotyne lies 20 km off the Zaporizhzhia line so).
FRONT_VILLAGE_KM = 25.0
#: How the folded names of Ukrainian and Russian villages end, in either language's
#: spelling: Rabotino, Kleshcheyevka, Verbovoye, Selidovo, Pyatikhatki, Orekhov.
SLAVIC_ENDINGS = (
    *("ka", "ki", "ky", "ko", "ino", "yno", "ovo", "evo", "no", "na", "ne", "ie", "oe", "ye"),
    *("sk", "ske", "ska", "ets", "ov", "ev", "iv", "ichi", "tsi", "tsy", "ol", "ar"),
)
_WORD = re.compile(r"[a-zа-яіїєґ]+")
#: Words before a village's name that say it is one, as a word of place does:
#: "liberated Novoaleksandrovka", "seized Novoselovka Pervaya".
CAPTURE_VERBS = frozenset(
    {"captured", "seized", "liberated", "retook", "recaptured", "entered", "stormed"}
)
#: Every word before an unknown name that says a village follows.
_CUES = LOCATIVE_CUES | CAPTURE_VERBS


def at_the_front(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> Match | None:
    """The front-line villages that an unknown name at ``i`` may be, if it follows a
    word of place or of capture in a sentence about the war. A name of two words is
    read whole ("near Zelyony Kut", "seized Novoselovka Pervaya"), with Russian
    ordinals in Ukrainian (Pervaya: Persha, see ``keys.with_ukrainian_qualifiers``)."""
    before = governing_text(tokens, i).lower()
    if before not in _CUES and not before.startswith(CYRILLIC_CAPTURE_STEMS):
        return None
    last = i
    if i + 1 < len(tokens) and capitalised(tokens[i + 1]):
        if i + 2 < len(tokens) and capitalised(tokens[i + 2]):
            return None
        last = i + 1
    words = [w.text for w in tokens[i : last + 1]]
    if not all(_no_word_or_person(gazetteer, w) for w in words):
        return None
    # A one-word name must end as Slavic village names do; in a name of two words
    # the first is often an adjective ("Zelyony Kut").
    if last == i and not any(
        k.endswith(SLAVIC_ENDINGS) for k in inflection.nominative_keys(words[0])
    ):
        return None
    if not in_a_sentence_with(text, tokens, i, WAR_WORDS, CYRILLIC_WAR_STEMS):
        return None
    surface_key = with_ukrainian_qualifiers(key(" ".join(words)))
    found = tuple(
        p
        for p in gazetteer.loose_candidates(surface_key)
        if p.country in FRONT_COUNTRIES and front_km(p.lat, p.lon) <= FRONT_VILLAGE_KM
    )
    if not found:
        return None
    start, end = tokens[i].start, tokens[last].end
    return Match(start, end, text[start:end], surface_key, found, i, last)


#: How far behind the fronts every place a name already means must lie for the name
#: to be read as a front-line village's spelling too: Russia's war zone.
BEHIND_THE_FRONT_KM = 100.0


def _russian_village(place: Place) -> bool:
    """Whether a place is a settlement across the border, which a Ukrainian front
    village's Russian spelling may share its name with."""
    return place.kind == "settlement" and place.country in FRONT_COUNTRIES - {"UA"}


def _near_the_front(place: Place) -> bool:
    """Whether a place lies in the war's zone: a register village only at a front."""
    if not within_km_of_a_front(place.lat, place.lon, BEHIND_THE_FRONT_KM):
        return False
    behind = front_km(place.lat, place.lon)
    return behind <= FRONT_VILLAGE_KM or (place.kind != "register" and behind < BEHIND_THE_FRONT_KM)


def also_at_the_front(gazetteer: Gazetteer, text: str, tokens: list[Token], found: Match) -> Match:
    """A name of one or two words whose every place lies far behind the fronts, or is
    a village across the border, read as a front-line village's Russian spelling as
    well, where an unknown word would be (see :func:`at_the_front`): "positions near
    Ivanovskoye" may be Ivanivske by Bakhmut, not only a Moscow district of that name,
    and "отступает к Белой Горе" Bila Hora by Kostiantynivka, not only Belaya Gora in
    Belgorod Oblast. The resolver chooses between them.

    A register village of the name nearer than that, but not at a front, does not
    stop it: "near Ostrovskoye" is read among the Ostrovske villages 40 km behind the
    Zaporizhzhia front and Ostrivske on the Donetsk one alike."""
    if found.last - found.first > 1 or found.loose or found.adjectival:
        return found
    if any(_near_the_front(p) and not _russian_village(p) for p in found.candidates):
        return found
    if all(p.country != "UA" for p in found.candidates) and any(
        p.kind == "settlement" and p.population >= VILLAGE_POPULATION and key(p.name) == found.key
        for p in found.candidates
    ):
        # "в Тамани" is Taman, a Russian town of 9,400, not Temne on the front; a
        # name Ukrainian villages bear too may still be a front village's spelling.
        return found
    if inflection.is_ukrainian(found.text) and any(p.country == "UA" for p in found.candidates):
        # Ukrainian spells Ukraine's names as they are: "у Тячеві" is Tiachiv in
        # Zakarpattia, not a spelling of Chuhuyiv.
        return found
    front = at_the_front(gazetteer, text, tokens, found.first)
    if front is None or front.last != found.last:
        return found
    known = set(found.candidates)
    extra = tuple(p for p in front.candidates if p not in known)
    return dataclasses.replace(found, candidates=found.candidates + extra)


def _no_word_or_person(gazetteer: Gazetteer, word: str) -> bool:
    """Whether a capitalised word may be part of a village's name rather than a word,
    a people's name or a person's."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and key(word) not in gazetteer.demonyms
        and word.lower() not in gazetteer.english_words
        and not is_listed(word, gazetteer.given_names)
        and not is_listed(word, gazetteer.surnames)
    )


def in_a_sentence_with(
    text: str, tokens: list[Token], i: int, words: frozenset[str], stems: tuple[str, ...]
) -> bool:
    """Whether the sentence holding token ``i`` has one of the words in it, or a
    Cyrillic word opening with one of the stems."""
    return _holds(_sentence_words(text, tokens, i), words, stems)


def of_the_fighting(text: str, tokens: list[Token], i: int) -> bool:
    """Whether the sentence holding token ``i`` tells of the fighting at a front, or
    of the damage the war leaves with no weapon named that reaches far behind one."""
    found = _sentence_words(text, tokens, i)
    if _holds(found, GROUND_WORDS, CYRILLIC_GROUND_STEMS):
        return True
    return _holds(found, DAMAGE_WORDS, CYRILLIC_DAMAGE_STEMS) and not _holds(
        found, LONG_RANGE_WORDS, CYRILLIC_LONG_RANGE_STEMS
    )


def _sentence_words(text: str, tokens: list[Token], i: int) -> list[str]:
    first = i
    while first > 0 and not tokens[first].sent_start:
        first -= 1
    last = i + 1
    while last < len(tokens) and not tokens[last].sent_start:
        last += 1
    return _WORD.findall(text[tokens[first].start : tokens[last - 1].end].lower())


def _holds(found: list[str], words: frozenset[str], stems: tuple[str, ...]) -> bool:
    return not words.isdisjoint(found) or any(word.startswith(stems) for word in found)
