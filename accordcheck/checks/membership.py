"""membership — a country joined (signed, will join) an agreement, perhaps at a stated time.

Groups: ``country`` (one or more captures, or a ``countries`` text holding several names),
``when`` (optional time expression: "two years ago today" is one), ``same_year`` (optional:
"the same year", resolved from the previous dated statement in the article), ``followed`` (optional: "in the months that followed",
"soon after": after the time of the previous dated statement in the article, within a year),
``future`` (optional: "will join", "is set to"), ``unimplemented`` (optional: "was never
implemented": supported when the reference records the agreement as not implemented),
``negated`` (optional: "has not joined", "is not a party to", "neither … nor") and ``verb``
(optional, with ``negated``: "has not signed" of a participant whose joining was announced but
never signed is true), ``outer`` (optional: the agreement's own time, "the accords were concluded
in 2020, when A and B signed in September": used when ``when`` is missing, and gives its year to a
month without one), ``later`` (optional: "signed on later", "with A and B following": a step
after the time the article gave last, else after the first members), ``step`` (optional: the
noun of "Sudan's announcement came on …": an announcement is checked against the announcement
only, a signing against the signing only), ``person`` (a signatory instead of a country:
the country whose office the person held at the stated time), ``anaphor`` / ``indirect``
(optional: the country read through "it", "its" or an agreement with it: never conflicting).
Several ``countries`` captures with as many ``when`` captures ("the UAE in August, Bahrain in
September, …") pair each country with its own time; a country in such a list that is no
participant, or a time before the agreement, may speak of another deal and is unverifiable.

Options: ``decline_outsiders`` and ``decline_before`` (loose wordings, "struck a similar deal",
"signed an agreement with Israel": a statement about no participant, or dated before the
agreement existed, speaks of another deal and is not taken) and ``normalisation`` (a country agreeing to establish relations
with Israel: about the agreement only if its relations did not exist before it joined) and
``outsiders_unverifiable`` (a loose wording about several deals: a country that is no participant
is unverifiable, not conflicting) and ``decline_after`` (with a ``loose`` group, a bare noun: "Morocco signed an
agreement with Israel in 2021", dated after the country's joining, may be a later deal: not
taken). With ``normalisation``, an ``established`` group (the cue said
relations were established, restored, opened) of a country that never had relations with Israel
is left to the relations check.

Past and present statements: the country must be a participant by the article date, and a stated
time must contain its announcement or its signing (the reason says which one matched). Future
statements about a participant whose joining was announced by the article date are supported;
about anyone else they are predictions the reference cannot settle. Negated statements are
supported for countries that are not participants by the article date and conflicting for those
that are.

Compared with another article's claim about the same countries (``accordcheck diff``), each claim
bounds the day of joining: a stated time contains it, "has joined" puts it on or before the article
date, "will join" on or after, "has not joined" after; two claims agree when one day fits both.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

import regex

from accordcheck.checks.alignment import (
    CONTRADICT,
    Comparison,
    Interval,
    claim_range,
    make_key,
    overlap,
)
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
from accordcheck.dates import DateRange, parse_time_expr, resolve
from accordcheck.extract import Match
from accordcheck.record import Verdict
from accordcheck.reference import Entity, Participant

KIND = "membership"
OPTIONS: dict[str, tuple[type, Any]] = {
    "agreement": (str, "abraham-accords"),
    "tense": (str, "past"),
    "decline_outsiders": (bool, False),
    "decline_before": (bool, False),
    "normalisation": (bool, False),
    "outsiders_unverifiable": (bool, False),
    "decline_after": (bool, False),
}


def previous_year(ctx: Context) -> tuple[int, str] | None:
    """The year of the latest earlier statement in the article that gave one."""
    for judged in reversed(ctx.history):
        year = judged.outcome.claim.get("year")
        if isinstance(year, int):
            return year, judged.match.text
    return None


def stated_time(
    match: Match, ctx: Context, past: bool = True
) -> tuple[DateRange | None, str | None, str | None]:
    """(range, words, problem): the time the statement gives, resolved against the article."""
    if match.value("same_year"):
        prev = previous_year(ctx)
        if prev is None:
            return (
                None,
                match.value("same_year"),
                "'the same year' has no earlier dated statement to refer to",
            )
        return DateRange.year(prev[0]), f"the same year ({prev[0]}, from “{prev[1]}”)", None
    cap = match.group("when") or match.group("outer")
    if cap is None:
        return None, None, None
    return time_of(cap.text, match, ctx, past)


def time_of(
    words: str, match: Match, ctx: Context, past: bool = True
) -> tuple[DateRange | None, str | None, str | None]:
    """(range, words, problem) for one time expression of the statement; a month without a
    year takes the year of the agreement's own time ("the accords were concluded in 2020, when
    A and B signed in September"), else the paragraph's."""
    expr = parse_time_expr(words)
    if expr is None:
        return None, words, f"{words!r} is not a date this tool can read"
    if past and expr.year is None and expr.month is not None:
        # Joining is history: "signed in Rabat on December 22" in a paragraph about 2020, "the
        # accords were concluded in 2020, when A and B signed in September".
        outer = parse_time_expr(match.value("outer") or "")
        year = outer.year if outer and outer.year else ctx.paragraph_year(match)
        if year is not None:
            expr = dataclasses.replace(expr, year=year)
    when = resolve(expr, ctx.published, past=past)
    if when is None:
        return None, words, f"{words!r} needs the article date, which is unknown"
    return when, words, None


def previous_time(ctx: Context) -> tuple[DateRange, str] | None:
    """The time of the latest earlier statement in the article that gave one."""
    for judged in reversed(ctx.history):
        when = claim_range(judged.outcome.claim.get("when"))
        if when is not None:
            return when, judged.match.text
    return None


def describe(p: Participant, ctx: Context) -> str:
    """The participant row as a sentence: both dates and the status."""
    name = ctx.reference.name(p.country)
    steps = [f"announced {p.announced}"] if p.announced else []
    steps.append(f"signed {p.signed}" if p.signed else "no signing recorded")
    status = "" if p.status in {"implemented", "announced"} else f" ({p.status.replace('-', ' ')})"
    return f"{name}: {', '.join(steps)}{status}"


def _countries(match: Match, ctx: Context) -> list[Entity]:
    """Every country the statement names (all captures); for an anaphor ("the country", "it")
    the first country the sentence names."""
    found: dict[str, Entity] = {}
    for cap in match.all("country"):
        entity = ctx.country(cap)
        if entity:
            found.setdefault(entity.id, entity)
    for cap in match.all("countries"):
        for entity in ctx.countries_in(cap):
            found.setdefault(entity.id, entity)
    if not found and match.value("anaphor"):
        first = ctx.first_country(match)
        if first is not None:
            found[first.id] = first
    return list(found.values())


def check(match: Match, ctx: Context) -> Outcome | None:
    agreement = ctx.agreement(match, match.rule.options["agreement"])
    countries = _countries(match, ctx)
    future = bool(match.value("future")) or match.rule.options["tense"] == "future"
    when, words, problem = stated_time(match, ctx, past=not future)
    held: list[tuple[Entity, Any, Any]] = []
    if not countries and match.group("person") is not None and when is not None:
        held = _offices_held(match, ctx, when)
        countries = list({c.id: c for c, _, _ in held}.values())
    if _declined(match, ctx, agreement, countries):
        return None
    claim: dict[str, Any] = {
        "agreement": agreement,
        "countries": [c.id for c in countries],
        "tense": "future" if future else "past",
        "when": str(when) if when else words,
    }
    if when is not None and when.first.year == when.last.year:
        claim["year"] = when.first.year
    if match.value("withdrawn"):
        return unverifiable(
            claim,
            f"the reference records who joined the {ref_name(ctx, agreement)} and when, and whether "
            "each agreement was implemented, but no withdrawals: it cannot settle whether anyone "
            "withdrew",
        )
    if not countries:
        if match.group("person") is not None:
            return unverifiable(
                claim, "the reference records no office of the signatory's country at that time"
            )
        return unverifiable(claim, "no country in the statement is in the reference table")
    pairs = _dated_pairs(match)
    if pairs:
        return _pair_outcomes(pairs, agreement, match, ctx, claim)
    if problem:
        return unverifiable(claim, problem)
    if match.value("unimplemented"):
        claim["status"] = "not implemented"
        outcomes = [_not_implemented(c, agreement, ctx, claim) for c in countries]
    elif match.value("negated"):
        claim["negated"] = True
        signing = (match.value("verb") or "").lower().startswith("sign")
        outcomes = [_not_member(c, agreement, ctx, claim, signing) for c in countries]
    elif match.value("followed") and when is None:
        outcomes = [_followed(c, agreement, match, ctx, claim) for c in countries]
    elif match.value("lag") and when is None:
        lagged = [_lagged(c, agreement, match, ctx, claim) for c in countries]
        outcomes = [o for o in lagged if o is not None]
        if not outcomes:
            return None
    elif match.value("later") and when is None:
        outcomes = [_later(c, agreement, match, ctx, claim) for c in countries]
    else:
        step = _step(match)
        if step:
            claim["step"] = step
        outcomes = [
            _outsider(c, agreement, match, ctx, claim, words)
            or _one(c, agreement, future, when, words, ctx, claim, step)
            for c in countries
        ]
    outcome = combine(claim, outcomes)
    if held:
        outcome = dataclasses.replace(
            outcome,
            reason=f"{'; '.join(why for _, why, _ in held)}; {outcome.reason}",
            evidence=tuple(e for _, _, e in held) + outcome.evidence,
        )
    return _hedged(match, ctx, outcome)


def ref_name(ctx: Context, agreement: str) -> str:
    return ctx.reference.agreements[agreement].name


def _hedged(match: Match, ctx: Context, outcome: Outcome) -> Outcome:
    """A statement that names its country only through "it"/"its" or through an agreement with it
    ("Israel's treaties with Egypt and Jordan are not part of the accords") may mean another
    country or another thing: it never conflicts."""
    if outcome.verdict is not Verdict.CONFLICTING:
        return outcome
    how = match.value("anaphor") or match.value("indirect")
    if not how:
        return outcome
    said = " ".join(how.split())
    return unverifiable(
        outcome.claim,
        f"the country was read from {said!r}, which may refer to another one: {outcome.reason}",
        outcome.evidence,
    )


def _step(match: Match) -> str | None:
    """Which step a noun names: "Sudan's announcement" its announcement, "Morocco's signing" its
    signing; None when either may be meant ("deal", "accession", a verb)."""
    noun = (match.value("step") or "").lower()
    if noun.startswith("announce") or noun.endswith("announcement"):
        return "announced"
    if noun.startswith(("signing", "signature")):
        return "signed"
    return None


def _offices_held(match: Match, ctx: Context, when: DateRange) -> list[tuple[Entity, str, Any]]:
    """(country, why, evidence) for each office of a country the signatory held at that time."""
    ref = ctx.reference
    person = ctx.person(match.group("person"))
    if person is None:
        return []
    out = []
    for term in ref.terms:
        office = ref.offices.get(term.office)
        if term.person != person.id or office is None or not office.country:
            continue
        country = ref.entities.get(office.country)
        if country is None or not term.covers(when):
            continue
        why = f"{person.name} held {office.name} {term.span_text()}"
        out.append((country, why, term.evidence(why)))
    return out


def _outsider(
    country: Entity,
    agreement: str,
    match: Match,
    ctx: Context,
    claim: dict[str, Any],
    words: str | None,
) -> Outcome | None:
    """With ``outsiders_unverifiable``: a country that is no participant, named in a loose
    wording ("deals with A, B and C to normalise relations with Israel"), may have made another
    deal; unverifiable, not conflicting."""
    if not match.rule.options["outsiders_unverifiable"]:
        return None
    p = ctx.reference.participant(agreement, country.id)
    if p is not None and p.role == "member":
        return None
    return unverifiable(
        claim,
        f"{country.name} is no participant of the {ctx.reference.agreements[agreement].name}: "
        f"the statement may speak of another deal with it ({words or 'no time given'})",
    )


def _dated_pairs(match: Match) -> list[tuple[Any, Any]]:
    """ "the UAE in August, Bahrain in September, …": each country with its own time."""
    names, times = match.all("countries"), match.all("when")
    if len(names) < 2 or len(names) != len(times):
        return []
    return list(zip(names, times, strict=True))


def _pair_outcomes(
    pairs: list[tuple[Any, Any]], agreement: str, match: Match, ctx: Context, claim: dict[str, Any]
) -> Outcome:
    ref = ctx.reference
    first = min(p.joined for p in ref.participants_of(agreement))
    outcomes = []
    ranges = []
    dated: dict[str, str] = {}
    for name, time in pairs:
        country = ctx.country(name)
        if country is None:
            continue
        when, words, problem = time_of(time.text.strip("() "), match, ctx)
        dated[country.id] = str(when) if when else time.text
        if problem or when is None:
            outcomes.append(unverifiable(claim, f"{country.name}: {problem}"))
            continue
        ranges.append(when)
        p = ref.participant(agreement, country.id)
        if p is None or p.role != "member":
            outcomes.append(
                unverifiable(
                    claim,
                    f"{country.name} is no participant of the {ref.agreements[agreement].name}: "
                    f"the list may speak of another deal ({words})",
                )
            )
        elif when.last < first:
            outcomes.append(
                unverifiable(
                    claim, f"{country.name}: {words} is before the agreement, another deal"
                )
            )
        else:
            outcomes.append(_one(country, agreement, False, when, words, ctx, claim))
    claim["dated"] = dated
    if ranges:
        claim["when"] = str(DateRange(min(r.first for r in ranges), max(r.last for r in ranges)))
    if not outcomes:
        return unverifiable(claim, "no country in the statement is in the reference table")
    return combine(claim, outcomes)


def _later(
    country: Entity, agreement: str, match: Match, ctx: Context, claim: dict[str, Any]
) -> Outcome:
    """ "Morocco and Sudan signed on later": a participant that took a step after the time the
    article gave last, else after the agreement's first members."""
    ref = ctx.reference
    p = ref.participant(agreement, country.id)
    if p is None or p.role != "member":
        return _one(country, agreement, False, None, None, ctx, claim)
    evidence = [p.evidence(describe(p, ctx))]
    prev = previous_time(ctx)
    if prev is not None:
        after, said = prev[0].first, f"{prev[0]} (from “{prev[1]}”)"
    else:
        after = min(x.joined for x in ref.participants_of(agreement))
        said = f"the first members ({after})"
    steps = [d for d in (p.announced, p.signed) if d]
    if any(d > after for d in steps):
        return supported(claim, f"{describe(p, ctx)}: after {said}", evidence)
    return conflicting(
        claim,
        f"{describe(p, ctx)}: not after {said}",
        evidence,
        expected=describe(p, ctx),
        found=f"joined after {said}",
    )


def _declined(match: Match, ctx: Context, agreement: str, countries: list[Entity]) -> bool:
    """Loose wordings that may speak of another deal than the agreement (see the options)."""
    ref = ctx.reference
    rows = [ref.participant(agreement, c.id) for c in countries]
    if match.rule.options["decline_outsiders"] and not any(
        p is not None and p.role == "member" for p in rows
    ):
        return True
    if match.rule.options["decline_before"]:
        when, _, _ = stated_time(match, ctx)
        first = min(p.joined for p in ref.participants_of(agreement))
        if when is not None and when.last < first:
            return True
    if match.rule.options["decline_after"] and match.value("loose"):
        when, _, _ = stated_time(match, ctx)
        steps = [p.signed or p.announced for p in rows if p is not None and p.role == "member"]
        if when is not None and any(d is not None and when.first > d for d in steps):
            return True
    if match.rule.options["normalisation"]:
        for c, p in zip(countries, rows, strict=True):
            israel = next(iter(ref.parties_of(agreement)), None)
            rel = ref.relation(c.id, israel) if israel else None
            if p is None or p.role != "member":
                return True
            if rel is not None and rel.established and rel.established < p.joined:
                return True
            if match.value("established") and (rel is None or rel.status == "never"):
                return True  # "Sudan established relations": a relations claim, checked there
    return False


def _followed(
    country: Entity, agreement: str, match: Match, ctx: Context, claim: dict[str, Any]
) -> Outcome:
    """ "Sudan and Morocco came aboard in the months that followed": joined after the time the
    article gave last, within a year of it."""
    p = ctx.reference.participant(agreement, country.id)
    if p is None:
        return _one(country, agreement, False, None, None, ctx, claim)
    evidence = [p.evidence(describe(p, ctx))]
    prev = previous_time(ctx)
    if prev is None:
        return unverifiable(
            claim,
            f"{describe(p, ctx)}; {match.value('followed')!r} has no earlier dated statement to follow",
            evidence,
        )
    when, said = prev
    limit = when.last + dt.timedelta(days=366)
    steps = [d for d in (p.announced, p.signed) if d]
    if any(when.first < d <= limit for d in steps):
        return supported(
            claim, f"{describe(p, ctx)}: after {when} (from “{said}”), within a year", evidence
        )
    return conflicting(
        claim,
        f"{describe(p, ctx)}: not in the year after {when} (from “{said}”)",
        evidence,
        expected=describe(p, ctx),
        found=f"joined after {when}",
    )


LAG_UNITS = {"day": 1, "week": 7, "month": 30}


def lag_window(words: str) -> tuple[int, int] | None:
    """(fewest, most) days a lag such as "weeks", "only a few weeks", "just over two months",
    "days" or "one month" may mean; None when it cannot be read."""
    text = " ".join(words.lower().split())
    unit = next((LAG_UNITS[u] for u in LAG_UNITS if regex.search(rf"\b{u}s?\b", text)), None)
    if unit is None:
        return None
    count = None
    for word in text.split():
        count = number_value(word) if count is None else count
    if (
        count is None
        and regex.search(r"\b(?:a|an|one)\b", text)
        and not regex.search(r"\b(?:few|couple)\b", text)
    ):
        count = 1
    if count is None:  # "days", "weeks", "a few weeks", "several months"
        low, high = (1, 21) if unit == 1 else (7, 90) if unit == 7 else (28, 400)
    else:
        low, high = unit * max(count - 1, 0), unit * (count + 1) + 3
    if regex.search(r"\b(?:less\s+than|under|barely|just\s+under|only|nearly|almost)\b", text):
        low = 0
    if regex.search(r"\b(?:more\s+than|over|just\s+over)\b", text) and count is not None:
        low = unit * count
    return low, high


def _lagged(
    country: Entity, agreement: str, match: Match, ctx: Context, claim: dict[str, Any]
) -> Outcome | None:
    """ "weeks after the two countries normalised ties", "just over two months after Trump announced
    that Sudan would normalise": the step came that long before the article date (the time of the
    main clause, as a rule). A step at another distance may be measured from another time the
    sentence gives, so it is unverifiable, never conflicting."""
    ref = ctx.reference
    if country.id in ref.parties_of(agreement):
        return None
    p = ref.participant(agreement, country.id)
    if p is None or p.role != "member":
        return unverifiable(
            claim, f"{country.name} is no participant of the {ref.agreements[agreement].name}"
        )
    evidence = [p.evidence(describe(p, ctx))]
    lag = " ".join((match.value("lag") or "").split())
    window = lag_window(lag)
    if window is None or ctx.published is None:
        why = "the article date is unknown" if window else f"cannot read {lag!r} as a time"
        return unverifiable(claim, f"{describe(p, ctx)}; {why}", evidence)
    step = _step(match)
    steps = [
        (name, day)
        for name, day in (("announced", p.announced), ("signed", p.signed))
        if day and step in (None, name)
    ]
    low, high = window
    for name, day in steps:
        days = (ctx.published - day).days
        if low <= days <= high:
            return supported(
                claim,
                f"{describe(p, ctx)}: {name} {days} days before the article date "
                f"({ctx.published}), which fits {lag!r}",
                evidence,
            )
    return unverifiable(
        claim,
        f"{describe(p, ctx)}: not {lag!r} before the article date ({ctx.published}); the sentence "
        "may measure from another time",
        evidence,
    )


def _not_implemented(
    country: Entity, agreement: str, ctx: Context, claim: dict[str, Any]
) -> Outcome:
    p = ctx.reference.participant(agreement, country.id)
    if p is None:
        return unverifiable(claim, f"{country.name} is not a participant in the reference")
    evidence = [p.evidence(describe(p, ctx))]
    if p.status == "implemented":
        return conflicting(
            claim,
            f"{country.name}'s agreement is recorded as implemented: {describe(p, ctx)}",
            evidence,
            expected=describe(p, ctx),
            found="never implemented",
        )
    return supported(claim, f"{describe(p, ctx)}", evidence)


def _not_member(
    country: Entity, agreement: str, ctx: Context, claim: dict[str, Any], signing: bool = False
) -> Outcome:
    ref = ctx.reference
    name = ref.agreements[agreement].name
    party = ref.participant(agreement, country.id)
    if party is not None and party.role == "party":
        return unverifiable(
            claim,
            f"{country.name} is a party to the {name} (the country every member signed with), "
            "not a member that joins it: the statement is not about membership",
            [party.evidence(describe(party, ctx))],
        )
    everyone = ref.participants_of(agreement)
    day = ctx.published
    members = [p for p in everyone if day is None or p.joined_by(day)]
    as_of = f"as of {day}" if day else "in the reference"
    mine = next((p for p in members if p.country == country.id), None)
    if mine is not None and signing and (mine.signed is None or (day and mine.signed > day)):
        return supported(
            claim,
            f"{country.name}'s joining was announced, but no signing is recorded {as_of}: "
            f"{describe(mine, ctx)}",
            [mine.evidence(describe(mine, ctx))],
        )
    if mine is not None:
        return conflicting(
            claim,
            f"{country.name} is a participant of the {name}: {describe(mine, ctx)}",
            [mine.evidence(describe(mine, ctx))],
            expected=describe(mine, ctx),
            found=f"{country.name} not a participant",
        )
    names = join_names(ref.name(p.country) for p in members)
    return supported(
        claim,
        f"{country.name} is not among the participants {as_of}: {names}",
        [p.evidence(describe(p, ctx)) for p in members],
    )


def _one(
    country: Entity,
    agreement: str,
    future: bool,
    when: DateRange | None,
    words: str | None,
    ctx: Context,
    claim: dict[str, Any],
    step: str | None = None,
) -> Outcome:
    ref = ctx.reference
    name = ref.agreements[agreement].name
    p = ref.participant(agreement, country.id)
    everyone = ref.participants_of(agreement)
    if p is None:
        members = join_names(ref.name(x.country) for x in everyone)
        if future:
            return unverifiable(
                claim,
                f"{country.name} is not a participant of the {name} in the reference; "
                "whether it will join is a prediction the reference cannot settle",
            )
        return conflicting(
            claim,
            f"{country.name} is not a participant of the {name}; the reference lists {members}",
            [x.evidence(describe(x, ctx)) for x in everyone],
            expected=f"participants: {members}",
            found=f"{country.name} joined",
        )
    evidence = [p.evidence(describe(p, ctx))]
    if p.role == "party" and when is None:
        return supported(claim, f"{country.name} is a party to the {name}: {p.note}", evidence)
    if p.role == "party":
        days = sorted({d for x in [p, *everyone] for d in (x.signed,) if d})
        hit = [d for d in days if when.contains(d)]
        if hit:
            return supported(
                claim, f"{country.name} signed on {hit[0]} ({words}): {p.note}", evidence
            )
        return unverifiable(
            claim,
            f"{country.name} is a party to the {name}; its signings recorded: "
            + ", ".join(str(d) for d in days),
            evidence,
        )
    if when is not None:
        steps = [
            (label, d)
            for label, d in (("announced", p.announced), ("signed", p.signed))
            if d and (step is None or label == step)
        ]
        if not steps:
            return unverifiable(
                claim,
                f"no {step} date is recorded for {country.name}: {describe(p, ctx)}",
                evidence,
            )
        matched = [(label, d) for label, d in steps if when.contains(d)]
        if matched:
            said = "; ".join(f"{label} {d}" for label, d in matched)
            others = [f"{label} {d}" for label, d in steps if (label, d) not in matched]
            extra = f" (also {', '.join(others)})" if others else ""
            return supported(claim, f"{country.name}: {words} matches the {said}{extra}", evidence)
        return conflicting(
            claim,
            f"{country.name} did not join in {when}: "
            + ", ".join(f"{label} {d}" for label, d in steps),
            evidence,
            expected=", ".join(f"{label} {d}" for label, d in steps),
            found=f"joined {words or when}",
        )
    if ctx.published is None:
        return supported(claim, f"{describe(p, ctx)}", evidence)
    if p.joined_by(ctx.published):
        tense = "its joining was announced" if future else "it is a participant"
        return supported(claim, f"{tense} by the article date: {describe(p, ctx)}", evidence)
    if future:
        return unverifiable(
            claim,
            f"on the article date ({ctx.published}) {country.name}'s joining was not yet announced; it was on {p.joined}",
            evidence,
        )
    return conflicting(
        claim,
        f"on the article date ({ctx.published}) {country.name} had not joined yet: {describe(p, ctx)}",
        evidence,
        expected=describe(p, ctx),
        found=f"joined by {ctx.published}",
    )


def claim_key(claim: Mapping[str, Any]) -> str | None:
    """``membership:COUNTRY/AGREEMENT``. A statement about several countries keys on the sorted
    set (``membership:bahrain|united-arab-emirates/abraham-accords``): it aligns with a statement
    about the same set, not with one about each country."""
    countries = claim.get("countries") or []
    return make_key(KIND, countries, claim.get("agreement")) if countries else None


def compare(
    a: Mapping[str, Any], b: Mapping[str, Any], a_date: dt.date | None, b_date: dt.date | None
) -> Comparison:
    relation, reason = overlap("the joining", _joining(a, a_date), _joining(b, b_date))
    if relation == CONTRADICT and claim_range(a.get("when")) and claim_range(b.get("when")):
        reason += (
            "; if one means the announcement and the other the signing, both can hold: "
            "the verdicts show which the reference backs"
        )
    return relation, reason


def _joining(claim: Mapping[str, Any], day: dt.date | None) -> Interval:
    """The days the claim allows for the joining."""
    if claim.get("negated"):
        return Interval(first=day + dt.timedelta(days=1) if day else None)
    stated = claim_range(claim.get("when"))
    if stated is not None:
        return Interval.of(stated)
    if claim.get("tense") == "future":
        return Interval(first=day)
    return Interval(last=day)
