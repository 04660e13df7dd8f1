"""Verification: the article date, then each match judged by its check kind.

This is where the pipeline's third stage lives: it decides the article date (stated, else
inferred from the text), dispatches each match to its registered check kind in text order, and
enforces the fail-closed rule: a verdict of supported or conflicting without evidence is
downgraded to unverifiable.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import itertools
import time
from collections.abc import Sequence

import regex

from accordcheck.article import Article
from accordcheck.checks import REGISTRY
from accordcheck.checks.base import Context, Judged, Outcome, unverifiable
from accordcheck.checks.event_date import reports_now
from accordcheck.checks.treaty import marks_now
from accordcheck.dates import full_dates
from accordcheck.extract import Match
from accordcheck.record import Published, Span, Statement, Verdict
from accordcheck.reference import ReferenceTable

# Kinds of reference event that happen once (a country's announcement or signing, a first flight):
# naming one means the article was written after it.
ONE_OFF_EVENTS = frozenset(
    {"announcement", "confirmation", "signing", "recognition", "severance", "memorandum", "flight"}
)
# How many sentences (a headline counts as one) a full date is taken to report the news in.
LEDE_SENTENCES = 3


def decide_published(
    article: Article,
    matches: Sequence[Match],
    reference: ReferenceTable,
    as_of: dt.date | None,
    ctx: Context,
) -> Published:
    """The article date: the option, else what the article states, else an inference."""
    if as_of is not None:
        return Published(as_of.isoformat(), "option", "--as-of")
    stated = article.stated_date()
    if stated:
        return stated
    candidates: list[tuple[dt.date, str]] = []
    # The latest full date, when it is near the top, reports the news ("On Nov. 6, 2025, Trump
    # said …"); further down it may be background ("the first summit was held on September 19,
    # 2023") and only bounds the article date from below.
    dates = full_dates(article.text)
    starts = ctx.annotation.sentence_starts
    top = starts[LEDE_SENTENCES] if len(starts) > LEDE_SENTENCES else len(article.text)
    # A photo caption's date is the photo's ("…, Sept. 15, 2020. (AFP)"), often an old one.
    reported = [d for d in dates if not _in_caption(article.text, d[1])]
    if reported and max(reported)[1] < top:
        day, offset = max(reported)
        line, _ = article.position(offset)
        candidates.append((day, f"the latest full date, near the top of the text (line {line})"))
    for m in matches:
        if m.rule.check == "treaty":
            due = marks_now(m, ctx)
            if due:
                line, _ = article.position(m.start)
                candidates.append((due[0], f"{due[1]} said to fall now (line {line})"))
        if m.rule.check != "event_date":
            continue
        now = reports_now(m, ctx)
        if now:
            line, _ = article.position(m.start)
            candidates.append((now[0], f"{now[1].name} reported as happening now (line {line})"))
    if not candidates:
        bound = _not_before(ctx)
        if dates and (bound is None or max(dates)[0] > bound[0]):
            day, offset = max(dates)
            bound = (day, f"a full date (line {article.position(offset)[0]})")
        return Published(
            None,
            "unknown",
            "no date option, front matter, header line, full date or current event"
            + (f"; it names {bound[1]}, so it is no older than {bound[0]}" if bound else ""),
            bound[0].isoformat() if bound else None,
        )
    day, how = max(candidates, key=lambda c: c[0])
    return Published(day.isoformat(), "inferred", how)


# A line credited to a photo agency or marked as a photo: a caption.
_CAPTION = regex.compile(
    r"(?i)(?:\((?:AFP|Reuters|AP|AP\s+Photo|Getty\s+Images|EPA|Anadolu|Xinhua|SPA|WAM|file)"
    r"\b[^()\n]*\)\s*$|^\s*(?:photo|file\s+photo|image|picture)\s*:)"
)


def _in_caption(text: str, offset: int) -> bool:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return bool(_CAPTION.search(text[start : end if end >= 0 else len(text)]))


def _not_before(ctx: Context) -> tuple[dt.date, str] | None:
    """The latest first day among the agreements and reference events the article names: an
    article naming the Abraham Accords was written after they existed."""
    ref = ctx.reference
    found: list[tuple[dt.date, str]] = []
    for agreement in {m.key for m in ctx.annotation.mentions if m.kind == "agreement"}:
        members = ref.participants_of(agreement)
        if members and agreement in ref.agreements:
            found.append((members[0].joined, f"the {ref.agreements[agreement].name}"))
    for event in ref.events_named(ctx.annotation.shadow):
        # Visits, meetings, summits and wars recur: "his visit" or "the summit" may be an
        # earlier one than the row's, so only one-off steps bound the article date.
        if event.kind in ONE_OFF_EVENTS:
            found.append((event.start, event.name))
    return max(found, key=lambda f: f[0]) if found else None


def verify(
    article: Article,
    matches: Sequence[Match],
    reference: ReferenceTable,
    published: Published,
    ctx: Context,
    deadline: float | None = None,
) -> list[Statement]:
    """Judge every match in text order, in the article's context (its annotation). Past
    ``deadline`` (a ``time.perf_counter()`` value: the article's time budget) the matches left
    are not judged; ``ctx.unjudged_from`` then holds the offset of the first of them."""
    ctx.published = dt.date.fromisoformat(published.date) if published.date else None
    ctx.not_before = dt.date.fromisoformat(published.not_before) if published.not_before else None
    ctx.published_inferred = published.source == "inferred"
    statements = []
    fallback: set[int] = set()  # indexes of catch-all statements
    seen: dict[tuple[str, str], int] = {}
    for match in matches:
        if deadline is not None and time.perf_counter() > deadline:
            ctx.unjudged_from = match.start
            break
        outcome = _judge(match, ctx)
        if outcome is None:
            continue
        if match.rule.fallback:
            fallback.add(len(statements))
        else:
            ctx.history.append(Judged(match, outcome))
        line, column = article.position(match.start)
        normal = match.said.casefold()
        occurrence = seen.get((match.rule.id, normal), 0)
        seen[(match.rule.id, normal)] = occurrence + 1
        statements.append(
            Statement(
                id=f"s{len(statements) + 1}",
                rule=match.rule.id,
                kind=match.rule.check,
                verdict=outcome.verdict,
                text=match.text,
                span=Span(match.start, match.end, line, column, *article.position(match.end)),
                claim=outcome.claim,
                reason=outcome.reason,
                evidence=outcome.evidence,
                expected=outcome.expected if outcome.verdict is Verdict.CONFLICTING else None,
                found=outcome.found if outcome.verdict is Verdict.CONFLICTING else None,
                fingerprint=fingerprint(match.rule.id, normal, occurrence),
            )
        )
    return _without_covered_fallbacks(statements, fallback)


def _without_covered_fallbacks(statements: list[Statement], fallback: set[int]) -> list[Statement]:
    """A fallback rule's statement (by index in ``fallback``: "a dated claim no rule reads")
    stands only where no other rule's statement overlaps it: the specific check says more. Spans
    are looked up by bisection, so a long article's thousands of statements stay cheap."""
    if not fallback:
        return statements
    firm = sorted((s.span.start, s.span.end) for i, s in enumerate(statements) if i not in fallback)
    starts = [a for a, _ in firm]
    reach = list(itertools.accumulate((b for _, b in firm), max))  # furthest end so far

    def covered(start: int, end: int) -> bool:
        before = bisect.bisect_left(starts, end)  # firm spans starting before this one ends
        return before > 0 and reach[before - 1] > start

    kept = [
        s
        for i, s in enumerate(statements)
        if i not in fallback or not covered(s.span.start, s.span.end)
    ]
    if len(kept) == len(statements):
        return statements
    return [dataclasses.replace(s, id=f"s{i}") for i, s in enumerate(kept, 1)]


def fingerprint(rule_id: str, normalised_text: str, occurrence: int) -> str:
    """Stable across runs and across edits elsewhere in the article: the rule, the statement's
    words (whitespace and case folded) and which occurrence of those words it is."""
    digest = hashlib.sha256(f"{rule_id}\x1f{normalised_text}\x1f{occurrence}".encode()).hexdigest()
    return digest[:16]


def _judge(match: Match, ctx: Context) -> Outcome | None:
    """The check kind's outcome; None when the kind declines the match as no claim at all."""
    outcome = REGISTRY[match.rule.check].check(match, ctx)
    if outcome is None:
        return None
    if outcome.verdict is not Verdict.UNVERIFIABLE and not outcome.evidence:
        return unverifiable(
            outcome.claim, f"no reference row backs this verdict ({outcome.reason})"
        )
    if outcome.verdict is Verdict.CONFLICTING:
        doubt = _doubt(match, ctx)
        if doubt is not None:
            return unverifiable(outcome.claim, f"{outcome.reason}; but {doubt}", outcome.evidence)
    return outcome


def _doubt(match: Match, ctx: Context) -> str | None:
    """Why a conflict the check found may not be the article's error, if there is a reason: the
    sentence does not assert the statement, or its time counts from a year or a date the
    article does not settle."""
    framed = _not_asserted(match, ctx)
    if framed is not None:
        return f"the sentence {framed}, it does not assert it"
    if ctx.published is not None:
        yearless = _yearless_time_in(match, ctx)
        year = _year_written_before(match, ctx) if yearless else None
        if yearless and year is not None and year != ctx.published.year:
            # "In the summer of 2020 … Bahrain followed in September", written in 2026: the
            # month belongs to the year the passage is about, not to the article's.
            return (
                f"{yearless!r} gives no year, and the passage before it is about {year}, not "
                f"the article's year {ctx.published.year}"
            )
    if ctx.published_inferred:
        relative = _relative_time_in(match, ctx)
        if relative is not None:
            return (
                f"{relative!r} counts from the article date, which is only inferred from the "
                f"text ({ctx.published}) and may be too early"
            )
    return None


# A statement the sentence reports in order to correct or deny it: "An earlier version said …",
# "It is a common mistake to say that …", "It is false that …". (What a person claimed is still
# checked: that is a fact-checker's daily work.)
_DEBUNKED = regex.compile(
    r"(?i)\b(?:(?:earlier|previous|prior|original)\s+(?:version|report|story|article|draft)|"
    r"mistake(?:n)?\s+to\s+(?:say|claim|believe|think)|(?:myth|misconception|falsehood)|"
    r"(?:false|untrue|not\s+true|wrong|incorrect)\s+(?:to\s+say\s+)?that|contrary\s+to|"
    r"wrongly|falsely|mistakenly)\b"
)


def _not_asserted(match: Match, ctx: Context) -> str | None:
    """How the sentence holds the statement at a distance (a question, a correction, a denial),
    if it does."""
    text = ctx.article.text
    start, end = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    tail = text[match.end : end + 1].rstrip()
    if tail.endswith("?") or text[match.end : end + 2].lstrip().startswith("?"):
        return "asks it as a question"
    if _DEBUNKED.search(text, start, match.start):
        return "reports it to correct or question it"
    return None


# A year set, at the head of a sentence, as the passage's time: "In the summer of 2020, …",
# "Back in 2020, …", "During 2020 …".
_YEAR_FRAME = regex.compile(
    r"(?:(?<=\A)|(?<=[.!?][\"”’)]?\s{1,3})|(?<=\n\s{0,3}))"
    r"(?i:(?:in|back\s+in|during|by)\s+(?:(?:the\s+)?(?:summer|spring|autumn|fall|winter|"
    r"early|late|mid|end|beginning|start|course)(?:[-\s]+of)?\s+)?)(?P<year>(?:19|20)[0-9]{2})"
    r"(?![\w-])"
)
# How far back a year written before a yearless month still sets the passage's year.
PASSAGE_REACH = 600


def _year_written_before(match: Match, ctx: Context) -> int | None:
    """The year the passage before the statement sets as its time ("In the summer of 2020, …"),
    within the few hundred characters before it, across short paragraphs."""
    start = max(match.start - PASSAGE_REACH, 0)
    frames = list(_YEAR_FRAME.finditer(ctx.article.text, start, match.start))
    return int(frames[-1].group("year")) if frames else None


def _yearless_time_in(match: Match, ctx: Context) -> str | None:
    """A month, or a day of a month, the statement gives without a year ("in September"), if
    every time in it is such."""
    times = [m for m in ctx.annotation.mentions_in(match.start, match.end, ["time"]) if m.time]
    if times and all(
        m.time.year is None and m.time.month is not None and not m.time.relative for m in times
    ):
        return times[0].text
    return None


def _relative_time_in(match: Match, ctx: Context) -> str | None:
    """A time in the statement that counts from the article date ("two years ago", "last
    month", "yesterday"), if any."""
    for m in ctx.annotation.mentions_in(match.start, match.end, ["time"]):
        if m.time is not None and m.time.relative:
            return m.text
    return None
