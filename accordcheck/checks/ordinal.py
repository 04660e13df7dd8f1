"""ordinal — a country's place in an ordered set ("the fifth country to join", "the third Arab
state to normalise relations with Israel", "the latest nation to sign", "the third Arab nation to
recognise Israel this year", "the Emirates and Bahrain, respectively the third and fourth Arab countries to …").

Groups: ``ordinal`` (required: "fifth", "5th", "latest", "newest"; with two captures and two
``subject`` captures, the places are given respectively), ``subject`` (optional: the country;
otherwise a member of the set named in the same sentence, else the most recent member as of the
article date), ``scope`` (optional: "this year", "in 2020", "that year", "since August", "in the
past four months": only the members inside that time are counted), ``maybe_scope`` (optional: a
time that may be the scope or the date of the step, "… with Israel in 2020": both readings are
tried), ``after`` (optional: "after A and B", "X followed A, B and C as the fourth": exactly the
members before the subject) and ``group_noun`` (optional: "the first Central Asian country to
join": only the members of that reference group are counted), ``among`` (optional: "the first of
four Arab states to …": a counting must hold exactly that many members, later ones included; the
subject's year is a reading of the scope whatever the article date) and ``span`` with
``qualifier`` (optional: "26 years went by between the second Arab peace agreement and
the third": the time between the two places the two ``ordinal`` captures name, in every
counting). The rule's ``sequence`` option names the set: a reference ``sequences`` id or
``participants:AGREEMENT``. A vague scope ("in recent months", read as up to a year back) makes a
place that does not fit unverifiable, never conflicting.

Where sources count differently, every counting is tried and the reason says which one gives the
stated place: a member some leave out (Sudan, whose agreement was never implemented; Mauritania,
whose relations were severed), and for the participants of an agreement the order of the
announcements or of the signings ("the fourth to sign"), members signing on one day sharing their
places. "This year" is the year of the article date, else the year the paragraph last wrote; "that
year" the year the paragraph last wrote. When the subject's own step falls outside the scope, the
scope may mean another year than the one read, and the statement is unverifiable.

A subject the statement does not capture is a guess: when the sentence names other members before
the place ("A, B and C as the fourth"), or names no member at all (the latest by the article date
is read), a place that does not fit is unverifiable, not conflicting, unless no member ever had
it. A place predicted for a country not in the set ("would be the sixth") is unverifiable.

Compared with another article's place for the same country (``accordcheck diff``), two places
must be equal; "latest" fits any place, as whether anyone joined later is for the reference.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

import regex

from accordcheck.annotate import GULF_STATES
from accordcheck.checks.alignment import AGREE, CONTRADICT, Comparison, make_key
from accordcheck.checks.base import (
    Context,
    Outcome,
    combine,
    conflicting,
    join_names,
    number_value,
    supported,
    unverifiable,
)
from accordcheck.checks.count import member_evidence
from accordcheck.dates import DateRange, parse_time_expr, resolve
from accordcheck.extract import Capture, Match
from accordcheck.reference import Entity, OrderedSet, SequenceMember

KIND = "ordinal"
OPTIONS: dict[str, tuple[type, Any]] = {
    "sequence": (str, "participants:abraham-accords"),
    "wave": (bool, False),
}
LATEST = ("latest", "newest", "most recent", "last")

_PAST_SPAN = regex.compile(
    r"(?i)\b(?:past|last|previous)\s+(?P<n>\w+)\s+(?P<unit>weeks?|months?|years?)\b"
)
# A place said of the future: "would be the sixth", "is set to become the fifth".
_FUTURE = regex.compile(
    r"(?i)\b(?:will|would|could|may|might|shall|set\s+to|poised\s+to|expected\s+to|due\s+to|"
    r"about\s+to|likely\s+to|to\s+become)\b"
)
_UNIT_DAYS = {"week": 7, "month": 31, "year": 366}
# "In recent months", "in recent weeks": at most about a year, about two months.
_RECENT = regex.compile(r"(?i)\brecent\s+(?P<unit>weeks|months)\b")
_RECENT_DAYS = {"weeks": 62, "months": 366}


def _ordinal_word(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def resolve_scope(words: str, match: Match, ctx: Context) -> tuple[DateRange | None, str | None]:
    """(range, problem): the time a scope phrase ("this year", "in 2020", "that year", "since
    August", "in the past four months") restricts a set to, read against the article."""
    low = words.lower()
    end = ctx.published or dt.date.max
    if regex.search(r"\b(?:that|the\s+same)\s+year\b", low):
        year = ctx.paragraph_year(match)
        if year is None:
            return None, f"{words!r} has no year written before it in the paragraph"
        return DateRange.year(year), None
    if regex.search(r"\bthis\s+year\b", low):
        year = ctx.published.year if ctx.published else ctx.paragraph_year(match)
        if year is None:
            return None, f"{words!r} needs the article date, which is unknown"
        return DateRange.year(year), None
    recent = _RECENT.search(low)
    if recent:
        # "in recent months": vague; read as the longest span the words can mean, and a place
        # that does not fit it is unverifiable (see ``_one``), never conflicting.
        if ctx.published is None:
            return None, f"{words!r} needs the article date, which is unknown"
        days = _RECENT_DAYS[recent.group("unit")]
        return DateRange(ctx.published - dt.timedelta(days=days), ctx.published), None
    span = _PAST_SPAN.search(low)
    if span:
        n = number_value(span.group("n"))
        if n is None or ctx.published is None:
            return None, f"{words!r} cannot be read as a span of days before the article date"
        unit = span.group("unit").rstrip("s")
        first = ctx.published - dt.timedelta(days=n * _UNIT_DAYS[unit])
        return DateRange(first, ctx.published), None
    since = low.strip().startswith("since")
    expr = parse_time_expr(regex.sub(r"(?i)^\s*(?:since|in|during)\s+", "", words))
    if expr is None:
        return None, f"{words!r} is not a time this tool can read"
    if expr.year is None and expr.month is not None:
        year = ctx.paragraph_year(match)
        if year is not None:
            expr = dataclasses.replace(expr, year=year)
    when = resolve(expr, ctx.published, past=True)
    if when is None:
        return None, f"{words!r} needs the article date, which is unknown"
    if since:
        return DateRange(when.first, max(end, when.first)), None
    return when, None


def _span(scope: DateRange) -> str:
    return f"from {scope.first}" if scope.last == dt.date.max else str(scope)


def _after_since(words: str, match: Match, ctx: Context) -> DateRange | None:
    """ "The first … since 1994": the days after the time named (the first to count since an event
    is the first after it, where "the fourth since August" counts August's too)."""
    named, _ = resolve_scope(regex.sub(r"(?i)^\s*since\s+", "", words), match, ctx)
    if named is None:
        return None
    return DateRange(named.last + dt.timedelta(days=1), dt.date.max)


def orderings(seq: OrderedSet) -> list[tuple[OrderedSet, str]]:
    """The orders a set may be counted in: for an agreement's participants, by announcement and
    by signing (members not signed are left out of the second); any other set, its own order."""
    out = [(seq, "")]
    if not seq.id.startswith("participants:"):
        return out
    signed = [
        SequenceMember(m.country, m.row.signed, m.optional, m.row)  # type: ignore[union-attr]
        for m in seq.members
        if m.row is not None and getattr(m.row, "signed", None)
    ]
    if signed:
        signed.sort(key=lambda m: (m.date, m.country))
        out.append((dataclasses.replace(seq, members=tuple(signed)), "in the order of signing"))
    return out


def places(order: tuple[SequenceMember, ...], country: str) -> range:
    """The places a member may claim in an order: members on the same day share them."""
    mine = next(m for m in order if m.country == country)
    before = sum(1 for m in order if m.date < mine.date)
    same = sum(1 for m in order if m.date == mine.date)
    return range(before + 1, before + same + 1)


def check(match: Match, ctx: Context) -> Outcome:
    ref = ctx.reference
    seq = ref.sequence(ctx.sequence_key(match, match.rule.options["sequence"]))
    group = ref.group_by_noun(match.value("group_noun") or "")
    if seq is not None and group is not None:
        # "the first Central Asian country to join": counted among that group's members only.
        seq = dataclasses.replace(
            seq,
            name=f"{seq.name} from the {group.name}",
            members=tuple(m for m in seq.members if m.country in group.members),
        )
    words = [c.text.lower() for c in match.all("ordinal")]
    if match.value("span"):
        return _interval(match, ctx, seq, words)
    # In text order (a lookbehind stores its captures last to first).
    subjects = sorted(match.all("subject"), key=lambda c: c.start)
    if len(words) > 1 and len(subjects) == len(words):
        claim: dict[str, Any] = {"ordinal": [_value(w) for w in words]}
        outcomes = [
            _one(match, ctx, seq, w, s, claim) for w, s in zip(words, subjects, strict=True)
        ]
        claim["subject"] = [o.claim.get("subject") for o in outcomes]
        return combine(claim, outcomes)
    word = words[0] if words else ""
    return _one(match, ctx, seq, word, subjects[0] if subjects else None, {})


_SPAN_WORDS = regex.compile(
    r"(?i)^(?P<n>[\w-]+(?:\s+[\w-]+)?)\s+(?P<unit>years|months|weeks|days)$"
)
_UNIT_LEN = {"years": 365.2425, "months": 30.4369, "weeks": 7.0, "days": 1.0}


def _interval(match: Match, ctx: Context, seq: OrderedSet | None, words: list[str]) -> Outcome:
    """ "26 years went by between the second and third Arab peace agreements",
    "only 29 days from the third Arab state to the fourth": the time between the two places of
    the ordered set, in every counting its optional members allow."""
    from accordcheck.checks.relations import qualified  # relations imports this package's base

    said = " ".join((match.value("span") or "").split())
    qualifier = " ".join((match.value("qualifier") or "").split()).lower()
    places_said = [number_value(w) for w in words]
    claim: dict[str, Any] = {"interval": said, "ordinal": places_said}
    if seq is None:
        return unverifiable(
            claim, f"the reference table has no set {match.rule.options['sequence']!r}"
        )
    claim["sequence"] = seq.id
    found = _SPAN_WORDS.match(said)
    amount = number_value(found.group("n")) if found else None
    if len(places_said) != 2 or None in places_said or amount is None or found is None:
        return unverifiable(claim, f"cannot read {said!r} between two places in order")
    k, m = sorted(places_said)  # type: ignore[type-var]
    unit = found.group("unit").lower()
    measured = []
    for kept, note in seq.variants(by=ctx.published):
        if len(kept) < m or k < 1:  # type: ignore[operator]
            continue
        a, b = kept[k - 1], kept[m - 1]  # type: ignore[operator]
        value = (b.date - a.date).days / _UNIT_LEN[unit]
        text = (
            f"{ctx.reference.name(a.country)} ({a.date}) to {ctx.reference.name(b.country)} "
            f"({b.date}): {value:.1f} {unit}" + (f" ({note})" if note else "")
        )
        measured.append(text)
        fits = (
            qualified(value, amount, qualifier)
            if unit == "years"
            else abs(value - amount) <= (1 if unit == "days" else 0.75)
        )
        if fits:
            return supported(
                claim,
                f"the {_ordinal_word(k)} to the {_ordinal_word(m)} of the {seq.name}: {text}",
                member_evidence(seq, kept),
            )
    if not measured:
        return unverifiable(claim, f"the {seq.name} never had {m} members in any counting")
    return conflicting(
        claim,
        f"the {_ordinal_word(k)} to the {_ordinal_word(m)} of the {seq.name}: "
        + "; or ".join(measured),
        member_evidence(seq, seq.members),
        expected=" or ".join(t.split(": ")[-1] for t in measured),
        found=f"{qualifier} {said}".strip(),
    )


def _value(word: str) -> int | str | None:
    return "latest" if any(w in word for w in LATEST) else number_value(word)


def _one(
    match: Match,
    ctx: Context,
    seq: OrderedSet | None,
    word: str,
    subject_cap: Capture | None,
    shared: dict[str, Any],
) -> Outcome:
    ref = ctx.reference
    value = _value(word)
    latest = value == "latest"
    n = value if isinstance(value, int) else None
    claim: dict[str, Any] = {"ordinal": value}
    if seq is None:
        return unverifiable(
            claim, f"the reference table has no set {match.rule.options['sequence']!r}"
        )
    claim["sequence"] = seq.id
    if n is None and not latest:
        return unverifiable(claim, f"cannot read {word!r} as a place in order")
    ids = [m.country for m in seq.members]
    subject: Entity | None
    if subject_cap is not None:
        subject = ctx.country(subject_cap)
    else:
        subject = ctx.subject_among(
            match, [(m.country, m.date) for m in seq.members], nearest_before=True
        )
    if subject is None:
        return unverifiable(claim, "the statement does not say which country it places")
    claim["subject"] = subject.id
    anaphor = next(
        (m.text for m in (subject_cap.mentions if subject_cap else ()) if m.form == "anaphor"),
        None,
    )
    if anaphor and subject.id not in ids:
        return unverifiable(
            claim, f"{anaphor!r} was read as {subject.name}, which is not among the {seq.name}"
        )
    if subject.id not in ids and _FUTURE.search(match.text):
        return unverifiable(
            claim,
            f"{subject.name} is not among the {seq.name} yet; whether it will be is a prediction "
            "the reference cannot settle",
        )
    if subject.id not in ids:
        return conflicting(
            claim,
            f"{subject.name} is not among the {seq.name}",
            member_evidence(seq, seq.members),
            expected=", ".join(ref.name(i) for i in ids),
            found=f"{subject.name} {word}",
        )
    mine = seq.members[ids.index(subject.id)]
    evidence = member_evidence(seq, seq.variants(by=mine.date)[0][0])
    wider = (match.value("wider") or "").strip()
    if wider:
        claim["wider"] = wider
    gulf = bool(match.value("gulf"))
    if gulf:
        claim["region"] = "gulf"
        if subject.id not in GULF_STATES:
            return unverifiable(
                claim, f"{subject.name} is not a Gulf state; the place is counted among them"
            )
    if latest:
        return _latest(claim, subject, mine, seq, ctx, evidence)
    among = number_value(match.value("among") or "")
    if among is not None:
        claim["among"] = among
    readings, problem = _readings(match, ctx, seq, subject, n)
    if not readings:
        return unverifiable(claim, problem or "the statement's scope cannot be read")
    stated = [s for s, note, r in readings if s is not None and r is None and note != _WAVE]
    if stated:
        claim["scope"] = _span(stated[0])
    tried: list[int] = []
    outside = []
    for scope, scope_note, required in readings:
        if scope_note == _WAVE:
            scope_note = (
                f"counting the members of {scope.first.year} only"  # type: ignore[union-attr]
                if among is not None
                else _wave_note(scope)
            )
        for order, order_note in orderings(seq):
            member = next((m for m in order.members if m.country == subject.id), None)
            if member is None:
                continue
            if scope is not None and not scope.contains(member.date):
                outside.append(f"{subject.name}'s step ({member.date}) is outside {scope}")
                continue
            # "The first of four …": the members counted must number four, later ones too.
            upto = member.date if among is None else ctx.published
            for kept, note in order.variants(by=upto):
                kept = tuple(
                    m
                    for m in kept
                    if (scope is None or scope.contains(m.date))
                    and (not gulf or m.country in GULF_STATES)
                )
                if subject.id not in [m.country for m in kept]:
                    continue
                if among is not None and len(kept) != among:
                    outside.append(f"no counting gives {among} members with {subject.name}")
                    continue
                before = {m.country for m in kept if m.date < member.date}
                if required is not None and before != required:
                    continue
                got = places(kept, subject.id)
                tried.extend(got)
                if n in got:
                    among_gulf = "counting the Gulf states only" if gulf else ""
                    notes = "; ".join(x for x in (scope_note, order_note, note, among_gulf) if x)
                    extra = f" ({notes})" if notes else ""
                    if wider:
                        return unverifiable(
                            claim,
                            f"{subject.name} is the {_ordinal_word(n)} of the {seq.name}{extra}, "
                            f"but the statement counts {wider!r} countries, which the reference "
                            "does not order",
                            evidence,
                        )
                    return supported(
                        claim,
                        f"{subject.name} is the {_ordinal_word(n)} of the {seq.name}{extra}",
                        evidence,
                    )
    if not tried:
        return unverifiable(
            claim,
            "; ".join(dict.fromkeys(outside))
            + ": the scope may mean another time than the one read",
            evidence,
        )
    accepted = " or ".join(_ordinal_word(p) for p in sorted(set(tried)))
    vague = _RECENT.search(match.value("scope") or "")
    if vague:
        over = f" counted over {_span(stated[0])}" if stated else ""
        return unverifiable(
            claim,
            f"{subject.name} is the {accepted} of the {seq.name}{over}; "
            f"{vague.group().strip()!r} is too vague a span to contradict",
            evidence,
        )
    if wider and not (n and n < min(tried)):
        return unverifiable(
            claim,
            f"{subject.name} is the {accepted} of the {seq.name}; among {wider!r} countries, "
            "which the reference does not order, its place may be higher",
            evidence,
        )
    if subject_cap is None and not _named(match, ctx, seq) and not (n and n > max(tried)):
        # Read as the latest member, a place too high is wrong for any member; a lower one may
        # be another member's.
        return unverifiable(
            claim,
            f"the sentence names no member; read as {subject.name}, the most recent by the "
            f"article date and the {accepted} of the {seq.name}, but which country it places "
            "is not certain",
            evidence,
        )
    rivals = _rivals(match, ctx, seq, subject) if subject_cap is None else []
    if rivals:
        return unverifiable(
            claim,
            f"the sentence names {join_names([subject.name, *rivals])} before the place; read "
            f"as {subject.name}, the {accepted} of the {seq.name}, but which country it places "
            "is not certain",
            evidence,
        )
    if anaphor:
        return unverifiable(
            claim,
            f"{anaphor!r} was read as {subject.name}, the {accepted} of the {seq.name}; "
            "which country the words refer to is not certain",
            evidence,
        )
    return conflicting(
        claim,
        f"{subject.name} is the {accepted} of the {seq.name}, depending on the counting",
        evidence,
        expected=accepted,
        found=_ordinal_word(n) if n else word,
    )


def _named(match: Match, ctx: Context, seq: OrderedSet) -> bool:
    """Whether the sentence names a member of the set at all."""
    ids = {m.country for m in seq.members}
    start, end = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    return any(m.key in ids for m in ctx.countries(start, end))


def _rivals(match: Match, ctx: Context, seq: OrderedSet, subject: Entity) -> list[str]:
    """Other members of the set the sentence names before the place, when the statement did not
    capture its subject: "A, B and C as the fourth" may place any of them (or one named
    elsewhere), so the guess cannot carry a conflict."""
    ids = {m.country for m in seq.members}
    start, _ = ctx.sentence_bounds(match.start)
    named = [m.key for m in ctx.countries(start, match.start) if m.key in ids]
    return [ctx.reference.name(k) for k in dict.fromkeys(named) if k != subject.id]


def _readings(
    match: Match, ctx: Context, seq: OrderedSet, subject: Entity, n: int | None
) -> tuple[list[tuple[DateRange | None, str, frozenset[str] | None]], str | None]:
    """The ways to count a place: (scope, note, the exact predecessors a list demands).

    A stated scope restricts the set; a time that may be the date of the step rather than a scope
    is tried both ways; "after A and B" counts from the first of them, with A and B exactly the
    members before the subject. Short scopes ("today", "this week") date the step itself."""
    out: list[tuple[DateRange | None, str, frozenset[str] | None]] = []
    words = match.value("scope") or match.value("maybe_scope")
    plain = not words or bool(match.value("maybe_scope"))
    person = next(
        (m.key for m in getattr(match.group("scope"), "mentions", ()) if m.kind == "person"),
        None,
    )
    if words and person is not None:
        terms, problem = _term_scopes(words, person, ctx)
        if not terms:
            return [], problem
        out.extend(terms)
    elif words:
        scope, problem = resolve_scope(words, match, ctx)
        if n == 1 and words.strip().lower().startswith("since"):
            scope = _after_since(words, match, ctx)
        if scope is None:
            return [], problem
        if (scope.last - scope.first).days < 27:
            plain = True
        else:
            out.append((scope, f"counting only {words.strip()} ({_span(scope)})", None))
    if plain:
        out.append((None, "", None))
    after = [
        c.id for cap in match.all("after") for c in ctx.countries_in(cap) if c.id != subject.id
    ]
    dates = {m.country: m.date for m in seq.members}
    if after and all(a in dates for a in after):
        start = min(dates[a] for a in after)
        names = ", ".join(ctx.reference.name(a) for a in after)
        out.append((DateRange(start, dt.date.max), f"counting from {names}", frozenset(after)))
        # The list after "after" may be cut short ("after the UAE on August 13, Bahrain on
        # September 11 and Sudan ..."): counting from its first member is a reading too.
        first = min(after, key=lambda a: dates[a])
        out.append(
            (DateRange(start, dt.date.max), f"counting from {ctx.reference.name(first)}", None)
        )
    wave = _wave(match, ctx, seq, subject, n) if not words and not after else None
    if wave is not None:
        out.append((wave, _WAVE, None))
    return out, None


_WAVE = "\0wave"


def _wave(
    match: Match, ctx: Context, seq: OrderedSet, subject: Entity, n: int | None
) -> DateRange | None:
    """With no scope, news written in the year a member took its step (or the next) may count
    that year's members only: "Bahrain will become the second Arab state to normalise relations
    with Israel", said in September 2020, places it in the 2020 wave. Never for "the first",
    which without a scope claims the very first."""
    if not match.rule.options["wave"] or n is None:
        return None
    mine = next((m for m in seq.members if m.country == subject.id), None)
    if match.value("among") and mine is not None:
        # "The first of four Arab states to …": the group counted is named by its size, so the
        # wave of the subject's year is a reading whatever the article date (and for the first).
        return DateRange.year(mine.date.year)
    if n < 2 or ctx.published is None:
        return None
    if mine is None or not mine.date.year <= ctx.published.year <= mine.date.year + 1:
        return None
    return DateRange.year(mine.date.year)


def _wave_note(scope: DateRange | None) -> str:
    year = scope.first.year if scope else ""
    return f"counting only the members of {year}, as news of that time did; all told the place is higher"


def _term_scopes(
    words: str, person: str, ctx: Context
) -> tuple[list[tuple[DateRange | None, str, frozenset[str] | None]], str | None]:
    """ "During the Trump presidency", "in Trump's second term": each term of office the person
    held (the one numbered, when the words number it) is a reading of the scope."""
    ref = ctx.reference
    name = ref.name(person)
    by_office: dict[str, list] = {}
    for t in ref.terms:
        if t.person == person and "elect" not in t.office:
            by_office.setdefault(t.office, []).append(t)
    if not by_office:
        return [], f"the reference table has no term of office for {name}"
    number = regex.search(r"(?i)\b(first|second|third)\b", words)
    k = number_value(number.group(1)) if number else None
    out: list[tuple[DateRange | None, str, frozenset[str] | None]] = []
    for held in by_office.values():
        held.sort(key=lambda t: t.start)
        picked = [held[k - 1]] if k is not None and len(held) >= k else [] if k else held
        for t in picked:
            span = DateRange(t.start, t.end or dt.date.max)
            out.append((span, f"counting only {name}'s term {t.span_text()}", None))
    if not out:
        return [], f"{name} held no {number.group(1) if number else ''} term in the reference"
    return out, None


def _latest(claim, subject, mine, seq, ctx, evidence) -> Outcome:
    ref = ctx.reference
    if ctx.published is None:
        return unverifiable(
            claim, "'latest' depends on the article date, which is unknown", evidence
        )
    later = [m for m in seq.members if mine.date < m.date <= ctx.published]
    if not later:
        return supported(
            claim,
            f"{subject.name} ({mine.date}) is the most recent of the {seq.name} as of {ctx.published}",
            evidence,
        )
    return conflicting(
        claim,
        f"{ref.name(later[-1].country)} joined after {subject.name}, on {later[-1].date}",
        evidence,
        expected=f"latest: {ref.name(later[-1].country)}",
        found=f"latest: {subject.name}",
    )


def claim_key(claim: Mapping[str, Any]) -> str | None:
    """``ordinal:COUNTRY/SEQUENCE``; None when no place or country was read, or when the
    statement places several countries."""
    subject, sequence = claim.get("subject"), claim.get("sequence")
    if not isinstance(subject, str) or not sequence or claim.get("ordinal") is None:
        return None
    return make_key(KIND, [subject], sequence)


def compare(
    a: Mapping[str, Any], b: Mapping[str, Any], a_date: dt.date | None, b_date: dt.date | None
) -> Comparison:
    if a.get("scope") != b.get("scope"):
        return AGREE, "the two places are counted over different times"
    place_a, place_b = _place(a["ordinal"]), _place(b["ordinal"])
    if place_a == place_b:
        return AGREE, f"both say {place_a}"
    if "latest" in (place_a, place_b):
        return AGREE, f"A says {place_a}, B {place_b}: both hold if no one joined after it"
    return CONTRADICT, f"A says {place_a}, B {place_b}"


def _place(ordinal: int | str) -> str:
    return ordinal if isinstance(ordinal, str) else _ordinal_word(ordinal)
