"""A second, independently written set of articles (tests/fixtures/heldout), in the styles of
wire services, agencies, explainers and a retrospective. Its author did not read the rules; it
measures how the rules generalise. The thresholds guard against regressions: no false conflict
at all, labels right, and recall no lower than measured when the set was added."""

from __future__ import annotations

from pathlib import Path

from accordcheck.api import Checker
from accordcheck.evaluate import evaluate

GOLD = Path(__file__).resolve().parent / "fixtures" / "heldout" / "gold.yaml"


def test_heldout_scores(checker: Checker) -> None:
    summary = evaluate(checker, GOLD).to_json()
    conflicting = summary["per_verdict"]["conflicting"]
    assert conflicting["precision"] == 1.0, [
        m for m in summary["misses"] if m["got"] == "conflicting"
    ]
    assert summary["label_accuracy"] >= 0.95
    assert summary["end_to_end_accuracy"] >= 0.58
