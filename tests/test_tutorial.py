"""The tutorial pack (docs/tutorial): a second agreement added with YAML alone."""

from __future__ import annotations

from pathlib import Path

from accordcheck.api import Checker
from accordcheck.ruletest import run_examples

TUTORIAL = Path(__file__).resolve().parents[1] / "docs" / "tutorial"


def load() -> Checker:
    return Checker.from_paths(rules=[TUTORIAL / "rules"], reference=[TUTORIAL / "reference"])


def test_tutorial_rules_pass_their_examples() -> None:
    assert run_examples(load()) == []


def test_tutorial_article_verdicts() -> None:
    report = load().check_file(TUTORIAL / "article.txt")
    found = {(s.rule, s.verdict.value, " ".join(s.text.split())) for s in report.statements}
    assert (
        "camp-david.signatories",
        "supported",
        "Camp David Accords, signed by Egypt and Israel",
    ) in found
    assert (
        "camp-david.treaty-signed-on",
        "supported",
        "peace treaty between Egypt and Israel, signed on March 26, 1979",
    ) in found
    assert (
        "membership.joined",
        "supported",
        "Egypt signed the Camp David Accords in 1978",
    ) in found
    conflicts = [s for s in report.statements if s.verdict.value == "conflicting"]
    assert [" ".join(s.text.split()) for s in conflicts] == [
        "the parties to the Camp David Accords, Egypt and Jordan"
    ]
    assert conflicts[0].evidence[0].reference.startswith("camp-david.")


def test_shipped_pack_does_not_know_the_tutorial_agreement() -> None:
    report = Checker.default().check_text(
        "Egypt signed the Camp David Accords in 1978.", as_of="2019-01-01"
    )
    assert all(s.rule != "membership.joined" for s in report.statements)


def test_annotated_fixture_reports_each_broken_expectation(tmp_path: Path) -> None:
    from accordcheck.ruletest import run_fixture

    fixture = tmp_path / "f.txt"
    fixture.write_text(
        "Date: 2025-11-10\n"
        "# ruleid: office.title-before-name conflicting\n"
        "Kazakh President Kassym-Jomart Tokayev spoke.\n"
        "# ok: office.title-before-name\n"
        "Israeli Prime Minister Benjamin Netanyahu spoke.\n"
        "# ruleid: no.such.rule\n"
        "Nothing here.\n",
        encoding="utf-8",
    )
    count, failures = run_fixture(Checker.default(), fixture)
    assert count == 3
    assert [f.line for f in failures] == [2, 4, 6]
    assert "is supported, expected conflicting" in str(failures[0])
    assert "must find nothing on line 5" in str(failures[1])
    assert "unknown rule 'no.such.rule'" in str(failures[2])
