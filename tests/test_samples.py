"""The bundled sample articles (samples/), checked statement by statement against their answer key
(samples/gold.yaml, written with the articles; every planted error is marked PLANTED there).

Each gold statement must be found with its verdict. The few the rules do not find yet are listed
in KNOWN_MISSES with the reason; they are strict xfails, so a rule that starts finding one makes
this test fail until the list is updated.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accordcheck.api import Checker
from accordcheck.evaluate import evaluate, load_gold

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
GOLD = SAMPLES / "gold.yaml"

KNOWN_MISSES = {
    (
        "Trump hosted the leaders of the five Central Asian states at the White House for a C5+1 "
        "summit",
        "event_date",
    ): "an event named without any time expression",
    (
        "on Wednesday, Sept. 15, 2020",
        "event_date",
    ): "the event is named only as 'a ceremony' two clauses earlier",
    (
        "Kazakhstan's foreign ministry confirmed the decision a day later",
        "membership",
    ): "'a day later' is relative to another statement's date",
    ("gave the five capitals", "count"): "a count of capitals, not of countries",
    ("prime minister since 2022", "office"): "the person is the subject of an earlier clause",
    (
        "held at the White House on Thursday",
        "weekday",
    ): "a bare weekday is judged inside the event statement it dates (the summit)",
}

ENTRIES = load_gold(GOLD) if GOLD.exists() else []


@pytest.fixture(scope="module")
def result(checker: Checker):
    return evaluate(checker, GOLD)


def test_samples_are_at_least_five_articles_with_planted_errors() -> None:
    articles = sorted(SAMPLES.glob("*.txt"))
    assert len(articles) >= 5
    planted = {e.file for e in ENTRIES if e.verdict == "conflicting"}
    assert len(planted) >= 5


@pytest.mark.parametrize(
    "index",
    [
        pytest.param(
            i, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[(e.quote, e.kind)])
        )
        if (e.quote, e.kind) in KNOWN_MISSES
        else i
        for i, e in enumerate(ENTRIES)
    ],
    ids=[f"{e.file[:2]}-{e.kind}-{i}" for i, e in enumerate(ENTRIES)],
)
def test_sample_statement(result, index: int) -> None:
    gold, found = result.entries[index]
    assert found is not None, f"not found: {gold.quote!r} ({gold.kind}, {gold.verdict})"
    assert found.verdict.value == gold.verdict, f"{gold.quote!r}: {found.reason}"


def test_every_planted_error_is_caught(result) -> None:
    for gold, found in result.entries:
        if gold.verdict == "conflicting":
            assert found is not None and found.verdict.value == "conflicting", gold.quote


def test_eval_command_reports_accuracy(tmp_path) -> None:
    from typer.testing import CliRunner

    from accordcheck.cli import app

    out = CliRunner().invoke(app, ["eval", str(GOLD), "--format", "json", "--min-accuracy", "0.85"])
    assert out.exit_code == 0, out.output
    assert '"label_accuracy"' in out.output


def test_gold_entries_may_accept_several_verdicts_and_mark_must(checker, tmp_path) -> None:
    from accordcheck.evaluate import evaluate

    (tmp_path / "a.txt").write_text(
        "Date: 2025-11-07\n\nKazakhstan has had diplomatic relations with Israel since 1995.\n"
        "Saudi Arabia will eventually join the Abraham Accords, he said.\n",
        encoding="utf-8",
    )
    (tmp_path / "gold.yaml").write_text(
        "- {file: a.txt, quote: 'with Israel since 1995', kind: relations, verdict: supported,"
        " must: true}\n"
        "- {file: a.txt, quote: 'Saudi Arabia will eventually join', kind: membership,"
        " verdict: [unverifiable, supported]}\n",
        encoding="utf-8",
    )
    summary = evaluate(checker, tmp_path / "gold.yaml").to_json()
    assert summary["correct"] == 1
    assert summary["must"] == {"total": 1, "correct": 0}
    assert summary["false_conflicts"] == 1
    assert [m["expected"] for m in summary["misses"]] == ["supported"]
