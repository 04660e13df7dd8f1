"""Compare two articles' claims: where they agree, where they contradict each other, and what
only one of them states. Not a text diff: a diff of the normalised claims both reports hold.

    >>> from accordcheck import Checker
    >>> from accordcheck.diff import diff_reports
    >>> checker = Checker.default()
    >>> diff = diff_reports(checker.check_file("a.txt"), checker.check_file("b.txt"))
    >>> diff.counts
    {'contradict': 2, 'agree': 7, 'only_a': 4, 'only_b': 9}

Alignment: each statement's claim gets a key from its check kind (``claim_key``: the kind and the
subject, e.g. ``relations:israel|kazakhstan``), never from its wording. A statement whose claim
has no key (nothing the kind can align on) is listed as said in its article only.

Several statements of one article can share a key (a claim repeated, or several claims about one
subject: "since 1992" and "for decades"). Every statement of A is compared with every statement
of B under that key; the pair is a contradiction if any two contradict. It is shown by one
representative from each side: among the contradicting combinations if there are any, the first
in text order that involves a statement the reference finds conflicting, else the first. The ids
of the other statements under that key are kept in ``same_key``. A key held by one side only
gives one ``only_a``/``only_b`` pair, represented the same way.

Compatibility is decided by the kind (``compare``), from the claims and each article's own date.
When the kind finds two claims incompatible but the reference supports both statements, the
reference shows how both hold (an announcement and a signing in different years; a summit over
two days), so the pair agrees and the reason says so. Each side keeps its own verdict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from accordcheck.checks import comparator
from accordcheck.checks.alignment import CONTRADICT
from accordcheck.record import ArticleReport, Statement, Verdict

DIFF_SCHEMA = "accordcheck.diff/1"


class Relation(str, Enum):
    CONTRADICT = "contradict"
    AGREE = "agree"
    ONLY_A = "only_a"
    ONLY_B = "only_b"

    def __str__(self) -> str:
        return self.value


RELATION_ORDER = tuple(Relation)


@dataclass(frozen=True)
class Pair:
    """One aligned claim: both sides' representative statements (one is None for only_a/only_b),
    why they relate so, and the ids of the other statements each side has under the same key."""

    relation: Relation
    key: str | None
    a: Statement | None
    b: Statement | None
    reason: str
    same_key_a: tuple[str, ...] = ()
    same_key_b: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "relation": self.relation.value,
            "key": self.key,
            "a": self.a.to_json() if self.a else None,
            "b": self.b.to_json() if self.b else None,
            "reason": self.reason,
            "same_key": {"a": list(self.same_key_a), "b": list(self.same_key_b)},
        }


@dataclass(frozen=True)
class DiffReport:
    """The two article reports and their aligned pairs, contradictions first."""

    a: ArticleReport
    b: ArticleReport
    pairs: tuple[Pair, ...]

    @property
    def counts(self) -> dict[str, int]:
        return {r.value: sum(p.relation is r for p in self.pairs) for r in RELATION_ORDER}

    @property
    def contradicts(self) -> bool:
        return any(p.relation is Relation.CONTRADICT for p in self.pairs)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": DIFF_SCHEMA,
            "a": _side(self.a),
            "b": _side(self.b),
            "pairs": [p.to_json() for p in self.pairs],
            "counts": self.counts,
        }


def _side(report: ArticleReport) -> dict[str, Any]:
    return {"path": report.path, "published": report.published.to_json()}


def diff_reports(a: ArticleReport, b: ArticleReport) -> DiffReport:
    """Align the claims of two reports (see the module docstring). An unreadable report has no
    statements, so everything the other states is listed as said there only: check ``readable``
    first."""
    a_day, b_day = _day(a), _day(b)
    keyed_a, alone_a = _by_key(a.statements)
    keyed_b, alone_b = _by_key(b.statements)
    unaligned = "the claim names no subject to align on"
    pairs = [_alone(Relation.ONLY_A, None, [s], unaligned) for s in alone_a]
    pairs += [_alone(Relation.ONLY_B, None, [s], unaligned) for s in alone_b]
    for key in [*keyed_a, *(k for k in keyed_b if k not in keyed_a)]:
        mine, theirs = keyed_a.get(key, []), keyed_b.get(key, [])
        if mine and theirs:
            pairs.append(_aligned(key, mine, theirs, a_day, b_day))
        elif mine:
            pairs.append(_alone(Relation.ONLY_A, key, mine, "B states nothing under this key"))
        else:
            pairs.append(_alone(Relation.ONLY_B, key, theirs, "A states nothing under this key"))
    return DiffReport(a, b, tuple(sorted(pairs, key=_order)))


def _day(report: ArticleReport) -> dt.date | None:
    return dt.date.fromisoformat(report.published.date) if report.published.date else None


def _by_key(
    statements: Iterable[Statement],
) -> tuple[dict[str, list[Statement]], list[Statement]]:
    """Statements grouped by key in text order, and those without a key."""
    keyed: dict[str, list[Statement]] = {}
    alone: list[Statement] = []
    for s in statements:
        key = comparator(s.kind).claim_key(s.claim)
        if key is None:
            alone.append(s)
        else:
            keyed.setdefault(key, []).append(s)
    return keyed, alone


def _conflicting(*statements: Statement) -> bool:
    return any(s.verdict is Verdict.CONFLICTING for s in statements)


def _aligned(
    key: str,
    mine: Sequence[Statement],
    theirs: Sequence[Statement],
    a_day: dt.date | None,
    b_day: dt.date | None,
) -> Pair:
    judged = [(x, y, *_relate(x, y, a_day, b_day)) for x in mine for y in theirs]
    contradictions = [j for j in judged if j[2] is Relation.CONTRADICT]
    x, y, relation, reason = min(
        contradictions or judged, key=lambda j: not _conflicting(j[0], j[1])
    )
    return Pair(relation, key, x, y, reason, _others(mine, x), _others(theirs, y))


def _relate(
    x: Statement, y: Statement, a_day: dt.date | None, b_day: dt.date | None
) -> tuple[Relation, str]:
    relation, reason = comparator(x.kind).compare(x.claim, y.claim, a_day, b_day)
    if relation != CONTRADICT:
        return Relation.AGREE, reason
    if x.verdict is Verdict.SUPPORTED and y.verdict is Verdict.SUPPORTED:
        return Relation.AGREE, (
            f"{reason}; but the reference supports both: A: {x.reason}; B: {y.reason}"
        )
    return Relation.CONTRADICT, reason


def _alone(
    relation: Relation, key: str | None, statements: Sequence[Statement], reason: str
) -> Pair:
    shown = next((s for s in statements if _conflicting(s)), statements[0])
    others = _others(statements, shown)
    if relation is Relation.ONLY_A:
        return Pair(relation, key, shown, None, reason, same_key_a=others)
    return Pair(relation, key, None, shown, reason, same_key_b=others)


def _others(statements: Sequence[Statement], shown: Statement) -> tuple[str, ...]:
    return tuple(s.id for s in statements if s is not shown)


def _order(pair: Pair) -> tuple[int, int, int]:
    """Contradictions first; within a relation, in A's text order, then B's."""
    far = 1 << 62
    return (
        RELATION_ORDER.index(pair.relation),
        pair.a.span.start if pair.a else far,
        pair.b.span.start if pair.b else far,
    )
