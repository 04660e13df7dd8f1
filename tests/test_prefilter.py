"""The prefilter skips only rules that could not have matched: extraction with and without it is
identical on every shipped article, on the rules' own examples and on generated text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accordcheck.api import Checker
from accordcheck.extract import extract
from accordcheck.prefilter import Literal, required_factors

ROOT = Path(__file__).resolve().parents[1]


def _same(checker: Checker, text: str) -> None:
    full, _ = extract(text, checker.rules, 5.0)
    gated, _ = extract(text, checker.prefilter.runnable(text), 5.0)
    assert [(m.rule.id, m.start, m.end) for m in gated] == [
        (m.rule.id, m.start, m.end) for m in full
    ]


def test_identical_on_shipped_articles(checker: Checker) -> None:
    paths = [*ROOT.glob("samples/*.txt"), *ROOT.glob("tests/fixtures/heldout/*.txt")]
    seeds = ROOT.parent / "shared" / "seeds"
    paths += sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    for path in paths:
        _same(checker, path.read_text(encoding="utf-8"))


def test_identical_on_rule_examples(checker: Checker) -> None:
    for rule in checker.rules:
        for example in (*rule.matches, *rule.non_matches):
            _same(checker, example.text)


def test_it_skips_something_on_unrelated_text(checker: Checker) -> None:
    text = "The council approved the new bus timetable after a long debate about parking."
    assert len(checker.prefilter.runnable(text)) < len(checker.rules)


def test_required_factors_of_simple_patterns() -> None:
    assert required_factors(r"Abraham\s+Accords") == [
        frozenset({Literal("Abraham", False)}),
        frozenset({Literal("Accords", False)}),
    ]
    assert required_factors(r"(?:treaty)?") == []
    assert required_factors(r"(?i:peace)") == [frozenset({Literal("peace", True)})]
    assert required_factors(r"(?:Egypt|Jordan)\s+\d{4}") == [
        frozenset({Literal("Egypt", False), Literal("Jordan", False)})
    ]


WORDS = [
    "Kazakhstan", "Israel", "joined", "the", "Abraham", "Accords", "in", "2020", "since", "1992",
    "President", "Donald", "Trump", "former", "Thursday", "(Nov", "7)", "relations", "with",
    "for", "more", "than", "30", "years", "Jordan", "peace", "treaty", "five", "Central", "Asian",
    "countries", "the", "fifth", "country", "to", "join", "Sudan", "Morocco", "signed", ",", ".",
    "Crown", "Prince", "Mohammed", "bin", "Salman", "visit", "White", "House", "November", "18",
]  # fmt: skip


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_identical_on_generated_text(checker: Checker, words: list[str]) -> None:
    _same(checker, " ".join(words))
