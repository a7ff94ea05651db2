"""Judging each found name by the signals around it: a place, or something else.

Finding reads any gazetteer name as a candidate, and most capitalised words are some
village's name somewhere, so a match is kept only when nothing says it is something
else: a person, a unit, an outlet, a demonym or a capitalised common word. The
signals are the ones any reader uses: the words around it, capitalisation, the
tagger's POS and, when present, the model's entity label. What a kept match was
kept on is its evidence, from which the parser sets how large its place must be.
"""

from __future__ import annotations

import itertools

from frontwatch.geo.counties import bare_name, is_county
from frontwatch.geo.front_spellings import FRONT_VILLAGE_KM
from frontwatch.geo.fronts import front_km
from frontwatch.geo.gazetteer import Gazetteer
from frontwatch.geo.inflection import (
    a_common_word,
    forms,
    instrumental,
    is_cyrillic,
    lemmas,
    nominatives,
    only_a_persons_name,
    surnames_governed,
    titled,
)
from frontwatch.geo.keys import key, keys
from frontwatch.geo.match import OWN_TOWN_POPULATION, VILLAGE_POPULATION, Match
from frontwatch.geo.people import cyrillic_surnames, is_listed
from frontwatch.geo.persons import (
    INITIAL,
    SURNAME_KINDS,
    a_persons_name,
    aged,
    personal,
    ukrainian_town,
)
from frontwatch.geo.recognize import (
    INITIALISM,
    REGION_CITY_POPULATION,
    after_a_bylines_date,
    after_a_settlement_abbreviation,
    governs_a_region,
    is_dateline,
    is_name_word,
    opens_a_post,
    plain,
    stop_words,
    stoplisted_organisations,
    stoplisted_people,
)
from frontwatch.geo.resolve import spelled_so
from frontwatch.geo.sources import CYRILLIC_COUNTRIES, WAR_COUNTRIES
from frontwatch.geo.tokens import (
    HYPHENS,
    POSSESSIVES,
    Token,
    after_a_party,
    capitalised,
    governing_word,
    hyphen_at,
)
from frontwatch.geo.words import (
    ADDRESS_CUES,
    AIR_FACILITY_WORDS,
    BORROWED_NAME_WORDS,
    BUILDING_WORDS,
    CAPITALISED_ORGANISATION_WORDS,
    CIVIC_WORDS,
    COMMON_POS,
    COMPASS_WORDS,
    COUNTY_FOLLOWERS,
    COUNTY_OFFICES,
    COUNTY_ROAD_WORDS,
    CYRILLIC_CAPTURE_STEMS,
    CYRILLIC_FACILITY_WORDS,
    CYRILLIC_FEASTS,
    CYRILLIC_MONUMENT_STEMS,
    CYRILLIC_PERSON_TITLES,
    CYRILLIC_PREPOSITIONS,
    CYRILLIC_SOURCE_PHRASES,
    CYRILLIC_STREET_ABBREVIATIONS,
    CYRILLIC_STREET_WORDS,
    DEDICATION_WORDS,
    FACILITY_ABBREVIATIONS,
    FACILITY_WORDS,
    FLEET_WORDS,
    INSTITUTION_WORDS,
    LOCATIVE_CUES,
    MUNICIPAL_WORDS,
    NAMESAKE_DEVELOPMENT_WORDS,
    NAMING_WORDS,
    OPENING_QUOTES,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PERSONS_PREPOSITIONS,
    PLACE_ENTS,
    PLACE_FOLLOWERS,
    PLACE_QUALIFIERS,
    POST_SOVIET_FACILITY_WORDS,
    REGION_NOUNS,
    RESIDENT_WORDS,
    SENTENCE_MODIFIERS,
    SETTLEMENT_NOUNS,
    SHIP_WORDS,
    SPEECH_VERBS,
    STATEMENT_VERBS,
    STREET_WORDS,
    TOWN_CENTRE_WORDS,
    TOWN_OFFICERS,
    TOWN_TITLES,
)

#: Ukrainian prepositions that mean "from" before a genitive and "with" before an
#: instrumental ("з Харкова", but "зустрівся з Макроном").
WITH_WORDS = frozenset({"з", "із", "зі"})
#: Population a town needs for the name of an organisation it opens to count as a
#: mention of it ("Gainesville Regional Utilities"): smaller ones mostly share their
#: name with a common word or a person ("Drug" in "Food and Drug Administration").
ORGANISATION_SEAT_POPULATION = 50_000
#: Population of a city named like a person whose name opening a body's name is the
#: city's (see :func:`_a_citys_body`).
CITY_BODY_POPULATION = 100_000
#: Words after a name that make it a place: roughly there, or where people live.
_PLACE_MARKERS = PLACE_FOLLOWERS | RESIDENT_WORDS


def _facility_after(tokens: list[Token], i: int, match: Match) -> bool:
    """Whether token ``i`` opens a facility's word after a name: "Kherson airport",
    "Vasylkiv air base", "Burshtyn TPP" (a thermal power plant: an abbreviation, so in
    capitals only). Capitalised, as part of a facility's name ("Kherson International
    Airport", "Vasylkiv Air Base"), only after the own name of a town of 10,000 in
    Ukraine, Russia or Belarus, which names its plants and bases so: elsewhere the
    name may be a person's ("Hoover Dam"), and a village's an estate's
    ("Sheremetyevo International Airport" is no Ryazan village)."""
    if i >= len(tokens):
        return False
    word = tokens[i].text
    if word in FACILITY_ABBREVIATIONS or word in FACILITY_WORDS:
        return True
    if word == "air":
        return i + 1 < len(tokens) and tokens[i + 1].text in AIR_FACILITY_WORDS
    return any(
        p.country in CYRILLIC_COUNTRIES
        and p.population >= OWN_TOWN_POPULATION
        and key(p.name) == match.key
        for p in match.candidates
    ) and _institution(tokens, i, NAMED_FACILITY_WORDS)


#: The last words of a facility's name, capitalised after its town's.
NAMED_FACILITY_WORDS = FACILITY_WORDS | AIR_FACILITY_WORDS


def _saint(gazetteer: Gazetteer, match: Match) -> bool:
    """Whether a name is a saint's: "St." and a given name ("St. Patrick"), not a
    city named after one ("St. Petersburg's main street")."""
    words = match.text.split()
    return (
        len(words) == 2
        and match.key.startswith(("saint ", "sainte "))
        and is_listed(words[1], gazetteer.given_names)
    )


#: Compass points as headlines abbreviate them before a town's name ("shots fired in
#: S. Fresno"). A given name before the letter makes it a middle initial, which
#: :mod:`frontwatch.geo.persons` reads first.
COMPASS_ABBREVIATIONS = frozenset({"N.", "S.", "E.", "W.", "N.E.", "N.W.", "S.E.", "S.W."})


def _after_name_word(gazetteer: Gazetteer, tokens: list[Token], i: int) -> bool:
    """Whether the word before token ``i`` is a name of its own, written against it."""
    if i == 0:
        return False
    before = tokens[i - 1]
    if before.sent_start and is_cyrillic(before.text):
        # "Мер Харкова": Ukrainian and Russian put a place after a noun in the
        # genitive, and only a given name opening the sentence makes one name of both.
        return is_listed(before.text, gazetteer.given_names)
    if _opens_a_sentence(tokens, i - 1) and (
        _participle(gazetteer, before.text) or before.text.lower() in SENTENCE_MODIFIERS
    ):
        # A sentence opens with a capital, whatever the word: "Damaged Darivka
        # bridge", "Stranded Lancaster motorist" and "Downtown Kharkiv" name Darivka,
        # Lancaster and Kharkiv.
        return False
    if before.text in COMPASS_ABBREVIATIONS:
        return False  # a part of the town, abbreviated: "in S. Fresno", "N.E. Tulsa"
    return (
        is_name_word(before)
        and tokens[i].start - before.end <= 1
        and key(before.text) not in gazetteer.demonyms
    )


#: The marks that part a date's numbers ("12/09/2022", "12.09.2022", "2022-09-12").
_DATE_MARKS = frozenset({"/", ".", "-", ":"})


def _opens_a_sentence(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` opens a sentence, or a caption after its date ("05/05/2024
    Destroyed Novomykhailivka school"), one token or several as the tokenizer splits it."""
    j = i
    while not tokens[j].sent_start:
        j -= 1
        if j < 0 or not (tokens[j].text[:1].isdigit() or tokens[j].text in _DATE_MARKS):
            return False
    return True


def _placed_by_address(gazetteer: Gazetteer, match: Match, before: Token | None) -> bool:
    """Whether the region or country after a name holds it, and the capitalised word
    before it is no given name: the name is the place, whatever word a caption puts
    before it ("a Russian Armour Column Svatove, Luhansk Oblast"), unlike a person's
    surname before the state they speak for ("Glen Harkey, U.S.")."""
    return (
        match.located and before is not None and not is_listed(before.text, gazetteer.given_names)
    )


#: A town this large may follow a street's name as the rest of its address.
ADDRESS_CITY_POPULATION = 100_000


def _city_after_a_street(match: Match, before: Token | None) -> bool:
    """Whether a city follows a street's name, as the rest of an address ("on
    Shevchenko Ave Mariupol"): a street's name ends with its word. Not a smaller
    place, which is more often a word of a business's name ("Maple Street Bar"),
    nor after "St.", which may be a saint's."""
    return (
        before is not None
        and before.text.lower() in STREET_WORDS
        and before.text.lower() != "st."
        and any(
            p.population >= ADDRESS_CITY_POPULATION and key(p.name) == match.key
            for p in match.candidates
        )
    )


def _participle(gazetteer: Gazetteer, word: str) -> bool:
    """Whether a word is an English verb's participle ("Damaged", "Abandoned"), which
    no name opens with, unlike other words ("Taco Bell", "Thames Valley") and the one
    participle that opens names of countries and parties ("United Russia")."""
    lower = word.lower()
    return (
        lower.endswith(("ed", "ing"))
        and lower != "united"
        and lower in gazetteer.english_words
        and not is_listed(word, gazetteer.surnames)
    )


def _joined_to_a_name(gazetteer: Gazetteer, tokens: list[Token], match: Match) -> bool:
    """Whether a hyphen or an ampersand joins the name to a word no place bears, as
    in a person's double-barrelled surname ("Dana Orr-Lindell") or a firm's name
    ("Barlow & Keene"), unlike two places joined ("Russia-Ukraine war",
    "Trinidad & Tobago"), an initialism ("DFL-Duluth") or a city of some size joined
    to its county by its own name ("Athens-Clarke"; "Nikolaevo-Darino", a Kursk Oblast
    village, is no Mykolaiv, which was once called Nikolaev)."""
    for joint, other in ((match.first - 1, match.first - 2), (match.last + 1, match.last + 2)):
        if other < 0 or other >= len(tokens):
            continue
        word = tokens[other]
        if (
            (hyphen_at(tokens, joint) or tokens[joint].text == "&")
            and len(word.text) > 1
            and word.text.isalpha()
            and capitalised(word)
            and not word.text.isupper()
            and not gazetteer.candidates(key(word.text))
            and key(word.text) not in gazetteer.demonyms
        ):
            return all(
                p.kind in SURNAME_KINDS
                and (p.population < REGION_CITY_POPULATION or key(p.name) != match.key)
                for p in match.candidates
            )
    return False


def _county_abbreviated(tokens: list[Token], match: Match, after: Token | None) -> bool:
    """Whether a county's name written short ("Bledsoe Co.") is the county: before a
    person or a county office ("a Bledsoe Co. woman", "Bledsoe Co. deputies"), or
    where the text writes the county out in full too. Otherwise "Co." is a company's,
    named after a person who shares a county's name ("Lamb Co. makes valves")."""
    if after is not None and after.text.lower() in COUNTY_FOLLOWERS:
        return True
    name = [t.text for t in tokens[match.first : match.last + 1]]
    while name and name[-1] in (".", "Co", "Co."):
        name.pop()
    width = len(name)
    return width > 0 and any(
        token.text == "County" and [t.text for t in tokens[i - width : i]] == name
        for i, token in enumerate(tokens)
        if i >= width
    )


def _after_a_street_address(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` follows a street address and a comma, as the town of the
    address ("418 N. Main Street, Lititz"): a house number, the street's
    capitalised name and its word."""
    if i < 4 or tokens[i - 1].text != "," or tokens[i - 2].text.lower() not in STREET_WORDS:
        return False
    for j in range(i - 3, max(-1, i - 8), -1):
        if tokens[j].text.isdigit():
            return j < i - 3
        if not capitalised(tokens[j]):
            return False
    return False


def _a_name_in_guillemets(tokens: list[Token], match: Match) -> bool:
    """Whether a name that only settlements bear stands alone in guillemets, as
    Ukrainian and Russian write the names of units, groupings, call signs and firms
    ("бійці «Азову»", "группировка «Южная»", "позывной «Ермак»"): a town's name is
    never quoted so, but a facility named after its town is (see
    ``_a_facility_word``), and a plant's or a region's name may be ("«Азовсталь»",
    "так звана «ДНР»")."""
    first, after = match.first, match.last + 1
    return (
        first > 0
        and after < len(tokens)
        and tokens[first - 1].text == "«"
        and tokens[after].text == "»"
        and all(p.kind in ("settlement", "register") for p in match.candidates)
        and not (first > 1 and _a_facility_word(tokens[first - 2].text))
    )


def _a_facility_word(word: str) -> bool:
    """Whether a word names a facility, which takes its town's name in guillemets and
    stands in it ("станцію «Унеча»", "шахти «Торецька»")."""
    return not CYRILLIC_FACILITY_WORDS.isdisjoint(lemmas(word))


def _a_streets_name(tokens: list[Token], i: int) -> bool:
    """Whether a Cyrillic name at token ``i`` follows a word for a street, or its
    abbreviation and a full stop ("на вулиці Харківській", "вул. Сумська"): the
    street's name, not the place it is named after."""
    if i == 0 or not is_cyrillic(tokens[i].text):
        return False
    before = tokens[i - 1]
    if before.text == "." and i >= 2:
        return tokens[i - 2].text.lower() in CYRILLIC_STREET_ABBREVIATIONS
    return not CYRILLIC_STREET_WORDS.isdisjoint(lemmas(before.text))


def _bare_county(match: Match) -> bool:
    """Whether a match is a county's name without its unit word ("Geauga"), which the
    gazetteer files only where no other place bears it (see
    :func:`frontwatch.geo.counties.add_distinctive_bare_names`)."""
    return all(is_county(p) and key(bare_name(p.name)) == match.key for p in match.candidates)


#: Prepositions of place that put a county's bare name in a sentence ("flooding in
#: Geauga"); "of" is not one ("a portrait of Gwinnett").
_COUNTY_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout"})


def _read_as_a_county(match: Match, before: Token | None, after: Token | None) -> bool:
    """Whether the words around a county's bare name make it the county: its residents
    or offices after it ("Geauga deputies"), a person after "a" and it ("a Geauga
    teen"), or a preposition of place before it with no possessive after it
    ("flooding in Geauga", not "in Beckham's absence"). Alone, or before other words,
    a bare name may be a surname no list holds ("the Beckham family") or a river's or
    a college's name."""
    word_after = after.text.lower() if after is not None else ""
    word_before = before.text.lower() if before is not None else ""
    if word_after in RESIDENT_WORDS | COUNTY_OFFICES:
        return True
    if word_after in PERSON_NOUNS:
        return word_before in ("a", "an")
    return word_before in _COUNTY_PREPOSITIONS and not match.possessive


def _home_after_age(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` follows a person's name and age between commas, as news
    gives where a person lives ("Marla Dunphy, 47, Lebanon, was cited")."""
    return i >= 4 and aged(tokens, i - 4)


def _written_as_a_region(tokens: list[Token], match: Match, after: Token | None) -> bool:
    """Whether a lowercase region noun follows the name or, with "of", precedes it:
    "Washington state", "the state of Washington", "Helmand province"; or the
    region's governor follows it ("Texas governor Greg Abbott")."""
    if (after is not None and after.text in REGION_NOUNS) or governs_a_region(tokens, match.last):
        return True
    i = match.first
    return i >= 2 and tokens[i - 1].text == "of" and tokens[i - 2].text in REGION_NOUNS


def verdict(gazetteer: Gazetteer, tokens: list[Token], match: Match) -> bool:
    """Whether a gazetteer match names a place here, by the signals around it."""
    first, last = tokens[match.first], tokens[match.last]
    words = match.last - match.first + 1
    if match.state:
        match.evidence.add("comma")
        return True
    if (
        match.region_listed
        or match.feature
        or match.aliased
        or match.addressing
        or after_a_party(tokens, match.first)
    ):
        match.evidence.add("cue")
        return True
    if (
        match.key in gazetteer.demonyms
        or _model_designation(tokens, match)
        or _a_ships_or_a_fleets(tokens, match)
        or _a_streets_name(tokens, match.first)
        or _a_name_in_guillemets(tokens, match)
        or _a_titled_persons_name(tokens, match)
    ):
        return False
    # After "с." or "смт" a word or a given name is a village's name ("с. Надія").
    abbreviated = after_a_settlement_abbreviation(tokens, match.first)
    if match.key in stop_words() and not match.located and not abbreviated:
        return False
    before = tokens[match.first - 1] if match.first > 0 else None
    following = match.last + 1
    if following < len(tokens) and tokens[following].text in ("'", "’"):
        following += 1  # a soft sign split off by the tokenizer: "Irpin' ,"
    after = tokens[following] if following < len(tokens) else None
    match.possessive = after is not None and after.text.lower() in POSSESSIVES
    match.speaking = after is not None and after.text.lower() in STATEMENT_VERBS
    hashtag = _hashtag(before, first)
    if match.text.rstrip(".").endswith(" Co") and not _county_abbreviated(tokens, match, after):
        return False
    if _bare_county(match) and not (
        _read_as_a_county(match, before, after)
        or _institution(tokens, following, INSTITUTION_WORDS)
    ):
        # A county's body is named after it as a town's is: "the Geauga Medical
        # Center", "Miami-Dade police".
        return False
    if after is not None and after.text == "$" and after.start == last.end:
        return False  # a currency: "US$460 million", "A$20"
    if match.possessive and _saint(gazetteer, match):
        return False  # a saint's feast, church or school: "St. Patrick's Day", "St. Mary's"
    # A Cyrillic name listed after others is governed as the first of them is, and
    # read as that one is after "з": "з Макроном, Шольцом і Мелоні" lists people.
    index = governing_word(tokens, match.first) if is_cyrillic(first.text) else match.first - 1
    governing = tokens[index] if index >= 0 else None
    accompanied = (
        governing is not None
        and governing.text.lower() in WITH_WORDS
        and instrumental(tokens[index + 1].text)
    )
    if accompanied:
        match.evidence.add("with")
    if words == 1 and _a_persons_case(gazetteer, tokens, match, governing):
        return False
    if _a_sources_name(tokens, match) or _honoured_by_a_monument(before, first):
        return False
    if _a_feast(before, match):
        return False
    if _an_organisations_part(tokens, match):
        return False  # "Interfax-Ukraine", "Інтерфакс-Україна"
    cue = (
        (governing is not None and governing.text.lower() in LOCATIVE_CUES and not accompanied)
        or abbreviated
        or (after is not None and after.text.lower() in _PLACE_MARKERS)
        or _facility_after(tokens, following, match)
        or _settlement_written_after(after)
        or match.near_town
        or _named(tokens, match)
        or _persons_home(before, after)
        or hashtag
        or _qualified_after_cue(tokens, match.first)
    )
    if words == 1 and not cue and _cyrillic_surname(first.text, match):
        return False  # "Генерал заявив, що Шевченко та Коваленко отримали нагороди"
    # A verb of capture or assault says a place follows as a preposition does ("ЗСУ
    # звільнили Піщане", "окупанти захопили Синьківку"), but a person may follow it
    # too ("звільнили з полону"), so a surname is still no place after it.
    cue = cue or (before is not None and before.text.lower().startswith(CYRILLIC_CAPTURE_STEMS))
    # "Izium, Kharkiv Oblast, Ukraine": a name in a comma list is read as an address,
    # and so is one set off by commas ("where she worked, Wairoa, were") or opening a
    # caption or a post ("Horenka, drone footage"); not one a clause follows in the
    # middle of a sentence ("the 6-foot, 4-inch Lincoln, wearing his hat").
    listed = (
        after is not None
        and after.text == ","
        and following + 1 < len(tokens)
        and (
            not tokens[following + 1].text[:1].islower()
            or first.sent_start
            or (before is not None and before.text == ",")
        )
    )
    civic = after is not None and after.text.lower() in CIVIC_WORDS and not match.adjectival
    addressed = _after_a_street_address(tokens, match.first)
    cue = cue or addressed
    match.municipal = (
        (after is not None and after.text.lower() in MUNICIPAL_WORDS)
        or _home_after_age(tokens, match.first)
        or addressed
    )
    match.regional = _written_as_a_region(tokens, match, after)
    if after is not None and after.text.lower() in TOWN_OFFICERS:
        match.evidence.add("officers")
    if first.ent in PLACE_ENTS:
        match.evidence.add("ner")
    elif (
        words == 1
        and personal(gazetteer, tokens, match)
        and not listed
        and not ukrainian_town(gazetteer, match)
    ):
        return False
    if (
        match.surname
        and not match.addressed
        and not (before is not None and before.text.lower() in ADDRESS_CUES)
    ):
        return False
    # A country's initialism qualifies the name after it ("U.S. Army", "UK Foreign
    # Office") and still names the country; no first name is written so.
    attributive = bool(INITIALISM.match(match.text)) and any(
        p.kind == "country" for p in match.candidates
    )
    if (
        after
        and after.text.lower() in ORGANISATION_WORDS
        and after.text not in CAPITALISED_ORGANISATION_WORDS
        and not match.adjectival
        and not attributive
        and not _building_of(tokens, following)
        and not _a_government_body(tokens, following)
    ):
        return False
    if (
        after is not None
        and capitalised(after)
        and after.text.lower() in STREET_WORDS
        and not (
            after.text.lower() in COUNTY_ROAD_WORDS
            and all(p.kind == "admin" for p in match.candidates)
        )
    ):
        # A region's road lies in the region ("Polk County Road 12"); a street
        # named after one lies elsewhere ("Sumska Street" in Kharkiv).
        return False
    # The first word of a longer proper name: a person's ("Jordan Peterson", "Austin
    # Mills"), or an organisation's named after a place ("the Ohio Fire Service",
    # "Ohio State University", "the Kharkiv Regional Council"), which names the place.
    settlements_only = all(p.kind in ("settlement", "register") for p in match.candidates)
    opens = (
        after is not None
        and not civic
        and not attributive
        and not hashtag
        and not match.located
        and not abbreviated
        and is_name_word(after)
        and after.start - last.end <= 1
        # "Мер Харкова Ігор Терехов": a given name after a Ukrainian or Russian
        # name opens a person's name of its own.
        and not (is_cyrillic(after.text) and is_listed(after.text, gazetteer.given_names))
    )
    if opens and after is not None and _tagged_a_person(gazetteer, tokens, match, after):
        if a_persons_name(gazetteer, first.text):
            return False
        # The small model calls many a place opening a longer name a person's ("Erie
        # GM Sherry Bassin", "Keep Britain Tidy"), but a word no one bears as a name
        # is a region's name, and a town's where the text names it so elsewhere (see
        # the parser).
        if any(p.kind in ("settlement", "register") for p in match.candidates):
            match.evidence.add("person-entity")
    elif (
        opens
        and after is not None
        and _person_opening(gazetteer, tokens, match, after, settlements_only)
    ):
        return False
    # In a headline in title case every word is capitalised: the words around a name
    # say nothing of it, and only how English a word it is does (see the parser).
    # A Cyrillic name was read as far as any of its case forms runs ("Часів Яр"):
    # a capitalised word after it starts another name ("Ореховом Запорожской области").
    if (
        opens
        and after is not None
        and settlements_only
        and not _seat(gazetteer, tokens, match, after)
        and not match.headline
        and not is_cyrillic(first.text)
    ):
        # A compass word opens the name of a part of the region after it ("Northeast
        # Ohio Medical Center"), not of a town called so.
        if (
            match.adjectival
            or match.text.lower() in COMPASS_WORDS
            or not (
                _institution(tokens, following, _facility_words(match))
                or _town_centre(gazetteer, tokens, match, following)
            )
        ):
            return False
        civic = True
    # Ukrainian and Russian state a place's region in the genitive right after it
    # ("у Работино Запорожской области"), and a body's country ("МЗС України",
    # "Минобороны РФ"), as English does before it ("the U.S. Army").
    genitive_region = is_cyrillic(first.text) and (
        all(p.kind == "admin" for p in match.candidates)
        or (
            before is not None
            and is_cyrillic(before.text)
            and any(p.kind == "country" for p in match.candidates)
        )
    )
    if (
        _after_name_word(gazetteer, tokens, match.first)
        and not match.headline
        and not match.court
        and not genitive_region
        and not _placed_by_address(gazetteer, match, before)
        and not _city_after_a_street(match, before)
    ) or _joined_to_a_name(gazetteer, tokens, match):
        return False
    dateline = (
        match.text.isupper()
        and (
            is_dateline(tokens, match.first, match.last)
            or after_a_bylines_date(tokens, match.first, match.last)
        )
    ) or _cyrillic_dateline(gazetteer, tokens, match)
    # The tagger reads many a capitalised word opening a sentence as a common noun;
    # a dateline or a civic body after it says otherwise ("KUPIANSK —", "Bryansk
    # police later detained two men"). It reads names that are no English word so too
    # ("Izyum rail yard burning"), and a Ukrainian town's that WordNet lists ("Glide
    # bombs striking Kharkiv"): only an English word's tag tells. Opening a sentence,
    # the word is still the place the text names elsewhere ("Sycamore family leads
    # the walk" beside "a fundraiser in Sycamore"), which the parser judges.
    if (
        words == 1
        and first.pos in COMMON_POS
        and not (cue or listed or civic or dateline)
        and "ner" not in match.evidence
        and first.text.lower() in gazetteer.english_words
        and not ukrainian_town(gazetteer, match)
    ):
        if not first.sent_start:
            return False
        match.evidence.add("common-noun")
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
    if match.headline:
        match.evidence.add("headline")
    if is_cyrillic(first.text) and not first.sent_start and not accompanied:
        # In Ukrainian and Russian only names are capitalised mid-sentence, a person's
        # as much as a place's after "з" meaning "with".
        match.evidence.add("cyrillic")
    if first.sent_start and words == 1 and "ner" not in match.evidence:
        match.evidence.add("sentence-start")
        if _subject(first, after):
            match.evidence.add("subject")
    return True


def _cyrillic_dateline(gazetteer: Gazetteer, tokens: list[Token], match: Match) -> bool:
    """Whether a Cyrillic name opens a sentence followed by a colon, a dash or a full
    stop, as a channel's post opens on where it reports from ("Костянтинівка:
    загинули троє", "Волчанск. Наши подразделения..."): a town of the war by a name
    it bears as written, now or once ("Красный Лиман."), which is no common word
    unless a town of 10,000 bears it as its own, up to its spelling in the other
    language ("Суми:", "Сіверськ:": the Ukrainian dictionary knows towns' names as
    nouns). "Мир —", "Воля:" and "Свобода:" open essays, not posts from Mir, Volya
    or Liski (called Svoboda until 1943); "Песков:" quotes the Kremlin's spokesman,
    whose name only declines as Пески's."""
    if not opens_a_post(tokens, match.first, match.last):
        return False
    written = key(match.text)
    bearers = [
        p
        for p in gazetteer.candidates(written) + gazetteer.cyrillic_candidates(written)
        if p.country in WAR_COUNTRIES and p.population >= VILLAGE_POPULATION
    ]
    return bool(bearers) and (
        not a_common_word(match.text)
        or any(p.population >= OWN_TOWN_POPULATION and spelled_so(written, p) for p in bearers)
    )


def _a_titled_persons_name(tokens: list[Token], match: Match) -> bool:
    """Whether a Cyrillic word is a person's name after a rank or a role in its case
    ("генерала Суровикина" is no Surovikino, "губернатор Гусєв" no Gusev), not a place
    after an office in the genitive ("губернатор Курщини")."""
    return (
        match.first == match.last
        and match.first > 0
        and titled(tokens[match.first - 1].text, match.text, CYRILLIC_PERSON_TITLES)
    )


def _model_designation(tokens: list[Token], match: Match) -> bool:
    """Whether a hyphen joins the name to a number, as in a weapon's or an aircraft's
    model ("Su-25", "TOS-1A", "Ka-52", "Grad-1"): no place is written so."""
    joint = match.last + 1
    if joint + 1 >= len(tokens) or tokens[joint].text not in HYPHENS:
        return False
    number = tokens[joint + 1]
    return (
        tokens[joint].start == tokens[match.last].end
        and number.start == tokens[joint].end
        and number.text[:1].isdigit()
    )


def _a_ships_or_a_fleets(tokens: list[Token], match: Match) -> bool:
    """Whether the name is a warship's, after a word for one and perhaps a quotation
    mark ("the cruiser Moskva", "крейсер «Москва»"), or a fleet's ("the Black Sea
    Fleet"; "the Northern Fleet" is no Hampshire town called Fleet). A country after
    a ship's word opens a clause ("the tanker Iran seized")."""
    i = match.first - 1
    if i >= 0 and tokens[i].text in OPENING_QUOTES:
        i -= 1
    if (
        i >= 0
        and tokens[i].text.lower() in SHIP_WORDS
        and not any(p.kind == "country" for p in match.candidates)
    ):
        return True
    after = match.last + 1
    if after < len(tokens) and tokens[after].text in FLEET_WORDS:
        return True
    before = tokens[match.first - 1] if match.first > 0 else None
    return (
        match.text in FLEET_WORDS
        and before is not None
        and capitalised(before)
        and not before.sent_start
    )


def _building_of(tokens: list[Token], i: int) -> bool:
    """Whether the outlet's word at ``i`` names a building of it ("Kyiv TV tower"),
    which stands in the place, not the outlet ("Kyiv TV reported")."""
    return i + 1 < len(tokens) and tokens[i + 1].text.lower() in BUILDING_WORDS


#: Runs after a name that make a unit's or an outlet's word a government's: a
#: department ("the Oregon Division of Forestry"; a military division is never "of"
#: something) and a state's own guard ("the Ohio Army National Guard").
_GOVERNMENT_BODIES = (("Division", "of"), ("Army", "National", "Guard"))


def _a_government_body(tokens: list[Token], i: int) -> bool:
    """Whether the words from token ``i`` name a government's body, which the place
    before them governs, rather than a unit or an outlet named after it."""
    return any(tuple(t.text for t in tokens[i : i + len(run)]) == run for run in _GOVERNMENT_BODIES)


_POST_SOVIET_INSTITUTION_WORDS = INSTITUTION_WORDS | POST_SOVIET_FACILITY_WORDS


def _facility_words(match: Match) -> frozenset[str]:
    """The words that end a body's or a facility's name after this name: a town of
    Ukraine, Russia or Belarus names its plants and public buildings too."""
    if any(p.country in CYRILLIC_COUNTRIES for p in match.candidates):
        return _POST_SOVIET_INSTITUTION_WORDS
    return INSTITUTION_WORDS


def _institution(tokens: list[Token], i: int, words: frozenset[str]) -> bool:
    """Whether the capitalised words from token ``i`` name a local body by what it
    does ("Mercer Circuit Court", "Dorset Volunteer Fire Department", "the Milton
    Correctional Facility"), one of ``words``: such a body is named after the town
    that seats it."""
    for j in range(i, min(len(tokens), i + 4)):
        if not is_name_word(tokens[j]) or tokens[j].start - tokens[j - 1].end > 1:
            return False
        if tokens[j].text.lower() in words or (j == i and tokens[j].text.lower() in TOWN_TITLES):
            return True
    return False


def _town_centre(gazetteer: Gazetteer, tokens: list[Token], match: Match, i: int) -> bool:
    """Whether the words from token ``i`` name the town's community, civic or senior
    center ("the Cuero Senior Center"): a town's own hall, whatever its size. Not
    after a one-word name that is a person's or an English word, which names as many
    ("the Carver Community Center", "the King Senior Center")."""
    return (
        i + 1 < len(tokens)
        and tokens[i].text.lower() in TOWN_CENTRE_WORDS
        and tokens[i + 1].text.lower() in ("center", "centre")
        and not (
            match.first == match.last
            and (
                a_persons_name(gazetteer, match.text)
                or match.text.lower() in gazetteer.english_words
            )
        )
    )


def _seat(gazetteer: Gazetteer, tokens: list[Token], match: Match, after: Token) -> bool:
    """Whether a town opening an organisation's name is large enough, and written as
    its own name (up to the "y" or "i" of romanisations: "Zaporizhzhya"), to be the
    organisation's seat: "Human Rights Watch" folds to Uman, and "Drug", "Federal" or
    "Superior" are villages somewhere. A housing estate or a suburb named after a city
    is no organisation, and lies anywhere ("the Atlanta Estates trailer park" in
    Alabama); the gazetteer holds those that are towns ("Auburn Hills"). Not so in
    the war's countries, where a city's heights are its own ("the Bakhmut Heights")."""
    if after.text in NAMESAKE_DEVELOPMENT_WORDS and not any(
        p.country in CYRILLIC_COUNTRIES for p in match.candidates
    ):
        return False
    if match.last > match.first and _a_towns_own_long_name(gazetteer, tokens, match):
        return True
    written = plain(match.text).replace("y", "i")
    return any(
        p.population >= ORGANISATION_SEAT_POPULATION and plain(p.name).replace("y", "i") == written
        for p in match.candidates
    )


def _a_towns_own_long_name(gazetteer: Gazetteer, tokens: list[Token], match: Match) -> bool:
    """Whether a name of several words opening an organisation's is a town's own
    name, which seats the organisation whatever the town's size ("Cross Lanes
    Elementary School", "the Spring Hill Lions Club"): no word names a body so. Not
    a saint's or a mount's (churches, schools and estates are named after them: "St.
    Anne Academy", "Mount Vernon Hall"), a person's ("Daniel Boone Elementary"), or
    one opening a memorial's, a church's, a park's, a college's or a firm's name,
    which may borrow another place's name (see ``BORROWED_NAME_WORDS``)."""
    first, second = tokens[match.first], tokens[match.first + 1]
    if first.text.lower() in DEDICATION_WORDS:
        return False
    body = itertools.takewhile(is_name_word, tokens[match.last + 1 : match.last + 5])
    if any(word.text.lower() in BORROWED_NAME_WORDS for word in body):
        return False
    if is_listed(first.text, gazetteer.given_names) and is_listed(second.text, gazetteer.surnames):
        return False
    return any(key(p.name) == match.key for p in match.candidates)


def _tagged_a_person(gazetteer: Gazetteer, tokens: list[Token], match: Match, after: Token) -> bool:
    """Whether the model's recogniser reads a one-word match and the word after it as
    a person's name. The small model calls many a Ukrainian town with a word after it
    a person ("Kramatorsk Airfield"); such a town is no one's name (see
    persons.ukrainian_town)."""
    first = tokens[match.first]
    return (
        match.first == match.last
        and first.ent == "PERSON"
        and first.ent_end > after.start
        and not ukrainian_town(gazetteer, match)
    )


def _person_opening(
    gazetteer: Gazetteer, tokens: list[Token], match: Match, after: Token, settlements_only: bool
) -> bool:
    """Whether a match that opens a longer proper name is a person's given name."""
    if match.first != match.last:
        return False
    first = tokens[match.first]
    if INITIAL.match(after.text) and (
        settlements_only or is_listed(first.text, gazetteer.given_names)
    ):
        # A middle initial makes any first word a given name ("Milton J. Little"), and
        # a given name one whatever else bears it ("Victoria L. Hale", not the state).
        following = match.last + 2
        return following < len(tokens) and is_name_word(tokens[following])
    return (
        is_listed(first.text, gazetteer.given_names)
        and (settlements_only or is_listed(after.text, gazetteer.surnames))
        and not _a_citys_body(tokens, match)
    )


def _a_citys_body(tokens: list[Token], match: Match) -> bool:
    """Whether a city of 100,000 or more, by its own name, opens a local body's name:
    "the Alexandria Planning Commission" is the city's, though Alexandria is a given
    name too. A smaller town's name opens as many a body named after a person ("the
    Frederick Douglass Society")."""
    return any(
        p.kind == "settlement" and p.population >= CITY_BODY_POPULATION and key(p.name) == match.key
        for p in match.candidates
    ) and _institution(tokens, match.last + 1, _facility_words(match))


def _settlement_written_after(after: Token | None) -> bool:
    """'Avdiivka town', 'Robotyne village', 'Kherson city': how UCDP and other
    datasets write a settlement, and reports too. Lowercase only: a capitalised noun
    is part of a longer name ("Dodge City", "Kansas City Star")."""
    return after is not None and after.text in SETTLEMENT_NOUNS


def _cyrillic_surname(word: str, match: Match) -> bool:
    """Whether a Cyrillic word is a Ukrainian or Russian surname, in any case, and
    not the name of a city of the region ("Николаев" is Mykolaiv in Russian;
    "Шевченко" is a surname before it is a village in Poltava Oblast, or Aktau's
    name of old)."""
    if not is_cyrillic(word):
        return False
    listed = cyrillic_surnames()
    if word.lower() not in listed and not any(n in listed for n in nominatives(word)):
        return False
    return not any(
        p.population >= REGION_CITY_POPULATION and p.country in CYRILLIC_COUNTRIES
        for p in match.candidates
    )


def _a_persons_case(
    gazetteer: Gazetteer, tokens: list[Token], match: Match, before: Token | None
) -> bool:
    """'У Лаврова ответили', 'від Залужного', 'у Пескова отказались': a word after a
    preposition that is a surname in the case the preposition governs is the person,
    though a preposition is a word of place, unless a name follows it closely, as
    a region does ("біля Залужного Вінницької області", "біля Лаврова на Волині").
    The person must be one the stoplist names, or be named after "у", "від", "от" or
    "з" (which a person follows as readily as a place; "біля Батурина" is Baturyn) by
    a word the Russian dictionary knows only as a person's name and that names no town
    of 5,000 nor a village at a front: "у Климова", "у Стаханова" (Kadiivka's old
    name), "у Шахова" are places. A Russian town only by its own name: Kozlov was
    Michurinsk's till 1932, and "у Козлова" is a person's."""
    first = tokens[match.first]
    if (
        before is None
        or before.text.lower() not in CYRILLIC_PREPOSITIONS
        or not is_cyrillic(first.text)
        or match.located
    ):
        return False
    surnames = surnames_governed(first.text, before.text)
    if not surnames or _a_region_follows(gazetteer, tokens, match.last):
        return False
    personal = before.text.lower() in PERSONS_PREPOSITIONS
    own = {
        name_key
        for form in forms(first.text, before.text)
        for name in _with_neuter(form)
        for name_key in keys(name)
    }
    town = any(
        p.kind == "settlement"
        and p.population >= VILLAGE_POPULATION
        and (p.country == "UA" or (p.country in WAR_COUNTRIES and key(p.name) in own))
        for p in match.candidates
    )
    if any(not stoplisted_people().isdisjoint(keys(surname)) for surname in surnames):
        return personal or not town
    return (
        personal
        and not town
        and only_a_persons_name(first.text)
        and not any(front_km(p.lat, p.lon) <= FRONT_VILLAGE_KM for p in match.candidates)
    )


def _a_sources_name(tokens: list[Token], match: Match) -> bool:
    """Whether a surname's genitive follows a phrase giving the report's source ("по
    словам Лаврова", "за словами Єрмака"): the person speaking, not a village."""
    if match.first < 2 or not is_cyrillic(tokens[match.first].text):
        return False
    phrase = tuple(t.text.lower() for t in tokens[match.first - 2 : match.first])
    # "у" governs the genitive in both languages, as the phrase does.
    return phrase in CYRILLIC_SOURCE_PHRASES and bool(
        surnames_governed(tokens[match.first].text, "у")
    )


def _honoured_by_a_monument(before: Token | None, first: Token) -> bool:
    """Whether a Cyrillic name follows a monument's word: the person it honours
    ("біля пам'ятника Шевченку"), not the villages named after him."""
    return (
        before is not None
        and is_cyrillic(first.text)
        and before.text.lower().startswith(CYRILLIC_MONUMENT_STEMS)
    )


def _a_feast(before: Token | None, match: Match) -> bool:
    """Whether a Cyrillic name after "на" is a church feast's ("на Трійцю")."""
    return (
        before is not None and before.text.lower() == "на" and match.text.lower() in CYRILLIC_FEASTS
    )


def _an_organisations_part(tokens: list[Token], match: Match) -> bool:
    """Whether a name is joined by a hyphen to an organisation's before it, which
    names the organisation's branch there ("Interfax-Ukraine"), not the place."""
    return (
        match.first >= 2
        and hyphen_at(tokens, match.first - 1)
        and key(tokens[match.first - 2].text) in stoplisted_organisations()
    )


def _with_neuter(form: str) -> tuple[str, ...]:
    """A surname's nominative and the Russian town's in -ово, -ево, -ино whose
    genitive it shares ("Климова": Климов, Климово)."""
    return (form, form + "о") if form.endswith(("ов", "ев", "ин")) else (form,)


def _a_region_follows(gazetteer: Gazetteer, tokens: list[Token], last: int) -> bool:
    """Whether a region's name follows token ``last``, alone or after a preposition:
    "Вінницької області", "на Волині", "в Калужской области" (not "в Кремле")."""
    following = tokens[last + 1 : last + 3]
    if following and following[0].text.lower() in CYRILLIC_PREPOSITIONS:
        following = following[1:]
    if not following or not is_cyrillic(following[0].text) or not capitalised(following[0]):
        return False
    return any(
        p.kind == "admin"
        for form in nominatives(following[0].text)
        for p in gazetteer.candidates(key(form))
    )


def _qualified_after_cue(tokens: list[Token], first: int) -> bool:
    """'advanced in central Chasiv Yar', 'entered northern Vovchansk': the part of a
    town where the fighting was, after a word of place. Lowercase only: "Western
    Union" is a body, "in Western Australia" a state the gazetteer names whole."""
    return (
        first >= 2
        and tokens[first - 1].text in PLACE_QUALIFIERS
        and tokens[first - 2].text.lower() in LOCATIVE_CUES
    )


def _hashtag(before: Token | None, first: Token) -> bool:
    """'#Bakhmut', '#Vodiane': a post's tag, which names the place and ends with it."""
    return before is not None and before.text == "#" and before.end == first.start


def _persons_home(before: Token | None, after: Token | None) -> bool:
    """'a Kherson woman', 'an Alexandria man': where the person lives."""
    return (
        before is not None
        and after is not None
        and before.text.lower() in ("a", "an")
        and after.text.lower() in PERSON_NOUNS
    )


def _named(tokens: list[Token], match: Match) -> bool:
    """'a hamlet called Dvorichna', 'a village named Pisky'."""
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
