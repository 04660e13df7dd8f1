"""member_list — an enumeration of an agreement's participants.

Groups: ``list`` (the enumeration), ``open`` (optional: "and others", "including", "such as":
the list need not be complete), ``number`` (optional: "the four signatories"), ``other``
(optional: "the other signatories": the countries the sentence names outside the list are left
out of the comparison). With the ``decline_unrelated`` option (for loose contexts such as
"alongside A and B"), a list naming no participant at all is not taken as a statement.

Every named country must be a participant by the article date. A closed list (no ``open`` marker)
must also be complete, and a stated number must equal the number of participants it counts; where
sources legitimately count differently (a participant some leave out), either count is accepted
and the reason says so.

Compared with another article's list (``accordcheck diff``), a complete list must name every
country the other names, and two stated numbers must be equal.
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
    join_names,
    number_value,
    supported,
    unverifiable,
)
from accordcheck.checks.membership import describe
from accordcheck.extract import Match

KIND = "member_list"
OPTIONS: dict[str, tuple[type, Any]] = {
    "agreement": (str, "abraham-accords"),
    "complete": (bool, True),
    "decline_unrelated": (bool, False),
}


def check(match: Match, ctx: Context) -> Outcome | None:
    ref = ctx.reference
    agreement = ctx.agreement(match, match.rule.options["agreement"])
    name = ref.agreements[agreement].name
    parties = ref.parties_of(agreement)
    listed = [c for cap in match.all("list") for c in ctx.countries_in(cap)]
    # Israel, named with the members it signed with, is no member itself.
    listed = [c for c in {c.id: c for c in listed}.values() if c.id not in parties]
    is_open = bool(match.value("open")) or not match.rule.options["complete"]
    number = number_value(match.value("number"))
    claim: dict[str, Any] = {
        "agreement": agreement,
        "countries": [c.id for c in listed],
        "complete": not is_open,
    }
    if number is not None:
        claim["number"] = number
    if not listed:
        return unverifiable(claim, "no country in the list is in the reference table")
    day = ctx.published
    everyone = ref.participants_of(agreement)
    members = [p for p in everyone if day is None or p.joined_by(day)]
    evidence = [p.evidence(describe(p, ctx)) for p in members]
    member_ids = {p.country for p in members}
    outsiders = [c for c in listed if c.id not in member_ids]
    if match.rule.options["decline_unrelated"] and len(outsiders) == len(listed):
        return None
    as_of = f"as of {day}" if day else "in the reference"
    if outsiders:
        names = join_names(c.name for c in outsiders)
        return conflicting(
            claim,
            f"{names} {'is' if len(outsiders) == 1 else 'are'} not {'a participant' if len(outsiders) == 1 else 'participants'} of the {name} {as_of}",
            evidence,
            expected=f"participants {as_of}: {join_names(ref.name(p.country) for p in members)}",
            found=f"list includes {names}",
        )
    if is_open and number is None:
        return supported(claim, f"each named country is a participant {as_of}", evidence)
    if day is None:
        return unverifiable(
            claim,
            "every named country is a participant, but whether the list is complete depends on the article date, which is unknown",
            evidence,
        )
    excluded = set()
    if match.value("other"):
        s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
        outside = ctx.countries(s, match.start) + ctx.countries(match.end, e)
        excluded = {m.key for m in outside if m.key in member_ids}
    listed_ids = {c.id for c in listed}
    counts = _countings(members, excluded)
    for kept, note in counts:
        expected_ids = {p.country for p in kept}
        if (is_open or listed_ids == expected_ids) and (
            number is None or number == len(expected_ids)
        ):
            extra = f" ({note})" if note else ""
            left = (
                f", leaving out {join_names(ref.name(x) for x in sorted(excluded))}"
                if excluded
                else ""
            )
            return supported(
                claim, f"the list matches the participants {as_of}{left}{extra}", evidence
            )
    kept, _ = counts[0]
    expected_ids = {p.country for p in kept}
    missing = [ref.name(x) for x in sorted(expected_ids - listed_ids)]
    problems = []
    if missing and not is_open:
        problems.append(f"missing {join_names(missing)}")
    if number is not None:
        problems.append(f"there are {len(expected_ids)}, not {number}")
    return conflicting(
        claim,
        f"the list of the {name}'s participants {as_of} is wrong: {'; '.join(problems)}",
        evidence,
        expected=join_names(ref.name(x) for x in sorted(expected_ids)),
        found=match.text,
    )


def _countings(members, excluded):
    """The participant sets a careful source may count: all, or without contested members."""
    base = [p for p in members if p.country not in excluded]
    out = [(base, "")]
    contested = [p for p in base if p.status != "implemented"]
    if contested:
        out.append(
            (
                [p for p in base if p.status == "implemented"],
                "counting only implemented agreements",
            )
        )
    return out


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
