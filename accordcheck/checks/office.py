"""office — did this person hold this office at the moment the statement speaks of?

Groups: ``person`` (required), ``title`` (required), ``country`` (optional: a name, demonym or
possessive qualifying the title), ``modifier`` (optional: former, ex-, then-, -elect, late,
outgoing, acting, incoming …) and ``past`` (optional: "who served as", "had been").

The moment is a date the sentence itself gives ("In 2019, then-President …"), else the article
date. Present titles must be held then; "former" must not be held then but before; "then-" and
past-tense statements must have been held at the sentence's date, or at some time before the
article date when the sentence gives none. With ``since`` ("who has been crown prince since
2017"), the term held on the article date must have begun in that year. A title held only at other times is conflicting with
the term that shows it; a title whose holder the reference does not know for that moment is
unverifiable.

Compared with another article's claim about the same person and office (``accordcheck diff``),
a title held ("President", "-elect" and "former" are not) on one moment and not held on another
within a week of it contradict; moments further apart, or a past-tense or "then-" title, agree,
as the office may have changed hands; two "since" years must be equal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from accordcheck.checks.alignment import AGREE, CONTRADICT, Comparison, claim_range, make_key
from accordcheck.checks.base import Context, Outcome, conflicting, supported, unverifiable
from accordcheck.dates import DateRange, parse_time_expr, resolve
from accordcheck.extract import Match
from accordcheck.reference import Office, Term

KIND = "office"
OPTIONS: dict[str, tuple[type, Any]] = {"tense": (str, "present")}


@dataclass(frozen=True)
class _Case:
    """What every office judgement needs: the claim being built, the person and the office, the
    person's terms of it and all its terms."""

    claim: dict[str, Any]
    name: str
    office: Office
    mine: list[Term]
    terms: list[Term]
    ctx: Context


def _modifier(match: Match, options: dict[str, Any]) -> str:
    text = (match.value("modifier") or "").lower()
    if match.value("past") or options.get("tense") == "past":
        return "past"
    for word, meaning in (
        ("former", "former"), ("ex", "former"), ("then", "then"), ("elect", "elect"),
        ("late", "late"), ("incoming", "incoming"), ("designate", "incoming"),
    ):  # fmt: skip
        if word in text:
            return meaning
    return "present"


def _describe(term: Term, ctx: Context) -> str:
    office = ctx.reference.offices[term.office].name
    return f"{ctx.reference.name(term.person)} held {office} {term.span_text()}"


def check(match: Match, ctx: Context) -> Outcome:
    ref = ctx.reference
    person = ctx.person(match.group("person"))
    title = " ".join((match.value("title") or "").split())
    modifier = _modifier(match, match.rule.options)
    if modifier == "elect" and not title.lower().endswith("elect"):
        title = f"{title}-elect"
    country = ctx.country(match.group("country"))
    claim: dict[str, Any] = {
        "person": person.id if person else match.value("person"),
        "title": title,
        "country": country.id if country else None,
        "modifier": modifier,
    }
    if person is None:
        return unverifiable(
            claim, f"{match.value('person')!r} is not a person in the reference table"
        )
    candidates = ref.offices_titled(title, country.id if country else None)
    if not candidates:
        where = f" of {country.name}" if country else ""
        return unverifiable(claim, f"the reference table has no office titled {title!r}{where}")
    held = [t for o in candidates for t in ref.terms_of(o.id) if t.person == person.id]
    if len(candidates) > 1:
        offices_held = {t.office for t in held}
        if offices_held:
            candidates = [o for o in candidates if o.id in offices_held]
        elif country is None:
            return unverifiable(
                claim,
                f"the title {title!r} names no country and the reference records no term of "
                f"{person.name} under it",
            )
    office = candidates[0] if len(candidates) == 1 else None
    if office is None:
        return unverifiable(
            claim, f"{title!r} is ambiguous: {', '.join(o.name for o in candidates)}"
        )
    claim["office"] = office.id
    if modifier == "late":
        return unverifiable(claim, "the reference table does not record deaths")

    dated = ctx.sentence_date(match)
    when: DateRange | None
    if dated:
        when, how = dated[0], f"the date the sentence gives ({dated[1]})"
    elif ctx.published:
        when, how = DateRange.day(ctx.published), f"the article date {ctx.published.isoformat()}"
    else:
        when, how = None, ""
    claim["on"] = str(when) if when else None
    terms = ref.terms_of(office.id)
    mine = [t for t in terms if t.person == person.id]
    case = _Case(claim, person.name, office, mine, terms, ctx)

    since = match.value("since")
    if since:
        return _since(case, since)
    if modifier in {"then", "past"} and not dated:
        return _held_before(case, modifier)
    if when is None:
        return unverifiable(
            claim,
            f"whether {person.name} held {office.name} depends on the article date, which is unknown",
        )
    if modifier == "former":
        return _former(case, when, how)
    if modifier == "incoming":
        upcoming = [t for t in mine if t.start >= when.first]
        if upcoming:
            t = upcoming[0]
            return supported(
                claim,
                f"{person.name} took office as {office.name} on {t.start} (after {how})",
                [t.evidence(_describe(t, ctx))],
            )
        return unverifiable(
            claim,
            f"the reference records no term of {person.name} as {office.name} starting after {how}",
        )
    return _at(case, when, how, modifier)


def _at(case: _Case, when: DateRange, how: str, modifier: str) -> Outcome:
    claim, name, office, mine, terms, ctx = (
        case.claim,
        case.name,
        case.office,
        case.mine,
        case.terms,
        case.ctx,
    )
    covering = [t for t in mine if t.covers(when)]
    if covering:
        t = covering[0]
        return supported(
            claim,
            f"{name} held {office.name} on {how}: term {t.span_text()}",
            [t.evidence(_describe(t, ctx))],
        )
    holders = [t for t in terms if t.covers(when)]
    found = f"{'then-' if modifier == 'then' else ''}{office.name} {name} on {when}"
    if mine:
        spans = "; ".join(t.span_text() for t in mine)
        evidence = [t.evidence(_describe(t, ctx)) for t in mine + holders]
        others = (
            f"; on {when} it was held by {', '.join(ctx.reference.name(t.person) for t in holders)}"
            if holders
            else ""
        )
        return conflicting(
            claim,
            f"{name} did not hold {office.name} on {how}: held it {spans}{others}",
            evidence,
            expected=f"{name} held {office.name} {spans}",
            found=found,
        )
    if holders:
        names = ", ".join(f"{ctx.reference.name(t.person)} ({t.span_text()})" for t in holders)
        return conflicting(
            claim,
            f"on {how} {office.name} was {names}; the reference records no term of {name}",
            [t.evidence(_describe(t, ctx)) for t in holders],
            expected=f"{office.name} on {when}: {names}",
            found=found,
        )
    return unverifiable(claim, f"the reference table does not say who held {office.name} on {when}")


def _former(case: _Case, when: DateRange, how: str) -> Outcome:
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    current = [t for t in mine if t.covers(DateRange.day(when.last))]
    if current:
        t = current[0]
        return conflicting(
            claim,
            f"'former' is wrong: {name} held {office.name} on {how} (term {t.span_text()})",
            [t.evidence(_describe(t, ctx))],
            expected=f"{office.name} {name} (in office {t.span_text()})",
            found=f"former {office.name} on {when}",
        )
    before = [t for t in mine if t.end and t.end <= when.last]
    if before:
        spans = "; ".join(t.span_text() for t in before)
        return supported(
            claim,
            f"{name} held {office.name} {spans}, not on {how}",
            [t.evidence(_describe(t, ctx)) for t in before],
        )
    return unverifiable(claim, f"the reference records no earlier term of {name} as {office.name}")


def _held_before(case: _Case, modifier: str) -> Outcome:
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    limit = ctx.published
    earlier = [t for t in mine if limit is None or t.start <= limit]
    word = "then-" if modifier == "then" else "past-tense "
    if earlier:
        spans = "; ".join(t.span_text() for t in earlier)
        return supported(
            claim,
            f"a {word}title the sentence does not date: {name} held {office.name} {spans}",
            [t.evidence(_describe(t, ctx)) for t in earlier],
        )
    if mine:
        spans = "; ".join(t.span_text() for t in mine)
        return conflicting(
            claim,
            f"{name} held {office.name} only {spans}, after the article date",
            [t.evidence(_describe(t, ctx)) for t in mine],
            expected=f"{name} held {office.name} {spans}",
            found=f"{word}{office.name}",
        )
    return unverifiable(claim, f"the reference records no term of {name} as {office.name}")


def _since(case: _Case, since: str) -> Outcome:
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    """ "has been X since 2017", "who became X in May 2022": a term of the person must start then."""
    expr = parse_time_expr(since)
    began = resolve(expr, ctx.published, past=True) if expr else None
    whole_year = began is not None and (
        began.first.month,
        began.first.day,
        began.last.month,
        began.last.day,
    ) == (1, 1, 12, 31)
    claim["since"] = (
        began.first.year
        if whole_year and began.first.year == began.last.year
        else (str(began) if began else since)
    )
    if began is None:
        return unverifiable(claim, f"cannot read {since!r} as a date")
    if not mine:
        return unverifiable(claim, f"the reference records no term of {name} as {office.name}")
    evidence = [t.evidence(_describe(t, ctx)) for t in mine]
    starting = [t for t in mine if began.contains(t.start)]
    if starting:
        return supported(
            claim, f"{name} took office as {office.name} on {starting[0].start}", evidence
        )
    starts = ", ".join(str(t.start) for t in mine)
    return conflicting(
        claim,
        f"{name} took office as {office.name} on {starts}, not in {began}",
        evidence,
        expected=f"since {starts}",
        found=f"since {since}",
    )


# Reports of one event are dated days apart, not weeks; an office rarely changes hands in between.
SAME_MOMENT_DAYS = 7


def claim_key(claim: Mapping[str, Any]) -> str | None:
    """``office:PERSON/OFFICE`` (the title, normalised, when the reference has no such office):
    one person's claims about different offices are not compared."""
    person, office = claim.get("person"), claim.get("office") or claim.get("title")
    return make_key(KIND, [person], office) if person and office else None


def compare(
    a: Mapping[str, Any], b: Mapping[str, Any], a_date: dt.date | None, b_date: dt.date | None
) -> Comparison:
    if a.get("since") and b.get("since") and a["since"] != b["since"]:
        return CONTRADICT, f"A says since {a['since']}, B since {b['since']}"
    held_a, held_b = _holds(a), _holds(b)
    moment_a, moment_b = _moment(a, a_date), _moment(b, b_date)
    said = f"A: {_title(a)} on {moment_a or '?'}; B: {_title(b)} on {moment_b or '?'}"
    if held_a is None or held_b is None:
        return AGREE, f"{said}: a past-tense or 'then-' title speaks of an earlier time"
    if held_a == held_b:
        return AGREE, f"{said}: both say the title is {'' if held_a else 'not '}held then"
    apart = _days_apart(moment_a, moment_b)
    if apart is None or apart <= SAME_MOMENT_DAYS:
        return CONTRADICT, f"{said}: one says the title is held and the other not, at the same time"
    return AGREE, f"{said}: {apart} days apart, the office may have changed hands in between"


def _holds(claim: Mapping[str, Any]) -> bool | None:
    """Whether the claim says the title is held on its moment; None for a past-tense title."""
    modifier = claim.get("modifier")
    if modifier in {"then", "past"}:
        return None
    return modifier == "present"


def _title(claim: Mapping[str, Any]) -> str:
    modifier = claim.get("modifier")
    prefix = f"{modifier} " if modifier in {"former", "late", "incoming"} else ""
    return f"{prefix}{claim.get('title')}"


def _moment(claim: Mapping[str, Any], day: dt.date | None) -> DateRange | None:
    """The moment the claim speaks of: its own ``on``, else the article date."""
    return claim_range(claim.get("on")) or (DateRange.day(day) if day else None)


def _days_apart(x: DateRange | None, y: DateRange | None) -> int | None:
    if x is None or y is None:
        return None
    return max(0, (y.first - x.last).days, (x.first - y.last).days)
