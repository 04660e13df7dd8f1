"""event_date: when a reference event happened, against the time a statement gives."""

from __future__ import annotations

import pytest

KIND = "event_date"
S, C, U = "supported", "conflicting", "unverifiable"
SUMMIT = "event.c5-summit-white-house-2025"
VISIT = "event.mbs-white-house-visit-2025"
SUMMIT_TEXT = "The C5+1 meeting {when} gathered five presidents."


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "Sudan slid into civil war in 2023.",
        None,
        only(S, "Sudan slid into civil war in 2023"),
        {"event": "event.sudan-war", "when": "2023", "year": 2023},
        id="ongoing-war-by-its-start",
    ),
    pytest.param(
        "The military coup in Sudan in October 2021 froze everything.",
        None,
        only(S, "coup in Sudan in October 2021"),
        {"event": "event.sudan-coup-2021", "when": "October 2021"},
        id="month-year",
    ),
    pytest.param(
        "The crown prince's November 18 visit to the White House was planned for weeks.",
        "2025-11-10",
        only(S, "crown prince's November 18 visit to the White House"),
        {"event": VISIT, "when": "2025-11-18"},
        id="possessive-date-visit",
    ),
    pytest.param(
        SUMMIT_TEXT.format(when="on Thursday"),
        "2025-11-07",
        only(S, "C5+1 meeting on Thursday"),
        {"event": SUMMIT, "weekday": "Thursday", "when": "2025-11-06"},
        id="bare-weekday",
    ),
    pytest.param(
        SUMMIT_TEXT.format(when="earlier this week"),
        "2025-11-08",
        only(S, "C5+1 meeting earlier this week"),
        {"event": SUMMIT, "when": "2025-11-03 to 2025-11-08"},
        id="earlier-this-week",
    ),
    pytest.param(
        SUMMIT_TEXT.format(when="last month"),
        "2025-12-08",
        only(S, "C5+1 meeting last month"),
        {"event": SUMMIT, "when": "November 2025"},
        id="last-month",
    ),
    pytest.param(
        "The Peace to Prosperity plan was unveiled in January 2020.",
        None,
        only(S, "Peace to Prosperity plan was unveiled in January 2020"),
        {"event": "event.peace-to-prosperity-plan", "year": 2020},
        id="plan-unveiled",
    ),
    # --- conflicting ---
    pytest.param(
        "Sudan slid into civil war in 2022.",
        None,
        only(C, "Sudan slid into civil war in 2022"),
        {"event": "event.sudan-war", "year": 2022},
        id="war-wrong-year",
    ),
    pytest.param(
        "The military coup in Sudan in November 2021 froze everything.",
        None,
        only(C, "coup in Sudan in November 2021"),
        {"when": "November 2021"},
        id="wrong-month",
    ),
    pytest.param(
        "The crown prince's November 19 visit to the White House was planned for weeks.",
        "2025-11-10",
        only(C, "crown prince's November 19 visit to the White House"),
        {"event": VISIT, "when": "2025-11-19"},
        id="one-day-off-date",
    ),
    pytest.param(
        SUMMIT_TEXT.format(when="on Friday"),
        "2025-11-07",
        only(C, "C5+1 meeting on Friday"),
        {"event": SUMMIT, "weekday": "Friday"},
        id="one-day-off-weekday",
    ),
    pytest.param(
        SUMMIT_TEXT.format(when="on Tuesday"),
        "2025-11-07",
        only(C, "C5+1 meeting on Tuesday"),
        {"event": SUMMIT, "weekday": "Tuesday"},
        id="wrong-weekday",
    ),
    # --- unverifiable ---
    pytest.param(
        "The crown prince's November 18 visit to the White House was planned for weeks.",
        None,
        only(U, "crown prince's November 18 visit to the White House"),
        {"event": VISIT, "when": "November 18"},
        id="day-without-year-unknown-article-date",
    ),
    pytest.param(
        "Sudan's civil war began last month.",
        None,
        only(U, "Sudan's civil war began last month"),
        {"event": "event.sudan-war", "when": "last month"},
        id="relative-unknown-article-date",
    ),
    pytest.param(
        SUMMIT_TEXT.format(when="on Thursday"),
        "2025-12-20",
        only(U, "C5+1 meeting on Thursday"),
        {"event": SUMMIT, "weekday": "Thursday"},
        id="bare-weekday-weeks-later",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_event_date(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    claim_has(s, claim)


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "The crown prince's November 19 visit to the White House was planned for weeks.",
            "2025-11-10",
        ),
        (SUMMIT_TEXT.format(when="on Friday"), "2025-11-07"),
        (SUMMIT_TEXT.format(when="on Wednesday"), "2025-11-07"),
    ],
)
def test_one_day_off_mentions_a_dateline_in_another_time_zone(judged, text, as_of):
    s = judged(text, as_of, KIND)
    assert s.verdict.value == C
    assert "one day off" in s.reason and "time zone" in s.reason


def test_wrong_weekday_further_off_has_no_time_zone_excuse(judged):
    s = judged(SUMMIT_TEXT.format(when="on Tuesday"), "2025-11-07", KIND)
    assert "time zone" not in s.reason
    assert s.expected == "Thursday 2025-11-06"
    assert s.found == "Tuesday"


def test_an_event_reported_as_happening_now_dates_the_article(checker):
    report = checker.check_text(SUMMIT_TEXT.format(when="on Thursday"))
    assert report.published.date == "2025-11-06"
    assert report.published.source == "inferred"
    assert [s.verdict.value for s in report.statements] == [S]


def test_generic_word_without_a_reference_event_is_no_statement(statements):
    assert statements("The trade summit on Thursday gathered five ministers.", "2025-11-07") == []


def test_last_weekday_a_full_week_back(statements):
    assert statements(SUMMIT_TEXT.format(when="last Thursday"), "2025-11-13") == only(
        S, "C5+1 meeting last Thursday"
    )


def test_first_since_year_is_not_an_event_date(statements):
    text = "Kazakhstan is the first nation to sign on to the Abraham Accords since 2020."
    assert statements(text, "2025-11-08") == [
        (
            "first_since",
            S,
            "Kazakhstan is the first nation to sign on to the Abraham Accords since 2020",
        )
    ]


def test_a_later_signing_is_not_the_white_house_ceremony(statements):
    text = "Under the Abraham Accords, Morocco signed on in December 2020."
    assert statements(text) == [("membership", S, "Morocco signed on in December 2020")]


def test_abbreviated_month_inside_an_event_mention(statements):
    text = "Mohammed bin Salman's Nov. 18 trip was planned for weeks."
    assert statements(text, "2025-11-10") == only(S, "Mohammed bin Salman's Nov. 18 trip")
