"""Extraction: run every compiled rule over an article's shadow text and keep the offsets the
engine gave, mapped back to the article.

Rules run on the shadow text of :mod:`accordcheck.annotate` (each mention one character, a mark
at each sentence start), one paragraph at a time (the text between blank lines): a statement
never spans a blank line, while a rule's lookbehind still sees the text before its paragraph.
With a :class:`~accordcheck.prefilter.Prefilter`, a rule only runs on the paragraphs holding the
literals its matches need; the matches are the same.

A match carries its rule, its span and every named group's captures (article text and offsets,
and the mentions each holds). When two
matches of the same check kind overlap and one contains the other, or both captured the very
same time expression (two windows around one date), the longer one is the statement (it says
more); identical spans keep the earlier rule. Fallback rules (catch-alls) are compared only with
each other.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from accordcheck.annotate import Annotation, Mention
from accordcheck.prefilter import Prefilter, paragraphs
from accordcheck.rules import Rule

DEFAULT_TIMEOUT = 2.0
# Seconds of rule matching per article: past it the rest of the article is skipped, reported.
DEFAULT_BUDGET = 60.0


@dataclass(frozen=True)
class Capture:
    text: str
    start: int
    end: int
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Match:
    rule: Rule
    start: int
    end: int
    text: str
    groups: Mapping[str, tuple[Capture, ...]] = field(default_factory=dict)

    def group(self, name: str) -> Capture | None:
        """The first capture of a named group, or None when it did not take part."""
        caps = self.groups.get(name)
        return caps[0] if caps else None

    def value(self, name: str) -> str | None:
        cap = self.group(name)
        return cap.text if cap else None

    def all(self, name: str) -> tuple[Capture, ...]:
        return self.groups.get(name, ())

    @property
    def said(self) -> str:
        """The matched text on one line, whitespace collapsed: what a verdict quotes as found."""
        return " ".join(self.text.split())


@dataclass(frozen=True)
class RuleTimeout:
    rule: Rule
    seconds: float


@dataclass(frozen=True)
class BudgetSpent:
    """The article's time budget ran out: the text from ``offset`` on was not checked."""

    seconds: float
    offset: int


def run_rule(
    rule: Rule,
    annotation: Annotation,
    timeout: float = DEFAULT_TIMEOUT,
    start: int = 0,
    end: int | None = None,
    before: int | None = None,
) -> list[Match]:
    """All non-overlapping matches of one rule in ``shadow[start:end]`` (lookbehinds see the
    text before ``start``), in article offsets, only those starting before ``before`` when
    given; raises TimeoutError past ``timeout`` seconds."""
    out = []
    names = list(rule.compiled.groupindex)
    text = annotation.text

    def capture(s: int, e: int) -> Capture:
        a = annotation.to_text(s)
        b = max(a, annotation.to_text(e, end=True))
        return Capture(text[a:b], a, b, tuple(annotation.mentions_in_shadow(s, e)))

    for m in rule.compiled.finditer(annotation.shadow, start, end, timeout=timeout):
        if m.end() == m.start():
            continue
        if before is not None and m.start() >= before:
            break
        groups = {}
        for name in names:
            spans = [(s, e) for s, e in m.spans(name) if s >= 0]
            if spans:
                groups[name] = tuple(capture(s, e) for s, e in spans)
        a, b = annotation.to_text(m.start()), annotation.to_text(m.end(), end=True)
        out.append(Match(rule, a, b, text[a:b], groups))
    return out


def extract(
    annotation: Annotation,
    rules: Iterable[Rule],
    timeout: float = DEFAULT_TIMEOUT,
    prefilter: Prefilter | None = None,
    budget: float | None = None,
) -> tuple[list[Match], list[RuleTimeout | BudgetSpent]]:
    """Matches of every rule in text order (containment resolved per kind), and what was not
    done: rules that timed out on this text (``timeout`` seconds in all; skipped for it), and,
    past ``budget`` seconds for the whole article, the paragraphs left unchecked."""
    rules = list(rules)
    order = {rule.id: i for i, rule in enumerate(rules)}
    shadow = annotation.shadow
    plan: Iterable[tuple[int, int, Sequence[tuple[Rule, Sequence[tuple[int, int]]]]]] = (
        prefilter.windows(shadow, rules)
        if prefilter is not None
        else ((a, b, [(rule, [(a, b)]) for rule in rules]) for a, b in paragraphs(shadow))
    )
    found: list[tuple[int, Match]] = []
    timeouts: list[RuleTimeout | BudgetSpent] = []
    began = time.perf_counter()
    dropped: set[str] = set()
    for a, b, runnable in plan:
        if budget is not None and time.perf_counter() - began > budget:
            timeouts.append(BudgetSpent(budget, annotation.to_text(a)))
            break
        for rule, spans in runnable:
            if rule.id in dropped:
                continue  # timed out earlier in this text
            try:
                for pos, endpos in spans:
                    # A run cut inside the paragraph ends with the next sentence's mark: a
                    # match starting on it belongs to that sentence (see Prefilter.windows).
                    before = endpos - 1 if endpos < b else None
                    found.extend(
                        (order[rule.id], m)
                        for m in run_rule(rule, annotation, timeout, pos, endpos, before)
                    )
            except TimeoutError:
                timeouts.append(RuleTimeout(rule, timeout))
                dropped.add(rule.id)
    if timeouts:  # a rule that timed out is skipped for the whole text
        skipped = {t.rule.id for t in timeouts if isinstance(t, RuleTimeout)}
        found = [(o, m) for o, m in found if m.rule.id not in skipped]
    return _drop_contained(found), timeouts


def _drop_contained(found: list[tuple[int, Match]]) -> list[Match]:
    # Longest first so a kept match can shadow every shorter one it contains or repeats. Kept
    # matches are filed by the blocks of text they cover, so that each new match is compared
    # with the few near it, not with every one kept so far.
    found.sort(key=lambda om: (-(om[1].end - om[1].start), om[1].start, om[0]))
    kept: list[Match] = []
    near: dict[tuple[str, int], list[Match]] = {}
    for _, m in found:
        blocks = range(m.start // _BLOCK, (max(m.start, m.end - 1)) // _BLOCK + 1)
        family = _family(m)
        others = {id(k): k for b in blocks for k in near.get((family, b), ())}
        if any(
            (k.start <= m.start and m.end <= k.end) or _same_claim(k, m) for k in others.values()
        ):
            continue
        for b in blocks:
            near.setdefault((family, b), []).append(m)
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept


_BLOCK = 256


def _family(m: Match) -> str:
    """Matches shadow each other within a check kind; a fallback rule's (a catch-all, shown only
    where nothing else is: see verify) never hides a specific rule's."""
    return f"{m.rule.check}:fallback" if m.rule.fallback else m.rule.check


def _same_claim(kept: Match, other: Match) -> bool:
    """Overlapping matches that captured the very same time expression say the same thing (two
    windows around one date); sharing a country or a person does not make two claims one."""
    if other.start >= kept.end or kept.start >= other.end:
        return False
    spans = {(c.start, c.end) for c in kept.all("when")}
    return any((c.start, c.end) in spans for c in other.all("when"))
