"""Finding the spans of a text that name places, without inventing any.

A span is a run of capitalised words (with connectors such as "of" and hyphens)
whose folded key is in the gazetteer. The longest run wins ("Sea of Azov" before
"Azov"). A match is then kept only when nothing says it is something else: a
person, a unit, an outlet, a demonym or a capitalised common word. The signals are
the ones any reader uses: the words around it, capitalisation, the tagger's POS
and, when present, the model's entity label.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from anyascii import anyascii
from rapidfuzz.distance import OSA
from spacy.lang.en.stop_words import STOP_WORDS

from frontwatch.geo.evaluate import km
from frontwatch.geo.gazetteer import Gazetteer, Place
from frontwatch.geo.keys import SHORT_FORMS, key
from frontwatch.geo.people import is_listed
from frontwatch.geo.sources import CYRILLIC_COUNTRIES, DATA
from frontwatch.geo.tokens import ABBREVIATIONS, STATE_ABBREVIATIONS, Token
from frontwatch.geo.words import (
    ADDRESS_CUES,
    CIVIC_WORDS,
    COMMON_POS,
    CONNECTORS,
    DIRECTION_WORDS,
    FEATURE_WORDS,
    INSTITUTION_WORDS,
    KIN_WORDS,
    LOCATIVE_CUES,
    NAMING_WORDS,
    NATURAL_FEATURES_AFTER,
    NATURAL_FEATURES_BEFORE,
    ORGANISATION_WORDS,
    PLACE_ENTS,
    PLACE_FOLLOWERS,
    PLACE_QUALIFIERS,
    PLURAL_REGION_WORDS,
    RESIDENT_WORDS,
    SETTLEMENT_NOUNS,
    SPEECH_VERBS,
    STREET_WORDS,
    TITLES,
)

MAX_WORDS = 6
#: Letters of an initialism ("UN", "HIV", "U.K."): an acronym, never a town's name.
_INITIALISM = re.compile(r"^(?:[A-Z]{2,5}|(?:[A-Z]\.){2,5})$")
#: What a dateline's place is followed by ("KYIV, Ukraine —", "ROME (Reuters) -").
_DATELINE_FOLLOWERS = frozenset({",", "(", "—", "–", "-", ":"})
#: Kinds that are written as initialisms ("US", "UAE", "DRC"); settlements never are.
_INITIALISED_KINDS = frozenset({"country", "continent", "admin", "area"})
#: Kinds whose names have alternates that readers use as they are ("UK", "Holland").
_OWN_NAMED_KINDS = frozenset({"country", "continent"})
#: A settlement abroad known to the text only by another name ("Marburg" for Maribor,
#: "Passover" for Mountain City): GeoNames lists historical and local names, and only
#: those of large cities are used in English ("Bombay", "Saigon").
EXONYM_POPULATION = 100_000
#: Population a town needs for the name of an organisation it opens to count as a
#: mention of it ("Gainesville Regional Utilities"): smaller ones mostly share their
#: name with a common word or a person ("Drug" in "Food and Drug Administration").
ORGANISATION_SEAT_POPULATION = 50_000
#: Kinds whose one-word names a person may bear as a surname ("Clark", "Trapani").
SURNAME_KINDS = frozenset({"settlement", "register", "admin"})
#: Population from which a city that "said" something speaks for its government.
SPEAKING_CITY_POPULATION = 500_000
#: A town of this size bearing a name as its own outweighs every town that only bore
#: it once (see ``resolve.prior``).
OWN_TOWN_POPULATION = 10_000
#: A city of this size in an address stands for its region ("Bryansk, Russia").
REGION_CITY_POPULATION = 100_000
#: With only the country stated, an unknown name is read loosely as a town of at
#: least this size: villages spelled near alike are too many in all of Russia.
ADDRESSED_TOWN_POPULATION = 5_000
#: How far (km) from the town in "X near Y" a village read by its consonants may lie.
NEAR_TOWN_KM = 30.0
#: Words after a name that make it a place: roughly there, or where people live.
_PLACE_MARKERS = PLACE_FOLLOWERS | RESIDENT_WORDS
#: Words after a name that make it a town's: its civic bodies and its residents.
_TOWN_FOLLOWERS = CIVIC_WORDS | RESIDENT_WORDS
#: A middle initial ("Roy A. Nelson").
_INITIAL = re.compile(r"^[A-Z]\.$")
#: An apostrophe that joins a clitic to a word ("I've", "We're").
_CLITIC = re.compile(r"['’]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/.,'’ʼ`]+")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    data = json.loads((DATA / "stoplist.json").read_text("utf-8"))
    return frozenset(key(w) for group in ("people", "organisations", "common") for w in data[group])


@dataclass
class Match:
    start: int
    end: int
    text: str
    key: str
    candidates: tuple[Place, ...]
    first: int
    last: int
    adjectival: bool = False
    evidence: set[str] = field(default_factory=set)
    #: Found by consonants only: kept only where the text states the place's region.
    loose: bool = False
    #: Followed by a possessive ("Russia's ability"): an owner, not an address part.
    possessive: bool = False
    #: A US state's AP abbreviation after a town ("Peoria, Ill."): a statement of region.
    state: bool = False
    #: Written elsewhere in the text as a person's surname ("Sgt. Tom Moore").
    surname: bool = False
    #: Followed by a comma and another name ("Lincoln, Neb."): an address.
    addressed: bool = False
    #: Followed by "near" and a town it lies beside ("Kamenka near Izium").
    near_town: bool = False
    #: Listed before a plural region word ("the Kharkiv, Sumy and Chernihiv regions").
    region_listed: bool = False
    #: A river, lake or valley the gazetteer lacks, named after a town it lies by
    #: ("the Kanawha River", "Lake Hartwell"): located at that town, roughly.
    feature: bool = False

    @cached_property
    def towns_bearing_it(self) -> frozenset[str | None]:
        """Countries where a town of some size bears the name as its own
        ("Novorossiysk"), not only as another town's former or alternate name."""
        return frozenset(
            p.country
            for p in self.candidates
            if p.kind == "settlement"
            and p.population >= OWN_TOWN_POPULATION
            and key(p.name) == self.key
        )


def _capitalised(token: Token) -> bool:
    """Capitalised, as names and road numbers ("M03", "P-07") are written."""
    return token.text[0].isupper()


@lru_cache(maxsize=200_000)
def _plain(name: str) -> str:
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
    GeoNames alternate ("Passover" for Mountain City) is used in English only for
    large cities.
    """
    if place.kind in _OWN_NAMED_KINDS or place.country in CYRILLIC_COUNTRIES:
        return True
    if len(surface) <= 2:
        # Too short to fold accents away: "Al" (a man, an Arabic article) is not Ål.
        return surface.lower() == place.name.lower()
    written = _plain(surface)
    if _plain(place.name) == written:
        return True
    if key(place.name) == surface_key:
        return False
    return (
        place.kind not in ("settlement", "register")
        or place.population >= EXONYM_POPULATION
        or _respelt(_plain(place.name), written)
    )


def _saint(gazetteer: Gazetteer, match: Match) -> bool:
    """Whether a name is a saint's: "St." and a given name ("St. Patrick"), not a
    city named after one ("St. Petersburg's main street")."""
    words = match.text.split()
    return (
        len(words) == 2
        and match.key.startswith(("saint ", "sainte "))
        and is_listed(words[1], gazetteer.given_names)
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
    return (_dateline(tokens, i, i) and not headline) or capitals >= 3


def _dateline(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` open a sentence as a dateline does
    ("KYIV, Ukraine —", "MANSFIELD — The City Council ...")."""
    return (
        tokens[first].sent_start
        and last + 1 < len(tokens)
        and tokens[last + 1].text in _DATELINE_FOLLOWERS
    )


@lru_cache(maxsize=100_000)
def _written_candidates(gazetteer: Gazetteer, surface: str, surface_key: str) -> tuple[Place, ...]:
    """The places a name as written may be (see :func:`_written_as`), once per spelling."""
    return tuple(
        p for p in gazetteer.candidates(surface_key) if _written_as(p, surface, surface_key)
    )


def _lookup(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, j: int) -> Match | None:
    surface = text[tokens[i].start : tokens[j - 1].end]
    surface_key = key(surface)
    found = gazetteer.candidates(surface_key) if surface_key else ()
    initialism = j == i + 1 and bool(_INITIALISM.match(surface))
    if initialism and not found and "." in surface:
        # "U.K." is the dotted form of the initialism "UK": one name, two spellings.
        surface_key = key(surface.replace(".", ""))
        found = gazetteer.candidates(surface_key)
    found = _written_candidates(gazetteer, surface, surface_key) if found else ()
    if initialism and not _shouted(tokens, i):
        found = tuple(p for p in found if p.kind in _INITIALISED_KINDS)
    if not found:
        return None
    return Match(tokens[i].start, tokens[j - 1].end, surface, surface_key, found, i, j - 1)


def _extend(gazetteer: Gazetteer, text: str, tokens: list[Token], match: Match) -> Match:
    """Take following feature words into the name when the gazetteer knows the longer
    name ('Kharkiv region', 'Lyman station', 'Zaporizhzhia nuclear plant')."""
    end = match.last + 1
    while end < len(tokens) and end - match.last <= 3 and tokens[end].text.lower() in FEATURE_WORDS:
        end += 1
    for j in range(end, match.last + 1, -1):
        longer = _lookup(gazetteer, text, tokens, match.first, j)
        if longer:
            return longer
    return match


def _named_feature(text: str, tokens: list[Token], match: Match) -> Match | None:
    """A river, lake or valley named after a town, which the gazetteer does not hold
    ("the Kanawha River", "Lake Hartwell", "Canaan Valley"): the mention spans the
    feature's word and is placed near the town. A longer name after the feature's
    word is a body's or a business's ("Chattahoochee Valley Community College")."""
    if any(p.kind not in SURNAME_KINDS for p in match.candidates):
        return None
    first, last = match.first, match.last
    if last + 1 < len(tokens) and tokens[last + 1].text in NATURAL_FEATURES_AFTER:
        last += 1
    elif first > 0 and tokens[first - 1].text in NATURAL_FEATURES_BEFORE:
        first -= 1
    else:
        return None
    if last + 1 < len(tokens) and _is_name_word(tokens[last + 1]):
        return None
    start, end = tokens[first].start, tokens[last].end
    return Match(
        start,
        end,
        text[start:end],
        match.key,
        match.candidates,
        first,
        last,
        feature=True,
    )


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


def _addressed(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, covered: int
) -> Match | None:
    """An unknown name written as an address ('Malaya Rohan, Kharkiv Oblast'), or
    one the gazetteer knows only a part of ('Malaya'): read loosely, since the region
    that follows decides whether any candidate fits."""
    j = i + 1
    while j < len(tokens) and j - i < MAX_WORDS and _capitalised(tokens[j]):
        j += 1
    if j - 1 <= covered or j >= len(tokens) or tokens[j].text != ",":
        return None
    surface = text[tokens[i].start : tokens[j - 1].end]
    surface_key = key(surface)
    found = gazetteer.loose_candidates(surface_key)
    stated = _cyrillic_statement_at(gazetteer, text, tokens, j + 1)
    if stated:
        found = tuple(p for p in found if stated.fits(p))
        if not found and covered < i and stated.regions:
            found = tuple(p for p in gazetteer.misspelt_candidates(surface_key) if stated.fits(p))
    if not found:
        return None
    return Match(
        tokens[i].start, tokens[j - 1].end, surface, surface_key, found, i, j - 1, loose=True
    )


def _near_a_town(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, found: Match | None
) -> Match | None:
    """A village beside a named town, written in another language's form of its name
    ("Kamenka near Izium" is Kamianka, "Novomikhailovka near Kurakhovo" is
    Novomykhailivka): the villages of Ukraine, Russia and Belarus with the name's
    consonants within ``NEAR_TOWN_KM`` of a town of the name after "near" join the
    places the spelling itself names, and the town's nearness then decides."""
    if found is not None:
        j = found.last + 1
    else:
        j = i + 1
        while j < len(tokens) and j - i < MAX_WORDS and _capitalised(tokens[j]):
            j += 1
    if j + 1 >= len(tokens) or tokens[j].text.lower() != "near":
        return None
    town = _exact(gazetteer, text, tokens, j + 1)
    if town is None:
        return None
    points = [
        (p.lat, p.lon)
        for p in town.candidates
        if p.kind in ("settlement", "register") and p.country in CYRILLIC_COUNTRIES
    ]
    if not points:
        return None
    surface = text[tokens[i].start : tokens[j - 1].end]
    surface_key = key(surface)
    known = found.candidates if found else ()
    beside = tuple(
        p
        for p in gazetteer.loose_candidates(surface_key)
        if p not in known and any(km(p.lat, p.lon, lat, lon) <= NEAR_TOWN_KM for lat, lon in points)
    )
    if not beside:
        return None
    return Match(
        tokens[i].start,
        tokens[j - 1].end,
        surface,
        surface_key,
        known + beside,
        i,
        j - 1,
        near_town=True,
    )


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
        return place.country in self.countries and place.population >= ADDRESSED_TOWN_POPULATION


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
    found = _exact(gazetteer, text, tokens, i)
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
        and (_capitalised(tokens[limit]) or tokens[limit].text.lower() in CONNECTORS)
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
        if j - 1 != i and not _capitalised(tokens[j - 1]) and j != lowercase_end:
            continue
        if j == lowercase_end and not any(_is_name_word(t) for t in tokens[i : j - 1]):
            continue  # "The city": a function word and a noun, not a name
        if j == i + 1 and not _may_name(tokens[i]):
            continue
        found = _lookup(gazetteer, text, tokens, i, j)
        if found:
            return found
    return None


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

    Not a letter ("I"), a function word ("Some", "We" and, with a clitic, "I've"),
    nor an abbreviation ("Jan.", "Sen."; a state's is read only in an address, see
    :func:`_state`); an initialism ("US") is read by :func:`_lookup`'s own rule.
    """
    text = token.text
    if _INITIALISM.match(text):
        return True
    head = _CLITIC.split(text, maxsplit=1)[0].lower()
    return len(text) > 1 and head not in STOP_WORDS and text not in ABBREVIATIONS


def _state(gazetteer: Gazetteer, tokens: list[Token], i: int) -> Match | None:
    """A US state's AP abbreviation after a town ("Kokomo, Ind."), as its state.

    Read only in that position: elsewhere "Ind.", "Mass." and "Miss." are words.
    """
    token = tokens[i]
    name = STATE_ABBREVIATIONS.get(token.text)
    if not name or i < 2 or tokens[i - 1].text != "," or not _capitalised(tokens[i - 2]):
        return None
    found = tuple(
        p for p in gazetteer.candidates(key(name)) if p.kind == "admin" and p.country == "US"
    )
    if not found:
        return None
    return Match(token.start, token.end, token.text, key(name), found, i, i, state=True)


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
        state = _state(gazetteer, tokens, i)
        if state:
            matches.append(state)
            continue
        found = _exact(gazetteer, text, tokens, i)
        covered = found.last if found else i - 1
        found = _addressed(gazetteer, text, tokens, i, covered) or found
        if found is None or not found.loose:
            found = _near_a_town(gazetteer, text, tokens, i, found) or found
        if found is None:
            found = _adjective(gazetteer, text, tokens, i)
        if found is None:
            continue
        found = _extend(gazetteer, text, tokens, found)
        found = _named_feature(text, tokens, found) or found
        matches.append(found)
        resume = found.last + 1
    matches = _listed_regions(gazetteer, text, tokens, matches)
    _read_together(gazetteer, tokens, matches)
    return matches


def _listed_regions(
    gazetteer: Gazetteer, text: str, tokens: list[Token], matches: list[Match]
) -> list[Match]:
    """Read each name of a list before a plural region word as that region: "the
    Kharkiv, Sumy and Chernihiv regions" are three oblasts, not three cities, and
    "Barrow, Jackson and Madison counties" three counties."""
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
        if not all(_capitalised(t) or t.text in CONNECTORS for t in tokens[first : last + 1]):
            continue
        if not _capitalised(tokens[first]):
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


def _read_together(gazetteer: Gazetteer, tokens: list[Token], matches: list[Match]) -> None:
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
        if m.last + 1 < len(tokens) and tokens[m.last + 1].text.lower() in _TOWN_FOLLOWERS
    }
    surnames = {
        m.key
        for m in matches
        if m.first == m.last
        and (
            _titled(tokens, m.first)
            or _after_given_name(gazetteer, tokens, m.first)
            or _personal(tokens, m)
            or _kin(tokens, m.first)
            or (_speaks(tokens, m.first) and not _speaks_for_a_government(m) and m.key not in towns)
            or (_aged(tokens, m.first) and _a_persons_name(gazetteer, tokens[m.first].text))
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
    between ("Det. Sgt. Anna Hughes", "Mayor Hughes"); nameparser's list of titles
    decides. The look-back stops at a sentence's start."""
    for j in range(i - 1, max(-1, i - 4), -1):
        word = tokens[j].text
        if tokens[j + 1].sent_start or not _capitalised(tokens[j]) or not word[:1].isalpha():
            return False
        if word.rstrip(".").lower() in TITLES:
            return True
    return False


def _after_given_name(gazetteer: Gazetteer, tokens: list[Token], i: int) -> bool:
    """Whether a given name, perhaps with a middle initial, stands just before token
    ``i`` in its sentence ("Tom Moore", "Sheila D. Williams"). With a middle initial,
    any capitalised word is a given name, listed or not ("Tyrise M. Bell")."""
    j = i - 1
    initial = j > 0 and bool(_INITIAL.match(tokens[j].text)) and not tokens[j].sent_start
    if initial:
        j -= 1
    return (
        j >= 0
        and not tokens[j + 1].sent_start
        and tokens[j + 1].start - tokens[j].end <= 1
        and (
            is_listed(tokens[j].text, gazetteer.given_names)
            or (initial and tokens[j].text.isalpha() and _capitalised(tokens[j]))
        )
    )


def _aged(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is followed by an age between commas, as news gives
    people's ages ("his daughter, Hailey, 6, and ...", "Rose, 28, lived upstairs")."""
    return (
        i + 3 < len(tokens)
        and tokens[i + 1].text == ","
        and tokens[i + 2].text.isdigit()
        and 0 < int(tokens[i + 2].text) < 120
        and tokens[i + 3].text == ","
    )


def _a_persons_name(gazetteer: Gazetteer, word: str) -> bool:
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
    ("their first child, Hailey,", "son Bryan")."""
    j = i - 2 if i > 1 and tokens[i - 1].text == "," else i - 1
    return j >= 0 and tokens[j].text in KIN_WORDS


def _personal(tokens: list[Token], match: Match) -> bool:
    """Whether the model reads a one-word match as the later part of a person's name
    ("Tom Moore" as one PERSON entity). A PERSON label over the word alone is not
    read: the small model gives it to many towns of local news ("Gainesville")."""
    token = tokens[match.first]
    return token.ent == "PERSON" and token.ent_start < match.start


def _after_name_word(gazetteer: Gazetteer, tokens: list[Token], i: int) -> bool:
    """Whether the word before token ``i`` is a name of its own, written against it."""
    if i == 0:
        return False
    before = tokens[i - 1]
    return (
        _is_name_word(before)
        and tokens[i].start - before.end <= 1
        and key(before.text) not in gazetteer.demonyms
    )


def _double_barrelled(gazetteer: Gazetteer, tokens: list[Token], match: Match) -> bool:
    """Whether a hyphen joins the name to a word no place bears, as in a person's
    double-barrelled surname ("Pat Hugley-Green"), unlike two places joined
    ("Russia-Ukraine war", "the Kharkiv-Belgorod road"), an initialism ("DFL-Cook")
    or a city of some size joined to its county ("Athens-Clarke")."""
    if any(
        p.kind not in SURNAME_KINDS or p.population >= REGION_CITY_POPULATION
        for p in match.candidates
    ):
        return False
    for hyphen, other in ((match.first - 1, match.first - 2), (match.last + 1, match.last + 2)):
        if other < 0 or other >= len(tokens) or tokens[hyphen].text not in ("-", "‐", "‑"):
            continue
        left, right = sorted((hyphen - 1, hyphen + 1))
        word = tokens[other]
        if (
            tokens[left].end == tokens[hyphen].start
            and tokens[hyphen].end == tokens[right].start
            and len(word.text) > 1
            and word.text.isalpha()
            and _capitalised(word)
            and not word.text.isupper()
            and not gazetteer.candidates(key(word.text))
            and key(word.text) not in gazetteer.demonyms
        ):
            return True
    return False


def _is_name_word(token: Token) -> bool:
    """A capitalised word that is not a function word ('In', 'The', 'Near')."""
    lower = token.text.lower()
    return (
        token.text[:1].isalpha()
        and _capitalised(token)
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


def verdict(gazetteer: Gazetteer, tokens: list[Token], match: Match) -> bool:
    """Whether a gazetteer match names a place here, by the signals around it."""
    first, last = tokens[match.first], tokens[match.last]
    words = match.last - match.first + 1
    if match.state:
        match.evidence.add("comma")
        return True
    if match.region_listed or match.feature:
        match.evidence.add("cue")
        return True
    if match.key in gazetteer.demonyms:
        return False
    if words == 1 and match.key in stop_words():
        return False
    before = tokens[match.first - 1] if match.first > 0 else None
    following = match.last + 1
    if following < len(tokens) and tokens[following].text in ("'", "’"):
        following += 1  # a soft sign split off by the tokenizer: "Irpin' ,"
    after = tokens[following] if following < len(tokens) else None
    match.possessive = after is not None and after.text.lower() in ("’s", "'s")
    if after is not None and after.text == "$" and after.start == last.end:
        return False  # a currency: "US$460 million", "A$20"
    if match.possessive and _saint(gazetteer, match):
        return False  # a saint's feast, church or school: "St. Patrick's Day", "St. Mary's"
    cue = (
        (before is not None and before.text.lower() in LOCATIVE_CUES)
        or (after is not None and after.text.lower() in _PLACE_MARKERS)
        or match.near_town
        or _named(tokens, match)
    )
    # "Izium, Kharkiv Oblast, Ukraine": a name in a comma list is read as an address.
    listed = after is not None and after.text == "," and following + 1 < len(tokens)
    civic = after is not None and after.text.lower() in CIVIC_WORDS and not match.adjectival
    if first.ent in PLACE_ENTS:
        match.evidence.add("ner")
    elif words == 1 and _personal(tokens, match) and not listed:
        return False
    if (
        match.surname
        and not match.addressed
        and not (before is not None and before.text.lower() in ADDRESS_CUES)
    ):
        return False
    # A country's initialism qualifies the name after it ("U.S. Army", "UK Foreign
    # Office") and still names the country; no first name is written so.
    attributive = bool(_INITIALISM.match(match.text)) and any(
        p.kind == "country" for p in match.candidates
    )
    if (
        after
        and after.text.lower() in ORGANISATION_WORDS
        and not match.adjectival
        and not attributive
    ):
        return False
    if (
        after is not None
        and _capitalised(after)
        and after.text.lower() in STREET_WORDS
        and not all(p.kind == "admin" for p in match.candidates)
    ):
        return False  # a county's road lies in the county: "Otter Tail County Road 80"
    # The first word of a longer proper name: a person's ("Jordan Peterson", "Austin
    # Mills"), or an organisation's named after a place ("the Texas Fire Service",
    # "Ohio State University", "the Kharkiv Regional Council"), which names the place.
    settlements_only = all(p.kind in ("settlement", "register") for p in match.candidates)
    opens = (
        after is not None
        and not civic
        and not attributive
        and _is_name_word(after)
        and after.start - last.end <= 1
    )
    if (
        opens
        and after is not None
        and _person_opening(gazetteer, tokens, match, after, settlements_only)
    ):
        return False
    if opens and settlements_only and not _seat(match):
        if match.adjectival or not _institution(tokens, following):
            return False
        civic = True
    if _after_name_word(gazetteer, tokens, match.first) or _double_barrelled(
        gazetteer, tokens, match
    ):
        return False
    dateline = match.text.isupper() and _dateline(tokens, match.first, match.last)
    # The tagger reads many a capitalised word opening a sentence as a common noun;
    # a dateline or a civic body after it says otherwise ("TORRINGTON —", "Grovetown
    # police then questioned her").
    if (
        words == 1
        and first.pos in COMMON_POS
        and not (cue or listed or civic or dateline)
        and "ner" not in match.evidence
    ):
        return False
    if cue:
        match.evidence.add("cue")
    if listed:
        match.evidence.add("comma")
    if dateline:
        match.evidence.add("dateline")
    if civic:
        match.evidence.add("civic")
    if match.adjectival:
        match.evidence.add("adjective")
    if first.sent_start and words == 1 and "ner" not in match.evidence:
        match.evidence.add("sentence-start")
        if _subject(first, after):
            match.evidence.add("subject")
    return True


def _institution(tokens: list[Token], i: int) -> bool:
    """Whether the capitalised words from token ``i`` name a local body by what it
    does ("Harwinton Senior Center", "Kanawha Circuit Court", "Byesville Volunteer
    Fire Department"): such a body is named after the town that seats it."""
    for j in range(i, min(len(tokens), i + 4)):
        if not _is_name_word(tokens[j]) or tokens[j].start - tokens[j - 1].end > 1:
            return False
        if tokens[j].text.lower() in INSTITUTION_WORDS:
            return True
    return False


def _seat(match: Match) -> bool:
    """Whether a town opening an organisation's name is large enough, and written as
    its own name (up to the "y" or "i" of romanisations: "Zaporizhzhya"), to be the
    organisation's seat: "Human Rights Watch" folds to Uman, and "Drug", "Federal" or
    "Superior" are villages somewhere."""
    written = _plain(match.text).replace("y", "i")
    return any(
        p.population >= ORGANISATION_SEAT_POPULATION and _plain(p.name).replace("y", "i") == written
        for p in match.candidates
    )


def _person_opening(
    gazetteer: Gazetteer, tokens: list[Token], match: Match, after: Token, settlements_only: bool
) -> bool:
    """Whether a match that opens a longer proper name is a person's given name."""
    if match.first != match.last:
        return False
    first = tokens[match.first]
    if first.ent == "PERSON" and first.ent_end > after.start:
        return True
    if _INITIAL.match(after.text) and settlements_only:
        # A middle initial makes any first word a given name ("Milton J. Little").
        following = match.last + 2
        return following < len(tokens) and _is_name_word(tokens[following])
    return is_listed(first.text, gazetteer.given_names) and (
        settlements_only or is_listed(after.text, gazetteer.surnames)
    )


def _named(tokens: list[Token], match: Match) -> bool:
    """'another small town called Volokhiv Yar', 'a village named Pisky'."""
    if match.first < 2 or tokens[match.first - 1].text.lower() not in NAMING_WORDS:
        return False
    window = tokens[max(0, match.first - 4) : match.first - 1]
    return any(t.text.lower() in SETTLEMENT_NOUNS for t in window)


def _subject(first: Token, after: Token | None) -> bool:
    """A proper noun opening a sentence as the subject of a verb that is not one of
    saying ('Balakliya was surrounded'): a place as often as a person, so the size of
    the best candidate decides (see the parser's acceptance thresholds)."""
    return (
        first.pos == "PROPN"
        and after is not None
        and after.pos in ("AUX", "VERB")
        and after.text.lower() not in SPEECH_VERBS
    )
