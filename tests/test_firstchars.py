"""The first-character hint changes no match: every shipped rule finds the same spans with and
without it, on the shipped articles and on generated text; the FIRST set is computed soundly."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accordcheck.api import Checker
from accordcheck.firstchars import first_chars, with_hint
from accordcheck.rules import expand_macros

ROOT = Path(__file__).resolve().parents[1]


class _Where:
    def error(self, message: str, _key: str) -> Exception:
        return AssertionError(message)


def _pairs(checker: Checker) -> list[tuple[str, regex.Pattern, regex.Pattern]]:
    out = []
    for rule in checker.rules:
        if rule.search != "forward":
            continue  # only forward scans get a hint
        plain = checker.lexicon.expand(
            expand_macros(rule.pattern, checker.rules.macros, _Where(), "pattern")
        )
        out.append((rule.id, regex.compile(plain, regex.VERSION0), rule.compiled))
    return out


def _texts() -> list[str]:
    paths = [*ROOT.glob("samples/*.txt"), *ROOT.glob("tests/fixtures/heldout/*.txt")]
    seeds = ROOT.parent / "shared" / "seeds"
    paths += sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    return [p.read_text(encoding="utf-8") for p in paths]


def _shadows(checker: Checker, texts: list[str]) -> list[str]:
    """Rules run on the shadow text (names as one character each)."""
    return [checker.lexicon.annotate(t).shadow for t in texts]


def test_some_shipped_rules_get_a_hint(checker: Checker) -> None:
    hinted = [r.id for r in checker.rules if r.compiled.pattern.startswith("(?=")]
    assert "count.group-members" in hinted
    assert len(hinted) < len(checker.rules)  # rules the engine already skips through: left alone


def test_same_matches_with_and_without_the_hint(checker: Checker) -> None:
    texts = _shadows(checker, _texts())
    for rule_id, plain, hinted in _pairs(checker):
        for text in texts:
            assert [m.span() for m in hinted.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], rule_id


WORDS = [
    "on", "Thursday", "(Nov.", "7)", "November", "6,", "2025", "since", "1992", "the", "Abraham",
    "Accords", "Kazakhstan", "joined", "said", "in", "2020", "decades", "of", "relations",
    "TODAY", "last", "week", "Friday,", "Sept.", "15", "\n", "\n\n", "-", "'", "’", ",", ".",
]  # fmt: skip


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
def test_same_matches_on_generated_text(checker: Checker, words: list[str]) -> None:
    text = checker.lexicon.annotate(" ".join(words)).shadow
    for rule_id, plain, hinted in _pairs(checker):
        assert [m.span() for m in hinted.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], rule_id


def test_first_sets() -> None:
    assert first_chars(r"(?<![\w-])(?:on\s+)?Thursday") == "[To]"
    assert first_chars(r"(?i:peace)|\d+") == r"(?:[\d]|(?i:[p]))"
    assert first_chars(r"(?:the\s+)?[A-Z]\w+") == "[A-Zt]"
    # Unbounded: a match may be empty, start anywhere, or use syntax only regex knows.
    assert first_chars(r"(?:treaty)?") is None
    assert first_chars(r".treaty") is None
    assert first_chars(r"[^a]treaty") is None
    assert first_chars(r"\p{Lu}reaty") is None
    assert first_chars(r"(?x) treaty # comment") is None


def test_hint_is_a_lookahead_in_front() -> None:
    pattern = r"(?<![\w-])(?:on\s+)?(?<![0-9])(?:[12][0-9]|[1-9])\s+November"
    hinted = with_hint(pattern)
    assert hinted.startswith("(?=") and hinted.endswith(f"(?:{pattern})")
    text = "It happened on 6 November, not 16 November or x6 November."
    assert [m.span() for m in regex.finditer(hinted, text)] == [
        m.span() for m in regex.finditer(pattern, text)
    ]
