"""The signals that a name is a person's, read over all the matches of a text at once.

Many towns share their names with surnames ("Moore", "Clark", "Lincoln"), and news
names a person in full once and by the surname alone after: a title, a given name, an
age or a verb of saying at one mention makes the name a surname at every other, so
these signals are read together before any match is judged. The name lists they
consult are built elsewhere (:mod:`frontwatch.geo.people`), once, with the gazetteer.
"""

from __future__ import annotations

import re

from frontwatch.geo.gazetteer import Gazetteer
from frontwatch.geo.keys import key
from frontwatch.geo.match import OWN_TOWN_POPULATION, Match
from frontwatch.geo.people import is_listed
from frontwatch.geo.tokens import Token, capitalised
from frontwatch.geo.words import (
    KIN_WORDS,
    SPEECH_VERBS,
    SURNAME_ARTICLES,
    SURNAME_PARTICLES,
    TITLES,
    TOWN_FOLLOWERS,
)

#: Kinds whose one-word names a person may bear as a surname ("Clark", "Trapani").
SURNAME_KINDS = frozenset({"settlement", "register", "admin"})
#: Population from which a city that "said" something speaks for its government.
SPEAKING_CITY_POPULATION = 500_000
#: A middle initial ("Roy A. Nelson").
INITIAL = re.compile(r"^[A-Z]\.$")


def read_together(gazetteer: Gazetteer, tokens: list[Token], matches: list[Match]) -> None:
    """Mark what one match tells about another: a name written after a title or a
    given name ("Sgt. Moore", "Tom A. Moore", "President Lincoln"), at the end of the
    model's person entity, before "said" or before an age ("Rose, 28,"), is a surname
    wherever else it stands alone ("Moore was charged"), and a name followed by a comma
    and another name ("Lincoln, Neb.") is an address. A name the text also writes
    before a civic word or its residents ("Gainesville police", "Gainesville
    residents") is a town, which may speak ("Gainesville says no to discrimination")."""
    towns = {
        m.key
        for m in matches
        if m.last + 1 < len(tokens) and tokens[m.last + 1].text.lower() in TOWN_FOLLOWERS
    }
    surnames = {
        m.key
        for m in matches
        if m.first == m.last
        and (
            _titled(tokens, m.first)
            or _after_given_name(gazetteer, tokens, m.first)
            or (personal(gazetteer, tokens, m) and not ukrainian_town(gazetteer, m))
            or _kin(tokens, m.first)
            or _after_a_particle(tokens, m.first)
            or (_speaks(tokens, m.first) and not _speaks_for_a_government(m) and m.key not in towns)
            or (aged(tokens, m.first) and a_persons_name(gazetteer, tokens[m.first].text))
        )
        and all(p.kind in SURNAME_KINDS for p in m.candidates)
    }
    for index, m in enumerate(matches):
        m.surname = m.key in surnames and m.first == m.last
        m.addressed = (
            index + 1 < len(matches)
            and matches[index + 1].first == m.last + 2
            and tokens[m.last + 1].text == ","
        )


def _titled(tokens: list[Token], i: int) -> bool:
    """Whether a person's title stands before token ``i``, perhaps with a first name
    between ("Det. Sgt. Olena Marsh", "Mayor Marsh"); nameparser's list of titles
    decides. The look-back stops at a sentence's start."""
    for j in range(i - 1, max(-1, i - 4), -1):
        word = tokens[j].text
        if tokens[j + 1].sent_start or not capitalised(tokens[j]) or not word[:1].isalpha():
            return False
        if word.rstrip(".").lower() in TITLES:
            return True
    return False


def _after_given_name(gazetteer: Gazetteer, tokens: list[Token], i: int) -> bool:
    """Whether a given name, perhaps with a middle initial, stands just before token
    ``i`` in its sentence ("Tom Moore", "Rhonda K. Pruitt"). With a middle initial,
    any capitalised word is a given name, listed or not ("Jaquez T. Orland")."""
    j = i - 1
    initial = j > 0 and bool(INITIAL.match(tokens[j].text)) and not tokens[j].sent_start
    if initial:
        j -= 1
    return (
        j >= 0
        and not tokens[j + 1].sent_start
        and tokens[j + 1].start - tokens[j].end <= 1
        and (
            is_listed(tokens[j].text, gazetteer.given_names)
            or (initial and tokens[j].text.isalpha() and capitalised(tokens[j]))
        )
    )


def _after_a_particle(tokens: list[Token], i: int) -> bool:
    """Whether a surname's particle stands before token ``i``, perhaps with an article
    ("von der Leyen", "van Gogh"), or token ``i`` is the particle, capitalised at a
    sentence's start, before its article ("Von der Leyen said")."""
    if i + 1 < len(tokens) and tokens[i + 1].text in SURNAME_ARTICLES:
        return tokens[i].text.lower() in SURNAME_PARTICLES
    j = i - 1
    if j > 0 and tokens[j].text in SURNAME_ARTICLES:
        j -= 1
    return j >= 0 and tokens[j].text.lower() in SURNAME_PARTICLES


def aged(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is followed by an age between commas, as news gives
    people's ages ("her nephew, Tanner, 9, and ...", "Rose, 28, lived upstairs")."""
    return (
        i + 3 < len(tokens)
        and tokens[i + 1].text == ","
        and tokens[i + 2].text.isdigit()
        and 0 < int(tokens[i + 2].text) < 120
        and tokens[i + 3].text == ","
    )


def a_persons_name(gazetteer: Gazetteer, word: str) -> bool:
    """Whether a word is a listed given name or surname: a figure after "Rose" is an
    age, one after "Sumy" a count."""
    return is_listed(word, gazetteer.given_names) or is_listed(word, gazetteer.surnames)


def _speaks(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is the subject of a verb of saying ("Robertson said")."""
    return i + 1 < len(tokens) and tokens[i + 1].text.lower() in SPEECH_VERBS


def _speaks_for_a_government(match: Match) -> bool:
    """Towns do not speak, but capitals and great cities do for the governments they
    seat ("Moscow said", "Kyiv says"): a name that large is not read as a surname."""
    return max((p.population for p in match.candidates), default=0) >= SPEAKING_CITY_POPULATION


def _kin(tokens: list[Token], i: int) -> bool:
    """Whether a relative is named just before token ``i``, with or without a comma
    ("their youngest son, Tanner,", "son Bryan")."""
    j = i - 2 if i > 1 and tokens[i - 1].text == "," else i - 1
    return j >= 0 and tokens[j].text in KIN_WORDS


def personal(gazetteer: Gazetteer, tokens: list[Token], match: Match) -> bool:
    """Whether the model reads a one-word match as the later part of a person's name
    ("Tom Moore" as one PERSON entity). A PERSON label over the word alone is not
    read: the small model gives it to many towns of local news ("Gainesville"), nor
    one whose word before is no name, as over a caption's date ("25/03/2022
    Mariupol"), a participle ("Shelled Pokrovsk") or a headline's verb ("Banker Enters
    Lviv Race"): only a given name, an initial or a word no dictionary holds."""
    token = tokens[match.first]
    if token.ent != "PERSON" or token.ent_start >= match.start or match.first == 0:
        return False
    before = tokens[match.first - 1]
    return (
        before.start >= token.ent_start
        and before.text[:1].isalpha()
        and capitalised(before)
        and (
            is_listed(before.text, gazetteer.given_names)
            or bool(INITIAL.match(before.text))
            or not _english_word(gazetteer, before.text)
        )
    )


#: Endings English inflects a word with, and what they stand for in its lemma
#: ("joins" join, "shelled" shell, "striking" strike, "strikes" strike).
_INFLECTIONS = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def _english_word(gazetteer: Gazetteer, word: str) -> bool:
    """Whether a word, or its stem once an inflection is taken off, is in WordNet's
    index (which holds lemmas only)."""
    lower = word.lower()
    words = gazetteer.english_words
    return lower in words or any(
        lower.endswith(ending) and lower[: -len(ending)] + lemma in words
        for ending, lemma in _INFLECTIONS
    )


def ukrainian_town(gazetteer: Gazetteer, match: Match) -> bool:
    """Whether a name is a Ukrainian town of some size by its own name, and no one's
    given name or surname: the small model's tags call many such a common noun or a
    person ("Izyum rail yard burning", "Shelled Pokrovsk"), which it is not."""
    return (
        not is_listed(match.text, gazetteer.given_names)
        and not is_listed(match.text, gazetteer.surnames)
        and any(
            p.country == "UA"
            and p.kind == "settlement"
            and p.population >= OWN_TOWN_POPULATION
            and key(p.name) == match.key
            for p in match.candidates
        )
    )
