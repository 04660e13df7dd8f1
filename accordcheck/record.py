"""The result record: one statement, one article, one report, and their JSON shape.

Every output format renders these records and nothing else; the JSON shape defined here is the
versioned contract published in ``accordcheck/schemas/report.schema.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

REPORT_SCHEMA = "accordcheck.report/1"


class Verdict(str, Enum):
    SUPPORTED = "supported"
    CONFLICTING = "conflicting"
    UNVERIFIABLE = "unverifiable"

    def __str__(self) -> str:
        return self.value


VERDICT_ORDER = (Verdict.SUPPORTED, Verdict.CONFLICTING, Verdict.UNVERIFIABLE)


@dataclass(frozen=True)
class Span:
    """Character offsets into the text as read (end exclusive); line/column are 1-based.
    ``end_line``/``end_column`` are the position of ``end``: the character just after the
    statement (0 when not known)."""

    start: int
    end: int
    line: int
    column: int
    end_line: int = 0
    end_column: int = 0

    def to_json(self) -> dict[str, int]:
        out = {"start": self.start, "end": self.end, "line": self.line, "column": self.column}
        if self.end_line:
            out["end_line"] = self.end_line
            out["end_column"] = self.end_column
        return out


@dataclass(frozen=True)
class Evidence:
    """One reference row a verdict rests on: its id, the fact as the reference states it, the source."""

    reference: str
    fact: str
    source: str
    source_title: str = ""

    def to_json(self) -> dict[str, str]:
        out = {"reference": self.reference, "fact": self.fact, "source": self.source}
        if self.source_title:
            out["source_title"] = self.source_title
        return out


@dataclass(frozen=True)
class Statement:
    """One checkable statement found in an article, with its verdict and evidence."""

    id: str
    rule: str
    kind: str
    verdict: Verdict
    text: str
    span: Span
    claim: Mapping[str, Any]
    reason: str
    evidence: tuple[Evidence, ...] = ()
    expected: str | None = None
    found: str | None = None
    fingerprint: str = ""
    reviewed: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "fingerprint": self.fingerprint,
            "rule": self.rule,
            "kind": self.kind,
            "verdict": self.verdict.value,
            "text": self.text,
            "span": self.span.to_json(),
            "claim": dict(self.claim),
            "reason": self.reason,
            "evidence": [e.to_json() for e in self.evidence],
        }
        if self.expected is not None:
            out["expected"] = self.expected
        if self.found is not None:
            out["found"] = self.found
        if self.reviewed is not None:
            out["reviewed"] = self.reviewed
        return out


@dataclass(frozen=True)
class Published:
    """The article's date and how it was found (option, front-matter, header, inferred, unknown)."""

    date: str | None
    source: str
    detail: str = ""
    # When the date is unknown: the article cannot be older than this (it names an agreement or
    # an event of that day), which settles claims that only grow truer ("for decades").
    not_before: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"date": self.date, "source": self.source}
        if self.detail:
            out["detail"] = self.detail
        if self.not_before:
            out["not_before"] = self.not_before
        return out


@dataclass(frozen=True)
class Origin:
    """Where an article's text came from when it is not a whole text file: the main text of a
    saved web page (``html``, with the page's title), or one record of a corpus file (``jsonl``,
    ``csv``, ``parquet``: its 1-based number, the line it starts on, its id)."""

    format: str
    file: str
    record: int | None = None
    line: int | None = None
    id: str | None = None
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": self.format, "file": self.file}
        for name in ("record", "line", "id", "title"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out


UNKNOWN_DATE = Published(None, "unknown", "no date option, front matter, header line or inference")


def count_verdicts(statements: Iterable[Statement]) -> dict[str, int]:
    counts = {v.value: 0 for v in VERDICT_ORDER}
    for s in statements:
        counts[s.verdict.value] += 1
    return counts


@dataclass(frozen=True)
class Gap:
    """A sentence that looks checkable (it names what the reference knows, with a time or a word
    of a checked kind) but gave no statement."""

    span: Span
    text: str  # whitespace folded, at most a few hundred characters
    names: tuple[str, ...]  # the reference ids it names
    why: str

    def to_json(self) -> dict[str, Any]:
        return {
            "span": self.span.to_json(),
            "text": self.text,
            "names": list(self.names),
            "why": self.why,
        }


@dataclass(frozen=True)
class Coverage:
    """How many sentences look checkable, how many gave a statement, and the others."""

    sentences: int
    with_statement: int
    gaps: tuple[Gap, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "with_statement": self.with_statement,
            "gaps": [g.to_json() for g in self.gaps],
        }


@dataclass(frozen=True)
class ArticleReport:
    """Everything found in one input: its statements, or the error that kept it from being read.

    ``url`` is the article's own address from its front matter (``url:``), ``sha256`` the digest
    of the input's bytes as read (None when it could not be read). ``text`` is the article text,
    kept only when the checker was asked to (``Checker.keep_text``) for renderers that show it;
    it is never part of the JSON. ``origin`` says where the text came from when it is not a whole
    text file (a web page's extracted main text, a corpus record): spans point into that text."""

    path: str
    published: Published = UNKNOWN_DATE
    statements: tuple[Statement, ...] = ()
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    incomplete: bool = False  # some rules did not run on it (timeouts, the time budget)
    coverage: Coverage | None = None  # with --coverage
    url: str | None = None
    sha256: str | None = None
    text: str | None = field(default=None, compare=False, repr=False)
    origin: Origin | None = None

    @property
    def counts(self) -> dict[str, int]:
        return count_verdicts(self.statements)

    @property
    def readable(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path}
        if self.origin is not None:
            out["origin"] = self.origin.to_json()
        if self.url is not None:
            out["url"] = self.url
        out.update(
            published=self.published.to_json(),
            statements=[s.to_json() for s in self.statements],
            counts=self.counts,
            errors=list(self.errors),
            warnings=list(self.warnings),
        )
        if self.incomplete:
            out["incomplete"] = True
        if self.coverage is not None:
            out["coverage"] = self.coverage.to_json()
        return out

    def input_json(self) -> dict[str, Any]:
        """This input's line in a run's manifest: path, digest of its bytes, article date."""
        return {"path": self.path, "sha256": self.sha256, "published": self.published.date}


@dataclass(frozen=True)
class ReportCounts:
    articles: int = 0
    unreadable: int = 0
    verdicts: dict[str, int] = field(default_factory=lambda: count_verdicts(()))

    def add(self, article: ArticleReport) -> ReportCounts:
        merged = dict(self.verdicts)
        for key, value in article.counts.items():
            merged[key] += value
        return ReportCounts(
            self.articles + 1, self.unreadable + (0 if article.readable else 1), merged
        )

    def to_json(self) -> dict[str, int]:
        return {"articles": self.articles, "unreadable": self.unreadable, **self.verdicts}


def report_header(version: str) -> dict[str, Any]:
    return {"schema": REPORT_SCHEMA, "tool": {"name": "accordcheck", "version": version}}
