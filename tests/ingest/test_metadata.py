"""Metadata values: dates to ISO, language codes to ISO 639-1, bad flags refused up front."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from frontwatch.errors import FrontwatchError
from frontwatch.ingest import Metadata, normalise_date


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2022-09-09", "2022-09-09"),
        ("20220909", "2022-09-09"),
        ("2022-09-09T14:03:11", "2022-09-09T14:03:11"),
        ("2022-09-09T11:03:11Z", "2022-09-09T11:03:11+00:00"),
        ("Fri, 09 Sep 2022 14:30:00 +0300", "2022-09-09T14:30:00+03:00"),
        ("9 September 2022", "2022-09-09"),
        ("September 9, 2022 2:15 PM", "2022-09-09T14:15:00"),
        (date(2023, 5, 13), "2023-05-13"),
        (datetime(2023, 5, 13, 18, 30), "2023-05-13T18:30:00"),
        (None, None),
        ("", None),
    ],
)
def test_dates_become_iso(given, expected):
    assert normalise_date(given) == expected


@pytest.mark.parametrize("given", ["September 2022", "May 13", "the day before yesterday", 2022])
def test_partial_or_unreadable_dates_are_refused(given):
    with pytest.raises(FrontwatchError):
        normalise_date(given)


def test_flags_are_normalised():
    meta = Metadata(published="13 May 2023", language="UK-ua", outlet="  Kyiv   Desk ")
    assert (meta.published, meta.language, meta.outlet) == ("2023-05-13", "uk", "Kyiv Desk")


def test_bad_flags_fail_once_as_a_user_error():
    with pytest.raises(FrontwatchError, match="language 'Ukrainian'"):
        Metadata(language="Ukrainian")
    with pytest.raises(FrontwatchError, match="not a full date"):
        Metadata(published="May 2023")


def test_own_values_win_over_the_fallback():
    row = Metadata(published="2023-05-13", language="en")
    flags = Metadata(published="2023-05-20", outlet="Desk")
    assert row.over(flags) == Metadata(published="2023-05-13", language="en", outlet="Desk")
    assert row.over(None) is row
