"""Finding the spans of a text that may name places, without inventing any.

A span is a run of capitalised words (with connectors such as "of" and hyphens)
whose folded key is in the gazetteer. The longest run wins ("Sea of Azov" before
"Azov"). Finding is generous and kept apart from judging (:mod:`frontwatch.geo.verdict`):
every span is found before any is judged, since what the text says of a name at one
mention ("Sgt. Moore") decides how it reads at the others.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from anyascii import anyascii
from rapidfuzz.distance import OSA
from spacy.lang.en.stop_words import STOP_WORDS

from frontwatch.geo import inflection
from frontwatch.geo.axes import axis_town, before_an_axis_word
from frontwatch.geo.counties import is_county
from frontwatch.geo.districts import HROMADA_WORDS, RAION_WORDS
from frontwatch.geo.evaluate import km
from frontwatch.geo.facilities import facility_town
from frontwatch.geo.front_spellings import (
    also_at_the_front,
    at_the_front,
    in_a_sentence_with,
    of_the_fighting,
)
from frontwatch.geo.fronts import FRONT_COUNTRIES, front_km
from frontwatch.geo.gazetteer import POINT_KINDS, Gazetteer, Place
from frontwatch.geo.keys import SHORT_FORMS, key, with_ukrainian_qualifiers
from frontwatch.geo.match import OWN_TOWN_POPULATION, VILLAGE_POPULATION, Match
from frontwatch.geo.misspelt_regions import misspelt_country, misspelt_region
from frontwatch.geo.persons import SURNAME_KINDS, read_together
from frontwatch.geo.region_first import region_first
from frontwatch.geo.resolve import approx_km, nearest_spellings
from frontwatch.geo.russian_districts import a_citys_district, district
from frontwatch.geo.sources import CYRILLIC_COUNTRIES, DATA, WAR_COUNTRIES, dotted_states
from frontwatch.geo.tokens import (
    ABBREVIATIONS,
    POSSESSIVES,
    STATE_ABBREVIATIONS,
    Token,
    after_a_party,
    capitalised,
    governing_text,
    hyphen_at,
)
from frontwatch.geo.unit_lists import listed_unit
from frontwatch.geo.words import (
    COMPASS_WORDS,
    CONNECTORS,
    COUNTY_COURTS,
    COURT_WORDS,
    CYRILLIC_DATELINE_MARKS,
    CYRILLIC_LOCATIVE_CUES,
    CYRILLIC_PREPOSITIONS,
    CYRILLIC_REGION_ADMINISTRATIONS,
    CYRILLIC_WAR_STEMS,
    DIRECTION_WORDS,
    FEATURE_WORDS,
    LOCATIVE_CUES,
    NATURAL_FEATURES_AFTER,
    NATURAL_FEATURES_BEFORE,
    PERSON_NOUNS,
    PLACE_QUALIFIERS,
    PLURAL_REGION_WORDS,
    PROVINCE_ABBREVIATIONS,
    REGION_OFFICER,
    REGION_WORDS,
    SETTLEMENT_ABBREVIATIONS_CYRILLIC,
    SETTLEMENT_NOUNS,
    TOWN_FEATURES_AFTER,
    TOWN_FOLLOWERS,
    WAR_WORDS,
)

MAX_WORDS = 6
#: Letters of an initialism ("UN", "HIV", "U.K."): an acronym, never a town's name.
INITIALISM = re.compile(r"^(?:[A-Z]{2,5}|(?:[A-Z]\.){2,5})$")
#: What a dateline's place is followed by ("KYIV, Ukraine —", "ROME (Reuters) -",
#: "OMAHA --", a double hyphen that the English model's tokenizer keeps whole).
_DATELINE_FOLLOWERS = frozenset({",", "(", "—", "–", "-", "--", ":"})
#: Kinds that are written as initialisms ("US", "UAE", "DRC", "ZNPP"); settlements never are.
_INITIALISED_KINDS = frozenset({"country", "continent", "admin", "area", "infrastructure"})
#: Kinds of a town's entry: a GeoNames settlement or a register village.
_TOWN_KINDS = frozenset({"settlement", "register"})
#: Kinds whose names have alternates that readers use as they are ("UK", "Holland").
_OWN_NAMED_KINDS = frozenset({"country", "continent"})
#: A settlement abroad known to the text only by another name ("Marburg" for Maribor,
#: a town's former name for another town): GeoNames lists historical and local names, and only
#: those of large cities are used in English ("Bombay", "Saigon").
EXONYM_POPULATION = 100_000
#: A city of this size in an address stands for its region ("Bryansk, Russia").
REGION_CITY_POPULATION = 100_000
#: With only the country stated, an unknown name is read loosely as a town of at
#: least this size: villages spelled near alike are too many in all of Russia.
ADDRESSED_TOWN_POPULATION = 5_000
#: ... except in a country whose places of this size are as few as Ukraine's or
#: Russia's towns (Belarus has some 280 of 1,000 people or more, Ukraine 1,000 towns
#: of 5,000): "Kholmiech, Belarus" is the Gomel Region village of 1,300, Kholmech.
ADDRESSED_TOWN_POPULATION_IN = {"BY": 1_000}
#: The words after a unit's adjective, one of each kind.
UNIT_WORDS = (HROMADA_WORDS[0], RAION_WORDS[0])
#: How far (km) from the town in "X near Y" a village read by its consonants may lie.
NEAR_TOWN_KM = 30.0
#: An apostrophe that joins a clitic to a word ("I've", "We're").
_CLITIC = re.compile(r"['’]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/.,'’ʼ`]+")


@cache
def _stoplist() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads((DATA / "stoplist.json").read_text("utf-8"))
    return data


def _stoplisted(*groups: str) -> frozenset[str]:
    return frozenset(key(w) for group in groups for w in _stoplist()[group])


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    return _stoplisted("people", "organisations", "weapons", "common")


@lru_cache(maxsize=1)
def stoplisted_people() -> frozenset[str]:
    return _stoplisted("people")


@lru_cache(maxsize=1)
def stoplisted_organisations() -> frozenset[str]:
    return _stoplisted("organisations")


@lru_cache(maxsize=200_000)
def plain(name: str) -> str:
    """A name as written, only without case, accents, punctuation and the short forms
    of "Saint", "Mount" and "Fort": unlike a key, "Little" and "Lytle" or "Some" and
    "Somme" stay apart."""
    words = _SEPARATORS.sub(" ", anyascii(name).lower()).split()
    return " ".join(SHORT_FORMS.get(w, w) for w in words)


def _written_as(place: Place, surface: str, surface_key: str) -> bool:
    """Whether a candidate's name plausibly is the one the text wrote.

    Keys merge the romanisations of Cyrillic names, so in the Cyrillic-script
    countries any spelling that folds alike is the same name. Elsewhere names are
    written in Latin letters to begin with: a name that matches only once folded
    ("Little" for Lytle) is another word, and one that matches only through a
    GeoNames alternate (a German name for a Slovenian town) is used in English only for
    large cities.
    """
    # News copy sometimes drops the last full stop ("Queens County, N.Y, where").
    state = dotted_states().get(surface.rstrip(".") + ".")
    if state is not None:
        # Keys fold "j" and "y" together, as romanisations of й do: "N.J." is New
        # Jersey alone, not New York.
        return place.kind == "admin" and place.country == "US" and place.name == state.name
    if place.kind in _OWN_NAMED_KINDS or place.country in CYRILLIC_COUNTRIES:
        return True
    if len(surface) <= 2:
        # Too short to fold accents away: "Al" (a man, an Arabic article) is not Ål.
        return surface.lower() == place.name.lower()
    written = plain(surface)
    if plain(place.name) == written:
        return True
    if key(place.name) == surface_key:
        return False
    return (
        place.kind not in ("settlement", "register")
        or place.population >= EXONYM_POPULATION
        or _respelt(plain(place.name), written)
    )


def _respelt(name: str, written: str) -> bool:
    """Whether an alternate differs from a town's name by one letter, as English
    spellings of transliterated names do ("Jenin" for Janīn, "Hama" for Ḩamāh),
    unlike another name altogether ("Marburg" for Maribor)."""
    return len(written) >= 4 and OSA.distance(name, written, score_cutoff=1) <= 1


def _shouted(tokens: list[Token], i: int) -> bool:
    """An all-caps headline or dateline, where every word is written in capitals:
    "NEWARK MAN CHARGED", "SUMY, Ukraine —"."""
    neighbours = [t for t in tokens[max(0, i - 2) : i + 3] if t.text[:1].isalpha()]
    capitals = sum(t.text.isupper() and len(t.text) > 1 for t in neighbours)
    # A colon after an initialism opens a headline's quote ("UN: 70% of ..."), and
    # after a town's name a dateline ("BEIRUT: The body of ...").
    headline = i + 1 < len(tokens) and tokens[i + 1].text == ":"
    return (is_dateline(tokens, i, i) and not headline) or capitals >= 3


def is_dateline(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` open a sentence as a dateline does
    ("KYIV, Ukraine —", "MANSFIELD — The City Council ...")."""
    return (
        tokens[first].sent_start
        and last + 1 < len(tokens)
        and tokens[last + 1].text in _DATELINE_FOLLOWERS
    )


#: A byline's date before a dateline: a day, a comma and a year ("May 2, 2024").
_DAY = re.compile(r"[0-3]?\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def after_a_bylines_date(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` are a dateline after a byline's date, as
    local papers print it ("Staff Writer May 2, 2024 CANTON -- The council ..."):
    a dash after the name, and a day, a comma and a year before it."""
    return (
        first >= 3
        and _YEAR.fullmatch(tokens[first - 1].text) is not None
        and tokens[first - 2].text == ","
        and _DAY.fullmatch(tokens[first - 3].text) is not None
        and last + 1 < len(tokens)
        and tokens[last + 1].text in _DATELINE_DASHES
    )


@lru_cache(maxsize=100_000)
def _written_candidates(gazetteer: Gazetteer, surface: str, surface_key: str) -> tuple[Place, ...]:
    """The places a name as written may be (see :func:`_written_as`), once per spelling."""
    return tuple(
        p for p in gazetteer.candidates(surface_key) if _written_as(p, surface, surface_key)
    )


#: Size from which a city of the war's countries is its own name in capitals (see
#: :func:`_initialised`), and from which any of its names ("KIEV").
SHOUTED_CITY_POPULATION = 100_000
SHOUTED_ANY_NAME_POPULATION = 1_000_000
#: Fewest letters of such a name: "UF" is a university, not Ufa.
SHOUTED_CITY_LETTERS = 4


def _initialised(place: Place, surface: str, after_comma: bool) -> bool:
    """Whether an initialism may name the place: a country, a region or an area
    ("UK", "DRC"), and in its dotted form a large city too ("L.A."), as news copy
    writes it. Not a bare one ("LA", "SF"), as often a firm's or an office's, nor
    one after a comma, where dotted letters follow a person's name ("Jane Smith,
    Q.C.") and a city's would be no address. A city of the war's countries is written
    in capitals as its name, not as an initialism, in urgent posts ("Explosions in
    SUMY", "KYIV under attack")."""
    if place.kind in _INITIALISED_KINDS:
        return True
    if (
        place.kind == "settlement"
        and place.country in WAR_COUNTRIES
        and place.population >= SHOUTED_CITY_POPULATION
        and len(surface) >= SHOUTED_CITY_LETTERS
        and (
            place.name.lower() == surface.lower() or place.population >= SHOUTED_ANY_NAME_POPULATION
        )
    ):
        return True
    return (
        "." in surface
        and not after_comma
        and place.kind == "settlement"
        and place.population >= EXONYM_POPULATION
    )


def _lookup(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, j: int) -> Match | None:
    surface = text[tokens[i].start : tokens[j - 1].end]
    surface_key = key(surface)
    found = gazetteer.candidates(surface_key) if surface_key else ()
    initialism = j == i + 1 and bool(INITIALISM.match(surface))
    if initialism and not found and "." in surface:
        # "U.K." is the dotted form of the initialism "UK": one name, two spellings.
        surface_key = key(surface.replace(".", ""))
        found = gazetteer.candidates(surface_key)
    found = _written_candidates(gazetteer, surface, surface_key) if found else ()
    if initialism and not _shouted(tokens, i):
        after_comma = i > 0 and tokens[i - 1].text == ","
        found = tuple(p for p in found if _initialised(p, surface, after_comma))
    if not found:
        return None
    return Match(tokens[i].start, tokens[j - 1].end, surface, surface_key, found, i, j - 1)


def _extend(gazetteer: Gazetteer, text: str, tokens: list[Token], match: Match) -> Match:
    """Take following feature words into the name when the gazetteer knows the longer
    name ('Kharkiv region', 'Lyman station', 'Zaporizhzhia nuclear plant')."""
    return _with_feature_words(gazetteer, text, tokens, match.first, match.last) or match


def _with_feature_words(
    gazetteer: Gazetteer, text: str, tokens: list[Token], first: int, last: int
) -> Match | None:
    """The longest name the gazetteer knows from token ``first`` through the feature
    words after token ``last``; also for a name known only with them ('Olenya air
    base', where "Olenya" alone names nothing)."""
    end = last + 1
    while end < len(tokens) and end - last <= 3 and tokens[end].text.lower() in FEATURE_WORDS:
        end += 1
    for j in range(end, last + 1, -1):
        longer = _lookup(gazetteer, text, tokens, first, j)
        if longer:
            return longer
    return None


def _without_the_city(gazetteer: Gazetteer, text: str, tokens: list[Token], match: Match) -> Match:
    """A name read with "City" that no candidate bears as its own name leaves the word
    to the body after it: "Dublin City Manager" is Dublin's city manager, not the
    Irish capital that GeoNames also calls "Dublin City", while "Kansas City" and
    "Mexico City" keep theirs."""
    if match.last == match.first or tokens[match.last].text != "City":
        return match
    if any(plain(p.name).endswith("city") for p in match.candidates):
        return match
    return _lookup(gazetteer, text, tokens, match.first, match.last) or match


def _named_feature(
    gazetteer: Gazetteer, text: str, tokens: list[Token], match: Match
) -> Match | None:
    """A river, lake or valley named after a town, which the gazetteer does not hold
    ("the Kanawha River", "Lake Hartwell", "Canaan Valley"), or the town's station:
    the mention spans the feature's word and is placed near the town. A longer name
    after the feature's word is a body's or a business's ("Chattahoochee Valley
    Community College")."""
    first, last = match.first, match.last
    candidates = match.candidates
    after = tokens[last + 1].text if last + 1 < len(tokens) else ""
    if after in TOWN_FEATURES_AFTER:
        candidates = _towns_by_their_own_name(gazetteer, match)
        if not candidates:
            return None
        last += 1
    elif after in NATURAL_FEATURES_AFTER:
        last += 1
    elif first > 0 and tokens[first - 1].text in NATURAL_FEATURES_BEFORE:
        first -= 1
    else:
        return None
    if last + 1 < len(tokens) and is_name_word(tokens[last + 1]):
        return None
    if any(p.kind not in SURNAME_KINDS or is_county(p) for p in match.candidates):
        return None  # "Lake Lanier" is named after a poet, not after Lanier County
    start, end = tokens[first].start, tokens[last].end
    return Match(
        start,
        end,
        text[start:end],
        match.key,
        candidates,
        first,
        last,
        feature=True,
    )


def _towns_by_their_own_name(gazetteer: Gazetteer, match: Match) -> tuple[Place, ...]:
    """The towns that bear a name as their own (in any romanisation in the
    Cyrillic-script countries, "Kupiansk" being Kupyansk; elsewhere as written, which
    :func:`_written_as` has already required of a folded match), when the name is
    only towns' and no English word or region's ("Union", "Central"). Not a town's
    other name: "Vostok", which GeoNames also gives a Luhansk quarter (its Russian
    name translated), names a polar station."""
    if match.text.lower() in gazetteer.english_words or any(
        p.kind not in _TOWN_KINDS for p in match.candidates
    ):
        return ()
    return tuple(p for p in match.candidates if key(p.name) == match.key)


def _after_the(tokens: list[Token], match: Match, followers: frozenset[str]) -> bool:
    """Whether "the" stands before a name, and no capitalised word or word of
    ``followers`` after it makes the name part of another ("the Ohio Senate", "the
    Kherson mayor")."""
    if match.first == 0 or tokens[match.first - 1].text not in ("the", "The"):
        return False
    after = tokens[match.last + 1].text.lower() if match.last + 1 < len(tokens) else ""
    return not _before_a_capital(tokens, match.last) and after not in followers


_TOWN_OR_PERSON_FOLLOWERS = TOWN_FOLLOWERS | PERSON_NOUNS


def _the_river(gazetteer: Gazetteer, tokens: list[Token], match: Match) -> Match:
    """A name after "the" that is a river's, with "River" left out: "the left bank of
    the Dnipro" is the river, not the city; "the Oskil", "the Hudson". English gives a
    town no article. Before another name it is that name's ("the Ohio Senate"), before
    a town's body or people it is the town's ("the Dnipro city administration", "the
    Kherson mayor"), and a country or region keeps its article ("fled into the Congo")."""
    if (
        match.last != match.first
        or not _after_the(tokens, match, TOWN_FOLLOWERS)
        or any(p.kind in ("country", "admin") for p in match.candidates)
    ):
        return match
    rivers = tuple(p for p in match.candidates if p.kind == "river") or tuple(
        p for p in gazetteer.candidates(match.key + " river") if p.kind == "river"
    )
    return dataclasses.replace(match, candidates=rivers) if rivers else match


def _the_area(tokens: list[Token], match: Match) -> Match:
    """A name after "the" that an area bears is the area: "the Middle East" is no
    Baltimore quarter, since English gives a town no article, and "the Gaza tragedy"
    no Mozambican province; before a town's body or people it is the town's ("the
    Middle East police", "the Pacific man")."""
    if not any(p.kind in ("area", "continent") for p in match.candidates) or not _after_the(
        tokens, match, _TOWN_OR_PERSON_FOLLOWERS
    ):
        return match
    areas = tuple(p for p in match.candidates if p.kind in ("area", "continent", "country"))
    return dataclasses.replace(match, candidates=areas)


def _the_governed_region(gazetteer: Gazetteer, tokens: list[Token], match: Match) -> Match:
    """A name before its region's governor is the region ("Donetsk governor"): an
    oblast that shares its name with its capital, which its bare name means."""
    if not governs_a_region(tokens, match.last):
        return match
    regions = tuple(
        p
        for word in ("oblast", "region")
        for p in gazetteer.candidates(f"{match.key} {word}")
        if p.kind == "admin"
    )
    if not regions:
        return match
    # Keyed as the region, so that the city's own mentions are not read as it.
    region_key = key(regions[0].name)
    return dataclasses.replace(match, key=region_key, candidates=tuple(dict.fromkeys(regions)))


def _adjective(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> Match | None:
    """'Krasnolimansky direction', 'the Kupiansky axis', 'Zaporizhzhian steppe'."""
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    if nxt not in DIRECTION_WORDS:
        return None
    token = tokens[i]
    token_key = key(token.text)
    if token_key in gazetteer.demonyms or token_key in stop_words():
        return None
    found = gazetteer.adjective_candidates(token_key)
    if not found:
        return None
    return Match(token.start, token.end, token.text, token_key, found, i, i, adjectival=True)


def _declined(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, earlier: Sequence[Match] = ()
) -> Match | None:
    """A Cyrillic name in a case form or as written ("у Харкові", "біля
    Куп'янська-Вузлового", "в Белгородской области"), read at its likeliest
    nominative that names a place (see :mod:`inflection`), or at the one a name
    ``earlier`` in the text was read at: "атакованы Пушкарное и Октябрьский. В
    Октябрьском ..." is that village again, not the town of Oktyabrsk."""
    # A single letter is a preposition or an abbreviation, no part of a name: "У с."
    # romanises to "U s", which is no United States; nor is a longer preposition
    # opening a sentence ("Из Курска" is no Izhevsk).
    word = tokens[i].text
    if not inflection.is_cyrillic(word) or len(word) == 1 or word.lower() in CYRILLIC_PREPOSITIONS:
        return None
    read_before = _names_read(earlier)
    run, joins = [i], []
    j = i + 1
    while j < len(tokens) and len(run) < inflection.WORDS:
        hyphen = tokens[j].text == "-" and j + 1 < len(tokens)
        following = j + 1 if hyphen else j
        if (
            not inflection.is_cyrillic(tokens[following].text)
            or len(tokens[following].text) == 1
            or tokens[following].start - tokens[run[-1]].end > 1
        ):
            break
        joins.append("-" if hyphen else " ")
        run.append(following)
        j = following + 1
    # Read word by word, a longer name only where the words so far open one.
    readings = [""]
    longest = None
    settled = _settled(tokens, i)
    # A name mid-sentence is capitalised as a name: its form as written may be a
    # city's, whatever the dictionary reads first ("обстріляли Суми"); so may one
    # that opens a sentence and a comma closes ("Суми, де вибухи?"), which the plural
    # of a noun seldom does ("Суми виплат").
    mid_sentence = (
        settled
        or not tokens[i].sent_start
        or opens_a_post(tokens, i, i)
        or (i + 1 < len(tokens) and tokens[i + 1].text == ",")
    )
    after = governing_text(tokens, i)
    for n, k in enumerate(run):
        if n:
            readings = [r + joins[n - 1] for r in readings if key(r) in gazetteer.openings]
            if not readings:
                break
        readings = [r + form for r in readings for form in inflection.forms(tokens[k].text, after)]
        written = text[tokens[i].start : tokens[k].end].lower() if mid_sentence else None
        genders = {key(form) for form in inflection.genders(tokens[k].text)} if n == 0 else set()
        found = _reading_earlier(gazetteer, readings, read_before) or _likeliest_reading(
            gazetteer, readings, settled, written, genders
        )
        if found is not None:
            longest = found, k
    if longest is None:
        return None
    (reading_key, places), last = longest
    if last == i and _an_adjective_of_a_noun(tokens, i, reading_key, places):
        return None
    start, end = tokens[i].start, tokens[last].end
    return Match(start, end, text[start:end], reading_key, places, i, last)


def _an_adjective_of_a_noun(
    tokens: list[Token], i: int, reading_key: str, places: tuple[Place, ...]
) -> bool:
    """Whether a word read as a village named by an adjective ("Біле", white) is the
    adjective of the lowercase noun after it: "у Білому домі" is the White House,
    not Bile in Luhansk Oblast. A town's adjective still names the town's raion
    ("в Донецькому аеропорту")."""
    if i + 1 >= len(tokens) or not inflection.is_cyrillic(tokens[i + 1].text):
        return False
    if any(p.kind == "admin" for p in places) or not any(
        p.kind in ("settlement", "register") and key(p.name) == reading_key for p in places
    ):
        return False
    then = tokens[i + 2].text if i + 2 < len(tokens) else ""
    return inflection.adjective_before_noun(tokens[i].text, tokens[i + 1].text, then)


def governs_a_region(tokens: list[Token], last: int) -> bool:
    """Whether the region's governor or administration follows a name ending at token
    ``last``: "Donetsk governor", "Kharkiv regional governor", "Донецька ОВА" (see
    ``REGION_OFFICER``)."""
    words = [t.text.lower() for t in tokens[last + 1 : last + 3]]
    return (
        words[:1] == [REGION_OFFICER]
        or words == ["regional", REGION_OFFICER]
        or (bool(words) and words[0] in CYRILLIC_REGION_ADMINISTRATIONS)
    )


def after_a_settlement_abbreviation(tokens: list[Token], first: int) -> bool:
    """Whether a Cyrillic name follows the abbreviation of a word for a settlement
    and its full stop ("г. Шебекино", "н.п. Кругляковка"), not a number's unit or
    year ("за 300 м. Далі", "в 2024 г. Сырский")."""
    return (
        first >= 2
        and tokens[first - 1].text == "."
        and tokens[first - 2].text in SETTLEMENT_ABBREVIATIONS_CYRILLIC
        and not (first >= 3 and tokens[first - 3].text[:1].isdigit())
        and inflection.is_cyrillic(tokens[first].text)
    )


def opens_a_post(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a Cyrillic name opens a sentence followed by a colon, a dash or a full
    stop, as a channel's post opens on the place it reports from ("Суми:",
    "Волчанск. Наши подразделения..."): a name as written, whatever the dictionary
    reads first."""
    return (
        inflection.is_cyrillic(tokens[first].text)
        and tokens[first].sent_start
        and last + 1 < len(tokens)
        and tokens[last + 1].text in CYRILLIC_DATELINE_MARKS
    )


def _settled(tokens: list[Token], i: int) -> bool:
    """Whether a preposition of place or a word for a settlement says a Cyrillic word
    names one ("у Зеленому", "с. Зелене")."""
    before = governing_text(tokens, i).lower()
    return before in CYRILLIC_LOCATIVE_CUES or after_a_settlement_abbreviation(tokens, i)


def _names_read(earlier: Sequence[Match]) -> set[str]:
    """The keys Cyrillic names earlier in the text were read at as a town's or a
    village's own name, not an axis's, an adjective's or a raion's: "На
    Куп'янському — в районі Куп'янська" is the town after the axis."""
    return {
        m.key
        for m in earlier
        if inflection.is_cyrillic(m.text)
        and not (m.axis or m.adjectival)
        and any(p.kind in POINT_KINDS and key(p.name) == m.key for p in m.candidates)
    }


def _reading_earlier(
    gazetteer: Gazetteer, readings: list[str], read_before: set[str]
) -> tuple[str, tuple[Place, ...]] | None:
    """The key and places of a reading that a name earlier in the text was read at
    (see :func:`_names_read`), if it names a place of the countries that write
    Cyrillic."""
    for reading in readings:
        reading_key = key(reading)
        if reading_key in read_before:
            found = gazetteer.candidates(reading_key) + gazetteer.cyrillic_candidates(reading_key)
            if any(p.country in CYRILLIC_COUNTRIES for p in found):
                return reading_key, found
    return None


def _likeliest_reading(
    gazetteer: Gazetteer,
    readings: list[str],
    settled: bool,
    written: str | None = None,
    genders: set[str] | frozenset[str] = frozenset(),
) -> tuple[str, tuple[Place, ...]] | None:
    """The key and places of the likeliest reading that names a place of Ukraine,
    Russia or Belarus, a country, a continent or an area abroad ("Києві" is Kyiv's
    locative before it is a Burmese Kyi, "Германии" Germany's before it is a Finnish
    Hermanni, "Азії" Asia's before it is a village Yazy), or failing that, of
    the likeliest that names any place. Where a preposition or a word for a settlement
    says a settlement is named, a later reading that many more of the war's villages
    bear is taken over a likelier one few do: "с. Зелене" reads first as the
    noun "зелень", which one village of Rivne Oblast is called, but forty Ukrainian
    villages are called Зелене. So is one of an adjective's ``genders`` that its case
    spells alike, wherever it stands: "Тихого" is the genitive of Тихий, one village
    of Zakarpattia, and of Тихе, eight of Ukraine's, and the dictionaries' order
    between them says nothing. The name as ``written``, where it is a Ukrainian
    town's own, is taken over a likelier reading that names no town: "обстріляли
    Суми" is Sumy, though "Суми" reads first as the plural of "сума", which a Crimean
    village of 751 is called. Not a Russian city's ("Шахти Донбасу" are the Donbas's
    mines), nor a city's that a likelier reading declines ("Кременчуки" is a village,
    not Kremenchuk); and not at a sentence's start with no cue, where a capital says
    nothing ("Суми виплат зростуть"). A later reading that names a city besides every
    place a likelier one names is taken too (see ``_a_city_besides``), and one naming
    a Ukrainian town over one naming only villages abroad."""
    anywhere = None
    chosen = None
    for reading in readings:
        reading_key = key(reading)
        found = gazetteer.candidates(reading_key) + gazetteer.cyrillic_candidates(reading_key)
        if chosen is None and any(a_land_abroad(p) for p in found):
            return reading_key, found
        if chosen is not None and _a_city_besides(chosen[1], found):
            # Still under the likelier reading's name, which the village bears as
            # its own: the text's other places choose between it and the city.
            chosen = chosen[0], found
        elif any(p.country in CYRILLIC_COUNTRIES for p in found) and (
            chosen is None
            or (settled and _outnumbered(chosen[1], found))
            or (
                {chosen[0], reading_key} <= genders
                and _outnumbered(chosen[1], found, WAR_COUNTRIES)
            )
            or (reading == written and _a_city_over_villages(chosen[1], found, reading_key))
            or _a_ukrainian_town_over_villages_abroad(chosen[1], found)
            or _a_town_over_unsized_villages(chosen[1], found)
        ):
            chosen = reading_key, found
        if found and anywhere is None:
            anywhere = reading_key, found
    return chosen or anywhere


#: How many times more of the war's villages a later reading of a Cyrillic word must
#: name than a likelier one to be taken over it (see ``_likeliest_reading``).
READING_MAJORITY = 4


def _outnumbered(
    likelier: tuple[Place, ...], later: tuple[Place, ...], towns_in: frozenset[str] | None = None
) -> bool:
    """Whether a later reading names many more of the war's villages than a likelier
    one that names no town ("В Покровске" stays Pokrovsk, though more villages are
    called Покровське), or none in the countries ``towns_in``."""
    if any(
        p.population >= VILLAGE_POPULATION and (towns_in is None or p.country in towns_in)
        for p in likelier
    ):
        return False
    return _war_villages(later) >= READING_MAJORITY * max(1, _war_villages(likelier))


def _a_city_over_villages(
    likelier: tuple[Place, ...], later: tuple[Place, ...], later_key: str
) -> bool:
    """Whether a later reading is the own name of a Ukrainian town of 10,000 and a
    likelier one names no town."""
    return all(p.population < VILLAGE_POPULATION for p in likelier) and any(
        p.country == "UA"
        and p.kind == "settlement"
        and p.population >= OWN_TOWN_POPULATION
        and key(p.name) == later_key
        for p in later
    )


def _a_ukrainian_town_over_villages_abroad(
    likelier: tuple[Place, ...], later: tuple[Place, ...]
) -> bool:
    """Whether a later reading names a Ukrainian town and a likelier one only villages
    outside Ukraine: "у Курахові" is Kurakhove's locative as news writes it, before
    it is a dative of a Dagestani village Курах."""
    return all(p.country != "UA" and p.population < VILLAGE_POPULATION for p in likelier) and any(
        p.country == "UA" and p.kind == "settlement" and p.population >= VILLAGE_POPULATION
        for p in later
    )


def a_land_abroad(place: Place) -> bool:
    """Whether a place is a country, a continent or an area no one country holds, which
    a likelier reading of a Cyrillic word names before any town: "країни Балтії" are
    the Baltic states, not the Moldovan city Bălţi."""
    return place.kind in ("country", "continent") or (place.kind == "area" and not place.country)


def _a_town_over_unsized_villages(likelier: tuple[Place, ...], later: tuple[Place, ...]) -> bool:
    """Whether a later reading names a Russian town of 10,000 near the border or a
    front and a likelier one only villages of Ukraine's register, whose size no
    source gives: "Льгова" reads first as the genitive of Льгів, a village by
    Chornobyl, and next as that of Льгов, the Kursk Oblast town of 21,000 that
    strike reports name. Not a Ukrainian town, which a register village's oblast
    written after it would contradict ("У Харковім Запорізькій області")."""
    return all(p.kind == "register" for p in likelier) and any(
        p.country == "RU"
        and p.kind == "settlement"
        and p.population >= OWN_TOWN_POPULATION
        and front_km(p.lat, p.lon) <= BORDER_TOWN_KM
        for p in later
    )


#: How far (km) from the border or a front a Russian town lies among those that
#: reports of the war name (see ``_a_town_over_unsized_villages``).
BORDER_TOWN_KM = 100.0


def _a_city_besides(likelier: tuple[Place, ...], later: tuple[Place, ...]) -> bool:
    """Whether a later reading names every place a likelier one does, and a city
    too: "у Воронежі" reads first as the locative of Вороніж, a village of Sumy
    Oblast, and next as that of Воронеж, which names both the village (in Russian)
    and the city of a million; the text's other places choose between them, and
    with none, the city's size."""
    return set(likelier) < set(later) and any(
        p.kind == "settlement" and p.population >= READING_CITY_POPULATION
        for p in set(later) - set(likelier)
    )


#: Size from which a Ukrainian town of a later reading of a Cyrillic word is taken
#: over a likelier reading's villages (see ``_likeliest_reading``).
READING_CITY_POPULATION = 100_000


def _war_villages(places: tuple[Place, ...]) -> int:
    return sum(p.country in WAR_COUNTRIES and p.kind in _TOWN_KINDS for p in places)


def _addressed(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, exact: Match | None
) -> Match | None:
    """An unknown name written as an address ('Malaya Rohan, Kharkiv Oblast', 'Malaya
    Rohan village, Kharkiv Oblast'), one the gazetteer knows only a part of
    ('Malaya'), or one it knows only elsewhere
    ('Novoselovka, Kharkiv Oblast': GeoNames gives that spelling to an Odesa village,
    the register spells the Kharkiv ones Novoselivka): read loosely, since the region
    that follows decides whether any candidate fits."""
    covered = exact.last if exact else i - 1
    j = i + 1
    while j < len(tokens) and j - i < MAX_WORDS:
        if _hyphen_within(tokens, j):
            j += 1
        elif not capitalised(tokens[j]):
            break
        j += 1
    comma = j + 1 if j < len(tokens) and tokens[j].text.lower() in SETTLEMENT_NOUNS else j
    if j - 1 < covered or comma >= len(tokens) or tokens[comma].text != ",":
        return None
    stated = _cyrillic_statement_at(gazetteer, text, tokens, comma + 1)
    whole = exact is not None and j - 1 == covered
    if whole and not _elsewhere(exact, stated):
        return None
    surface = text[tokens[i].start : tokens[j - 1].end]
    surface_key = key(surface)
    if stated and covered < i and (units := _unit_called(gazetteer, surface, stated)):
        return Match(tokens[i].start, tokens[j - 1].end, surface, surface_key, units, i, j - 1)
    found = gazetteer.loose_candidates(surface_key)
    if stated:
        written = with_ukrainian_qualifiers(surface_key)
        if written != surface_key:
            found += tuple(p for p in gazetteer.loose_candidates(written) if p not in found)
        found = tuple(p for p in found if stated.fits(p))
        # Names that share only consonants with it, too many letters apart for the
        # resolver to keep ('Druzhivka' and Oleksiyevo-Druzhkivka), leave it a
        # misspelling to read: Druzhkivka.
        if (
            not nearest_spellings(surface_key, found)
            and covered < i
            and not _all_english(gazetteer, surface)
        ):
            found = _misspelt_there(gazetteer, surface_key, stated)
        if not found and not _all_english(gazetteer, surface):
            found = _a_town_misspelt(gazetteer, surface_key, stated)
    if whole:
        # Only villages: a town sharing the name's consonants is another name
        # ('Luhanske' is not Luhansk), unless it is spelled so but for one letter
        # before the same ending ('Maryanka' is Marinka, Мар'їнка).
        found = tuple(
            p
            for p in found
            if p.population < VILLAGE_POPULATION
            or (key(p.name)[-2:] == surface_key[-2:] and _respelt(key(p.name), surface_key))
        )
    if not found:
        return None
    return Match(
        tokens[i].start, tokens[j - 1].end, surface, surface_key, found, i, j - 1, loose=True
    )


def _unit_called(gazetteer: Gazetteer, surface: str, stated: _Statement) -> tuple[Place, ...]:
    """The stated oblast's hromada, or raion of before 2020, whose adjective an address
    writes alone, as incident tables do for an event they place only by its unit
    ('Zymohirivska, Luhansk Oblast', 'Popasnianskyi, Luhansk Oblast'). Only there:
    elsewhere such an adjective is as often a village's name or a town's adjective
    (see :mod:`districts`; today's raions are known by theirs anywhere)."""
    if not stated.regions:
        return ()
    named = (gazetteer.candidates(key(f"{surface} {word}")) for word in UNIT_WORDS)
    return tuple(p for places in named for p in places if stated.fits(p))


def _misspelt_there(
    gazetteer: Gazetteer, surface_key: str, stated: _Statement
) -> tuple[Place, ...]:
    """The places a misspelt name may be in the region or country an address states.
    A region leaves few to choose from ('Melitropol, Zaporizhia Oblast'); a whole
    country leaves only its cities, and of them the ones spelled nearest: "Lipestk,
    Russia" is Lipetsk, and "Kurks, Russia" Kursk, not Krasnoyarsk, whose consonants
    are as near."""
    if surface_key in REGION_WORDS:
        return ()  # "Vostok Oblast, Belarus": the word that says a region, not a city
    found = [p for p in gazetteer.misspelt_candidates(surface_key) if stated.fits(p)]
    if stated.regions:
        return tuple(found)
    cities = [p for p in found if p.population >= REGION_CITY_POPULATION]
    distances = [OSA.distance(surface_key, key(p.name)) for p in cities]
    nearest = min(distances, default=0)
    return tuple(p for p, d in zip(cities, distances, strict=True) if d == nearest)


def _a_town_misspelt(
    gazetteer: Gazetteer, surface_key: str, stated: _Statement
) -> tuple[Place, ...]:
    """The stated region's towns of 10,000 or more that an unknown name is a slip of:
    one edit off ("Tomkak, Zaporizhzhia Oblast" is Tokmak, "Nova Kakhova" Nova
    Kakhovka), or the town's name cut short ("Zelenodol" for Zelenodolsk). Read by
    whole names, since their consonants are too few or too many letters apart for
    :meth:`Gazetteer.misspelt_candidates`; only towns, as a region has few of them, and
    a slip of one is likelier than a village the gazetteer lacks."""
    towns = (
        town
        for country, admin1 in stated.regions
        if country and admin1
        for town in gazetteer.towns_in(country, admin1, OWN_TOWN_POPULATION)
    )
    return tuple(town for town in towns if _slip_of(surface_key, key(town.name)))


#: How many letters a name may be cut short by, and how many it must keep, to be
#: read as a town's (see ``_a_town_misspelt``).
CUT_LETTERS = 2
CUT_KEEPS = 6


def _slip_of(written: str, name: str) -> bool:
    cut = name.startswith(written) and len(written) >= CUT_KEEPS
    return OSA.distance(written, name) <= 1 or (cut and len(name) - len(written) <= CUT_LETTERS)


def _hyphen_within(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` is a hyphen joining two capitalised words of one name
    ("Orekhovo-Vasilevka", Russian for the register's Orikhovo-Vasylivka)."""
    return j + 1 < len(tokens) and hyphen_at(tokens, j) and capitalised(tokens[j + 1])


def _all_english(gazetteer: Gazetteer, surface: str) -> bool:
    """Whether every word of a surface is an English word, which no misspelling of a
    village is: "Avdiivka Vicinity, Donetsk Oblast" names no village like "Vicinity"."""
    return all(word.lower() in gazetteer.english_words for word in surface.split())


def _before_genitive_region(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, exact: Match | None
) -> Match | None:
    """A Ukrainian or Russian name before its region in the genitive ("у Работино
    Запорожской области") or placed in it ("Андреевка в Сумской области"): an
    address without a comma, read loosely as one, so that a Russian spelling finds
    the register's Ukrainian village (Robotyne, Andriivka)."""
    word = tokens[i].text
    if not inflection.is_cyrillic(word) or i + 1 >= len(tokens):
        return None
    if tokens[i].sent_start and not _settled(tokens, i) and inflection.a_common_word(word):
        return None  # an office and its region opening a sentence: "Глава ДНР"
    at = i + 1
    if tokens[at].text.lower() in CYRILLIC_IN and at + 1 < len(tokens):
        at += 1
    region = _declined(gazetteer, text, tokens, at)
    if region is None or not all(p.kind == "admin" for p in region.candidates):
        return None
    stated = _Statement(frozenset((p.country, p.admin1) for p in region.candidates), frozenset())
    if exact is not None and (exact.last != i or not _elsewhere(exact, stated)):
        return None
    for reading in dict.fromkeys((word.lower(), *inflection.nominatives(word))):
        reading_key = key(reading)
        found = tuple(p for p in gazetteer.loose_candidates(reading_key) if stated.fits(p))
        if found:
            token = tokens[i]
            return Match(token.start, token.end, word, reading_key, found, i, i, loose=True)
    return None


def _elsewhere(exact: Match | None, stated: _Statement | None) -> bool:
    """Whether a name's places are all villages outside the region the address
    states, or towns of another country. A town of the region's country that bears
    the name as its own is taken as meant, the region as the report's slip
    ('Lysychansk, Donetsk Oblast'), but not one that bore it once ('Fedorovka,
    Kharkiv Oblast' is one of the oblast's Fedorivkas, not Nova Odesa), and so is
    a city that addresses write with a region of its own ('Kyiv, Kyiv Oblast'); a
    Chechen town is no slip for a village of Kharkiv Oblast ('Blagodatnoye')."""
    if exact is None or stated is None or not stated.regions:
        return False
    countries = {country for country, _ in stated.regions}
    return not any(
        stated.fits(p)
        or (
            p.population >= VILLAGE_POPULATION
            and p.country in countries
            and key(p.name) == exact.key
        )
        for p in exact.candidates
    )


def _near_a_town(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, found: Match | None
) -> Match | None:
    """A village beside a named town, written in another language's form of its name
    ("Kamenka near Izium" is Kamianka, "Novomikhailovka near Kurakhovo" is
    Novomykhailivka): the villages of Ukraine, Russia and Belarus with the name's
    consonants within ``NEAR_TOWN_KM`` of a town of the name after "near" (or "south
    of") take the place of the spelling's namesakes farther away: the text says where
    the place is, and an Andreyevka near Moscow is not "Andreyevka south of
    Artemovsk"."""
    if found is not None:
        j = found.last + 1
    else:
        j = i + 1
        while j < len(tokens) and j - i < MAX_WORDS and capitalised(tokens[j]):
            j += 1
    opens = _town_beside(tokens, j)
    if opens is None:
        return None
    town = _exact(gazetteer, text, tokens, opens)
    if town is None:
        return None
    towns = [
        p
        for p in town.candidates
        if p.kind in ("settlement", "register") and p.country in CYRILLIC_COUNTRIES
    ]
    # A town named to say where a village lies is one a reader knows: of Kostiantynivka
    # the Donetsk Oblast city, not the villages of that name.
    towns = [p for p in towns if p.population >= VILLAGE_POPULATION] or towns
    points = [(p.lat, p.lon) for p in towns]
    if not points:
        return None
    surface = text[tokens[i].start : tokens[j - 1].end]
    surface_key = key(surface)
    known = found.candidates if found else ()

    def near(p: Place) -> bool:
        return any(km(p.lat, p.lon, lat, lon) <= NEAR_TOWN_KM for lat, lon in points)

    beside = tuple(p for p in gazetteer.loose_candidates(surface_key) if p not in known and near(p))
    close = tuple(p for p in known if near(p)) + beside
    if not close or close == known:
        return None
    return Match(
        tokens[i].start,
        tokens[j - 1].end,
        surface,
        surface_key,
        close,
        i,
        j - 1,
        near_town=True,
    )


def _town_beside(tokens: list[Token], j: int) -> int | None:
    """Where the town opens in "near Izium", "south of Bakhmut", "(northwest of
    Avdiivka)" or ", near Kurakhove" at token ``j``, if the words there say so."""
    if j < len(tokens) and tokens[j].text in ("(", ","):
        j += 1
    if j + 1 >= len(tokens):
        return None
    word = tokens[j].text.lower()
    if word == "near":
        return j + 1
    if word in COMPASS_WORDS and tokens[j + 1].text.lower() == "of" and j + 2 < len(tokens):
        return j + 2
    return None


@dataclass(frozen=True)
class _Statement:
    """Where an address puts the name before it: in these regions, or, when it names
    only a country, somewhere in it. A country alone is too wide for a misspelling:
    in all of Belarus, some town is one letter from any village ("Zyabrovka" from
    Dubrovka), so there only names with the same consonants are read."""

    regions: frozenset[tuple[str | None, str | None]]
    countries: frozenset[str | None]

    def fits(self, place: Place) -> bool:
        if self.regions:
            return (place.country, place.admin1) in self.regions
        least = ADDRESSED_TOWN_POPULATION_IN.get(place.country or "", ADDRESSED_TOWN_POPULATION)
        return place.country in self.countries and place.population >= least


def _cyrillic_statement_at(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int
) -> _Statement | None:
    """The region or country of Ukraine, Russia or Belarus named at ``i``: an oblast,
    the city of 100,000 or more that addresses write for it ("Karachev, Bryansk,
    Russia"), or the country. Only then is an unknown name before it read as a
    misspelt place there ('Melitropol, Zaporizhia Oblast', 'Belograd, Russia'), a
    form analysts' spreadsheets are full of."""
    if i >= len(tokens):
        return None
    found = (
        _exact(gazetteer, text, tokens, i)
        or misspelt_region(gazetteer, text, tokens, i)
        or misspelt_country(gazetteer, text, tokens, i)
    )
    if found is None:
        return None
    candidates = [p for p in found.candidates if p.country in ("UA", "RU", "BY")]
    regions = frozenset(
        (p.country, p.admin1)
        for p in candidates
        if p.kind == "admin" or (p.kind == "settlement" and p.population >= REGION_CITY_POPULATION)
    )
    countries = frozenset(p.country for p in candidates if p.kind == "country")
    return _Statement(regions, countries) if regions or countries else None


def _caption_start(tokens: list[Token], i: int) -> bool:
    """The first name of a lowercase caption ('mariupol, Donetsk Oblast')."""
    return (
        tokens[i].sent_start
        and tokens[i].text[:1].isalpha()
        and i + 1 < len(tokens)
        and tokens[i + 1].text == ","
    )


def _exact(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> Match | None:
    """The longest gazetteer name over the run of capitalised words from ``i``."""
    n = len(tokens)
    limit = i + 1
    while (
        limit < n
        and limit - i < MAX_WORDS
        and (capitalised(tokens[limit]) or tokens[limit].text.lower() in CONNECTORS)
    ):
        limit += 1
    # One lowercase word may end a longer name ('Chasiv yar', 'Kryvyi rih'): only
    # an exact gazetteer name of several words can match it. Function words and
    # the common lowercase words after a name ('said') never end one: not looked up.
    lowercase_end = 0
    if (
        limit < n
        and limit - i < MAX_WORDS
        and tokens[limit].text[:1].isalpha()
        and tokens[limit].text not in STOP_WORDS
        and not tokens[limit].text.endswith(("ed", "s"))
    ):
        limit += 1
        lowercase_end = limit
    for j in range(_reach(gazetteer, text, tokens, i, limit), i, -1):
        if j - 1 != i and not capitalised(tokens[j - 1]) and j != lowercase_end:
            continue
        if j == lowercase_end and not any(is_name_word(t) for t in tokens[i : j - 1]):
            continue  # "The city": a function word and a noun, not a name
        if j == i + 1 and not _may_name(tokens[i]):
            continue
        found = _lookup(gazetteer, text, tokens, i, j)
        if found and j - i > 1 and _a_regions_part(gazetteer, text, tokens, found):
            return None
        if found:
            # A name opened by an article ("The Rock") yields to a longer one
            # after the article: "The Rock Hill school board" names Rock Hill.
            if j - i > 1 and tokens[i].text.lower() in STOP_WORDS:
                inner = _exact(gazetteer, text, tokens, i + 1)
                if inner is not None and inner.last >= j:
                    return None
            return found
    return None


def _a_regions_part(gazetteer: Gazetteer, text: str, tokens: list[Token], found: Match) -> bool:
    """Whether a compass word and the name of a country or a first-level region name
    a part of it ("East Texas", "North Greece"), though a village elsewhere bears the
    whole name (East Texas, Pennsylvania; North Greece, New York): the name then
    yields to the region after the compass word, as "North Texas", which no place
    bears, does. Not a town of 10,000 or more ("West Jordan", Utah; "West New York",
    New Jersey), and not a village the text addresses ("East Texas, Pa.")."""
    if tokens[found.first].text.lower() not in COMPASS_WORDS or any(
        p.kind not in POINT_KINDS or p.population >= OWN_TOWN_POPULATION for p in found.candidates
    ):
        return False
    region = _exact(gazetteer, text, tokens, found.first + 1)
    if region is None or region.last != found.last:
        return False
    if not any(
        p.kind == "country"
        or (p.kind == "admin" and key(gazetteer.region_name(p) or "") == key(p.name))
        for p in region.candidates
    ) and not _named_alone(text, tokens, region):
        return False
    comma = found.last + 1
    if comma + 1 < len(tokens) and tokens[comma].text == ",":
        address = _state(gazetteer, tokens, comma + 1) or _exact(gazetteer, text, tokens, comma + 1)
        held = {(p.country, p.admin1) for p in found.candidates}
        if address is not None and any(
            p.kind == "admin" and (p.country, p.admin1) in held for p in address.candidates
        ):
            return False
    return True


def _named_alone(text: str, tokens: list[Token], town: Match) -> bool:
    """Whether the text names a town of 10,000 or more elsewhere without the compass
    word before it: "North Richmond" is then the city's quarter, not a village of
    California."""
    if not any(
        p.kind in POINT_KINDS and p.population >= OWN_TOWN_POPULATION for p in town.candidates
    ):
        return False
    for found in re.finditer(rf"\b{re.escape(town.text)}\b", text):
        before = text[: found.start()].split()
        if not before or before[-1].lower() not in COMPASS_WORDS:
            return True
    return False


def _reach(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, limit: int) -> int:
    """How far past token ``i`` (up to ``limit``) a name may run: while the words so
    far open some name of several words. Checked only where a space follows, since
    a key folds what a hyphen or an apostrophe joins ("Ivano-Frankivsk")."""
    j = i + 1
    while j < limit:
        if tokens[j].start > tokens[j - 1].end and (
            key(text[tokens[i].start : tokens[j - 1].end]) not in gazetteer.openings
        ):
            break
        j += 1
    return j


def _may_name(token: Token) -> bool:
    """Whether a single word can be a place's whole name.

    Not a letter ("I"), a function word ("Some", "We" and, with a clitic, "I've"; "Из"),
    nor an abbreviation ("Jan.", "Sen."; a state's is read only in an address, see
    :func:`_state`); an initialism ("US") is read by :func:`_lookup`'s own rule.
    """
    text = token.text
    if INITIALISM.match(text):
        return True
    head = _CLITIC.split(text, maxsplit=1)[0].lower()
    return (
        len(text) > 1
        and head not in STOP_WORDS
        and head not in CYRILLIC_PREPOSITIONS
        and text not in ABBREVIATIONS
    )


def _state(gazetteer: Gazetteer, tokens: list[Token], i: int) -> Match | None:
    """A US state's AP abbreviation after a town ("Kokomo, Ind."), after a party's
    letter ("Dana Moss, R-Ky.", with or without its full stop) or before a lowercase
    word ("a Mass. lawmaker", "a Ky. sheriff said"), as its state.

    Read only in those positions: elsewhere "Ind.", "Mass." and "Miss." are words.
    Before a lowercase word the full stop ends no sentence, so it is the
    abbreviation's.
    """
    token = tokens[i]
    party = after_a_party(tokens, i)
    name = STATE_ABBREVIATIONS.get(token.text) or (
        STATE_ABBREVIATIONS.get(token.text + ".") if party else None
    )
    if not name:
        return None
    after_town_or_party = party or (
        i >= 2 and tokens[i - 1].text == "," and capitalised(tokens[i - 2])
    )
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    before_word = (
        following is not None
        and following.start > token.end
        and following.text[0].isalpha()
        and following.text[0].islower()
    )
    if not (after_town_or_party or before_word):
        return None
    return _region_written(gazetteer, tokens, i, name, "US")


def _region_written(
    gazetteer: Gazetteer, tokens: list[Token], i: int, name: str, country: str
) -> Match | None:
    """Token ``i`` as the first-level region of a country that it abbreviates."""
    token = tokens[i]
    found = tuple(
        p for p in gazetteer.candidates(key(name)) if p.kind == "admin" and p.country == country
    )
    if not found:
        return None
    return Match(token.start, token.end, token.text, key(name), found, i, i, state=True)


#: Canadian Press abbreviations by their letters alone: an address may drop the
#: full stops ("Kelowna, BC", "Calgary, Alta -").
_PROVINCES_BY_LETTERS = {a.replace(".", ""): name for a, name in PROVINCE_ABBREVIATIONS.items()}
#: Words after "Man." that make it a football club's ("Chelsea, Man. City and Arsenal").
_CLUB_WORDS = frozenset({"City", "United", "Utd"})


def _province(
    gazetteer: Gazetteer, tokens: list[Token], i: int, before: list[Match]
) -> Match | None:
    """A Canadian province's abbreviation, with or without its full stops, after a
    comma and a town that Canada has ("Calgary, Alta.", "Kelowna, B.C.", "Quebec
    City, Que."), as its province; see ``PROVINCE_ABBREVIATIONS`` for why only there.
    ``before`` are the names found so far."""
    name = _PROVINCES_BY_LETTERS.get(tokens[i].text.replace(".", ""))
    if not name or i < 2 or tokens[i - 1].text != ",":
        return None
    opening = i - 2
    while opening > 0 and capitalised(tokens[opening - 1]):
        opening -= 1
    canadian = any(
        opening <= m.first and m.last <= i - 2 and any(p.country == "CA" for p in m.candidates)
        for m in before[-MAX_WORDS:]
    )
    rest = [t.text for t in tokens[i + 1 : i + 3] if t.text != "."]
    if not canadian or (rest and rest[0] in _CLUB_WORDS):
        return None
    return _region_written(gazetteer, tokens, i, name, "CA")


def _with_its_counties(
    gazetteer: Gazetteer, tokens: list[Token], i: int, found: Match | None
) -> Match | None:
    """A name of one word with the counties of its name among its readings, where
    news gives a county without its "County": a legislator's home after the party's
    letter ("Rep. Dan Hill, D-Raleigh"; see :func:`resolve._in_the_texts_regions`),
    and a county's court, which is the county's alone ("Boone Circuit Court" is
    no town of Boone)."""
    token = tokens[i]
    if found is not None and found.last > i:
        return None
    # After a name and a comma or a bracket: "D-Day" is no one's home.
    home = after_a_party(tokens, i) and i >= 3 and tokens[i - 3].text in (",", "(")
    court = (
        i + 2 < len(tokens)
        and tokens[i + 1].text in COUNTY_COURTS
        and tokens[i + 2].text in COURT_WORDS
    )
    if not (home or court):
        return None
    counties = tuple(p for p in gazetteer.candidates(key(f"{token.text} County")) if is_county(p))
    if not counties and found is None:
        return None
    if court and counties:
        readings = counties
    else:
        readings = tuple(dict.fromkeys((found.candidates if found is not None else ()) + counties))
    return Match(
        token.start,
        token.end,
        token.text,
        key(token.text),
        readings,
        i,
        i,
        home=home,
        court=court and bool(counties),
    )


def candidates(gazetteer: Gazetteer, text: str, tokens: list[Token]) -> list[Match]:
    """Every longest gazetteer match over runs of capitalised words."""
    matches: list[Match] = []
    resume = 0
    # Most words are lowercase and open nothing: one pass picks out the rest.
    openers = [
        i
        for i, t in enumerate(tokens)
        if t.text[0].isupper() or (t.sent_start and _caption_start(tokens, i))
    ]
    for i in openers:
        if i < resume:
            continue
        state = _state(gazetteer, tokens, i) or _province(gazetteer, tokens, i, matches)
        if state:
            matches.append(state)
            continue
        if (own := a_citys_district(gazetteer, text, tokens, i)) is not None:
            resume = own + 1
            continue
        found = (
            axis_town(gazetteer, tokens, i)
            or district(gazetteer, text, tokens, i)
            or listed_unit(gazetteer, text, tokens, i)
            or facility_town(gazetteer, text, tokens, i)
            or _declined(gazetteer, text, tokens, i, matches)
            or (
                region_first(
                    gazetteer, text, tokens, i, lambda j: _exact(gazetteer, text, tokens, j)
                )
                or _exact(gazetteer, text, tokens, i)
            )
        )
        found = _addressed(gazetteer, text, tokens, i, found) or found
        if found is None or not found.loose:
            found = _before_genitive_region(gazetteer, text, tokens, i, found) or found
        if found is None or not found.loose:
            found = _near_a_town(gazetteer, text, tokens, i, found) or found
        found = _with_its_counties(gazetteer, tokens, i, found) or found
        if found is None and key(tokens[i].text) in gazetteer.openings:
            found = _with_feature_words(gazetteer, text, tokens, i, i)
        if found is None:
            found = misspelt_region(gazetteer, text, tokens, i) or misspelt_country(
                gazetteer, text, tokens, i
            )
        if found is None:
            found = _adjective(gazetteer, text, tokens, i)
        if found is None or (found.last == i and _before_a_capital(tokens, i)):
            # A name of two words may open with a name of one ("Novoselovka Pervaya").
            found = at_the_front(gazetteer, text, tokens, i) or found
        if found is None:
            continue
        found = also_at_the_front(gazetteer, text, tokens, found)
        found = _extend(gazetteer, text, tokens, found)
        found = _without_the_city(gazetteer, text, tokens, found)
        found = _named_feature(gazetteer, text, tokens, found) or _the_area(
            tokens, _the_river(gazetteer, tokens, found)
        )
        found = _the_governed_region(gazetteer, tokens, found)
        found.axis = found.axis or before_an_axis_word(tokens, found.last)
        at_war = any(p.country in FRONT_COUNTRIES for p in found.candidates)
        found.fought_over = at_war and of_the_fighting(text, tokens, i)
        found.of_the_war = found.fought_over or (
            at_war and in_a_sentence_with(text, tokens, i, WAR_WORDS, CYRILLIC_WAR_STEMS)
        )
        matches.append(found)
        resume = found.last + 1
    matches = _listed_regions(gazetteer, text, tokens, matches)
    read_together(gazetteer, tokens, matches)
    _locate(tokens, matches)
    _mark_pairs(tokens, matches)
    _mark_conjoined(tokens, matches)
    _mark_aliases(tokens, matches)
    _mark_headlines(gazetteer, text, tokens, matches)
    return _within_their_towns(gazetteer, tokens, matches)


#: How far (km) from a town a place the text puts "in" it may lie: a city's parks
#: and quarters lie within its limits, and the largest cities are some 40 km across.
WITHIN_TOWN_KM = 40.0
#: Words before a name that make "in" after it say where someone or something from
#: it is now, not where it lies ("evacuees from Pokrovsk in Pavlohrad").
_AWAY_WORDS = frozenset({"from", "for", "to", "of"})


def _within_their_towns(
    gazetteer: Gazetteer, tokens: list[Token], matches: list[Match]
) -> list[Match]:
    """Each name of several words that the text puts in a town ("Albert Park in
    Columbus") keeps only its own-named candidates within that town's reach; one with
    none is a park or a quarter the gazetteer does not know, and is dropped rather
    than placed on a namesake abroad that would pull the town there too.

    A town of one word is left alone: "Kramatorsk in Donetsk" and "Katy in Houston"
    put a town in its region or its metropolis, not within the city. So is a name
    after "from" or "of" ("evacuees from Velyka Novosilka in Zaporizhzhia"; "east of"
    still places it), and one put in a town that names its region ("Chasiv Yar in
    Donetsk"). A month or a people after "in" is no town ("Gorky Park in May", "Kyiv
    Pechersk Lavra in Ukrainian")."""
    kept: list[Match] = []
    for index, here in enumerate(matches):
        after = matches[index + 1] if index + 1 < len(matches) else None
        if after is None or not _put_in_a_town(gazetteer, tokens, here, after):
            kept.append(here)
            continue
        towns = after.candidates
        within = tuple(
            p
            for p in here.candidates
            if key(p.name) == here.key
            and any(approx_km(p, town.lat, town.lon) <= WITHIN_TOWN_KM for town in towns)
        )
        if within:
            kept.append(dataclasses.replace(here, candidates=within))
    return kept


def _put_in_a_town(gazetteer: Gazetteer, tokens: list[Token], here: Match, after: Match) -> bool:
    """Whether a name of several words stands in "X in Y" with Y a town's name only, X
    said to lie there (see :func:`_within_their_towns`)."""
    before = [t.text.lower() for t in tokens[max(0, here.first - 2) : here.first]]
    away = bool(before) and before[-1] in _AWAY_WORDS and before[0] not in COMPASS_WORDS
    return (
        here.last > here.first
        and not away
        and all(p.kind in POINT_KINDS for p in here.candidates)
        and [t.text for t in tokens[here.last + 1 : after.first]] == ["in"]
        and all(p.kind in _TOWN_KINDS for p in after.candidates)
        and after.text.lower() not in _calendar_words()
        and after.key not in gazetteer.demonyms
        and not any(
            key(gazetteer.region_name(p) or "").startswith(after.key) for p in after.candidates
        )
    )


def _before_a_capital(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and capitalised(tokens[i + 1])


def _locate(tokens: list[Token], matches: list[Match]) -> None:
    """Mark each name that the region or country after it holds ("Canton, Ohio",
    "Orange, France", and without the comma "Polohy Zaporizhzhia Oblast"): see
    ``Match.located`` and ``Match.addressing``. A possessive after it makes an
    apposition, not an address ("Azov, Ukraine's best-known regiment")."""
    for here, after in itertools.pairwise(matches):
        bare = after.first == here.last + 1 and _named_as_a_region(after)
        if not bare and (after.first != here.last + 2 or tokens[here.last + 1].text != ","):
            continue
        if after.last + 1 < len(tokens) and tokens[after.last + 1].text.lower() in POSSESSIVES:
            continue
        regions = {(p.country, p.admin1) for p in after.candidates if p.kind == "admin"}
        countries = {p.country for p in after.candidates if p.kind == "country"}
        here.located = any(
            p.kind in ("settlement", "register")
            and ((p.country, p.admin1) in regions or p.country in countries)
            for p in here.candidates
        )
        after.addressing = bare and here.located


def _named_as_a_region(match: Match) -> bool:
    """Whether a match is a region written with its region word ("Kherson Oblast",
    "the Luhansk region"), which ends the run of a longer name."""
    words = match.text.split()
    return (
        len(words) > 1
        and words[-1].lower() in REGION_WORDS
        and all(p.kind == "admin" for p in match.candidates)
    )


#: What joins two names into a pair ("the Kharkiv–Belgorod border").
PAIR_JOINERS = frozenset({"-", "–", "—", "/"})
#: What parts two names into separate statements ("Rostov; Istanbul").
STATEMENT_ENDS = frozenset({".", ";", ":", "!", "?"})


def _mark_pairs(tokens: list[Token], matches: list[Match]) -> None:
    """Mark each name joined to the next by a hyphen, dash or slash, parted from it
    by the end of a statement, listed with it, or placed in it by "in" or by a word
    for a settlement and a comma or a bracket ("Ivanivka village, Izium raion",
    "Ivanivka village (Kharkiv region)"): see
    ``Match.paired``, ``Match.parted``, ``Match.listed`` and ``Match.placed_in``."""
    for here, after in itertools.pairwise(matches):
        gap = tokens[here.last + 1 : after.first]
        here.paired = len(gap) == 1 and gap[0].text in PAIR_JOINERS
        here.hyphened = (
            here.paired
            and gap[0].text == "-"
            and tokens[here.last].end == gap[0].start
            and gap[0].end == tokens[after.first].start
        )
        here.parted = len(gap) == 1 and gap[0].text in STATEMENT_ENDS
        words = [t.text for t in gap]
        # "Ivanivka village, Izium raion", "Vesele village in the Kupiansk district"
        described = bool(words) and words[0].lower() in SETTLEMENT_NOUNS
        if described:
            words = words[1:]
        here.listed = _list_joint(tokens, here.last + 1, after.first)
        regions = [p.kind in ("admin", "country") for p in after.candidates]
        here.placed_in = (
            ((words in PLACING_WORDS or (described and words in ([","], ["("]))) and all(regions))
            # A Ukrainian region's "-щина" name is also a village's ("Харківщині").
            or (words in CYRILLIC_PLACING_WORDS and any(regions))
        ) and not _before_a_capital(tokens, after.last)


#: Words that place a name in the region after it: "Vesele in the Kupiansk district";
#: in Ukrainian and Russian "Нікольське на Донеччині", "Гатище в Белгородской области".
PLACING_WORDS = (["in"], ["in", "the"])
CYRILLIC_PLACING_WORDS = (["на"], ["у"], ["в"], ["во"])
#: "In" before a region, as an address without a comma writes it ("Андреевка в
#: Сумской области"); not "на", which a region's "-щина" name takes ("Білгород на
#: Одещині" is the city's short name, no address of a village to read loosely).
CYRILLIC_IN = frozenset({"в", "во", "у"})
#: Conjunctions that close a list, in English, Ukrainian and Russian.
CONJUNCTIONS = frozenset({"and", "or", "та", "і", "й", "и", "або", "или"})
#: Words that join the members of a list.
LIST_JOINERS = frozenset(
    {(",",)}
    | {(word,) for word in CONJUNCTIONS}
    | {(",", word) for word in ("and", "or", "та", "і", "и")}
)


def _mark_conjoined(tokens: list[Token], matches: list[Match]) -> None:
    """Mark the members of each run of listed names that a conjunction joins: see
    ``Match.conjoined``. A run joined by commas alone may be an address."""
    run: list[Match] = []
    closed = False
    for n, here in enumerate(matches):
        run.append(here)
        if n + 1 < len(matches) and here.listed:
            between = tokens[here.last + 1 : matches[n + 1].first]
            closed = closed or any(t.text.lower() in CONJUNCTIONS for t in between)
            continue
        # A conjunction may close the list before a name the gazetteer lacks:
        # "Новая Таволжанка, Муром и Нехотеевка".
        closed = closed or _before_a_conjoined_name(tokens, here.last)
        for member in run if closed and len(run) > 1 else ():
            member.conjoined = True
        run, closed = [], False


def _before_a_conjoined_name(tokens: list[Token], last: int) -> bool:
    """Whether a conjunction, after a comma or not, and a capitalised word follow the
    token ``last`` (", and Nekhoteevka", "и Нехотеевка")."""
    j = last + 1
    if j < len(tokens) and tokens[j].text == ",":
        j += 1
    return (
        j + 1 < len(tokens)
        and tokens[j].text.lower() in CONJUNCTIONS
        and capitalised(tokens[j + 1])
    )


def _list_joint(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the tokens between two names join them in a list; a settlement's
    abbreviation before the second may follow ("та с. Максимівка")."""
    if end - start >= 2 and after_a_settlement_abbreviation(tokens, end):
        end -= 2
    return tuple(t.text.lower() for t in tokens[start:end]) in LIST_JOINERS


def _mark_aliases(tokens: list[Token], matches: list[Match]) -> None:
    """Mark each name followed by another name of one of its places in brackets, and
    that name: see ``Match.aliased``."""
    for here, after in itertools.pairwise(matches):
        if (
            after.first == here.last + 2
            and tokens[here.last + 1].text == "("
            and after.last + 1 < len(tokens)
            and tokens[after.last + 1].text == ")"
            and set(here.candidates) & set(after.candidates)
        ):
            here.aliased = after.aliased = True


#: Words that a headline in title case may leave in lowercase ("Capture of", "Talks
#: in"); it capitalises every other word, and has at least ``TITLE_WORDS`` of them, of
#: which at least ``TITLE_ENGLISH`` are English words of four letters or more that are
#: no one's name.
TITLE_MINOR_WORDS = frozenset(
    {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by"}
    | {"in", "of", "off", "on", "per", "to", "up", "via", "vs"}
)
TITLE_WORDS = 4
TITLE_ENGLISH = 2
TITLE_ENGLISH_LETTERS = 4


def _mark_headlines(
    gazetteer: Gazetteer, text: str, tokens: list[Token], matches: list[Match]
) -> None:
    """Mark the names in a headline written in title case: the text's first sentence
    or a line of its own, with every word after the first capitalised but short
    function words (``TITLE_MINOR_WORDS``), not shouted in capitals (see
    :func:`is_dateline`), and English words among them ("Zelensky Visits Kherson
    After Liberation", not a list of people or towns)."""
    if not matches:
        return
    first_sentence = next((k for k in range(1, len(tokens)) if tokens[k].sent_start), len(tokens))
    segments = [(0, first_sentence), *itertools.pairwise(_line_starts(text, tokens))]
    titled = [(begin, end) for begin, end in segments if _title_case(gazetteer, tokens[begin:end])]
    for match in matches:
        match.headline = any(begin <= match.first < end for begin, end in titled)


def _line_starts(text: str, tokens: list[Token]) -> list[int]:
    """The index of the first token of each line, and the number of tokens."""
    starts = [0]
    if "\n" in text:
        offsets = [t.start for t in tokens]
        newline = text.find("\n")
        while newline != -1:
            k = bisect.bisect_right(offsets, newline)
            if starts[-1] < k < len(tokens):
                starts.append(k)
            newline = text.find("\n", newline + 1)
    starts.append(len(tokens))
    return starts


def _title_case(gazetteer: Gazetteer, words: list[Token]) -> bool:
    """Whether a sentence or a line is written in title case: its first word is
    capitalised in any case, so only the others tell."""
    major = []
    for index, word in enumerate(words):
        text = word.text
        if text.isalpha() and text not in TITLE_MINOR_WORDS:
            if index and not text[0].isupper():
                return False  # running text: the usual case, settled at its first word
            major.append(text)
    if len(major) <= TITLE_WORDS or all(w.isupper() for w in major):
        return False  # too short to tell, or shouted: see is_dateline
    english = [w for w in major if len(w) >= TITLE_ENGLISH_LETTERS and _english_word(gazetteer, w)]
    return len(english) >= TITLE_ENGLISH


def _english_word(gazetteer: Gazetteer, word: str) -> bool:
    """An English word, or its plural ("Forces"), that is no one's name."""
    lower = word.lower()
    if lower in gazetteer.given_names or lower in gazetteer.surnames:
        return False
    words = gazetteer.english_words
    return lower in words or (lower.endswith("s") and lower[:-1] in words)


_PLURAL_REGION = re.compile(rf"\b(?:{'|'.join(PLURAL_REGION_WORDS)})\b", re.IGNORECASE)


def _listed_regions(
    gazetteer: Gazetteer, text: str, tokens: list[Token], matches: list[Match]
) -> list[Match]:
    """Read each name of a list before a plural region word as that region: "the
    Kharkiv, Sumy and Chernihiv regions" are three oblasts, not three cities, and
    "Barrow, Jackson and Madison counties" three counties."""
    if not _PLURAL_REGION.search(text):
        return matches
    listed: list[Match] = []
    for i, token in enumerate(tokens):
        singular = PLURAL_REGION_WORDS.get(token.text.lower())
        if singular is None:
            continue
        group: list[Match] = []
        last = i - 1
        while last >= 0:
            region = _region_ending_at(gazetteer, text, tokens, last, singular)
            if region is None:
                break
            group.append(region)
            before = region.first - 1
            if before > 0 and tokens[before].text in ("and", "or"):
                before -= 1 if tokens[before - 1].text == "," else 0
            elif before < 0 or tokens[before].text != ",":
                break
            last = before - 1
        if len(group) > 1:
            listed.extend(group)
    if not listed:
        return matches
    kept = [m for m in matches if not any(r.start < m.end and m.start < r.end for r in listed)]
    return sorted(kept + listed, key=lambda m: m.start)


def _region_ending_at(
    gazetteer: Gazetteer, text: str, tokens: list[Token], last: int, singular: str
) -> Match | None:
    """The longest run of capitalised words ending at token ``last`` that names a
    region with the region word after it ("Madison" + "county")."""
    for first in range(max(0, last - 3), last + 1):
        if not all(capitalised(t) or t.text in CONNECTORS for t in tokens[first : last + 1]):
            continue
        if not capitalised(tokens[first]):
            continue
        surface = text[tokens[first].start : tokens[last].end]
        region_key = key(f"{surface} {singular}")
        found = tuple(
            p for p in gazetteer.candidates(region_key) if p.kind not in ("settlement", "register")
        )
        if found:
            return Match(
                tokens[first].start,
                tokens[last].end,
                surface,
                region_key,
                found,
                first,
                last,
                region_listed=True,
            )
    return None


def is_name_word(token: Token) -> bool:
    """A capitalised word that is not a function word ('In', 'The', 'Near')."""
    lower = token.text.lower()
    return (
        token.text[:1].isalpha()
        and capitalised(token)
        and lower not in STOP_WORDS
        and lower not in LOCATIVE_CUES
        and lower not in PLACE_QUALIFIERS
        and lower not in _calendar_words()
    )


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Days and months, which stand before a name without being part of it ("on
    Sunday Alexandria police said", "in March Kharkiv was shelled")."""
    return frozenset(n.lower() for n in [*calendar.day_name, *calendar.month_name] if n)
