"""office — did this person hold this office at the moment the statement speaks of?

Groups: ``person`` (a name; without one, a title used as an anaphor — "The Head of State" —
stands for the last person the article gave that title), ``title`` (required; the rule's
``title`` option supplies it for "the Trump administration"), ``country`` (optional: a name,
demonym or possessive qualifying the title; "its"/"their" stand for the country named last
before the title), ``modifier`` (optional: former, ex-, then-, at the time, -elect, late,
outgoing, acting, incoming …), ``past`` (optional: "who served as", "had been"), ``since`` ("who
has been crown prince since 2017", "in office since 2019": the term held on the article date
must have begun then; with "had", a term must have begun then), ``began`` ("who became
president in May 2022": a term must begin then) and ``when`` (a moment the rule ties to the
title: "as foreign minister in August 2021", "the Trump administration in 2020").

How a fact-checker reads the moment:

- a bare title is judged at the moment its clause gives ("In 2019, Prime Minister …"; a date
  that belongs to another title in the sentence — "… as foreign minister in August 2021" — does
  not count), and is supported if held then OR on the article date (the writer's viewpoint): a
  sentence about the past never makes a present title wrong on its own. Without a date, the
  article date; when that is unknown, ``ctx.not_before`` (the earliest the article can be)
  settles a term that began before it and is still running;
- "former" is judged at the article date, whatever moment the sentence speaks of;
- "then-", "at the time" and past tense are judged at the sentence's date, else at some time
  before the article date; a title nested in such a phrase ("then senior adviser to President
  Trump", "former aide to President Trump") is read at that earlier moment too;
- "outgoing" must be held on the article date with the term ending soon after it;
- a title held only at other times is conflicting with the term that shows it; a person or an
  office the reference does not know is unverifiable.

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

import regex

from accordcheck.checks.alignment import AGREE, CONTRADICT, Comparison, claim_range, make_key
from accordcheck.checks.base import Context, Outcome, conflicting, supported, unverifiable
from accordcheck.dates import DateRange, parse_time_expr, resolve
from accordcheck.extract import Capture, Match
from accordcheck.reference import Entity, Office, Term

KIND = "office"
OPTIONS: dict[str, tuple[type, Any]] = {
    "tense": (str, "present"),
    "title": (str, ""),
    "country": (str, ""),
}

# "Outgoing" is said from an election or a resignation to the hand-over: a few months at most.
OUTGOING_DAYS = 100

# A time the sentence pins itself to: a preposition before a year, month of a year or day.
_DATED_KINDS = {"year", "month", "date", "weekdate", "years"}
_DATING_WORD = regex.compile(
    r"(?i)\b(?:in|on|at|during|by|from|of)\s+(?:(?:early|late|mid)[-\s]+)?$"
)
# "… as foreign minister in August 2021": a date tied to another title of the sentence.
_AS_TITLE = regex.compile(r"(?i)\bas\s+(?:(?:the|a|an|its|his|her|their)\s+)?$")
# What lies between an outer title and a nested one: "senior adviser [to] President Trump".
_NESTED_LINK = regex.compile(
    r"(?i)\s+(?:to|of|for|under)\s+(?:the\s+)?(?:(?:[A-Z][\w.]*|U\.S\.)\s+)?|[\s'’s]*"
)
_EARLIER_SCOPE = regex.compile(
    r"(?i)\b(?:then|former|ex|onetime|one-time)[-\s]+(?:[\w.’'-]+\s+){0,4}$"
)
_POSSESSIVE_PRONOUN = regex.compile(r"(?i)^(?:its|their)$")
_PAST_PERFECT = regex.compile(
    r"(?i)\bhad\s+(?:been|served|led|chaired|ruled|reigned|headed|held)\b"
)


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
    text = " ".join(c.text for c in match.all("modifier")).lower()
    if match.value("past") or options.get("tense") == "past":
        return "past"
    for word, meaning in (
        ("former", "former"), ("ex", "former"), ("onetime", "former"), ("one-time", "former"),
        ("then", "then"), ("at the time", "then"), ("elect", "elect"), ("late", "late"),
        ("outgoing", "outgoing"), ("incoming", "incoming"), ("designate", "incoming"),
    ):  # fmt: skip
        if word in text:
            return meaning
    return "present"


def _describe(term: Term, ctx: Context) -> str:
    office = ctx.reference.offices[term.office].name
    return f"{ctx.reference.name(term.person)} held {office} {term.span_text()}"


def _nested_in_earlier(match: Match, ctx: Context) -> bool:
    """Whether the title sits inside an earlier-time phrase about another title: "then senior
    adviser to President Trump", "former aide of U.S. President Trump"."""
    s, _ = ctx.sentence_bounds(match.start)
    before = ctx.annotation.mentions_in(s, match.start, ["title"])
    if not before:
        return False
    outer = before[-1]
    text = ctx.article.text
    return bool(
        _NESTED_LINK.fullmatch(text[outer.end : match.start])
        and _EARLIER_SCOPE.search(text[s : outer.start])
    )


def _own_date(match: Match, ctx: Context) -> tuple[DateRange, str] | None:
    """A moment the sentence gives for this title: the nearest dated time (after a preposition)
    in the sentence, skipping one that belongs to another title ("as foreign minister in August
    2021") and "since" (a term's start, read by the since rules)."""
    s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    text = ctx.article.text
    best: tuple[int, DateRange, str] | None = None
    for m in ctx.annotation.mentions_in(s, e, ["time"]):
        if m.key not in _DATED_KINDS or m.time is None or match.start <= m.start < match.end:
            continue
        lead = _DATING_WORD.search(text[max(s, m.start - 30) : m.start])
        if lead is None:
            continue
        when = resolve(m.time, None)
        if when is None:
            continue
        lo, hi = (match.end, m.start) if m.start >= match.end else (m.end, match.start)
        if _belongs_elsewhere(ctx, lo, hi, m.start - len(lead.group())):
            continue
        distance = hi - lo
        if best is None or distance < best[0]:
            best = (distance, when, f"{lead.group()}{m.text}".strip())
    return (best[1], best[2]) if best else None


def _belongs_elsewhere(ctx: Context, lo: int, hi: int, date_at: int) -> bool:
    """Whether another title stands between the statement and the date, predicated with "as"
    ("… as foreign minister in August 2021")."""
    for t in ctx.annotation.mentions_in(lo, hi, ["title"]):
        if _AS_TITLE.search(ctx.article.text[max(lo, t.start - 12) : t.start]) and t.end <= date_at:
            return True
    return False


def _moment_of(match: Match, ctx: Context) -> tuple[DateRange, str] | None:
    """The moment a rule ties to the title (its ``when`` group), else the sentence's own date."""
    cap = match.group("when")
    if cap is not None:
        expr = parse_time_expr(cap.text)
        when = resolve(expr, ctx.published, past=True) if expr else None
        if when is not None:
            return when, f"the date the sentence gives ({' '.join(cap.text.split())})"
    dated = _own_date(match, ctx)
    if dated:
        return dated[0], f"the date the sentence gives ({dated[1]})"
    return None


def _country(match: Match, ctx: Context) -> Entity | None:
    """The country qualifying the title; "its"/"their" stand for the country named last before
    it (in the sentence, else the one before); the rule's ``country`` option otherwise."""
    cap = match.group("country")
    if cap is not None and _POSSESSIVE_PRONOUN.match(cap.text.strip()):
        s, _ = ctx.sentence_bounds(match.start)
        named = ctx.countries(s, cap.start, actors=True)
        if not named and s > 0:
            p, _ = ctx.sentence_bounds(s - 1)
            named = ctx.countries(p, s, actors=True)
        return ctx.reference.entities.get(named[-1].key) if named else None
    if cap is not None:
        return ctx.country(cap)
    preset = match.rule.options.get("country")
    return ctx.reference.entities.get(preset) if preset else None


def _anaphor(title: str, ctx: Context) -> Entity | None:
    """The person an earlier statement of the article gave this title ("Head of State
    Kassym-Jomart Tokayev … The Head of State, …"); None when several people had it."""
    want = " ".join(title.lower().split())
    people = {
        j.outcome.claim.get("person")
        for j in ctx.history
        if j.match.rule.check == KIND
        and " ".join(str(j.outcome.claim.get("title", "")).lower().split()) == want
        and j.outcome.claim.get("person") in ctx.reference.entities
    }
    return ctx.reference.entities.get(people.pop()) if len(people) == 1 else None


def check(match: Match, ctx: Context) -> Outcome | None:
    ref = ctx.reference
    title = " ".join((match.value("title") or match.rule.options.get("title") or "").split())
    person_cap: Capture | None = match.group("person")
    person = ctx.person(person_cap) if person_cap else _anaphor(title, ctx)
    if person_cap is None and person is None:
        return None  # a title no earlier name in the article pins to one person: no claim
    modifier = _modifier(match, match.rule.options)
    if modifier == "present" and _nested_in_earlier(match, ctx):
        modifier = "then"
    if modifier == "elect" and not title.lower().endswith("elect"):
        title = f"{title}-elect"
    country = _country(match, ctx)
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
    preset = not match.value("title")
    candidates = [
        o for t in title.split("|") for o in ref.offices_titled(t, country.id if country else None)
    ]
    if preset and not any(t.person == person.id for o in candidates for t in ref.terms_of(o.id)):
        return None  # "the Netanyahu administration": a title the rule assumed, never held
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

    dated = _moment_of(match, ctx)
    claim["on"] = str(dated[0]) if dated else (ctx.published.isoformat() if ctx.published else None)
    terms = ref.terms_of(office.id)
    mine = [t for t in terms if t.person == person.id]
    case = _Case(claim, person.name, office, mine, terms, ctx)

    if match.value("began"):
        return _began(case, match.value("began") or "")
    if match.value("since"):
        return _since(
            case, match.value("since") or "", _PAST_PERFECT.search(match.text) is not None
        )
    if modifier == "former":
        return _former(case)
    if modifier == "outgoing":
        return _outgoing(case)
    if modifier in {"then", "past"}:
        if dated:
            return _at(case, dated[0], dated[1], modifier)
        return _held_before(case, modifier)
    if modifier == "incoming":
        return _incoming(case, dated)
    if dated:
        return _dated_present(case, dated[0], dated[1], modifier)
    if ctx.published:
        return _at(case, DateRange.day(ctx.published), _article_date(ctx), modifier)
    return _undated(case)


def _article_date(ctx: Context) -> str:
    return f"the article date {ctx.published.isoformat()}" if ctx.published else "the article date"


def _incoming(case: _Case, dated: tuple[DateRange, str] | None) -> Outcome:
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    if dated:
        when, how = dated
    elif ctx.published:
        when, how = DateRange.day(ctx.published), _article_date(ctx)
    else:
        return _unknown_date(case)
    upcoming = [t for t in mine if t.start >= when.first]
    if upcoming:
        t = upcoming[0]
        return supported(
            claim,
            f"{name} took office as {office.name} on {t.start} (after {how})",
            [t.evidence(_describe(t, ctx))],
        )
    return unverifiable(
        claim,
        f"the reference records no term of {name} as {office.name} starting after {how}",
    )


def _unknown_date(case: _Case) -> Outcome:
    return unverifiable(
        case.claim,
        f"whether {case.name} held {case.office.name} depends on the article date, which is unknown",
    )


def _undated(case: _Case) -> Outcome:
    """A present title in an article of unknown date: a term still running that began before the
    earliest day the article can have been written settles it."""
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    bound = ctx.not_before
    running = [t for t in mine if t.end is None and bound is not None and t.start <= bound]
    if running:
        t = running[0]
        return supported(
            claim,
            f"{name} has held {office.name} since {t.start}, and the article is no older than "
            f"{bound} (the earliest day it can have been written)",
            [t.evidence(_describe(t, ctx))],
        )
    return _unknown_date(case)


def _dated_present(case: _Case, when: DateRange, how: str, modifier: str) -> Outcome:
    """A bare title in a sentence about a given moment: held then, or held on the article date
    (a writer names people by their present titles), is supported."""
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    now = DateRange.day(ctx.published) if ctx.published else None
    if any(t.covers(when) for t in mine):
        return _at(case, when, how, modifier)
    if now is not None and any(t.covers(now) for t in mine):
        return _at(case, now, _article_date(ctx), modifier)
    if now is None and any(t.end is None or t.end > when.last for t in mine):
        return unverifiable(
            claim,
            f"{name} did not hold {office.name} on {how} but held it later; whether the article "
            "names the person by a title held when it was written depends on its date, which is "
            "unknown",
            [t.evidence(_describe(t, ctx)) for t in mine],
        )
    outcome = _at(case, when, how, modifier)
    if now is not None and outcome.verdict.value == "conflicting":
        return conflicting(
            claim,
            f"{outcome.reason}; nor did {name} hold it on {_article_date(ctx)}",
            outcome.evidence,
            expected=outcome.expected or "",
            found=outcome.found or "",
        )
    return outcome


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


def _former(case: _Case) -> Outcome:
    """'former' speaks from the writer's viewpoint: not held on the article date, held before."""
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    if ctx.published is None:
        bound = ctx.not_before
        running = [t for t in mine if t.end is None and bound is not None and t.start <= bound]
        if running:
            t = running[0]
            return conflicting(
                claim,
                f"'former' is wrong: {name} has held {office.name} since {t.start}, before the "
                f"earliest day the article can have been written ({bound})",
                [t.evidence(_describe(t, ctx))],
                expected=f"{office.name} {name} (in office {t.span_text()})",
                found=f"former {office.name}",
            )
        return _unknown_date(case)
    claim["on"] = ctx.published.isoformat()
    when, how = DateRange.day(ctx.published), _article_date(ctx)
    current = [t for t in mine if t.covers(when)]
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


def _outgoing(case: _Case) -> Outcome:
    """'outgoing': held on the article date, the term ending soon after it."""
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    if ctx.published is None:
        return _unknown_date(case)
    claim["on"] = ctx.published.isoformat()
    when = DateRange.day(ctx.published)
    current = [t for t in mine if t.covers(when)]
    if not current:
        return _at(case, when, _article_date(ctx), "present")
    t = current[0]
    evidence = [t.evidence(_describe(t, ctx))]
    if t.end is not None and (t.end - ctx.published).days <= OUTGOING_DAYS:
        return supported(
            claim,
            f"{name} held {office.name} on {_article_date(ctx)} and handed it over on {t.end}",
            evidence,
        )
    return unverifiable(
        claim,
        f"{name} held {office.name} on {_article_date(ctx)}, but the reference records no end of "
        "the term soon after it, so 'outgoing' cannot be checked",
        evidence,
    )


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


def _start_range(case: _Case, words: str) -> DateRange | None:
    """The range a start is said to fall in; records it in the claim as ``since``."""
    expr = parse_time_expr(words)
    began = resolve(expr, case.ctx.published, past=True) if expr else None
    whole_year = began is not None and (
        began.first.month,
        began.first.day,
        began.last.month,
        began.last.day,
    ) == (1, 1, 12, 31)
    case.claim["since"] = (
        began.first.year
        if whole_year and began.first.year == began.last.year
        else (str(began) if began else words)
    )
    return began


def _began(case: _Case, words: str) -> Outcome:
    """ "who became president of the UAE in May 2022": a term of the person must start then."""
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    began = _start_range(case, words)
    if began is None:
        return unverifiable(claim, f"cannot read {words!r} as a date")
    if not mine:
        return _not_held(case)
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
        expected=f"took office {starts}",
        found=" ".join(words.split()),
    )


def _since(case: _Case, words: str, past_perfect: bool) -> Outcome:
    """ "has been crown prince since 2017", "in office since 2019": the term held on the article
    date must have begun then (with "had been", any term that began then)."""
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    began = _start_range(case, words)
    if began is None:
        return unverifiable(claim, f"cannot read {words!r} as a date")
    if not mine:
        return _not_held(case)
    evidence = [t.evidence(_describe(t, ctx)) for t in mine]
    moment = ctx.published or ctx.not_before
    if past_perfect or moment is None:
        pool, when = mine, ""
    else:
        pool = [t for t in mine if t.covers(DateRange.day(moment))]
        if ctx.published is None:
            pool = [t for t in pool if t.end is None]
        when = f" on {moment}" if ctx.published else f" (the article is no older than {moment})"
        if not pool:
            spans = "; ".join(t.span_text() for t in mine)
            return conflicting(
                claim,
                f"{name} did not hold {office.name}{when}: held it {spans}",
                evidence,
                expected=f"{name} held {office.name} {spans}",
                found=f"{office.name} since {' '.join(words.split())}",
            )
    starting = [t for t in pool if began.contains(t.start)]
    if starting:
        return supported(
            claim, f"{name} took office as {office.name} on {starting[0].start}", evidence
        )
    starts = ", ".join(str(t.start) for t in pool)
    return conflicting(
        claim,
        f"{name} took office as {office.name} on {starts}, not in {began}",
        evidence,
        expected=f"since {starts}",
        found=f"since {' '.join(words.split())}",
    )


def _not_held(case: _Case) -> Outcome:
    """The person never held this office: conflicting when the reference knows who held it on
    the article date (or on the earliest day the article can have been written)."""
    claim, name, office, terms, ctx = case.claim, case.name, case.office, case.terms, case.ctx
    moment = ctx.published or ctx.not_before
    holders = [t for t in terms if moment is not None and t.covers(DateRange.day(moment))]
    if holders:
        names = "; ".join(f"{ctx.reference.name(t.person)} {t.span_text()}" for t in holders)
        return conflicting(
            claim,
            f"the reference records no term of {name} as {office.name}; on {moment} it was "
            f"held by {names}",
            [t.evidence(_describe(t, ctx)) for t in holders],
            expected=f"{office.name} on {moment}: {names}",
            found=f"{office.name} {name}",
        )
    return unverifiable(claim, f"the reference records no term of {name} as {office.name}")


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
