"""What the check kinds share for comparing two claims (``accordcheck diff``).

Every kind module has ``claim_key(claim)``: the normalised subject two articles' claims are
aligned on, ``KIND:SUBJECT`` (several subjects sorted and joined by ``|``, a context after ``/``:
``relations:israel|kazakhstan``, ``office:donald-trump/president-of-the-united-states``), or
``None`` when the claim has nothing to align on. And ``compare(a, b, a_date, b_date)``: whether
two claims with the same key can both be true, as ``("agree" | "contradict", reason)``, judged
from the two claims and their articles' dates alone. The reference table is not consulted: each
statement keeps its own verdict for that. In reasons, A and B are the two articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex

from accordcheck.dates import DateRange, parse_iso, parse_time_expr, resolve

AGREE = "agree"
CONTRADICT = "contradict"
Comparison = tuple[str, str]
YEAR_DAYS = 365.2425

_NOT_KEY = regex.compile(r"[^\w.:-]+")


def slug(text: str) -> str:
    """'Special Envoy' -> 'special-envoy'; reference ids (``event.c5-summit``) stay as they are."""
    return _NOT_KEY.sub("-", text.lower()).strip("-")


def make_key(kind: str, subjects: Iterable[str], context: str | None = None) -> str:
    """``kind:subject``, several subjects sorted and joined by ``|``, the context after ``/``."""
    key = f"{kind}:{'|'.join(sorted(slug(s) for s in subjects))}"
    return f"{key}/{slug(context)}" if context else key


def claim_range(value: Any) -> DateRange | None:
    """The days a claim's date field names, read back from what ``str(DateRange)`` wrote
    ('2025-11-06', 'September 2020', '2020', '2025-11-03 to 2025-11-06'); None for words that
    name no date without an article date ('on Thursday', 'last month')."""
    if not isinstance(value, str):
        return None
    first, to, last = value.partition(" to ")
    if to:
        start, end = parse_iso(first), parse_iso(last)
        return DateRange(start, end) if start and end else None
    expr = parse_time_expr(value)
    return resolve(expr, None) if expr else None


@dataclass(frozen=True)
class Interval:
    """The days a moment may fall on, both ends included; a missing end is open."""

    first: dt.date | None = None
    last: dt.date | None = None

    @classmethod
    def of(cls, days: DateRange | None) -> Interval:
        return cls(days.first, days.last) if days else cls()

    def meet(self, other: Interval) -> Interval | None:
        """The days both allow; None when there are none."""
        first = max((d for d in (self.first, other.first) if d), default=None)
        last = min((d for d in (self.last, other.last) if d), default=None)
        if first and last and first > last:
            return None
        return Interval(first, last)

    def __str__(self) -> str:
        if self.first and self.last:
            if self.first == self.last:
                return f"on {self.first}"
            days = str(DateRange(self.first, self.last))
            return f"between {self.first} and {self.last}" if " to " in days else f"in {days}"
        if self.first:
            return f"on or after {self.first}"
        if self.last:
            return f"on or before {self.last}"
        return "at any time"


def years_back(day: dt.date | None, least: float | None, most: float | None) -> Interval:
    """The days between ``most`` and ``least`` years before ``day`` (an open bound stays open)."""
    if day is None:
        return Interval()
    return Interval(_minus_years(day, most), _minus_years(day, least))


def _minus_years(day: dt.date, years: float | None) -> dt.date | None:
    if years is None:
        return None
    try:
        return day - dt.timedelta(days=round(years * YEAR_DAYS))
    except OverflowError:
        return dt.date.min if years > 0 else dt.date.max


def overlap(what: str, a: Interval, b: Interval, note: str = "") -> Comparison:
    """Agree when some day fits both claims (the reason says which days); else contradict."""
    common = a.meet(b)
    if common is not None:
        return AGREE, f"both fit {what} {common}"
    return CONTRADICT, f"A puts {what} {a}, B {b}{note}"
