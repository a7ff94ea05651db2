"""Given names and common surnames, for telling "Tom Moore" from a town called Moore.

The lists come from Faker's person providers (MIT), which ship the common given
names and surnames of each locale from national name statistics; no other offline,
permissively licensed package keeps such lists. The locales are those of the
news the geoparser reads: English-speaking countries, the languages of the US
Hispanic and European press, and Ukrainian and Russian, transliterated as English
copy writes them ("Oleksandr", "Sergei").

Reading Faker's modules takes over a second, so the lists are read once, when the
gazetteer index is built, and stored in it (``Gazetteer.given_names``, ``.surnames``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from functools import cache
from typing import cast

from anyascii import anyascii
from spacy.lang.en.stop_words import STOP_WORDS

GIVEN_NAME_LOCALES = (
    *("en_US", "en_GB", "en_IE", "en_NZ", "es_ES", "es_MX"),
    *("it_IT", "de_DE", "fr_FR", "pt_BR", "uk_UA", "ru_RU"),
)
SURNAME_LOCALES = ("en_US", "en_GB", "en_IE")
#: Ukrainian and Russian surnames, read only in Cyrillic text: transliterated, they
#: would match too many English-language mentions of towns.
CYRILLIC_SURNAME_LOCALES = ("uk_UA", "ru_RU")
_SURNAME_ATTRIBUTES = (
    *("last_names", "last_names_male", "last_names_female"),
    *("last_names_male_only", "last_names_female_only"),
)
#: Given names that are also months: "in May Kupiansk was shelled" names no one.
MONTHS = frozenset({"april", "may", "june", "july", "august"})


def fold(word: str) -> str:
    return anyascii(word).lower()


def _names(locales: Iterable[str], attribute: str) -> frozenset[str]:
    names: set[str] = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        names.update(fold(n) for n in getattr(provider, attribute, ()))
    return frozenset(n for n in names if n.isalpha() and len(n) > 1)


def given_names() -> frozenset[str]:
    """Given names, less function words ("Will") and months ("May")."""
    return _names(GIVEN_NAME_LOCALES, "first_names") - STOP_WORDS - MONTHS


def surnames() -> frozenset[str]:
    return _names(SURNAME_LOCALES, "last_names")


@cache
def cyrillic_surnames() -> frozenset[str]:
    """Ukrainian and Russian surnames as Cyrillic writes them, lowercase, both
    genders ("шевченко", "иванова"). Two small modules: read when first needed."""
    names: set[str] = set()
    for locale in CYRILLIC_SURNAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in _SURNAME_ATTRIBUTES:
            names.update(n.lower() for n in getattr(provider, attribute, ()))
    return frozenset(names)


def is_listed(word: str, names: frozenset[str]) -> bool:
    """Whether a capitalised word is one of ``names`` (folded as the lists are)."""
    return word[:1].isupper() and fold(word) in names


def english_words() -> frozenset[str]:
    """The words of WordNet's index, which spaCy's English model carries for its
    lemmatizer: common words, and the best-known places and people too ("paris",
    "lancaster"), but not the names of Ukraine's towns."""
    from spacy.pipeline import Lemmatizer

    from frontwatch.nlp import load_model

    lemmatizer = cast(Lemmatizer, load_model().get_pipe("lemmatizer"))
    index = lemmatizer.lookups.get_table("lemma_index")
    return frozenset(word for by_pos in index.values() for word in by_pos)


def words_and_names() -> Callable[[str], bool]:
    """Whether a word is in WordNet's index (see :func:`english_words`) or in the
    given-name and surname lists."""
    words = english_words()
    given, family = given_names(), surnames()

    def taken(word: str) -> bool:
        return word.lower() in words or is_listed(word, given) or is_listed(word, family)

    return taken
