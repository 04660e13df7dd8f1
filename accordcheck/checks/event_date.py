"""event_date — when a reference event happened ("the summit on Thursday", "the war in 2023").

Groups: ``event`` (text matching one of a reference event's ``triggers``, or a generic word
such as "summit" in a sentence where a trigger names the event) and ``when`` (a time
expression). With the ``require_event`` option, a match whose sentence names no reference event
is not a statement at all (generic words are common). Full and partial dates resolve against the article date; a bare weekday ("on
Thursday") is compared with the event's weekday, and must fall within a week of the article date
when that is known. Ongoing events (a war) are judged by their start. A one-day miss says that a
dateline in another time zone may explain it, and is still conflicting.

Compared with another article's date for the same event (``accordcheck diff``), the two dates
must share a day (November 6 and November 7 contradict; 2020 and September 2020 agree); a bare
weekday that no article date places is compared as a weekday.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from typing import Any

import regex

from accordcheck.checks.alignment import (
    AGREE,
    CONTRADICT,
    Comparison,
    Interval,
    claim_range,
    make_key,
    overlap,
)
from accordcheck.checks.base import (
    Context,
    Outcome,
    conflicting,
    number_value,
    supported,
    unverifiable,
)
from accordcheck.checks.weekday import calendar_evidence
from accordcheck.dates import WEEKDAY_NAMES, DateRange, parse_time_expr, resolve, weekday_name
from accordcheck.extract import Match
from accordcheck.record import Verdict
from accordcheck.reference import Event

KIND = "event_date"
OPTIONS: dict[str, tuple[type, Any]] = {
    "require_event": (bool, False),
    "day_after": (bool, False),
    "implicit_when": (bool, False),
    "unlisted": (str, ""),
    "anniversary": (bool, False),
}
NEAR_DAYS = 6


def reports_now(match: Match, ctx: Context) -> tuple[dt.date, Event] | None:
    """If the match reports a reference event as happening now ("announced on Thursday",
    "tonight"), the event's date: an article reporting it was written then."""
    event = find_event(match, ctx)
    expr = parse_time_expr(match.value("when") or "")
    if event is None or expr is None or not expr.refers_to_now:
        return None
    if expr.weekday is not None and event.start.weekday() != expr.weekday:
        return None
    return event.start, event


# What a generic word in a statement can refer to (an event's ``kind`` in the reference).
GENERIC_KINDS = {
    "summit": {"summit"}, "meeting": {"summit", "visit"}, "talks": {"summit", "visit"},
    "hosted": {"summit"}, "visit": {"visit"}, "trip": {"visit"},
    "announcement": {"announcement"}, "announced": {"announcement", "recognition", "plan"},
    "decision": {"announcement", "recognition"}, "call": {"announcement"},
    "conversation": {"announcement"}, "unveiled": {"plan"}, "became": {"announcement"},
    "agreed": {"announcement"}, "decided": {"announcement"}, "sign": {"signing"},
    "takeover": {"coup"},
    "ceremony": {"signing"}, "signing": {"signing"}, "signed": {"signing", "memorandum"},
    "forum": {"forum"}, "conference": {"forum"}, "memorandum": {"memorandum"},
    "war": {"war"}, "fighting": {"war"}, "conflict": {"war"}, "coup": {"coup"},
    "confirmed": {"confirmation"}, "confirmation": {"confirmation"},
    "said": {"announcement"}, "says": {"announcement"},
    "launched": {"format"}, "established": {"format"}, "format": {"format"},
}  # fmt: skip


REPORTING = {
    "announced",
    "announcement",
    "confirmed",
    "confirmation",
    "decision",
    "call",
    "said",
    "says",
}


def find_event(match: Match, ctx: Context) -> Event | None:
    """The event a trigger names within the statement (it may reach beyond it: "the crown
    prince's November 18 visit", where the date splits the trigger), the one nearest the
    statement's time when several do; failing that, the event whose trigger in the same clause
    is nearest a generic word (for "a summit Trump hosted Thursday evening with Central Asian
    leaders"), or one the previous sentence names. Triggers are matched on the shadow text,
    where names are single characters."""
    reference = ctx.reference
    cap = match.group("event")
    start, text = ctx.shadow_sentence(match)
    when = match.group("when")
    lo = ctx.to_shadow(match.start) - start
    hi = ctx.annotation.to_shadow(match.end, end=True) - start
    near = ctx.to_shadow(when.start) - start if when else lo
    found = reference.event_in_span(text, near, lo, hi)
    if found is not None:
        return found
    kinds = GENERIC_KINDS.get((cap.text if cap else "").lower(), set())
    # Only the clause around the generic word: in "the treaty, signed on …, grew out of the
    # accords, signed by A and B in 1978" each "signed" belongs to its own clause's event.
    at = ctx.to_shadow(cap.start if cap else match.start) - start
    left = max(text.rfind(mark, 0, at) for mark in ",;:—(")
    rights = [i for i in (text.find(mark, at) for mark in ",;:—)") if i >= 0]
    clause = text[left + 1 : min(rights) if rights else len(text)]
    found = reference.event_named(clause, near=at - left - 1, kinds=kinds)
    if found is None:
        found = _through_possessive(ctx, match, text[left + 1 : at], clause, kinds)
    if found is None and (cap.text if cap else "").lower() in REPORTING:
        # "Kazakhstan is joining the accords, Trump announced on Thursday": a reporting verb
        # reports the sentence's other clause.
        found = reference.event_named(text, near=at, kinds=kinds)
    # A clause naming its own treaty or agreement ("Egypt signed the Camp David Accords in
    # 1978") is about that, never about an event the previous sentence names.
    names_own = any(
        m.kind in ("treaty", "agreement")
        for m in ctx.annotation.mentions_in_shadow(start + left + 1, start + left + 1 + len(clause))
    )
    if found is None and not names_own:
        # "The decision, announced on Thursday, …" after a sentence naming the decision.
        s, end = ctx.sentence_bounds(match.start)
        if s > 0:
            p, e = ctx.sentence_bounds(s - 1)
            # "Bahrain's decision followed on …" after a sentence on the UAE's deal: a sentence
            # naming its own countries, none of them in the previous one, is about something else.
            here = {m.key for m in ctx.countries(s, end, actors=True)}
            there = {m.key for m in ctx.countries(p, e)}
            if not here or here & there:
                found = reference.event_named(ctx.shadow(p, e), kinds=kinds)
            if found is None and not here:
                found = _through_context(ctx, p, e, clause, kinds)
    return found


def _through_context(ctx: Context, p: int, e: int, clause: str, kinds: set[str]) -> Event | None:
    """ "The process stalled after the military takeover of October 2021", after a sentence
    naming Sudan: an event word no country owns is read as that of a country the previous
    sentence names, when exactly one such reading names an event."""
    if not kinds:
        return None
    found = {
        event.id: event
        for m in ctx.countries(p, e, actors=True)
        if (
            event := ctx.reference.event_named(
                f"{ctx.shadow(m.start, m.end)}'s {clause}", kinds=kinds
            )
        )
        is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _through_possessive(
    ctx: Context, match: Match, before: str, clause: str, kinds: set[str]
) -> Event | None:
    """ "Its military coup of October 2022", after a sentence naming Sudan: a possessive pronoun
    before the event word stands for the country the previous sentence named last, and the
    clause is read with that country in its place."""
    if not kinds or not _POSSESSIVE.search(before):
        return None
    s, _ = ctx.sentence_bounds(match.start)
    if s == 0:
        return None
    p, _ = ctx.sentence_bounds(s - 1)
    named = ctx.countries(p, s, actors=True)
    if not named:
        return None
    token = ctx.shadow(named[-1].start, named[-1].end)
    return ctx.reference.event_named(_POSSESSIVE.sub(f"{token}'s", clause, count=1), kinds=kinds)


_POSSESSIVE = regex.compile(r"(?<![\w-])(?:[Ii]ts|[Tt]heir|[Tt]he\s+country['’]s)(?![\w-])")

# "a year ago today", "two years ago this week": the time is shifted back from the article date.
_AGO = regex.compile(
    r"(?i)\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})\s+"
    r"(?P<unit>year|month|week|day)s?\s+ago,?\s*$"
)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _shifted_anchor(match: Match, ctx: Context) -> tuple[dt.date | None, bool]:
    """The article date, or for "N years ago today" that date N years back; the flag says a
    shift was read (then only "today" can be placed; other words decline the match)."""
    when = match.group("when")
    if when is None or ctx.published is None:
        return ctx.published, False
    m = _AGO.search(ctx.article.text[max(0, when.start - 30) : when.start])
    if m is None:
        return ctx.published, False
    n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"].lower()]
    day, unit = ctx.published, m["unit"].lower()
    if unit == "day":
        return day - dt.timedelta(days=n), True
    if unit == "week":
        return day - dt.timedelta(weeks=n), True
    months = day.year * 12 + day.month - 1 - (n * 12 if unit == "year" else n)
    year, month = divmod(months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last)), True


def _describe(event: Event) -> str:
    if event.end and event.end != event.start:
        return f"{event.name}: {event.start} to {event.end}"
    suffix = " (ongoing)" if event.ongoing else ""
    return f"{event.name}: {event.start} ({weekday_name(event.start)}){suffix}"


# A time inside a relative clause (", who succeeded Nazarbayev in 2020,") dates that clause, not
# an event named after the clause closes; nor does a time reach an intended act behind a comma
# (", used the visit to sign a memorandum").
_RELATIVE_OPEN = regex.compile(r",\s+(?:who|which|whose|where|when)\b[^,;\n]*$")
_INTENT = regex.compile(
    r"(?i)\b(?:to|will|would|could|might|may|shall|plans?\s+to|set\s+to|due\s+to)\s+(?:\w+\s+){1,3}$"
)


# Words allowed between an event and a time of its own ("announced last month", "signed in
# Rabat on December 22" is not one: the place is another complement).
_OWN_TIME_GAP = regex.compile(r"(?i)^\s*(?:(?:on|in|at|during|late|early|earlier|later|only)\s+)*$")


def _own_time_after(match: Match, ctx: Context, end: int) -> bool:
    """Whether a time expression follows the event right away ("the deal that was announced last
    month"): then an earlier time in the sentence ("next week for the deal …") dates another
    clause."""
    _, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    for m in ctx.annotation.mentions_in(end, min(e, end + 60), ["time"]):
        if m.start >= end and _OWN_TIME_GAP.match(ctx.article.text[end : m.start]):
            return True
    return False


def _time_elsewhere(match: Match, ctx: Context) -> bool:
    when, event = match.group("when"), match.group("event")
    if match.rule.options["day_after"] or when is None or event is None or when.start > event.start:
        return False
    if _own_time_after(match, ctx, event.end):
        return True
    between = ctx.article.text[when.end : event.start]
    if "," not in between:
        return False
    s, _ = ctx.sentence_bounds(match.start)
    return bool(_RELATIVE_OPEN.search(ctx.article.text[s : when.start]) or _INTENT.search(between))


def _event_after(match: Match, ctx: Context) -> Event | None:
    """The event named after "the day after": a trigger inside that part of the statement."""
    cap = match.group("event")
    if cap is None:
        return None
    start, text = ctx.shadow_sentence(match)
    lo = ctx.to_shadow(cap.start) - start
    hi = ctx.annotation.to_shadow(cap.end, end=True) - start
    return ctx.reference.event_in_span(text, lo, lo, hi)


def _event_in_statement(match: Match, ctx: Context) -> Event | None:
    start, text = ctx.shadow_sentence(match)
    lo = ctx.to_shadow(match.start) - start
    hi = ctx.annotation.to_shadow(match.end, end=True) - start
    when = match.group("when")
    near = ctx.to_shadow(when.start) - start if when else lo
    return ctx.reference.event_in_span(text, near, lo, hi)


def _sentence_time(match: Match, ctx: Context) -> str:
    """The first time expression of the statement's sentence that can be placed ("Today")."""
    s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    text = ctx.article.text
    for m in ctx.annotation.mentions_in(s, e, ["time"]):
        if m.time is None or resolve(m.time, ctx.published) is None:
            continue
        if m.key == "relative" or _DATING.search(text[max(s, m.start - 12) : m.start]):
            return m.text
    return ""


# A preposition dating an event ("on Thursday", "in 2023"), not "since 2017".
_DATING = regex.compile(r"(?i)\b(?:on|in|at|during)\s+$")


def check(match: Match, ctx: Context) -> Outcome | None:
    if match.rule.options["anniversary"]:
        return _anniversary(match, ctx)
    if _time_elsewhere(match, ctx):
        return None
    options = match.rule.options
    if options["unlisted"]:
        # Only an event the statement itself names: a borrowed one would date another event.
        event = _event_in_statement(match, ctx)
    else:
        event = _event_after(match, ctx) if options["day_after"] else None
        event = event or find_event(match, ctx)
    words = match.value("when") or ""
    if not words and options["implicit_when"]:
        words = _sentence_time(match, ctx)
        if event is not None and not words:
            return _implicit(event, ctx)
    claim: dict[str, Any] = {"event": event.id if event else None, "when": words}
    if event is None and options["require_event"]:
        return None
    if event is None and options["unlisted"]:
        return unverifiable(claim, options["unlisted"])
    if event is None and match.rule.options["day_after"]:
        return unverifiable(
            claim,
            "the step is dated as the day after another event, and the reference table records "
            "neither, so the date cannot be checked",
        )
    if event is None:
        return unverifiable(
            claim, f"{match.value('event')!r} names no event in the reference table"
        )
    if match.rule.options["day_after"]:
        return _day_after(event, words, ctx)
    if words.strip().lower().startswith("since") and not event.ongoing:
        return None  # "the first to join since 2020": the time belongs to another clause
    anchor, shifted = _shifted_anchor(match, ctx)
    if shifted:
        expr = parse_time_expr(words)
        if expr is None or expr.relative != "today":
            return None  # "two years ago this week": too loose to place
    outcome = _judge(event, words, ctx, anchor)
    if outcome.verdict is Verdict.CONFLICTING and not shifted:
        # A sentence naming several events may date any of them ("the ministry said on Friday
        # that joining the accords …": the confirmation, not the announcement): a conflict only
        # when no event the sentence names fits the time.
        s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
        for other in ctx.reference.events_named(ctx.shadow(s, e)):
            if other.id != event.id:
                alternative = _judge(other, words, ctx, anchor)
                if alternative.verdict is Verdict.SUPPORTED:
                    return alternative
    if (
        outcome.verdict is Verdict.CONFLICTING
        and event.kind in REPEATABLE_KINDS
        and _far_from(outcome, event)
    ):
        # "Mohammed bin Salman visited the White House in March 2018": a person visits or meets
        # more than once; the reference records one visit, so a time far from it is another.
        return unverifiable(
            outcome.claim,
            f"{_describe(event)} is the one visit or meeting the reference records; "
            f"{' '.join(words.split())!r} is far from it and may be another",
            outcome.evidence,
        )
    if outcome.verdict is Verdict.CONFLICTING and _dates_a_remark(match, ctx):
        # "Tokayev said on Friday (that Kazakhstan joined …)": the time dates the remark, which
        # may come days after the event it reports.
        return unverifiable(
            outcome.claim,
            f"the time ({' '.join(words.split())!r}) dates a remark, not the event itself: "
            f"{_describe(event)}; a remark may come after the event it reports",
            outcome.evidence,
        )
    if outcome.verdict is Verdict.CONFLICTING and not match.value("when"):
        # The time came from elsewhere in the sentence: it may date another clause.
        return unverifiable(
            outcome.claim,
            f"{outcome.reason}; but the time is not the description's own and may date another "
            "clause of the sentence",
            outcome.evidence,
        )
    return outcome


# Events a person may repeat (another visit, another meeting): a time far from the recorded one
# names another occurrence, not a wrong date.
REPEATABLE_KINDS = {"visit", "meeting"}
REPEAT_DAYS = 60


def _far_from(outcome: Outcome, event: Event) -> bool:
    when = claim_range(outcome.claim.get("when"))
    if when is None:
        return False
    return (event.start - when.last).days > REPEAT_DAYS or (
        when.first - event.start
    ).days > REPEAT_DAYS


# A verb of saying: the time next to it dates the remark, not the event reported.
SPEECH = {"said", "says", "told", "tells", "added", "stated", "noted", "stressed", "remarked"}
_SPEECH_BEFORE = regex.compile(
    r"(?i)\b(?:said|says|told(?:\s+[\w.]+){0,3}|tells|added|stated|noted|stressed|remarked|"
    r"wrote|tweeted|posted|declared|insisted|explained|argued|emphasi[sz]ed|reiterated)"
    r"(?:\s+(?:on|late|early|earlier|later))*\s*$"
)


def _dates_a_remark(match: Match, ctx: Context) -> bool:
    """Whether the statement's time stands next to a verb of saying ("said on Friday", "told
    reporters Friday"), or the event word is one: then it dates the remark."""
    event, when = match.group("event"), match.group("when")
    if event is not None and event.text.lower() in SPEECH:
        return True
    if when is None:
        return False
    s, _ = ctx.sentence_bounds(when.start)
    return bool(_SPEECH_BEFORE.search(ctx.article.text[max(s, when.start - 40) : when.start]))


_LEADING_PREPOSITION = regex.compile(r"(?i)^\s*(?:in|during|between|from)\s+")


def _resolve_for(expr: Any, anchor: dt.date | None, event: Event) -> DateRange | None:
    """A time without a year, read against the article date; when that lands after the article
    date and the event is already past ("the accords were signed on September 15", said in
    August 2021), its latest occurrence on or before the article date."""
    when = resolve(expr, anchor)
    if when is None or anchor is None or expr.year is not None or expr.relative:
        return when
    if not (event.start <= anchor < when.first):
        return when
    if expr.day is not None:
        return resolve(expr, anchor, past=True) or when
    if expr.month is not None:
        return DateRange.month(when.first.year - 1, expr.month)
    return when


def _judge(event: Event, words: str, ctx: Context, anchor: dt.date | None) -> Outcome:
    """The event's date against the time; ``anchor`` is the day relative words count from (the
    article date, or that date shifted by "a year ago")."""
    claim: dict[str, Any] = {"event": event.id, "when": words}
    # "in 2020-2021": the date parser reads a range of years without its preposition.
    expr = parse_time_expr(words) or parse_time_expr(_LEADING_PREPOSITION.sub("", words))
    if expr is None:
        return unverifiable(claim, f"cannot read {words!r} as a date")
    evidence = [event.evidence(_describe(event))]
    if expr.weekday is not None and not expr.has_date:
        claim["weekday"] = WEEKDAY_NAMES[expr.weekday]
        if expr.before:
            claim["last"] = True
        if anchor:
            resolved = resolve(expr, anchor)
            claim["when"] = str(resolved) if resolved else words
        return _weekday_only(claim, event, expr.weekday, ctx, evidence)
    when = _resolve_for(expr, anchor, event)
    if when is None and _same_day_of_year(expr, event):
        # An undated article: "the summit on November 6" is the event's own day of the year.
        claim["when"] = str(event.start)
        return supported(
            claim,
            f"{_describe(event)}: the same day of the year (the article date is unknown, so "
            "the year is the event's)",
            evidence,
        )
    if when is None:
        return unverifiable(claim, f"{words!r} needs the article date, which is unknown", evidence)
    claim["when"] = str(when)
    if when.first.year == when.last.year:
        claim["year"] = when.first.year
    if when.contains(event.start) or (
        event.end and when.overlaps(event.start, event.end) and not event.ongoing
    ):
        return supported(claim, f"{_describe(event)}, within {when}", evidence)
    return conflicting(
        claim,
        f"{_describe(event)}, not {when}{_shift_note(when, event.start)}",
        evidence,
        expected=str(event.start),
        found=" ".join(words.split()),
    )


def _same_day_of_year(expr: Any, event: Event) -> bool:
    """A day and month without a year that fall on the event's first (or only) day."""
    if expr.year is not None or expr.relative or expr.month is None or expr.day is None:
        return False
    if expr.weekday is not None and expr.weekday != event.start.weekday():
        return False
    return (expr.month, expr.day) == (event.start.month, event.start.day)


def _implicit(event: Event, ctx: Context) -> Outcome:
    """An event the sentence describes ("the first C5+1 summit held at the White House") with no
    time of its own: the description names the event; it is placed at the article date when
    that falls within a week of the event, and is never a contradiction otherwise."""
    claim: dict[str, Any] = {"event": event.id}
    evidence = [event.evidence(_describe(event))]
    if ctx.published and abs((ctx.published - event.start).days) <= NEAR_DAYS:
        claim["when"] = ctx.published.isoformat()
        return supported(
            claim,
            f"the description names {_describe(event)}, within a week of the article date "
            f"{ctx.published}",
            evidence,
        )
    return unverifiable(
        claim,
        f"the description names {_describe(event)}, but the sentence gives no time and the "
        "article date does not place it",
        evidence,
    )


def _day_after(event: Event, words: str, ctx: Context) -> Outcome:
    """ "on Tuesday, the day after X announced …": the event named after "the day after" must
    fall on the day before the time given."""
    claim: dict[str, Any] = {"event": event.id, "when": words, "day_after": True}
    expr = parse_time_expr(words)
    when = resolve(expr, ctx.published, past=True) if expr else None
    evidence = [event.evidence(_describe(event))]
    if when is None or not when.is_day:
        return unverifiable(claim, f"{words!r} cannot be placed on a day", evidence)
    before = when.first - dt.timedelta(days=1)
    claim["when"] = str(when)
    if event.start <= before <= (event.end or event.start):
        return supported(claim, f"{_describe(event)}, the day before {when}", evidence)
    return conflicting(
        claim,
        f"{_describe(event)}, not {before} (the day before {when})",
        evidence,
        expected=str(event.start),
        found=f"{before} (the day before {' '.join(words.split())})",
    )


def _shift_note(when: DateRange, actual: dt.date) -> str:
    if when.is_day and abs((when.first - actual).days) == 1:
        return "; one day off: a dateline in another time zone may explain it"
    return ""


def _weekday_only(
    claim: dict[str, Any], event: Event, weekday: int, ctx: Context, evidence: list
) -> Outcome:
    days = [
        event.start + dt.timedelta(days=i)
        for i in range(((event.end or event.start) - event.start).days + 1)
    ]
    evidence = [*evidence, *(calendar_evidence(d) for d in days[:3])]
    window = 2 * NEAR_DAYS + 1 if claim.get("last") else NEAR_DAYS
    if ctx.published and abs((ctx.published - event.start).days) > window:
        return unverifiable(
            claim,
            f"a bare weekday cannot refer to {event.start}, more than a week from the article date {ctx.published}",
            evidence,
        )
    if any(d.weekday() == weekday for d in days):
        return supported(claim, f"{_describe(event)}", evidence)
    delta = (weekday - event.start.weekday()) % 7
    note = (
        "; one day off: a dateline in another time zone may explain it" if delta in (1, 6) else ""
    )
    return conflicting(
        claim,
        f"{_describe(event)} was a {weekday_name(event.start)}, not a {WEEKDAY_NAMES[weekday]}{note}",
        evidence,
        expected=f"{weekday_name(event.start)} {event.start}",
        found=WEEKDAY_NAMES[weekday],
    )


def claim_key(claim: Mapping[str, Any]) -> str | None:
    """``event_date:EVENT`` (the reference event's id); None when the statement names no event
    or gives neither a date nor a weekday."""
    if not claim.get("event") or not (claim_range(claim.get("when")) or claim.get("weekday")):
        return None
    return make_key(KIND, [claim["event"]])


def compare(
    a: Mapping[str, Any], b: Mapping[str, Any], a_date: dt.date | None, b_date: dt.date | None
) -> Comparison:
    days_a, days_b = claim_range(a.get("when")), claim_range(b.get("when"))
    if days_a and days_b:
        return overlap("the event", Interval.of(days_a), Interval.of(days_b))
    common = sorted(_weekdays(a, days_a) & _weekdays(b, days_b))
    if common:
        return AGREE, f"both fit the event on a {' or '.join(common)}"
    return CONTRADICT, f"A puts the event on {a['when']}, B on {b['when']}: no weekday fits both"


def _weekdays(claim: Mapping[str, Any], days: DateRange | None) -> set[str]:
    """The weekdays the claim allows: those of its days, else the weekday it names."""
    if days is None:
        return {claim["weekday"]} if claim.get("weekday") else set()
    span = min((days.last - days.first).days, 6)
    return {weekday_name(days.first + dt.timedelta(days=i)) for i in range(span + 1)}


# "one year on from the Arab-Israeli peace deals, an anniversary gala": an anniversary
# of deals the reference has no trigger for is read as that of the 2020 signing only when the
# phrase names peace or normalisation deals with Israel or Arab states (then never a conflict).
_DEALS = regex.compile(
    r"(?i)\b(?:peace|normali[sz]ation|diplomatic|landmark|historic)\s+(?:\w+\s+){0,2}?"
    r"(?:deals?|agreements?|accords?|pacts?|treaties)\b"
)
_SIGNING_2020 = "event.abraham-accords-signing-2020"
ANNIVERSARY_NEAR_DAYS = 45


def _add_years(day: dt.date, n: int) -> dt.date:
    try:
        return day.replace(year=day.year + n)
    except ValueError:
        return dt.date(day.year + n, 2, 28)


def _reference_event(ctx: Context, event_id: str) -> Event | None:
    return next((e for e in ctx.reference.events if e.id == event_id), None)


def _anniversary_event(match: Match, ctx: Context) -> tuple[Event | None, bool]:
    """The event an anniversary counts from, and whether it was only inferred from the words
    (then the statement is never a contradiction)."""
    event = _event_in_statement(match, ctx)
    if event is not None:
        return event, False
    cap = match.group("event")
    words = cap.text if cap else ""
    on_topic = (
        bool(
            ctx.countries(cap.start, cap.end)
            or ctx.annotation.mentions_in(0, len(ctx.article.text), ["agreement"])
        )
        if cap
        else False
    )
    if _DEALS.search(words) and on_topic:
        return _reference_event(ctx, _SIGNING_2020), True
    if cap and ctx.annotation.mentions_in(cap.start, cap.end, ["agreement"]):
        return _reference_event(ctx, _SIGNING_2020), True
    return None, True


def _day_of_year_within(expr: Any, first: dt.date, last: dt.date) -> bool:
    if expr.year is not None or expr.relative or expr.month is None or expr.day is None:
        return False
    try:
        day = dt.date(first.year, expr.month, expr.day)
    except ValueError:
        return False
    return first <= day <= last


def _anniversary(match: Match, ctx: Context) -> Outcome | None:
    """ "The meeting falls on the format's 10th anniversary", "marks its 10th
    anniversary on November 1": the event's start (or its span) N years on, against the time
    given, else the article date (within 45 days); a contradiction only with a time of the
    statement's own and an event the statement names."""
    n = number_value(match.value("n"))
    event, inferred = _anniversary_event(match, ctx)
    if n is None or n <= 0 or event is None:
        return None
    first = _add_years(event.start, n)
    last = _add_years(event.end or event.start, n)
    span = f"{first}" if first == last else f"{first} to {last}"
    claim: dict[str, Any] = {"event": event.id, "anniversary": n, "falls_on": span}
    evidence = [event.evidence(_describe(event))]
    what = f"anniversary no. {n} of the {event.name} ({_describe(event)}) falls on {span}"
    words = match.value("when") or ""
    expr = parse_time_expr(words) if words else None
    if expr is not None:
        when = resolve(expr, ctx.published)
        if when is None and _day_of_year_within(expr, first, last):
            return supported(
                claim, f"{what}: the same day of the year (the article date is unknown)", evidence
            )
        if when is None:
            return unverifiable(claim, f"{what}; {words!r} needs the article date", evidence)
        claim["stated"] = str(when)
        if when.overlaps(first, last):
            return supported(claim, f"{what}, within {when}", evidence)
        if inferred or (expr.year is None and expr.month is None):
            return unverifiable(
                claim, f"{what}, not {when}; the phrase may mean another event", evidence
            )
        return conflicting(
            claim, f"{what}, not {when}", evidence, expected=span, found=" ".join(words.split())
        )
    if ctx.published is None:
        return unverifiable(claim, f"{what}; the article date is unknown", evidence)
    near = min(abs((ctx.published - first).days), abs((ctx.published - last).days))
    if first <= ctx.published <= last or near <= ANNIVERSARY_NEAR_DAYS:
        return supported(claim, f"{what}, near the article date {ctx.published}", evidence)
    return unverifiable(
        claim,
        f"{what}, far from the article date {ctx.published}; the phrase gives no time",
        evidence,
    )
