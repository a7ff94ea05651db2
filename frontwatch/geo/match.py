"""A name found in a text, with the places it may be.

One record passes from finding to judging to resolving, each adding what it reads
(the evidence, a surname elsewhere, an address). It has a module of its own so that
each stage, and the gazetteer look-up for other stages, can use it without importing
another stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from frontwatch.geo.gazetteer import Place
from frontwatch.geo.keys import key

#: A town of this size bearing a name as its own outweighs every town that only bore
#: it once (see ``resolve.prior``).
OWN_TOWN_POPULATION = 10_000
#: A city of this size bearing a name as its own outweighs every place abroad that
#: only bore it once: "Pokrovsk" is the Donetsk Oblast city, not Engels.
OWN_CITY_POPULATION = 50_000
#: Below this size a place is a village, of which several may share a name and
#: none is news in its own right.
VILLAGE_POPULATION = 5_000


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
    #: Followed by a verb of saying ("..., Washington said"): the subject of a clause,
    #: not an address part.
    speaking: bool = False
    #: Joined to the next name by a hyphen, a dash or a slash ("the Washington-Moscow
    #: route", "Kyiv/Kiev"): a pair, not an address.
    paired: bool = False
    #: Joined to the next name by a hyphen with no space, as the halves of one name
    #: may be ("Lima-Pokrovka"): see ``resolve._one_name_addressed``.
    hyphened: bool = False
    #: Followed by "in" and a name that can only be a region or a country, as a comma
    #: would be ("Pogrebki in Kursk region", "Pokrovka in the Donetsk region"): an
    #: address, unlike "Wilberforce in North-Western Sydney" (Zambia's North-Western
    #: Province, read before another name).
    placed_in: bool = False
    #: Parted from the next name by a full stop, a semicolon or a colon ("flew to
    #: Rostov. Istanbul will host the talks"): the next name opens a statement of its
    #: own, not an address.
    parted: bool = False
    #: Followed by another name of the same place in brackets ("Toretsk (Dzerzhinsk)",
    #: "Bakhmut (Artemivsk)"), or that other name: a place the text names twice.
    aliased: bool = False
    #: A US state's AP abbreviation after a town ("Peoria, Ill."): a statement of region.
    state: bool = False
    #: Written elsewhere in the text as a person's surname ("Sgt. Tom Moore").
    surname: bool = False
    #: Followed by a comma and another name ("Lincoln, Neb."): an address.
    addressed: bool = False
    #: Followed by a comma and a region or country holding one of its places ("Canton,
    #: Ohio"): a place, even when its name is also a word ("Canton", "Mobile").
    located: bool = False
    #: A region written right after a town it holds, with no comma between ("Polohy
    #: Zaporizhzhia Oblast", as captions write it): the town's address.
    addressing: bool = False
    #: In a headline written in title case ("Russian Forces Capture Avdiivka"), where
    #: capitals tell no name from a word.
    headline: bool = False
    #: Followed by "near" and a town it lies beside ("Kamenka near Izium").
    near_town: bool = False
    #: Listed before a plural region word ("the Kharkiv, Sumy and Chernihiv regions").
    region_listed: bool = False
    #: Followed by the next name in a list: "Ivanivka, Petrivka", "Ivanivka and
    #: Petrivka", "с. Новоселівка та с. Максимівка".
    listed: bool = False
    #: A member of a list that a conjunction closes ("поблизу Родинського,
    #: Мирнограда, Удачного та Котлиного", "Izium, Balakliia and Kupiansk"): its
    #: neighbours are places beside it, not an address saying where it lies.
    conjoined: bool = False
    #: A river, lake or valley the gazetteer lacks, named after a town it lies by
    #: ("the Kanawha River", "Lake Hartwell"): located at that town, roughly.
    feature: bool = False
    #: Followed by its police or mayor, or given as a person's home after their age
    #: ("Irpin police", "Marla Dunphy, 47, Lebanon,"): a town, not a country or region.
    municipal: bool = False
    #: Written as a region's: "Washington state", "the state of Washington".
    regional: bool = False
    #: Names a front's axis by the adjective of its town ("на Покровському напрямку"):
    #: the town, which lies at the front.
    axis: bool = False
    #: Named in a sentence of the fighting on the ground ("recaptured Urozhaine"):
    #: likeliest the namesake on a front.
    fought_over: bool = False
    #: Named in a sentence of the war ("drones struck Odessa"): a city of the war
    #: bearing the name outweighs its smaller namesakes abroad.
    of_the_war: bool = False
    #: A legislator's home after the party's letter ("Del. Amy Cole, R-Raleigh"): a
    #: county or a town of the state whose legislature the text is about.
    home: bool = False
    #: Opening a county court's name ("Boone Circuit Court"): the county, whatever
    #: title stands before it ("Chief Boone Circuit Judge").
    court: bool = False

    @cached_property
    def towns_bearing_it(self) -> frozenset[str | None]:
        """Countries where a town of some size bears the name as its own
        ("Novorossiysk"), not only as another town's former or alternate name."""
        return self._bearing_it(OWN_TOWN_POPULATION)

    @cached_property
    def cities_bearing_it(self) -> frozenset[str | None]:
        """Countries where a city bears the name as its own: what a reader takes
        the name for wherever else it was once used."""
        return self._bearing_it(OWN_CITY_POPULATION)

    def _bearing_it(self, population: int) -> frozenset[str | None]:
        return frozenset(
            p.country
            for p in self.candidates
            if p.kind == "settlement" and p.population >= population and key(p.name) == self.key
        )
