"""weekday: a weekday written with a date, checked by calendar arithmetic."""

from __future__ import annotations

import pytest

KIND = "weekday"
S, C, U = "supported", "conflicting", "unverifiable"
CALENDAR = "proleptic Gregorian calendar (computed)"


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "The vote took place on Wednesday, March 4, 2020.",
        None,
        only(S, "Wednesday, March 4, 2020"),
        {"weekday": "Wednesday", "date": "2020-03-04"},
        id="full-date",
    ),
    pytest.param(
        "The talks were on Tuesday the 4th of March, 2025.",
        None,
        only(S, "Tuesday the 4th of March, 2025"),
        {"weekday": "Tuesday", "date": "2025-03-04"},
        id="day-of-month",
    ),
    pytest.param(
        "They met on Monday (Dec 29) in Riyadh.",
        "2026-01-02",
        only(S, "Monday (Dec 29)"),
        {"weekday": "Monday", "date": "2025-12-29"},
        id="bracketed-year-before-article-year",
    ),
    pytest.param(
        "They met on March 3 (Tuesday) in Riyadh.",
        "2026-02-20",
        only(S, "March 3 (Tuesday)"),
        {"weekday": "Tuesday", "date": "2026-03-03"},
        id="date-then-weekday",
    ),
    # --- conflicting ---
    pytest.param(
        "The vote took place on Thursday, March 4, 2020.",
        None,
        only(C, "Thursday, March 4, 2020"),
        {"weekday": "Thursday", "date": "2020-03-04"},
        id="one-day-later",
    ),
    pytest.param(
        "The vote took place on Monday, March 4, 2020.",
        None,
        only(C, "Monday, March 4, 2020"),
        {"weekday": "Monday", "date": "2020-03-04"},
        id="two-days-off",
    ),
    pytest.param(
        "They met on Sunday (Jan 5) in Riyadh.",
        "2026-01-02",
        only(C, "Sunday (Jan 5)"),
        {"weekday": "Sunday", "date": "2026-01-05"},
        id="bracketed-year-after-article-year",
    ),
    pytest.param(
        "They met on March 3 (Monday) in Riyadh.",
        "2026-02-20",
        only(C, "March 3 (Monday)"),
        {"weekday": "Monday", "date": "2026-03-03"},
        id="date-then-wrong-weekday",
    ),
    # --- unverifiable ---
    pytest.param(
        "They met on Monday (Jan 5) in Riyadh.",
        None,
        only(U, "Monday (Jan 5)"),
        {"weekday": "Monday", "date": "Jan 5"},
        id="no-year-unknown-article-date",
    ),
    pytest.param(
        "They met on March 3 (Tuesday) in Riyadh.",
        None,
        only(U, "March 3 (Tuesday)"),
        {"weekday": "Tuesday", "date": "March 3"},
        id="date-then-weekday-unknown-article-date",
    ),
    pytest.param(
        "They met on Thursday, Feb. 30, 2024.",
        None,
        only(U, "Thursday, Feb. 30, 2024"),
        {"weekday": "Thursday", "date": "Feb. 30, 2024"},
        id="impossible-date",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_weekday(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    claim_has(s, claim)
    if s.verdict.value != U:
        assert s.evidence[0].reference == f"calendar:{claim['date']}"
        assert s.evidence[0].source == CALENDAR


def test_one_day_off_mentions_a_dateline_in_another_time_zone(judged):
    s = judged("The vote took place on Thursday, March 4, 2020.", None, KIND)
    assert "one day later" in s.reason
    assert "time zone" in s.reason and "dateline" in s.reason
    assert s.expected == "Wednesday, March 4, 2020"
    assert s.found == "Thursday, March 4, 2020"
    assert [e.reference for e in s.evidence] == ["calendar:2020-03-04", "calendar:2020-03-05"]


def test_one_day_earlier_too(judged):
    s = judged("The vote took place on Tuesday, March 4, 2020.", None, KIND)
    assert s.verdict.value == C
    assert "one day earlier" in s.reason and "time zone" in s.reason


def test_two_days_off_has_no_time_zone_excuse(judged):
    s = judged("The vote took place on Monday, March 4, 2020.", None, KIND)
    assert "time zone" not in s.reason


def test_year_taken_from_article_date_is_said(judged):
    s = judged("They met on Monday (Dec 29) in Riyadh.", "2026-01-02", KIND)
    assert "year 2025 taken from the article date" in s.reason


def test_span_ends_at_the_date(statements):
    assert statements("They met on Saturday 8 November in Riyadh.", "2025-11-10") == only(
        S, "Saturday 8 November"
    )


def test_span_stops_before_the_full_stop(statements):
    assert statements("They met on Saturday 8 November.", "2025-11-10") == only(
        S, "Saturday 8 November"
    )


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # relations established 1992-04-07; 2024-04-07 was a Sunday
        (
            "Azerbaijan and Israel on Sunday marked the anniversary of diplomatic ties.",
            "2024-04-08",
            "supported",
        ),
        (
            "Azerbaijan and Israel on Monday marked the anniversary of diplomatic ties.",
            "2024-04-08",
            "unverifiable",
        ),
        (
            "Azerbaijan and Israel on Sunday marked the anniversary of diplomatic ties.",
            "2024-06-08",
            "unverifiable",
        ),
        # the signing of 2020-09-15: 2025-09-15 was a Monday
        (
            "Envoys on Monday toasted the fifth anniversary of the Abraham Accords' signing.",
            "2025-09-16",
            "supported",
        ),
    ],
)
def test_anniversary_marked_on_a_bare_weekday(statements, text, as_of, verdict):
    found = [s for s in statements(text, as_of) if s[0] == "weekday"]
    assert [s[1] for s in found] == [verdict], found


def test_a_ceremony_on_another_day_is_no_conflict(judged):
    s = judged(
        "Azerbaijan and Israel on Monday marked the anniversary of diplomatic ties.",
        "2024-04-08",
        "weekday",
    )
    assert "2024-04-07" in s.claim["date"] and "another day" in s.reason


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # a yearless date takes the year of the reference event the sentence names on that day
        (
            "The signing ceremony of the Abraham Accords on Tuesday, Sept. 15, drew a crowd.",
            "2025-09-20",
            "supported",
        ),
        (
            "The signing ceremony of the Abraham Accords on Monday, Sept. 15, drew a crowd.",
            "2025-09-20",
            "conflicting",
        ),
        # else the year the paragraph last wrote
        ("Back in 2020, Bahrain followed on Friday, Sept. 11.", "2024-06-01", "supported"),
        # ... only when the weekday fits it
        (
            "Ties date from 1992. The delegation arrives on Monday, Sept. 15.",
            "2025-09-10",
            "supported",
        ),
        # else the year nearest the article date
        ("The delegation arrives on Monday, Sept. 15.", "2025-09-10", "supported"),
    ],
)
def test_a_yearless_date_takes_the_passage_year(statements, text, as_of, verdict):
    found = [s for s in statements(text, as_of) if s[0] == "weekday"]
    assert [s[1] for s in found] == [verdict], found
