"""The body of ``accordcheck diff A B``; :mod:`accordcheck.cli` only declares its options.

Both articles go through the same checker (same rules and reference, each with its own article
date), :func:`accordcheck.diff.diff_reports` aligns their claims, and the diff is written to
stdout. Problems go to stderr, one line each. The return value is the exit code
(:mod:`accordcheck.exitcodes`): 0 when the articles contradict each other nowhere, 1 when they do
at least once, 2 for a usage error, a bad rule or reference file, or an unreadable article.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from accordcheck import __version__, exitcodes
from accordcheck.api import Checker
from accordcheck.article import STDIN
from accordcheck.diff import DiffReport, diff_reports
from accordcheck.formats.diff_json import render_json, render_jsonl
from accordcheck.formats.diff_table import render as render_table
from accordcheck.yamlload import DataError

DIFF_FORMATS = ("table", "json", "jsonl")


def run_diff(
    a: str,
    b: str,
    format: str = "table",
    as_of_a: dt.date | str | None = None,
    as_of_b: dt.date | str | None = None,
    rules: Sequence[str | Path] = (),
    reference: Sequence[str | Path] = (),
    no_default_rules: bool = False,
) -> int:
    """Compare the claims of articles ``a`` and ``b`` (paths, or ``-`` for one of them) and write
    the diff in ``format``; ``as_of_a``/``as_of_b`` override each article's date."""
    problem = _usage_problem(a, b, format, as_of_a, as_of_b)
    if problem:
        _error(problem)
        return exitcodes.ERROR
    try:
        checker = Checker.from_paths(rules=rules, reference=reference, default=not no_default_rules)
    except (DataError, FileNotFoundError) as exc:
        _error(str(exc))
        return exitcodes.ERROR
    reports = [checker.check_file(a, as_of_a), checker.check_file(b, as_of_b)]
    for report in reports:
        for warning in report.warnings:
            sys.stderr.write(f"accordcheck: warning: {warning}\n")
    errors = [error for report in reports for error in report.errors]
    for error in errors:
        _error(error)
    if errors:
        return exitcodes.ERROR
    diff = diff_reports(*reports)
    _render(diff, format)
    return exitcodes.FINDINGS if diff.contradicts else exitcodes.OK


def _usage_problem(a: str, b: str, format: str, *days: dt.date | str | None) -> str | None:
    if format not in DIFF_FORMATS:
        return f"unknown format {format!r} (choose from {', '.join(DIFF_FORMATS)})"
    if a == STDIN and b == STDIN:
        return "only one of the two articles can be read from standard input (-)"
    for day in days:
        if isinstance(day, str) and _iso_date(day) is None:
            return f"{day!r} is not a date written YYYY-MM-DD"
    return None


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _render(diff: DiffReport, format: str) -> None:
    if format == "json":
        render_json(diff, sys.stdout, __version__)
    elif format == "jsonl":
        render_jsonl(diff, sys.stdout, __version__)
    else:
        render_table(diff, sys.stdout, __version__)


def _error(message: str) -> None:
    sys.stderr.write(f"accordcheck: error: {message}\n")
