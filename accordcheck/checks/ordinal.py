"""ordinal — a country's place in an ordered set ("the fifth country to join", "the third Arab
state to normalise relations with Israel", "the latest nation to sign").

Groups: ``ordinal`` (required: "fifth", "5th", "latest", "newest"), ``subject`` (optional: the
country; otherwise a member of the set named in the same sentence, else the most recent member as
of the article date). The rule's ``sequence`` option names the set: a reference ``sequences`` id or
``participants:AGREEMENT``. Where sources count differently (a member some leave out), each
counting is tried and the reason says which one gives the stated place.

Compared with another article's place for the same country (``accordcheck diff``), two places
must be equal; "latest" fits any place, as whether anyone joined later is for the reference.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from accordcheck.checks.alignment import AGREE, CONTRADICT, Comparison, make_key
from accordcheck.checks.base import (
    Context,
    Outcome,
    conflicting,
    number_value,
    supported,
    unverifiable,
)
from accordcheck.checks.count import member_evidence
from accordcheck.extract import Match

KIND = "ordinal"
OPTIONS: dict[str, tuple[type, Any]] = {"sequence": (str, "participants:abraham-accords")}
LATEST = ("latest", "newest", "most recent", "last")


def _ordinal_word(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def check(match: Match, ctx: Context) -> Outcome:
    ref = ctx.reference
    seq = ref.sequence(ctx.sequence_key(match, match.rule.options["sequence"]))
    word = (match.value("ordinal") or "").lower()
    latest = any(w in word for w in LATEST)
    n = None if latest else number_value(word)
    claim: dict[str, Any] = {"ordinal": "latest" if latest else n}
    if seq is None:
        return unverifiable(
            claim, f"the reference table has no set {match.rule.options['sequence']!r}"
        )
    claim["sequence"] = seq.id
    if n is None and not latest:
        return unverifiable(claim, f"cannot read {word!r} as a place in order")
    ids = [m.country for m in seq.members]
    subject = ctx.subject_among(
        match, [(m.country, m.date) for m in seq.members], nearest_before=True
    )
    if subject is None:
        return unverifiable(claim, "the statement does not say which country it places")
    claim["subject"] = subject.id
    if subject.id not in ids:
        return conflicting(
            claim,
            f"{subject.name} is not among the {seq.name}",
            member_evidence(seq, seq.members),
            expected=", ".join(ref.name(i) for i in ids),
            found=f"{subject.name} {word}",
        )
    mine = seq.members[ids.index(subject.id)]
    variants = seq.variants(by=mine.date)
    evidence = member_evidence(seq, variants[0][0])
    places = []
    for kept, note in variants:
        order = [m.country for m in kept]
        if subject.id not in order:
            continue
        place = order.index(subject.id) + 1
        places.append(place)
        if latest:
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
        if place == n:
            extra = f" ({note})" if note else ""
            return supported(
                claim,
                f"{subject.name} is the {_ordinal_word(n)} of the {seq.name}{extra}",
                evidence,
            )
    accepted = " or ".join(_ordinal_word(p) for p in sorted(set(places)))
    return conflicting(
        claim,
        f"{subject.name} is the {accepted} of the {seq.name}, depending on the counting",
        evidence,
        expected=accepted,
        found=_ordinal_word(n) if n else word,
    )


def claim_key(claim: Mapping[str, Any]) -> str | None:
    """``ordinal:COUNTRY/SEQUENCE``; None when no place or country was read."""
    subject, sequence = claim.get("subject"), claim.get("sequence")
    if not subject or not sequence or claim.get("ordinal") is None:
        return None
    return make_key(KIND, [subject], sequence)


def compare(
    a: Mapping[str, Any], b: Mapping[str, Any], a_date: dt.date | None, b_date: dt.date | None
) -> Comparison:
    place_a, place_b = _place(a["ordinal"]), _place(b["ordinal"])
    if place_a == place_b:
        return AGREE, f"both say {place_a}"
    if "latest" in (place_a, place_b):
        return AGREE, f"A says {place_a}, B {place_b}: both hold if no one joined after it"
    return CONTRADICT, f"A says {place_a}, B {place_b}"


def _place(ordinal: int | str) -> str:
    return ordinal if isinstance(ordinal, str) else _ordinal_word(ordinal)
