"""weekday — a weekday written with a date ("Thursday (Nov 7)", "Thursday, November 6, 2025").

Groups: ``when`` (a time expression holding a weekday and a date; a weekday alone is declined:
it is no statement of this kind, except with ``what``: an anniversary marked on a bare weekday,
"Azerbaijan and Israel on Sunday marked the 33rd anniversary of diplomatic relations", whose
day is the anniversary of a reference event the phrase names, else of the relations between the
two countries the sentence names). An anniversary marked within a week of the article date on
its own weekday is supported; on another weekday it is unverifiable (a ceremony may be held on
another day than the anniversary). Calendar arithmetic only: a date without a year takes
the year of a reference event the sentence names on that day, else the year the paragraph last
wrote when the weekday fits it, else the year that puts it nearest the article date (and is unverifiable when that date
is unknown).
A mismatch is conflicting; when the date is one day off the weekday, the reason says a dateline
in another time zone may explain it, but the statement is still conflicting.

Compared with another article's weekday for the same date (``accordcheck diff``), the two
weekdays must be the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import regex

from accordcheck.checks.alignment import AGREE, CONTRADICT, Comparison, make_key
from accordcheck.checks.base import Context, Outcome, conflicting, supported, unverifiable
from accordcheck.dates import (
    WEEKDAY_NAMES,
    format_day,
    parse_iso,
    parse_time_expr,
    resolve,
    weekday_name,
)
from accordcheck.extract import Match
from accordcheck.record import Evidence

KIND = "weekday"
OPTIONS: dict[str, tuple[type, Any]] = {}

CALENDAR_SOURCE = "proleptic Gregorian calendar (computed)"
_WEEKDAY = regex.compile(
    r"(?i)\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b"
)


def calendar_evidence(day: dt.date) -> Evidence:
    return Evidence(
        f"calendar:{day.isoformat()}",
        f"{day.isoformat()} is a {weekday_name(day)}",
        CALENDAR_SOURCE,
    )


def check(match: Match, ctx: Context) -> Outcome | None:
    if match.group("what") is not None:
        return _anniversary(match, ctx)
    words = " ".join((match.value("when") or "").split())
    named = _WEEKDAY.search(words)
    if named is None:
        return None
    date_words = _WEEKDAY.sub("", words).strip(" ,()")
    claim: dict[str, Any] = {"weekday": named.group().capitalize(), "date": date_words}
    stated = parse_time_expr(words)
    if stated is None or stated.weekday is None or stated.day is None:
        return unverifiable(claim, f"{date_words!r} is not a real date")
    expr = replace(stated, weekday=None)
    claim["weekday"] = WEEKDAY_NAMES[stated.weekday]
    context = None if expr.year else _context_year(match, ctx, expr.month, expr.day)
    if context is not None and context[2]:
        expr = replace(expr, year=context[0])
    elif context is not None:
        # The paragraph's year is only a reading the weekday may confirm: a date it does not fit
        # is read in the year nearest the article date.
        fits = resolve(replace(expr, year=context[0]), ctx.published)
        if fits is not None and fits.first.weekday() == stated.weekday:
            expr = replace(expr, year=context[0])
        else:
            context = None
    when = resolve(expr, ctx.published)
    if when is None:
        return unverifiable(claim, "the date has no year and the article date is unknown")
    day = when.first
    claim.update(weekday=WEEKDAY_NAMES[stated.weekday], date=day.isoformat())
    if context is not None:
        year_note = f" (year {day.year} taken from {context[1]})"
    else:
        year_note = "" if stated.year else f" (year {day.year} taken from the article date)"
    evidence = [calendar_evidence(day)]
    if day.weekday() == stated.weekday:
        return supported(claim, f"{format_day(day)}{year_note}", evidence)
    shift = ""
    for delta in (-1, 1):
        near = day + dt.timedelta(days=delta)
        if near.weekday() == stated.weekday:
            shift = (
                f"; {WEEKDAY_NAMES[stated.weekday]} was {near.isoformat()}, one day "
                f"{'earlier' if delta < 0 else 'later'}: a dateline in another time zone may explain it"
            )
            evidence.append(calendar_evidence(near))
    return conflicting(
        claim,
        f"{day.isoformat()} is a {weekday_name(day)}, not a {WEEKDAY_NAMES[stated.weekday]}{year_note}{shift}",
        evidence,
        expected=format_day(day),
        found=match.said,
    )


def _context_year(
    match: Match, ctx: Context, month: int | None, day: int | None
) -> tuple[int, str, bool] | None:
    """The year a date without one belongs to when the passage is about another year: a
    reference event the sentence names that fell on that day ("the signing ceremony on Tuesday,
    Sept. 15" in a later article), else the year the paragraph last wrote ("In 2020, … on
    Tuesday, Sept. 15"; only a reading, flagged False). None: the year nearest the article
    date."""
    if month is None or day is None:
        return None
    s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    for event in ctx.reference.events_named(ctx.shadow(s, e)):
        last = event.end or event.start
        for d in (event.start, last):
            if (d.month, d.day) == (month, day):
                return d.year, f"the {event.name}", True
    year = ctx.paragraph_year(match)
    if year is not None and (ctx.published is None or year != ctx.published.year):
        return year, f"the paragraph ({year})", False
    return None


# An anniversary is marked near its day; further away the weekday speaks of something else.
ANNIVERSARY_DAYS = 7


def _origin(match: Match, ctx: Context) -> tuple[dt.date, str, Evidence] | None:
    """The day an anniversary counts from: a reference event the phrase names, else the
    establishment of relations between the two countries the sentence names."""
    what = match.group("what")
    if what is None:
        return None
    event = ctx.reference.event_named(ctx.shadow(what.start, what.end))
    if event is not None:
        return event.start, event.name, event.evidence(f"{event.name}: {event.start}")
    named = ctx.annotation.mentions_in(what.start, what.end, ["agreement"])
    if named:
        # "the fifth anniversary of the Abraham Accords": of their first signing.
        ref = ctx.reference
        first = ref.first_signing(named[0].key)
        if first is not None and first.signed and named[0].key in ref.agreements:
            name = ref.agreements[named[0].key].name
            fact = f"{name} first signed {first.signed}"
            return first.signed, f"the signing of the {name}", first.evidence(fact)
    s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    named = list(dict.fromkeys(m.key for m in ctx.countries(s, e, actors=True)))
    if len(named) != 2:
        return None
    relation = ctx.reference.relation(named[0], named[1])
    if relation is None or relation.established is None:
        return None
    names = " and ".join(ctx.reference.name(c) for c in named)
    fact = f"{names}: diplomatic relations established {relation.established}"
    return relation.established, f"relations between {names}", relation.evidence(fact)


def _anniversary(match: Match, ctx: Context) -> Outcome | None:
    words = " ".join((match.value("when") or "").split())
    stated = parse_time_expr(words)
    if stated is None or stated.weekday is None or stated.has_date:
        return None
    claim: dict[str, Any] = {"weekday": WEEKDAY_NAMES[stated.weekday], "anniversary": True}
    origin = _origin(match, ctx)
    if origin is None:
        return unverifiable(claim, "the reference table holds no date the anniversary counts from")
    start, name, row = origin
    claim["of"] = name
    if ctx.published is None:
        return unverifiable(
            claim, "which anniversary is meant depends on the article date, which is unknown", [row]
        )
    year = ctx.published.year
    day = _same_day(start, year)
    if day > ctx.published + dt.timedelta(days=ANNIVERSARY_DAYS):
        day = _same_day(start, year - 1)
    claim["date"] = day.isoformat()
    evidence = [row, calendar_evidence(day)]
    if abs((ctx.published - day).days) > ANNIVERSARY_DAYS:
        return unverifiable(
            claim,
            f"the anniversary of {name} ({start}) fell on {day}, more than a week from the "
            f"article date {ctx.published}: the weekday cannot be tied to it",
            evidence,
        )
    if day.weekday() == stated.weekday:
        return supported(
            claim,
            f"the anniversary of {name} ({start}) fell on {format_day(day)}",
            evidence,
        )
    return unverifiable(
        claim,
        f"the anniversary of {name} ({start}) fell on {format_day(day)}, not a "
        f"{WEEKDAY_NAMES[stated.weekday]}; a ceremony may be held on another day",
        evidence,
    )


def _same_day(start: dt.date, year: int) -> dt.date:
    """The anniversary of ``start`` in ``year`` (29 February falls on the 28th)."""
    try:
        return start.replace(year=year)
    except ValueError:
        return dt.date(year, 2, 28)


def claim_key(claim: Mapping[str, Any]) -> str | None:
    """``weekday:YYYY-MM-DD``; None when the date could not be placed in a year."""
    day = parse_iso(str(claim.get("date")))
    return make_key(KIND, [day.isoformat()]) if day else None


def compare(
    a: Mapping[str, Any], b: Mapping[str, Any], a_date: dt.date | None, b_date: dt.date | None
) -> Comparison:
    if a["weekday"] == b["weekday"]:
        return AGREE, f"both say {a['date']} is a {a['weekday']}"
    return CONTRADICT, f"A says {a['date']} is a {a['weekday']}, B a {b['weekday']}"
