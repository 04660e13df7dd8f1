"""count — how many members a set has ("five Central Asian countries", "four other Central Asian
leaders, from A, B, C and D", "four countries have joined the Abraham Accords").

Groups: ``number`` (required unless a ``list`` is given), ``group_noun`` (optional: names a
reference group, e.g. "Central Asian"), ``other`` (optional: "other" — one member, named
elsewhere in the sentence, is left out), ``list`` (optional: the members the sentence names;
without a number, "other leaders from Central Asia — A, B, C and D", each must be a member and
not the one named elsewhere), ``initial`` (optional: "the original accords"; the words
"initially", "original", "first" … earlier in the sentence count too). The rule's ``group`` or
``sequence`` option names the set when no group noun does.

With the ``relations_with`` option (a country id), the set is the Arab states that had diplomatic
relations with that country at the time the sentence gives ("before 2020", "until 2019", "in
2019"; without one, the article date for a present-tense "are the only"): a ``list`` must be that
set and a number its size. Without a time that can be read it is unverifiable.

With the ``relations_with`` option and a ``subject`` ("Mauritania was one of only three Arab
states with relations with Israel"), the subject must be in the set; in the past tense with no
time given, the set is read over the days the subject had relations (up to the article date).

With a ``sequence`` and a ``scope`` ("one of three Arab states last year to normalise relations", "four
Arab countries normalised relations with Israel in 2020"), the members whose step falls in that
time must number N (and include the ``subject`` when captured), in every counting; a misfit that
dating members by their relations instead (Egypt: treaty 1979, relations 1980) would fit is
unverifiable.

With the ``soft_list`` option (a list only placed near the group's name: "the presidents of A, B
and C" in a story about the C5+1), a listed country outside the group is unverifiable, not
conflicting.

With the ``named_list`` option ("the four presidents of A, B, C, D and E"), the number must be
the number of countries named; a reference group holding all of them is the evidence (the claim
records it as ``named_from``, not as the group: the number counts the names, not the group).
"Before the accords" reads as the day before the first participant joined.

For a sequence (the participants of an agreement) the count is taken as of the article date,
and every legitimate counting is accepted. For the initial members, or when the article date is
unknown, the count may be that of any time in the set's history (not before the earliest date the
article allows): the set grows only when someone joins, and the reason says when it had that
many; the count conflicts only when the set never had that many.

Compared with another article's count of the same set (``accordcheck diff``), the totals (with the
one "other" leaves out added back) must be equal, except that a sequence may have grown between
two article dates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

import regex

from accordcheck.checks.alignment import AGREE, CONTRADICT, Comparison, make_key
from accordcheck.checks.base import (
    Context,
    Outcome,
    conflicting,
    join_names,
    number_value,
    supported,
    unverifiable,
)
from accordcheck.dates import DateRange, parse_time_expr, resolve
from accordcheck.extract import Match
from accordcheck.reference import OrderedSet

# Words earlier in the sentence that make a count the first members', not today's.
INITIAL = regex.compile(
    r"(?i)\b(?:initial(?:ly)?|original(?:ly)?|at\s+first|founding|at\s+the\s+(?:outset|start))\b"
)


def _initial_in_sentence(match: Match, ctx: Context) -> bool:
    s, _ = ctx.sentence_bounds(match.start)
    e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))[1]
    return bool(INITIAL.search(ctx.article.text, s, e))


KIND = "count"
OPTIONS: dict[str, tuple[type, Any]] = {
    "group": (str, ""),
    "sequence": (str, ""),
    "relations_with": (str, ""),
    "named_list": (bool, False),
    "soft_list": (bool, False),
}

_BEFORE = regex.compile(
    r"(?i)\b(?P<how>before|until|prior\s+to|up\s+to|in)\s+(?P<when>(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)[0-9]{2})(?![0-9])"
)
# "before the accords", "prior to these historic agreements", "prior to signing the Abraham
# Accords": the day before the first joined.
_BEFORE_ACCORDS = regex.compile(
    r"(?i)\b(?:before|until|prior\s+to)\s+(?:(?:signing|joining|the\s+signing\s+of)\s+)?"
    r"(?:the|these|those)\s+(?:(?:historic|landmark|Abraham|normali[sz]ation)\s+)*"
    r"(?:accords?|agreements?|deals?)\b"
)
_PRESENT = regex.compile(
    r"(?i)\b(?:are|remains?|have|has|maintains|enjoys|keeps|now|today|currently)\b"
)


def member_evidence(seq: OrderedSet, members) -> list:
    with_rows = [m for m in members if m.row is not None]
    if with_rows:
        return [m.row.evidence(f"{m.country}: {m.date}") for m in with_rows]  # type: ignore[union-attr]
    return [
        seq.evidence(f"{seq.name}: " + ", ".join(f"{m.country} ({m.date})" for m in seq.members))
    ]


def check(match: Match, ctx: Context) -> Outcome | None:
    ref = ctx.reference
    number = number_value(match.value("number"))
    claim: dict[str, Any] = {"number": number, "other": bool(match.value("other"))}
    if match.rule.options["relations_with"]:
        return _with_relations(match, ctx, number, claim)
    if match.rule.options["named_list"]:
        return _named_list(match, ctx, number, claim)
    said = " ".join((match.value("number") or "").split())
    if number is None and match.rule.options["sequence"] and VAGUE.fullmatch(said):
        return _vague_count(match, ctx, claim)
    if number is None and not (match.value("number") is None and match.all("list")):
        return unverifiable(claim, f"cannot read {match.value('number')!r} as a number")
    if match.rule.options["sequence"] and match.value("scope"):
        return _scoped_count(match, ctx, number, claim)
    if match.rule.options["sequence"]:
        return _sequence_count(match, ctx, number, claim)
    group = ref.groups.get(match.rule.options["group"]) or ref.group_by_noun(
        match.value("group_noun") or ""
    )
    if group is None:
        return unverifiable(claim, "the statement names no set the reference table knows")
    claim["group"] = group.id
    members = set(group.members)
    names = join_names(ref.name(m) for m in group.members)
    evidence = [group.evidence(f"{group.name}: {names}")]
    expected = len(members) - (1 if claim["other"] else 0)
    listed = [c for cap in match.all("list") for c in ctx.countries_in(cap)]
    listed = list({c.id: c for c in listed}.values())
    if listed:
        claim["list"] = [c.id for c in listed]
        strangers = [c.name for c in listed if c.id not in members]
        if strangers and match.rule.options["soft_list"]:
            return unverifiable(
                claim,
                f"{join_names(strangers)} {'is' if len(strangers) == 1 else 'are'} not among the "
                f"{group.name} ({names}); the list need not be of the group alone",
                evidence,
            )
        if strangers:
            return conflicting(
                claim,
                f"{join_names(strangers)} {'is' if len(strangers) == 1 else 'are'} not among the {group.name} ({names})",
                evidence,
                expected=names,
                found=match.said,
            )
        if number is None:
            return _group_list(match, ctx, group, listed, claim, evidence)
        if not match.value("open") and len(listed) != number:
            return conflicting(
                claim,
                f"the sentence says {number} but names {len(listed)}",
                evidence,
                expected=f"{len(listed)} named",
                found=str(number),
            )
    if number == expected:
        other = " besides the one named" if claim["other"] else ""
        return supported(
            claim, f"{group.name}: {len(members)} ({names}), so {expected}{other}", evidence
        )
    if number is not None and number < expected and not claim["other"]:
        # "Two Central Asian countries, A and B, have …", "three Central Asian states attended":
        # some of the group, not its size.
        if listed:
            return supported(
                claim,
                f"{join_names(c.name for c in listed)}: {number} of the {len(members)} "
                f"{group.name} ({names})",
                evidence,
            )
        return unverifiable(
            claim,
            f"the {group.name} number {len(members)} ({names}); {number} may count only some "
            "of them",
            evidence,
        )
    return conflicting(
        claim,
        f"{group.name} number {len(members)} ({names})"
        + (", so 'other' ones are " + str(expected) if claim["other"] else ""),
        evidence,
        expected=str(expected),
        found=str(number),
    )


def _named_list(match: Match, ctx: Context, number: int | None, claim: dict[str, Any]) -> Outcome:
    """ "the four presidents of A, B, C, D and E": the number must be the number of countries
    named; a reference group holding all of them is the evidence of who they are."""
    ref = ctx.reference
    listed = list({c.id: c for cap in match.all("list") for c in ctx.countries_in(cap)}.values())
    claim["list"] = [c.id for c in listed]
    names = join_names(c.name for c in listed)
    group = next((g for g in ref.groups.values() if all(c.id in g.members for c in listed)), None)
    if number is None or group is None:
        return unverifiable(
            claim,
            f"the sentence counts {match.value('number')!r} and names {len(listed)} ({names}); "
            "no reference group holds them all",
        )
    # Not ``group``: the number counts the names, not the group (no diff with its size).
    claim["named_from"] = group.id
    evidence = [group.evidence(f"{group.name}: {join_names(ref.name(m) for m in group.members)}")]
    if number == len(listed):
        return supported(claim, f"{number} named: {names}, all {group.name}", evidence)
    return conflicting(
        claim,
        f"the sentence says {number} but names {len(listed)}: {names} ({group.name})",
        evidence,
        expected=str(len(listed)),
        found=str(number),
    )


def _group_list(match, ctx, group, listed, claim, evidence) -> Outcome:
    """A group's members listed without a number: each must be one, and with "other" not the
    member the sentence names elsewhere."""
    ref = ctx.reference
    names = join_names(c.name for c in listed)
    if claim["other"]:
        s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
        elsewhere = [
            m.key
            for m in ctx.countries(s, match.start) + ctx.countries(match.end, e)
            if m.key in group.members
        ]
        repeated = [c.name for c in listed if c.id in elsewhere]
        if repeated:
            return conflicting(
                claim,
                f"{join_names(repeated)} is named both as the one and among the others",
                evidence,
                expected=f"other {group.name} than {join_names(repeated)}",
                found=names,
            )
        if elsewhere:
            rest = [ref.name(m) for m in group.members if m not in elsewhere]
            claim["besides"] = elsewhere[0]
            return supported(
                claim,
                f"{names}: members of the {group.name} besides {ref.name(elsewhere[0])}"
                + ("" if len(rest) == len(listed) else f" (the others are {join_names(rest)})"),
                evidence,
            )
    return supported(claim, f"{names}: members of the {group.name}", evidence)


def _relations_time(match: Match, ctx: Context) -> tuple[DateRange | None, str]:
    """The days an "only Arab states with relations" statement speaks of, and how they were read."""
    s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    accords = _BEFORE_ACCORDS.search(ctx.article.text, s, e)
    members = ctx.reference.participants_of("abraham-accords")
    if accords and members:
        day = min(p.joined for p in members) - dt.timedelta(days=1)
        return DateRange.day(day), f"{accords.group().strip()} ({day})"
    found = _BEFORE.search(ctx.article.text, s, e)
    if found:
        expr = parse_time_expr(found.group("when"))
        when = resolve(expr, None) if expr else None
        if when is None:
            return None, f"cannot read {found.group().strip()!r}"
        if found.group("how").lower() == "in":
            return when, found.group().strip()
        day = when.first - dt.timedelta(days=1)
        return DateRange.day(day), f"{found.group().strip()} ({day})"
    if _PRESENT.search(match.text) and ctx.published:
        return DateRange.day(ctx.published), f"the article date {ctx.published}"
    if _PRESENT.search(match.text) and ctx.not_before:
        # Undated, but the article says it is no older than a day: any day since then.
        return (
            DateRange(ctx.not_before, dt.date.max),
            f"on or after {ctx.not_before} (the article date is unknown)",
        )
    return None, "the statement gives no time this tool can read"


def _subject_span(ctx: Context, subject: str, other: str) -> tuple[DateRange | None, str]:
    """The days the subject had relations with ``other`` (up to the article date)."""
    rows = [
        r
        for r in ctx.reference.relations
        if r.parties == frozenset((subject, other)) and r.established and r.status != "never"
    ]
    if not rows:
        return None, f"the reference has no relations of {ctx.reference.name(subject)} to read"
    first = min(r.established for r in rows)  # type: ignore[type-var]
    ends = [r.ended for r in rows]
    last = dt.date.max if None in ends else max(ends) - dt.timedelta(days=1)  # type: ignore[type-var,operator]
    if ctx.published is not None:
        last = min(last, ctx.published)
    if last < first:
        return None, "the article predates the subject's relations"
    name = ctx.reference.name(subject)
    return DateRange(first, last), f"while {name} had them ({first} to {last})"


def _with_relations(
    match: Match, ctx: Context, number: int | None, claim: dict[str, Any]
) -> Outcome | None:
    ref = ctx.reference
    other = match.rule.options["relations_with"]
    claim["relations_with"] = other
    listed = [c for cap in match.all("list") for c in ctx.countries_in(cap)]
    listed = list({c.id: c for c in listed}.values())
    if listed:
        claim["list"] = [c.id for c in listed]
    if number is None and not listed:
        return None  # "the only Arab nations with relations": nothing counted (relations_set judges it)
    wider = " ".join((match.value("wider") or "").split())
    if wider:
        claim["wider"] = wider
        return unverifiable(
            claim,
            f"the statement counts the countries of {wider!r}, a wider set than the Arab states "
            "whose relations with Israel the reference records",
        )
    subject = ctx.country(match.group("subject")) if match.group("subject") else None
    if subject is not None:
        claim["subject"] = subject.id
    when, how = _relations_time(match, ctx)
    if when is None and subject is not None:
        # "Mauritania was one of only three Arab states with relations with Israel": while the
        # subject had them (and not after the article date).
        when, how = _subject_span(ctx, subject.id, other)
    if when is None:
        return unverifiable(claim, how)
    claim["when"] = str(when)
    rows = [
        r
        for r in ref.relations
        if other in r.parties
        and r.status != "never"
        and r.established is not None
        and any(ref.entities[c].arab for c in r.parties if c != other)
    ]
    evidence = [
        r.evidence(
            f"{join_names(ref.name(c) for c in sorted(r.parties))}: established {r.established}"
            + (f", ended {r.ended}" if r.ended else "")
        )
        for r in rows
    ]
    sets = []
    for day in sorted(
        {when.first, when.last, *(r.established for r in rows), *(r.ended for r in rows if r.ended)}
    ):
        if not when.contains(day):  # type: ignore[arg-type]
            continue
        ids = frozenset(
            next(c for c in r.parties if c != other)
            for r in rows
            if r.established <= day and (r.ended is None or r.ended > day)  # type: ignore[operator]
        )
        if ids not in sets:
            sets.append(ids)
    listed_ids = {c.id for c in listed}
    for ids in sets:
        if subject is not None and subject.id not in ids:
            continue
        if (not listed or listed_ids == ids) and (number is None or number == len(ids)):
            names = join_names(ref.name(c) for c in sorted(ids))
            return supported(
                claim, f"Arab states with relations with {ref.name(other)} {how}: {names}", evidence
            )
    expected = " or ".join(join_names(ref.name(c) for c in sorted(ids)) for ids in sets)
    return conflicting(
        claim,
        f"Arab states with relations with {ref.name(other)} {how}: {expected}",
        evidence,
        expected=expected,
        found=match.said,
    )


def _history_counts(seq: OrderedSet, floor: dt.date | None) -> list[tuple[int, str, list]]:
    """(count, when, members) for every time in the set's history not ending before ``floor``."""
    dates = sorted({m.date for m in seq.members})
    out = []
    for k, day in enumerate(dates):
        end = dates[k + 1] - dt.timedelta(days=1) if k + 1 < len(dates) else None
        if floor is not None and end is not None and end < floor:
            continue
        span = f"from {day}" + (f" until {end}" if end else "")
        for kept, note in seq.variants(by=day):
            out.append((len(kept), span + (f", {note}" if note else ""), list(kept)))
    return out


# Vague numbers: "several Arab countries", "a handful of states" mean at least three.
VAGUE = regex.compile(
    r"(?i)several|multiple|a\s+number\s+of|a\s+handful\s+of|a\s+few|a\s+series\s+of|a\s+group\s+of"
)
VAGUE_AT_LEAST = 3


def _vague_count(match: Match, ctx: Context, claim: dict[str, Any]) -> Outcome:
    """ "the accords between Israel and several Arab countries": supported when the set numbered
    at least three (as of the article date; at any time when it is unknown or the sentence speaks
    of the initial members); a smaller set is unverifiable, never conflicting (the word is
    vague)."""
    said = " ".join((match.value("number") or "").split())
    claim["number"] = None
    claim["vague"] = said
    seq = _counted_set(match, ctx, claim)
    if isinstance(seq, Outcome):
        return seq
    if ctx.published is None or _initial_in_sentence(match, ctx):
        counted = [(c, f"{when}", kept) for c, when, kept in _history_counts(seq, ctx.not_before)]
    else:
        counted = [
            (len(kept), f"as of {ctx.published}", kept)
            for kept, _ in seq.variants(by=ctx.published)
        ]
    for count, when, kept in sorted(counted, key=lambda x: -x[0]):
        if count >= VAGUE_AT_LEAST:
            names = join_names(ctx.reference.name(m.country) for m in kept)
            return supported(
                claim,
                f"{seq.name}: {count} — {names} ({when}); {said!r} means at least {VAGUE_AT_LEAST}",
                member_evidence(seq, kept),
            )
    return unverifiable(
        claim,
        f"{seq.name} numbered fewer than {VAGUE_AT_LEAST}; {said!r} is too vague to contradict",
        member_evidence(seq, seq.members),
    )


def _sequence_count(match: Match, ctx: Context, number: int, claim: dict[str, Any]) -> Outcome:
    seq = _counted_set(match, ctx, claim)
    if isinstance(seq, Outcome):
        return seq
    initial = bool(match.value("initial")) or _initial_in_sentence(match, ctx)
    if initial or ctx.published is None:
        floor = None if initial else ctx.not_before
        if initial:
            claim["initial"] = True
        history = _history_counts(seq, floor)
        for count, when, kept in history:
            if count == number:
                names = join_names(ctx.reference.name(m.country) for m in kept)
                return supported(
                    claim,
                    f"{seq.name}: {number} — {names} ({when})",
                    member_evidence(seq, kept),
                )
        accepted = " or ".join(str(c) for c in sorted({c for c, _, _ in history}))
        return conflicting(
            claim,
            f"{seq.name} never numbered {number}"
            + (f" on or after {floor}" if floor else "")
            + f": {accepted}, depending on the time and the counting",
            member_evidence(seq, seq.members),
            expected=accepted,
            found=str(number),
        )
    variants = seq.variants(by=ctx.published)
    evidence = member_evidence(seq, variants[0][0])
    counts = []
    for kept, note in variants:
        counts.append(len(kept))
        if len(kept) == number:
            names = join_names(ctx.reference.name(m.country) for m in kept)
            extra = f" ({note})" if note else ""
            return supported(
                claim, f"{seq.name} as of {ctx.published}: {number} — {names}{extra}", evidence
            )
    accepted = " or ".join(str(c) for c in sorted(set(counts)))
    return conflicting(
        claim,
        f"{seq.name} as of {ctx.published}: {accepted}, depending on the counting",
        evidence,
        expected=accepted,
        found=str(number),
    )


def _scoped_count(match: Match, ctx: Context, number: int, claim: dict[str, Any]) -> Outcome:
    """ "Morocco was one of three Arab states last year to normalise relations with Israel": the
    members of the set whose step falls in the time named, in every counting; the subject, when
    captured, must be one of them."""
    from accordcheck.checks.ordinal import resolve_scope  # ordinal imports this module

    seq = _counted_set(match, ctx, claim)
    if isinstance(seq, Outcome):
        return seq
    words = " ".join((match.value("scope") or "").split())
    scope, problem = resolve_scope(words, match, ctx)
    words = regex.sub(r"(?i)^(?:in|during)\s+", "", words)
    if scope is None:
        return unverifiable(claim, problem or f"cannot read {words!r} as a time")
    claim["scope"] = str(scope)
    subject = ctx.country(match.group("subject")) if match.group("subject") else None
    if subject is not None:
        claim["subject"] = subject.id
    counts = []
    for kept, note in seq.variants(by=min(scope.last, ctx.published or scope.last)):
        inside = [m for m in kept if scope.contains(m.date)]
        counts.append(len(inside))
        if subject is not None and subject.id not in [m.country for m in inside]:
            continue
        if len(inside) == number:
            names = join_names(ctx.reference.name(m.country) for m in inside)
            extra = f" ({note})" if note else ""
            return supported(
                claim,
                f"{seq.name} within {words} ({scope}): {number} — {names}{extra}",
                member_evidence(seq, inside),
            )
    inside_all = [m for m in seq.members if scope.contains(m.date)]
    evidence = member_evidence(seq, inside_all or list(seq.members))
    if subject is not None and subject.id not in [m.country for m in inside_all]:
        return unverifiable(
            claim,
            f"{subject.name}'s step is not within {words} ({scope}); the scope may mean another "
            "time than the one read",
            evidence,
        )
    accepted = " or ".join(str(c) for c in sorted(set(counts)))
    loose = _relations_dates_fit(ctx, seq, scope, number)
    if loose:
        return unverifiable(
            claim,
            f"{seq.name} within {words} ({scope}): {accepted} by the dates of the set, but "
            f"{loose} when the relations themselves are dated",
            evidence,
        )
    return conflicting(
        claim,
        f"{seq.name} within {words} ({scope}): {accepted}, depending on the counting",
        evidence,
        expected=accepted,
        found=str(number),
    )


def _relations_dates_fit(ctx: Context, seq: OrderedSet, scope: DateRange, number: int) -> str:
    """Whether the number fits once each member may also be dated by its relations with Israel
    (Egypt's treaty is of 1979, its relations of 1980): a reason when it does, else ""."""
    israel = "israel"
    for kept, _ in seq.variants(by=None):
        low = high = 0
        for m in kept:
            rel = ctx.reference.relation(m.country, israel)
            dates = {m.date} | ({rel.established} if rel is not None and rel.established else set())
            inside = [scope.contains(d) for d in dates]
            low += all(inside)
            high += any(inside)
        if low <= number <= high and low != high:
            return f"between {low} and {high}"
    return ""


def claim_key(claim: Mapping[str, Any]) -> str | None:
    """``count:GROUP`` or ``count:SEQUENCE``; None when no set or no number was read."""
    subject = claim.get("group") or claim.get("sequence")
    return make_key(KIND, [subject]) if subject and claim.get("number") is not None else None


def compare(
    a: Mapping[str, Any], b: Mapping[str, Any], a_date: dt.date | None, b_date: dt.date | None
) -> Comparison:
    total_a, total_b = _total(a), _total(b)
    said = f"A counts {total_a}{_other(a)}, B {total_b}{_other(b)}"
    if total_a == total_b:
        return AGREE, said
    if a.get("sequence") and a_date and b_date and a_date != b_date:
        (early, fewer), (late, more) = sorted([(a_date, total_a), (b_date, total_b)])
        if fewer < more:
            return AGREE, f"{said}: the set may have grown between {early} and {late}"
    return CONTRADICT, said


def _total(claim: Mapping[str, Any]) -> int:
    """The size of the set the claim gives: with "other", the one named elsewhere counts too."""
    return claim["number"] + (1 if _other(claim) else 0)


def _other(claim: Mapping[str, Any]) -> str:
    if not (claim.get("other") and claim.get("group")):
        return ""
    return f" ({claim['number']} others and the one named)"


def _counted_set(match: Match, ctx: Context, claim: dict[str, Any]) -> OrderedSet | Outcome:
    """The reference set the rule counts (only its Arab members for "Arab nations": Kazakhstan,
    2025, is a participant but no Arab state), or why there is none."""
    seq = ctx.reference.sequence(ctx.sequence_key(match, match.rule.options["sequence"]))
    if seq is None:
        return unverifiable(
            claim, f"the reference table has no set {match.rule.options['sequence']!r}"
        )
    claim["sequence"] = seq.id
    if match.value("arab"):
        arab = {c for c, e in ctx.reference.entities.items() if getattr(e, "arab", False)}
        seq = dataclasses.replace(
            seq,
            name=seq.name if seq.name.startswith("Arab") else f"Arab {seq.name}",
            members=tuple(m for m in seq.members if m.country in arab),
        )
        claim["arab"] = True
    return seq
