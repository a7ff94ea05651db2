"""Adjectival forms of place names, as war reports use them.

"The Kupiansk direction" names the town, but so do "the Kupiansky direction",
"Krasnolimansky direction" (from Krasny Liman, Lyman's former name) and
"Zaporizhzhian". Russian and Ukrainian make adjectives from town names with a few
suffixes; these rules generate the folded keys of those adjectives from a town's
own keys, so that the recogniser can look an adjective up like a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from frontwatch.geo.keys import key

#: Folded endings of Russian/Ukrainian adjectives as written in English reports:
#: -sky/-skyi/-skiy (ski), -ska, -ske, -skoye/-skoe (skoe, skoie), -skaya (skaia).
ADJECTIVE_ENDINGS = ("ski", "ska", "ske", "skoe", "skoie", "skaia")
#: Folded endings of the first word of a two-word name that is itself an adjective
#: (Krasnyi Lyman, Velyka Novosilka, Stary Oskol) and fuses into a compound.
_ADJECTIVE_WORD_ENDINGS = ("ii", "i", "a", "e", "oe", "o", "aia", "ie")


def stem(name_key: str) -> str:
    """The part of a name that adjectives are built on."""
    for ending in ("ska", "sk", "ka", "ia", "a", "e", "o", "i"):
        if name_key.endswith(ending) and len(name_key) - len(ending) >= 3:
            return name_key[: -len(ending)]
    return name_key


#: The last syllable of a neuter name's stem, an o or an e closed by consonants once
#: the ending goes: Ukrainian turns that vowel into i when it makes the adjective
#: (Kurakhove, Курахівський; Huliaipole, Гуляйпільський; Svatove, Сватівський).
_CLOSED_O_OR_E = re.compile(r"^(.*[^aeiou])[oe]([^aeiouy]+)$")


#: Syllables Russian puts between the stem of a name ending in a vowel and the
#: adjective's suffix: Sudzha, Суджанский; Liski, Лискинский; Yalta, Ялтинский.
_LINKING_SYLLABLES = ("an", "in")
#: A velar closing a stem turns into a hushing consonant before the suffix, as keys
#: fold it: Krasnaya Yaruga, Краснояружский.
_VELAR = re.compile(r"[gh]$")
#: ... and a k after a vowel into ts in Ukrainian: Tokmak, Токмацький.
_VOWEL_K = re.compile(r"[aeiouy]k$")


def _single(name_key: str) -> set[str]:
    base = stem(name_key)
    bases = {base}
    closed = _CLOSED_O_OR_E.match(base)
    if closed and name_key[-1] in "eo" and base == name_key[:-1]:
        bases.add(f"{closed.group(1)}i{closed.group(2)}")
    if base != name_key and name_key[-1] in "ai":
        bases |= {base + syllable for syllable in _LINKING_SYLLABLES}
        bases.add(_VELAR.sub("z", base))
    if name_key.endswith("ki") and len(name_key) > 5:
        bases.add(name_key[:-2])  # a plural name: Valuyki, Валуйский
    if _VOWEL_K.search(name_key):
        bases.add(name_key[:-1] + "t")  # Ukrainian: Kremenchuk, Кременчуцький (-tski)
    if name_key.endswith("tsi") and len(name_key) > 5:
        bases.add(name_key[:-1] + "ov")  # and one in -цы: Klintsy, Клинцовский
    forms = {b + ending for b in bases for ending in ADJECTIVE_ENDINGS}
    forms |= {name_key + ending for ending in ADJECTIVE_ENDINGS}
    if name_key.endswith("ia"):
        forms.add(name_key + "n")  # Zaporizhzhia → Zaporizhzhian
    return forms


def forms(name_keys: Iterable[str]) -> set[str]:
    """Every adjectival key generated from a place's name keys."""
    found: set[str] = set()
    for name_key in name_keys:
        words = name_key.split()
        if len(words) == 1:
            found |= _single(name_key)
        elif len(words) == 2:
            first, second = words
            for ending in _ADJECTIVE_WORD_ENDINGS:
                if first.endswith(ending) and len(first) > len(ending) + 2:
                    # Folded as keys are: "Staryi Oskol" makes "staroskolski".
                    fused = key(first[: -len(ending)] + "o" + second)
                    found |= _single(fused) | {fused}
                    break
    found -= set(name_keys)
    return {f for f in found if len(f) >= 6}


def is_own(adjective_key: str, name_key: str) -> bool:
    """Whether an adjective is made from this name: an adjective in a place's
    candidates may come from any of its names ("Oleksandrivskyi" from Zaporizhzhia's
    Oleksandrivsk, lost in 1921), and callers say which names count."""
    return adjective_key in forms((name_key,))
