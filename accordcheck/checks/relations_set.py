"""Sets of countries with relations — the ``relations`` kind with the option ``set``: which
countries of a group had diplomatic relations with a partner at a moment: "Egypt and Jordan were
the only Arab states with full relations with Israel", "with this
step the two Gulf states join Jordan and Egypt as the only Arab countries with ties to Israel", "only
three Arab states - Egypt, Jordan and Morocco - had full relations with Israel".

Groups: ``members`` (the countries named as the set; or ``anaphor``, "those two", read as the
last countries named before it), ``count`` (how many), ``subject`` (countries said to join the set,
or with ``other``, the countries the set leaves out: "the only other Arab nations …"), ``partner``
(else the rule's ``partner`` option, Israel by default), ``past`` (a past tense: "were", "had"),
``joining`` (the verb of countries joining the set).

The set is every country of the rule's ``group`` option (``arab``: countries with ``arab: true``;
else a group id) with a relations row with the partner that is active on the day: full-level rows
only when the statement says "full", every row otherwise.

The moment: a time or an agreement the sentence puts after "before", "until" or "prior to" (the
day before it; "before the Abraham Accords": before their first announcement); else the day before
the subjects' relations began, for countries joining the set; else a time the sentence gives; else
the article date. A statement in the past tense without a moment, one about joining whose
subjects are not known, or one in an article without a date, speaks of some period: supported when the set was exactly that for a while (up to the
article date when known), conflicting when it never was. With "before 2020" the set just before is
what counts; an earlier period that fits makes the statement unverifiable, not conflicting.

The set is a claim of its own: ``accordcheck diff`` does not align it with claims about a pair.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from accordcheck.checks.base import (
    Context,
    Outcome,
    conflicting,
    join_names,
    number_value,
    supported,
    unverifiable,
)
from accordcheck.dates import DateRange, resolve
from accordcheck.extract import Match
from accordcheck.reference import Entity, Relation

# Words that claim full relations (not liaison offices); relations.py reads them too.
FULL_RELATIONS = regex.compile(
    r"(?i)\bfull(?:[-\s]+(?:fledged|scale))?\s+(?:and\s+\w+\s+)?(?:diplomatic\s+)?"
    r"(?:and\s+\w+\s+)?(?:relations|relationships?|ties)\b"
)

ONE_DAY = dt.timedelta(days=1)
# What puts a time or an agreement before the moment the statement speaks of.
BEFORE = regex.compile(r"(?i)\b(?:before|until|till|prior\s+to|up\s+to|ahead\s+of)\s+(?:the\s+)?$")
AT = regex.compile(r"(?i)\b(?:in|as\s+of|by|during|throughout)\s+(?:the\s+(?:year\s+)?)?$")


def check(match: Match, ctx: Context) -> Outcome:
    """The set claim of a ``relations`` match whose rule has the option ``set``."""
    ref = ctx.reference
    partner = ctx.country(match.group("partner")) or ref.entities.get(match.rule.options["partner"])
    full = bool(FULL_RELATIONS.search(match.text))
    claim: dict[str, Any] = {
        "set": True,
        "partner": partner.id if partner else None,
        "level": "full" if full else "any",
    }
    if partner is None:
        return unverifiable(claim, "the statement names no partner the reference knows")
    members = _members(match, ctx, partner)
    count = number_value(match.value("count"))
    subjects = [c for cap in match.all("subject") for c in ctx.countries_in(cap)]
    other = bool(match.value("other"))
    if members is not None:
        claim["members"] = sorted(c.id for c in members)
    if count is not None:
        claim["count"] = count
    if subjects:
        claim["subjects"] = sorted(c.id for c in subjects)
    if members is None and (count is None or (other and not subjects)):
        return unverifiable(claim, "the statement does not say which countries the set holds")
    in_group = _group(match, ctx)
    rows = [
        r
        for r in ref.relations
        if partner.id in r.parties
        and r.status != "never"
        and r.established is not None
        and (not full or r.level == "full")
        and any(in_group(p) for p in r.parties if p != partner.id)
    ]
    what = f"{'full ' if full else ''}diplomatic relations with {partner.name}"
    group_name = "Arab states" if match.rule.options["group"] == "arab" else "countries"

    def the_set(day: dt.date) -> set[str]:
        return {
            p
            for r in rows
            if r.established <= day and (r.ended is None or day < r.ended)  # type: ignore[operator]
            for p in r.parties
            if p != partner.id
        }

    want = {c.id for c in members} if members is not None else None

    def fits(day: dt.date) -> bool:
        have = the_set(day)
        if other:
            # "The only other Arab states …": the set leaves out the subjects, or else countries
            # named just before (what the statement contrasts them with).
            left_out = {c.id for c in subjects} if subjects else have - (want or set())
            if not subjects and not _named_nearby(ctx, match, left_out):
                return False
            have = have - left_out
        if want is not None and have != want:
            return False
        return count is None or len(have) == count

    def describe(day: dt.date) -> str:
        have = sorted(the_set(day), key=lambda c: ref.name(c))
        names = join_names(ref.name(c) for c in have) or "none"
        return f"on {day} the {group_name} with {what}: {names} ({len(have)})"

    def evidence_for(ids: Iterable[str]) -> list[Any]:
        wanted = set(ids)
        out = []
        for r in ref.relations:
            if partner.id in r.parties and wanted & (set(r.parties) - {partner.id}):
                out.append(r.evidence(_fact(r, ctx)))
        return out

    shown = (want or set()) | {c.id for c in subjects}
    moment = _moment(match, ctx, subjects, rows, partner)
    if moment is not None:
        days, said, before = moment
        claim["at"] = str(DateRange(days[0], days[-1]))
        results = [fits(d) for d in days]
        evidence = evidence_for(shown | set().union(*(the_set(d) for d in days)))
        reason = f"{said}: " + "; ".join(dict.fromkeys(describe(d) for d in days))
        if other and want is not None:
            left = sorted(the_set(days[-1]) - want - {c.id for c in subjects})
            if left:
                reason += f"; 'other' leaves out {join_names(ref.name(c) for c in left)}"
        if subjects and not other:
            joined = [c for c in subjects if c.id in the_set(days[-1])]
            if joined:
                return conflicting(
                    claim,
                    f"{reason}; {join_names(c.name for c in joined)} already had them",
                    evidence,
                    expected=describe(days[-1]),
                    found=match.said,
                )
        if all(results):
            return supported(claim, reason, evidence)
        if any(results):
            return unverifiable(claim, f"{reason}; the statement holds for part of that time")
        if ctx.published_inferred and not before and days[-1] == ctx.published:
            later = [p for p in _periods(fits, rows, until=None) if p.last > days[-1]]
            if later:
                return unverifiable(
                    claim,
                    f"{reason}; it holds {_spans(later)}, and the article date "
                    f"({ctx.published}) was inferred from the text, so it may be later",
                    evidence,
                )
        if before:
            earlier = _periods(fits, rows, until=days[0])
            if earlier:
                return unverifiable(
                    claim,
                    f"{reason}; it held earlier ({_spans(earlier)}), which 'before' may mean",
                    evidence,
                )
        return conflicting(
            claim,
            reason + _other_levels(ctx, partner, want or set(), full),
            evidence,
            expected=describe(days[-1]),
            found=match.said,
        )

    until = ctx.published
    periods = _periods(fits, rows, until=until)
    scope = f"up to the article date {until}" if until else "the article date is unknown"
    evidence = evidence_for(shown | {p for r in rows for p in r.parties if p != partner.id})
    if periods:
        return supported(
            claim,
            f"the set fits {_spans(periods)} ({scope}; the statement names no moment)",
            evidence,
        )
    return conflicting(
        claim,
        f"the {group_name} with {what} were never exactly those ({scope})"
        + _other_levels(ctx, partner, want or set(), full),
        evidence,
        expected="; ".join(describe(d) for d in _change_days(rows)[-3:]),
        found=match.said,
    )


def _fact(rel: Relation, ctx: Context) -> str:
    names = " and ".join(sorted(ctx.reference.name(p) for p in rel.parties))
    level = rel.level
    text = f"{names}: {'low-level (liaison) ' if level == 'liaison' else ''}relations from "
    text += f"{rel.established}" + (f" to {rel.ended}" if rel.ended else "")
    return text


def _group(match: Match, ctx: Context) -> Any:
    group = match.rule.options["group"]
    entities = ctx.reference.entities

    def in_group(country: str) -> bool:
        entity = entities.get(country)
        if entity is None:
            return False
        return entity.arab if group == "arab" else group in entity.groups

    return in_group


def _members(match: Match, ctx: Context, partner: Entity) -> list[Entity] | None:
    caps = match.all("members")
    if caps:
        out: list[Entity] = []
        for cap in caps:
            out += [c for c in ctx.countries_in(cap) if c not in out]
        return out or None
    anaphor = match.value("anaphor")
    if not anaphor:
        return None
    n = number_value(anaphor.split()[-1]) or 2
    # "Those two were the only …": the last n countries named before, in this sentence or the
    # two before it.
    start, _ = ctx.sentence_bounds(match.start)
    for _ in range(2):
        if start > 0:
            start, _ = ctx.sentence_bounds(start - 1)
    found: list[Entity] = []
    for m in reversed(ctx.countries(start, match.start, actors=True)):
        entity = ctx.reference.entities.get(m.key)
        if entity is None or entity.id == partner.id or entity in found:
            continue
        found.append(entity)
        if len(found) == n:
            return list(reversed(found))
    return None


def _named_nearby(ctx: Context, match: Match, ids: set[str]) -> bool:
    """Whether every country of ``ids`` is named in the sentence or the one before: what "the
    only other …" leaves out."""
    start, end = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    if start > 0:
        start, _ = ctx.sentence_bounds(start - 1)
    named = {m.key for m in ctx.countries(start, end)}
    return ids <= named


def _moment(
    match: Match,
    ctx: Context,
    subjects: Sequence[Entity],
    rows: Sequence[Relation],
    partner: Entity,
) -> tuple[list[dt.date], str, bool] | None:
    """The days the statement speaks of, how they were found, and whether a "before" set them
    (an earlier period may then be meant); None for "some period"."""
    start, end = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    text = ctx.article.text
    for m in ctx.annotation.mentions_in(start, end, ("time", "agreement")):
        lead = text[max(start, m.start - 20) : m.start]
        if BEFORE.search(lead):
            day = _first_day(m, ctx)
            if day is not None:
                return [day - ONE_DAY], f"just before {m.text}", True
    if subjects:
        firsts = [
            r.established
            for r in rows
            for c in subjects
            if c.id in r.parties and r.established is not None
        ]
        if firsts:
            day = min(firsts)
            names = join_names(c.name for c in subjects)
            return [day - ONE_DAY], f"just before {names} joined", False
    if match.value("joining"):
        return None  # joining, but who joins is not known: some period
    for m in ctx.annotation.mentions_in(start, end, ("time",)):
        lead = text[max(start, m.start - 20) : m.start]
        if AT.search(lead) and m.time is not None:
            days = resolve(m.time, ctx.published, past=True)
            if days is not None:
                return [days.first, days.last], f"in {m.text}", False
    if match.value("past") or ctx.published is None:
        return None
    return [ctx.published], f"on the article date {ctx.published}", False


def _first_day(mention: Any, ctx: Context) -> dt.date | None:
    if mention.kind == "time":
        days = resolve(mention.time, ctx.published, past=True) if mention.time else None
        return days.first if days else None
    joined = [p.joined for p in ctx.reference.participants_of(mention.key)]
    return min(joined) if joined else None


def _change_days(rows: Sequence[Relation]) -> list[dt.date]:
    days = sorted(
        {d for r in rows for d in (r.established, r.ended) if d is not None}  # type: ignore[misc]
    )
    return days


def _periods(fits: Any, rows: Sequence[Relation], until: dt.date | None) -> list[DateRange]:
    """The spans (up to ``until``) in which the claim fits: the set only changes on the days a
    row begins or ends."""
    days = [d for d in _change_days(rows) if until is None or d <= until]
    out: list[DateRange] = []
    for i, day in enumerate(days):
        last = days[i + 1] - ONE_DAY if i + 1 < len(days) else (until or dt.date.max)
        if fits(day):
            out.append(DateRange(day, last))
    return out


def _spans(periods: Sequence[DateRange]) -> str:
    return ", ".join(
        f"from {p.first}" + ("" if p.last == dt.date.max else f" to {p.last}") for p in periods
    )


def _other_levels(ctx: Context, partner: Entity, ids: set[str], full: bool) -> str:
    """Members whose only relations were of a lower level: "Morocco's were liaison offices"."""
    if not full:
        return ""
    notes = []
    for r in ctx.reference.relations:
        others = set(r.parties) - {partner.id}
        if partner.id in r.parties and others & ids and r.level != "full":
            notes.append(f"{_fact(r, ctx)} (not full relations)")
    return ("; " + "; ".join(notes)) if notes else ""
