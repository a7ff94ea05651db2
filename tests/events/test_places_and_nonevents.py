"""Which place an event takes, and what is not an event."""

from __future__ import annotations


def test_the_trigger_s_own_place_not_every_place_in_the_sentence(one) -> None:
    event = one(
        "Speaking in Kharkiv, the governor said Russian troops had withdrawn from Vovchansk."
    )
    assert event.location is not None and event.location.name == "Vovchansk"


def test_near_words_make_the_precision_near(extract) -> None:
    for text in (
        "Ukrainian forces repelled an assault near Pokrovsk.",
        "Fighting raged on the outskirts of Pokrovsk.",
        "Ukrainian units broke through Russian lines south of Bakhmut.",
        "Ukrainian troops are now fighting outside Kupiansk.",
    ):
        events = extract(text)
        assert events and events[0].location is not None, text
        assert events[0].location.precision == "near", text


def test_in_a_place_is_exact(one) -> None:
    event = one("Ukrainian forces retook Vovchansk on Monday.")
    assert event.location is not None and event.location.precision == "exact"


def test_one_event_per_place_that_changes_hands(extract) -> None:
    events = extract("Ukrainian forces retook Balakliia and Kupiansk this week.")
    assert sorted(e.location.name for e in events if e.location) == ["Balakliia", "Kupiansk"]


def test_an_advance_takes_its_destination(one) -> None:
    event = one("Ukrainian troops advanced from Balakliia toward Kupiansk.")
    assert event.location is not None and event.location.name == "Kupiansk"


def test_an_aside_place_is_not_the_event_s(one) -> None:
    event = one("Ukrainian marines retook Vovchansk, a town between Kharkiv and Belgorod.")
    assert event.location is not None and event.location.name == "Vovchansk"


def test_the_city_refers_back(extract) -> None:
    events = extract(
        "Russian troops have tried to storm Pokrovsk for months. "
        "On Sunday Ukrainian forces pushed them out of the city."
    )
    assert any(e.location and e.location.name == "Pokrovsk" and e.type == "capture" for e in events)


def test_repeated_mentions_merge(extract) -> None:
    events = extract(
        "Ukrainian forces retook Vovchansk on Monday. "
        "The recapture of Vovchansk was confirmed by DeepState."
    )
    assert len(events) == 1


def test_background_clause_is_not_an_event(one) -> None:
    event = one("Ukrainian drones hit a depot in Bakhmut, which Russia captured in 2023.")
    assert event.type == "strike"


def test_adjectives_of_state_are_not_events(extract) -> None:
    assert extract("Residents of occupied Crimea queued for fuel on Monday.") == []


def test_opinion_and_analysis_are_not_events(extract) -> None:
    for text in (
        "Russia's economy is on life support, and the war has become a stalemate.",
        "Bakhmut has been at the centre of the war for months.",
        "The Russian front could collapse if the pressure continues.",
        "It is hard to say who is winning the war of attrition.",
    ):
        assert extract(text) == [], text


def test_ids_are_unique_and_offsets_point_into_the_text(extract) -> None:
    text = (
        "Ukrainian forces retook Balakliia on Thursday. Russian drones struck Odesa overnight. "
        "Ukrainian units advanced toward Kupiansk."
    )
    events = extract(text, doc_id="report")
    assert len({e.id for e in events}) == len(events) == 3
    for event in events:
        assert event.id.startswith("report-")
        assert text[event.evidence.start : event.evidence.end] == event.evidence.sentence
        assert event.confidence is not None and 0 < event.confidence <= 1
