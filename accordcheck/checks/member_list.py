"""member_list — an enumeration of an agreement's participants.

Groups: ``list`` (the enumeration), ``open`` (optional: "and others", "including", "such as":
the list need not be complete), ``number`` (optional: "the four signatories"), ``other``
(optional: "the other signatories": the countries the sentence names outside the list are left
out of the comparison), ``initial`` (optional: "initially", "the original signatories"; the
words "initially", "originally", "at first", "original", "first" or "founding" earlier in the
sentence count too) and ``later`` (optional: "…, with Morocco and Sudan joining later": countries
that joined after every listed one). With the ``decline_unrelated`` option (for loose contexts
such as "alongside A and B"), a list naming no participant at all is not taken as a statement.

Every named country must be a participant. A closed list (no ``open`` marker) must also be
complete, and a stated number must equal the number of participants it counts; where sources
legitimately count differently (a participant some leave out), either count is accepted and the
reason says so. Complete as of when: the article date; also any time the sentence itself dates
("in 2020"); any time at all for the initial members ("initially included A and B") or when the
article date is unknown (not before the earliest date the article allows). The member set changes
only when someone joins, so each of those times is a period with one member set, and the reason
says which period the list matches; it conflicts only when it matches none.

Compared with another article's list (``accordcheck diff``), a complete list must name every
country the other names, and two stated numbers must be equal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
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
from accordcheck.checks.membership import describe
from accordcheck.dates import DateRange
from accordcheck.extract import Match
from accordcheck.reference import Participant, ReferenceTable

KIND = "member_list"
OPTIONS: dict[str, tuple[type, Any]] = {
    "agreement": (str, "abraham-accords"),
    "complete": (bool, True),
    "decline_unrelated": (bool, False),
}

# Words earlier in the sentence that make a list the first members, not today's.
INITIAL = regex.compile(
    r"(?i)\b(?:initial(?:ly)?|original(?:ly)?|at\s+first|first|founding|at\s+the\s+(?:outset|start))\b"
)


@dataclass(frozen=True)
class Period:
    """A time during which the agreement had one set of members, as one counting sees them."""

    members: tuple[Participant, ...]
    first: dt.date
    last: dt.date | None  # None: still the set today
    note: str = ""

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(p.country for p in self.members)

    def overlaps(self, when: DateRange) -> bool:
        return self.first <= when.last and (self.last is None or self.last >= when.first)

    def describe(self) -> str:
        until = f" until {self.last}" if self.last else ""
        extra = f", {self.note}" if self.note else ""
        return f"the member set from {self.first}{until}{extra}"


_COUNTINGS = (
    ("counting only implemented agreements", lambda x: x.status == "implemented"),
    ("counting only members that had signed", lambda x: x.signed is not None),
    (
        "counting only signed and implemented agreements",
        lambda x: x.signed is not None and x.status == "implemented",
    ),
)


def member_periods(ref: ReferenceTable, agreement: str) -> list[Period]:
    """Every period of the agreement's history, the most recent first, each with every legitimate
    counting: all members who had joined, or only those whose agreements were implemented."""
    everyone = ref.participants_of(agreement)
    out: list[list[Period]] = []
    for k, p in enumerate(everyone):
        if k + 1 < len(everyone) and everyone[k + 1].joined == p.joined:
            continue
        nxt = everyone[k + 1].joined if k + 1 < len(everyone) else None
        last = nxt - dt.timedelta(days=1) if nxt else None
        joined = tuple(everyone[: k + 1])
        countings = [Period(joined, p.joined, last)]
        # A member whose joining was announced but not (yet) signed, or whose agreement was
        # never implemented, is left out by some writers: "four countries have joined" while a
        # fifth has only agreed to.
        for note, keep in _COUNTINGS:
            kept = tuple(x for x in joined if keep(x))
            if kept and len(kept) < len(joined) and all(kept != c.members for c in countings):
                countings.append(Period(kept, p.joined, last, note))
        out.append(countings)
    return [period for countings in out[::-1] for period in countings]


def check(match: Match, ctx: Context) -> Outcome | None:
    ref = ctx.reference
    agreement = ctx.agreement(match, match.rule.options["agreement"])
    name = ref.agreements[agreement].name
    parties = ref.parties_of(agreement)
    listed = [c for cap in match.all("list") for c in ctx.countries_in(cap)]
    # Israel, named with the members it signed with, is no member itself.
    listed = [c for c in {c.id: c for c in listed}.values() if c.id not in parties]
    later = [c for cap in match.all("later") for c in ctx.countries_in(cap) if c.id not in parties]
    is_open = bool(match.value("open")) or not match.rule.options["complete"]
    number = number_value(match.value("number"))
    initial = bool(match.value("initial")) or _initial_in_sentence(match, ctx)
    claim: dict[str, Any] = {
        "agreement": agreement,
        "countries": [c.id for c in listed],
        "complete": not is_open,
    }
    if number is not None:
        claim["number"] = number
    if initial:
        claim["initial"] = True
    if later:
        claim["later"] = [c.id for c in later]
    if not listed:
        return unverifiable(claim, "no country in the list is in the reference table")
    everyone = ref.participants_of(agreement)
    member_ids = {p.country for p in everyone}
    evidence = [p.evidence(describe(p, ctx)) for p in everyone]
    outsiders = [c for c in listed + later if c.id not in member_ids]
    if match.rule.options["decline_unrelated"] and len(outsiders) == len(listed):
        return None
    if outsiders:
        names = join_names(c.name for c in outsiders)
        one = len(outsiders) == 1
        return conflicting(
            claim,
            f"{names} {'is' if one else 'are'} not {'a participant' if one else 'participants'} of the {name}",
            evidence,
            expected=f"participants: {join_names(ref.name(p.country) for p in everyone)}",
            found=f"list includes {names}",
        )
    if later:
        problem = _not_later(listed, later, ref, agreement)
        if problem:
            return conflicting(claim, problem, evidence, expected=problem, found=match.said)
    excluded = _excluded(match, ctx, member_ids) if match.value("other") else set()
    periods, when_words = _candidates(match, ctx, agreement, initial)
    listed_ids = {c.id for c in listed}
    # Every member counted is the plainer reading: it explains a list before a partial counting.
    for period in sorted(periods, key=lambda p: bool(p.note)):
        expected_ids = period.ids - excluded
        if ((is_open and listed_ids <= expected_ids) or listed_ids == expected_ids) and (
            number is None or number == len(expected_ids)
        ):
            left = (
                f", leaving out {join_names(ref.name(x) for x in sorted(excluded))}"
                if excluded
                else ""
            )
            return supported(
                claim,
                f"the list matches {period.describe()}{left}{_later_note(later)}",
                [p.evidence(describe(p, ctx)) for p in period.members],
            )
    if not periods:
        return unverifiable(claim, f"no member set of the {name} fits {when_words}", evidence)
    current = periods[0]
    expected_ids = current.ids - excluded
    missing = [ref.name(x) for x in sorted(expected_ids - listed_ids)]
    extra = [ref.name(x) for x in sorted(listed_ids - expected_ids)]
    problems = []
    if extra:
        problems.append(f"{join_names(extra)} had not joined")
    if missing and not is_open:
        problems.append(f"missing {join_names(missing)}")
    if number is not None and number != len(expected_ids):
        problems.append(f"there are {len(expected_ids)}, not {number}")
    return conflicting(
        claim,
        f"the list of the participants of the {name} {when_words} is wrong: {'; '.join(problems)}"
        f" (no member set it ever had fits: {current.describe()})",
        evidence,
        expected=join_names(ref.name(x) for x in sorted(expected_ids)),
        found=match.said,
    )


def _initial_in_sentence(match: Match, ctx: Context) -> bool:
    s, _ = ctx.sentence_bounds(match.start)
    return bool(INITIAL.search(ctx.article.text, s, match.start + len(match.text) // 2))


def _excluded(match: Match, ctx: Context, member_ids: set[str]) -> set[str]:
    s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    outside = ctx.countries(s, match.start) + ctx.countries(match.end, e)
    return {m.key for m in outside if m.key in member_ids}


def _candidates(
    match: Match, ctx: Context, agreement: str, initial: bool
) -> tuple[list[Period], str]:
    """The periods a list may describe, and words for when: the most recent first, except for the
    initial members (the earliest first)."""
    periods = member_periods(ctx.reference, agreement)
    day = ctx.published
    if initial:
        return periods[::-1], "at any time"
    if day is None:
        floor = ctx.not_before
        kept = [p for p in periods if floor is None or p.last is None or p.last >= floor]
        words = f"on or after {floor}" if floor else "at any time (the article date is unknown)"
        before = _before_member(match, ctx, agreement)
        if before is not None:
            country, joined = before
            kept += [p for p in periods if p.last is not None and p.last < joined and p not in kept]
            words += f" or before {ctx.reference.name(country)} joined ({joined})"
        return kept, words
    chosen = [p for p in periods if p.overlaps(DateRange.day(day))]
    words = f"as of {day}"
    before = _before_member(match, ctx, agreement)
    if before is not None:
        country, joined = before
        chosen += [p for p in periods if p.last is not None and p.last < joined]
        words += f" or before {ctx.reference.name(country)} joined ({joined})"
    dated = ctx.sentence_date(match)
    if dated is not None and dated[0].last < day:
        chosen += [p for p in periods if p.overlaps(dated[0]) and p not in chosen]
        words += f" or {dated[1]}"
    return chosen, words


BEFORE = regex.compile(r"(?i)\b(?:before|prior\s+to|until|ahead\s+of)\s+(?:the\s+)?$")


def _before_member(match: Match, ctx: Context, agreement: str) -> tuple[str, dt.date] | None:
    """ "Before Kazakhstan('s accession), four countries had signed up": the member the sentence dates the
    list before, and its joining."""
    s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    text = ctx.article.text
    for m in ctx.countries(s, e):
        if BEFORE.search(text[max(s, m.start - 20) : m.start]):
            p = ctx.reference.participant(agreement, m.key)
            if p is not None and p.role == "member":
                return m.key, p.joined
    return None


def _not_later(listed, later, ref: ReferenceTable, agreement: str) -> str:
    """Why the countries said to join later did not, or ''."""
    joined = {p.country: p.joined for p in ref.participants_of(agreement)}
    last_first = max(joined[c.id] for c in listed)
    early = [c for c in later if joined[c.id] <= last_first]
    if not early:
        return ""
    return (
        f"{join_names(c.name for c in early)} did not join after "
        f"{join_names(c.name for c in listed)}: "
        + ", ".join(f"{ref.name(c)} {d}" for c, d in joined.items())
    )


def _later_note(later) -> str:
    if not later:
        return ""
    return f"; {join_names(c.name for c in later)} joined later"


def claim_key(claim: Mapping[str, Any]) -> str | None:
    """``member_list:AGREEMENT``: the subject is the agreement's list of participants."""
    return make_key(KIND, [claim["agreement"]]) if claim.get("countries") else None


def compare(
    a: Mapping[str, Any], b: Mapping[str, Any], a_date: dt.date | None, b_date: dt.date | None
) -> Comparison:
    problems = [p for p in (_left_out("A", a, b), _left_out("B", b, a)) if p]
    if a.get("number") is not None and b.get("number") is not None and a["number"] != b["number"]:
        problems.append(f"A counts {a['number']}, B {b['number']}")
    if problems:
        return CONTRADICT, "; ".join(problems)
    return AGREE, f"the lists fit together: A names {_named(a)}, B {_named(b)}"


def _left_out(label: str, mine: Mapping[str, Any], other: Mapping[str, Any]) -> str:
    """What a complete list leaves out of the other's; nothing for an open list."""
    missing = sorted(set(other["countries"]) - set(mine["countries"]))
    if not mine.get("complete") or not missing:
        return ""
    return f"{label}'s complete list leaves out {', '.join(missing)}"


def _named(claim: Mapping[str, Any]) -> str:
    return ", ".join(claim["countries"]) + ("" if claim.get("complete") else " (not all)")
