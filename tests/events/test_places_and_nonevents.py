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
        "Ukrainian units broke through the defences south of Bakhmut.",
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
        "The Russian economy is barely breathing, and the war has become a stalemate.",
        "For months Bakhmut has been the focus of the war.",
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


def test_a_place_in_passing_is_not_the_trigger_s(extract) -> None:
    events = extract(
        "Moscow's envoy arrived in Geneva on Tuesday. "
        "Ukrainian drones struck an ammunition depot overnight, the governor said."
    )
    assert not any(e.location and e.location.name == "Geneva" for e in events)


def test_a_place_of_a_coordinated_action_is_that_action_s(extract) -> None:
    events = extract(
        "The operation led to the recapture of two hamlets and the shelling of Myrnohrad "
        "by Ukrainian artillery."
    )
    assert not any(
        e.type == "capture" and e.location and e.location.name == "Myrnohrad" for e in events
    )


def test_coordinated_verbs_share_their_object(extract) -> None:
    events = extract("On Friday, Ukrainian troops encircled and retook Vovchansk.")
    assert {e.type for e in events if e.location and e.location.name == "Vovchansk"} == {
        "encirclement",
        "capture",
    }


def test_the_city_elsewhere_in_the_sentence_does_not_place_the_trigger(extract) -> None:
    events = extract(
        "Ukrainian troops shelled positions near Pokrovsk. "
        "Analysts say the death sentence for deserters keeps men from leaving the city."
    )
    assert not any(e.type in ("casualties", "withdrawal") for e in events)


def test_look_back_prefers_the_place_of_an_earlier_event(extract) -> None:
    events = extract(
        "Ukrainian forces retook part of Kupiansk, and officials toured Myrnohrad. "
        "Ukrainian forces have since killed hundreds of Russian soldiers."
    )
    killed = [e for e in events if e.type == "casualties"]
    assert killed and killed[0].location is not None
    assert killed[0].location.name == "Kupiansk"


def test_a_trigger_word_naming_a_state_is_not_an_event(extract) -> None:
    events = extract("Russian engineers left the bridge at Kharkiv intact for their own convoys.")
    assert not any(e.type == "withdrawal" for e in events)


def test_a_purpose_clause_is_an_aim_not_an_event(extract) -> None:
    events = extract(
        "Ukrainian officials keep the corridor open so that the Russian garrison can retreat "
        "from Kupiansk."
    )
    assert not any(e.type == "withdrawal" for e in events)


def test_a_capture_and_a_withdrawal_told_far_apart_stay_two(extract) -> None:
    events = extract(
        "Ukrainian forces retook Vovchansk in the spring.\n\n"
        "Aid deliveries to the region have slowed since then, officials in Kharkiv said.\n\n"
        "Grain exports from Odesa are running at their usual pace.\n\n"
        "Russian troops are now withdrawing from Vovchansk again, the governor said."
    )
    assert sorted(e.type for e in events if e.location and e.location.name == "Vovchansk") == [
        "capture",
        "withdrawal",
    ]


def test_these_attacks_refers_back_to_a_told_event(extract) -> None:
    events = extract(
        "Russian drones struck Odesa overnight, the governor said. "
        "These attacks have plunged much of Odesa into darkness."
    )
    assert [e.type for e in events] == ["strike"]
