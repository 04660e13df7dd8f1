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
from accordcheck.checks.base import (
    NEAR_MISS_DAYS,
    Context,
    Outcome,
    conflicting,
    near_miss,
    number_value,
    supported,
    unverifiable,
)
from accordcheck.dates import AGO, DateRange, parse_time_expr, resolve
from accordcheck.extract import Capture, Match
from accordcheck.reference import Entity, Office, Term

KIND = "office"
OPTIONS: dict[str, tuple[type, Any]] = {
    "tense": (str, "present"),
    "title": (str, ""),
    "country": (str, ""),
    "loose": (bool, False),
    "counterpart": (bool, False),
    "term_event": (bool, False),
    "ordinal_held": (bool, False),
    "own_date": (bool, True),
    "past_only": (bool, False),
}

# A day-precise start or end a week or less from the reference's: an announcement, an oath and
# a hand-over can fall days apart, so such a miss is not a contradiction.
# Terms of one person and office this close together are one continuous stint.
SUCCESSION_DAYS = 3
# A "term" counted by ordinal is an election term; the reference records continuous stints. They
# are the same only where no stint outlasts a fixed term (four years, a US presidency).
FIXED_TERM_DAYS = 4 * 366 + 31

# The office a portfolio or a tenure noun names: "held the foreign portfolio", "his premiership".
_PORTFOLIO_TITLES = {
    "foreign portfolio": "Foreign Minister",
    "foreign affairs portfolio": "Foreign Minister",
    "foreign ministry": "Foreign Minister",
    "foreign affairs ministry": "Foreign Minister",
    "premiership": "prime minister",
    "presidency": "President",
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6,
}  # fmt: skip
_ORDINAL_NAMES = {v: k for k, v in _ORDINALS.items() if not k[0].isdigit()}

# "Outgoing" is said from an election or a resignation to the hand-over: a few months at most.
OUTGOING_DAYS = 100

# A time the sentence pins itself to: a preposition before a year, month of a year or day.
_DATED_KINDS = {"year", "month", "date", "weekdate", "years"}
# "Four years ago, X signed it with President Y": the sentence's moment, by the article date.
_AGO = regex.compile(rf"(?i)(?<![\w-]){AGO}(?![\w-])")
_DATING_WORD = regex.compile(
    r"(?i)\b(?:in|on|at|during|by|from|of)\s+(?:(?:early|late|mid)[-\s]+)?$"
)
# "told the 2019 AJC Global Forum": a year naming an event, the moment of the clause.
_ATTRIBUTIVE_YEAR = regex.compile(r"\b(?:the|its|a)\s+$")
_CAPITALISED_AFTER = regex.compile(r"\s+[A-Z]")
# "… as foreign minister in August 2021": a date tied to another title of the sentence.
_AS_TITLE = regex.compile(r"(?i)\bas\s+(?:(?:the|a|an|its|his|her|their)\s+)?$")
# What lies between an outer title and a nested one: "senior adviser [to] President Trump".
_NESTED_LINK = regex.compile(
    r"(?i)\s+(?:to|of|for|under)\s+(?:the\s+)?(?:(?:[A-Z][\w.]*|U\.S\.)\s+)?|[\s'’s]*"
)
_EARLIER_SCOPE = regex.compile(
    r"(?i)\b(?:then|former|ex|onetime|one-time)[-\s]+(?:[\w.’'-]+\s+){0,4}$"
)
_FIRST_NAME = regex.compile(
    r"(?<![\w'’.-])(?P<word>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s(?:[A-Z]\.\s)?$"
)
# Capitalised words that stand before a surname without being a first name.
_NOT_FIRST_NAME_WORDS = (
    "Mr Mrs Ms Dr Gen Sheikh Sheikha Shaikh Sheik Prince Princess King Queen Emir Sultan Sir "
    "Lord Lady Rabbi Col Maj Capt Lt Rep Sen Gov Judge Justice President Premier Minister "
    "Secretary Senator Ambassador Envoy Chairman Chief Leader Crown His Her Their Highness "
    "Majesty The A An And But Or Nor When While After Before Since As If Yesterday Today "
    "Tonight Meanwhile However Then Now Also Still In On At For With By From To Of Both Even "
    "Only Under Last This That So Yet Why How What Where Who Said Says Told Asked Under Did "
    "Does Do Will Would Could Should Has Had Have Is Was Were Are Mister Madam Dear Former "
    "Acting Outgoing Incoming Late Then-President Democrat Democratic Republican"
)
_NOT_FIRST_NAMES = frozenset(_NOT_FIRST_NAME_WORDS.split())
_INITIAL = regex.compile(r"\b[A-Z]\.(?=\s|$)")
# A role noun of someone else, in an earlier time, that the title is nested in: "a former
# assistant to President Trump", "an ex-aide of U.S. President Trump", "who served under
# President Obama", "a onetime envoy for the Prime Minister".
_EARLIER_ROLE = regex.compile(
    r"(?i)(?:\b(?:then|former|ex|onetime|one-time)[-\s]+(?:[\w.’'-]+\s+){0,3}?"
    r"(?:assistant|aide|adviser|advisor|envoy|official|staffer|spokes(?:man|woman|person)|"
    r"counsel(?:or|lor)?|negotiator|representative|appointee|chief\s+of\s+staff|secretary|"
    r"ambassador|deputy|director|member|minister|lawyer|attorney|strategist|"
    r"speechwriter|confidant|ally|official)s?"
    r"|\b(?:served|worked)(?:\s+\w+){0,2}?)\s+(?:to|of|for|under|with)\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w.]*|U\.S\.)\s+)?$"
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
    match: Match


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


def _person(cap: Capture, ctx: Context) -> tuple[Entity | None, str]:
    """The person a name capture stands for, and the name as written. A first name (and middle
    initial) written before a known surname ("Michael R. Pompeo", "Kassym-Jomart Tokaev") must be
    that person's: "Ivanka Trump" is not Donald Trump."""
    written = " ".join(cap.text.split())
    mention = next((m for m in cap.mentions if m.kind == "person"), None)
    person = ctx.person(cap)
    if person is None or mention is None:
        return person, written
    text = ctx.article.text
    first = _INITIAL.sub("", text[cap.start : mention.start]).strip()
    if not first and " " not in mention.text.strip():
        # a capitalised word just before a surname that the rule left out: "Ivanka Trump, …"
        lead = _FIRST_NAME.search(text[max(0, mention.start - 40) : mention.start])
        at = mention.start - len(lead.group()) if lead else mention.start
        covered = any(
            m.end > at for m in ctx.annotation.mentions_in(max(0, at - 80), mention.start)
        )
        if lead is not None and lead["word"] not in _NOT_FIRST_NAMES and not covered:
            first = lead["word"]
            written = f"{first} {written}"
    if not first:
        return person, written
    firsts = {a.split()[0].casefold() for a in (person.name, *person.aliases) if " " in a}
    return (person if first.casefold() in firsts else None), written


def _unknown_person(
    claim: dict[str, Any], title: str, country: Entity | None, ctx: Context
) -> Outcome:
    """A title with a name the reference does not know: unverifiable, never conflicting (the
    name may be a spelling the table lacks, or a holder it does not record)."""
    name = claim["person"]
    where = f" of {country.name}" if country else ""
    offices = [
        o for t in title.split("|") for o in ctx.reference.offices_titled(t, claim["country"])
    ]
    if not offices:
        return unverifiable(
            claim,
            f"the reference table has no record of who held this office ({title}{where}); "
            f"{name!r} is not a person it knows",
        )
    return unverifiable(
        claim,
        f"{name!r} is not a person in the reference table, so whether they held {title}{where} "
        "cannot be checked",
    )


def _describe(term: Term, ctx: Context) -> str:
    office = ctx.reference.offices[term.office].name
    return f"{ctx.reference.name(term.person)} held {office} {term.span_text()}"


def _nested_in_earlier(match: Match, ctx: Context) -> bool:
    """Whether the title sits inside an earlier-time phrase about another title: "then senior
    adviser to President Trump", "former aide of U.S. President Trump"."""
    s, _ = ctx.sentence_bounds(match.start)
    text = ctx.article.text
    if _EARLIER_ROLE.search(text[s : match.start]):
        return True
    before = ctx.annotation.mentions_in(s, match.start, ["title"])
    if not before:
        return False
    outer = before[-1]
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
        if lead is None and m.key == "year" and _CAPITALISED_AFTER.match(text, m.end):
            lead = _ATTRIBUTIVE_YEAR.search(text[max(s, m.start - 10) : m.start])
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
    if best is None and ctx.published is not None:
        for found in _AGO.finditer(text, s, e):
            expr = parse_time_expr(found.group())
            when = resolve(expr, ctx.published) if expr else None
            if when is None or match.start <= found.start() < match.end:
                continue
            distance = abs(found.start() - match.start)
            if best is None or distance < best[0]:
                best = (distance, when, found.group())
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


def _title_given(match: Match, ctx: Context) -> str | None:
    """The title the statement gives: its ``title`` group, the office a portfolio or tenure noun
    names ("the foreign portfolio", "his premiership"), the office of the person a "counterpart"
    is compared with, else the rule's ``title`` option. None when a counterpart has no such
    person before it."""
    named = match.value("title")
    if named:
        return " ".join(named.split())
    portfolio = " ".join((match.value("portfolio") or "").lower().split())
    if portfolio in _PORTFOLIO_TITLES:
        return _PORTFOLIO_TITLES[portfolio]
    if match.rule.options.get("counterpart"):
        return _counterpart_titles(match, ctx)
    return " ".join((match.rule.options.get("title") or "").split())


def _counterpart_titles(match: Match, ctx: Context) -> str | None:
    """ "his Moroccan counterpart": the titles of the office the last statement of this kind, in
    this sentence or the one before, gave someone."""
    s, _ = ctx.sentence_bounds(match.start)
    p, _ = ctx.sentence_bounds(s - 1) if s > 0 else (s, s)
    for j in reversed(ctx.history):
        office = ctx.reference.offices.get(str(j.outcome.claim.get("office") or ""))
        if j.match.rule.check == KIND and j.match.start >= p and office is not None:
            return "|".join(office.titles)
    return None


def check(match: Match, ctx: Context) -> Outcome | None:
    ref = ctx.reference
    options = match.rule.options
    title = _title_given(match, ctx)
    if title is None:
        return None
    if options.get("term_event") and not any(
        match.value(g) for g in ("began", "ended", "bounds", "ordinal", "predecessor", "since")
    ):
        return None  # "was sworn in as prime minister" with no time: nothing to check
    person_cap: Capture | None = match.group("person")
    person, written = _person(person_cap, ctx) if person_cap else (_anaphor(title, ctx), "")
    if person_cap is None and person is None:
        return None  # a title no earlier name in the article pins to one person: no claim
    modifier = _modifier(match, options)
    if modifier == "present" and _nested_in_earlier(match, ctx):
        modifier = "then"
    if modifier == "elect" and not title.lower().endswith("elect"):
        title = f"{title}-elect"
    country = _country(match, ctx)
    claim: dict[str, Any] = {
        "person": person.id if person else written,
        "title": title,
        "country": country.id if country else None,
        "modifier": modifier,
    }
    if person is None:
        return _unknown_person(claim, title, country, ctx)
    predecessor_cap = match.group("predecessor")
    predecessor = ctx.person(predecessor_cap) if predecessor_cap else None
    if predecessor_cap is not None:
        claim["predecessor"] = predecessor.id if predecessor else predecessor_cap.text
        if predecessor is None:
            return unverifiable(
                claim, f"{predecessor_cap.text!r} is not a person in the reference table"
            )
    preset = not match.value("title")
    if predecessor is not None and preset:
        candidates = _shared_offices(ctx, person.id, predecessor.id)
        if not candidates:
            return None  # "replaced X" about no office both held: not an office statement
    else:
        candidates = [
            o
            for t in title.split("|")
            for o in ref.offices_titled(t, country.id if country else None)
        ]
    candidates = list(dict.fromkeys(candidates))
    if preset and not any(t.person == person.id for o in candidates for t in ref.terms_of(o.id)):
        if options.get("loose") or options.get("counterpart"):
            return _loose_unheld(claim, person, title, candidates)
        return None  # "the Netanyahu administration": a title the rule assumed, never held
    if not candidates:
        where = f" of {country.name}" if country else ""
        return unverifiable(claim, f"the reference table has no office titled {title!r}{where}")
    dated = _moment_of(match, ctx)
    if (options.get("ordinal_held") or not options.get("own_date", True)) and not match.group(
        "when"
    ):
        dated = None  # "the first Trump administration": a name, not a claim about the date
    if options.get("loose") or options.get("counterpart"):
        return _loose(claim, person, candidates, dated, ctx)
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

    claim["on"] = str(dated[0]) if dated else (ctx.published.isoformat() if ctx.published else None)
    terms = ref.terms_of(office.id)
    mine = [t for t in terms if t.person == person.id]
    case = _Case(claim, person.name, office, mine, terms, ctx, match)

    began, ended = _bounds(match)
    if predecessor is not None:
        return _succeeded(case, predecessor, began)
    if match.value("ordinal"):
        return _ordinal(case, match, dated, modifier)
    if ended:
        return _span(case, began, ended, scheduled=bool(match.value("scheduled")))
    if began:
        outcome = _began(case, began, returned=bool(match.value("returned")))
        gap = match.value("gap")
        return _time_out(case, outcome, gap, began) if gap else outcome
    if match.value("since"):
        return _since(
            case, match.value("since") or "", _PAST_PERFECT.search(match.text) is not None
        )
    if options.get("past_only") and not dated:
        return _some_time_before(case)
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


def _bounds(match: Match) -> tuple[str | None, str | None]:
    """The start and end a statement gives a term: its ``began`` and ``ended`` groups, or one
    range of years ("from 2009 to 2021", a single time expression) in ``bounds``."""
    expr = parse_time_expr(match.value("bounds") or "")
    if expr is not None and expr.year and expr.last_year:
        return str(expr.year), str(expr.last_year)
    return match.value("began"), match.value("ended")


def _shared_offices(ctx: Context, person: str, predecessor: str) -> list[Office]:
    """Offices in which a term of ``person`` began when a term of ``predecessor`` ended."""
    out = []
    for office in ctx.reference.offices.values():
        terms = ctx.reference.terms_of(office.id)
        ends = [t.end for t in terms if t.person == predecessor and t.end]
        starts = [t.start for t in terms if t.person == person]
        if any(abs((s - e).days) <= SUCCESSION_DAYS for s in starts for e in ends):
            out.append(office)
    return out


def _loose_unheld(
    claim: dict[str, Any], person: Entity, title: str, candidates: list[Office]
) -> Outcome:
    kinds = ", ".join(dict.fromkeys(o.name for o in candidates)) or title
    return unverifiable(
        claim,
        f"a loose title: the reference records no term of {person.name} in an office it may "
        f"stand for ({kinds})",
    )


def _loose(
    claim: dict[str, Any],
    person: Entity,
    candidates: list[Office],
    dated: tuple[DateRange, str] | None,
    ctx: Context,
) -> Outcome:
    """A loose title ("Kazakh leader", "his Moroccan counterpart"): supported when the person
    held an office it may stand for at the sentence's moment or on the article date; otherwise
    unverifiable, as the title may mean something the reference does not record."""
    ref = ctx.reference
    mine = [t for o in candidates for t in ref.terms_of(o.id) if t.person == person.id]
    moments = [dated] if dated else []
    if ctx.published:
        moments.append((DateRange.day(ctx.published), _article_date(ctx)))
    for when, how in moments:
        covering = [t for t in mine if t.covers(when)]
        if covering:
            t = covering[0]
            claim["office"] = t.office
            return supported(
                claim,
                f"{person.name} held {ref.offices[t.office].name} on {how}: term {t.span_text()}",
                [t.evidence(_describe(t, ctx))],
            )
    if not moments and ctx.not_before:
        running = [t for t in mine if t.end is None and t.start <= ctx.not_before]
        if running:
            t = running[0]
            claim["office"] = t.office
            return supported(
                claim,
                f"{person.name} has held {ref.offices[t.office].name} since {t.start}, and the "
                f"article is no older than {ctx.not_before}",
                [t.evidence(_describe(t, ctx))],
            )
    spans = "; ".join(f"{ref.offices[t.office].name} {t.span_text()}" for t in mine)
    return unverifiable(
        claim,
        f"a loose title the reference cannot pin to one office at that moment ({person.name}: "
        f"{spans or 'no term recorded'})",
        [t.evidence(_describe(t, ctx)) for t in mine],
    )


def _range(words: str | None, ctx: Context, future: bool = False) -> DateRange | None:
    """The days a time denotes; a date without a year is the last one before the article date,
    or with ``future`` (a scheduled end) the nearest one."""
    expr = parse_time_expr(words or "")
    rng = resolve(expr, ctx.published, past=not future) if expr else None
    if (
        future
        and rng is not None
        and ctx.published
        and rng.last < ctx.published
        and expr is not None
        and expr.year is None
        and expr.month is not None
        and expr.day is None
        and not expr.relative
    ):
        rng = DateRange.month(ctx.published.year + 1, expr.month)  # "in February", said in December
    return rng


def _stints(mine: list[Term]) -> list[tuple[dt.date, dt.date | None, list[Term]]]:
    """The person's continuous stints in the office: terms that follow each other are one."""
    out: list[tuple[dt.date, dt.date | None, list[Term]]] = []
    for t in sorted(mine, key=lambda t: t.start):
        if out and out[-1][1] is not None and (t.start - out[-1][1]).days <= SUCCESSION_DAYS:
            out[-1] = (out[-1][0], t.end, [*out[-1][2], t])
        else:
            out.append((t.start, t.end, [t]))
    return out


def _stint_text(stint: tuple[dt.date, dt.date | None, list[Term]]) -> str:
    return f"from {stint[0]} to {stint[1] or 'present'}"


def _ordinal_name(n: int) -> str:
    return _ORDINAL_NAMES.get(n, f"{n}th")


def _ordinal(
    case: _Case, match: Match, dated: tuple[DateRange, str] | None, modifier: str
) -> Outcome:
    """ "his second term", "then in his third stint", "Trump's first term, which ended in January
    2021", "who began his second term in January 2025": the Nth stint of the person in the
    office (by the moment the sentence gives, else the article date), with its start or end
    when the sentence gives one. "Term" is counted only where stints are fixed terms."""
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    word = (match.value("ordinal") or "").lower()
    unit = " ".join((match.value("unit") or match.value("portfolio") or "term").lower().split())
    claim["ordinal"] = word
    if not mine:
        return _not_held(case)
    stints = _stints(mine)
    evidence = [t.evidence(_describe(t, ctx)) for t in mine]
    now = ctx.published
    # Counting terms is a convention (a re-elected prime minister's "fifth term"); the previous
    # term's bounds are not.
    if (
        word in _ORDINALS
        and unit in {"term", "terms", "mandate", "administration", "presidency"}
        and any(
            (s[1] or now or ctx.not_before or dt.date.max) - s[0]
            > dt.timedelta(days=FIXED_TERM_DAYS)
            for s in stints
        )
    ):
        return unverifiable(
            claim,
            f"the reference records {name}'s continuous stints as {office.name} "
            f"({'; '.join(_stint_text(s) for s in stints)}), not election terms, so which "
            f"{unit} this was cannot be counted",
            evidence,
        )
    began, ended = _bounds(match)
    held = match.rule.options.get("ordinal_held")
    if held and dated is None and word in _ORDINALS and not (began or ended):
        return _ordinal_held(case, stints, _ORDINALS[word], f"{word} {unit}", evidence)
    if word in _ORDINALS:
        n = _ORDINALS[word]
        if n > len(stints):
            return conflicting(
                claim,
                f"the reference records {len(stints)} {unit}(s) of {name} as {office.name}: "
                + "; ".join(_stint_text(s) for s in stints),
                evidence,
                expected=f"{len(stints)} {unit}(s)",
                found=f"{word} {unit}",
            )
        stint = stints[n - 1]
    elif word in {"previous", "last", "earlier"}:
        moment = now or ctx.not_before
        if moment is None:
            return _unknown_date(case)
        before = [s for s in stints if s[1] is not None and s[1] <= moment]
        if not before:
            return unverifiable(
                claim, f"the reference records no earlier stint of {name}", evidence
            )
        stint = before[-1]
    else:
        return unverifiable(claim, f"cannot read {word!r} as an ordinal", evidence)
    if began or ended:
        return _stint_bounds(case, stint, f"{word} {unit}", began, ended, evidence)
    if dated is None and ctx.published is None:
        return _unknown_date(case)
    when, how = dated if dated else (DateRange.day(ctx.published), _article_date(ctx))  # type: ignore[arg-type]
    if modifier == "then" and dated is None:
        return unverifiable(
            claim,
            f"'then' with no date the sentence gives: which {unit} is meant is unknown",
            evidence,
        )
    inside = [i for i, s in enumerate(stints) if when.overlaps(s[0], s[1])]
    if stints.index(stint) in inside:
        return supported(
            claim,
            f"on {how} {name} was in his {word} {unit} as {office.name} ({_stint_text(stint)})",
            evidence,
        )
    if inside:
        actual = _ordinal_name(inside[0] + 1)
        return conflicting(
            claim,
            f"on {how} {name} was in his {actual} {unit} as {office.name} "
            f"({_stint_text(stints[inside[0]])}), not the {word}",
            evidence,
            expected=f"{actual} {unit}",
            found=f"{word} {unit}",
        )
    return _at(case, when, how, "then")


def _ordinal_held(
    case: _Case,
    stints: list[tuple[dt.date, dt.date | None, list[Term]]],
    n: int,
    label: str,
    evidence: list,
) -> Outcome:
    """ "a deal by the first Trump administration", "Trump's second term" with no moment of its
    own: the person's Nth stint in the office had begun by the article date (else by the earliest
    day it can have been written). Fewer stints is unverifiable, not conflicting: a writer may
    speak of a term to come."""
    claim, name, office, ctx = case.claim, case.name, case.office, case.ctx
    moment = ctx.published or ctx.not_before
    if moment is None:
        return _unknown_date(case)
    begun = [st for st in stints if st[0] <= moment]
    how = _article_date(ctx) if ctx.published else f"{moment} (the earliest the article can be)"
    if len(begun) >= n:
        return supported(
            claim,
            f"{name}'s {label} as {office.name} began by {how}: {_stint_text(begun[n - 1])}",
            evidence,
        )
    return unverifiable(
        claim,
        f"the reference records {len(begun)} stint(s) of {name} as {office.name} begun by {how}; "
        f"a {label} still to come cannot be checked",
        evidence,
    )


def _stint_bounds(
    case: _Case,
    stint: tuple[dt.date, dt.date | None, list[Term]],
    label: str,
    began: str | None,
    ended: str | None,
    evidence: list,
) -> Outcome:
    """The start and end a sentence gives for one stint."""
    claim, name, office, ctx = case.claim, case.name, case.office, case.ctx
    problems, notes = [], []
    for words, day, verb in ((began, stint[0], "began"), (ended, stint[1], "ended")):
        if not words:
            continue
        rng = _range(words, ctx)
        if rng is None:
            return unverifiable(claim, f"cannot read {words!r} as a date", evidence)
        claim[verb] = str(rng)
        if day is None:
            if ctx.published and rng.first > ctx.published:
                return unverifiable(claim, "an end after the article date: not yet known", evidence)
            problems.append(f"it has not ended (in office {_stint_text(stint)}), not {rng}")
        elif rng.contains(day):
            notes.append(f"{verb} on {day}")
        elif near_miss(rng, day):
            return unverifiable(
                claim,
                f"his {label} {verb} on {day}, within a week of {rng}: the day an office "
                "changes hands is reported differently",
                evidence,
            )
        else:
            problems.append(f"it {verb} on {day}, not {rng}")
    if problems:
        return conflicting(
            claim,
            f"{name}'s {label} as {office.name} ({_stint_text(stint)}): " + "; ".join(problems),
            evidence,
            expected=_stint_text(stint),
            found=" to ".join(w for w in (began, ended) if w),
        )
    return supported(claim, f"{name}'s {label} as {office.name} " + " and ".join(notes), evidence)


def _span(case: _Case, began: str | None, ended: str, scheduled: bool = False) -> Outcome:
    """ "who resigned in January 2022", "prime minister from 2009 to 2021", "whose term ran
    from … to …": a term of the person ends then (and starts when the sentence says). A
    scheduled end ("before Trump leaves office on Jan. 20") may lie after the article date."""
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    if not mine:
        return _not_held(case)
    evidence = [t.evidence(_describe(t, ctx)) for t in mine]
    stints = _stints(mine)
    if began:
        rng = _range(began, ctx)
        if rng is None:
            return unverifiable(claim, f"cannot read {began!r} as a date", evidence)
        starting = [s for s in stints if rng.contains(s[0]) or near_miss(rng, s[0])]
        if starting:
            return _stint_bounds(case, starting[0], "term", began, ended, evidence)
    end = _range(ended, ctx, future=scheduled)
    if end is None:
        return unverifiable(claim, f"cannot read {ended!r} as a date", evidence)
    claim["ended"] = str(end)
    if ctx.published and end.first > ctx.published:
        if scheduled:
            return _scheduled_end(case, stints, end, evidence)
        return unverifiable(claim, "an end after the article date: not yet known", evidence)
    ending = [s for s in stints if s[1] is not None and end.contains(s[1])]
    if ending and not began:
        return supported(
            claim,
            f"{name} left office as {office.name} on {ending[0][1]} ({_stint_text(ending[0])})",
            evidence,
        )
    if not began and any(s[1] is not None and near_miss(end, s[1]) for s in stints):
        return unverifiable(
            claim,
            f"{name} left office as {office.name} within a week of {end}: the day an office "
            "changes hands is reported differently",
            evidence,
        )
    spans = "; ".join(_stint_text(s) for s in stints)
    what = f"from {began} to {ended}" if began else f"ending {end}"
    return conflicting(
        claim,
        f"the reference records no term of {name} as {office.name} {what}: held it {spans}",
        evidence,
        expected=f"{name} held {office.name} {spans}",
        found=" ".join(what.split()),
    )


def _scheduled_end(case: _Case, stints, end: DateRange, evidence: list) -> Outcome:
    """An end the article announces ahead of it: the term that ended then supports it; one that
    ended otherwise leaves it open (a schedule can change after the article was written)."""
    claim, name, office = case.claim, case.name, case.office
    ending = [s for s in stints if s[1] is not None and end.contains(s[1])]
    if ending:
        return supported(
            claim,
            f"{name} left office as {office.name} on {ending[0][1]}, as the article, written "
            f"before, says ({_stint_text(ending[0])})",
            evidence,
        )
    spans = "; ".join(_stint_text(s) for s in stints)
    return unverifiable(
        claim,
        f"an end announced before it happened; the reference records {name} as {office.name} "
        f"{spans}, and a schedule can change after the article was written",
        evidence,
    )


_GAP = regex.compile(
    r"(?i)(?P<n>[0-9]+|[a-z]+)(?P<half>\s+and\s+a\s+half)?[-\s]+(?P<unit>month|year)s?"
)
DAYS_PER_MONTH = 30.44


def _time_out(case: _Case, began: Outcome, gap: str, words: str) -> Outcome:
    """ "sworn in on Thursday as prime minister, ending 18 months in opposition": the time
    between the new stint's start and the end of the one before. Rounded figures are read
    loosely: within a unit (or a fifth) is supported, off by more than half is conflicting,
    anything between unverifiable."""
    m = _GAP.search(gap)
    n = number_value("one" if m and m["n"].lower() in {"a", "an"} else (m["n"] if m else None))
    rng = _range(words, case.ctx)
    if began.verdict.value != "supported" or m is None or n is None or rng is None:
        return began
    claim, name, ctx = case.claim, case.name, case.ctx
    unit = 12 if m["unit"].lower() == "year" else 1
    claimed = (n + (0.5 if m["half"] else 0)) * unit
    stints = _stints(case.mine)
    index = next(i for i, s in enumerate(stints) if rng.contains(s[0]))
    evidence = [t.evidence(_describe(t, ctx)) for t in case.mine]
    if index == 0 or stints[index - 1][1] is None:
        return unverifiable(
            claim,
            f"{began.reason}; the reference records no earlier stint to count the time out from",
            evidence,
        )
    before, start = stints[index - 1][1], stints[index][0]
    actual = (start - before).days / DAYS_PER_MONTH
    claim["out_months"] = round(actual, 1)
    said = " ".join(gap.split())
    how = f"{name} was out of office from {before} to {start} (about {actual:.1f} months)"
    off = abs(claimed - actual)
    if off <= max(unit, 0.2 * actual):
        return supported(claim, f"{began.reason}; {how}", evidence)
    if off > 0.5 * actual:
        return conflicting(
            claim, f"{how}, not {said}", evidence, expected=f"about {actual:.0f} months", found=said
        )
    return unverifiable(claim, f"{how}; '{said}' is a loose figure for it", evidence)


def _succeeded(case: _Case, predecessor: Entity, began: str | None) -> Outcome:
    """ "who succeeded Nazarbayev in 2019", "who replaced Bennett as prime minister": a term of
    the person began when one of the predecessor's ended (and then, when a time is given)."""
    claim, name, office, mine, terms, ctx = (
        case.claim, case.name, case.office, case.mine, case.terms, case.ctx,
    )  # fmt: skip
    if not mine:
        return _not_held(case)
    before = {
        t.id: [p for p in terms if p.end and 0 <= (t.start - p.end).days <= SUCCESSION_DAYS]
        for t in mine
    }
    followed = [t for t in mine if any(p.person == predecessor.id for p in before[t.id])]
    evidence = [t.evidence(_describe(t, ctx)) for t in mine]
    if not followed:
        actual = [(t, p) for t in mine for p in before[t.id]]
        if not actual:
            return unverifiable(
                claim,
                f"the reference does not record who held {office.name} before {name}",
                evidence,
            )
        said = "; ".join(f"{ctx.reference.name(p.person)} (to {p.end})" for _, p in actual)
        return conflicting(
            claim,
            f"{name} took over as {office.name} from {said}, not from {predecessor.name}",
            evidence + [p.evidence(_describe(p, ctx)) for _, p in actual],
            expected=f"succeeded {said}",
            found=f"succeeded {predecessor.name}",
        )
    t = followed[0]
    prior = next(p for p in before[t.id] if p.person == predecessor.id)
    evidence.append(prior.evidence(_describe(prior, ctx)))
    if began:
        rng = _range(began, ctx)
        if rng is None:
            return unverifiable(claim, f"cannot read {began!r} as a date", evidence)
        claim["since"] = str(rng)
        if not (rng.contains(t.start) or rng.contains(prior.end or t.start)):
            if near_miss(rng, t.start):
                return unverifiable(
                    claim,
                    f"{name} succeeded {predecessor.name} on {t.start}, within a week of {rng}",
                    evidence,
                )
            return conflicting(
                claim,
                f"{name} succeeded {predecessor.name} as {office.name} on {t.start}, not {rng}",
                evidence,
                expected=f"succeeded {predecessor.name} on {t.start}",
                found=f"succeeded {predecessor.name} {' '.join(began.split())}",
            )
    return supported(
        claim,
        f"{name} succeeded {predecessor.name} as {office.name} on {t.start}",
        evidence,
    )


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
    # Every term of the person ended well before the earliest day the article can have been
    # written: a present title is wrong whatever that day is.
    if (
        mine
        and bound is not None
        and all(t.end is not None and (bound - t.end).days > NEAR_MISS_DAYS for t in mine)
        and not _told_in_past(case)
    ):
        spans = "; ".join(t.span_text() for t in mine)
        holders = [t for t in case.terms if t.covers(DateRange.day(bound))]
        others = (
            f"; on {bound} it was held by {', '.join(ctx.reference.name(t.person) for t in holders)}"
            if holders
            else ""
        )
        return conflicting(
            claim,
            f"{name} did not hold {office.name} when the article was written: held it {spans}, "
            f"and the article is no older than {bound} (the earliest day it can have been "
            f"written){others}",
            [t.evidence(_describe(t, ctx)) for t in mine + holders],
            expected=f"{name} held {office.name} {spans}",
            found=f"{office.name} {name} on or after {bound}",
        )
    return _unknown_date(case)


# "… has been quoted saying", "… told reporters": what the person said at some time before.
_PAST_REPORT = regex.compile(
    r"(?i)\b(?:said|told|wrote|stated|added|noted|declared|quoted|was|were|had|"
    r"(?:has|have)\s+been)\b"
)


def _told_in_past(case: _Case) -> bool:
    """Whether the title's sentence reports, in a past tense, something the person said or did:
    in an undated text the title may be the one held then (an encyclopedia quoting a former
    minister), so a title ended before the text's earliest date is no contradiction."""
    ctx, match = case.ctx, case.match
    _, end = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    return _PAST_REPORT.search(ctx.article.text, match.end, end) is not None


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


def _some_time_before(case: _Case) -> Outcome:
    """ "under the Obama administration" with no date of its own: a term of the person began by
    the article date; none is unverifiable (a hypothetical administration), not conflicting."""
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    moment = ctx.published or ctx.not_before
    earlier = [t for t in mine if moment is None or t.start <= moment]
    if earlier and moment is not None:
        spans = "; ".join(t.span_text() for t in earlier)
        return supported(
            claim,
            f"{name} held {office.name} {spans}, by {_article_date(ctx) if ctx.published else moment}",
            [t.evidence(_describe(t, ctx)) for t in earlier],
        )
    return unverifiable(
        claim,
        f"no term of {name} as {office.name} began by the article date that the reference "
        "records; a hypothetical or future administration cannot be checked",
        [t.evidence(_describe(t, ctx)) for t in mine],
    )


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


def _began(case: _Case, words: str, returned: bool = False) -> Outcome:
    """ "who became president of the UAE in May 2022", "was sworn in on Thursday as prime
    minister": a term of the person must start then; "who returned to office in December 2022":
    a stint that was not the first."""
    claim, name, office, mine, ctx = case.claim, case.name, case.office, case.mine, case.ctx
    began = _start_range(case, words)
    if began is None:
        return unverifiable(claim, f"cannot read {words!r} as a date")
    if returned:
        claim["returned"] = True
    if not mine:
        return _not_held(case)
    evidence = [t.evidence(_describe(t, ctx)) for t in mine]
    stints = _stints(mine)
    starting = [s for s in stints if began.contains(s[0])]
    if starting:
        if returned and starting[0] is stints[0]:
            return unverifiable(
                claim,
                f"{name} took office as {office.name} on {starting[0][0]}, but the reference "
                "records no earlier stint for a return",
                evidence,
            )
        return supported(
            claim, f"{name} took office as {office.name} on {starting[0][0]}", evidence
        )
    if any(near_miss(began, t.start) for t in mine):
        return unverifiable(
            claim,
            f"{name} took office as {office.name} within a week of {began}: the day an office "
            "changes hands is reported differently",
            evidence,
        )
    pool = stints[1:] if returned else stints
    starts = ", ".join(str(s[0]) for s in pool or stints)
    verb = "returned to office" if returned else "took office"
    return conflicting(
        claim,
        f"{name} {verb} as {office.name} on {starts}, not in {began}",
        evidence,
        expected=f"{verb} {starts}",
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
