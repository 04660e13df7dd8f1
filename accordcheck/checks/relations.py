"""relations — since when two countries have had diplomatic relations, whether they have them,
and when they ended.

Groups: ``a`` and ``b`` (the two countries; when ``b`` is missing, another country named in the
same sentence, else the rule's ``partner`` option), and one of:
``since`` (a year or date relations began), ``same_year`` ("since the same year": the last year
written before it in the paragraph), ``about`` (a year a fronted clause dates the relations by:
"Following the Oslo accords in 1995, relations were established …"), ``years`` with an optional
``qualifier`` ("more than", "nearly", "about"), ``decades`` ("decades", "three decades"),
``anniversary`` (an ordinal), ``ago`` (N years ago), ``independence`` ("shortly after
independence"; with ``months`` and an optional ``qualifier``, "some four months after it
proclaimed independence", a plain number read as about that many), ``existing`` ("already has",
"longstanding", "full" relations), ``established`` (the relations exist; no time given),
``during`` (relations existed then: "had low-level relations in the 1990s"), ``many`` ("for many
years": at least three), ``recognised`` (when
``a`` recognised ``b`` or its independence: the row's ``recognised`` date where the reference has
one; else relations established then fit, and a time after full relations began conflicts) or
``ended`` (relations or a post ended then: "broke off relations in 2000", "shut its mission in Tel
Aviv in 2002", "kept a liaison office until 2000"; the verb, captured as ``end_verb``, says how
firm the claim is). ``later_years`` (with an optional ``qualifier``: "established relations in 1999 but severed
ties 10 years later": the years from a row's start to its end), ``closed_years`` or
``closed_decades`` ("the missions have now been shut for some 20 years": the years from a row's end to
the article date), ``post`` (a diplomatic post, an office or an embassy, said to have opened, at the
time ``opened`` when given: "Morocco has now opened a liaison post in Tel Aviv", "the bureau was
opened two weeks ago"; the reference dates relations, not offices, so a time within relations of
either level is supported and any other unverifiable) or ``below_full`` (a post or ties "short of
full diplomatic relations", "though not embassies": supported where the pair had liaison-level
relations then, else unverifiable, since offices below embassies also exist under full relations).
A duration may be measured to a time the sentence gives (``to``: "in March
2023, more than three decades after ties were formed") instead of the article date. ``negated``
("never established", "has no diplomatic relations with", "has yet to establish") turns the claim
around: "never" is supported where the two never had relations, "has no relations" where they
have none on the article date.

A pair may have several rows: Israel and Morocco had low-level relations (liaison offices) from
1994 to 2000 and full relations from 2020. A claim of *full* relations is judged against
full-level rows only, a claim of liaison offices or low-level ties against liaison rows only, and
plain "relations" or "ties" against every row: supported where one row fits, conflicting only
where none does.

Durations are measured from the establishment date to the article date. A peace treaty signed
between the two is accepted as the start of full relations where it differs (the reason says so).
Thresholds: "decades" is at least 20 years, "longstanding" at least 10, "shortly after
independence" within two years of it, a fronted "following … in 1995" within a year of 1995.
When the article date is unknown, a claim that only grows truer with time ("for decades", "for
more than 30 years", "longstanding") is settled at the earliest date the article can have
(``ctx.not_before``), and the reason says so.

An end of relations ("broke off", "severed", "cut", "maintained ties until") must match the day
a row ended. A freeze, a suspension, a downgrade or the closing of a post (an office, a mission:
"closed", "shut", "kept a liaison office until") may precede the formal end, so it conflicts only
where it falls outside the relations (before they began or after they had ended). A pair whose
row records no end is unverifiable for any end claim.

``restored`` (optional: "A and B restored / resumed / re-established ties", both parties
captured): supported when an earlier row of the pair (any level) ended before the present
relations began; without one unverifiable (an unrecorded tie is no proven absence); "restored
full relations" after lower-level ties only is unverifiable; a pair that never had relations
conflicts.

Option ``soft``: a mismatch is unverifiable instead of conflicting, for statements that may date
something other than diplomatic relations ("a partner since 1992").

Option ``set`` (with ``group``, ``arab`` by default): the statement is about the set of countries
of a group with relations with the partner — "Egypt and Jordan were the only Arab states with
relations with Israel", "only three Arab states had full relations" — judged as
:mod:`accordcheck.checks.relations_set` describes.

Compared with another article's claim about the same pair (``accordcheck diff``), each claim
bounds the day relations began ("since 1992": in 1992; "for more than 30 years": more than 30
years before its article date; "never established": after it), and two claims agree when one day
fits both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import regex

from accordcheck.checks import relations_set
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
from accordcheck.dates import DateRange, ago_parts, parse_time_expr, resolve
from accordcheck.extract import Match
from accordcheck.record import Evidence
from accordcheck.reference import Entity, ReferenceTable, Relation

KIND = "relations"
OPTIONS: dict[str, tuple[type, Any]] = {
    "partner": (str, "israel"),
    "soft": (bool, False),
    "set": (bool, False),
    "group": (str, "arab"),
}

YEAR = 365.2425
MONTH = YEAR / 12
SHORTLY_DAYS = 730
DECADES_MIN = 20
LONGSTANDING_MIN = 10
# "For many years": loose; three years is the least a careful reader would still let pass.
MANY_YEARS = 3
ABOUT_YEARS = 1

LIAISON = regex.compile(r"(?i)\bliaison\b|\blow(?:er)?[-\s]level\b")
# An end said with these verbs, or of a post (an office, a mission), may come before the formal
# break; any other ("broke off", "severed", "cut", "maintained ties until") names the break.
SOFT_END = regex.compile(
    r"(?i)\b(?:froze|frozen|suspend(?:ed)?|downgraded?|clos(?:ed|ing)|shut|shuttered)\b"
)
POST = regex.compile(r"(?i)\b(?:offices?|missions?|bureaus?|bureaux|embass(?:y|ies)|sections?)\b")
SAME_YEAR = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
# How long before a formal break a freeze called "the end" may come.
FREEZE_DAYS = 366
LOWER_BOUNDS = ("more than", "over", "upwards of", "in excess of", "at least", "no fewer than")


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


# "…, which has maintained relations with Israel since 1992", "…, a country that has had ties
# with Israel since 1992": the clause is about the country right before it.
RELATIVE_CLAUSE = regex.compile(
    r"(?i)(?:,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:country|nation|state|republic|kingdom))?"
    r",?\s*\b(?:which|that|who)\b[^,;:.]{0,60}$"
)


def _relative_antecedent(match: Match, ctx: Context, b: Entity | None) -> Entity | None:
    """The country a relative clause holding the statement is about ("the country expected to
    join is Kazakhstan, which has kept up diplomatic ties with Israel since 1992")."""
    s, _ = ctx.sentence_bounds(match.start)
    clause = RELATIVE_CLAUSE.search(ctx.article.text, s, match.start)
    if clause is None:
        return None
    before = ctx.countries(s, clause.start(), actors=True)
    if not before or clause.start() - before[-1].end > 2:
        return None
    entity = ctx.reference.entities.get(before[-1].key)
    return entity if entity is not None and entity != b else None


def _rows_for(ref: ReferenceTable, a: Entity, b: Entity) -> list[Relation]:
    pair = frozenset((a.id, b.id))
    return [r for r in ref.relations if r.parties == pair]


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
    if a is None:
        a = _relative_antecedent(match, ctx, b)
    others = [e for e in mentioned if e.id not in {x.id for x in (a, b) if x}]
    if a is None and others:
        a = others.pop(0)
    if b is None:
        # Prefer a partner the reference has a row with: "Morocco resumed relations in December
        # 2020" next to a mention of Sudan is about Morocco and Israel.
        candidates = [
            c for c in (partner, *others) if c is not None and (a is None or c.id != a.id)
        ]
        with_row = [c for c in candidates if a is not None and _rows_for(ctx.reference, a, c)]
        b = (with_row or others or [partner])[0]
    return a, b


def _fact(rel: Relation, ctx: Context) -> str:
    names = " and ".join(sorted(ctx.reference.name(p) for p in rel.parties))
    if rel.status == "never":
        return f"{names} never established diplomatic relations" + (
            f" ({rel.note})" if rel.note else ""
        )
    what = (
        "low-level relations (liaison offices)"
        if rel.level == "liaison"
        else "diplomatic relations"
    )
    text = f"{names} established {what} on {rel.established}"
    if rel.ended:
        text += f"; they ended {rel.ended}"
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


def _claimed_level(match: Match) -> str | None:
    """The level a statement speaks of: ``full``, ``liaison``, or None for plain "relations"."""
    if LIAISON.search(match.text):
        return "liaison"
    if relations_set.FULL_RELATIONS.search(match.text):
        return "full"
    return None


def check(match: Match, ctx: Context) -> Outcome:
    if match.rule.options["set"]:
        return relations_set.check(match, ctx)
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
    level = _claimed_level(match)
    if level:
        claim["level"] = level
    if a is None or b is None or a.id == b.id:
        return unverifiable(claim, "the statement does not name two countries the reference knows")
    pair_name = f"{a.name} and {b.name}"
    rows = _rows_for(ref, a, b)
    if not rows:
        return unverifiable(
            claim, f"the reference table has no row for relations between {pair_name}"
        )
    if match.value("restored"):
        # Every level counts as earlier relations ("resumed ties" after liaison offices).
        return _restored(rows, level, claim, [r.evidence(_fact(r, ctx)) for r in rows], pair_name)
    if match.value("post") or match.value("below_full"):
        # Offices are judged against relations of every level: a liaison office may stay open
        # under full relations, and the reference dates relations, not the offices.
        return _post(match, ctx, rows, claim, pair_name)
    if level:
        at_level = [r for r in rows if r.status == "never" or r.level == level]
        if not at_level:
            return unverifiable(
                claim,
                f"the reference has no row for {level}-level relations between {pair_name}",
                [r.evidence(_fact(r, ctx)) for r in rows],
            )
        rows = at_level
    treaties = ref.treaties_between(a.id, b.id)
    evidence: list[Evidence] = [r.evidence(_fact(r, ctx)) for r in rows]
    if any(r.status != "never" and r.level == "full" for r in rows):
        evidence += [t.evidence(f"{t.name} signed {t.signed}") for t in treaties]

    if match.value("negated"):
        return _negated(match, ctx, rows, claim, evidence, pair_name)
    if match.value("before_accords"):
        return _before_accords(match, ctx, rows, claim, evidence, pair_name)
    if match.value("recognised"):
        return _recognised(match, ctx, (a, b), rows, claim, evidence)
    never = next((r for r in rows if r.status == "never"), None)
    if never is not None:
        return conflicting(
            {**claim, "state": "exist"},
            f"{pair_name} never established diplomatic relations"
            + (f": {never.note}" if never.note else ""),
            evidence,
            expected="no diplomatic relations",
            found=match.text,
        )
    if match.value("later_years"):
        return _ended_later(match, rows, claim, evidence, pair_name)
    if match.value("closed_years") or match.value("closed_decades"):
        return _closed_for(match, ctx, rows, claim, evidence, pair_name)
    if match.value("ended"):
        return _ended(match, ctx, rows, claim, evidence, pair_name)
    if match.value("during"):
        return _during(match, ctx, rows, claim, evidence, pair_name)
    outcomes = [
        _judge_row(
            match,
            ctx,
            (a, b),
            rel,
            dict(claim),
            treaties if rel.level == "full" else [],
        )
        for rel in rows
    ]
    return _best(outcomes, evidence, match)


def _restored(
    rows: list[Relation],
    level: str | None,
    claim: dict[str, Any],
    evidence: list[Evidence],
    pair_name: str,
) -> Outcome:
    """ "A and B restored (resumed, re-established) ties": earlier relations of the pair ended
    before the present ones began. Without such a row, unverifiable: the reference may simply not
    record an earlier tie. "Restored full relations" after lower-level ties only is unverifiable
    too: whether that wording fits is a reading, not a fact."""
    claim["kind"] = "restored"
    if any(r.status == "never" for r in rows):
        never = next(r for r in rows if r.status == "never")
        return conflicting(
            claim,
            f"{pair_name} never established diplomatic relations"
            + (f": {never.note}" if never.note else ""),
            evidence,
            expected="no diplomatic relations",
            found="relations restored",
        )
    present = [r for r in rows if r.established and r.ended is None]
    earlier = [
        (old, new)
        for new in present
        for old in rows
        if old.ended is not None and new.established and old.ended <= new.established
    ]
    if earlier and level == "full" and all(old.level != "full" for old, _ in earlier):
        old, new = earlier[0]
        return unverifiable(
            claim,
            f"{pair_name}: the earlier relations ({old.established} to {old.ended}) were "
            f"{old.level}-level, not full; full relations began on {new.established}, so "
            "whether full relations were 'restored' depends on the reading",
            evidence,
        )
    if earlier:
        old, new = earlier[0]
        return supported(
            claim,
            f"{pair_name}: relations ({old.level}) established {old.established} ended "
            f"{old.ended}; relations ({new.level}) established again on {new.established}",
            evidence,
        )
    began = ", ".join(str(r.established) for r in present)
    return unverifiable(
        claim,
        f"the reference records no earlier relations between {pair_name} that ended"
        + (f"; it dates their relations from {began}" if began else "")
        + ", so whether they were restored cannot be checked",
        evidence,
    )


def _announcements(ctx: Context, rel: Relation) -> list[Any]:
    """Accords participants whose announced normalisation (within a year before) led to the full
    relations of ``rel``."""
    if rel.level != "full" or rel.established is None:
        return []
    out = []
    for p in ctx.reference.participants:
        if p.role != "member" or p.announced is None or p.country not in rel.parties:
            continue
        if not (rel.parties - {p.country}) <= ctx.reference.parties_of(p.agreement):
            continue
        if dt.timedelta(0) < rel.established - p.announced <= dt.timedelta(days=366):
            out.append(p)
    return out


def _best(outcomes: list[Outcome], evidence: list[Evidence], match: Match) -> Outcome:
    """Supported where one row fits; unverifiable where a row cannot settle it; else conflicting,
    with every row's reason. A ``soft`` rule's mismatch is unverifiable."""
    for o in outcomes:
        if o.verdict.value == "supported":
            return o
    claim = outcomes[0].claim
    reason = "; ".join(dict.fromkeys(o.reason for o in outcomes))
    if any(o.verdict.value == "unverifiable" for o in outcomes):
        return unverifiable(claim, reason, evidence)
    if match.rule.options.get("soft"):
        return unverifiable(
            claim,
            f"{reason} (the statement may date something other than diplomatic relations)",
            evidence,
        )
    return conflicting(
        claim,
        reason,
        evidence,
        expected="; ".join(dict.fromkeys(o.expected or "" for o in outcomes)),
        found=outcomes[0].found or match.said,
    )


def _active_on(rel: Relation, day: dt.date) -> bool:
    return (
        rel.established is not None
        and rel.established <= day
        and (rel.ended is None or day < rel.ended)
    )


def _negated(
    match: Match,
    ctx: Context,
    rows: list[Relation],
    claim: dict[str, Any],
    evidence: list[Evidence],
    pair_name: str,
) -> Outcome:
    """ "Never had relations" (none ever, up to the article date) or "has no relations" (none on
    the article date); with an unknown date, the earliest the article can have settles what stays
    settled, else the reference's present state."""
    claim["negated"] = True
    word = (match.value("negated") or "").lower()
    ever = word.startswith("never") or word.startswith("yet")
    facts = "; ".join(_fact(r, ctx) for r in rows)
    if match.value("until_joined"):
        return _none_until_joined(match, ctx, rows, claim, evidence, pair_name, facts)
    day = ctx.published or ctx.not_before
    exact = ctx.published is not None
    began = [r for r in rows if r.established and (day is None or r.established <= day)]
    found = match.said
    if ever:
        if began:
            return conflicting(claim, facts, evidence, expected=facts, found=found)
        if exact or all(r.status == "never" for r in rows):
            return supported(claim, facts, evidence)
        return unverifiable(claim, f"this needs the article date, which is unknown; {facts}")
    if day is None:
        active = [r for r in rows if r.status == "active"]
        if active:
            return conflicting(claim, facts, evidence, expected=facts, found=found)
        return supported(claim, facts, evidence)
    active = [r for r in rows if _active_on(r, day)]
    if active and (exact or all(r.ended is None for r in active)):
        return conflicting(
            claim,
            f"{pair_name} had relations on {day}"
            + ("" if exact else " (the earliest the undated article can be)")
            + f": {facts}",
            evidence,
            expected=facts,
            found=found,
        )
    if exact or (not active and all(r.status != "active" for r in rows)):
        return supported(claim, f"as of {day}: {facts}", evidence)
    return unverifiable(claim, f"this needs the article date, which is unknown; {facts}")


def _none_until_joined(
    match: Match,
    ctx: Context,
    rows: list[Relation],
    claim: dict[str, Any],
    evidence: list[Evidence],
    pair_name: str,
    facts: str,
) -> Outcome:
    """ "states like A and B, which until then had no formal ties with Israel": no
    relations on the day before the country's step into the agreement (its announcement)."""
    ref = ctx.reference
    agreement = ctx.agreement(match, "abraham-accords")
    pair = claim.get("pair", [])
    member = next(
        (
            p
            for c in pair
            if (p := ref.participant(agreement, c)) is not None and p.role == "member"
        ),
        None,
    )
    if member is None:
        return unverifiable(
            claim,
            f"neither of {pair_name} is a member of the {ref.agreements[agreement].name}, so "
            f"'{' '.join((match.value('until_joined') or '').split())}' has no moment",
            evidence,
        )
    day = member.joined - dt.timedelta(days=1)
    claim["at"] = str(day)
    evidence = [*evidence, member.evidence(f"{ref.name(member.country)} joined {member.joined}")]
    active = [r for r in rows if _active_on(r, day)]
    found = match.said
    if active:
        return conflicting(
            claim,
            f"{pair_name} had relations on {day}, before {ref.name(member.country)} joined: {facts}",
            evidence,
            expected=facts,
            found=found,
        )
    return supported(
        claim,
        f"no relations between {pair_name} on {day}, the day before "
        f"{ref.name(member.country)} joined ({member.joined}): {facts}",
        evidence,
    )


def _before_accords(
    match: Match,
    ctx: Context,
    rows: list[Relation],
    claim: dict[str, Any],
    evidence: list[Evidence],
    pair_name: str,
) -> Outcome:
    """ "A has had relations with Israel for years, well before the Abraham Accords": relations
    established before the agreement's first announcement."""
    ref = ctx.reference
    agreement = ctx.agreement(match, "abraham-accords")
    first = min(p.joined for p in ref.participants_of(agreement))
    name = ref.agreements[agreement].name
    claim["before"] = str(first)
    facts = "; ".join(_fact(r, ctx) for r in rows)
    began = [r for r in rows if r.established is not None and r.status != "never"]
    if any(r.established < first for r in began):  # type: ignore[operator]
        return supported(claim, f"{facts}: before the {name} ({first})", evidence)
    if began:
        return conflicting(
            claim,
            f"{facts}: not before the {name} ({first})",
            evidence,
            expected=facts,
            found=match.said,
        )
    return unverifiable(claim, f"{pair_name}: {facts}", evidence)


def _time_of(cap_text: str, ctx: Context) -> DateRange | None:
    expr = parse_time_expr(cap_text)
    return resolve(expr, ctx.published, past=True) if expr else None


def _edge(cap_text: str, ctx: Context, last: bool) -> DateRange | None:
    """A time that may be a range of years ("from 1994 to 2000"): its first year for a start,
    its last year for an end."""
    expr = parse_time_expr(cap_text)
    if expr is not None and expr.year is not None and expr.last_year is not None:
        return DateRange.year(expr.last_year if last else expr.year)
    return _time_of(cap_text, ctx)


def _ended(
    match: Match,
    ctx: Context,
    rows: list[Relation],
    claim: dict[str, Any],
    evidence: list[Evidence],
    pair_name: str,
) -> Outcome:
    words = match.value("ended") or ""
    when = _edge(words, ctx, last=True)
    claim.update(kind="ended", ended=str(when) if when else words)
    if when is None:
        return unverifiable(claim, f"cannot read {words!r} as a date")
    if ctx.published and when.first <= ctx.published < when.last:
        # A past event: "in 2020" said on 2020-12-10 means before that day.
        when = DateRange(when.first, ctx.published)
    firm = _firm(match)
    facts = "; ".join(_fact(r, ctx) for r in rows)
    for r in rows:
        if r.ended and when.contains(r.ended):
            return supported(
                claim, f"{pair_name}: relations ended {r.ended}, within {when}", evidence
            )
    plausible = []
    for r in rows:
        if r.established is None or when.last < r.established:
            continue
        if r.ended is None:
            plausible.append(f"the reference records no end to the relations of {r.established}")
        elif when.first <= r.ended and not firm:
            plausible.append(
                f"relations ended {r.ended}; a freeze, a downgrade or a closed office may come "
                "before the formal end"
            )
        elif when.last < r.ended and (r.ended - when.last).days <= FREEZE_DAYS:
            # "cut ties in 2009" of relations frozen then and severed formally in March 2010:
            # writers call the freeze that came shortly before the break the end.
            plausible.append(
                f"relations ended formally {r.ended}, shortly after {when}: a freeze or "
                "a recall said to end them may come before the formal break"
            )
    if plausible:
        return unverifiable(claim, f"{pair_name}: " + "; ".join(plausible), evidence)
    if not any(r.ended for r in rows):
        return unverifiable(claim, f"{pair_name}: the reference records no end of relations")
    return conflicting(
        claim,
        f"{pair_name}: nothing ended in {when}; {facts}",
        evidence,
        expected=facts,
        found=match.said,
    )


def _firm(match: Match) -> bool:
    """Whether an end is said with a verb that names the break ("severed", "cut"), not a freeze
    or the closing of a post, which may come before it."""
    return not (SOFT_END.search(match.value("end_verb") or "") or POST.search(match.text))


def _ended_later(
    match: Match,
    rows: list[Relation],
    claim: dict[str, Any],
    evidence: list[Evidence],
    pair_name: str,
) -> Outcome:
    """ "Set up relations in 1999, then cut them off 10 years later": the years from a row's
    start to its end. A plain number is read as about that many (writers round)."""
    words = match.value("later_years") or ""
    n = number_value(words)
    qualifier = (match.value("qualifier") or "").lower()
    claim.update(kind="ended-later", years_later=n, qualifier=qualifier or "about")
    if n is None:
        return unverifiable(claim, f"cannot read {words!r} as a number")
    spans = [r for r in rows if r.established and r.ended]
    if not spans:
        return unverifiable(claim, f"{pair_name}: the reference records no end of relations")
    measured = [(r, (r.ended - r.established).days / YEAR) for r in spans]  # type: ignore[operator]
    text = "; ".join(
        f"relations from {r.established} to {r.ended} ({gap:.1f} years)" for r, gap in measured
    )
    fits = any(qualified(gap, n, qualifier or "about") for _, gap in measured)
    doubt = "a freeze or a closed office may come before the formal end"
    return _measured(match, claim, fits, f"{pair_name}: {text}", evidence, doubt, text)


def _closed_for(
    match: Match,
    ctx: Context,
    rows: list[Relation],
    claim: dict[str, Any],
    evidence: list[Evidence],
    pair_name: str,
) -> Outcome:
    """ "The missions have now been shut for some 20 years": the years from a row's end to the
    article date."""
    qualifier = (match.value("qualifier") or "").lower()
    years = number_value(match.value("closed_years"))
    decades = match.value("closed_decades") or ""
    if years is None and decades:
        n = number_value(decades.split()[0]) if len(decades.split()) > 1 else None
        years = 10 * n if n is not None else None
        if years is None:
            qualifier = "at least"
            years = DECADES_MIN
    claim.update(kind="closed-for", years=years, qualifier=qualifier or "exactly")
    if years is None:
        return unverifiable(claim, "cannot read the duration as a number")
    day = ctx.published
    if day is None:
        return unverifiable(claim, "this needs the article date, which is unknown", evidence)
    ends = [r.ended for r in rows if r.ended and r.ended <= day]
    if not ends:
        return unverifiable(claim, f"{pair_name}: the reference records no end of relations")
    measured = [(end, (day - end).days / YEAR) for end in ends]
    text = "; ".join(f"{gap:.1f} years since relations ended {end}" for end, gap in measured)
    fits = any(qualified(gap, years, qualifier or "about") for _, gap in measured)
    doubt = "a post may have closed at another time than relations ended"
    return _measured(match, claim, fits, f"as of {day}: {text}", evidence, doubt, text)


def _measured(
    match: Match,
    claim: dict[str, Any],
    fits: bool,
    reason: str,
    evidence: list[Evidence],
    doubt: str,
    expected: str,
) -> Outcome:
    """A measured span of years: supported when it fits; when not, conflicting only for a firm
    statement (``_firm``), else unverifiable with the ``doubt`` that keeps it open."""
    if fits:
        return supported(claim, reason, evidence)
    if not _firm(match):
        return unverifiable(claim, f"{reason}; {doubt}", evidence)
    return conflicting(claim, reason, evidence, expected=expected, found=match.said)


def _post(
    match: Match,
    ctx: Context,
    rows: list[Relation],
    claim: dict[str, Any],
    pair_name: str,
) -> Outcome:
    """A post opened ("Morocco has now opened a liaison post in Tel Aviv", "the bureau opened in
    October") or below full relations ("falls short of full diplomatic representation"). The
    reference dates relations, not posts: a time within relations fits, anything else cannot be
    settled."""
    evidence = [r.evidence(_fact(r, ctx)) for r in rows]
    live = [r for r in rows if r.status != "never" and r.established]
    day = ctx.published
    if match.value("below_full"):
        claim["kind"] = "below-full"
        liaison = [r for r in live if r.level == "liaison"]
        if not liaison:
            return unverifiable(
                claim, f"{pair_name}: the reference has no row for relations below full", evidence
            )
        if day is not None and not any(_active_on(r, day) for r in liaison):
            return unverifiable(
                claim,
                f"{pair_name}: {_fact(liaison[0], ctx)}; not in force on {day}, and offices "
                "below embassies may also exist under full relations",
                evidence,
            )
        return supported(claim, f"{pair_name}: {_fact(liaison[0], ctx)}", evidence)
    claim["kind"] = "post"
    words = match.value("opened")
    if words:
        when = _time_of(words, ctx)
        if when is None:
            return unverifiable(claim, f"cannot read {words!r} as a date")
        said = f"in {when}"
    elif day is not None:
        when, said = DateRange(dt.date.min, day), f"by {day}"
    else:
        return unverifiable(claim, "this needs the article date, which is unknown", evidence)
    claim["opened"] = said
    hits = [r for r in live if when.overlaps(r.established, r.ended)]  # type: ignore[arg-type]
    if hits:
        return supported(
            claim,
            f"{pair_name}: {_fact(hits[0], ctx)}; the post opened {said}, within those "
            "relations (the reference dates relations, not the post itself)",
            evidence,
        )
    return unverifiable(
        claim,
        f"{pair_name}: no relations {said}; the reference does not date the post itself",
        evidence,
    )


def _during(
    match: Match,
    ctx: Context,
    rows: list[Relation],
    claim: dict[str, Any],
    evidence: list[Evidence],
    pair_name: str,
) -> Outcome:
    words = match.value("during") or ""
    when = _time_of(words, ctx)
    claim.update(kind="during", during=str(when) if when else words)
    if when is None:
        return unverifiable(claim, f"cannot read {words!r} as a date")
    facts = "; ".join(_fact(r, ctx) for r in rows)
    hits = [r for r in rows if r.established and when.overlaps(r.established, r.ended)]
    if hits:
        return supported(claim, f"{pair_name}: {_fact(hits[0], ctx)}, within {when}", evidence)
    return conflicting(
        claim,
        f"{pair_name}: no relations in {when}; {facts}",
        evidence,
        expected=facts,
        found=match.said,
    )


def _recognised(
    match: Match,
    ctx: Context,
    pair: tuple[Entity, Entity],
    rows: list[Relation],
    claim: dict[str, Any],
    evidence: list[Evidence],
) -> Outcome:
    """ "A recognised B (B's independence) in December 1991": the reference's date for that
    recognition where it has one; else the relations: recognition comes with them or before, so
    a time that holds their start fits, one after full relations began conflicts, and one before
    cannot be settled."""
    ref = ctx.reference
    a, b = pair
    words = match.value("recognised") or ""
    when = _time_of(words, ctx)
    claim.update(kind="recognised", by=a.id, recognised=str(when) if when else words)
    if when is None:
        return unverifiable(claim, f"cannot read {words!r} as a date")
    found = match.said
    entries = [e for r in rows for e in r.recognised if e.by == a.id]
    if entries:
        facts = "; ".join(
            f"{a.name} recognised {b.name} {'on' if e.days.is_day else 'in'} {e.days}"
            for e in entries
        )
        proof = [e.evidence(facts) for e in entries]
        if any(when.overlaps(e.days.first, e.days.last) for e in entries):
            return supported(claim, f"{facts}, within {when}", proof)
        return conflicting(claim, f"{facts}, not {when}", proof, expected=facts, found=found)
    treaties = ref.treaties_between(a.id, b.id)
    starts = [(r.established, "relations established") for r in rows if r.established]
    starts += [(t.signed, f"{t.name} signed") for t in treaties]
    for day, what in sorted(starts):
        if when.contains(day):
            return supported(
                claim,
                f"{a.name} and {b.name}: {what} {day}, within {when} (the reference has no "
                "date for the recognition itself; it comes with relations or before)",
                evidence + [t.evidence(f"{t.name} signed {t.signed}") for t in treaties],
            )
    full = [
        r.established for r in rows if r.established and r.status != "never" and r.level == "full"
    ]
    if full and when.first > min(full):
        return conflicting(
            claim,
            f"{a.name} and {b.name} had full relations from {min(full)}, so recognition came "
            f"no later, not in {when}",
            evidence,
            expected=f"no later than {min(full)}",
            found=found,
        )
    return unverifiable(
        claim,
        f"the reference has no date for {a.name}'s recognition of {b.name}; "
        + "; ".join(_fact(r, ctx) for r in rows),
        evidence,
    )


def _same_year(match: Match, ctx: Context) -> int | None:
    """The year "the same year" repeats: the last year written before it in its paragraph."""
    cap = match.group("same_year")
    if cap is None:
        return None
    text = ctx.article.text
    start = max(text.rfind("\n\n", 0, cap.start), 0)
    years = SAME_YEAR.findall(text, start, cap.start)
    return int(years[-1]) if years else None


def _judge_row(
    match: Match,
    ctx: Context,
    pair: tuple[Entity, Entity],
    rel: Relation,
    claim: dict[str, Any],
    treaties: list[Any],
) -> Outcome:
    a, b = pair
    pair_name = f"{a.name} and {b.name}"
    evidence: list[Evidence] = [rel.evidence(_fact(rel, ctx))]
    starts: list[tuple[dt.date, str]] = []
    if rel.established:
        starts.append((rel.established, "relations established"))
    for t in treaties:
        starts.append((t.signed, t.name))
        evidence.append(t.evidence(f"{t.name} signed {t.signed}"))
    for p in _announcements(ctx, rel):
        # Articles date normalisation by its announcement as often as by the signing.
        starts.append((p.announced, "normalisation announced"))  # type: ignore[arg-type]
        evidence.append(p.evidence(f"{ctx.reference.name(p.country)} announced {p.announced}"))

    since = match.value("since")
    same_year = _same_year(match, ctx)
    if match.value("same_year"):
        if same_year is None:
            return unverifiable(
                {**claim, "kind": "since"}, "no year before 'the same year' to read it by"
            )
        since = str(same_year)
    if since:
        when = _edge(since, ctx, last=False) if not same_year else DateRange.year(same_year)
        claim.update(kind="since", since=str(when) if when else since)
        if when is None:
            return unverifiable(claim, f"cannot read {since!r} as a date")
        if when.first.year == when.last.year:
            claim["year"] = when.first.year
        hits = [(d, what) for d, what in starts if when.contains(d)]
        said = f" ('the same year' read as {same_year})" if same_year else ""
        if hits:
            d, what = hits[0]
            return supported(
                claim, f"{pair_name}: {what.lower()} on {d}, within {when}{said}", evidence
            )
        return conflicting(
            claim,
            f"{pair_name}: relations were established on {rel.established}, not in {when}{said}",
            evidence,
            expected=f"since {rel.established}",
            found=f"since {when}",
        )

    about = match.value("about")
    if about:
        when = _time_of(about, ctx)
        claim.update(kind="about", since=str(when) if when else about)
        if when is None:
            return unverifiable(claim, f"cannot read {about!r} as a date")
        year = when.first.year
        claim["year"] = year
        near = [(d, what) for d, what in starts if abs(d.year - year) <= ABOUT_YEARS]
        read = f"the clause dates the relations loosely: read as about {year}"
        if near:
            d, what = near[0]
            return supported(claim, f"{pair_name}: {what.lower()} on {d} ({read})", evidence)
        return conflicting(
            claim,
            f"{pair_name}: relations were established on {rel.established}, not about {year} "
            f"({read})",
            evidence,
            expected=f"established {rel.established}",
            found=f"about {year}",
        )

    if match.value("independence"):
        months = match.value("months")
        claim["kind"] = "months-after-independence" if months else "shortly-after-independence"
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
        if months:
            n = number_value(months)
            if n is None:
                return unverifiable(claim, f"cannot read {months!r} as a number")
            qualifier = (match.value("qualifier") or "").lower()
            claim.update(months=n, qualifier=qualifier or "exactly")
            measured = gap / MONTH
            ok = qualified(measured, n, qualifier or "about") if gap >= 0 else False
            reading = f"{measured:.1f} months later"
            found = f"{qualifier + ' ' if qualifier else ''}{n} months after independence"
        else:
            ok = 0 <= gap <= SHORTLY_DAYS
            reading = f"{gap} days later; 'shortly' read as within {SHORTLY_DAYS // 365} years"
            found = "shortly after independence"
        text = (
            f"{party.name} became independent on {party.independence}; relations were "
            f"established on {rel.established} ({reading})"
        )
        if ok:
            return supported(claim, text, evidence)
        return conflicting(
            claim, text, evidence, expected=f"established {rel.established}", found=found
        )
    return _judge_age(match, ctx, rel, claim, starts, evidence)


def _age_claim(
    match: Match, claim: dict[str, Any], first: dt.date
) -> tuple[Callable[[float], bool], bool, str] | Outcome:
    """What the statement says of the age of the relations: a test on an age in years, whether
    the claim only grows truer with time, and what a reader should expect instead."""
    years = number_value(match.value("years"))
    qualifier = (match.value("qualifier") or "").lower()
    lower = any(w in qualifier for w in LOWER_BOUNDS)
    if years is not None:
        claim.update(kind="duration", years=years, qualifier=qualifier or "exactly")
        return (lambda v: qualified(v, years, qualifier)), lower, f"{years} years"
    if match.value("ago"):
        parts = ago_parts(parse_time_expr(match.value("ago") or ""))
        if parts is None or parts[1] != "year":
            return unverifiable(claim, f"cannot read {match.value('ago')!r} as a number of years")
        n, _, bend = parts
        claim.update(kind="ago", years_ago=n)
        if bend == "more":
            return (lambda v: v >= n - 0.5), True, f"more than {n} years ago"
        if bend == "less":
            return (lambda v: v <= n + 0.5), False, f"less than {n} years ago"
        if bend == "nearly":
            return (lambda v: n - 1 <= v <= n + 0.5), False, f"nearly {n} years ago"
        return (lambda v: abs(v - n) < 1), False, f"{n} years ago"
    decades = match.value("decades")
    if decades:
        n = number_value(decades.split()[0]) if decades.split() else None
        claim["kind"] = "decades"
        if n is None:
            claim.update(decades="several")
            return (lambda v: v >= DECADES_MIN), True, f"at least {DECADES_MIN} years ('decades')"
        claim.update(decades=n, qualifier=qualifier or "exactly")
        if qualifier:
            return (lambda v: qualified(v / 10, n, qualifier)), lower, f"{n} decades"
        return (lambda v: 10 * n <= v < 10 * (n + 1)), False, f"{n} decades"
    anniversary = number_value(match.value("anniversary"))
    if anniversary is not None:
        claim.update(kind="anniversary", anniversary=anniversary)
        due = first.replace(year=first.year + anniversary)
        return (lambda v: abs(v - anniversary) <= 0.5), False, f"the anniversary falls {due}"
    claim["kind"] = "existing"
    if match.value("many"):
        claim["many_years"] = True
        return (lambda v: v >= MANY_YEARS), True, f"relations for at least {MANY_YEARS} years"
    if match.value("existing"):
        long = "long" in match.value("existing").lower()
        claim["longstanding"] = long
        if long:
            return (
                (lambda v: v >= LONGSTANDING_MIN),
                True,
                f"relations for at least {LONGSTANDING_MIN} years",
            )
    return (lambda v: v >= 0), True, "relations exist"


# A past verb before a claim of existing relations ("was one of three states with full
# relations", "had ties with"), not the present perfect "has had".
_PAST_EXISTING = regex.compile(r"(?i)(?<!\bha(?:s|ve)\s+)\bhad\b|\b(?:was|were)\b")


def _judge_age(
    match: Match,
    ctx: Context,
    rel: Relation,
    claim: dict[str, Any],
    starts: list[tuple[dt.date, str]],
    evidence: list[Evidence],
) -> Outcome:
    if not starts:
        return unverifiable(claim, "the reference has no establishment date")
    first = min(d for d, _ in starts)
    test = _age_claim(match, claim, first)
    if isinstance(test, Outcome):
        return test
    fits, grows, expected = test
    measured_to = match.value("to")
    found = match.said
    if measured_to:
        # "in March 2023, more than three decades after ties were formed": the age then.
        span = _time_of(measured_to, ctx)
        if span is None:
            return unverifiable(claim, f"cannot read {measured_to!r} as a date")
        days, where = [span.first, span.last], f"in {span}"
    elif ctx.published is not None:
        days, where = [ctx.published], f"as of {ctx.published}"
    elif ctx.not_before is not None and grows and rel.ended is None:
        days = [ctx.not_before]
        where = (
            f"as of {ctx.not_before}, the earliest the undated article can be (the claim only "
            "grows truer with time)"
        )
    else:
        return unverifiable(claim, "this needs the article date, which is unknown", evidence)

    def age_text(day: dt.date) -> str:
        return ", ".join(
            f"{(day - d).days / YEAR:.1f} years since {what.lower()} ({d})" for d, what in starts
        )

    if not measured_to and rel.ended and rel.ended <= days[0]:
        start, sentence = ctx.sentence(match)
        if _PAST_EXISTING.search(sentence[: match.end - start]):
            # "Mauritania was one of three states with full relations": the sentence speaks of
            # a time before they ended.
            return unverifiable(
                claim,
                f"relations ended on {rel.ended}; the sentence may speak of the time before",
                evidence,
            )
        return conflicting(
            claim,
            f"relations ended on {rel.ended}",
            evidence,
            expected=_fact(rel, ctx),
            found=found,
        )
    verdicts = [any(d <= day and fits((day - d).days / YEAR) for d, _ in starts) for day in days]
    reason = f"{where}: {age_text(days[-1])}"
    if all(verdicts):
        return supported(claim, reason, evidence)
    if any(verdicts) or (not ctx.published and not measured_to):
        return unverifiable(claim, f"{reason}; the claim holds for part of that time", evidence)
    return conflicting(claim, reason, evidence, expected=expected, found=found)


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
    if claim.get("many_years"):
        return MANY_YEARS, None
    return 0, None


def _times(value: float | None, factor: float) -> float | None:
    return None if value is None else value * factor
