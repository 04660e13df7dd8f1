"""event_date: a clause naming its own agreement is never dated by another sentence's event."""

from __future__ import annotations

from pathlib import Path

from accordcheck import Checker

TUTORIAL = Path(__file__).resolve().parents[2] / "docs" / "tutorial"


def test_a_clause_naming_its_own_accords_is_not_read_as_the_previous_sentences_event():
    # The tutorial pack knows the 1979 treaty signing as an event, triggered by "peace treaty
    # between Egypt and Israel" in the sentence before. "Egypt signed the Camp David Accords in
    # 1978" is about the accords (1978), not the treaty (1979): no conflict.
    checker = Checker.from_paths(rules=[TUTORIAL / "rules"], reference=[TUTORIAL / "reference"])
    text = (
        "A peace treaty between Egypt and Israel followed on March 26, 1979. "
        "Egypt signed the Camp David Accords in 1978, after talks at the presidential retreat."
    )
    report = checker.check_text(text, as_of="2019-03-26")
    assert [s.text for s in report.statements if s.verdict.value == "conflicting"] == []
    assert any(s.kind == "membership" and s.verdict.value == "supported" for s in report.statements)
