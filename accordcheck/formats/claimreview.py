"""``--format claimreview``: schema.org ``ClaimReview`` JSON-LD, the markup fact-check aggregators
read. One document, an ``@graph`` with one ``ClaimReview`` per supported or conflicting statement
(an unverifiable statement has no rating to give) and a last ``SoftwareApplication`` node that
carries the run's manifest as a JSON literal.

Each review gives:

- ``claimReviewed``: the statement's words, whitespace folded, at most 75 characters (cut at a
  word, with an ellipsis);
- ``reviewRating``: a ``Rating`` on a five-point scale, ``worstRating`` 1 and ``bestRating`` 5:
  ``ratingValue`` 1 with ``alternateName`` "False" for a conflicting statement, 5 with "True" for
  a supported one; ``ratingExplanation`` is the reason, with what the reference expected and what
  the article says for a conflict;
- ``itemReviewed``: the ``Claim``, with ``appearance`` (the article: its ``url:`` from front
  matter when it has one, else its path as the work's name) and ``datePublished`` (the article
  date, when known);
- ``author`` and ``publisher``: organisations named in the config file (``claimreview_author``,
  ``claimreview_author_url``, ``claimreview_publisher``, ``claimreview_publisher_url``); the
  author defaults to "accordcheck", the publisher to the author;
- ``citation``: the reference rows the verdict rests on (``description`` the fact, ``url`` the
  source when it is a web address).

The page that publishes the reviews adds their own ``url`` and ``datePublished``: accordcheck
does not know them, and the output stays the same for the same inputs.
"""

from __future__ import annotations

import json
from typing import IO, Any

from accordcheck.formats.base import Formatter, RunInfo
from accordcheck.record import ArticleReport, ReportCounts, Statement, Verdict

CONTEXT: list[Any] = [
    "https://schema.org",
    {
        "@version": 1.1,
        "accordcheck": "https://accordcheck.invalid/ns#",
        "manifest": {"@id": "accordcheck:manifest", "@type": "@json"},
    },
]
RATING = {Verdict.CONFLICTING: (1, "False"), Verdict.SUPPORTED: (5, "True")}
CLAIM_LIMIT = 75


def shorten(text: str, limit: int = CLAIM_LIMIT) -> str:
    """Whitespace folded; cut at the last word that fits, with an ellipsis, if too long."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    cut = head.rfind(" ")
    if cut > 0:
        head = head[:cut]
    return (head.rstrip(" ,;:—-") or head) + "…"


def _organisation(name: str, url: str) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Organization", "name": name}
    if url:
        out["url"] = url
    return out


class ClaimReviewFormatter(Formatter):
    def __init__(self, stream: IO[str], version: str, run: RunInfo | None = None):
        super().__init__(stream, version, run)
        who = self.run.publisher
        self.author = _organisation(who.author, who.author_url)
        self.publisher = (
            _organisation(who.publisher, who.publisher_url) if who.publisher else self.author
        )
        self.graph: list[dict[str, Any]] = []
        self.inputs: list[dict[str, Any]] = []

    def article(self, report: ArticleReport) -> None:
        self.inputs.append(report.input_json())
        for statement in report.statements:
            if statement.verdict in RATING:
                self.graph.append(self._review(statement, report))

    def _review(self, s: Statement, report: ArticleReport) -> dict[str, Any]:
        value, label = RATING[s.verdict]
        explanation = s.reason
        if s.expected is not None:
            explanation += f" Expected: {s.expected}. Found: {s.found or ''}."
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if report.url:
            appearance["url"] = report.url
        else:
            appearance["name"] = report.path
        claim: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        if report.published.date:
            claim["datePublished"] = report.published.date
        review: dict[str, Any] = {
            "@type": "ClaimReview",
            "claimReviewed": shorten(s.text),
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": value,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": label,
                "ratingExplanation": explanation,
            },
            "itemReviewed": claim,
            "author": self.author,
            "publisher": self.publisher,
        }
        citations = [self._citation(e.fact, e.source, e.source_title) for e in s.evidence]
        if citations:
            review["citation"] = citations
        return review

    @staticmethod
    def _citation(fact: str, source: str, title: str) -> dict[str, Any]:
        work: dict[str, Any] = {"@type": "CreativeWork", "name": title or source}
        work["description"] = fact
        if source.startswith(("https://", "http://")):
            work["url"] = source
        return work

    def end(self, counts: ReportCounts) -> None:
        graph = list(self.graph)
        manifest = self.run.manifest_json(self.inputs)
        if manifest is not None:
            graph.append(
                {
                    "@type": "SoftwareApplication",
                    "name": "accordcheck",
                    "softwareVersion": self.version,
                    "manifest": manifest,
                }
            )
        document = {"@context": CONTEXT, "@graph": graph}
        self.stream.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
