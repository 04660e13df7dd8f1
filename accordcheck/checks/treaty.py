"""treaty — the year (or date) of a country's peace treaty or normalisation with a partner.

Groups: ``country`` (required unless ``treaty`` names the treaty: "the Camp David Accords"; a list
or a plural anaphor, "the two nations", counts each of its countries), ``when`` (required: a year
or date; several pair with the countries in order, and without ``respectively`` an order in which
every pair fits is accepted: "Egypt and Jordan signed peace deals in 1994 and 1979" is loose, not
wrong; one time applies to every country), ``partner`` (optional; the rule's ``partner`` option
otherwise, Israel by default). A country paired with itself is no statement.

Supported when the stated time contains the signing of a treaty between the two (a peace treaty,
a declaration, a normalisation agreement) or the establishment of their relations; the reason
names the row that matched. A statement whose sentence says "treaty" up to its end ("the peace
treaties were Egypt's, signed in 1979") means the treaty, not a framework that preceded it. Otherwise conflicting, showing every dated step the reference has.

Compared with another article's claim about the same treaty or pair (``accordcheck diff``), the
two stated times must share a day: 1994 and 1996 contradict.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import regex

from accordcheck.checks.alignment import Comparison, Interval, claim_range, make_key, overlap
from accordcheck.checks.base import Context, Outcome, combine, conflicting, supported, unverifiable
from accordcheck.dates import parse_time_expr, resolve
from accordcheck.extract import Capture, Match
from accordcheck.reference import Entity

KIND = "treaty"
# A statement that says "treaty" means the treaty, not a framework that preceded it (Camp David).
TREATY_WORD = regex.compile(r"(?i)\btreat(?:y|ies)\b")
OPTIONS: dict[str, tuple[type, Any]] = {"partner": (str, "israel")}


def check(match: Match, ctx: Context) -> Outcome | None:
    countries = _countries(match, ctx)
    # In text order, whichever way the rule searched.
    whens = sorted(match.all("when"), key=lambda c: c.start)
    if len(countries) > 1 and len(whens) in (1, len(countries)):
        # "Egypt and Jordan … in 1979 and 1994, respectively": one judgement per pair; "Israel
        # signed agreements with the UAE and Bahrain on Tuesday": one time for every country.
        times = whens if len(whens) > 1 else whens * len(countries)
        outcomes = _judge_pairs(match, ctx, countries, times)
        if len(whens) > 1 and not match.value("respectively") and _worst(outcomes) == "conflicting":
            # Without "respectively", the years may be listed in another order than the
            # countries: accept an order in which they all fit.
            for order in itertools.permutations(whens):
                other = _judge_pairs(match, ctx, countries, list(order))
                if _worst(other) == "supported":
                    outcomes = [
                        replace(o, reason=f"{o.reason} (the years taken in another order)")
                        for o in other
                    ]
                    break
        judged = [o for o in outcomes if o is not None]
        if not judged:
            return None
        claim = {"pairs": [dict(o.claim) for o in judged]}
        return combine(claim, judged)
    country = countries[0] if countries else (None, match.group("country"))
    return _check(match, ctx, country, match.group("when"))


def _countries(match: Match, ctx: Context) -> list[tuple[Entity | None, Capture | None]]:
    """Every country the ``country`` captures name, in order: a list ("the UAE and Bahrain") or a
    plural anaphor ("the two nations") counts each of its countries."""
    out: list[tuple[Entity | None, Capture | None]] = []
    for cap in sorted(match.all("country"), key=lambda c: c.start):
        named = ctx.countries_in(cap)
        if len(named) > 1:
            out += [(c, cap) for c in named]
        else:
            out.append((ctx.country(cap), cap))
    return out


def _judge_pairs(
    match: Match,
    ctx: Context,
    countries: list[tuple[Entity | None, Capture | None]],
    whens: list[Capture],
) -> list[Outcome | None]:
    return [_check(match, ctx, c, w) for c, w in zip(countries, whens, strict=True)]


def _worst(outcomes: list[Outcome | None]) -> str:
    verdicts = {o.verdict.value for o in outcomes if o is not None}
    for verdict in ("conflicting", "unverifiable"):
        if verdict in verdicts:
            return verdict
    return "supported"


def _check(
    match: Match,
    ctx: Context,
    named: tuple[Entity | None, Capture | None],
    when_cap: Capture | None,
) -> Outcome | None:
    ref = ctx.reference
    country, country_cap = named
    partner = ctx.country(match.group("partner")) or ref.entities.get(match.rule.options["partner"])
    words = when_cap.text if when_cap else ""
    expr = parse_time_expr(words)
    when = resolve(expr, ctx.published, past=True) if expr else None
    claim: dict[str, Any] = {
        "country": country.id if country else (country_cap.text if country_cap else None),
        "partner": partner.id if partner else None,
        "when": str(when) if when else words,
    }
    if when is not None and when.first.year == when.last.year:
        claim["year"] = when.first.year
    named = (
        ref.treaty_named(" ".join((match.value("treaty") or "").split()))
        if match.value("treaty")
        else None
    )
    if named is not None and expr is not None and expr.year is None and expr.month and expr.day:
        # A historic treaty dated without a year ("signed on July 25"): compare the day only.
        claim.update(
            treaty=named.id, country=None, partner=None, when=f"--{expr.month:02d}-{expr.day:02d}"
        )
        evidence = [named.evidence(f"{named.name} signed {named.signed}")]
        if (named.signed.month, named.signed.day) == (expr.month, expr.day):
            return supported(
                claim,
                f"{named.name} was signed on {named.signed} (the statement gives no year)",
                evidence,
            )
        return conflicting(
            claim,
            f"{named.name} was signed on {named.signed}",
            evidence,
            expected=str(named.signed),
            found=words,
        )
    if named is not None:
        claim.update(treaty=named.id, country=None, partner=None)
        if when is None:
            problem = (
                "needs the article date, which is unknown"
                if expr
                else "is not a date this tool can read"
            )
            return unverifiable(claim, f"{words!r} {problem}")
        evidence = [named.evidence(f"{named.name} signed {named.signed}")]
        if when.contains(named.signed):
            return supported(claim, f"{named.name} signed {named.signed}, within {when}", evidence)
        return conflicting(
            claim,
            f"{named.name} was signed on {named.signed}, not in {when}",
            evidence,
            expected=str(named.signed),
            found=words,
        )
    if (
        country is not None
        and partner is not None
        and country.id == partner.id
        and match.group("partner") is None
    ):
        # "Israel and Egypt signed a peace treaty": the partner was named first; the country is
        # the one other country the statement names.
        others = {
            m.key for m in ctx.countries(match.start, match.end, actors=True) if m.key != partner.id
        }
        if len(others) != 1:
            return None
        country = ref.entities.get(others.pop())
        if country is None:
            return None
        claim["country"] = country.id
    if country is not None and partner is not None and country.id == partner.id:
        return None
    if country is None or partner is None:
        return unverifiable(claim, "the statement does not name two countries the reference knows")
    if when is None:
        return unverifiable(claim, f"cannot read {words!r} as a date")
    treaties = ref.treaties_between(country.id, partner.id)
    sentence_start, _ = ctx.sentence(match)
    if TREATY_WORD.search(ctx.article.text, sentence_start, match.end):
        treaties = [t for t in treaties if t.kind != "framework"]
    steps: list[tuple[dt.date, str, Any]] = [
        (t.signed, f"{t.name} signed {t.signed}", t) for t in treaties
    ]
    rel = ref.relation(country.id, partner.id)
    if rel and rel.established:
        steps.append((rel.established, f"diplomatic relations established {rel.established}", rel))
    if not steps:
        return unverifiable(
            claim,
            f"the reference has no treaty or relations between {country.name} and {partner.name}",
        )
    steps.sort(key=lambda s: s[0])
    evidence = [row.evidence(text) for _, text, row in steps]
    hits = [text for d, text, _ in steps if when.contains(d)]
    if hits:
        return supported(
            claim, f"{country.name}–{partner.name}: {hits[0]}, within {when}", evidence
        )
    all_steps = "; ".join(text for _, text, _ in steps)
    return conflicting(
        claim,
        f"{country.name}–{partner.name}: nothing in {when}; the reference has {all_steps}",
        evidence,
        expected=all_steps,
        found=f"{country.name} in {words}",
    )


def claim_key(claim: Mapping[str, Any]) -> str | None:
    """``treaty:TREATY`` for a named treaty, else ``treaty:A|B`` (the two countries sorted); None
    when a country is missing or the time cannot be read (there is nothing to compare)."""
    if claim_range(claim.get("when")) is None:
        return None
    if claim.get("treaty"):
        return make_key(KIND, [claim["treaty"]])
    parties = [claim.get("country"), claim.get("partner")]
    return make_key(KIND, parties) if all(parties) else None


def compare(
    a: Mapping[str, Any], b: Mapping[str, Any], a_date: dt.date | None, b_date: dt.date | None
) -> Comparison:
    when_a, when_b = claim_range(a.get("when")), claim_range(b.get("when"))
    return overlap("the treaty", Interval.of(when_a), Interval.of(when_b))
