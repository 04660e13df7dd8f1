"""``--format sarif``: a SARIF 2.1.0 log (OASIS), as code-scanning services and editors read it.

One run. ``tool.driver.rules`` lists every rule of the loaded pack (its description as help);
one result per statement:

========================  =======  =======  ==============================================
verdict                   kind     level    shown by code scanning
========================  =======  =======  ==============================================
conflicting               fail     error    as an error
unverifiable              fail     note     as a note
supported                 pass     none     kept for the record; viewers of failures hide it
========================  =======  =======  ==============================================

(SARIF requires ``level: none`` on any result whose kind is not ``fail``.) The message is the
reason, then ``expected:`` and ``found:`` for a conflict. The location gives the artifact's URI
and the region as line/column (columns and character offsets count Unicode code points:
``run.columnKind``) plus ``charOffset``/``charLength``. ``partialFingerprints`` carries the
statement fingerprint (``accordcheckStatement/v1``), the one baselines use; a statement reviewed
in a baseline carries an accepted external suppression with the baseline's note. The evidence,
the claim and the verdict are in each result's ``properties``; ``run.artifacts`` lists every input
with its SHA-256, ``run.properties.manifest`` is the run's manifest. Unreadable inputs are
``toolExecutionNotifications``.
"""

from __future__ import annotations

import json
import urllib.parse
from pathlib import PurePath
from typing import IO, Any

from accordcheck.formats.base import Formatter, RunInfo
from accordcheck.record import ArticleReport, ReportCounts, Statement, Verdict

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://accordcheck.invalid/"
FINGERPRINT_KEY = "accordcheckStatement/v1"
KIND_LEVEL = {
    Verdict.CONFLICTING: ("fail", "error"),
    Verdict.UNVERIFIABLE: ("fail", "note"),
    Verdict.SUPPORTED: ("pass", "none"),
}


def artifact_uri(path: str) -> str:
    """A URI reference for a path as given: relative paths stay relative (percent-encoded),
    absolute ones become file: URIs."""
    pure = PurePath(path)
    quoted = urllib.parse.quote(pure.as_posix(), safe="/")
    return f"file://{quoted}" if pure.is_absolute() else quoted


class SarifFormatter(Formatter):
    def __init__(self, stream: IO[str], version: str, run: RunInfo | None = None):
        super().__init__(stream, version, run)
        self.rule_index = {rule.id: i for i, rule in enumerate(self.run.rules)}
        self.artifacts: list[dict[str, Any]] = []
        self.artifact_index: dict[str, int] = {}
        self.results: list[dict[str, Any]] = []
        self.notifications: list[dict[str, Any]] = []
        self.inputs: list[dict[str, Any]] = []

    def article(self, report: ArticleReport) -> None:
        self.inputs.append(report.input_json())
        index = self._artifact(report)
        location = {"uri": artifact_uri(report.path), "index": index}
        for level, messages in (("error", report.errors), ("warning", report.warnings)):
            for message in messages:
                self.notifications.append(
                    {
                        "level": level,
                        "message": {"text": message},
                        "locations": [{"physicalLocation": {"artifactLocation": location}}],
                    }
                )
        for statement in report.statements:
            self.results.append(self._result(statement, location, report))

    def _artifact(self, report: ArticleReport) -> int:
        if report.path not in self.artifact_index:
            artifact: dict[str, Any] = {"location": {"uri": artifact_uri(report.path)}}
            if report.sha256:
                artifact["hashes"] = {"sha-256": report.sha256}
            self.artifact_index[report.path] = len(self.artifacts)
            self.artifacts.append(artifact)
        return self.artifact_index[report.path]

    def _result(
        self, s: Statement, location: dict[str, Any], report: ArticleReport
    ) -> dict[str, Any]:
        kind, level = KIND_LEVEL[s.verdict]
        message = s.reason
        if s.expected is not None:
            message += f"\nexpected: {s.expected}\nfound: {s.found or ''}"
        region: dict[str, Any] = {"startLine": s.span.line, "startColumn": s.span.column}
        if s.span.end_line:
            region.update(endLine=s.span.end_line, endColumn=s.span.end_column)
        region.update(
            charOffset=s.span.start,
            charLength=s.span.end - s.span.start,
            snippet={"text": s.text},
        )
        result: dict[str, Any] = {"ruleId": s.rule}
        if s.rule in self.rule_index:
            result["ruleIndex"] = self.rule_index[s.rule]
        result.update(
            kind=kind,
            level=level,
            message={"text": message},
            locations=[{"physicalLocation": {"artifactLocation": location, "region": region}}],
            partialFingerprints={FINGERPRINT_KEY: s.fingerprint},
        )
        if s.reviewed is not None:
            result["suppressions"] = [
                {"kind": "external", "status": "accepted", "justification": s.reviewed}
            ]
        properties: dict[str, Any] = {
            "statement": s.id,
            "verdict": s.verdict.value,
            "checkKind": s.kind,
            "claim": dict(s.claim),
            "evidence": [e.to_json() for e in s.evidence],
            "published": report.published.to_json(),
        }
        if s.expected is not None:
            properties.update(expected=s.expected, found=s.found)
        result["properties"] = properties
        return result

    def end(self, counts: ReportCounts) -> None:
        driver: dict[str, Any] = {
            "name": "accordcheck",
            "version": self.version,
            "informationUri": INFORMATION_URI,
            "rules": [
                {
                    "id": rule.id,
                    "name": rule.id,
                    "shortDescription": {"text": rule.description},
                    "help": {"text": f"{rule.description}\n\nCheck kind: {rule.check}."},
                    "properties": {"checkKind": rule.check},
                }
                for rule in self.run.rules
            ],
        }
        run: dict[str, Any] = {
            "tool": {"driver": driver},
            "invocations": [
                {
                    "executionSuccessful": True,
                    "toolExecutionNotifications": self.notifications,
                }
            ],
            "columnKind": "unicodeCodePoints",
            "newlineSequences": ["\r\n", "\n", "\r"],
            "artifacts": self.artifacts,
            "results": self.results,
        }
        properties: dict[str, Any] = {"counts": counts.to_json()}
        manifest = self.run.manifest_json(self.inputs)
        if manifest is not None:
            properties["manifest"] = manifest
        run["properties"] = properties
        log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
        self.stream.write(json.dumps(log, ensure_ascii=False, indent=2) + "\n")
