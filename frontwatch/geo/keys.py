"""Matching keys: the one spelling that every variant of a place name folds to.

Reports spell the same town in Ukrainian national romanisation, BGN/PCGN, ISO 9,
German or French conventions, or in Cyrillic. Rather than guess which system a
writer used, every name on both sides (gazetteer and text) is folded to a key in
which the differences between those systems vanish: ``Kupiansk``, ``Kupyansk`` and
``Kupjansk`` all become ``kupiansk``. Cyrillic is first romanised with the official
tables of ``translitua`` (Ukrainian national 2010, ISO 9) and ``iuliia`` (Russian
BGN/PCGN, the English Wikipedia convention); ``anyascii`` folds the diacritics left.
The folding rules themselves are few and written here because no library folds
*between* romanisation systems.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import iuliia
import translitua
from anyascii import anyascii

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_APOSTROPHES = re.compile(r"['’ʼ`´‘ʹ\u02bc\u2032]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/.,]+")
_DOUBLED = re.compile(r"(.)\1+")
#: Háček letters, which ISO 9 and the Czech, Slovak and Croatian alphabets write for
#: ч, ш, щ and ж, read as the English digraphs ("Kačkarsʹke" is Kachkarske):
#: ``anyascii`` would drop the háček and leave Kackarske.
_HACEK_READINGS = {"č": "ch", "š": "sh", "ŝ": "shch", "ž": "zh"}
_HACEK_READINGS |= {k.upper(): v.capitalize() for k, v in _HACEK_READINGS.items()}
_HACEK_DIGRAPHS = str.maketrans(_HACEK_READINGS)
_HACEK_LETTERS = frozenset(_HACEK_READINGS)

#: Folding rules for a lowercase ASCII name, each merging spellings that
#: romanisation systems produce for the same Cyrillic letters, applied in one pass
#: (a name's key is computed for every capitalised word of every text).
FOLDS: dict[str, str] = {
    "zhzh": "z",  # Запоріжжя: Zaporizhzhia = Zaporizhia = Zaporizia
    "tsch": "ch",  # ч in German: Lysytschansk
    "tsj": "ch",  # ч in Dutch: Lysytsjansk
    "sch": "sh",  # ш opening a German word: Schostka = Shostka (inside one, often с+ч)
    "sj": "sh",  # ш in Dutch: Sjostka = Shostka
    "zh": "z",  # ж: Snizhne = Snizjne = Snižne (ISO 9 ž folds to z)
    "zj": "z",
    "y": "i",  # й/ы/и and я/ю/є: Kupyansk = Kupjansk = Kupiansk
    "j": "i",
}
#: в as German and Polish write it, in the affixes of place names that no English
#: word has: Nowoseliwka = Novoselivka, Pokrowske = Pokrovske, Kyjiw = Kyiv; not
#: in the -owski and -owska of Polish surnames (Borowski is no Borovskiy).
W_AFFIXES = {
    **{f"{vowel}w{tail}": f"{vowel}v{tail}" for vowel in "ioe" for tail in ("ka", "sk")},
    "nowo": "novo",
    "iw": "iv",
}
FOLDS.update(W_AFFIXES)
#: Abbreviated first words, written out: "St. Petersburg" is Saint Petersburg.
SHORT_FORMS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
FOLDS.update(SHORT_FORMS)
#: Russian adjectival endings, after two letters or more of a word, folded
#: to the Ukrainian ones that name the same village: Malaya Rohan is Mala Rohan,
#: Veselaya Lopan Vesela Lopan, Opytnoye Opytne, Pokrovskoe Pokrovske.
ADJECTIVE_ENDINGS = {
    **dict.fromkeys(("aya", "aja", "aia"), "a"),
    **dict.fromkeys(("oye", "oje", "oie", "oe"), "e"),
}
FOLDS.update(ADJECTIVE_ENDINGS)
_FOLD = re.compile(
    r"(?<=[a-z]{2})(?:a[yji]a|o[yji]?e)\b"
    r"|zhzh|ts(?:ch|j)|\bsch|sj|z[hj]|[ioe]w(?:ka|sk(?![ai]\b))|\bnowo|iw\b|[yj]"
    r"|\b(?:st|ste|mt|ft)\b"
)


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def romanisations(name: str) -> list[str]:
    """Latin spellings of a Cyrillic name under the systems that reports use.

    Ukrainian national (KMU 2010) and ISO 9 for Ukrainian names; BGN/PCGN and the
    English Wikipedia convention for Russian names (Artyomovsk, Ugledar). Both are
    applied to every name: which language a name is in cannot be told reliably
    from its letters alone, and a wrong reading only adds a harmless key.
    """
    if not has_cyrillic(name):
        return [name]
    spellings = {
        translitua.translit(name),
        translitua.translit(name, translitua.UkrainianISO9),
        iuliia.BGN_PCGN.translate(name),
        iuliia.WIKIPEDIA.translate(name),
    }
    return sorted(spellings)


def latin_name(name: str, country: str | None) -> str:
    """A Cyrillic name as an English report would write it: by Ukraine's national
    romanisation for a Ukrainian place, by the English Wikipedia's for any other
    ("Краматорськ" is Kramatorsk, "Белгород" Belgorod); a Latin name as it is."""
    if not has_cyrillic(name):
        return name
    if country == "UA":
        return str(translitua.translit(name))
    return str(iuliia.WIKIPEDIA.translate(name))


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """The folded key of one (Latin-script) name; Cyrillic is romanised first."""
    if name.isascii() and name.isalpha():
        text = name.lower()  # most words of a text: nothing to romanise or strip
    else:
        if has_cyrillic(name):
            name = translitua.translit(name)
        text = _APOSTROPHES.sub("", name)
        text = unicodedata.normalize("NFKC", text).translate(_HACEK_DIGRAPHS)
        text = anyascii(text).lower()
        text = _SEPARATORS.sub(" ", text).strip()
    text = _FOLD.sub(_folded, text)
    return _DOUBLED.sub(r"\1", text)


def _folded(match: re.Match[str]) -> str:
    return FOLDS[match.group()]


#: Loose folds: Russian and Ukrainian forms of one village differ in vowels (Малая
#: Рогань / Мала Рогань, Новоселовка / Новоселівка) and in г read as g or h.
#: Polish and German spellings of the same letters fold too: в as w (Nowoseliwka),
#: ш and ч as sz and cz (Szewczenkowe).
_SKELETON_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"szcz"), "shch"),
    (re.compile(r"sz"), "sh"),
    (re.compile(r"cz"), "ch"),
    (re.compile(r"w"), "v"),
    (re.compile(r"shch"), "sch"),
    (re.compile(r"g"), "h"),
    (re.compile(r"[aeiou]"), ""),
)


#: The words that tell apart villages of one name and differ in their consonants
#: between the languages: Russian's Первая, Вторая and Большая are Ukrainian's
#: Перша, Друга and Велика ("Novoselovka Pervaya" is Novoselivka Persha, "Bolshaya
#: Kamyshevakha" Velyka Komyshuvakha).
_QUALIFIERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bperv(?=[aei]\b)"), "persh"),
    (re.compile(r"\bvtor(?=(?:a|e|oi)\b)"), "druh"),
    (re.compile(r"\bbolsh(?=(?:a|e|ie|oi)\b)"), "velik"),
)


def with_ukrainian_qualifiers(name_key: str) -> str:
    """A key with a Russian qualifier of a village's name written as Ukrainian's."""
    for pattern, replacement in _QUALIFIERS:
        name_key = pattern.sub(replacement, name_key)
    return name_key


def skeleton(name_key: str) -> str:
    """A key's consonants: too loose to find places by, but enough to match a
    village's Russian spelling to its Ukrainian one inside a stated region."""
    text = name_key
    for pattern, replacement in _SKELETON_FOLDS:
        text = pattern.sub(replacement, text)
    text = _DOUBLED.sub(r"\1", text)
    return text if len(text.replace(" ", "")) >= 3 else ""


def keys(name: str) -> set[str]:
    """Every key a name is known by: its own and those of its romanisations, and
    for a spelling with háček letters, its key without them ("Košice" is written
    "Kosice" too, ISO 9's "Šahtarsʹk" "Sahtarsk")."""
    spellings = romanisations(name)
    found = {key(spelling) for spelling in spellings}
    for spelling in spellings:
        if not _HACEK_LETTERS.isdisjoint(spelling):
            found.add(key(anyascii(unicodedata.normalize("NFKC", spelling))))
    return found - {""}
