"""US counties and Louisiana parishes, found and placed in local-news sentences.

Centres are the Census Bureau's internal points of each county, rounded: a county
is placed from its ZIP codes, so it should land within 25 km of them.
"""

from __future__ import annotations

import pytest

from frontwatch.geo.counties import bare_name, us_counties
from frontwatch.geo.evaluate import km


@pytest.mark.parametrize(
    ("sentence", "surface", "state", "centre"),
    [
        (
            "Deputies in Laurel County arrested two men after a chase that ended "
            "near the fairgrounds on Saturday.",
            "Laurel County",
            "Kentucky",
            (37.11, -84.12),
        ),
        (
            "The Kanawha County Commission voted on Thursday to fund two more ambulance crews.",
            "Kanawha County",
            "West Virginia",
            (38.34, -81.53),
        ),
        (
            "A grass fire kept crews of Rapides Parish Fire District 3 busy until dusk on Sunday.",
            "Rapides Parish",
            "Louisiana",
            (31.20, -92.53),
        ),
        (
            "Flooding closed three roads in St. Louis County, Mo., overnight.",
            "St. Louis County",
            "Missouri",
            (38.64, -90.44),
        ),
    ],
)
def test_county_is_found_and_placed_at_its_centre(
    places_in, sentence: str, surface: str, state: str, centre: tuple[float, float]
) -> None:
    county = places_in(sentence)[surface]
    assert county.country == "US"
    assert county.admin1 == state
    assert county.precision == "admin"
    assert km(county.lat, county.lon, *centre) <= 25


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Voters in Washington County, Oregon, will decide on the school levy in May.", "Oregon"),
        ("Madison County, Illinois, will reopen the Chain of Rocks bridge in June.", "Illinois"),
        ("A Jackson man was hurt in a crash in Madison County, Miss., on Friday.", "Mississippi"),
        (
            "A Huntsville teenager was hurt when a pickup ran off the road in "
            "Madison County late Friday.",
            "Alabama",
        ),
        (
            "Officers from Edwardsville and Granite City searched the fields of "
            "Madison County for the missing hunter.",
            "Illinois",
        ),
        (
            "The McDonough fire chief said Henry County crews worked through the night.",
            "Georgia",
        ),
    ],
)
def test_namesake_county_of_the_named_state_or_town(places_in, sentence: str, state: str) -> None:
    county = next(p for p in places_in(sentence).values() if p.text.endswith("County"))
    assert county.kind == "admin"
    assert county.admin1 == state


def test_county_without_context_is_some_county_of_that_name(places_in) -> None:
    county = places_in("Washington County officials will meet again next week.")[
        "Washington County"
    ]
    assert county.name == "Washington County"
    assert county.country == "US"
    assert county.kind == "admin"


def test_county_places_the_towns_of_its_state(places_in) -> None:
    found = places_in("A London woman was charged on Monday, Laurel County deputies said.")
    assert found["London"].country == "US"
    assert found["London"].admin1 == "Kentucky"


def test_bare_town_name_stays_the_town(places_in) -> None:
    found = places_in("The fire started in a warehouse in Laurel, Miss., before dawn.")
    assert found["Laurel"].kind == "settlement"
    assert found["Laurel"].admin1 == "Mississippi"
    assert "Laurel County" not in found


@pytest.mark.parametrize(
    ("sentence", "surface", "county", "state"),
    [
        (
            "DuPage deputies closed the ramp after the crash on Friday.",
            "DuPage",
            "DuPage County",
            "Illinois",
        ),
        ("The Geauga commissioners met on Tuesday.", "Geauga", "Geauga County", "Ohio"),
        ("A Geauga teen won the spelling bee.", "Geauga", "Geauga County", "Ohio"),
        ("Van Zandt deputies said the driver fled.", "Van Zandt", "Van Zandt County", "Texas"),
        (
            "Flood water closed two schools in Calcasieu.",
            "Calcasieu",
            "Calcasieu Parish",
            "Louisiana",
        ),
    ],
)
def test_a_county_no_other_place_is_named_like_is_read_by_its_bare_name(
    places_in, sentence: str, surface: str, county: str, state: str
) -> None:
    found = places_in(sentence)[surface]
    assert (found.name, found.admin1) == (county, state)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gwinnett signed the Declaration of Independence.",  # a person
        "The Beckham family moved to Miami last year.",  # a family, not "a Beckham family"
        "A portrait of Gwinnett hangs in the hall.",  # "of" is no preposition of place
        "In Beckham's absence the team lost.",  # a possessive after the preposition
        "Kayakers paddled the Cuyahoga River on Sunday.",  # the river, not the county
    ],
)
def test_a_bare_county_name_needs_its_people_or_a_preposition_of_place(
    places_in, sentence: str
) -> None:
    assert not [p for p in places_in(sentence).values() if p.name.endswith("County")]


def test_words_and_their_plurals_are_no_bare_county_names(places_in) -> None:
    """Towns County and Nobles County: "Towns" and "Nobles" are plurals of words."""
    for sentence in (
        "Towns across the region lost power on Monday.",
        "Nobles and peasants rose against the king.",
    ):
        assert places_in(sentence) == {}


def test_a_city_and_borough_is_known_by_its_city_name() -> None:
    assert bare_name("Sitka City and Borough") == "Sitka"
    assert bare_name("Pointe Coupee Parish") == "Pointe Coupee"


def test_a_lake_named_like_a_county_is_not_the_county(places_in) -> None:
    """Lake Lanier lies 300 km from Lanier County; both bear a poet's name."""
    assert places_in("Boaters crowded Lake Lanier on Sunday as the water rose.") == {}


def test_county_entries_carry_only_their_full_names() -> None:
    names = {name for county in us_counties() for name in county.names}
    assert {"Laurel County", "Rapides Parish", "DeKalb County", "De Kalb County"} <= names
    assert {"Saint Louis County", "Matanuska-Susitna Borough", "Nome Census Area"} <= names
    assert not {"Laurel", "Rapides", "DeKalb", "Nome"} & names


def test_a_town_and_the_county_around_it_are_read_together(places_in) -> None:
    """Huntsville is largest in Alabama and Walker County is found in several states;
    only in Texas does one lie inside the other."""
    found = places_in(
        "Deputies from Walker County searched the woods north of Huntsville after the "
        "escape on Sunday."
    )
    assert found["Huntsville"].admin1 == "Texas"
    assert found["Walker County"].admin1 == "Texas"


def test_a_town_with_more_namesakes_still_vouches_for_its_county(places_in) -> None:
    """Paris names 14 places and Henry County 10; only in Tennessee is one the seat
    of the other."""
    found = places_in(
        "The Paris City Council met on Monday. Henry County deputies will patrol the "
        "fair, the sheriff said."
    )
    assert found["Henry County"].admin1 == "Tennessee"


def test_a_common_town_name_is_read_with_the_county_around_it(places_in) -> None:
    """Richmond names over thirty places and Madison County nearly twenty; the
    Kentucky Richmond is the county's seat, though Virginia's capital is larger."""
    found = places_in(
        "A Richmond woman was hurt on Friday when her car left the road. She was "
        "taken to a hospital in Madison County."
    )
    assert found["Richmond"].admin1 == "Kentucky"
    assert found["Madison County"].admin1 == "Kentucky"


def test_a_county_before_its_state_is_an_address_in_a_list_of_addresses(places_in) -> None:
    """After "Kane County, Ill." the second county's state is its own address, not
    the next item of a list of regions."""
    found = places_in(
        "Sheriffs from Kane County, Ill., and from Jefferson County, Colo., spoke at the meeting."
    )
    assert found["Kane County"].admin1 == "Illinois"
    assert found["Jefferson County"].admin1 == "Colorado"


def test_a_county_named_in_full_is_meant_by_its_bare_name_later(places_in) -> None:
    """DeKalb, Illinois is the largest place called "DeKalb"; after DeKalb County's
    voters in Decatur, "south DeKalb" is the Georgia county."""
    found = places_in(
        "DeKalb County voters went to the polls in Decatur. Turnout across south DeKalb was high."
    )
    assert (found["DeKalb"].name, found["DeKalb"].admin1) == ("DeKalb County", "Georgia")


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        (
            "Hancock County deputies searched a farm on Monday; the suspect was held "
            "in Hancock overnight.",
            "Hancock",
            "settlement",
        ),
        (
            "Scott County deputies patrolled the fair. The Scott North wrestlers won again "
            "on Saturday.",
            "Scott",
            None,
        ),
    ],
)
def test_a_bare_county_name_that_is_a_town_or_opens_a_name_keeps_its_reading(
    places_in, sentence: str, surface: str, kind: str | None
) -> None:
    found = places_in(sentence)
    assert (found[surface].kind if surface in found else None) == kind


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Bledsoe Co. deputies closed the road after the rockslide.", "Bledsoe Co."),
        (
            "The fair returns to Sevier Co. next week, the Sevier County Commission "
            "said on Monday.",
            "Sevier Co.",
        ),
    ],
)
def test_a_county_written_short_is_the_county(places_in, sentence: str, surface: str) -> None:
    county = places_in(sentence)[surface]
    assert county.name == surface.replace("Co.", "County")
    assert county.precision == "admin"


def test_a_company_named_like_a_county_is_no_county(places_in) -> None:
    found = places_in("Lamb Co. makes valves for the navy yard in Norfolk.")
    assert "Lamb Co." not in found
    assert found["Norfolk"].kind == "settlement"
