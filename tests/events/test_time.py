"""Time (contract §6): explicit dates, weekdays, relative words and ranges."""

from __future__ import annotations

from datetime import date

import pytest

from frontwatch.events.timex import find


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "precision"),
    [
        ("on July 23, 2025", "2025-07-30", "2025-07-23", "2025-07-23", "day"),
        ("on 4 March 2024", None, "2024-03-04", "2024-03-04", "day"),
        ("on March 4", "2024-03-10", "2024-03-04", "2024-03-04", "day"),
        ("on Saturday", "2022-09-11", "2022-09-10", "2022-09-10", "day"),
        ("on Sunday", "2022-09-11", "2022-09-11", "2022-09-11", "day"),
        ("yesterday", "2022-09-09", "2022-09-08", "2022-09-08", "day"),
        ("last July", "2023-05-13", "2022-07-01", "2022-07-31", "month"),
        ("in February 2022", None, "2022-02-01", "2022-02-28", "month"),
        ("over the past 48 hours", "2022-09-09", "2022-09-08", "2022-09-09", "day"),
        ("this week", "2023-05-13", "2023-05-08", "2023-05-13", "week"),
        ("last week", "2023-05-13", "2023-05-01", "2023-05-07", "week"),
        ("a couple of days ago", "2022-09-11", "2022-09-08", "2022-09-10", "day"),
        ("in the summer of 2024", None, "2024-06-01", "2024-08-31", "month"),
        ("in 2023", None, "2023-01-01", "2023-12-31", "year"),
    ],
)
def test_expressions_resolve_against_publication(text, published, start, end, precision) -> None:
    day = date.fromisoformat(published) if published else None
    found = find(f"It happened {text}.", day)
    assert len(found) == 1, found
    span = found[0].span
    assert (span.date_start, span.date_end, span.precision) == (start, end, precision)


def test_relative_time_stays_unresolved_without_publication() -> None:
    span = find("The town fell on Saturday.", None)[0].span
    assert span.date_start is None and span.text == "on Saturday"


def test_the_event_takes_the_time_of_its_clause(one) -> None:
    event = one("Ukrainian forces retook Izium on Saturday.", "2022-09-11")
    assert (event.time.date_start, event.time.precision) == ("2022-09-10", "day")


def test_no_time_expression_means_the_week_before_publication(one) -> None:
    event = one("Ukrainian forces retook Izium.", "2022-09-11")
    assert (event.time.date_start, event.time.date_end, event.time.precision) == (
        "2022-09-05",
        "2022-09-11",
        "week",
    )


def test_undated_report_leaves_the_time_unknown(one) -> None:
    event = one("Ukrainian forces retook Izium.", None)
    assert event.time.date_start is None and event.time.precision == "unknown"


def test_a_time_in_another_clause_is_not_the_event_s(one) -> None:
    event = one(
        "Ukrainian forces retook Izium, which Russian troops had held since April.", "2022-09-11"
    )
    assert event.time.precision == "week"


def test_time_of_the_statement_bounds_the_event(one) -> None:
    event = one(
        "Russian troops were retreating near Bakhmut, the ministry said Friday.", "2023-05-13"
    )
    assert event.time.date_end == "2023-05-12"


def test_a_date_in_a_since_clause_ending_the_sentence_is_not_the_event_s(one) -> None:
    event = one(
        "The withdrawal from Vovchansk was the worst blow to Moscow since its tanks crossed "
        "the border in February.",
        published="2022-09-11",
    )
    assert event.time.date_start != "2022-02-01"


def test_a_blank_line_ends_a_sentence_the_parser_ran_on(extract) -> None:
    events = extract(
        "Ukrainian troops retook Balakliia, and the mood in Kyiv turned hopeful…\n\n"
        "The retreat from Vovchansk came months after Russian tanks rolled in in February.",
        published="2022-09-11",
    )
    assert events and all(e.time.date_start != "2022-02-01" for e in events)


def test_a_month_abbreviation_inside_a_place_name_is_no_date(one) -> None:
    event = one("Ukrainian drones struck an oil terminal in Novorossiysk, local officials said.")
    assert event.time.precision == "week"
    assert event.time.date_end == "2025-12-13"
