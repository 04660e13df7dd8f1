"""``--format json``: one document, ``accordcheck.report/1`` (schemas/report.schema.json).

Deterministic: the same input gives the same bytes."""

from __future__ import annotations

import json
from typing import IO, Any

from accordcheck.formats.base import Formatter
from accordcheck.record import ArticleReport, ReportCounts, report_header


class JsonFormatter(Formatter):
    def __init__(self, stream: IO[str], version: str):
        super().__init__(stream, version)
        self.articles: list[dict[str, Any]] = []

    def article(self, report: ArticleReport) -> None:
        self.articles.append(report.to_json())

    def end(self, counts: ReportCounts) -> None:
        document = {
            **report_header(self.version),
            "articles": self.articles,
            "counts": counts.to_json(),
        }
        self.stream.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
