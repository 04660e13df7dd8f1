"""relations — since when two countries have had diplomatic relations, and whether they have them.

Groups: ``a`` and ``b`` (the two countries; when ``b`` is missing, another country named in the
same sentence, else the rule's ``partner`` option), and one of:
``since`` (a year or date relations began), ``years`` with an optional ``qualifier`` ("more than",
"nearly", "about"), ``decades`` ("decades", "three decades"), ``anniversary`` (an ordinal),
``ago`` (N years ago), ``independence`` ("shortly after independence"), ``existing``
("already has", "longstanding", "full" relations) or ``established`` (the relations exist; no
time given). ``negated`` ("never established", "has no diplomatic relations with", "has yet to
establish") turns the claim around: supported where the reference says the two never had
relations (or no longer have them), conflicting where they have.

Durations are measured from the establishment date to the article date. A peace treaty signed
between the two is accepted as the start where it differs (the reason says so). Thresholds:
"decades" is at least 20 years, "longstanding" at least 10, "shortly after independence" within
two years of it.

Compared with another article's claim about the same pair (``accordcheck diff``), each claim
bounds the day relations began ("since 1992": in 1992; "for more than 30 years": more than 30
years before its article date; "never established": after it), and two claims agree when one day
fits both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from accordcheck.checks.alignment import (
    Comparison,
    Interval,
    claim_range,
    make_key,
    overlap,
    years_back,
)
from accordcheck.checks.base import (
    Context,
    Outcome,
    combine,
    conflicting,
    number_value,
    supported,
    unverifiable,
)
from accordcheck.dates import parse_time_expr, resolve
from accordcheck.extract import Match
from accordcheck.record import Evidence
from accordcheck.reference import Entity, Relation

KIND = "relations"
OPTIONS: dict[str, tuple[type, Any]] = {"partner": (str, "israel")}

YEAR = 365.2425
SHORTLY_DAYS = 730
DECADES_MIN = 20
LONGSTANDING_MIN = 10


def _named_countries(ctx: Context, start: int, end: int) -> list[Entity]:
    """Countries the sentence around [start, end) names as actors: not capitals (usually places:
    "in Washington") and not adjectives ("US President …")."""
    s, e = ctx.sentence_bounds(start, max(start, end - 1))
    out: list[Entity] = []
    for m in ctx.countries(s, e, actors=True):
        entity = ctx.reference.entities.get(m.key)
        if entity is not None and entity not in out:
            out.append(entity)
    return out


def _pair(match: Match, ctx: Context, a: Entity | None) -> tuple[Entity | None, Entity | None]:
    """The two countries: as captured, else from the sentence: the rule's ``partner`` when the
    sentence names it, and for the other side the sentence's first country that is not used as an
    adjective ("US President …"); else the ``partner`` itself."""
    partners = match.all("b")
    b = ctx.country(partners[-1]) if partners else None
    partner = ctx.reference.entities.get(match.rule.options["partner"])
    mentioned = _named_countries(ctx, match.start, match.end)
    if len([e for e in mentioned if e not in (a, b)]) < (a is None) + (b is None):
        start, _ = ctx.sentence(match)
        if start > 0:
            # "The two countries …": the pair was named in the sentence before.
            mentioned += [
                e for e in _named_countries(ctx, start - 1, start - 1) if e not in mentioned
            ]
    if (
        b is None
        and partner is not None
        and partner in mentioned
        and (a is None or a.id != partner.id)
    ):
        b = partner
    others = [e for e in mentioned if e.id not in {x.id for x in (a, b) if x}]
    if a is None and others:
        a = others.pop(0)
    if b is None:
        # Prefer a partner the reference has a row with: "Morocco resumed relations in December
        # 2020" next to a mention of Sudan is about Morocco and Israel.
        candidates = [
            c for c in (partner, *others) if c is not None and (a is None or c.id != a.id)
        ]
        with_row = [c for c in candidates if a is not None and ctx.reference.relation(a.id, c.id)]
        b = (with_row or others or [partner])[0]
    return a, b


def _fact(rel: Relation, ctx: Context) -> str:
    names = " and ".join(sorted(ctx.reference.name(p) for p in rel.parties))
    if rel.status == "never":
        return f"{names} never established diplomatic relations" + (
            f" ({rel.note})" if rel.note else ""
        )
    text = f"{names} established diplomatic relations on {rel.established}"
    if rel.ended:
        text += f"; relations ended {rel.ended}"
    return text


def qualified(value: float, n: float, qualifier: str) -> bool:
    """Whether a measured value fits "more than n", "nearly n", "about n", or a plain n."""
    q = qualifier.lower()
    if any(w in q for w in ("more than", "over", "upwards of", "in excess of")):
        return value > n
    if any(w in q for w in ("at least", "no fewer than")):
        return value >= n
    if any(w in q for w in ("nearly", "almost", "close to", "just under")):
        return n - 1 <= value < n
    if any(w in q for w in ("less than", "under", "fewer than")):
        return value < n
    if any(w in q for w in ("about", "around", "some", "roughly", "approximately")):
        return abs(value - n) < 1.5
    return int(value) == n or abs(value - n) < 0.5


def _kind_of(match: Match) -> str:
    """The kind of time claim a match makes, from the groups it captured."""
    for group, kind in (
        ("years", "duration"),
        ("ago", "ago"),
        ("decades", "decades"),
        ("anniversary", "anniversary"),
    ):
        if match.value(group):
            return kind
    return "existing"


def check(match: Match, ctx: Context) -> Outcome:
    subjects = [ctx.country(cap) for cap in match.all("a")]
    partners = match.all("b")
    if len(partners) > 1:
        # "The UAE and Bahrain normalised ties with Israel": the last b is the partner, the
        # others are further subjects.
        subjects += [ctx.country(cap) for cap in partners[:-1]]
    outcomes = [_check_pair(match, ctx, a) for a in subjects or [None]]
    if len(outcomes) == 1:
        return outcomes[0]
    pairs = [p for o in outcomes for p in o.claim.get("pair", [])]
    claim = {**outcomes[0].claim, "pair": sorted(set(pairs))}
    return combine(claim, outcomes)


def _check_pair(match: Match, ctx: Context, subject: Entity | None) -> Outcome:
    ref = ctx.reference
    a, b = _pair(match, ctx, subject)
    claim: dict[str, Any] = {"pair": sorted(c.id for c in (a, b) if c)}
    if a is None or b is None or a.id == b.id:
        return unverifiable(claim, "the statement does not name two countries the reference knows")
    rel = ref.relation(a.id, b.id)
    pair_name = f"{a.name} and {b.name}"
    if rel is None:
        return unverifiable(
            claim, f"the reference table has no row for relations between {pair_name}"
        )
    evidence: list[Evidence] = [rel.evidence(_fact(rel, ctx))]
    treaties = ref.treaties_between(a.id, b.id)
    starts: list[tuple[dt.date, str]] = []
    if rel.established:
        starts.append((rel.established, "relations established"))
    for t in treaties:
        starts.append((t.signed, t.name))
        evidence.append(t.evidence(f"{t.name} signed {t.signed}"))

    if match.value("negated"):
        claim["negated"] = True
        today = ctx.published
        has_now = rel.status == "active" or (
            rel.status == "severed"
            and today is not None
            and rel.ended is not None
            and today < rel.ended
        )
        if rel.status == "never" or not has_now:
            return supported(claim, _fact(rel, ctx), evidence)
        return conflicting(
            claim,
            f"{pair_name} have had diplomatic relations since {rel.established}",
            evidence,
            expected=_fact(rel, ctx),
            found=" ".join(match.text.split()),
        )
    if rel.status == "never":
        return conflicting(
            {**claim, "state": "exist"},
            f"{pair_name} never established diplomatic relations"
            + (f": {rel.note}" if rel.note else ""),
            evidence,
            expected="no diplomatic relations",
            found=match.text,
        )

    since = match.value("since")
    if since:
        expr = parse_time_expr(since)
        when = resolve(expr, ctx.published) if expr else None
        claim.update(kind="since", since=str(when) if when else since)
        if when is None:
            return unverifiable(claim, f"cannot read {since!r} as a date")
        if when.first.year == when.last.year:
            claim["year"] = when.first.year
        hits = [(d, what) for d, what in starts if when.contains(d)]
        if hits:
            d, what = hits[0]
            return supported(claim, f"{pair_name}: {what.lower()} on {d}, within {when}", evidence)
        return conflicting(
            claim,
            f"{pair_name}: relations were established on {rel.established}, not in {when}",
            evidence,
            expected=f"since {rel.established}",
            found=f"since {when}",
        )

    if match.value("independence"):
        claim["kind"] = "shortly-after-independence"
        party = next((c for c in (a, b) if c.independence), None)
        if party is None or not rel.established:
            return unverifiable(claim, "the reference has no independence date for either country")
        gap = (rel.established - party.independence).days  # type: ignore[operator]
        if party.independence_row:
            evidence.append(
                party.independence_row.evidence(
                    f"{party.name} became independent on {party.independence}"
                )
            )
        text = f"{party.name} became independent on {party.independence}; relations were established on {rel.established} ({gap} days later; 'shortly' read as within {SHORTLY_DAYS // 365} years)"
        if 0 <= gap <= SHORTLY_DAYS:
            return supported(claim, text, evidence)
        return conflicting(
            claim,
            text,
            evidence,
            expected=f"established {rel.established}",
            found="shortly after independence",
        )

    if ctx.published is None:
        return unverifiable(
            {**claim, "kind": _kind_of(match)},
            "this needs the article date, which is unknown",
            evidence,
        )
    today = ctx.published
    ended = rel.ended and rel.ended <= today
    first = min(d for d, _ in starts) if starts else None
    if first is None:
        return unverifiable(claim, "the reference has no establishment date")
    ages = {what: (today - d).days / YEAR for d, what in starts}
    age_text = ", ".join(
        f"{v:.1f} years since {what.lower()} ({d})"
        for (d, what), v in zip(starts, ages.values(), strict=False)
    )

    def judge(ok: bool, kind: str, expected: str) -> Outcome:
        claim["kind"] = kind
        if ended:
            return conflicting(
                claim,
                f"relations ended on {rel.ended}",
                evidence,
                expected=_fact(rel, ctx),
                found=match.text,
            )
        if ok:
            return supported(claim, f"as of {today}: {age_text}", evidence)
        return conflicting(
            claim,
            f"as of {today}: {age_text}",
            evidence,
            expected=expected,
            found=" ".join(match.text.split()),
        )

    years = number_value(match.value("years"))
    if years is not None:
        qualifier = match.value("qualifier") or ""
        claim.update(years=years, qualifier=qualifier.lower() or "exactly")
        ok = any(qualified(v, years, qualifier) for v in ages.values())
        return judge(ok, "duration", f"{max(ages.values()):.1f} years")
    if match.value("ago"):
        n = number_value(match.value("ago"))
        if n is None:
            return unverifiable(claim, f"cannot read {match.value('ago')!r} as a number")
        claim.update(years_ago=n)
        return judge(
            any(abs(v - n) < 1 for v in ages.values()), "ago", f"{max(ages.values()):.1f} years ago"
        )
    decades = match.value("decades")
    if decades:
        n = number_value(decades.split()[0]) if decades.split() else None
        qualifier = match.value("qualifier") or ""
        if n is None:
            claim.update(decades="several")
            ok = any(v >= DECADES_MIN for v in ages.values())
            return judge(ok, "decades", f"at least {DECADES_MIN} years ('decades')")
        claim.update(decades=n, qualifier=qualifier.lower() or "exactly")
        if qualifier:
            ok = any(qualified(v / 10, n, qualifier) for v in ages.values())
        else:
            ok = any(10 * n <= v < 10 * (n + 1) for v in ages.values())
        return judge(ok, "decades", f"{n} decades")
    anniversary = number_value(match.value("anniversary"))
    if anniversary is not None:
        claim.update(anniversary=anniversary)
        ok = any(abs(v - anniversary) <= 0.5 for v in ages.values())
        return judge(
            ok,
            "anniversary",
            f"the {anniversary}th anniversary falls {first.replace(year=first.year + anniversary)}",
        )
    if match.value("existing"):
        word = match.value("existing").lower()
        long = "long" in word
        claim.update(kind="existing", longstanding=long)
        ok = not long or any(v >= LONGSTANDING_MIN for v in ages.values())
        return judge(ok, "existing", f"relations for at least {LONGSTANDING_MIN} years")
    return judge(True, "existing", "relations exist")


def age_bounds(n: float, qualifier: str) -> tuple[float | None, float | None]:
    """The values :func:`qualified` accepts for ``n`` and the qualifier, as (least, most); None
    where open. Keep the two in step: a test compares them."""
    q = qualifier.lower()
    at_least = ("more than", "over", "upwards of", "in excess of", "at least", "no fewer than")
    if any(w in q for w in at_least):
        return n, None
    if any(w in q for w in ("nearly", "almost", "close to", "just under")):
        return n - 1, n
    if any(w in q for w in ("less than", "under", "fewer than")):
        return None, n
    if any(w in q for w in ("about", "around", "some", "roughly", "approximately")):
        return n - 1.5, n + 1.5
    return n - 0.5, n + 1


def claim_key(claim: Mapping[str, Any]) -> str | None:
    """``relations:A|B``, the two countries sorted; a statement about several pairs keys on the
    sorted set of countries."""
    pair = claim.get("pair") or []
    return make_key(KIND, pair) if len(pair) >= 2 else None


def compare(
    a: Mapping[str, Any], b: Mapping[str, Any], a_date: dt.date | None, b_date: dt.date | None
) -> Comparison:
    return overlap("the start of relations", _start(a, a_date), _start(b, b_date))


def _start(claim: Mapping[str, Any], day: dt.date | None) -> Interval:
    """The days the claim allows for the start of relations."""
    if claim.get("negated"):
        return Interval(first=day + dt.timedelta(days=1) if day else None)
    stated = claim_range(claim.get("since"))
    if stated is not None:
        return Interval.of(stated)
    return years_back(day, *_age(claim))


def _age(claim: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """The ages (in years, on the article date) the claim allows, as (least, most)."""
    if "years" in claim:
        return age_bounds(claim["years"], claim["qualifier"])
    if "years_ago" in claim:
        return claim["years_ago"] - 1, claim["years_ago"] + 1
    if "anniversary" in claim:
        return claim["anniversary"] - 0.5, claim["anniversary"] + 0.5
    if claim.get("decades") == "several":
        return DECADES_MIN, None
    if "decades" in claim and claim["qualifier"] == "exactly":
        return 10 * claim["decades"], 10 * (claim["decades"] + 1)
    if "decades" in claim:
        least, most = age_bounds(claim["decades"], claim["qualifier"])
        return _times(least, 10), _times(most, 10)
    if claim.get("longstanding"):
        return LONGSTANDING_MIN, None
    return 0, None


def _times(value: float | None, factor: float) -> float | None:
    return None if value is None else value * factor
