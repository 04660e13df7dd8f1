"""first_since — "the first country to join since 2020", "the first expansion since 2020".

Groups: ``year`` (or ``years`` with an optional ``qualifier``: "the first new member in almost
five years"; or ``treaty``: "since the Israel–Jordan peace treaty", the year it was signed),
``subject`` (optional country; else a participant named in the same sentence, else the most
recent participant as of the article date). Supported when the previous participant's
announcement or signing fell in that year (or that many years before), the reason says which.
With the ``sequence`` option (an ordered set such as the Arab states that made peace with
Israel), the previous member of that set, in every counting its optional members allow: in the
``year`` given, the ``previous`` country named ("since Jordan in 1994"), or ``years`` back ("the
first Arab nation in decades to …", "in 26 years"; a vague span is contradicted only by a gap
under half of it).

Two more firsts: ``term`` ("the first country to join during his second term": the term of office
of the person the sentence names; supported when the subject joined in that term and no
participant joined in it before) and ``preexisting`` ("the first country with pre-existing
diplomatic relations with Israel to join": supported when the subject's relations with the
agreement's party predate its joining and no earlier participant's did; unverifiable when the
reference has no relations row for one of them).

Compared with another article's claim about the same accession (``accordcheck diff``), each claim
bounds the previous accession ("since 2020": in 2020; "in almost five years": four to five years
before its article date), and two claims agree when one day fits both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import regex

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
    join_names,
    number_value,
    supported,
    unverifiable,
)
from accordcheck.checks.count import member_evidence
from accordcheck.checks.membership import describe
from accordcheck.checks.relations import age_bounds, qualified
from accordcheck.dates import DateRange, parse_time_expr
from accordcheck.extract import Match

KIND = "first_since"
OPTIONS: dict[str, tuple[type, Any]] = {
    "agreement": (str, "abraham-accords"),
    "sequence": (str, ""),
}


def check(match: Match, ctx: Context) -> Outcome:
    ref = ctx.reference
    agreement = ctx.agreement(match, match.rule.options["agreement"])
    if match.value("term") and match.value("made"):
        return _made_in_term(match, ctx, agreement)
    if match.value("term"):
        return _first_in_term(match, ctx, agreement)
    if match.value("preexisting"):
        return _first_preexisting(match, ctx, agreement)
    year_words = match.value("year") or ""
    treaty = ref.treaty_named(match.value("treaty") or "")
    if treaty is not None and not year_words:
        year_words = str(treaty.signed.year)
    if match.rule.options["sequence"]:
        return _sequence_since(match, ctx, year_words)
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
    elif not year_text.isdigit() and not (match.group("previous") and not year_words):
        return unverifiable(claim, f"cannot read {year_text!r} as a year")
    year = int(year_text) if year_text.isdigit() else 0
    everyone = ref.participants_of(agreement)
    previous = ctx.country(match.group("previous"))
    if previous is not None:
        claim["previous"] = previous.id
    subject = ctx.subject_among(
        match, [(p.country, p.joined) for p in everyone], nearest_before=False
    )
    if subject is not None and previous is not None and subject.id == previous.id:
        subject = _latest_other(ctx, everyone, previous.id)
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
    last = {
        "announcement": [p.country for p in before if p.announced == last_announced],
        "signing": [p.country for p in before if p.signed == last_signed],
    }
    matched = [
        f"the last earlier {label} was {join_names(ref.name(c) for c in last[label])}'s, on {d}"
        for label, d in (("announcement", last_announced), ("signing", last_signed))
        if d and (not year or d.year == year) and (previous is None or previous.id in last[label])
    ]
    if matched:
        return supported(claim, f"{subject.name} ({me.joined}): {'; '.join(matched)}", evidence)
    steps = ", ".join(
        f"last {label} {join_names(ref.name(c) for c in last[label])}'s, {d}"
        for label, d in (("announcement", last_announced), ("signing", last_signed))
        if d
    )
    since = join_names(x for x in (previous.name if previous else "", str(year or "")) if x)
    return conflicting(
        claim,
        f"before {subject.name}: {steps}",
        evidence,
        expected=f"first since {last_announced.year if last_announced else last_signed.year}",  # type: ignore[union-attr]
        found=f"first since {since}",
    )


def _latest_other(ctx: Context, everyone: list, previous: str):
    """The subject when the sentence names only the previous participant ("the first new member
    since Sudan …"): the latest participant by the article date, not that one."""
    if ctx.published is None:
        return None
    present = [p for p in everyone if p.joined_by(ctx.published) and p.country != previous]
    return ctx.reference.entities.get(present[-1].country) if present else None


def _sequence_since(match: Match, ctx: Context, year_words: str) -> Outcome:
    """ "The first agreements between Israel and Arab states since 1994", "the first Arab state to
    normalise ties with Israel since Jordan (in 1994)", "the first Arab nation in decades to
    …": the member before the subject in the ordered set, in every counting, was in that year,
    was that country, or lay that many years back."""
    ref = ctx.reference
    seq = ref.sequence(match.rule.options["sequence"])
    claim: dict[str, Any] = {"sequence": match.rule.options["sequence"]}
    if seq is None:
        return unverifiable(claim, f"the reference table has no set {claim['sequence']!r}")
    span = _span_years(match.value("years") or "")
    named = ctx.country(match.group("previous")) if match.group("previous") else None
    expr = parse_time_expr(year_words) if year_words else None
    if year_words and (expr is None or expr.year is None):
        return unverifiable(claim, f"cannot read {year_words!r} as a year")
    if expr is None and named is None and span is None:
        return unverifiable(claim, "the statement gives no year, country or span to check")
    if expr is not None:
        claim["since"] = expr.year
    if named is not None:
        claim["previous"] = named.id
    if span is not None:
        claim["gap_years"] = [span[0], span[1]]
    subject = ctx.subject_among(
        match, [(m.country, m.date) for m in seq.members], nearest_before=False
    )
    if subject is None or subject.id not in [m.country for m in seq.members]:
        return unverifiable(
            claim, "the statement does not say which member of the set it speaks of"
        )
    claim["subject"] = subject.id
    mine = next(m for m in seq.members if m.country == subject.id)
    evidence = member_evidence(seq, seq.members)
    previous = []
    gaps = []
    for kept, note in seq.variants(by=mine.date):
        before = [m for m in kept if m.date < mine.date]
        if not before:
            continue
        last = before[-1]
        gap = (mine.date - last.date).days / 365.2425
        gaps.append(gap)
        previous.append(f"{ref.name(last.country)} {last.date}")
        fits = (
            (expr is None or last.date.year == expr.year)
            and (named is None or last.country == named.id)
            and (span is None or (span[0] <= gap and (span[1] is None or gap <= span[1])))
        )
        if fits:
            extra = f" ({note})" if note else ""
            return supported(
                claim,
                f"before {subject.name} ({mine.date}) the last of the {seq.name} was "
                f"{ref.name(last.country)}, on {last.date}, {gap:.1f} years earlier{extra}",
                evidence,
            )
    said = match.said
    if not previous:
        return conflicting(
            claim,
            f"{subject.name} was the first of the {seq.name}",
            evidence,
            expected="no earlier member",
            found=said,
        )
    vague = span is not None and expr is None and named is None and span[2]
    if not _named_in_sentence(match, ctx, subject.id):
        # "the first such agreement in over 20 years", its country only guessed from the
        # article: read as another member's it would not fit, but it may mean the first one.
        return unverifiable(
            claim,
            f"the sentence does not name the country; read as {subject.name}'s: before it "
            f"({mine.date}) the last of the {seq.name} was " + " or ".join(dict.fromkeys(previous)),
            evidence,
        )
    if vague and all(g >= span[0] / 2 for g in gaps):  # type: ignore[index]
        # A vague span ("in decades"): only a gap far below it contradicts.
        return unverifiable(
            claim,
            f"before {subject.name} ({mine.date}) the last of the {seq.name} was "
            + " or ".join(dict.fromkeys(previous))
            + f"; {match.value('years')!r} is too vague to contradict that",
            evidence,
        )
    return conflicting(
        claim,
        f"before {subject.name} ({mine.date}) the last of the {seq.name} was "
        + " or ".join(dict.fromkeys(previous)),
        evidence,
        expected=" or ".join(dict.fromkeys(previous)),
        found=said,
    )


def _named_in_sentence(match: Match, ctx: Context, country: str) -> bool:
    """Whether the statement's subject is its own group or a country named (not pointed back to)
    in its sentence."""
    if match.group("subject") is not None:
        return True
    start, end = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    return any(m.key == country and m.form == "name" for m in ctx.countries(start, end))


# "decades", "two decades", "a quarter century", "26 years", "more than two decades".
_SPAN = regex.compile(
    r"(?i)^(?:(?P<q>more\s+than|over|nearly|almost|about|some|roughly|at\s+least)\s+)?"
    r"(?:(?P<n>[\w-]+)\s+(?P<unit>years|decades)|(?P<bare>decades)|a\s+(?P<qc>quarter)[-\s]century"
    r"|(?:a\s+)?(?P<gen>generation|half[-\s]century))$"
)


def _span_years(words: str) -> tuple[float, float | None, bool] | None:
    """(least, most, vague) years a span of words allows; None when there is none or it cannot be
    read."""
    words = " ".join(words.split())
    found = _SPAN.match(words) if words else None
    if found is None:
        return None
    if found.group("bare"):
        return 20.0, None, True  # "in decades": at least two
    if found.group("qc"):
        n = 25.0
    elif found.group("gen"):
        return (25.0, None, True) if "generation" in words.lower() else (45.0, 55.0, False)
    else:
        value = number_value(found.group("n"))
        if value is None:
            return None
        n = float(value) * (10 if found.group("unit").lower() == "decades" else 1)
    least, most = age_bounds(n, found.group("q") or "")
    return (least or 0.0), most, False


def _made_in_term(match: Match, ctx: Context, agreement: str) -> Outcome:
    """ "the accords, a landmark achievement of the first Trump administration", "brokered during
    Trump's first term": the agreement's first signing falls in that term of the person named."""
    ref = ctx.reference
    word = (match.value("term") or "").lower()
    k = number_value(word)
    claim: dict[str, Any] = {"agreement": agreement, "term": k, "made": True}
    people = [ctx.person(cap) for cap in match.all("person")]
    people = [p for p in people if p is not None]
    held = sorted(
        (t for t in ref.terms if people and t.person == people[0].id and "elect" not in t.office),
        key=lambda t: t.start,
    )
    by_office: dict[str, list] = {}
    for t in held:
        by_office.setdefault(t.office, []).append(t)
    terms = [ts[k - 1] for ts in by_office.values() if k is not None and len(ts) >= k]
    if len(terms) != 1:
        return unverifiable(claim, f"cannot tell whose {word} term the statement means")
    term = terms[0]
    claim["term_row"] = term.id
    first = min(p.signed or p.joined for p in ref.participants_of(agreement))
    name = ref.agreements[agreement].name
    evidence = [
        term.evidence(f"{ref.name(term.person)}: {term.span_text()}"),
        *[p.evidence(describe(p, ctx)) for p in ref.participants_of(agreement)[:1]],
    ]
    if term.start <= first and (term.end is None or first <= term.end):
        return supported(
            claim, f"the {name} were first signed on {first}, within {term.span_text()}", evidence
        )
    return conflicting(
        claim,
        f"the {name} were first signed on {first}, outside {term.span_text()}",
        evidence,
        expected=f"first signed {first}",
        found=match.said,
    )


def _first_in_term(match: Match, ctx: Context, agreement: str) -> Outcome:
    ref = ctx.reference
    word = (match.value("term") or "").lower()
    k = number_value(word)
    claim: dict[str, Any] = {"agreement": agreement, "term": k}
    s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    people = [m.key for m in ctx.annotation.mentions_in(s, e, ("person",))]
    if not people and regex.search(
        r"(?i)\b(?:my|his|her)\s+\w+\s+(?:term|administration|presidency)", match.text
    ):
        # "the first of my second term": the speaker, when the text just before names one person
        # only (with several, the quotation may name others than its speaker).
        before = {m.key for m in ctx.annotation.mentions_in(max(0, s - 600), s, ("person",))}
        people = list(before) if len(before) == 1 else []
    terms = []
    for person in dict.fromkeys(people):
        by_office: dict[str, list] = {}
        for t in ref.terms:
            if t.person == person and "elect" not in t.office:
                by_office.setdefault(t.office, []).append(t)
        for held in by_office.values():
            held.sort(key=lambda t: t.start)
            if k is not None and len(held) >= k:
                terms.append(held[k - 1])
    if len(terms) != 1:
        return unverifiable(
            claim,
            f"cannot tell whose {word} term the sentence means"
            + (" (no person named in it)" if not people else ""),
        )
    term = terms[0]
    claim["term_row"] = term.id
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
    span = DateRange(term.start, term.end or dt.date.max)
    evidence = [term.evidence(f"{ref.name(term.person)}: {term.span_text()}")]
    evidence.append(me.evidence(describe(me, ctx)))
    if not span.contains(me.joined):
        return conflicting(
            claim,
            f"{subject.name} joined on {me.joined}, outside the term {term.span_text()}",
            evidence,
            expected=f"joined {me.joined}",
            found=f"joined during the term {term.span_text()}",
        )
    earlier = [p for p in everyone if span.contains(p.joined) and p.joined < me.joined]
    if earlier:
        return conflicting(
            claim,
            f"{join_names(ref.name(p.country) for p in earlier)} joined earlier in the same term",
            evidence + [p.evidence(describe(p, ctx)) for p in earlier],
            expected=f"first in the term: {ref.name(earlier[0].country)}",
            found=f"first in the term: {subject.name}",
        )
    before = [p for p in everyone if p.joined < me.joined]
    last = f"; the previous participant joined on {before[-1].joined}" if before else ""
    return supported(
        claim,
        f"{subject.name} joined on {me.joined}, the first in the term {term.span_text()}{last}",
        evidence + [p.evidence(describe(p, ctx)) for p in before[-1:]],
    )


def _first_preexisting(match: Match, ctx: Context, agreement: str) -> Outcome:
    ref = ctx.reference
    claim: dict[str, Any] = {"agreement": agreement, "first": "pre-existing relations"}
    everyone = ref.participants_of(agreement)
    party = next(iter(ref.parties_of(agreement)), None)
    subject = ctx.subject_among(
        match, [(p.country, p.joined) for p in everyone], nearest_before=False
    )
    if subject is None or party is None:
        return unverifiable(claim, "the statement does not say which accession it speaks of")
    claim["subject"] = subject.id
    me = ref.participant(agreement, subject.id)
    if me is None:
        return unverifiable(claim, f"{subject.name} is not a participant in the reference")
    evidence = []
    earlier_with = []
    for p in [x for x in everyone if x.joined <= me.joined]:
        rel = ref.relation(p.country, party)
        if rel is None:
            return unverifiable(
                claim,
                f"the reference has no row on relations between {ref.name(p.country)} and "
                f"{ref.name(party)}",
            )
        before = rel.established is not None and rel.established < p.joined
        evidence.append(
            rel.evidence(
                f"{ref.name(p.country)}: relations "
                + (f"established {rel.established}" if rel.established else rel.status)
                + f", joined {p.joined}"
            )
        )
        if p.country == subject.id and not before:
            return conflicting(
                claim,
                f"{subject.name}'s relations with {ref.name(party)} did not predate its joining "
                f"({rel.established or rel.status}; joined {p.joined})",
                evidence,
                expected="no relations before joining",
                found="pre-existing relations",
            )
        if p.country != subject.id and before:
            earlier_with.append(ref.name(p.country))
    if earlier_with:
        return conflicting(
            claim,
            f"{join_names(earlier_with)} already had relations with {ref.name(party)} when "
            "joining, before " + subject.name,
            evidence,
            expected=f"first: {earlier_with[0]}",
            found=f"first: {subject.name}",
        )
    return supported(
        claim,
        f"{subject.name} had relations with {ref.name(party)} before joining; no earlier "
        "participant did",
        evidence,
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
    no readable year, or is a first of another kind (in a term, with pre-existing relations)."""
    if not claim.get("subject") or not (isinstance(claim.get("since"), int) or "years" in claim):
        return None
    if not claim.get("agreement"):
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
