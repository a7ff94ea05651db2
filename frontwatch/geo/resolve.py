"""Choosing which of the places that share a name a text means.

Each candidate gets a score from independent signals, the way an analyst reads:
its size (population), whether the matched name is its own name or only an
alternate, the region the text states for it ("Pokrovka, Luhansk region", "in the
Kharkiv region"), the story's country, and its distance to the other places of the
same text (least spread). Resolution reads a text three times: a first choice by the
prior alone, a second in the context of the confident first choices, and a last in
the context of the second's.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from rapidfuzz.distance import OSA

from frontwatch.geo import communities
from frontwatch.geo.counties import is_county
from frontwatch.geo.district_villages import at_its_district_seat
from frontwatch.geo.districts import HROMADA_WORDS, HROMADA_WORDS_CYRILLIC, is_hromada
from frontwatch.geo.fronts import FRONT_COUNTRIES, front_km
from frontwatch.geo.gazetteer import POINT_KINDS, Place
from frontwatch.geo.inflection import is_cyrillic
from frontwatch.geo.keys import key, keys, skeleton, with_ukrainian_qualifiers
from frontwatch.geo.match import OWN_TOWN_POPULATION, VILLAGE_POPULATION, Match
from frontwatch.geo.sources import (
    CLAIMANT,
    CLAIMED_REGIONS,
    CYRILLIC_COUNTRIES,
    WAR_COUNTRIES,
    capitals,
    cities_within,
    former_names,
    region_centres,
)
from frontwatch.geo.words import COMPASS_WORDS, TOWN_FEATURES_AFTER
from frontwatch.records import PlacePrecision

KIND_PRIOR = {
    "continent": 0.9,
    "country": 0.9,
    "admin": 0.45,
    "area": 0.5,
    "river": 0.2,
    "infrastructure": 0.2,
    "settlement": 0.0,
    "register": -0.15,
}
MAX_CANDIDATES = 60
#: Kinds known only to an area, with the precision (contract §5) a mention of one
#: carries; a continent is coarser than any country, so it says no more than one.
COARSE_KINDS: dict[str, PlacePrecision] = {
    "admin": "admin",
    "area": "admin",
    "river": "admin",
    "register": "admin",
    "country": "country",
    "continent": "country",
}


@dataclass
class Resolved:
    match: Match
    ranked: list[tuple[float, Place]]
    #: The best score in the context of the other names' first readings: how well
    #: the text supports any reading of the name, before the readings reinforce
    #: each other in later passes.
    support: float = 0.0

    @property
    def best(self) -> Place:
        return self.ranked[0][1]

    @property
    def margin(self) -> float:
        if len(self.ranked) < 2:
            return 1.0
        return self.ranked[0][0] - self.ranked[1][0]


def approx_km(a: Place, lat: float, lon: float) -> float:
    """Equirectangular distance: within a few per cent of the great circle at the
    scales that matter for context (hundreds of km), and several times cheaper."""
    x = math.radians(lon - a.lon) * math.cos(math.radians((lat + a.lat) / 2))
    y = math.radians(lat - a.lat)
    return 6371.0 * math.hypot(x, y)


#: Context weight of a country mention, against 1.0 for a confidently placed town.
COUNTRY_WEIGHT = 0.3
#: Points of a document used as context: the most confident ones are enough.
MAX_POINTS = 12
#: Pull of the nearest placed town, and the distance over which it fades.
NEIGHBOUR_WEIGHT = 0.8
NEIGHBOUR_KM = 50.0
#: A world city, and how much smaller a namesake abroad is that the story's country
#: alone does not make the one meant: in a US story, "Washington warned Moscow" is
#: Russia's capital, not Moscow, Idaho, which a story that names Idaho, or a town
#: within ``LOCAL_KM`` of it, still finds.
WORLD_CITY_POPULATION = 1_000_000
WORLD_CITY_SHARE = 100
LOCAL_KM = 150.0
#: Penalty on a region that shares its name with a city ("Istanbul", "Moscow"):
#: the bare name means the city; "the Kharkiv region" is matched as the region.
SHARED_NAME_PENALTY = 0.6
#: How far below a town of its name in the stated region a village ranks at best.
RANKED_BELOW = 0.01
#: Penalty on a country or a region for a name its police or mayor follow, and on a
#: town for a name written as a region's ("Washington state").
MUNICIPAL_PENALTY = 1.0
#: Kinds whose point says where they are closely enough to pair with a neighbour:
#: places, and areas of government (a county, a raion; an oblast's point pulls its
#: namesake villages toward its centre, which on the CIR set helps more than harms).
PARTNER_KINDS = POINT_KINDS | {"admin"}


#: Penalty on a town outside the countries at war, short of a world city, for a name
#: written in Cyrillic: romanised, "Саки" is a Nigerian Saki of 180,000 and an
#: Azerbaijani Sheki as well as Crimea's Saky, "Сарни" an Indian Sarni as well as
#: Sarny, but Ukrainian and Russian text about the war means its own.
ROMANISED_ABROAD_PENALTY = 0.3


def prior(place: Place, match: Match) -> float:
    """Size and kind, a bonus for being called by one's own name, and a penalty on a
    town abroad for a name written in Cyrillic (see ``ROMANISED_ABROAD_PENALTY``).

    In the Cyrillic-script countries every romanisation of a place's Ukrainian and
    Russian names is its own: "Volchansk" and "Artemovsk" are how Russian sources
    write Vovchansk and Bakhmut, not lesser names that a Russian village spelled so
    should win by. Unless a town of some size in the same country bears the name now
    ("Novorossiysk" is the port, not Krasnodar, which GeoNames also lists so), or a
    city in any of them does: "Pokrovsk" is the Donetsk Oblast city, not Engels,
    called so until 1931. A smaller town abroad does not: "Volchansk" stays Vovchansk,
    though a Urals town of 10,000 bears the name.
    """
    score = math.log10(place.population + 10) / 7 + KIND_PRIOR.get(place.kind, 0.0)
    if (
        place.kind == "settlement"
        and place.country not in WAR_COUNTRIES
        and place.population < WORLD_CITY_POPULATION
        and is_cyrillic(match.text.split()[0])
    ):
        score -= ROMANISED_ABROAD_PENALTY
    if _own_name(place, match):
        score += 0.25
    return score


def _own_name(place: Place, match: Match) -> bool:
    """Whether the name is the place's own: its name, or in the Cyrillic-script
    countries any romanisation of it (see :func:`prior`)."""
    return key(place.name) == match.key or (
        place.country in CYRILLIC_COUNTRIES
        and place.kind in POINT_KINDS
        and place.country not in match.towns_bearing_it
        and match.cities_bearing_it.isdisjoint(CYRILLIC_COUNTRIES)
    )


@dataclass
class Clue:
    """What one confidently placed name tells about the others in its text."""

    key: str
    country: str | None
    admin1: str | None
    weight: float
    #: The region the name states by being a confidently chosen region itself.
    region: tuple[str, str] | None
    point: tuple[float, float] | None
    #: Whether the name is the country's own ("Syria"), not a place in it.
    nation: bool = False
    #: Whether the clue is the text's currency (see :mod:`frontwatch.geo.currencies`).
    paid: bool = False


@dataclass
class Context:
    """The document's places as context for one name: every other name's clues.

    A name never vouches for itself: the first-pass choice of "Georgia" (the
    country) must not pull "Georgia" away from the US state that the story's
    towns point to, nor a second "Paris" toward the first one's France.
    """

    countries: defaultdict[str, float]
    #: How much of the document's confident places each first-level region holds:
    #: local news names several towns of one state, and an ambiguous town name
    #: belongs with them (Alexandria beside Pineville is the Louisiana one).
    admin1s: defaultdict[tuple[str, str], float]
    regions: set[tuple[str, str]]
    points: list[tuple[float, float]]
    #: The countries the text names.
    nations: set[str] = field(default_factory=set)
    #: The weight of each country the text's currency points to, kept apart from the
    #: places' (see :mod:`frontwatch.geo.currencies`).
    paid: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))

    @classmethod
    def without(cls, clues: Sequence[Clue], stated: set[tuple[str, str]], own: str) -> Context:
        countries: defaultdict[str, float] = defaultdict(float)
        admin1s: defaultdict[tuple[str, str], float] = defaultdict(float)
        regions = set(stated)
        points: list[tuple[float, float]] = []
        nations = set()
        paid: defaultdict[str, float] = defaultdict(float)
        for clue in clues:
            if clue.paid and clue.country:
                paid[clue.country] += clue.weight
                continue
            if _one_name(clue.key, own):
                continue
            if clue.nation and clue.country:
                nations.add(clue.country)
            if clue.country:
                countries[clue.country] += clue.weight
                if clue.admin1:
                    admin1s[(clue.country, clue.admin1)] += clue.weight
            if clue.region:
                regions.add(clue.region)
            if clue.point and clue.point not in points and len(points) < MAX_POINTS:
                points.append(clue.point)
        return cls(countries, admin1s, regions, points, nations, paid)

    @cached_property
    def _total(self) -> float:
        return sum(self.countries.values()) + sum(self.paid.values())

    def _local_to(self, place: Place) -> bool:
        """Whether the story names the place's region, or places of it, or a town
        within a short drive of it."""
        if place.country and place.admin1:
            region = (place.country, place.admin1)
            if region in self.regions or self.admin1s.get(region):
                return True
        return any(approx_km(place, lat, lon) < LOCAL_KM for lat, lon in self.points)

    def score(
        self,
        place: Place,
        namesake: bool = False,
        overshadowed: bool = False,
        eminent_abroad: bool = False,
    ) -> float:
        """``overshadowed``: the place is a far smaller namesake of a world city
        abroad, which the story's country alone does not outweigh (see
        :func:`_overshadowed`); ``eminent_abroad``: a country or a large city abroad
        bears its name, which the text's currency alone does not outweigh (see
        :func:`_eminent_abroad`). A place in a region Russia claims counts with
        Russia's places as with Ukraine's (see ``CLAIMED_REGIONS``)."""
        total = self._total
        score = 0.0
        if total and place.country and not (overshadowed and not self._local_to(place)):
            weight = self.countries[place.country]
            if (place.country, place.admin1) in CLAIMED_REGIONS:
                weight = max(weight, self.countries.get(CLAIMANT, 0.0))
            if not eminent_abroad:
                weight += self.paid.get(place.country, 0.0)
            score += 0.6 * weight / total
        if place.country and place.admin1 and (place.country, place.admin1) in self.regions:
            score += 0.5
        if total and place.country and place.admin1:
            score += 0.4 * self.admin1s[(place.country, place.admin1)] / total
        if self.points and place.kind in POINT_KINDS:
            near = sorted(approx_km(place, lat, lon) for lat, lon in self.points)
            closest = near[: max(1, len(near) // 2 + 1)]
            score += 0.5 * sum(math.exp(-d / 250.0) for d in closest) / len(closest)
            # A namesake within a short drive of a placed town is the one meant
            # ("Holubivka near Kupiansk"), even when a larger one lies 150 km off.
            # Only between namesakes: it must not pull a country's name to a city.
            if namesake:
                score += NEIGHBOUR_WEIGHT * math.exp(-near[0] / NEIGHBOUR_KM)
        return score


def in_its_town(match: Match) -> bool:
    """Whether a feature named after a town lies in it: the town's station."""
    return match.text.rsplit(" ", 1)[-1] in TOWN_FEATURES_AFTER


def _one_name(a: str, b: str) -> bool:
    """Whether two names' keys are one name for context: the same, or a name and a
    quarter or suburb named after it by a compass word ("West Columbia" beside
    "Columbia"). A suburb lies beside whichever namesake the story means, so the two
    must not vouch for each other: each would pull the other to the pair that lies
    together in the wrong state."""
    if a == b:
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    word, _, rest = longer.partition(" ")
    return rest == shorter and word in COMPASS_WORDS


def _clues(first: Sequence[Resolved]) -> list[Clue]:
    clues = []
    guessed: set[str] = set()
    for resolved in first:
        place = resolved.best
        if resolved.match.feature and not in_its_town(resolved.match):
            # A creek or a lake named after a town tells the story's country but not
            # its state: it bears the name of whichever namesake the rest of the text
            # chose, or of a person, so it must not pull the story's towns to the
            # small namesakes beside the largest one. A town's station lies in it.
            clues.append(Clue(resolved.match.key, place.country, None, COUNTRY_WEIGHT, None, None))
            continue
        weight = 1.0 if resolved.margin > 0.15 or len(resolved.ranked) == 1 else 0.3
        if place.kind in ("country", "continent"):
            # A named country is as often an actor ("the U.S. pledged air defence for
            # Odesa") as the setting, so it pulls less than the places in the story.
            weight = min(weight, COUNTRY_WEIGHT)
        confident = weight == 1.0
        if not confident:
            # A guess repeated is still one guess: four mentions of "Lancaster" read
            # by size alone as the Californian city must not outweigh a confidently
            # placed York and Yorkshire in a story from Lancashire.
            if resolved.match.key in guessed:
                continue
            guessed.add(resolved.match.key)
        admin1 = place.admin1 if place.kind != "country" else None
        # Only a confident choice states its region: a first-pass pick among thirty
        # Washington Counties would otherwise vouch for its own state.
        region = (
            (place.country, place.admin1)
            if confident and place.kind == "admin" and place.country and place.admin1
            else None
        )
        point_like = place.kind not in ("continent", "country", "admin", "area")
        point = (place.lat, place.lon) if confident and point_like else None
        nation = place.kind == "country"
        clues.append(Clue(resolved.match.key, place.country, admin1, weight, region, point, nation))
    return clues


def _described_by(match: Match) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The regions and countries a following name states, and those it only implies.

    An oblast or a country is a statement; a settlement implies its region and
    country ('Kazinka, Belgorod, Russia': the village lies in Belgorod's oblast).
    """
    stated = {(p.country, "") for p in match.candidates if p.kind == "country" and p.country}
    stated |= {
        (p.country, p.admin1)
        for p in match.candidates
        if p.kind == "admin" and p.country and p.admin1
    }
    implied: set[tuple[str, str]] = set()
    if not stated and match.candidates:
        top = max(match.candidates, key=lambda p: prior(p, match))
        if top.country and top.admin1 and top.kind == "settlement":
            implied = {(top.country, top.admin1), (top.country, "")}
    return stated, implied


@dataclass
class Statements:
    """What the names after each match say about it, by match index."""

    regions: dict[int, set[tuple[str, str]]]
    #: Regions and countries stated outright (by a region's or a country's name).
    explicit: dict[int, set[tuple[str, str]]]


def _stated_regions(matches: Sequence[Match]) -> Statements:
    """Regions stated right after a place ('Pokrovka, Donetsk region').

    A list of names ('Pokrovka, Donetsk Oblast, Ukraine') states everything that
    follows, so the statements are carried back along the list.
    """
    found = Statements({}, {})
    listed: set[int] = set()
    for i in range(len(matches) - 2, -1, -1):
        here, after = matches[i], matches[i + 1]
        if here.hyphened and _one_name_addressed(here, found.explicit.get(i + 1, set())):
            found.regions[i] = found.regions[i + 1]
            found.explicit[i] = found.explicit[i + 1]
            continue
        if _village_listed_before(here, after) and i + 1 in found.regions:
            # "Novoselivka and Maksymivka, Kharkiv Oblast": the village is the
            # oblast's too, though nothing rules out its namesakes elsewhere.
            found.regions[i] = found.regions[i + 1]
            continue
        if (
            not _next_to(here, after)
            or _a_citys_own(here)
            or after.possessive
            or after.speaking
            or here.paired
            or _countries_listed(here, after, _after_a_country(matches, i))
        ):
            continue
        stated, implied = _described_by(after)
        if _list_of_regions_beside(here, matches, i + 1, stated):
            continue
        carried = found.regions.get(i + 1, set()), found.explicit.get(i + 1, set())
        if _siblings(here, stated, i + 1 in listed or _after_a_region(matches, i)):
            # Regions listed together state only their country.
            listed.add(i)
            stated = {(country, "") for country, _ in stated}
            implied = set()
            carried = ({r for r in carried[0] if not r[1]}, {r for r in carried[1] if not r[1]})
        stated = _with_regions_around(_with_cities_within(here, stated))
        regions = stated | _with_regions_around(implied) | carried[0]
        explicit = stated | carried[1]
        if regions:
            found.regions[i] = regions
        if explicit:
            found.explicit[i] = explicit
    for i in range(1, len(matches)):
        if i not in found.regions and (before := _region_before(matches, i)):
            found.regions[i] = before
    return found


def _a_citys_own(match: Match) -> bool:
    """Whether what follows a name belongs to a city it names, which it does not
    place: "Zaporizhzhia's Komunarskyi district" is the city's own, whatever town of
    Luhansk Oblast once bore the district's name."""
    return match.possessive and any(
        p.kind == "settlement" and p.population >= CITY_FIRST_POPULATION for p in match.candidates
    )


def _region_before(matches: Sequence[Match], i: int) -> set[tuple[str, str]]:
    """The region written before a place that lies in it, as Ukrainian addresses and
    some incident tables write them ("Kharkiv Oblast, Vilkhuvatka"): only implied,
    since a list of places may follow a region ("Kharkiv Oblast, Sumy and Poltava")."""
    before, here = matches[i - 1], matches[i]
    if not _next_to(before, here) or not all(p.kind == "admin" for p in before.candidates):
        return set()
    regions = {(p.country, p.admin1) for p in before.candidates if p.country and p.admin1}
    inside = [
        p for p in here.candidates if p.kind in POINT_KINDS and (p.country, p.admin1) in regions
    ]
    if not inside or any(p.population >= VILLAGE_POPULATION for p in here.candidates):
        return set()
    return _with_regions_around(regions | {(country, "") for country, _ in regions})


def _stated_units(matches: Sequence[Match], statements: Statements) -> dict[int, set[str]]:
    """The raions and communities of Ukraine stated right after a place ("Ivanivka,
    Izium raion", "Stepove in the Avdiivka hromada"), by their P-codes: only those
    in the region the names after them state ("Zakharivka, Pervomaiskyi district,
    Kharkiv region" names no Mykolaiv raion; "Shakhovo, Pokrovsky district, Oryol
    region" no Donetsk one), and none when the name may be another unit the index
    does not place in a community."""
    found: dict[int, set[str]] = {}
    for i in range(len(matches) - 1):
        here, after = matches[i], matches[i + 1]
        if not _next_to(here, after) or after.possessive or after.speaking or here.paired:
            continue
        stated = statements.regions.get(i + 1, set())
        units = [
            p
            for p in after.candidates
            if p.kind == "admin" and (not stated or _placed_as_stated(p, stated))
        ]
        if units and all(p.unit for p in units):
            # A raion abolished in 2020 is read as its seat's community but spanned
            # several, all inside one raion of today ("Novofedorivka, Saky raion").
            named_a_community = after.key.rsplit(" ", 1)[-1] in _HROMADA_KEYS
            found[i] = {
                communities.raion_of(p.unit)
                if is_hromada(p.name) and not named_a_community
                else p.unit
                for p in units
            }
    # Villages listed before the last carry its unit: "Ivanivka, Petrivka and Vesele,
    # Izium raion".
    for i in range(len(matches) - 2, -1, -1):
        here, after = matches[i], matches[i + 1]
        if i not in found and i + 1 in found and _listed_with(here, after):
            found[i] = found[i + 1]
    return found


#: The keys of the last words that name a community, after its adjective.
_HROMADA_KEYS = frozenset(
    key(word).rsplit(" ", 1)[-1] for word in (*HROMADA_WORDS, *HROMADA_WORDS_CYRILLIC)
)


def _village_listed_before(here: Match, after: Match) -> bool:
    """Whether a village stands before another place in a list joined by "and" or
    "or", which an address after the other may then locate too."""
    return (
        not _next_to(here, after)
        and _listed_with(here, after)
        and all(p.population < VILLAGE_POPULATION for p in here.candidates)
    )


def _listed_with(here: Match, after: Match) -> bool:
    """Whether two villages stand side by side in a list ("Ivanivka, Petrivka and")."""
    return here.listed and all(p.kind in POINT_KINDS for p in (*here.candidates, *after.candidates))


#: How far (km) from the centre of a region an address states the first half of a
#: hyphenated pair may lie and be named beside the second: a road or a border
#: between neighbours ("the Kharkiv-Belgorod highway, Belgorod Oblast").
PAIR_REACH_KM = 400


def _one_name_addressed(here: Match, explicit: set[tuple[str, str]]) -> bool:
    """Whether the region an address gives after a hyphenated name is the whole name's
    ("Lima-Pokrovka, Kursk Oblast, Russia": no Lima lies near), not the second half's
    alone, as in a pair of neighbours ("the Lviv-Przemysl, Poland train", "the
    Kharkiv-Belgorod highway, Belgorod Oblast")."""
    known = region_centres()
    centres = [known[r] for r in _regions_in(explicit) if r in known]
    return bool(centres) and not any(
        approx_km(p, lat, lon) <= PAIR_REACH_KM for p in here.candidates for lat, lon in centres
    )


def _list_of_regions_beside(
    here: Match, matches: Sequence[Match], j: int, stated: set[tuple[str, str]]
) -> bool:
    """Whether the region after a place opens a list of regions of one country that
    the place is another member of, not the place's address: "Kramatorsk, Moscow
    Oblast and Bryansk Oblast" names three places hit, none of them in another, but
    "Shebekino, Belgorod and Kursk oblasts" keeps Shebekino in Belgorod Oblast."""
    if j + 1 >= len(matches) or not _regions_in(stated):
        return False
    first, second = matches[j], matches[j + 1]
    if not first.listed or not all(p.kind == "admin" for p in first.candidates):
        return False
    countries = {country for country, _ in stated}
    if not any(p.kind == "admin" and p.country in countries for p in second.candidates):
        return False
    return not any((p.country, p.admin1) in stated for p in here.candidates)


def _countries_listed(here: Match, after: Match, after_a_country: bool) -> bool:
    """Whether a country's name precedes another country's in a list ("Iraq, Iran"),
    where it says nothing of where the first lies: not a town of the second that
    once bore the first's name (Arāk, which GeoNames also calls Iraq). A name that is
    also a region of the second stays an address ("Georgia, USA"), unless a country
    comes before it too ("Mali, Niger, Nigeria": the country, not Nigeria's state)."""
    theirs = {p.country for p in after.candidates if p.kind == "country"}
    return (
        bool(theirs)
        and any(p.kind == "country" and key(p.name) == here.key for p in here.candidates)
        and (
            after_a_country
            or not any(p.kind == "admin" and p.country in theirs for p in here.candidates)
        )
    )


def _after_a_country(matches: Sequence[Match], i: int) -> bool:
    """Whether match ``i`` follows a country's name and a comma, as in a list."""
    if i == 0 or matches[i].start - matches[i - 1].end > 3:
        return False
    before = matches[i - 1]
    return any(p.kind == "country" and key(p.name) == before.key for p in before.candidates)


def _with_cities_within(match: Match, stated: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """A stated region with the cities of its own inside it, when none of the name's
    places lies in the region itself: 'Balaklava, Crimea' is in Sevastopol's city
    region and 'Kronstadt, Leningrad Oblast' in Saint Petersburg's, but 'Lukianivka,
    Kyiv Oblast' is the oblast's village, not the Kyiv quarter of that name."""
    if any((p.country, p.admin1) in stated for p in match.candidates):
        return stated
    return stated | {city for city, around in cities_within().items() if around in stated}


def _with_regions_around(stated: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """A stated city that is a region of its own with the region around it: an
    address names Moscow Oblast by its city ('Podolsk, Moscow, Russia')."""
    around = cities_within()
    return stated | {around[r] for r in stated if r in around}


def _after_a_region(matches: Sequence[Match], i: int) -> bool:
    """Whether match ``i`` follows a region's name and a comma, as in a list of
    states ("Virginia, Washington, West Virginia and Wyoming")."""
    if i == 0 or matches[i].start - matches[i - 1].end > 3:
        return False
    return bool(_own_regions(matches[i - 1]))


def _own_regions(match: Match) -> list[Place]:
    """The regions whose own name the match is ("Washington", not "Washington, D.C.")."""
    return [p for p in match.candidates if p.kind == "admin" and key(p.name) == match.key]


def _siblings(match: Match, stated: set[tuple[str, str]], in_a_list: bool) -> bool:
    """Whether a name is a region beside the regions named after it, as in a list
    ("Arkansas, California, Colorado"), not a town they locate ("Springfield, Ohio"):
    the list says only which country its members are in. A name that is also a town
    of the region after it is that town ("Washington, D.C."), unless the name is
    itself in a list of regions ("Virginia, Washington, West Virginia and Wyoming")."""
    regions = _regions_in(stated)
    if not in_a_list and any(
        p.kind == "settlement" and (p.country, p.admin1) in regions for p in match.candidates
    ):
        return False
    # A raion or a community is a level below the region after it, so never its
    # sibling in a list: "Pokrovskyi district, Donetsk Oblast" is an address, though
    # a district of Kryvyi Rih bears the name too.
    own = [p for p in _own_regions(match) if not p.unit]
    if len(regions) == 1 and any((p.country, p.admin1) in regions for p in own):
        # A county before its state is an address ("Jefferson County, Colo."), though
        # not one county before another in a list ("Madison, Montgomery counties").
        return False
    return any(
        (p.country, p.admin1) not in regions and any(country == p.country for country, _ in regions)
        for p in own
    )


def _contradicted(match: Match, explicit: set[tuple[str, str]]) -> bool:
    """Whether the text puts a place in a country where none of its namesakes is:
    'Trypilly, Donetsk Oblast, Ukraine' is an unknown village, not Tripoli.

    Regions and areas are held to it only by a whole address, a region and then its
    country ('Dublin, Gomel Oblast, Belarus' is a village, not Ireland's capital or
    its county). A country alone may be the next item of a list ('Bavaria, Austria
    and Switzerland') or give disputed land to its claimant ('Crimea, Russia')."""
    countries = {c for c, _ in explicit}
    if not countries:
        return False
    addressed = any(region and (country, "") in explicit for country, region in explicit)
    return not any(_may_lie_in(p, countries, addressed) for p in match.candidates)


def _may_lie_in(place: Place, countries: set[str], addressed: bool) -> bool:
    """Whether stated countries leave room for a place (see ``_contradicted``): a
    country or a sea that the address goes on to name always may, and so may what
    no one country holds, a sea or a bridge between two ("Kerch Bridge, Crimea")."""
    if place.country in countries or place.country is None:
        return True
    if place.kind in POINT_KINDS:
        return False
    return not addressed or place.kind not in ("admin", "area")


#: Countries whose gazetteer lacks villages of under 500 people (GeoNames alone).
UNLISTED_VILLAGE_COUNTRIES = frozenset({"RU", "BY"})
#: A city this large is a first-level region of its own (Minsk, Moscow), which an
#: address may still give with the region around it ("Minsk, Minsk Oblast").
OWN_REGION_CITY_POPULATION = 1_000_000


def _unknown_here(
    match: Match, explicit: set[tuple[str, str]], local: set[tuple[str, str]]
) -> bool:
    """Whether a Russian or Belarusian region the text states holds none of a name's
    places: 'Murom, Belgorod Oblast' is a border village GeoNames does not list, not
    the city 600 km north, and no city abroad is in the region either. In Ukraine
    the register lists every village, so a name
    found only in another oblast there is more likely the report's slip
    ('Lysychansk, Donetsk Oblast') and keeps its town.

    In an address a town states its region too ('Chaika, Belgorod, Russia'), less
    firmly: the town may be a city that is a region of its own (Minsk), or the
    address a slip ('Kursk, Belgorod'), or the names a list ('Shebekino, Kursk and
    Bryansk'), so only villages and small towns (under 10,000 people: 'Rozhdestveno,
    Belgorod' is not the Moscow Oblast village 630 km north) are dropped by it, and
    places under 100,000 when the address ends with its country: 'Nikolskoye,
    Bryansk, Russia' is not the Leningrad Oblast town of 20,000. A city that is a
    region of its own states the region around it as well ('Dzyarzhynsk, Minsk' lies
    in Minsk Oblast). Abroad only a city keeps the name ('Kyiv, Minsk and Riga' lists
    capitals): Moldova's Kamenka does not make 'Kamenka, Gomel, Belarus' a town, and
    no city abroad lies in a region a whole address states. A list that a conjunction
    closes is no address ("поблизу Родинського, Мирнограда, Удачного та Котлиного":
    the Yakut town Udachny states no region for Myrnohrad).
    """
    # A whole address, ending with the country, is no list of places ("Shebekino,
    # Kursk and Bryansk", "Sumy, Kursk and Belgorod regions").
    whole = any(not region for _, region in explicit)
    abroad = math.inf if whole else None
    if _unknown_in_region(match, _regions_in(explicit), OWN_REGION_CITY_POPULATION, abroad):
        return True
    size = CITY_FIRST_POPULATION if whole else OWN_TOWN_POPULATION
    return (
        match.addressed
        and not match.conjoined
        and _unknown_in_region(match, _regions_in(local), size, CITY_FIRST_POPULATION)
    )


#: How far from the centre of a stated oblast a village of another oblast may lie
#: and still be the report's slip of a border: an oblast reaches 100 to 150 km from
#: its centre, so a village across its border lies within about this.
SLIP_REACH_KM = 150


def _fitting_a_slip(match: Match, explicit: set[tuple[str, str]]) -> list[Place] | None:
    """The candidates that lie in a Ukrainian oblast the text states or could be the
    report's slip of it; None when no such oblast is stated, and none at all when the
    name has no place there and none that could be a slip. A slip is a town of 10,000
    or more called so, up to a spelling, whose oblast a writer may mistake
    ('Lysychansk, Donetsk Oblast', 'Izyum, Kyiv Oblast'), not a town that bore the
    name once ("Petrovka, Sumy Oblast" is no Donetsk Oblast town), or a village of the
    name across the stated oblast's border ('Luhanske, Luhansk Oblast' lies just
    inside Donetsk Oblast). Any other village is a namesake far off: 'Pionerske,
    Donetsk Oblast' is a village the register lists under its new name, not Crimea's
    Pionerske 470 km away, and the oblast places it. What lies between countries (the
    Kerch Strait Bridge) fits any region it is said to be in, and so does any area
    but a Ukrainian unit, which lies in one oblast ("Pokrovskyi district, Donetsk
    Oblast" is no district of Kryvyi Rih)."""
    known = region_centres()
    centres = [known[r] for r in _regions_in(explicit) if r[0] == "UA" and r in known]
    if not centres:
        return None
    return [
        p
        for p in match.candidates
        if (p.kind not in POINT_KINDS and not p.unit)
        or p.country is None
        or (p.country, p.admin1) in explicit
        or (
            spelled_so(match.key, p)
            and (
                p.population >= OWN_TOWN_POPULATION
                or (
                    not at_its_district_seat(p.kind, p.unit)
                    and any(approx_km(p, lat, lon) <= SLIP_REACH_KM for lat, lon in centres)
                )
            )
        )
    ]


def _unknown_in_region(
    match: Match, regions: set[tuple[str, str]], exempt: float, abroad: float | None = None
) -> bool:
    """Whether the regions, all Russian or Belarusian, hold none of a name's places
    and none of its places has ``exempt`` people or more (``abroad`` or more outside
    the regions' countries, when given), nor lies between countries (a bridge). A
    first-level region is no place inside another, however many people it has
    ('Ugra, Kaluga Oblast' is not Khanty-Mansi Okrug, also called Yugra), unless
    the name is one of a list of regions ("Курской, Белгородской и Брянской
    областей")."""
    if not regions or not all(c in UNLISTED_VILLAGE_COUNTRIES for c, _ in regions):
        return False
    countries = {c for c, _ in regions}
    return not any(
        p.country is None
        or (p.country, p.admin1) in regions
        or (
            (p.kind != "admin" or match.conjoined)
            and p.population >= (exempt if abroad is None or p.country in countries else abroad)
        )
        for p in match.candidates
    )


def _regions_in(local: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The regions of a statement, without the countries it also names."""
    return {r for r in local if r[1]}


def _loose_fits(pool: list[Place], local: set[tuple[str, str]]) -> list[Place]:
    """The candidates of a loosely read name that lie where the text says: in the
    stated region, or, when only a country is stated, in that country (the
    recognizer has already kept only towns there, see ``ADDRESSED_TOWN_POPULATION``)."""
    regions = _regions_in(local)
    if regions:
        return [p for p in pool if (p.country, p.admin1) in regions]
    countries = {c for c, _ in local}
    return [p for p in pool if p.country in countries]


#: Letters beyond which a loosely read candidate's name is another name that only
#: shares consonants with the text's ("Georgievka" is no Horokhivka).
LOOSE_EDITS = 4


def nearest_spellings(name_key: str, pool: Sequence[Place]) -> list[Place]:
    """The loosely read candidates whose names are spelled most like the text's."""
    written = with_ukrainian_qualifiers(name_key)
    distances = [OSA.distance(written, key(p.name)) for p in pool]
    nearest = min(distances, default=0)
    if nearest > LOOSE_EDITS:
        return []
    return [p for p, d in zip(pool, distances, strict=True) if d == nearest]


def _own_names_first(
    match: Match, pool: list[Place], local: set[tuple[str, str]], context: Context
) -> list[Place]:
    """In a stated region, the places that bear the name as their own, when there are
    any: "Ivanivka, Kherson Oblast" is one of the oblast's Ivanivkas, not the town
    that was called Ivanivka a century ago. Elsewhere a former name keeps its pull
    ("Artemovsk, Donetsk region" is Bakhmut: no village there is called so now).
    A name the town bore until the renamings of 2016 and 2024 is as good as its own:
    "Krasnyi Lyman, Donetsk Oblast" is Lyman, though a village there is called so."""
    regions = _regions_in(local)
    if not regions:
        return _common_names_kept(match, pool, context)
    renamed = _renamed_towns().get(match.key, set())
    own = [
        p
        for p in pool
        if (p.country, p.admin1) in regions
        and (key(p.name) == match.key or (p.country, p.admin1, key(p.name)) in renamed)
    ]
    if not own:
        # None bears it but as another of its names: those spelled nearly so come
        # first ("Aleksandrovka, Donetsk Oblast" is one of the oblast's Oleksandrivkas,
        # not Donetsk, which once bore the name).
        own = [p for p in pool if (p.country, p.admin1) in regions and spelled_so(match.key, p)]
    if not own:
        return pool
    return [p for p in pool if (p.country, p.admin1) not in regions or p in own]


@cache
def _renamed_towns() -> dict[str, set[tuple[str, str, str]]]:
    """Each curated former name's keys → the towns renamed from it (country, admin1,
    present name's key)."""
    towns: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for town in former_names():
        for former in town["former"]:
            for former_key in keys(former):
                towns[former_key].add((town["country"], town["admin1"], key(town["name"])))
    return dict(towns)


#: Letters in which another language's form of a village's name may differ from its
#: own: Russian "Aleksandrovka" is two from Ukrainian "Oleksandrivka".
RESPELT_EDITS = 2
#: Places of a country bearing a name as their own (up to its spelling) from which it
#: is a common village name there, not what a town that once bore it is called.
COMMON_NAME_BEARERS = 5


def _common_names_kept(match: Match, pool: list[Place], context: Context) -> list[Place]:
    """Without the towns that only bore a name many villages of a Cyrillic-script
    country bear now: "Oleksandrivka", the name of a hundred Ukrainian villages, is
    one of them, not Donetsk, which GeoNames also lists so, nor a Kyrgyz town once
    called Aleksandrovka; "Petrivka" is no quarter of Kyiv. A village's name in
    another language's vowels is its own (Russian "Aleksandrovka" is an
    Oleksandrivka). A name few places of a country bear keeps the town there known by
    it, if it is a town of some size of a country of the war or the text names other
    places of its country: "Krasnyi Luch" is Khrustalnyi, "Pervomaiskyi", the name of
    a dozen Russian villages, still the Ukrainian town renamed in 2024, and "Mayak"
    beside Transnistria the Moldovan Maiac. So does a town of a region the text
    names places of, where no place of the region bears the name now: "Sovetsky near
    Kursk" is Kshenskiy, but "Oleksandrivka and Bakhmut" no Donetsk."""
    named = {p for p in pool if _named_so(match, p)}
    bearers = Counter(
        p.country for p in named if p.country in CYRILLIC_COUNTRIES and p.kind in POINT_KINDS
    )
    common = {country for country, n in bearers.items() if n >= COMMON_NAME_BEARERS}
    if not common:
        return pool
    bearing = {(p.country, p.admin1) for p in named}
    return [
        p
        for p in pool
        if p.kind not in POINT_KINDS
        or p in named
        or (
            p.country not in common
            and (
                (p.country is not None and context.countries.get(p.country, 0.0) > 0)
                or (p.country in WAR_COUNTRIES and p.population >= OWN_TOWN_POPULATION)
            )
        )
        or ((p.country, p.admin1) not in bearing and _in_regions_of(context, p))
    ]


def _in_regions_of(context: Context, place: Place) -> bool:
    """Whether the text names other places of a place's region ("Sovetsky near
    Kursk" is the Kursk Oblast town that bore the name)."""
    region = (place.country or "", place.admin1 or "")
    return region in context.regions or context.admin1s.get(region, 0.0) > 0


def _named_so(match: Match, place: Place) -> bool:
    """Whether a place's own name is the text's, up to its vowels."""
    own = key(place.name)
    return own == match.key or skeleton(own) == skeleton(match.key) != ""


def spelled_so(name_key: str, place: Place) -> bool:
    """Whether a place's own name is the text's, up to another language's spelling."""
    return OSA.distance(name_key, key(place.name)) <= RESPELT_EDITS


def _not_its_own_region(matches: Sequence[Match], index: int, pool: list[Place]) -> list[Place]:
    """Without the region that an abbreviation right after the name gives as where it
    lies: a region does not lie in itself, so "New York, N.Y." and "Quebec, Que." are
    the cities."""
    after = matches[index + 1] if index + 1 < len(matches) else None
    if after is None or not after.state or not _next_to(matches[index], after):
        return pool
    return [p for p in pool if p not in after.candidates] or pool


def _in_the_texts_regions(pool: list[Place], context: Context) -> list[Place]:
    """The readings of a legislator's home in the region most of the text's other
    places lie in or state: the legislature's state ("Del. Amy Cole, R-Raleigh" in a
    story of West Virginia's House is Raleigh County there, not North Carolina's
    capital). A town there before a county: "Sen. Jo Kral, DFL-Cook" lives in Cook,
    Minnesota, not in Cook County at the state's far end."""

    def weight(place: Place) -> float:
        if place.country is None or place.admin1 is None:
            return 0.0
        region = (place.country, place.admin1)
        return context.admin1s.get(region, 0.0) + (region in context.regions)

    top = max((weight(p) for p in pool), default=0.0)
    if not top:
        return pool
    inside = [p for p in pool if weight(p) == top]
    return [p for p in inside if p.kind in POINT_KINDS] or inside


def _in_stated_countries(pool: list[Place], explicit: set[tuple[str, str]]) -> list[Place]:
    """Only the candidates in the country the text names after the place, when it has
    any: 'Trypilly, Donetsk Oblast, Ukraine' is not Tripoli, however large Tripoli is,
    and 'Paris, Texas' is not the French capital."""
    countries = {c for c, _ in explicit}
    inside = [p for p in pool if p.country in countries]
    return inside or pool


def _pool(match: Match, stated: set[tuple[str, str]], units: set[str]) -> list[Place]:
    """The most populous candidates, plus every one in a region, raion or community
    the text states: the right Pokrovka is often too small to be among the largest
    sixty."""
    pool = sorted(match.candidates, key=lambda p: -p.population)[:MAX_CANDIDATES]
    kept = set(pool)
    pool += [
        p
        for p in match.candidates
        if p not in kept
        and (
            (p.country, p.admin1) in stated
            or (p.country, "") in stated
            or communities.inside(p.unit, units)
        )
    ]
    return pool


#: Size from which a city outweighs the region of its name in the same country, and
#: every village that only bore its name.
CITY_FIRST_POPULATION = 100_000


def _cities_names_kept(match: Match, pool: list[Place]) -> list[Place]:
    """Without the small places that only bore the name of a city: "Novorossiysk" is
    the port, not a Kherson village of 737 that GeoNames also lists so, however
    Ukrainian the rest of the story. A town of some size keeps its former name
    ("Dzerzhinsk" may be Toretsk), and where no such city bears a name, every place
    that bore it stays a candidate."""
    if not any(
        p.kind == "settlement"
        and p.population >= CITY_FIRST_POPULATION
        and key(p.name) == match.key
        for p in pool
    ):
        return pool
    return [
        p
        for p in pool
        if key(p.name) == match.key
        or p.kind not in POINT_KINDS
        or p.population >= OWN_TOWN_POPULATION
    ]


#: Size from which a city of Ukraine or Russia is what its bare name means. GeoNames
#: lists the quarters of many cities as towns of up to 200,000 (Poltava's Shevchenko,
#: Lviv's Sykhiv), whose names the villages must keep.
LARGE_CITY_POPULATION = 250_000


def _without_a_citys_village_namesakes(
    match: Match, pool: list[Place], local: set[tuple[str, str]]
) -> list[Place]:
    """Without the Ukrainian and Russian villages that share a city's name, where the
    text states no region: a report means the city by the bare name ("the
    Zaporizhzhia front near Robotyne" is the city, not a village of 1,000 by Tokmak
    that lies nearer Robotyne), while a stated oblast still finds the village."""
    if local or not any(
        p.kind == "settlement"
        and p.population >= LARGE_CITY_POPULATION
        and p.country in CYRILLIC_COUNTRIES
        and key(p.name) == match.key
        for p in pool
    ):
        return pool
    return [
        p
        for p in pool
        if p.country not in CYRILLIC_COUNTRIES
        or p.kind not in POINT_KINDS
        or p.population >= VILLAGE_POPULATION
    ]


def _below_a_stated_town(
    match: Match, scored: list[tuple[float, Place]], local: set[tuple[str, str]]
) -> list[tuple[float, Place]]:
    """The scores with each village that shares a town's name in the region the text
    states ranked just below the town: "Borisovka, Belgorod Oblast" is the district
    seat of 14,000, not a village of 700 that lies nearer the oblast's point, toward
    which namesakes are pulled (see ``PARTNER_KINDS``); "Mykolaivka, Donetsk" the
    town by Sloviansk. A village close behind stays the town's alternative."""
    if not local:
        return scored
    towns: dict[tuple[str | None, str | None], float] = {}
    for score, place in scored:
        region = (place.country, place.admin1)
        if (
            place.kind == "settlement"
            and place.population >= OWN_TOWN_POPULATION
            and key(place.name) == match.key
            and region in local
        ):
            towns[region] = max(score, towns.get(region, score))
    if not towns:
        return scored
    return [
        (min(score, towns[(p.country, p.admin1)] - RANKED_BELOW), p)
        if (p.country, p.admin1) in towns
        and p.kind in POINT_KINDS
        and p.population < VILLAGE_POPULATION
        and key(p.name) == match.key
        else (score, p)
        for score, p in scored
    ]


#: How near a front a town must lie, and how far behind every front all of a stated
#: oblast's villages of its name, for the town to be what a report that puts it in
#: the wrong oblast means (see ``_below_a_front_town_across``).
FRONT_TOWN_KM = 10.0
QUIET_VILLAGE_KM = 20.0


def _below_a_front_town_across(
    match: Match, scored: list[tuple[float, Place]], local: set[tuple[str, str]]
) -> list[tuple[float, Place]]:
    """The scores with the stated oblast's villages of a name ranked just below a
    town of 10,000 or more of that name on a front in a neighbouring oblast, when
    every one of those villages lies far behind any front: "Lyman, Luhansk Oblast" in
    a war report is the town the fighting was for, a few km over the Donetsk Oblast
    line, not one of two hamlets of Luhansk Oblast 40 and 60 km from any front. A
    village of the stated oblast on a front keeps the name ("Rubizhne, Kharkiv
    Oblast"), and so does any town there."""
    stated = {region for region in local if region[0] in FRONT_COUNTRIES and region[1]}
    if not stated:
        return scored
    named = [(s, p) for s, p in scored if p.kind in POINT_KINDS and key(p.name) == match.key]
    villages = [p for _, p in named if (p.country, p.admin1) in stated]
    if not villages or any(
        p.population >= VILLAGE_POPULATION or front_km(p.lat, p.lon) < QUIET_VILLAGE_KM
        for p in villages
    ):
        return scored
    known = region_centres()
    centres = [known[r] for r in stated if r in known]
    towns = [
        s
        for s, p in named
        if p.kind == "settlement"
        and p.population >= OWN_TOWN_POPULATION
        and (p.country, p.admin1) not in stated
        and front_km(p.lat, p.lon) <= FRONT_TOWN_KM
        and any(approx_km(p, lat, lon) <= SLIP_REACH_KM for lat, lon in centres)
    ]
    if not towns:
        return scored
    ceiling = max(towns) - RANKED_BELOW
    return [(min(s, ceiling), p) if p in villages else (s, p) for s, p in scored]


def _without_a_regions_town_namesakes(
    match: Match, pool: list[Place], local: set[tuple[str, str]], municipal: bool
) -> list[Place]:
    """Without the towns that share a region's name in its country, where the text
    states no region for the name and gives it no police or mayor: a bare "Nevada"
    beside Iowa and Missouri is the state, not the Iowa town of 7,000 that the
    context of Iowa would otherwise pull it to. A city keeps its name ("Washington")."""
    if local or municipal:
        return pool
    regions = {p.country for p in pool if p.kind == "admin" and key(p.name) == match.key}
    if not regions:
        return pool
    return [
        p
        for p in pool
        if p.kind not in POINT_KINDS
        or p.country not in regions
        or p.population >= CITY_FIRST_POPULATION
    ]


def _towns_of_its_name(match: Match, pool: Sequence[Place], described: bool) -> list[Place]:
    """The towns that a bare name meaning both a town and a region may mean: none
    when it describes the place before it ('Albany, New York') or is an adjective
    (see :func:`_yields_to_a_town`)."""
    if described or match.adjectival:
        return []
    return [
        p
        for p in pool
        if p.kind == "settlement"
        and p.population >= OWN_TOWN_POPULATION
        and key(p.name) == match.key
        and p.country
    ]


def _yields_to_a_town(region: Place, towns: Sequence[Place]) -> bool:
    """Whether a region gives way to a town of its name: a city in its own country
    ('Istanbul', 'Kharkiv') or abroad at least half its size ('Gaza' is Gaza City,
    not the Mozambican province), or a town inside it: a raion named after its
    centre, as "Bilhorod-Dnistrovskyi" is, is the town's when the text does not say
    raion. A city abroad far smaller than the region never displaces it ('Ontario',
    'Fife'), nor a town elsewhere in the country ('Delaware' is no Ohio town)."""
    return any(
        (
            town.population >= CITY_FIRST_POPULATION
            and (town.country == region.country or 2 * town.population >= region.population)
        )
        or (town.country, town.admin1) == (region.country, region.admin1)
        for town in towns
    )


def _world_cities(match: Match, pool: Sequence[Place]) -> list[tuple[Place, int]]:
    """The cities that bear the name as their own and overshadow their namesakes
    abroad, each with how many times smaller a namesake must be to be overshadowed:
    a city of 1,000,000 or more, a hundred times; in a sentence of the war, a city of
    the war, any smaller ("drones struck Odessa" is Ukraine's port of a million,
    not the Texas town of 114,000, though the story names Washington)."""
    cities = []
    for p in pool:
        if p.kind != "settlement":
            continue
        if match.of_the_war and _a_war_city(p) and _own_name(p, match):
            cities.append((p, 1))
        elif p.population >= WORLD_CITY_POPULATION and key(p.name) == match.key:
            cities.append((p, WORLD_CITY_SHARE))
    return cities


def _a_war_city(place: Place) -> bool:
    """Whether a place is a city by a front, whose name a sentence of the war means."""
    return (
        place.country in FRONT_COUNTRIES
        and place.population >= CITY_FIRST_POPULATION
        and front_km(place.lat, place.lon) <= WAR_CITY_KM
    )


#: A city abroad large enough that the text's currency alone does not make a
#: namesake the one meant (see :mod:`frontwatch.geo.currencies`).
EMINENT_POPULATION = 500_000


def _eminent_abroad(match: Match, pool: Sequence[Place]) -> set[Place]:
    """The places that share their name with a country or a city of
    ``EMINENT_POPULATION`` in another country: "Athens" in a story counted in
    dollars may be in Georgia, but only a state or a town named in the text says so."""
    eminent = [
        p
        for p in pool
        if p.kind == "country"
        or (
            p.kind == "settlement"
            and p.population >= EMINENT_POPULATION
            and key(p.name) == match.key
        )
    ]
    return {p for p in pool if any(p.country != e.country for e in eminent)}


def _overshadowed(pool: Sequence[Place], world: Sequence[tuple[Place, int]]) -> set[Place]:
    """The places in another country than a world city of their name, and smaller
    than it by its share."""
    return {
        p
        for p in pool
        if p.kind in POINT_KINDS
        and any(
            p.country != city.country and share * p.population < city.population
            for city, share in world
        )
    }


def _without_the_overshadowed(
    pool: list[Place],
    overshadowed: set[Place],
    world: Sequence[tuple[Place, int]],
    local: set[tuple[str, str]],
    context: Context,
) -> list[Place]:
    """Without a world city's far smaller namesakes abroad, where the text names the
    city's country and states no region for the name: beside Syria, "Damascus" is the
    capital, though the story's Washington lies 40 km from Damascus, Maryland."""
    if local or not any(city.country in context.nations for city, _ in world):
        return pool
    return [p for p in pool if p not in overshadowed]


def _the_government(match: Match, pool: list[Place]) -> list[Place]:
    """A name that speaks ("Washington warned", "Washington said") is a government,
    and so the capital of its name rather than a state or a town of it: the state of
    Washington has ten times the people of the capital, and the story may name no
    other place to tell them apart. A country of the name speaks for itself."""
    if not match.speaking or any(p.kind == "country" for p in pool):
        return pool
    named = capitals()
    seats = [p for p in pool if p.kind == "settlement" and named.get(p.country or "") == match.key]
    return [max(seats, key=lambda p: p.population)] if seats else pool


def _namesakes(match: Match, pool: Sequence[Place]) -> set[Place]:
    """Point-like candidates carrying the matched name, when there are several."""
    same = {p for p in pool if p.kind in POINT_KINDS and key(p.name) == match.key}
    return same if len(same) > 1 else set()


def _villages_of_one_name(match: Match, pool: Sequence[Place], namesakes: set[Place]) -> set[Place]:
    """The namesakes the front tells apart: those carrying the matched name or, when
    none bears it as written, those that share one name of their own, the text's
    being another language's form of it ("Novomikhailovka, Donetsk Oblast" is one of
    the oblast's three Novomykhailivkas)."""
    if namesakes or any(key(p.name) == match.key for p in pool):
        return namesakes
    points = [p for p in pool if p.kind in POINT_KINDS]
    by_name = Counter(key(p.name) for p in points)
    return {p for p in points if by_name[key(p.name)] > 1}


#: How much nearer a front line a namesake village ranks, at most, than one
#: ``FRONT_KM`` or more behind it (see :mod:`frontwatch.geo.fronts`), when all of
#: them are villages (``VILLAGE_POPULATION``).
FRONT_WEIGHT = 1.0
FRONT_KM = 20.0
#: How near a line a village counts as on it: the lines join town centres tens of
#: km apart, so a few km from one says nothing more than "on the front". Stavky by
#: Lyman, 5 km from the line, is the village of the fighting, not a namesake
#: register entry whose hromada's centroid happens to lie on the 2014 line.
ON_THE_LINE_KM = 3.0
#: How much each km from the line still counts among villages all on it: only
#: enough to order them as before, never to outweigh another clue.
ALONG_THE_LINE_WEIGHT = 1e-4


def _behind_the_line(place: Place) -> float:
    """Kilometres a place lies behind the nearest front line, beyond what the line
    itself can tell; within that, a hair's weight per km, so that two villages both
    on it keep the nearer first however the name was spelt."""
    distance = front_km(place.lat, place.lon)
    return max(0.0, distance - ON_THE_LINE_KM) + ALONG_THE_LINE_WEIGHT * distance


def _front_pull(namesakes: set[Place], regions: set[tuple[str, str]]) -> dict[Place, float]:
    """How far each village of a name in the region the text states ranks below the
    one nearest the front. Only there, or, when none lies in a stated Ukrainian
    oblast, among the villages across its border that may be the report's slip of it
    (see :func:`_fitting_a_slip`: "Krasnopillia, Kharkiv Oblast" is the Donetsk
    Oblast village by Izium, not the Dnipropetrovsk one): elsewhere the text's other
    places say where it is, and the front would only add noise. A penalty, never a
    bonus: the front tells apart villages that are all places, but must not make a
    word more of a place."""
    inside = {p for p in namesakes if (p.country, p.admin1) in regions}
    if not inside and any(country == "UA" for country, _ in regions):
        inside = {p for p in namesakes if p.country == "UA"}
    namesakes = inside
    if any(p.population >= VILLAGE_POPULATION for p in namesakes):
        return {}
    pulls = {
        place: FRONT_WEIGHT * max(0.0, 1 - _behind_the_line(place) / FRONT_KM)
        for place in namesakes
        if place.country in CYRILLIC_COUNTRIES
    }
    strongest = max(pulls.values(), default=0.0)
    return {place: pull - strongest for place, pull in pulls.items()} if strongest else {}


#: Pull of the front on the towns an axis may be named after, and the distance (km)
#: over which it fades: the Lyman axis is the Donetsk Oblast town on the front, not
#: the Kharkiv Oblast village of the name 20 km behind the 2022 line, however many
#: Kharkiv Oblast towns the report names beside it.
AXIS_FRONT_WEIGHT = 1.0
AXIS_FRONT_KM = 20.0
#: Pull of the front on the places a sentence of the fighting or of its damage
#: names, and the distance (km) over which it fades, linearly: less than on an axis
#: and over a wider reach, since such a sentence may name a town behind the front
#: ("troops from Lviv fought at Bakhmut"), and the fighting reaches tens of km. A
#: village on the front outranks a namesake town of 15,000 in Cherkasy Oblast,
#: which no fighting came near ("Russian troops in Kamianka"), but not the town of
#: the name 25 km behind it ("shelling of Mykolaivka").
FOUGHT_OVER_WEIGHT = 0.8
FOUGHT_OVER_KM = 100.0
#: How far behind a front a city of a name may lie and still be what the name means
#: in a sentence of the fighting (see ``_front_weight``).
WAR_CITY_KM = 500.0


def _front_weight(match: Match, pool: Sequence[Place]) -> float:
    """How much the front pulls a name's places: on an axis (see :mod:`axes`) or in a
    sentence of the fighting on the ground, unless a city bears the name, which the
    name means wherever its namesakes lie: "the Zaporizhzhia front" is the city's,
    not a village of the name by Tokmak. A city far from the war does not: "fighting
    at Северск" is Siversk, not the Siberian city of 110,000."""
    if not (match.axis or match.fought_over) or any(
        p.kind == "settlement"
        and p.population >= CITY_FIRST_POPULATION
        and front_km(p.lat, p.lon) <= WAR_CITY_KM
        for p in pool
    ):
        return 0.0
    return AXIS_FRONT_WEIGHT if match.axis else FOUGHT_OVER_WEIGHT


def _nearness_to_front(place: Place, axis: bool) -> float:
    """1 on a front line, for the places of the countries at war, falling behind it:
    for an axis's town by e for every ``AXIS_FRONT_KM`` (0.37 at 20 km, 0.05 at 60
    km), for a place of the fighting to 0 at ``FOUGHT_OVER_KM``."""
    if place.kind not in POINT_KINDS or place.country not in FRONT_COUNTRIES:
        return 0.0
    behind = front_km(place.lat, place.lon)
    if axis:
        return math.exp(-behind / AXIS_FRONT_KM)
    return max(0.0, 1 - behind / FOUGHT_OVER_KM)


#: Names with at most this many readings may vouch for each other by lying together.
PARTNER_READINGS = 12
#: ... or whose readings, multiplied by those of the name they vouch for, are at most
#: this many pairs.
PARTNER_PAIRS = PARTNER_READINGS * PARTNER_READINGS
#: ... and a county with a town may vouch for each other up to this many pairs: a
#: town lies inside one county, so few of a common town name's thirty readings fall
#: inside any of twenty namesake counties by chance ("Richmond" beside "Madison
#: County" is the Kentucky seat, not the Virginia capital).
COUNTY_PAIRS = 1000
#: Pull of a reading of another name lying beside a candidate, and the distance (km)
#: over which it fades: a town inside the county the text also names.
PARTNER_WEIGHT = 0.8
PARTNER_KM = 30.0
#: Grid cell (degrees) for finding readings near a candidate without comparing all.
_CELL = 0.5


class Partners:
    """Readings of a document's few-reading names that lie together.

    "Huntsville" and "Walker County" each name several places, and the first guess
    for each alone (Huntsville, Alabama) need not fit the other; the pair that lies
    together (Huntsville inside Walker County, Texas) is the one meant. Only names
    with few readings vouch: among the hundreds of Pokrovkas and Ivanivkas, two will
    lie side by side somewhere by chance. A name with a few more readings vouches
    for one with few enough that the pair stays unlikely by chance ("Paris", 14
    places, for Henry County, 10: Paris, Tennessee is its seat).
    """

    def __init__(self, matches: Sequence[Match], readings_of: Sequence[list[Place]]) -> None:
        self._cells: defaultdict[tuple[int, int], list[tuple[str, int, Place]]] = defaultdict(list)
        self._bonuses: dict[tuple[int, str], float] = {}
        for match, readings in zip(matches, readings_of, strict=True):
            if _names_a_country(match):
                continue
            if 1 < len(readings) <= PARTNER_PAIRS or len(match.candidates) == 1:
                for place in readings:
                    cell = self._cells[_cell(place.lat, place.lon)]
                    cell.append((match.key, len(readings), place))

    def bonus(self, place: Place, own: str, own_readings: int) -> float:
        """The pull on one of a name's readings (see :func:`_readings`) from the
        nearest reading of each other name that may vouch for it: a town between
        two named counties is pulled by both. It does not depend on the other names'
        choices, so each pass of resolution reads it once."""
        if not self._cells:
            return 0.0
        known = self._bonuses.get((id(place), own))
        if known is None:
            known = self._bonuses[(id(place), own)] = self._pull(place, own, own_readings)
        return known

    def _pull(self, place: Place, own: str, own_readings: int) -> float:
        row, col = _cell(place.lat, place.lon)
        nearest: dict[str, float] = {}
        for r in (row - 1, row, row + 1):
            for c in (col - 1, col, col + 1):
                for name, readings, other in self._cells.get((r, c), ()):
                    if _one_name(name, own) or (
                        readings > PARTNER_READINGS
                        and readings * own_readings
                        > (COUNTY_PAIRS if is_county(place) != is_county(other) else PARTNER_PAIRS)
                    ):
                        continue
                    d = approx_km(place, other.lat, other.lon)
                    if d < nearest.get(name, math.inf):
                        nearest[name] = d
        return PARTNER_WEIGHT * sum(math.exp(-d / PARTNER_KM) for d in nearest.values())


def _names_a_country(match: Match) -> bool:
    """A country's name vouches for none of its namesake towns' neighbours: 'Mexico'
    beside 'Texas' is the country, and must not pull Texas to a Mexican hamlet. A
    town of the name can still be pulled toward its own county ('Lebanon' beside
    'Boone County' is Lebanon, Indiana)."""
    return any(p.kind in ("country", "continent") for p in match.candidates)


def _readings(match: Match) -> list[Place]:
    """The candidates that carry the name as their own and sit at a telling point
    (so the pull of a neighbour never turns 'Mexico' into Mexico City). A Ukrainian
    community or city district bears every name the index gives it ("Shevchenkivskyi
    district" is Kharkiv's beside Kharkiv) and is small enough for its centroid to
    tell; a raion's lies too far from most of its villages."""
    return [
        p
        for p in match.candidates
        if p.kind in PARTNER_KINDS
        and (key(p.name) == match.key or (p.kind == "admin" and communities.is_community(p.unit)))
    ]


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL), math.floor(lon / _CELL)


def _next_to(here: Match, after: Match) -> bool:
    """Whether a name directly follows another in the same statement, where it may
    say where the other lies ("Pokrovka, Donetsk region", "Pogrebki in Kursk
    region"), not where it opens the next statement ("flew to Rostov. Istanbul will
    host the talks")."""
    return (after.start - here.end <= 3 or here.placed_in) and not here.parted


def _described(matches: Sequence[Match], index: int) -> bool:
    return index > 0 and _next_to(matches[index - 1], matches[index])


#: Namesakes tied at the top count each other within this distance (km) when one
#: must be named: the 25 km within which a place counts as found.
TIE_KM = 25.0


def _densest_first(ranked: list[tuple[float, Place]]) -> list[tuple[float, Place]]:
    """Among namesakes that nothing in the text tells apart (nine register villages
    called Vesele in Kharkiv Oblast, alike but for their point), the one with the most
    of the others close by: it is the likeliest to lie near the one meant. The
    others stay as alternatives, and the zero margin keeps the score low."""
    if len(ranked) < 3:
        return ranked
    top = ranked[0][0]
    tied = [pair for pair in ranked if top - pair[0] < 1e-9]
    if len(tied) < 3:
        return ranked
    places = [p for _, p in tied]

    def neighbours(place: Place) -> int:
        return sum(approx_km(place, o.lat, o.lon) <= TIE_KM for o in places)

    best = max(range(len(tied)), key=lambda i: neighbours(places[i]))
    return [tied[best], *tied[:best], *tied[best + 1 :], *ranked[len(tied) :]]


def _placed_as_stated(place: Place, local: set[tuple[str, str]]) -> bool:
    """Whether a place lies where the names after it say: a list of states
    ("Arkansas, California, Colorado") states nothing about its members."""
    return (place.country, place.admin1) in local or (
        not _regions_in(local) and (place.country, "") in local
    )


def resolve(matches: Sequence[Match], called: Sequence[Clue] = ()) -> list[Resolved]:
    """Rank every match's candidates; the same name gets the same place throughout.
    ``called`` are clues from outside the names: the towns the text's telephone
    numbers ring in (see :mod:`frontwatch.geo.phones`)."""
    statements = _stated_regions(matches)
    stated_after = statements.regions
    units = _stated_units(matches, statements)
    pools = [
        _the_government(m, _pool(m, stated_after.get(i, set()), units.get(i, set())))
        for i, m in enumerate(matches)
    ]
    first = [
        Resolved(m, sorted(((prior(p, m), p) for p in pool), key=lambda x: -x[0]))
        for m, pool in zip(matches, pools, strict=True)
    ]
    readings_of = [_readings(m) for m in matches]
    partners = Partners(matches, readings_of)
    text = _Text(matches, pools, statements, units, partners, readings_of)
    final = text.in_context(_clues(first) + list(called))
    support = {id(r.match): r.ranked[0][0] for r in final}
    # The readings chosen in context are better clues than the first ones by size
    # alone: one more pass lets them place the rest ("Albany" beside the state of
    # Georgia its first pass could not yet tell from the country).
    final = text.in_context(_clues(final) + list(called))
    for resolved in final:
        resolved.support = support[id(resolved.match)]
    return _short_forms(final)


#: How near the place of a longer name the text writes a namesake of a name opening
#: it must lie for the name to keep a reading of its own.
SHORT_FORM_KM = 50.0


def _short_forms(resolved: list[Resolved]) -> list[Resolved]:
    """A town's name that opens a longer town's name in the same text is the longer
    one's short form ("Avondale Estates" ... "in Avondale" is the Georgia town, not
    Avondale, Arizona), or a namesake by it: "Rostov" after "Rostov on Don" is the
    city on the Don, not Rostov the town of 30,000 in Yaroslavl Oblast."""
    longer = {
        r.match.text: r.best for r in resolved if " " in r.match.text and r.best.kind in POINT_KINDS
    }
    if not longer:
        return resolved
    shortened = []
    for r in resolved:
        full = next(
            (place for name, place in longer.items() if name.startswith(r.match.text + " ")),
            None,
        )
        if full is None or r.best.kind not in POINT_KINDS:
            shortened.append(r)
            continue
        near = [
            (score, p)
            for score, p in r.ranked
            if p.kind in POINT_KINDS and approx_km(p, full.lat, full.lon) <= SHORT_FORM_KM
        ]
        ranked = near or [(r.ranked[0][0], full)]
        shortened.append(
            Resolved(r.match, ranked + [x for x in r.ranked if x not in near], r.support)
        )
    return shortened


@dataclass
class _Text:
    """A text's matches with what every pass of resolution reads the same way."""

    matches: Sequence[Match]
    pools: list[list[Place]]
    statements: Statements
    units: dict[int, set[str]]
    partners: Partners
    readings_of: list[list[Place]]
    #: Each match's last context and ranking: a name whose context a later pass
    #: leaves as it was keeps its ranking.
    rankings: dict[int, tuple[Context, list[tuple[float, Place]]]] = field(default_factory=dict)

    @cached_property
    def _all_stated(self) -> set[tuple[str, str]]:
        """Every region the text states after some name, as context for all."""
        return {r for rs in self.statements.regions.values() for r in rs if r[1]}

    @cached_property
    def _municipal(self) -> set[str]:
        """Names the text once gives their police or mayor: towns wherever they stand."""
        return {m.key for m in self.matches if m.municipal}

    @cached_property
    def _regional(self) -> set[str]:
        """Names the text once writes as a region's ("Washington state"), and never as
        a town's: regions wherever they stand."""
        return {m.key for m in self.matches if m.regional} - self._municipal

    def in_context(self, clues: list[Clue]) -> list[Resolved]:
        """One pass of ranking every match's candidates in the context of the clues."""
        matches, pools, statements = self.matches, self.pools, self.statements
        stated_after = statements.regions
        contexts: dict[str, Context] = {}
        final: dict[int, Resolved] = {}
        chosen: dict[str, Resolved] = {}
        # A name the text places somewhere ("Springfield, Ohio") is resolved first, so
        # that its bare mentions, before it or after, follow it.
        order = sorted(range(len(matches)), key=lambda i: i not in stated_after)
        for index in order:
            match, pool = matches[index], pools[index]
            explicit = statements.explicit.get(index, set())
            local = stated_after.get(index, set())
            fitting = _fitting_a_slip(match, explicit)
            if (
                _contradicted(match, explicit)
                or _unknown_here(match, explicit, local)
                or fitting == []
            ):
                continue
            # A state or province read from its abbreviation is that region, though
            # a city elsewhere in the text bears its name ("Quebec City, Que.").
            if match.key in chosen and not local and not match.loose and not match.state:
                final[index] = Resolved(match, chosen[match.key].ranked)
                continue
            if match.loose:
                pool = nearest_spellings(match.key, _loose_fits(pool, local))
                if not pool:
                    continue
            if match.key not in contexts:
                contexts[match.key] = Context.without(clues, self._all_stated, match.key)
            context = contexts[match.key]
            known = self.rankings.get(index)
            if known is not None and known[0] == context:
                ranked = known[1]
            else:
                ranked = self._ranked(index, pool, local, context, fitting)
                self.rankings[index] = (context, ranked)
            resolved = Resolved(match, ranked)
            if not local or _placed_as_stated(resolved.best, local):
                chosen.setdefault(match.key, resolved)
            final[index] = resolved
        return [final[i] for i in sorted(final)]

    def _ranked(
        self,
        index: int,
        pool: list[Place],
        local: set[tuple[str, str]],
        context: Context,
        fitting: list[Place] | None,
    ) -> list[tuple[float, Place]]:
        """The candidates of one match, best first, in one context; only those
        ``fitting`` a stated Ukrainian oblast, when there are any (see
        :func:`_fitting_a_slip`)."""
        match = self.matches[index]
        municipal = match.key in self._municipal
        regional = match.key in self._regional
        pool = _in_stated_countries(pool, self.statements.explicit.get(index, set()))
        if match.home:
            pool = _in_the_texts_regions(pool, context)
        if fitting:
            pool = [p for p in pool if p in fitting] or pool
        if index in self.units:
            pool = [p for p in pool if communities.inside(p.unit, self.units[index])] or pool
        pool = _not_its_own_region(self.matches, index, pool)
        pool = _own_names_first(match, pool, local, context)
        pool = _cities_names_kept(match, pool)
        pool = _without_a_citys_village_namesakes(match, pool, local)
        pool = _without_a_regions_town_namesakes(match, pool, local, municipal)
        world = _world_cities(match, pool)
        overshadowed = _overshadowed(pool, world)
        pool = _without_the_overshadowed(pool, overshadowed, world, local, context)
        eminent_abroad = _eminent_abroad(match, pool) if context.paid else set()
        towns = _towns_of_its_name(match, pool, _described(self.matches, index))
        namesakes = _namesakes(match, pool)
        front = _front_pull(_villages_of_one_name(match, pool, namesakes), _regions_in(local))
        readings = set(self.readings_of[index])
        front_weight = _front_weight(match, pool)
        scored = []
        for place in pool:
            score = prior(place, match)
            score += context.score(
                place, place in namesakes, place in overshadowed, place in eminent_abroad
            )
            score += front.get(place, 0.0)
            if place in readings:
                score += self.partners.bonus(place, match.key, len(readings))
            if front_weight:
                score += front_weight * _nearness_to_front(place, match.axis)
            if place.kind == "admin" and _yields_to_a_town(place, towns):
                score -= SHARED_NAME_PENALTY
            if municipal and place.kind not in POINT_KINDS:
                score -= MUNICIPAL_PENALTY
            if regional and place.kind in POINT_KINDS:
                score -= MUNICIPAL_PENALTY
            if (place.country, "") in local:
                score += 0.8
            if (place.country, place.admin1) in local:
                score += 1.0
            scored.append((score, place))
        scored = _below_a_stated_town(match, scored, local)
        scored = _below_a_front_town_across(match, scored, local)
        scored.sort(key=lambda x: -x[0])
        return _densest_first(scored)
