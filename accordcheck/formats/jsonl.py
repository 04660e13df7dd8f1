"""``--format jsonl``: one statement per line with ``path`` and ``published`` added; an unreadable
input gives one line ``{"path", "error"}``; an input skipped on purpose (a binary file) or read
with a problem gives ``{"path", "warning"}`` lines.

With a manifest, the first line is ``{"manifest": …}`` (the run: tool, rule and reference digests,
options) and each input opens with ``{"input": {"path", "sha256", "published"}}``, so the stream
stays one pass and memory stays flat however many inputs there are. Deterministic, streamable."""

from __future__ import annotations

import json
from typing import Any

from accordcheck.formats.base import Formatter
from accordcheck.record import ArticleReport


class JsonlFormatter(Formatter):
    def _line(self, obj: dict[str, Any]) -> None:
        self.stream.write(json.dumps(obj, ensure_ascii=False) + "\n")

    def begin(self) -> None:
        manifest = self.run.manifest_json()
        if manifest is not None:
            self._line({"manifest": manifest})

    def article(self, report: ArticleReport) -> None:
        if self.run.manifest is not None:
            self._line({"input": report.input_json()})
        for error in report.errors:
            self._line({"path": report.path, "error": error})
        for warning in report.warnings:
            self._line({"path": report.path, "warning": warning})
        published = report.published.to_json()
        for statement in report.statements:
            self._line({"path": report.path, "published": published, **statement.to_json()})
