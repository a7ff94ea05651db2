"""Ukrainian and Russian names in their case forms: "у Харкові", "под Угледаром".

Both languages decline place names. Telegram channels and Ukrainian and Russian
outlets write "обстріляли Харків" but "у Харкові", "біля Куп'янська", "в
Белгородской области", and the gazetteer holds nominatives only. A Cyrillic name
not found as written is read back to its nominative forms with pymorphy3's
Ukrainian and Russian dictionaries; they also guess the forms of names they do not
list from their endings, which is what village names need. Writing case endings by
hand would repeat, worse, what those dictionaries hold. pymorphy3's "fast" extra
reads the dictionaries with DAWG2's C extension: Cyrillic text is parsed about 40%
faster than with the pure-Python reader.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from frontwatch.geo.keys import key
from frontwatch.geo.words import (
    AXIS_WORDS,
    COMMAND_WORDS,
    LOCATIVE_CASES,
    RUSSIAN_GOVERNED_CASES,
    UKRAINIAN_GOVERNED_CASES,
)

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer
    from pymorphy3.analyzer import Parse
    from pymorphy3.tagset import OpencorporaTag

#: Readings of a word kept per language: the rest are ever less likely.
READINGS = 3
#: Nominative forms tried per word, and words a declined name may run to.
FORMS = 6
WORDS = 3

_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04FF'’ʼ]+$")


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC_WORD.match(word)) and any(c.isalpha() for c in word)


@cache
def _analyzers() -> tuple[MorphAnalyzer, MorphAnalyzer]:
    from pymorphy3 import MorphAnalyzer

    return MorphAnalyzer(lang="uk"), MorphAnalyzer(lang="ru")


@lru_cache(maxsize=50_000)
def _parses(word: str) -> tuple[tuple[Parse, ...], tuple[Parse, ...]]:
    """The Ukrainian and the Russian dictionary's readings of a word, read once: every
    check asks for them again (the word's case after each preposition, whether it is
    a surname, a place's name or a common word), and a dictionary read takes longer
    than all the rules that use it."""
    uk, ru = _analyzers()
    return tuple(uk.parse(word)), tuple(ru.parse(word))


def _parse(analyzer: MorphAnalyzer, word: str) -> tuple[Parse, ...]:
    return _parses(word)[0 if analyzer is _analyzers()[0] else 1]


@lru_cache(maxsize=100_000)
def _nominative(reading: Parse) -> str:
    """A reading's nominative, in its number and gender; empty where it has none. The
    dictionary builds the word's every form to find it, so it is found once."""
    inflected = reading.inflect({"nomn"})
    return inflected.word if inflected else ""


#: Case endings of town names in -ськ and -цьк (-ск, -цк in Russian), which the
#: dictionaries read as an adjective's when one is spelled alike ("Покровська" is
#: Pokrovsk's genitive, and the feminine of "покровський").
_SK_TOWN = re.compile(r"^(.*(?:ськ|цьк))(?:а|у|ом|ові)$|^(.*(?:ск|цк))(?:а|у|ом|е)$")


#: Case endings of a Ukrainian possessive adjective in -ів, which declines as
#: -ового, -овому, -овим ("біля Часового Яру", Chasiv Yar; "у Волоховому Яру"), and
#: the Russian name's in -овым ("под Часовым Яром"). The dictionaries know no such
#: adjective of a village and read it as -овий.
_POSSESSIVE = re.compile(r"^(.{3,})ов(?:ого|ому|им|ім|ым)$")


#: A Ukrainian locative in -ові: of a town in -ів that the dictionaries do not
#: know ("в Оріхові", Orikhiv, which they read as a nut), of a Russian one in -ов
#: ("у Коврові", Kovrov), or of a neuter town in -ове, which news declines as if it
#: were one in -ів ("у Курахові", Kurakhove, not the dative of a surname Курах).
#: Only after a preposition that governs the locative: -ові is also a dative
#: ("вручив сержантові Шевченкові").
_LOCATIVE_IN_OVI = re.compile(r"^(.{3,})ові$")


#: A Ukrainian neuter name in -ове, -еве, -ине, the form Ukrainian gives a Russian
#: town in -ово, -ево, -ино: "у Глушковому" is Glushkovo (Глушково), which the
#: gazetteer knows by its Russian name alone.
_UKRAINIAN_NEUTER = re.compile(r"^(.{3,}(?:ов|ев|ин|ін))е$")


def _with_russian_neuter(form: str) -> tuple[str, ...]:
    neuter = _UKRAINIAN_NEUTER.match(form)
    return (form, neuter.group(1) + "о") if neuter else (form,)


@lru_cache(maxsize=10_000)
def instrumental(word: str) -> bool:
    """Whether a word after "з" reads in the instrumental, the case "з" governs when
    it means "with" ("з Макроном", "з Федоровим"), and never in the genitive, which
    it governs when it means "from" ("з Харкова"). Readings in other cases say
    nothing here ("Федоровим" is also a dative plural)."""
    cases = [
        _case(r.tag) for readings in _parses(word) for r in readings if r.tag.case in _WITH_OR_FROM
    ]
    return bool(cases) and all(case == "ablt" for case in cases)


@lru_cache(maxsize=10_000)
def genitive_modifier(word: str) -> bool:
    """Whether a word reads first as a noun or an adjective in the genitive, as the
    words after a body's head do ("Центр національного спротиву", "Сили оборони"),
    not as a verb or a conjunction ("У Грайвороні та Красній Ярузі")."""
    for analyzer in _dictionaries_of(word):
        best = _parse(analyzer, word)[0]
        if best.tag.POS in ("NOUN", "ADJF") and _case(best.tag) == "gent":
            return True
    return False


@lru_cache(maxsize=50_000)
def nominatives(word: str, after: str = "") -> tuple[str, ...]:
    """The word's nominative forms, likeliest first, in lowercase. An adjective keeps
    its gender ("Херсонську" gives "херсонська", as in "Херсонська область").
    Readings in a case the preposition ``after`` which the word stands governs come
    first (see ``words.UKRAINIAN_GOVERNED_CASES``): "у Боровой" is the genitive of
    Borova before it is a Russian village Borovoy, and "по Дубно" no vocative of
    Dubna's."""
    lower = word.lower()
    town = _SK_TOWN.match(lower)
    forms: list[str] = [town.group(1) or town.group(2)] if town else []
    for reading in _readings(word, after.lower()):
        for form in (_nominative(reading), reading.normal_form):
            if form and form not in forms:
                forms.append(form)
    forms = [spelling for form in forms for spelling in _with_russian_neuter(form)]
    possessive = _POSSESSIVE.match(lower)
    if possessive:
        forms[FORMS:] = [possessive.group(1) + "ів"]
    forms = forms[: FORMS + 1]
    locative = _LOCATIVE_IN_OVI.match(lower)
    if locative and LOCATIVE_CASES & UKRAINIAN_GOVERNED_CASES.get(after.lower(), frozenset()):
        forms += [locative.group(1) + ending for ending in ("ів", "ов", "ове")]
    return tuple(dict.fromkeys(forms))


def _readings(word: str, after: str) -> list[Parse]:
    """The word's readings in a case the preposition before it governs in each
    dictionary's language, however unlikely ("в Орлі" reads as an indeclinable
    surname long before it reads as Oryol's locative), a singular before a plural and
    a declined word before one that never declines; then the likeliest others. The
    likeliest are never dropped: a Ukrainian text's "у Шебекиному" is a locative that
    the Russian dictionary, which alone knows the Russian town, reads as a dative.
    The Ukrainian dictionary's readings come first, unless only the Russian one
    knows the word: its guesses make "в Харькове" a Ukrainian adjective."""
    uk, ru = _analyzers()
    uk_readings, ru_readings = _parses(word)
    readings = [
        (uk_readings, UKRAINIAN_GOVERNED_CASES.get(after, frozenset())),
        (ru_readings, RUSSIAN_GOVERNED_CASES.get(after, frozenset())),
    ]
    lower = word.lower()
    if ru.word_is_known(lower) and not uk.word_is_known(lower):
        readings.reverse()
    fitting = [r for rs, cases in readings for r in rs if r.tag.case in cases]
    fitting.sort(key=lambda r: ("Fixd" in r.tag, r.tag.number == "plur"))
    return fitting + [r for rs, _ in readings for r in rs[:READINGS] if r not in fitting]


#: The dictionaries' tags of a person's names.
_PERSONS_NAME_TAGS = frozenset({"Surn", "Name", "Patr"})


@lru_cache(maxsize=10_000)
def surnames_governed(word: str, after: str) -> tuple[str, ...]:
    """The surnames a word after a preposition may be a form of, in a case the
    preposition governs in either language: "у Лаврова" is Lavrov's genitive, while
    in "бои у Песков" the surname Песков is a nominative, which "у" does not take,
    and the word is the genitive of Pisky. Not a locative: after "у", "в" or "на" it
    says where ("у Залужному" is the village Zaluzhne)."""
    preposition = after.lower()
    cases = (
        UKRAINIAN_GOVERNED_CASES.get(preposition, frozenset())
        | RUSSIAN_GOVERNED_CASES.get(preposition, frozenset())
    ) - LOCATIVE_CASES
    return tuple(
        dict.fromkeys(
            reading.normal_form
            for readings in _parses(word)
            for reading in readings
            if "Surn" in reading.tag and reading.tag.case in cases
        )
    )


def only_a_persons_name(word: str) -> bool:
    """Whether the Russian dictionary knows a word, and only as a person's name:
    "Лаврова", "Кадырова", not "Лимана" (also an estuary) nor "Бахмута" (also a
    place's name, which it tags). The Ukrainian dictionary reads such words as
    adjectives too ("лаврова", of laurel) and tags no place, so it cannot tell."""
    russian = _analyzers()[1]
    if not russian.word_is_known(word.lower()):
        return False
    return all(_PERSONS_NAME_TAGS & reading.tag.grammemes for reading in _parse(russian, word))


#: Cases in which an adjective's masculine and neuter singular are spelled alike.
_MASCULINE_AS_NEUTER = frozenset({"gent", "datv", "ablt", "loct"})


@lru_cache(maxsize=50_000)
def genders(word: str) -> frozenset[str]:
    """The masculine and the neuter nominative of an adjective in a case that spells
    them alike: "Тихого" is the genitive of a village Тихий and of a village Тихе,
    "Веселому" the dative of Веселий and of Веселе. The dictionaries read the
    masculine first, but Ukraine's villages named so are more often neuter."""
    return frozenset(
        inflected.word
        for dictionary in _dictionaries_of(word)
        for reading in _parse(dictionary, word)
        if reading.tag.POS == "ADJF"
        and reading.tag.case in _MASCULINE_AS_NEUTER
        and reading.tag.number != "plur"
        for gender in ("masc", "neut")
        if (inflected := reading.inflect({"nomn", gender}))
    )


def forms(word: str, after: str = "") -> tuple[str, ...]:
    """The word's nominatives, likeliest first, then the word as written."""
    return tuple(dict.fromkeys((*nominatives(word, after), word.lower())))


def lemmas(word: str) -> set[str]:
    """A Cyrillic word's nominatives and the word itself, any other word lowercased:
    what a check for a word of a kind ("район", "вулиця") compares, in any case."""
    if is_cyrillic(word):
        return set(forms(word))
    return {word.lower()}


def nominative_keys(word: str) -> list[str]:
    """The keys a word may be looked up by: a Cyrillic one's at each of its forms
    ("Покровському": pokrovski, pokrovske, ...), any other's as written."""
    if is_cyrillic(word):
        return list(dict.fromkeys(key(form) for form in forms(word)))
    return [key(word)]


#: Letters only Ukrainian writes, and letters only Russian writes: a word with either
#: is read in its own language alone.
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_RUSSIAN_LETTERS = frozenset("ыэъёЫЭЪЁ")
#: How sure a dictionary must be of a reading to take it.
WORD_SCORE = 0.5


def is_ukrainian(word: str) -> bool:
    """Whether a word has a letter only Ukrainian writes."""
    return not _UKRAINIAN_LETTERS.isdisjoint(word)


def _dictionaries_of(text: str) -> tuple[MorphAnalyzer, ...]:
    """The dictionaries to read a text with: a dictionary reading another language's
    word guesses, so a text with letters of one language is read in that one only."""
    uk, ru = _analyzers()
    letters = set(text)
    if letters & _UKRAINIAN_LETTERS:
        return (uk,)
    if letters & _RUSSIAN_LETTERS:
        return (ru,)
    return (uk, ru)


def reads_as_a_word(word: str) -> bool:
    """Whether a capitalised word reads first as something other than a noun in its
    language ("Того", that; "Мали", had): a name spelled so needs a word of place
    before it."""
    for analyzer in _dictionaries_of(word):
        best = _parse(analyzer, word)[0]
        if best.score >= WORD_SCORE and best.tag.POS not in ("NOUN", None):
            return True
    return False


def reads_as_an_adjective(word: str) -> bool:
    """Whether a capitalised word reads first as an adjective in a dictionary of its
    language, as the first word of a longer name does ("Малой Локни")."""
    return any(_parse(analyzer, word)[0].tag.POS == "ADJF" for analyzer in _dictionaries_of(word))


def reads_as_a_name(word: str) -> bool:
    """Whether no dictionary knows a word but as a place's name: the Russian one
    tags it so ("Купянск"), or neither knows it ("Угледар"). The Ukrainian
    dictionary reads place names as plain nouns, as it does "перемога" (victory)."""
    if _tagged_a_place(word):
        return True
    return not any(d.word_is_known(word.lower()) for d in _analyzers())


def a_common_word(word: str) -> bool:
    """Whether every dictionary of the word's language knows it, and none as a place's
    name: "Дружба" (friendship), "Воля" (will), not "Суджа", which the Russian one
    tags as a place, nor "Костянтинівка", which it does not know."""
    dictionaries = _dictionaries_of(word)
    if _analyzers()[1] in dictionaries and _tagged_a_place(word):
        return False
    return all(d.word_is_known(word.lower()) for d in dictionaries)


def _tagged_a_place(word: str) -> bool:
    """Whether the Russian dictionary reads the word as a place's name (its "Geox"
    tag); the Ukrainian one tags none."""
    return any("Geox" in reading.tag for reading in _parses(word)[1][:READINGS])


def adjective_before_noun(word: str, following: str, then: str = "") -> bool:
    """Whether a capitalised word may read as an adjective and the lowercase word
    after it reads as a noun, the pair a noun phrase ("Білому домі", "Белом доме"),
    or as a second adjective of a command's noun ``then`` after both ("Південного
    військового округу", the Southern Military District, is no village Pivdenne).
    Only a command's: a town's case form and a participle agree with many a noun as
    two adjectives would ("Біля Курська впала ракета").
    The dictionary reads a capitalised adjective as a surname first ("Білий"), so any
    reading counts."""
    if not following[:1].islower():
        return False
    for analyzer in _dictionaries_of(word + following + then):
        if _noun_phrase(analyzer, word, following) or (
            then[:1].islower()
            and _noun_phrase(analyzer, following, then, COMMAND_WORDS)
            and _noun_phrase(analyzer, word, then, COMMAND_WORDS)
        ):
            return True
    return False


def _noun_phrase(
    analyzer: MorphAnalyzer, adjective: str, noun: str, of: frozenset[str] | None = None
) -> bool:
    """Whether the two agree as an adjective and a noun the dictionary knows (its
    guesses make a noun of another language's verb: "Троицкого идут", Russian),
    and the noun is one ``of`` these, when they are given."""
    nouns = _parse(analyzer, noun)
    if nouns[0].tag.POS != "NOUN" or not analyzer.word_is_known(noun.lower()):
        return False
    adjectives = [p.tag for p in _parse(analyzer, adjective.lower()) if p.tag.POS == "ADJF"]
    common = [
        n
        for n in nouns
        if n.tag.POS == "NOUN"
        and not _PROPER & n.tag.grammemes
        and (of is None or n.normal_form in of)
    ]
    return any(_agree(a, n.tag, n.normal_form in AXIS_WORDS) for a in adjectives for n in common)


#: The dictionaries' tags of a proper noun's readings, which the guesses give to
#: unknown words ("нанесен" as a surname).
_PROPER = _PERSONS_NAME_TAGS | {"Abbr"}
#: The cases "з" (with, from) governs.
_WITH_OR_FROM = frozenset({"ablt", "gent", "gen2"})
#: The second genitive, accusative and locative ("в аэропорту"), as the first.
_CASES = {"gen2": "gent", "acc2": "accs", "loc2": "loct"}


def _case(tag: OpencorporaTag) -> str | None:
    return _CASES.get(tag.case, tag.case)


def _agree(adjective: OpencorporaTag, noun: OpencorporaTag, axes: bool) -> bool:
    """Whether an adjective's reading agrees with a noun's in case, number and, in
    the singular, gender, as in a noun phrase: the Ukrainian dictionary's guesses
    read "Брянске атакован" as an adjective and a noun, which do not agree. Axes in
    the plural take singular adjectives in a list ("на Покровському та Південному
    напрямках")."""
    return _case(adjective) == _case(noun) and (
        (axes and noun.number == "plur")
        or (adjective.number == noun.number and adjective.gender == noun.gender)
    )


def titled(title: str, name: str, titles: frozenset[str]) -> bool:
    """Whether a word is one of the ``titles`` (by its nominative) and the dictionary
    reads the word after it as a person's name in one of the title's cases, as a name
    after a rank or a role stands ("генерала Суровикина", "льотчика Чкалова", "солдат
    Тарас"); a place after a title is no person's name, or stands in a case of its
    own ("губернатор Курщини")."""
    if not is_cyrillic(title) or not titles & lemmas(title):
        return False
    for analyzer in _dictionaries_of(title + name):
        cases = {_case(p.tag) for p in _parse(analyzer, title.lower())}
        if any(
            _PERSONS_NAME_TAGS & p.tag.grammemes and _case(p.tag) in cases
            for p in _parse(analyzer, name)
        ):
            return True
    return False
