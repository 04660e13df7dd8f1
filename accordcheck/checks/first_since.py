"""first_since — "the first country to join since 2020", "the first expansion since 2020".

Groups: ``year`` (or ``years`` with an optional ``qualifier``: "the first new member in almost
five years"), ``subject`` (optional country; else a participant named in the same sentence, else
the most recent participant as of the article date). Supported when the previous participant's
announcement or signing fell in that year (or that many years before), the reason says which.

Compared with another article's claim about the same accession (``accordcheck diff``), each claim
bounds the previous accession ("since 2020": in 2020; "in almost five years": four to five years
before its article date), and two claims agree when one day fits both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from accordcheck.checks.alignment import (
    Comparison,
    Interval,
    make_key,
    overlap,
    years_back,
)
from accordcheck.checks.base import (
    Context,
    Outcome,
    conflicting,
    number_value,
    supported,
    unverifiable,
)
from accordcheck.checks.membership import describe
from accordcheck.checks.relations import age_bounds, qualified
from accordcheck.dates import DateRange, parse_time_expr
from accordcheck.extract import Match

KIND = "first_since"
OPTIONS: dict[str, tuple[type, Any]] = {"agreement": (str, "abraham-accords")}


def check(match: Match, ctx: Context) -> Outcome:
    ref = ctx.reference
    agreement = ctx.agreement(match, match.rule.options["agreement"])
    year_words = match.value("year") or ""
    expr = parse_time_expr(year_words)
    year_text = str(expr.year) if expr and expr.year and expr.last_year is None else year_words
    years = number_value(match.value("years"))
    claim: dict[str, Any] = {
        "agreement": agreement,
        "since": int(year_text) if year_text.isdigit() else year_text,
    }
    if years is not None:
        claim = {
            "agreement": agreement,
            "years": years,
            "qualifier": (match.value("qualifier") or "").lower(),
        }
    elif not year_text.isdigit():
        return unverifiable(claim, f"cannot read {year_text!r} as a year")
    year = int(year_text) if year_text.isdigit() else 0
    everyone = ref.participants_of(agreement)
    subject = ctx.subject_among(
        match, [(p.country, p.joined) for p in everyone], nearest_before=False
    )
    if subject is None:
        return unverifiable(claim, "the statement does not say which accession it speaks of")
    claim["subject"] = subject.id
    me = ref.participant(agreement, subject.id)
    if me is None:
        return unverifiable(claim, f"{subject.name} is not a participant in the reference")
    before = [p for p in everyone if p.joined < me.joined and p.country != subject.id]
    if not before:
        return conflicting(
            claim,
            f"{subject.name} was among the first participants",
            [me.evidence(describe(me, ctx))],
            expected="no earlier participant",
            found=f"first since {year}",
        )
    evidence = [p.evidence(describe(p, ctx)) for p in before] + [me.evidence(describe(me, ctx))]
    last_announced = (
        max(p.announced for p in before if p.announced)
        if any(p.announced for p in before)
        else None
    )
    last_signed = (
        max(p.signed for p in before if p.signed) if any(p.signed for p in before) else None
    )
    if years is not None:
        return _gap(
            claim,
            subject.name,
            me.joined,
            last_announced,
            last_signed,
            years,
            match.value("qualifier") or "",
            evidence,
        )
    matched = [
        f"the last earlier {label} was on {d}"
        for label, d in (("announcement", last_announced), ("signing", last_signed))
        if d and d.year == year
    ]
    if matched:
        return supported(claim, f"{subject.name} ({me.joined}): {'; '.join(matched)}", evidence)
    steps = ", ".join(
        f"last {label} {d}"
        for label, d in (("announcement", last_announced), ("signing", last_signed))
        if d
    )
    return conflicting(
        claim,
        f"before {subject.name}: {steps}",
        evidence,
        expected=f"first since {last_announced.year if last_announced else last_signed.year}",  # type: ignore[union-attr]
        found=f"first since {year}",
    )


def _gap(claim, name, joined, last_announced, last_signed, years, qualifier, evidence) -> Outcome:
    gaps = {
        label: (joined - d).days / 365.2425
        for label, d in (("announcement", last_announced), ("signing", last_signed))
        if d
    }
    text = "; ".join(f"{v:.1f} years since the last earlier {label}" for label, v in gaps.items())
    if any(qualified(v, years, qualifier) for v in gaps.values()):
        return supported(claim, f"{name} ({joined}): {text}", evidence)
    return conflicting(
        claim,
        f"{name} ({joined}): {text}",
        evidence,
        expected=text,
        found=f"{qualifier} {years} years".strip(),
    )


def claim_key(claim: Mapping[str, Any]) -> str | None:
    """``first_since:COUNTRY/AGREEMENT``; None when the statement places no accession or gives
    no readable year."""
    if not claim.get("subject") or not (isinstance(claim.get("since"), int) or "years" in claim):
        return None
    return make_key(KIND, [claim["subject"]], claim.get("agreement"))


def compare(
    a: Mapping[str, Any], b: Mapping[str, Any], a_date: dt.date | None, b_date: dt.date | None
) -> Comparison:
    return overlap("the previous accession", _previous(a, a_date), _previous(b, b_date))


def _previous(claim: Mapping[str, Any], day: dt.date | None) -> Interval:
    """The days the claim allows for the previous accession."""
    if "years" in claim:
        return years_back(day, *age_bounds(claim["years"], claim["qualifier"]))
    return Interval.of(DateRange.year(claim["since"]))
