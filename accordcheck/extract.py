"""Extraction: run every compiled rule over an article and keep the offsets the engine gave.

A match carries its rule, its span and every named group's captures (text and offsets). When two
matches of the same check kind overlap and one contains the other, or both captured the very
same time expression (two windows around one date), the longer one is the statement (it says
more); identical spans keep the earlier rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from accordcheck.rules import Rule

DEFAULT_TIMEOUT = 2.0


@dataclass(frozen=True)
class Capture:
    text: str
    start: int
    end: int


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


@dataclass(frozen=True)
class RuleTimeout:
    rule: Rule
    seconds: float


def run_rule(rule: Rule, text: str, timeout: float = DEFAULT_TIMEOUT) -> list[Match]:
    """All non-overlapping matches of one rule; raises TimeoutError past ``timeout`` seconds."""
    out = []
    names = list(rule.compiled.groupindex)
    for m in rule.compiled.finditer(text, timeout=timeout):
        if m.end() == m.start():
            continue
        groups = {}
        for name in names:
            spans = m.spans(name)
            caps = m.captures(name)
            if caps:
                groups[name] = tuple(
                    Capture(c, s, e) for c, (s, e) in zip(caps, spans, strict=False) if s >= 0
                )
        out.append(Match(rule, m.start(), m.end(), m.group(), groups))
    return out


def extract(
    text: str, rules: Iterable[Rule], timeout: float = DEFAULT_TIMEOUT
) -> tuple[list[Match], list[RuleTimeout]]:
    """Matches of every rule in text order (containment resolved per kind), and rules that timed
    out on this text (they are skipped for it and reported)."""
    found: list[tuple[int, Match]] = []
    timeouts: list[RuleTimeout] = []
    for order, rule in enumerate(rules):
        try:
            found.extend((order, m) for m in run_rule(rule, text, timeout))
        except TimeoutError:
            timeouts.append(RuleTimeout(rule, timeout))
    return _drop_contained(found), timeouts


def _drop_contained(found: list[tuple[int, Match]]) -> list[Match]:
    # Longest first so a kept match can shadow every shorter one it contains or repeats.
    found.sort(key=lambda om: (-(om[1].end - om[1].start), om[1].start, om[0]))
    kept: list[Match] = []
    by_kind: dict[str, list[Match]] = {}
    for _, m in found:
        same_kind = by_kind.setdefault(m.rule.check, [])
        if any((k.start <= m.start and m.end <= k.end) or _same_claim(k, m) for k in same_kind):
            continue
        same_kind.append(m)
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept


def _same_claim(kept: Match, other: Match) -> bool:
    """Overlapping matches that captured the very same time expression say the same thing (two
    windows around one date); sharing a country or a person does not make two claims one."""
    if other.start >= kept.end or kept.start >= other.end:
        return False
    spans = {(c.start, c.end) for c in kept.all("when")}
    return any((c.start, c.end) in spans for c in other.all("when"))
