"""The geoparser: text (or a parsed doc) in, resolved place mentions out."""

from __future__ import annotations

import math
import re
from typing import Literal

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from frontwatch.geo import gazetteer as gazetteer_module
from frontwatch.geo import recognize, resolve, tokens
from frontwatch.geo.address_regions import read_as_regions
from frontwatch.geo.county_names import with_counties_named_in_full
from frontwatch.geo.currencies import clues_paid
from frontwatch.geo.fronts import front_km
from frontwatch.geo.gazetteer import Gazetteer, Place
from frontwatch.geo.inflection import (
    a_common_word,
    genitive_modifier,
    is_cyrillic,
    lemmas,
    reads_as_a_name,
    reads_as_a_word,
    reads_as_an_adjective,
)
from frontwatch.geo.keys import key, skeleton
from frontwatch.geo.match import OWN_TOWN_POPULATION, VILLAGE_POPULATION, Match
from frontwatch.geo.people import is_listed
from frontwatch.geo.phones import clues_called
from frontwatch.geo.sources import CYRILLIC_COUNTRIES, WAR_COUNTRIES, region_seats
from frontwatch.geo.verdict import verdict
from frontwatch.geo.words import (
    CYRILLIC_REGION_NOUNS,
    CYRILLIC_UNIT_NOUNS,
    CYRILLIC_WAR_STEMS,
    PLACE_FOLLOWERS,
    WAR_WORDS,
)
from frontwatch.records import PlaceMention, PlacePrecision

Mode = Literal["model", "fast"]
MODES: tuple[str, ...] = ("model", "fast")

#: Words just before a place that make the location approximate (contract §5).
_NEAR = re.compile(
    r"(?:\bnear(?:by)?|\boutside(?: of)?|\boutskirts of|\bvicinity of|\baround|\bclose to"
    r"|\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?"
    r"(?:[- ]?(?:east|west))? of|\b(?:kilometers|kilometres|km|miles)\s+(?:\w+\s+)?(?:from|of)"
    r"|\bapproaches to|\bdirection of|\btoward(?:s)?|\bfront line near)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|settlement|outskirts|area) of\s+)?$",
    re.IGNORECASE,
)
_AFTER_NEAR = re.compile(rf"^\s+(?:{'|'.join(sorted(PLACE_FOLLOWERS))})\b", re.IGNORECASE)
#: Population below which a name seen with no other sign of being a place is dropped.
MIN_POPULATION = {
    "ner": 0,
    "cue": 1_000,
    "comma": 1_000,
    "dateline": 1_000,
    "civic": 5_000,
    "officers": 1_000,
    "cyrillic": 5_000,
    "adjective": 0,
    # after "з" meaning "with" ("з Макроном"): a person's case, no sign of a place
    "with": 25_000,
    "": 25_000,
}
#: Population a town abroad needs for a capitalised Cyrillic word with no word of place
#: before it ("переговори з Вашингтоном" keeps Washington).
CYRILLIC_ABROAD_POPULATION = 100_000
#: Population a town named like a person ("Mary", "Florence") needs with no other sign.
GIVEN_NAME_POPULATION = 500_000
#: Population needed for a capitalised word at the start of a sentence with no other sign.
SENTENCE_START_POPULATION = 100_000
#: Population a place needs to be read where a title-case headline has an English word
#: by its name ("Missing Lancaster Hiker Found Safe" names no town).
HEADLINE_WORD_POPULATION = 200_000
#: Support in context (see ``Resolved.support``) with which a smaller town opens one;
#: more in Cyrillic, where a sentence opens as often with a common word that villages
#: bear ("Сили оборони", "Курортный сезон"), which no English dictionary filters.
SENTENCE_START_SUPPORT = 1.75
CYRILLIC_SENTENCE_START_SUPPORT = 2.0
#: The same, when the tagger reads it as the proper-noun subject of a verb
#: ('Balakliya was surrounded') in a country the story is about.
SUBJECT_POPULATION = 20_000
ALTERNATIVES = 3
#: Evidence that says only where a name stands, not that it is a place.
POSITIONAL = frozenset({"sentence-start", "subject", "headline"})
#: Evidence against a name that another mention of it in the text may overturn.
DOUBTS = frozenset({"common-noun", "person-entity"})
#: Model components the geoparser does not read: the dependency parser is the
#: slowest part of the small model and only served sentence starts, which spaCy's
#: rule-based sentencizer gives at a fraction of the cost.
UNUSED_COMPONENTS = ("parser", "lemmatizer")


class Geoparser:
    """Finds and resolves every place a text names.

    ``mode="model"`` runs spaCy's small English model (its entity recogniser is one
    signal) when no doc is given; ``mode="fast"`` uses the gazetteer and rules only.
    A doc passed to :meth:`parse` is used as it is: no second model runs.
    """

    def __init__(self, mode: str = "model", gazetteer: Gazetteer | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown geoparser mode {mode!r}: use one of {', '.join(MODES)}")
        self.mode = mode
        self.gazetteer = gazetteer or gazetteer_module.load()
        self._nlp: Language | None = None
        # Applied by hand rather than added to the pipeline: load_model shares one
        # cached pipeline with other stages, which must not see it changed.
        self._sentencizer = Sentencizer()

    @property
    def nlp(self) -> Language:
        """The model with only the tagger and entity recogniser the rules read."""
        if self._nlp is None:
            from frontwatch.nlp import load_model

            self._nlp = load_model(exclude=UNUSED_COMPONENTS)
        return self._nlp

    def tokens(self, text: str, doc: Doc | None) -> list[tokens.Token]:
        if doc is not None:
            return tokens.from_doc(doc)
        if self.mode == "model":
            return tokens.from_doc(self._sentencizer(self.nlp(text)))
        return tokens.from_text(text)

    def parse(self, text: str, doc: Doc | None = None) -> list[PlaceMention]:
        toks = self.tokens(text, doc)
        found = recognize.candidates(self.gazetteer, text, toks)
        verdicts = [verdict(self.gazetteer, toks, m) for m in found]
        kept = [m for m, place in zip(found, verdicts, strict=True) if place]
        # Names read elsewhere in the text as part of a person's or a unit's name
        # ("Sgt. Tom Moore ... Moore was arrested").
        refused = {m.key for m, place in zip(found, verdicts, strict=True) if not place}
        called = clues_called(text, self.gazetteer) + clues_paid(text)
        resolved = read_as_regions(text, resolve.resolve(kept, called), self.gazetteer)
        with_counties = with_counties_named_in_full(toks, kept, resolved)
        if with_counties is not None:
            resolved = read_as_regions(text, resolve.resolve(with_counties, called), self.gazetteer)
        accepted = [r for r in resolved if _accept(r, resolved, refused, self.gazetteer, text)]
        accepted = _listed_with_places(resolved, accepted, refused, self.gazetteer, text)
        if len(accepted) < len(resolved):
            # Read again among the places alone: a name too weak to be kept as a
            # place ("White", "Red") must not pull the others towards its namesakes.
            accepted = resolve.resolve([r.match for r in accepted], called)
            accepted = read_as_regions(text, accepted, self.gazetteer)
        return [self._mention(text, r) for r in accepted]

    def _mention(self, text: str, resolved: resolve.Resolved) -> PlaceMention:
        match = resolved.match
        best = resolved.best
        precision = _precision(text, match, best)
        top = resolved.ranked[0][0]
        others = [p for s, p in resolved.ranked[1:] if top - s < 0.35][:ALTERNATIVES]
        lat, lon = self._drawn_at(best)
        return PlaceMention(
            start=match.start,
            end=match.end,
            text=match.text,
            name=best.name,
            geonames_id=best.geonames_id,
            lat=lat,
            lon=lon,
            country=best.country,
            admin1=self.gazetteer.region_name(best),
            precision=precision,
            score=_confidence(resolved),
            kind=_kind(best),
            alternatives=[self._alternative(match, p, precision) for p in others],
        )

    def _alternative(self, match: Match, place: Place, precision: PlacePrecision) -> PlaceMention:
        lat, lon = self._drawn_at(place)
        return PlaceMention(
            start=match.start,
            end=match.end,
            text=match.text,
            name=place.name,
            geonames_id=place.geonames_id,
            lat=lat,
            lon=lon,
            country=place.country,
            admin1=self.gazetteer.region_name(place),
            precision=resolve.COARSE_KINDS.get(place.kind, precision),
            score=0.0,
            kind=_kind(place),
        )

    def _drawn_at(self, place: Place) -> tuple[float, float]:
        """A first-level region of Ukraine, Russia or Belarus is drawn at its seat (see
        :func:`~frontwatch.geo.sources.region_seats`); any other place at its point."""
        if place.kind == "admin" and place.name == self.gazetteer.region_name(place):
            seat = region_seats().get((place.country or "", place.admin1 or ""))
            if seat is not None:
                return seat
        return place.lat, place.lon


def _kind(place: Place) -> str:
    return "settlement" if place.kind == "register" else place.kind


def _accept(
    resolved: resolve.Resolved,
    everything: list[resolve.Resolved],
    refused: set[str],
    gazetteer: Gazetteer,
    text: str,
) -> bool:
    """Keep a match only when its evidence and its best place's size agree it is a place."""
    best = resolved.best
    match = resolved.match
    evidence = match.evidence
    if _opens_a_longer_name(text, match) or _closes_a_longer_name(text, match, best):
        return False
    if is_cyrillic(match.text) and best.country not in CYRILLIC_COUNTRIES:
        # A Cyrillic word with nothing to vouch for it as a place abroad is a word
        # ("Сили оборони", the Defence Forces, not Chad's Sila region, whose Cyrillic
        # name GeoNames lists) or an initialism, declined or not ("Сили ППО", air
        # defence, not Pô; "скинули КАБи", guided bombs, not an Indian Kab).
        # A country's name is a name ("Франція передасть", "США"), and so is a
        # continent's or a land's abroad ("країни Балтії"), unless the language reads
        # it as a word first ("Того ж дня" is no Togo, "Мали" no Mali).
        if recognize.a_land_abroad(best):
            if evidence <= POSITIONAL and reads_as_a_word(match.text):
                return False
            # Nor is the first word of a longer name the gazetteer lacks: "в районе
            # Малой Локни" is no Mali.
            if CAPITALISED_CYRILLIC_AFTER.match(text, match.end) and reads_as_an_adjective(
                match.text
            ):
                return False
        elif evidence <= POSITIONAL or match.text[:2].isupper() or "with" in evidence:
            # "з Макроном": "з" governs a person in the instrumental, not a place.
            return False
        elif evidence - POSITIONAL <= {"cyrillic"} and best.population < CYRILLIC_ABROAD_POPULATION:
            # Capitals mid-sentence mark people as well as places: "заявил Путин" is
            # no Putina, "бойцы «Вагнера»" no Brazilian Wagner.
            return False
    if (
        is_cyrillic(match.text)
        and evidence - POSITIONAL <= {"cyrillic"}
        and best.kind == "settlement"
        and best.country != "UA"
        and key(best.name) != match.key
        and a_common_word(match.text)
    ):
        # A common word is a place's name only where something says so, and then
        # one its place bears now: "«Свобода Росії»", a legion, is no Liski, which
        # was called Svoboda until 1943. Ukraine's towns keep the Soviet names that
        # Russian reports still write, dictionary words or not ("к Димитрову" is
        # Myrnohrad).
        return False
    if _heads_a_phrase(match, best, text):
        return False
    others = [r.match.evidence for r in everything if r.match.key == match.key]
    vouched = any(e is not evidence and e - POSITIONAL - DOUBTS for e in others)
    if evidence & DOUBTS and not vouched:
        return False
    evidence = evidence - DOUBTS
    if best.kind != "settlement" and best.kind != "register":
        return True
    if match.feature and not resolve.in_its_town(match) and _abroad(best, match, everything):
        # A river or an island named after a town lies by that town in the story's
        # country; by a namesake abroad it is another feature the gazetteer lacks
        # ("a body found in the Kish River" in Illinois is no Iranian island's town).
        return False
    if vouched:
        evidence = evidence | {"cue"}
    elif any(not e & {"sentence-start", "headline"} for e in others):
        # Capitalised mid-sentence elsewhere ("A Gainesville man ..."), the name is a
        # name where a sentence opens with it too ("Irpin man jailed for looting"),
        # and in a headline in title case.
        evidence = evidence - POSITIONAL
    if "headline" in evidence and not vouched and not evidence & {"comma", "ner"}:
        # A headline's capitals say nothing, nor do the capitalised words around a
        # name ("Hit Oil Depot"): a word no English dictionary holds is a name
        # ("Russian Forces Capture Avdiivka"), and an English word a place only if
        # a large one called so itself ("Missing Lancaster Hiker Found Safe"
        # names no place, nor "Russia's Fractured Soul" Seoul).
        if _english(match.text, gazetteer.english_words):
            return best.population >= HEADLINE_WORD_POPULATION and key(best.name) == match.key
        evidence = evidence - POSITIONAL | {"cue"}
    if not evidence - POSITIONAL and _alone(match, text):
        return _a_name_alone(match, best, gazetteer)
    if not evidence - POSITIONAL and _war_town(match, best, gazetteer, text):
        return True
    if "subject" in evidence and not evidence - POSITIONAL:
        home = best.country in _story_countries(everything)
        return home and match.key not in refused and best.population >= SUBJECT_POPULATION
    if "sentence-start" in evidence and not evidence - {"sentence-start"}:
        # "Війська відступили": troops, read back to a form of Biysk; "Украинские
        # дроны": Ukrainian, read back to an old name of Novoukrainskiy.
        a_word = a_common_word(match.text) or reads_as_a_word(match.text)
        if a_word and key(best.name) != match.key:
            return False
        # A smaller town opens a sentence when the rest of the text lies around it
        # ("Athens reported a rise" beside Limestone County and Ardmore is Athens,
        # Alabama), unless a surname could open it as well ("Keller has asked").
        # A city opens one by its name alone, unless a person could ("Mary Okafor
        # chairs the board"), and then only the largest.
        city = best.population >= SENTENCE_START_POPULATION and (
            best.population >= GIVEN_NAME_POPULATION
            or not is_listed(match.text, gazetteer.given_names)
        )
        needed = (
            CYRILLIC_SENTENCE_START_SUPPORT if is_cyrillic(match.text) else SENTENCE_START_SUPPORT
        )
        return city or (resolved.support > needed and not is_listed(match.text, gazetteer.surnames))
    if not evidence - POSITIONAL and is_listed(match.text, gazetteer.given_names):
        # "Mary", "Al", "Marion" alone are people far more often than towns.
        return best.population >= GIVEN_NAME_POPULATION
    needed = min(MIN_POPULATION[e] for e in (evidence - POSITIONAL) | {""})
    if best.country in ("UA", "RU") and evidence & {"cue", "comma", "ner", "adjective"}:
        needed = 0
    return best.population >= needed or resolved.support > 1.6


#: How far behind a front line or the border a Russian town lies in the war's
#: zone: Belgorod, Shebekino, Sudzha. Deeper in, many a town bears a person's name
#: (Korolev, Zhukovsky, Dzerzhinsky).
WAR_ZONE_KM = 100.0
#: A war-zone city this large opens a sentence by any of its names ("Sievierodonetsk",
#: which GeoNames calls Siverskodonetsk); a smaller town only by its own.
WAR_CITY_POPULATION = 50_000


def _war_town(match: Match, best: Place, gazetteer: Gazetteer, text: str) -> bool:
    """Whether a name is a town of the war's zone (Ukraine, and Russia by its front
    lines) of 10,000 people or more, by its own name or a spelling of it with the same
    consonants ("Vugledar" for Vuhledar), a city by any name (see
    ``WAR_CITY_POPULATION``), and in Cyrillic a town by a name no dictionary reads as
    a common word, such as its Russian one ("Угледар" is Vuhledar), that no English
    dictionary holds and no one bears as a given name or surname, in a sentence about
    the war; or a village's, if five villages of Ukraine or more bear it ("Russian
    troops attacked Petrivka"), unless the name is a common word ("Дружба", "Зеленая").
    Such a word is a name, and the town's: a sentence may open with it ("Toretsk came
    under fire") as a headline may (see ``_accept``). A name of several words or parts
    ("Velyka Novosilka", "Kupiansk-Vuzlovyi") is no word, whatever the size of its
    village. A capitalised word after it may make it part of a longer name the
    gazetteer lacks ("Levoberezhnyy Rayon" is a city district, not the town)."""
    words = match.text.split()
    compound = len(words) > 1 or "-" in match.text
    villages = sum(
        p.country == "UA" and p.kind in ("settlement", "register") and key(p.name) == match.key
        for p in match.candidates
    )
    return (
        best.kind in ("settlement", "register")
        and (
            compound
            or best.population >= OWN_TOWN_POPULATION
            or villages >= resolve.COMMON_NAME_BEARERS
        )
        and (
            key(best.name) == match.key
            or skeleton(key(best.name)) == skeleton(match.key)
            or best.population >= WAR_CITY_POPULATION
            or _only_a_name(match)
        )
        and (
            best.country == "UA"
            or (best.country == "RU" and front_km(best.lat, best.lon) <= WAR_ZONE_KM)
        )
        and not NAME_WORD_AFTER.match(text, match.end)
        and (_of_the_war(text, match.start) or _only_a_name(match))
        and not _english(match.text, gazetteer.english_words)
        and (compound or not _a_cyrillic_word(match.text, best))
        and not any(is_listed(w, gazetteer.given_names) for w in words)
        and not any(is_listed(w, gazetteer.surnames) for w in words)
    )


def _alone(match: Match, text: str) -> bool:
    """Whether a name is all the text holds, but for a full stop: a caption, a
    search, an address field ("Chasiv Yar", "Kherson."). No sentence around it says
    what it is, and none need: a text of one name is that name."""
    return (
        _WRITTEN.search(text, 0, match.start) is None
        and _WRITTEN_AFTER.search(text, match.end) is None
    )


#: Anything written before a name, and after it but for a closing full stop.
_WRITTEN = re.compile(r"\S")
_WRITTEN_AFTER = re.compile(r"[^\s.!?]")


def _a_name_alone(match: Match, best: Place, gazetteer: Gazetteer) -> bool:
    """Whether a name alone in its text is its place's: unless it is a word or a
    person's name, which a text of one word means as often ("Reading", "Mary"), and
    which then needs a city as large as a headline's word does, by its own name or,
    in the war's countries, by one it bore ("Dnipropetrovsk", which English
    dictionaries list)."""
    words = match.text.split()
    if (
        _english(match.text, gazetteer.english_words)
        or any(is_listed(w, gazetteer.given_names) for w in words)
        or any(is_listed(w, gazetteer.surnames) for w in words)
        or (is_cyrillic(match.text) and (a_common_word(match.text) or reads_as_a_word(match.text)))
    ):
        return best.population >= HEADLINE_WORD_POPULATION and (
            key(best.name) == match.key or best.country in WAR_COUNTRIES
        )
    return True


def _heads_a_phrase(match: Match, best: Place, text: str) -> bool:
    """Whether a Cyrillic common word that would be a village or a small town abroad
    heads a phrase whose lowercase words in the genitive follow it, a body's name: "У
    Центрі національного спротиву" is no Tsentr in Novosibirsk Oblast, "У Силах
    оборони" no Belgian Silly, whatever the preposition. Ukraine's villages keep
    their names ("у Перемозі"), and an address's comma keeps any."""
    return (
        is_cyrillic(match.text)
        and best.kind == "settlement"
        and best.country != "UA"
        and best.population < OWN_TOWN_POPULATION
        and "comma" not in match.evidence
        and (after := LOWERCASE_CYRILLIC_AFTER.match(text, match.end)) is not None
        and genitive_modifier(after.group(1))
        and a_common_word(match.text)
    )


#: A capitalised Cyrillic word right after a name.
CAPITALISED_CYRILLIC_AFTER = re.compile(r"[ \t]+[А-ЯІЇЄҐЁ]")
#: The lowercase Cyrillic word right after a name.
LOWERCASE_CYRILLIC_AFTER = re.compile(r"[ \t]+([а-яіїєґё][а-яіїєґё'’ʼ-]*)")
#: A capitalised Cyrillic word in lowercase after its first letter right after a name.
TITLED_CYRILLIC_AFTER = re.compile(r"[ \t]([А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ]+)")
#: ... and one right before a name, as a word.
TITLED_CYRILLIC_BEFORE = re.compile(r"(?<![\w'’ʼ-])([А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ]+)[ \t]+$")
#: How many characters before a name that word is looked for in: longer than any
#: Cyrillic adjective.
WORD_REACH = 40


def _opens_a_longer_name(text: str, match: Match) -> bool:
    """Whether a one-word Cyrillic name read as an adjective is the first word of a
    longer name that the gazetteer lacks, the capitalised noun after it the second:
    "в Малую Локню и Казачью Локню" names no village called "Казачьи", as GeoNames
    lists one of Kherson Oblast's. A capitalised adjective after it states a
    district ("в Никольском Белгородского района"), as a region's noun does."""
    if " " in match.text or not is_cyrillic(match.text):
        return False
    after = TITLED_CYRILLIC_AFTER.match(text, match.end)
    if after is None:
        return False
    noun = after.group(1)
    # A headline capitalises a region's noun too ("в Белгородской Области").
    return (
        not lemmas(noun) & (CYRILLIC_REGION_NOUNS | CYRILLIC_UNIT_NOUNS)
        and reads_as_an_adjective(match.text)
        and not reads_as_an_adjective(noun)
    )


def _closes_a_longer_name(text: str, match: Match, best: Place) -> bool:
    """Whether a one-word Cyrillic name of a village is the last word of a longer
    name that the gazetteer lacks, the capitalised adjective before it the first:
    "Ясные Зори" (Belgorod Oblast) is no Donetsk Oblast village called Zori. A town
    keeps its name after an adjective of a headline ("Прифронтовой Купянск")."""
    if " " in match.text or not is_cyrillic(match.text) or best.population >= VILLAGE_POPULATION:
        return False
    before = TITLED_CYRILLIC_BEFORE.search(text, max(0, match.start - WORD_REACH), match.start)
    return (
        before is not None
        and reads_as_an_adjective(before.group(1))
        and not reads_as_an_adjective(match.text)
    )


def _only_a_name(match: Match) -> bool:
    """Whether a Cyrillic name is one no dictionary knows but as a place's ("Бахмут",
    "Волчанск", "Шебекино"): opening a sentence it is no common word capitalised, and
    needs no word of the war beside it ("Шебекино постепенно оживает")."""
    return is_cyrillic(match.text) and reads_as_a_name(match.text)


def _a_cyrillic_word(text: str, best: Place) -> bool:
    """Whether a Cyrillic name reads as a word: an adjective ("Зеленая зона", not
    Zelena), or a common word that names villages but no town of 10,000 ("Дружба між
    народами")."""
    return is_cyrillic(text) and (
        reads_as_a_word(text) or (best.population < OWN_TOWN_POPULATION and a_common_word(text))
    )


def _of_the_war(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` holds a word of the war, before the name
    or after it, in English or in Ukrainian or Russian ("Мирноград перебуває в
    оточенні", "a drone over abandoned Popasna")."""
    window = max(0, at - SENTENCE_REACH)
    opening = max(window - 1, *(text.rfind(end, window, at) for end in SENTENCE_ENDS)) + 1
    sentence = SENTENCE_REST.match(text, at)
    rest = sentence.group() if sentence else ""
    words = re.findall(r"[a-zа-яіїєґ]+", (text[opening:at] + " " + rest).lower())
    return not WAR_WORDS.isdisjoint(words) or any(w.startswith(CYRILLIC_WAR_STEMS) for w in words)


#: The rest of a sentence: up to its full stop, or to the end of the line.
SENTENCE_REST = re.compile(r"[^.!?\n]*")
#: What ends the sentence before a name.
SENTENCE_ENDS = (".", "!", "?", "\n")
#: How far back (characters) the sentence before a name is read: a long text is not
#: searched back to its start for every name.
SENTENCE_REACH = 300
#: A capitalised word right after a name.
NAME_WORD_AFTER = re.compile(r"[ \t]+[A-ZА-ЯІЇЄҐ]")


def _english(text: str, words: frozenset[str]) -> bool:
    """Whether every word of a name is an English word ("New York", "Surprise")."""
    return all(word.lower() in words for word in text.split())


def _listed_with_places(
    resolved: list[resolve.Resolved],
    accepted: list[resolve.Resolved],
    refused: set[str],
    gazetteer: Gazetteer,
    text: str,
) -> list[resolve.Resolved]:
    """The accepted names, less those kept only for a comma after them when the name
    after the comma was judged no place: 'Red' in "the Red, White and Gold Ball" is
    no list of places, as 'Izium' in "Izium, Kharkiv Oblast" is an address."""
    found = {r.match.first for r in resolved}
    kept = {r.match.first for r in accepted}
    for r in sorted(accepted, key=lambda r: -r.match.first):
        if r.match.evidence - POSITIONAL != {"comma"}:
            continue
        after = r.match.last + 2  # the token after the comma
        if after in found and after not in kept:
            r.match.evidence.discard("comma")
            if not _accept(r, resolved, refused, gazetteer, text):
                kept.discard(r.match.first)
    return [r for r in accepted if r.match.first in kept]


def _abroad(place: Place, match: Match, everything: list[resolve.Resolved]) -> bool:
    """Whether a place lies outside every country of the text's other places and far
    from all of them: a river may cross a border ("the Narva River near Ivangorod")."""
    others = [r.best for r in everything if r.match.key != match.key]
    countries = {p.country for p in others}
    return (
        bool(countries)
        and place.country not in countries
        and all(resolve.approx_km(place, p.lat, p.lon) > BORDER_REACH_KM for p in others)
    )


#: How far (km) from the text's other places a feature named after a town abroad may
#: lie and still be that town's: a river crossing a border.
BORDER_REACH_KM = 200.0


def _story_countries(everything: list[resolve.Resolved]) -> set[str]:
    """Countries holding at least half of the places found with a cue or in a list."""
    counts: dict[str, int] = {}
    for r in everything:
        if r.best.country and r.match.evidence & {"cue", "comma", "ner"}:
            counts[r.best.country] = counts.get(r.best.country, 0) + 1
    total = sum(counts.values())
    return {c for c, n in counts.items() if 2 * n >= total}


def _precision(text: str, match: Match, place: Place) -> PlacePrecision:
    coarse = resolve.COARSE_KINDS.get(place.kind)
    if coarse:
        return coarse
    if place.kind == "infrastructure" and place.name.endswith("highway"):
        return "admin"
    before = text[max(0, match.start - 60) : match.start]
    after = text[match.end : match.end + 20]
    if (
        match.axis
        or match.adjectival
        or match.feature
        or _NEAR.search(before)
        or _AFTER_NEAR.match(after)
    ):
        return "near"
    return "exact"


def _confidence(resolved: resolve.Resolved) -> float:
    """A 0..1 belief from the margin over the runner-up: one clear place scores high."""
    if len(resolved.ranked) == 1:
        return 0.95
    return round(min(0.95, 0.5 + 0.45 * math.tanh(2.0 * resolved.margin)), 3)
