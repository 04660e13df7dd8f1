"""Output formats. Each renders the result records (accordcheck.record) and computes nothing:
``begin`` once, ``article`` per report as it is produced (so output streams), ``end`` with the
totals."""

from __future__ import annotations

from typing import IO

from accordcheck.formats.base import Formatter

FORMATS = ("table", "json", "jsonl")


def formatter(name: str, stream: IO[str], version: str, color: bool | None = None) -> Formatter:
    if name == "json":
        from accordcheck.formats.json import JsonFormatter

        return JsonFormatter(stream, version)
    if name == "jsonl":
        from accordcheck.formats.jsonl import JsonlFormatter

        return JsonlFormatter(stream, version)
    if name == "table":
        from accordcheck.formats.table import TableFormatter

        return TableFormatter(stream, version, color)
    raise ValueError(f"unknown format {name!r} (choose from {', '.join(FORMATS)})")
