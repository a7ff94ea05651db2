"""Time expressions of a report and the dates they mean (contract §6).

Written by hand rather than with ``dateparser``: the contract wants ranges with a
precision ("over the past 48 hours" is a two-day range, "this week" a week, "last
July" a month) and fixed rules (a weekday is the latest such day not after the
publication date), while date parsers return one instant by their own conventions.
Each pattern below is one rule of §6; every one resolves against ``published``, and
with no publication date only self-contained dates resolve.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from frontwatch.events.numbers import word_value
from frontwatch.records import TimePrecision, TimeSpan

#: A resolved expression: first day, last day, and how precise the range is.
Resolved = tuple[date, date, TimePrecision]

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}

_MONTH = (
    r"(?P<month>(?-i:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\b\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
_COUNT = (
    r"(?P<count>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a couple of|a few|several|couple of|few)"
)
_UNIT = r"(?P<unit>hours?|days?|weeks?|months?|years?)"
_SEASON = r"(?P<season>summer|winter|spring|autumn|fall)"
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
#: Vague counts as (low, high) ranges: "a couple of" days back is one to three days.
VAGUE = {
    "a couple of": (1, 3),
    "couple of": (1, 3),
    "a few": (2, 5),
    "few": (2, 5),
    "several": (3, 7),
}


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    text: str
    span: TimeSpan
    #: ``since`` (a start only, ongoing) and ``span`` (a stretch: "for months") mark
    #: background; ``point`` is an ordinary time of an event.
    kind: str = "point"


Resolver = Callable[[re.Match[str], date | None], Resolved | None]


def _iso(d: date) -> str:
    return d.isoformat()


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_for(month: int, day: int, published: date | None) -> int | None:
    if published is None:
        return None
    year = published.year
    candidate = date(year, month, min(day, calendar.monthrange(year, month)[1]))
    return year - 1 if candidate > published + timedelta(days=180) else year


def _month_day(m: re.Match[str], published: date | None) -> Resolved | None:
    month, day = MONTHS[m["month"].lower()], int(m["day"])
    year = int(m["year"]) if m["year"] else _year_for(month, day, published)
    if year is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    d = date(year, month, day)
    return d, d, "day"


def _month_year(m: re.Match[str], published: date | None) -> Resolved | None:
    month, year = MONTHS[m["month"].lower()], int(m["year"])
    return date(year, month, 1), _month_end(year, month), "month"


def _season(m: re.Match[str], published: date | None) -> Resolved | None:
    year = int(m["year"]) if m["year"] else (published.year if published else None)
    if year is None:
        return None
    if m["season"].lower() == "winter":
        return date(year, 12, 1), _month_end(year + 1, 2), "month"
    first, last = SEASONS[m["season"].lower()]
    return date(year, first, 1), _month_end(year, last), "month"


def _year(m: re.Match[str], published: date | None) -> Resolved | None:
    year = int(m["year"])
    return date(year, 1, 1), date(year, 12, 31), "year"


def _month(m: re.Match[str], published: date | None) -> Resolved | None:
    """A month without a year: the latest one not after publication ("last": before it)."""
    if published is None:
        return None
    month = MONTHS[m["month"].lower()]
    strictly = bool(m["last"])
    year = published.year
    if month > published.month or (strictly and month == published.month):
        year -= 1
    return date(year, month, 1), min(_month_end(year, month), published), "month"


def _weekday(m: re.Match[str], published: date | None) -> Resolved | None:
    if published is None:
        return None
    back = (published.weekday() - WEEKDAYS[m["weekday"].lower()]) % 7
    if back == 0 and m["last"]:
        back = 7
    d = published - timedelta(days=back)
    return d, d, "day"


def _days_back(low: int, high: int) -> Resolver:
    def resolve(m: re.Match[str], published: date | None) -> Resolved | None:
        if published is None:
            return None
        return published - timedelta(days=high), published - timedelta(days=low), "day"

    return resolve


def _ago(m: re.Match[str], published: date | None) -> Resolved | None:
    if published is None:
        return None
    unit = m["unit"].lower().rstrip("s")
    count = m["count"].lower()
    low, high = VAGUE.get(count, (0, 0))
    if count not in VAGUE:
        low = high = int(count) if count.isdigit() else int(word_value(count) or 1)
    days = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}[unit]
    precision: dict[str, TimePrecision] = {
        "hour": "day",
        "day": "day",
        "week": "week",
        "month": "month",
        "year": "year",
    }
    newest = published - timedelta(days=int(low * days))
    oldest = published - timedelta(days=int(high * days))
    if unit in ("week", "month", "year"):
        oldest -= timedelta(days=int(days) // 2)
        newest += timedelta(days=int(days) // 2)
        newest = min(newest, published)
    return oldest, newest, precision[unit]


def _past(m: re.Match[str], published: date | None) -> Resolved | None:
    """ "over the past 48 hours" = a two-day range ending at publication."""
    if published is None:
        return None
    unit = m["unit"].lower().rstrip("s")
    raw = (m["count"] or "one").lower()
    count = int(raw) if raw.isdigit() else int(word_value(raw) or VAGUE.get(raw, (0, 3))[1])
    days = {
        "hour": count / 24,
        "day": count,
        "week": count * 7,
        "month": count * 30,
        "year": count * 365,
    }[unit]
    span = max(1, round(days))
    precision: TimePrecision = (
        "day" if span <= 3 else "week" if span <= 14 else "month" if span <= 93 else "year"
    )
    return published - timedelta(days=span - 1), published, precision


def _relative_period(m: re.Match[str], published: date | None) -> Resolved | None:
    if published is None:
        return None
    which, unit = m["which"].lower(), m["unit"].lower()
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        if which == "last":
            return monday - timedelta(days=7), monday - timedelta(days=1), "week"
        return monday, published, "week"
    if unit == "weekend":
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        if which == "last" and published.weekday() >= 5:
            saturday -= timedelta(days=7)
        return saturday, min(saturday + timedelta(days=1), published), "day"
    if unit == "month":
        first = published.replace(day=1)
        if which == "last":
            last = first - timedelta(days=1)
            return last.replace(day=1), last, "month"
        return first, published, "month"
    if which == "last":
        return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31), "year"
    return date(published.year, 1, 1), published, "year"


def _offset(days_back: int, days_span: int = 0) -> Resolver:
    def resolve(m: re.Match[str], published: date | None) -> Resolved | None:
        if published is None:
            return None
        end = published - timedelta(days=days_back)
        return end - timedelta(days=days_span), end, "day"

    return resolve


#: (pattern, resolver, kind), most specific first; a later pattern never overlaps an
#: earlier match.
PATTERNS: list[tuple[re.Pattern[str], Resolver, str]] = [
    (
        re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)\b"),
        lambda m, p: (lambda d: (d, d, "day"))(date(int(m["year"]), int(m["mon"]), int(m["day"]))),
        "point",
    ),
    (
        re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b(?!\s*(?:km|kilomet|mile|%))", re.I),
        _month_day,
        "point",
    ),
    (re.compile(rf"\b{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?\b", re.I), _month_day, "point"),
    (re.compile(rf"\b(?:the\s+)?{_SEASON}\s+of\s+{_YEAR}\b", re.I), _season, "point"),
    (re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I), _month_year, "point"),
    (re.compile(rf"\bsince\s+(?:(?P<last>last)\s+)?{_MONTH}", re.I), _month, "since"),
    (
        re.compile(rf"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?{_YEAR}\b", re.I),
        _year,
        "since",
    ),
    (
        re.compile(rf"\b(?:(?P<last>last)\s+|(?:in|early|late|mid-?)\s+){_MONTH}(?!\s+\d)", re.I),
        _month,
        "point",
    ),
    # A bare month name ("the March strikes"); "May" is left out, being also a modal.
    (
        re.compile(
            r"\b(?P<last>)(?P<month>(?-i:January|February|March|April|June|July|August|September|October|November|December))\b(?!\s+\d)"
        ),
        _month,
        "point",
    ),
    (
        re.compile(rf"\b(?:(?P<last>last|past)\s+|on\s+|this\s+)?{_WEEKDAY}", re.I),
        _weekday,
        "point",
    ),
    (re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", re.I), _offset(2), "point"),
    (re.compile(r"\byesterday\b", re.I), _offset(1), "point"),
    (re.compile(r"\b(?:last\s+night|overnight)\b", re.I), _offset(0, 1), "point"),
    (
        re.compile(
            r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|as\s+of\s+this\s+writing)\b",
            re.I,
        ),
        _offset(0),
        "point",
    ),
    (re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+ago\b", re.I), _ago, "point"),
    (
        re.compile(
            rf"\b(?:over|in|during|within|for)?\s*the\s+(?:last|past)\s+(?:{_COUNT}\s+)?{_UNIT}",
            re.I,
        ),
        _past,
        "point",
    ),
    (
        re.compile(
            r"\b(?:earlier\s+|later\s+)?(?P<which>this|last|past)\s+(?P<unit>week|weekend|month|year)\b",
            re.I,
        ),
        _relative_period,
        "point",
    ),
    (re.compile(rf"\b(?:in|since|during|by|of|from)\s+{_YEAR}\b"), _year, "point"),
    (
        re.compile(
            r"\bfor\s+(?:many\s+|several\s+|the\s+past\s+few\s+)?(?:days|weeks|months|years)\b",
            re.I,
        ),
        lambda m, p: None,
        "span",
    ),
]


def find(text: str, published: date | None) -> list[TimeExpr]:
    """Every time expression of ``text``, in text order, resolved against ``published``."""
    taken: list[tuple[int, int]] = []
    found: list[TimeExpr] = []
    for pattern, resolve, kind in PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            kind_here = (
                "since" if text[max(0, start - 6) : start].lower().strip() == "since" else kind
            )
            resolved = resolve(m, published)
            if resolved is None:
                span = TimeSpan(text=m.group(0).strip(), precision="unknown")
            else:
                first, last, precision = resolved
                span = TimeSpan(
                    text=m.group(0).strip(),
                    date_start=_iso(first),
                    date_end=_iso(last),
                    precision=precision,
                )
            found.append(TimeExpr(start, end, m.group(0).strip(), span, kind_here))
    return sorted(found, key=lambda t: t.start)


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def recent(published: date | None) -> TimeSpan:
    """No time expression, an event just reported: the week up to publication (§6)."""
    if published is None:
        return TimeSpan(precision="unknown")
    return TimeSpan(
        date_start=_iso(published - timedelta(days=6)), date_end=_iso(published), precision="week"
    )


def ending(span: TimeSpan) -> TimeSpan:
    """An event said on a given day happened in the week up to that day."""
    if span.date_end is None:
        return span
    end = date.fromisoformat(span.date_end)
    return TimeSpan(
        text=span.text,
        date_start=_iso(end - timedelta(days=6)),
        date_end=span.date_end,
        precision="week",
    )
