"""Shared fixtures: one loaded checker for the whole session (loading compiles every rule), and
yamllint-style helpers so that a test states the exact list of statements a text yields.

    def test_something(statements):
        assert statements("Bahrain joined the Abraham Accords in 2021.", "2025-06-01") == [
            ("membership", "conflicting", "Bahrain joined the Abraham Accords in 2021"),
        ]
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable

import pytest

# The rule-pack cache of this test run (inherited by the CLI runs in subprocesses): never the
# user's own, and fresh each run, so that both the slow and the cached load are exercised.
os.environ["ACCORDCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="accordcheck-test-cache-")

from accordcheck import __version__
from accordcheck.api import Checker
from accordcheck.formats import formatter
from accordcheck.formats.base import Publisher, RuleInfo, RunInfo
from accordcheck.record import ReportCounts, Statement, Verdict

Found = tuple[str, str, str]
AsOf = str | dt.date | None


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker.default()


@pytest.fixture(scope="session")
def statements(checker: Checker) -> Callable[..., list[Found]]:
    """``statements(text, as_of=None, by="kind")``: every statement found, in text order, as
    ``(kind or rule id, verdict, matched text)``."""

    def found(text: str, as_of: AsOf = None, by: str = "kind") -> list[Found]:
        report = checker.check_text(text, as_of=as_of)
        return [(getattr(s, by), s.verdict.value, s.text) for s in report.statements]

    return found


def assert_verdict_contract(s: Statement) -> None:
    """What every statement promises a reader: a supported or conflicting verdict rests on
    reference rows that name their source; a conflicting one says what was expected and found."""
    assert s.reason
    if s.verdict is Verdict.UNVERIFIABLE:
        assert s.expected is None and s.found is None
        return
    assert s.evidence, f"{s.verdict.value} without evidence: {s}"
    for e in s.evidence:
        assert e.reference and e.source and e.fact, e
    if s.verdict is Verdict.CONFLICTING:
        assert s.expected and s.found, s
    else:
        assert s.expected is None and s.found is None


@pytest.fixture(scope="session")
def judged(checker: Checker) -> Callable[[str, AsOf, str], Statement]:
    """``judged(text, as_of, kind)``: the one statement of that kind in the text, after checking
    the verdict contract (evidence with reference and source; expected/found when conflicting)."""

    def one(text: str, as_of: AsOf, kind: str) -> Statement:
        report = checker.check_text(text, as_of=as_of)
        mine = [s for s in report.statements if s.kind == kind]
        assert len(mine) == 1, [(s.kind, s.verdict.value, s.text) for s in report.statements]
        assert_verdict_contract(mine[0])
        return mine[0]

    return one


@pytest.fixture(scope="session")
def claim_has() -> Callable[[Statement, dict], None]:
    """``claim_has(statement, fields)``: every given claim field has the given value."""

    def check(s: Statement, fields: dict) -> None:
        got = {key: s.claim.get(key, "<absent>") for key in fields}
        assert got == fields, dict(s.claim)

    return check


@pytest.fixture(scope="session")
def render(checker: Checker) -> Callable[..., str]:
    """``render(fmt, paths, as_of=None, publisher=None, keep_text=False)``: what ``scan --format
    fmt`` writes for these inputs, rendered in process with the run information the command line
    gives a format (the manifest, the loaded rules, the ClaimReview publisher)."""

    def run(
        fmt: str,
        paths: list,
        as_of: AsOf = None,
        publisher: Publisher | None = None,
        keep_text: bool = False,
    ) -> str:
        info = RunInfo(
            manifest=checker.manifest({"as_of": str(as_of) if as_of else None}),
            rules=tuple(RuleInfo(r.id, r.check, r.description) for r in checker.rules),
            publisher=publisher or Publisher(),
        )
        stream = io.StringIO()
        out = formatter(fmt, stream, __version__, run=info)
        counts = ReportCounts()
        checker.keep_text = keep_text
        try:
            out.begin()
            for report in checker.check_paths([str(p) for p in paths], as_of):
                out.article(report)
                counts = counts.add(report)
            out.end(counts)
        finally:
            checker.keep_text = False
        return stream.getvalue()

    return run
