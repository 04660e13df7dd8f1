"""``--format jsonl``: one statement per line with ``path`` added; an unreadable input gives one
line ``{"path", "error"}``; an input skipped on purpose (a binary file) or read with a problem gives
``{"path", "warning"}`` lines. Deterministic, streamable."""

from __future__ import annotations

import json

from accordcheck.formats.base import Formatter
from accordcheck.record import ArticleReport


class JsonlFormatter(Formatter):
    def article(self, report: ArticleReport) -> None:
        for error in report.errors:
            self.stream.write(
                json.dumps({"path": report.path, "error": error}, ensure_ascii=False) + "\n"
            )
        for warning in report.warnings:
            self.stream.write(
                json.dumps({"path": report.path, "warning": warning}, ensure_ascii=False) + "\n"
            )
        published = report.published.to_json()
        for statement in report.statements:
            line = {"path": report.path, "published": published, **statement.to_json()}
            self.stream.write(json.dumps(line, ensure_ascii=False) + "\n")
