"""The interface every output format implements."""

from __future__ import annotations

from typing import IO

from accordcheck.record import ArticleReport, ReportCounts


class Formatter:
    def __init__(self, stream: IO[str], version: str):
        self.stream = stream
        self.version = version

    def begin(self) -> None:
        """Called once before the first article."""

    def article(self, report: ArticleReport) -> None:
        raise NotImplementedError

    def end(self, counts: ReportCounts) -> None:
        """Called once after the last article."""
