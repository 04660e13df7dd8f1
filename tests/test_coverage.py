"""--coverage: sentences that look checkable but gave no statement are listed, in the table and
in JSON (checked against the published schema)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from accordcheck.api import Checker
from accordcheck.cli import app

SCHEMA = Path(__file__).resolve().parents[1] / "accordcheck" / "schemas" / "report.schema.json"
TEXT = (
    "Date: 2025-11-07\n\n"
    "Kazakhstan has had diplomatic relations with Israel since 1992.\n"
    "Bahrain quietly mulled things over with Morocco in 2031 at a garden party.\n"
    "The weather was fine.\n"
)


def test_a_checkable_sentence_without_a_statement_is_a_gap(checker: Checker) -> None:
    checker.coverage = True
    try:
        report = checker.check_text(TEXT)
    finally:
        checker.coverage = False
    cov = report.coverage
    assert cov is not None and cov.sentences == 2 and cov.with_statement == 1
    (gap,) = cov.gaps
    assert gap.text.startswith("Bahrain quietly mulled")
    assert gap.names == ("bahrain", "morocco") and gap.why == "gives a time"
    assert TEXT[gap.span.start : gap.span.end].startswith("Bahrain") and gap.span.line == 4


def test_coverage_off_by_default_and_in_json_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    plain = CliRunner().invoke(app, ["scan", str(path), "--format", "json", "-j", "1"])
    assert "coverage" not in json.loads(plain.stdout)["articles"][0]
    asked = CliRunner().invoke(
        app, ["scan", str(path), "--format", "json", "-j", "1", "--coverage"]
    )
    document = json.loads(asked.stdout)
    jsonschema.validate(document, json.loads(SCHEMA.read_text(encoding="utf-8")))
    coverage = document["articles"][0]["coverage"]
    assert coverage["sentences"] == 2 and coverage["with_statement"] == 1
    assert coverage["gaps"][0]["span"]["line"] == 4
    table = CliRunner().invoke(app, ["scan", str(path), "--coverage", "-j", "1"])
    assert "1 of 2 sentences that look checkable gave a statement" in table.stdout
    assert "4:1  Bahrain quietly mulled" in table.stdout
