"""``--format csv``: one row per statement, for a spreadsheet or a data frame. RFC 4180 (the
``csv`` module; CRLF line ends; fields quoted when they hold a comma, a quote or a line break),
UTF-8, with a header row.

Columns: path, published, id, fingerprint, rule, kind, verdict, line, column, end_line,
end_column, start, end, text, reason, expected, found, reviewed, evidence (one line per reference
row: ``reference — fact — source``), claim (JSON). Unreadable inputs have no row (they are on
stderr and in the manifest).

Safe to open in a spreadsheet: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return (which a spreadsheet may run as a formula) is prefixed with a single quote.

A CSV file has no place for the run's manifest: with ``--output FILE`` it is written beside it
as ``FILE.manifest.json``."""

from __future__ import annotations

import csv
import json
from typing import IO, Any

from accordcheck.formats.base import Formatter, RunInfo
from accordcheck.record import ArticleReport, Statement

COLUMNS = (
    "path", "published", "id", "fingerprint", "rule", "kind", "verdict", "line", "column",
    "end_line", "end_column", "start", "end", "text", "reason", "expected", "found", "reviewed",
    "evidence", "claim",
)  # fmt: skip
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


class CsvFormatter(Formatter):
    def __init__(self, stream: IO[str], version: str, run: RunInfo | None = None):
        super().__init__(stream, version, run)
        self.writer = csv.writer(stream, lineterminator="\r\n")
        self.inputs: list[dict[str, Any]] = []

    def begin(self) -> None:
        self.writer.writerow(COLUMNS)

    def article(self, report: ArticleReport) -> None:
        self.inputs.append(report.input_json())
        for s in report.statements:
            self.writer.writerow([cell(v) for v in self._values(report, s)])

    @staticmethod
    def _values(report: ArticleReport, s: Statement) -> tuple[Any, ...]:
        evidence = "\n".join(f"{e.reference} — {e.fact} — {e.source}" for e in s.evidence)
        claim = json.dumps(dict(s.claim), ensure_ascii=False)
        span = s.span
        return (
            report.path, report.published.date, s.id, s.fingerprint, s.rule, s.kind,
            s.verdict.value, span.line, span.column, span.end_line or None,
            span.end_column or None, span.start, span.end, s.text, s.reason, s.expected,
            s.found, s.reviewed, evidence, claim,
        )  # fmt: skip

    def sidecar(self) -> str | None:
        manifest = self.run.manifest_json(self.inputs)
        if manifest is None:
            return None
        return json.dumps({"manifest": manifest}, ensure_ascii=False, indent=2) + "\n"
