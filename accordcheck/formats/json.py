"""``--format json``: one document, ``accordcheck.report/1`` (schemas/report.schema.json), with the
run's ``manifest`` (tool, rule and reference digests, options, and each input's digest and date)
after the totals.

Deterministic: the same input gives the same bytes."""

from __future__ import annotations

import json
from typing import IO, Any

from accordcheck.formats.base import Formatter, RunInfo
from accordcheck.record import ArticleReport, ReportCounts, report_header


class JsonFormatter(Formatter):
    def __init__(self, stream: IO[str], version: str, run: RunInfo | None = None):
        super().__init__(stream, version, run)
        self.articles: list[dict[str, Any]] = []
        self.inputs: list[dict[str, Any]] = []

    def article(self, report: ArticleReport) -> None:
        self.articles.append(report.to_json())
        self.inputs.append(report.input_json())

    def end(self, counts: ReportCounts) -> None:
        document = {
            **report_header(self.version),
            "articles": self.articles,
            "counts": counts.to_json(),
        }
        manifest = self.run.manifest_json(self.inputs)
        if manifest is not None:
            document["manifest"] = manifest
        self.stream.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
