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

With ``anniversary`` (an ordinal: "25th", "twenty-fifth", "one-year") the statement dates an
anniversary of what it names: a treaty (``treaty``), the agreement (``agreement``: its first
signing), a pair's treaty (``country`` and ``partner``), or, with ``generic``, plural "landmark
agreements" in an article that names the agreement (any of Israel's treaties or the agreement may
be meant). The moment is ``at`` (a weekday or a date the sentence gives), else the article date.
Supported when the anniversary falls within a month of the moment; conflicting when the count
is off (the moment is more than half a year from that anniversary of everything the name may
mean); otherwise, and always for a ``generic`` name, unverifiable.

With ``document`` (the noun: "a bilateral agreement between Israel and Bahrain", "a second one
between Israel and the Emirates billed as a peace treaty", "a joint declaration signed by Israel,
Morocco and Washington") and no time, the statement names a document between the pair: supported when
the reference records one signed by the article date (of that kind when the noun says
"declaration" or "treaty"); otherwise unverifiable, never conflicting.

With ``this_day`` ("on this day in 1979") the time is the article date's day and month in that
year. With ``present`` ("Israel signs peace deals with …") and no time, the article date, a day
either way.

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
from accordcheck.checks.base import (
    Context,
    Outcome,
    combine,
    conflicting,
    near_miss,
    number_value,
    supported,
    unverifiable,
)
from accordcheck.dates import DateRange, parse_time_expr, resolve
from accordcheck.extract import Capture, Match
from accordcheck.reference import Entity, ReferenceTable, Treaty

KIND = "treaty"
# A statement that says "treaty" means the treaty, not a framework that preceded it (Camp David).
TREATY_WORD = regex.compile(r"(?i)\btreat(?:y|ies)\b")
OPTIONS: dict[str, tuple[type, Any]] = {
    "partner": (str, "israel"),
    # A loose noun ("signed an agreement with Israel in 1979"): only a pair with a peace treaty
    # in the reference is taken; any other pair's agreement may be one the reference lacks.
    "peace_treaty_only": (bool, False),
}
ONE_DAY = dt.timedelta(days=1)
YEAR_DAYS = 365.2425
NEAR_DAYS = 31


def check(match: Match, ctx: Context) -> Outcome | None:
    if match.value("anniversary"):
        return _anniversary(match, ctx)
    if match.value("document"):
        return _document(match, ctx)
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
    return _check(match, ctx, country, match.group("when"), alone=True)


# What a document's noun says it is, and the word a reference row's name must hold for it.
DOCUMENT_KINDS = (
    (regex.compile(r"(?i)\bdeclaration\b"), "declaration"),
    (regex.compile(r"(?i)\btreaty\b"), "treaty"),
)


def _document(match: Match, ctx: Context) -> Outcome | None:
    """ "one between Israel and the UAE described as a treaty of peace", "a bilateral agreement
    between Israel and Bahrain", "a joint declaration issued by Morocco, the US and Israel": a
    document of that kind between the pair, signed by the article date. The reference names one
    document per pair, so a kind it does not record, or a pair without a row, is unverifiable,
    never conflicting."""
    ref = ctx.reference
    partner = ctx.country(match.group("partner")) or ref.entities.get(match.rule.options["partner"])
    noun = " ".join((match.value("document") or "").split())
    countries = [c for c, _ in _countries(match, ctx) if c is not None]
    countries = [c for c in {c.id: c for c in countries}.values() if partner and c.id != partner.id]
    if partner is None or not countries:
        return None
    outcomes = []
    for country in countries:
        claim: dict[str, Any] = {
            "pair": sorted((country.id, partner.id)),
            "document": noun,
        }
        rows = [
            t
            for t in ref.treaties_between(country.id, partner.id)
            if ctx.published is None or t.signed <= ctx.published
        ]
        pair = f"{country.name} and {partner.name}"
        if not rows:
            outcomes.append(
                unverifiable(claim, f"the reference records no document between {pair}")
            )
            continue
        kind = next((word for rx, word in DOCUMENT_KINDS if rx.search(noun)), None)
        fitting = [t for t in rows if kind is None or kind in t.name.lower()]
        evidence = [t.evidence(f"{t.name}, signed {t.signed}") for t in rows]
        if not fitting:
            outcomes.append(
                unverifiable(
                    claim,
                    f"the reference names the documents between {pair} "
                    f"{', '.join(t.name for t in rows)}: none is called a {kind}, which may be "
                    "another name for it",
                    evidence,
                )
            )
            continue
        t = fitting[-1]
        outcomes.append(supported(claim, f"{t.name} between {pair}, signed {t.signed}", evidence))
    if any(o.verdict.value == "supported" for o in outcomes):
        # "a joint declaration by Morocco, the US and Israel": a co-signer with no row of its own
        # (the US) does not make the document's pair unverifiable.
        outcomes = [o for o in outcomes if o.evidence]
    if len(outcomes) == 1:
        return outcomes[0]
    return combine({"pairs": [dict(o.claim) for o in outcomes], "document": noun}, outcomes)


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
    alone: bool = False,
) -> Outcome | None:
    """One country's step with the partner at a time; ``alone``: the statement's only pair (its
    sentence's other countries may then own the time)."""
    ref = ctx.reference
    country, country_cap = named
    partner = ctx.country(match.group("partner")) or ref.entities.get(match.rule.options["partner"])
    words = when_cap.text if when_cap else ""
    expr = parse_time_expr(words)
    when = resolve(expr, ctx.published, past=True) if expr else None
    if when_cap is None and match.value("present") and ctx.published is not None:
        # "Israel signs peace deals with …": the article date, a day either way.
        words = f"around {ctx.published}"
        when = DateRange(ctx.published - ONE_DAY, ctx.published + ONE_DAY)
    if match.value("this_day") and when is not None:
        # "On this day in 1979": the article date's day and month, in that year.
        when = _this_day(when, ctx)
        if when is None:
            return unverifiable(
                {"when": words}, "'on this day' needs the article date, which is unknown"
            )
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
    if match.rule.options["peace_treaty_only"] and not any(
        t.kind == "peace-treaty" for t in treaties
    ):
        return None
    sentence_start, _ = ctx.sentence(match)
    if TREATY_WORD.search(ctx.article.text, sentence_start, match.end):
        # "a peace treaty": not a framework (Camp David) nor a declaration (Washington, July 1994)
        treaties = [t for t in treaties if t.kind not in ("framework", "declaration")]
    steps = _pair_steps(ref, country.id, partner.id, treaties)
    if not steps:
        return _joined_instead(match, ctx, claim, country, partner, when) or unverifiable(
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
    if (
        expr is not None
        and expr.year is None
        and expr.month is not None
        and not expr.relative
        and not match.value("present")
    ):
        # "Israel and Jordan in October signed a peace treaty": a month (or a day of a month)
        # without a year is read against the article date, but a passage on history may mean an
        # earlier year it gave before; only a match is telling. A bare weekday stays near the
        # article date.
        return unverifiable(
            claim,
            f"{country.name}–{partner.name}: nothing in {when}, the nearest {words!r} before the "
            f"article date; the time gives no year and may belong to an earlier one (the "
            f"reference has {all_steps})",
            evidence,
        )
    other = _other_country_in(match, ctx, country, partner, when) if alone else None
    if other is not None:
        # "Jordan is the second to sign a peace deal with Israel after Egypt in 1994": the year
        # may date the sentence's other country's step, not the one it follows.
        return unverifiable(
            claim,
            f"{country.name}–{partner.name}: nothing in {when}, but the sentence also names "
            f"{other}, whose step with {partner.name} falls in {when}: the time may be its",
            evidence,
        )
    return conflicting(
        claim,
        f"{country.name}–{partner.name}: nothing in {when}; the reference has {all_steps}",
        evidence,
        expected=all_steps,
        found=f"{country.name} in {words}",
    )


def _other_country_in(
    match: Match, ctx: Context, country: Entity, partner: Entity, when: DateRange
) -> str | None:
    """Another country of the statement's sentence with a treaty or relations with the partner
    dated within ``when``, by name."""
    ref = ctx.reference
    start, text = ctx.sentence(match)
    for key in sorted(
        {m.key for m in ctx.countries(start, start + len(text))} - {country.id, partner.id}
    ):
        steps = _pair_steps(ref, key, partner.id, ref.treaties_between(key, partner.id))
        if any(when.contains(day) for day, _, _ in steps):
            return ref.name(key)
    return None


def _pair_steps(
    ref: ReferenceTable, a: str, b: str, treaties: list[Treaty]
) -> list[tuple[dt.date, str, Any]]:
    """The dated steps between two countries, each with its words and its reference row: the
    given treaties' signings and the establishment of relations."""
    steps: list[tuple[dt.date, str, Any]] = [
        (t.signed, f"{t.name} signed {t.signed}", t) for t in treaties
    ]
    rel = ref.relation(a, b)
    if rel and rel.established:
        steps.append((rel.established, f"diplomatic relations established {rel.established}", rel))
    return steps


def _joined_instead(
    match: Match,
    ctx: Context,
    claim: dict[str, Any],
    country: Entity,
    partner: Entity,
    when: DateRange,
) -> Outcome | None:
    """No treaty or relations between the two, but the country joined an agreement made with the
    partner ("Khartoum made peace with Israel in October 2020": Sudan's joining of the
    Abraham Accords was announced then and signed in January 2021). A signing dated to a moment
    with no signing of the country's is wrong; at its signing, the document may not be one with
    the partner itself, so that stays unverifiable."""
    ref = ctx.reference
    signed_verb = regex.search(r"(?i)\bsigned\b", match.text)
    for agreement in ref.agreements.values():
        p = ref.participant(agreement.id, country.id)
        if p is None or p.signed is None or partner.id not in ref.parties_of(agreement.id):
            continue
        steps = f"its joining was announced {p.announced}, " if p.announced else ""
        what = f"{country.name}: {steps}it signed the {agreement.name} on {p.signed}"
        evidence = [p.evidence(what)]
        claim["agreement"] = agreement.id
        if when.contains(p.signed):
            return unverifiable(
                claim,
                f"{what}, within {when}; the reference does not record that document as an "
                f"agreement with {partner.name} itself",
                evidence,
            )
        if signed_verb and not near_miss(when, p.signed):
            return conflicting(
                claim,
                f"{what}: it signed nothing with {partner.name} in {when} by the reference",
                evidence,
                expected=f"signed {p.signed}",
                found=match.said,
            )
        if p.announced and when.contains(p.announced):
            return unverifiable(
                claim,
                f"{what}; the step in {when} was the announcement, which the words may mean",
                evidence,
            )
        return unverifiable(claim, f"{what}; nothing the reference records in {when}", evidence)
    return None


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


def ordinal_value(text: str) -> int | None:
    """'25th' / 'twenty-fifth' / 'fifth' / 'one-year' / 'thirtieth' -> the number."""
    return number_value(regex.sub(r"[-\s]+year$", "", " ".join(text.lower().split())))


def _this_day(year: DateRange, ctx: Context) -> DateRange | None:
    day = ctx.published
    if day is None:
        return None
    try:
        return DateRange.day(day.replace(year=year.first.year))
    except ValueError:  # 29 February
        return DateRange.day(dt.date(year.first.year, 3, 1))


def _plus_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return dt.date(day.year + years, 3, 1)


def _named_things(
    match: Match, ctx: Context, claim: dict[str, Any]
) -> list[tuple[dt.date, str, Any]] | str:
    """What the anniversary counts from: (day, what, row) for each thing the name may mean, or
    why there is none."""
    ref = ctx.reference
    if match.value("treaty"):
        treaty = ref.treaty_named(" ".join((match.value("treaty") or "").split()))
        if treaty is None:
            return "the reference has no such treaty"
        claim["treaty"] = treaty.id
        return [(treaty.signed, f"{treaty.name} signed {treaty.signed}", treaty)]
    agreement_cap = match.group("agreement")
    if agreement_cap is not None:
        key = next((m.key for m in agreement_cap.mentions if m.kind == "agreement"), None)
        agreement = ref.agreements.get(key) if key else ref.agreement_named(agreement_cap.text)
        if agreement is None:
            return "the reference has no such agreement"
        claim["agreement"] = agreement.id
        return _agreement_signing(ctx, agreement.id)
    if match.value("generic"):
        out: list[tuple[dt.date, str, Any]] = []
        for agreement in ref.agreements.values():
            out += _agreement_signing(ctx, agreement.id)
        partner = ref.entities.get(match.rule.options["partner"])
        for t in ref.treaties:
            if partner is not None and partner.id in t.parties:
                out.append((t.signed, f"{t.name} signed {t.signed}", t))
        return out
    country = ctx.country(match.group("country"))
    partner = ctx.country(match.group("partner")) or ref.entities.get(match.rule.options["partner"])
    if country is None or partner is None or country.id == partner.id:
        return "the statement does not name two countries the reference knows"
    claim.update(country=country.id, partner=partner.id)
    treaties = [t for t in ref.treaties_between(country.id, partner.id) if t.kind != "framework"]
    if not treaties:
        return f"the reference has no treaty between {country.name} and {partner.name}"
    return [(t.signed, f"{t.name} signed {t.signed}", t) for t in treaties]


def _agreement_signing(ctx: Context, agreement: str) -> list[tuple[dt.date, str, Any]]:
    """The first signing of an agreement, from its participants' rows."""
    first = ctx.reference.first_signing(agreement)
    if first is None:
        return []
    name = ctx.reference.agreements[agreement].name
    return [(first.signed, f"{name} first signed {first.signed}", first)]  # type: ignore[list-item]


# "Today marks the fifth anniversary", "Sept. 15 is the fourth anniversary", "turned four on
# Sunday" (with the anniversary's own weekday): the anniversary is now. Not "marked", "will
# mark", "next week's" (another moment than the article's).
_MARKS_NOW = regex.compile(r"(?i)\b(?:marks|is|celebrates|commemorates|observes|turns|turned)\b")
_NOT_NOW = regex.compile(r"(?i)\b(?:will|would|could|next|last|marked|was|ahead|upcoming|coming)\b")


def marks_now(match: Match, ctx: Context) -> tuple[dt.date, str] | None:
    """If the match says an anniversary falls now ("September 15 is the fourth anniversary of
    the Abraham Accords", "Today is the fifth anniversary of ..."), the anniversary's day and
    what it counts from: an article saying so was written on that day. Only when the stated day
    or weekday is the anniversary's own (or the words say "today"), and only when every thing
    the name may mean gives the same day."""
    if match.rule.check != "treaty" or not match.value("anniversary"):
        return None
    n = ordinal_value(match.value("anniversary") or "")
    if not n:
        return None
    start, _ = ctx.sentence_bounds(match.start)
    cap = match.group("anniversary")
    lead = ctx.article.text[start : cap.start if cap is not None else match.end]
    if not _MARKS_NOW.search(lead) or _NOT_NOW.search(lead):
        return None
    things = _named_things(match, ctx, {})
    if isinstance(things, str) or not things:
        return None
    dues = {_plus_years(day, n) for day, _, _ in things}
    if len(dues) != 1:
        return None
    due = dues.pop()
    expr = parse_time_expr(match.value("at") or "")
    if expr is None:
        if not regex.search(r"(?i)\btoday\b", lead):
            return None
    elif expr.relative != "today" and not (
        ((expr.month, expr.day) == (due.month, due.day) and expr.year in (None, due.year))
        or (expr.weekday == due.weekday() and expr.month is None)
    ):
        return None
    return due, f"anniversary no. {n} of {things[0][1]}"


def _anniversary(match: Match, ctx: Context) -> Outcome:
    """ "Celebrated 25 years since the Israel-Jordan peace treaty was signed": the
    anniversary must fall near the moment (a stated weekday or date, else the article date)."""
    words = match.value("anniversary") or ""
    n = ordinal_value(words)
    claim: dict[str, Any] = {"kind": "anniversary", "anniversary": n}
    if n is None:
        return unverifiable(claim, f"cannot read {words!r} as a number")
    things = _named_things(match, ctx, claim)
    if isinstance(things, str):
        return unverifiable(claim, things)
    if not things:
        return unverifiable(claim, "the reference has no date for what the anniversary counts from")
    at = match.value("at")
    moment = None
    if at:
        expr = parse_time_expr(at)
        moment = resolve(expr, ctx.published, past=True) if expr else None
    elif ctx.published is not None:
        moment = DateRange.day(ctx.published)
    if moment is None:
        return unverifiable(claim, "the moment needs the article date, which is unknown")
    claim["at"] = str(moment)
    evidence = [row.evidence(what) for _, what, row in things]
    if not at and any(moment.contains(d) for d, _, _ in things):
        # No anniversary falls on the day itself: an article date equal to it was read off the
        # very date the anniversary counts from.
        return unverifiable(
            claim,
            f"the article date {moment} is the day the anniversary counts from, so it cannot "
            "date the anniversary",
            evidence,
        )
    near = dt.timedelta(days=NEAR_DAYS)
    for day, what, _ in things:
        due = _plus_years(day, n)
        if moment.first - near <= due <= moment.last + near:
            return supported(
                claim, f"{what}; its anniversary no. {n} falls on {due}, near {moment}", evidence
            )
    dues = "; ".join(f"{what}: anniversary no. {n} on {_plus_years(d, n)}" for d, what, _ in things)
    if match.value("generic"):
        return unverifiable(
            claim, f"the statement does not name what it counts from; {dues}", evidence
        )
    off = [abs((moment.first - d).days / YEAR_DAYS - n) for d, _, _ in things]
    if all(x > 0.5 for x in off):
        return conflicting(
            claim,
            f"{dues}, not near {moment}",
            evidence,
            expected=dues,
            found=match.said,
        )
    return unverifiable(claim, f"{dues}: more than a month from {moment}", evidence)
