"""The page's column form of events: one array per field, repeated strings given once."""

from __future__ import annotations

from frontwatch.web.columns import day_number, event_columns


def test_columns_line_up_with_the_events(web_corpus) -> None:
    events = [event for _, found in web_corpus for event in found]
    columns = event_columns(events)
    assert columns["count"] == len(events) == 12
    row = columns["id"].index("kharkiv-0909:e2")
    assert columns["types"][columns["type"][row]] == "withdrawal"
    assert columns["statuses"][columns["status"][row]] == "unverified"
    assert columns["sides"][columns["side"][row]] == "RU"
    assert columns["docs"][columns["doc"][row]] == "kharkiv-0909"
    # A week-long withdrawal keeps both ends of its range.
    assert (columns["start"][row], columns["end"][row]) == (
        day_number("2022-09-03"),
        day_number("2022-09-09"),
    )
    strike = columns["id"].index("rostov-0724:e1")
    assert (columns["lon"][strike], columns["lat"][strike]) == (39.7233, 47.2313)


def test_undated_events_and_repeated_values(web_corpus) -> None:
    events = [event for _, found in web_corpus for event in found]
    columns = event_columns(events)
    forecast = columns["id"].index("kharkiv-0909:e3")
    assert columns["start"][forecast] is None and columns["end"][forecast] is None
    assert len(columns["docs"]) == len(web_corpus)
    assert sorted(columns["types"]) == sorted({event.type for event in events})


def test_day_numbers_count_from_1970() -> None:
    assert day_number("1970-01-02") == 1
    assert day_number("2022-02-24T04:00:00+02:00") == day_number("2022-02-24") == 19047
    assert day_number("sometime in spring") is None
    assert day_number(None) is None
