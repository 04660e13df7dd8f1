"""Output formats. Each renders the result records (accordcheck.record) and computes nothing:
``begin`` once, ``article`` per report as it is produced (so output streams), ``end`` with the
totals. What a format shows besides the reports (the run's manifest, the loaded rules, who
publishes) comes in a :class:`~accordcheck.formats.base.RunInfo`."""

from __future__ import annotations

import importlib
from typing import IO

from accordcheck.formats.base import Formatter, RunInfo

# name -> (module, class); ``html`` is what ``accordcheck report`` writes.
REGISTRY = {
    "table": ("table", "TableFormatter"),
    "json": ("json", "JsonFormatter"),
    "jsonl": ("jsonl", "JsonlFormatter"),
    "sarif": ("sarif", "SarifFormatter"),
    "github": ("github", "GithubFormatter"),
    "claimreview": ("claimreview", "ClaimReviewFormatter"),
    "markdown": ("markdown", "MarkdownFormatter"),
    "csv": ("csv", "CsvFormatter"),
    "html": ("html", "HtmlFormatter"),
}
FORMATS = tuple(REGISTRY)


def formatter(
    name: str,
    stream: IO[str],
    version: str,
    color: bool | None = None,
    run: RunInfo | None = None,
) -> Formatter:
    if name not in REGISTRY:
        raise ValueError(f"unknown format {name!r} (choose from {', '.join(FORMATS)})")
    module, cls = REGISTRY[name]
    loaded = getattr(importlib.import_module(f"accordcheck.formats.{module}"), cls)
    if name == "table":
        return loaded(stream, version, color, run)
    return loaded(stream, version, run)
