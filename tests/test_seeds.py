"""The five real seed articles in ../shared/seeds (skipped when they are not there).

The verdicts below were determined by hand, statement by statement, against the sourced reference
notes. Each entry is (line, kind, verdict, words the statement contains). Every listed statement
must be found with that verdict, and the conflicting statements must be exactly the listed ones:
the seeds' real errors (a "former" title for a sitting president, a weekday that does not match
its date, a wrong treaty year, Sudan said to have established relations with Israel).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accordcheck.api import Checker

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
S, C, U = "supported", "conflicting", "unverifiable"

EXPECTED = {
    "000": (
        "2025-11-06",
        [
            (3, "office", S, "President Donald Trump"),
            (5, "office", S, "President Donald Trump"),
            (5, "event_date", S, "Thursday"),
            (5, "membership", S, "Kazakhstan will join"),
            (7, "office", S, "Benjamin Netanyahu"),
            (7, "office", S, "Tokayev"),
            (13, "relations", S, "relations"),
            (15, "office", S, "Marco Rubio"),
            (17, "office", S, "President Tokayev"),
            (17, "count", S, "four other Central Asian"),
            (23, "office", S, "Steve Witkoff"),
            (23, "unverifiable", U, "hinted"),
            (23, "unverifiable", U, "first reported"),
            (27, "event_date", S, "2020"),
            (27, "member_list", S, "Bahrain"),
            (29, "membership", S, "same year"),
            (31, "membership", U, "Saudi Arabia"),
            (33, "office", S, "Mohammed bin Salman"),
            (33, "event_date", S, "November 18"),
        ],
    ),
    "001": (
        "2025-11-06",
        [
            (2, "membership", S, "latest nation to join"),
            (2, "office", C, "former U.S. President"),
            (3, "relations", S, "since 1992"),
            (3, "member_list", S, "other signatories"),
            (3, "relations", S, "independence"),
            (5, "office", S, "Benjamin Netanyahu"),
            (5, "office", S, "Tokayev"),
            (8, "event_date", S, "Thursday evening"),
            (8, "count", S, "five Central Asian"),
            (9, "relations", S, "decades"),
            (12, "office", S, "Marco Rubio"),
            (12, "office", S, "Tokayev"),
        ],
    ),
    "002": (
        "2025-11-06",
        [
            (1, "membership", S, "Kazakhstan will join"),
            (4, "membership", S, "is joining"),
            (4, "office", S, "Donald Trump"),
            (4, "event_date", S, "Thursday"),
            (4, "relations", S, "longstanding"),
            (5, "office", S, "Netanyahu, of Israel"),
            (5, "office", S, "of Kazakhstan"),
            (7, "membership", S, "addition"),
            (10, "count", S, "five Central Asian"),
            (10, "first_since", S, "since 2020"),
            (10, "relations", S, "decades"),
            (11, "office", S, "Marco Rubio"),
            (13, "office", S, "JD Vance"),
            (14, "office", S, "Steve Witkoff"),
            (14, "event_date", S, "Thursday"),
            (16, "office", S, "Marco Rubio"),
            (18, "member_list", S, "Bahrain"),
            (19, "unverifiable", U, "told"),
            (20, "membership", S, "will join"),
        ],
    ),
    "003": (
        "2025-11-06",
        [
            (1, "membership", S, "latest nation to join"),
            (1, "event_date", S, "Thursday"),
            (1, "first_since", S, "since 2020"),
            (1, "relations", S, "existing diplomatic ties"),
            (2, "office", S, "Tokayev"),
            (2, "office", S, "Donald Trump"),
            (2, "office", S, "Benjamin Netanyahu"),
            (2, "count", S, "four other Central Asian"),
            (4, "relations", S, "more than 30 years"),
            (5, "office", S, "Steve Witkoff"),
            (5, "event_date", S, "Thursday"),
            (6, "unverifiable", U, "uranium"),
            (7, "membership", S, "September 2020"),
            (7, "membership", S, "December 2020"),
            (7, "membership", S, "Sudan"),
            (7, "event_date", S, "2023"),
        ],
    ),
    "004": (
        "2025-11-07",
        [
            (1, "office", S, "Donald Trump"),
            (1, "event_date", C, "Nov 7"),
            (1, "weekday", C, "Thursday (Nov 7)"),
            (1, "membership", S, "Kazakhstan will join"),
            (1, "office", S, "Benjamin Netanyahu"),
            (1, "office", S, "Tokayev"),
            (1, "count", S, "four other Central Asian"),
            (3, "office", S, "Netanyahu, of Israel"),
            (3, "office", S, "of Kazakhstan"),
            (5, "office", S, "Steve Witkoff"),
            (5, "unverifiable", U, "since July"),
            (5, "office", S, "Mohammed bin Salman"),
            (5, "event_date", S, "November 18"),
            (9, "treaty", C, "Jordan in 1996"),
            (9, "relations", C, "Sudan and Morocco"),
            (9, "office", S, "Jared Kushner"),
            (9, "event_date", S, "2020"),
        ],
    ),
}

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_verdicts(checker: Checker, prefix: str) -> None:
    date, expected = EXPECTED[prefix]
    report = checker.check_file(_seed(prefix))
    assert report.published.date == date
    found = [
        (s.span.line, s.kind, s.verdict.value, " ".join(s.text.split())) for s in report.statements
    ]
    for line, kind, verdict, words in expected:
        hits = [f for f in found if f[0] == line and f[1] == kind and words in f[3]]
        assert hits, f"{prefix}: no {kind} statement with {words!r} on line {line}; found {found}"
        assert any(h[2] == verdict for h in hits), f"{prefix}:{line}: {hits} should be {verdict}"
    conflicts = sorted((f[0], f[1]) for f in found if f[2] == C)
    assert conflicts == sorted((e[0], e[1]) for e in expected if e[2] == C)


def test_seed_conflicts_show_expected_found_and_source(checker: Checker) -> None:
    for prefix in EXPECTED:
        for s in checker.check_file(_seed(prefix)).statements:
            if s.verdict.value == C:
                assert s.expected and s.found
                assert s.evidence and all(e.reference and e.source for e in s.evidence)
