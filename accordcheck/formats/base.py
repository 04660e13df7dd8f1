"""The interface every output format implements, and what a format may show besides the reports
(the run's manifest, the loaded rules, who publishes a review): given, never computed here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any

import regex

from accordcheck.manifest import Manifest
from accordcheck.record import ArticleReport, ReportCounts

# Characters that can take over a terminal or reorder what a reader sees: C0 and C1 controls
# (not tab or line ends) and the bidirectional marks, overrides and isolates.
CONTROL_OR_BIDI = regex.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


@dataclass(frozen=True)
class RuleInfo:
    """A rule of the loaded pack as formats describe it (SARIF's ``tool.driver.rules``)."""

    id: str
    check: str
    description: str


@dataclass(frozen=True)
class Publisher:
    """Who signs a published review (ClaimReview ``author`` and ``publisher``); from the config
    file's ``claimreview_*`` settings. The publisher defaults to the author."""

    author: str = "accordcheck"
    author_url: str = ""
    publisher: str = ""
    publisher_url: str = ""


@dataclass(frozen=True)
class RunInfo:
    """The run a report belongs to: its manifest, the rules that were loaded, the publisher."""

    manifest: Manifest | None = None
    rules: tuple[RuleInfo, ...] = ()
    publisher: Publisher = Publisher()

    def manifest_json(self, inputs: list[dict[str, Any]] | None = None) -> dict[str, Any] | None:
        """The manifest (None when the run has none), with these inputs when given
        (``ArticleReport.input_json`` of each report)."""
        return None if self.manifest is None else self.manifest.to_json(inputs)


class Formatter:
    def __init__(self, stream: IO[str], version: str, run: RunInfo | None = None):
        self.stream = stream
        self.version = version
        self.run = run or RunInfo()

    def begin(self) -> None:
        """Called once before the first article."""

    def article(self, report: ArticleReport) -> None:
        raise NotImplementedError

    def end(self, counts: ReportCounts) -> None:
        """Called once after the last article."""

    def sidecar(self) -> str | None:
        """A companion document to write beside ``--output FILE`` (as FILE.manifest.json), for
        formats that cannot hold the manifest themselves."""
        return None
