"""dates.py: parsing time expressions as journalists write them, and calendar arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from accordcheck.dates import (
    DateRange,
    TimeExpr,
    find_time_expressions,
    format_day,
    full_dates,
    month_end,
    parse_time_expr,
    resolve,
    whole_years_between,
)

FRIDAY = dt.date(2025, 11, 7)
D = dt.date


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("Nov. 6", TimeExpr(month=11, day=6)),
        ("6 November", TimeExpr(month=11, day=6)),
        ("13th of June", TimeExpr(month=6, day=13)),
        ("Sept. 15", TimeExpr(month=9, day=15)),
        ("Thursday (Nov 7)", TimeExpr(month=11, day=7, weekday=3)),
        ("Thursday, Nov. 6, 2025", TimeExpr(year=2025, month=11, day=6, weekday=3)),
        ("2025-11-06", TimeExpr(year=2025, month=11, day=6)),
        ("September 2020", TimeExpr(year=2020, month=9)),
        ("in early December 2020", TimeExpr(year=2020, month=12)),
        ("since April 2023", TimeExpr(year=2023, month=4)),
        ("the year 2020", TimeExpr(year=2020)),
        ("at least 2019", TimeExpr(year=2019)),
        ("May", TimeExpr(month=5)),
        ("on Thursday", TimeExpr(weekday=3)),
        ("Tuesday morning", TimeExpr(weekday=1)),
        ("Thurs.", TimeExpr(weekday=3)),
        ("last Thursday", TimeExpr(weekday=3, before=True)),
        ("last month", TimeExpr(relative="last-month")),
        ("earlier this week", TimeExpr(relative="earlier-this-week")),
        ("tonight", TimeExpr(relative="today")),
        ("yesterday", TimeExpr(relative="yesterday")),
        ("  Nov.\n 6 ", TimeExpr(month=11, day=6)),
    ],
)
def test_parse_time_expr(text, expr):
    assert parse_time_expr(text) == expr


@pytest.mark.parametrize(
    "text",
    [
        "2025-02-30",
        "Feb. 29, 2023",
        "2025-13-01",
        "32 March",
        "March 0",
        "1799",
        "2100",
        "hello",
        "",
        "   ",
        "the 4th of March",
        "spring cleaning",
    ],
)
def test_not_a_date_is_none(text):
    assert parse_time_expr(text) is None


@pytest.mark.parametrize(
    ("text", "anchor", "past", "expected"),
    [
        ("Nov. 6", FRIDAY, False, "2025-11-06"),
        ("6 November", FRIDAY, False, "2025-11-06"),
        ("Thursday (Nov 7)", FRIDAY, False, "2025-11-07"),
        ("September 2020", FRIDAY, False, "September 2020"),
        ("2020", FRIDAY, False, "2020"),
        ("since April 2023", FRIDAY, False, "April 2023"),
        ("last month", FRIDAY, False, "October 2025"),
        ("last month", D(2026, 1, 15), False, "December 2025"),
        ("earlier this week", FRIDAY, False, "2025-11-03 to 2025-11-07"),
        ("last week", FRIDAY, False, "2025-10-27 to 2025-11-02"),
        ("this year", FRIDAY, False, "2025"),
        ("earlier this year", FRIDAY, False, "2025-01-01 to 2025-11-07"),
        ("later this month", FRIDAY, False, "2025-11-07 to 2025-11-30"),
        ("last year", FRIDAY, False, "2024"),
        ("yesterday", D(2025, 1, 1), False, "2024-12-31"),
        ("on Thursday", FRIDAY, False, "2025-11-06"),
        ("on Friday", FRIDAY, False, "2025-11-07"),
        ("last Thursday", FRIDAY, False, "2025-11-06"),
        ("last Friday", FRIDAY, False, "2025-10-31"),
        ("Dec 30", D(2026, 1, 3), False, "2025-12-30"),
        ("Jan 2", D(2025, 12, 30), False, "2026-01-02"),
        ("Dec 30", FRIDAY, False, "2025-12-30"),
        ("Dec 30", FRIDAY, True, "2024-12-30"),
        ("Feb 29", D(2025, 3, 1), False, "2024-02-29"),
        ("December", FRIDAY, False, "December 2025"),
        ("January", D(2025, 11, 7), False, "January 2025"),
        # Seasons: months of the northern hemisphere; "last" is the latest one over.
        ("in the fall of 2020", FRIDAY, False, "2020-09-01 to 2020-11-30"),
        ("late summer 2021", FRIDAY, False, "2021-06-01 to 2021-08-31"),
        ("the winter of 2021", FRIDAY, False, "2020-12-01 to 2022-02-28"),
        ("last fall", D(2022, 5, 31), False, "2021-09-01 to 2021-11-30"),
        ("last fall", D(2021, 10, 5), False, "2020-09-01 to 2020-11-30"),
        ("last fall", D(2021, 12, 3), False, "2021-09-01 to 2021-11-30"),
        ("this past spring", D(2021, 10, 5), False, "2021-03-01 to 2021-05-31"),
        ("last winter", D(2022, 5, 31), False, "2021-12-01 to 2022-02-28"),
        ("this winter", D(2022, 1, 10), False, "2021-12-01 to 2022-02-28"),
        ("next spring", FRIDAY, False, "2026-03-01 to 2026-05-31"),
        # "last December": the latest one before the article's month.
        ("last December", D(2021, 2, 1), False, "December 2020"),
        ("last December", D(2020, 12, 22), False, "December 2019"),
        ("last May", D(2021, 11, 5), False, "May 2021"),
        # "September of last year": the month in the year before the article's.
        ("September of last year", D(2021, 9, 17), False, "September 2020"),
        ("in December of this year", D(2021, 2, 1), False, "December 2021"),
        ("March of next year", D(2021, 2, 1), False, "March 2022"),
    ],
)
def test_resolve(text, anchor, past, expected):
    expr = parse_time_expr(text)
    assert expr is not None
    assert str(resolve(expr, anchor, past=past)) == expected


@pytest.mark.parametrize("text", ["Nov. 6", "last month", "on Thursday", "May", "Feb 30"])
def test_resolve_without_anchor_or_real_day_is_none(text):
    expr = parse_time_expr(text)
    assert expr is not None
    anchor = D(2025, 3, 1) if text == "Feb 30" else None
    assert resolve(expr, anchor) is None


def test_a_year_needs_no_anchor():
    expr = parse_time_expr("in 2020")
    assert expr is not None and not expr.needs_anchor
    assert resolve(expr, None) == DateRange.year(2020)


@pytest.mark.parametrize(
    ("text", "now"),
    [("on Thursday", True), ("tonight", True), ("Nov. 6", False), ("last month", False)],
)
def test_refers_to_now(text, now):
    expr = parse_time_expr(text)
    assert expr is not None and expr.refers_to_now is now


@pytest.mark.parametrize(
    ("earlier", "later", "years"),
    [
        (D(1992, 4, 10), D(2025, 4, 9), 32),
        (D(1992, 4, 10), D(2025, 4, 10), 33),
        (D(1992, 4, 10), D(2025, 4, 11), 33),
        (D(2020, 2, 29), D(2021, 2, 28), 0),
        (D(2020, 2, 29), D(2021, 3, 1), 1),
        (D(2020, 2, 29), D(2024, 2, 29), 4),
        (D(2025, 1, 1), D(2025, 12, 31), 0),
        (D(2025, 5, 5), D(2025, 5, 5), 0),
    ],
)
def test_whole_years_between(earlier, later, years):
    assert whole_years_between(earlier, later) == years


def test_full_dates_finds_every_complete_date_with_its_offset():
    text = (
        "Filed 2025-11-07. The talks began on Thursday, Nov. 6, 2025 and echoed "
        "15 September 2020; the Sept. 15 ceremony and 2025-02-30 do not count."
    )
    assert full_dates(text) == [
        (D(2025, 11, 7), text.index("2025-11-07")),
        (D(2025, 11, 6), text.index("Thursday")),
        (D(2020, 9, 15), text.index("15 September")),
    ]


@pytest.mark.parametrize("text", ["ID-2025-11-07", "2025-11-07x", "Nov 6 2025abc", ""])
def test_full_dates_needs_word_bounds(text):
    assert full_dates(text) == []


def test_date_range_helpers():
    assert month_end(2024, 2) == D(2024, 2, 29)
    assert month_end(2025, 12) == D(2025, 12, 31)
    assert str(DateRange.month(2020, 9)) == "September 2020"
    assert str(DateRange(D(2025, 1, 1), D(2025, 12, 31))) == "2025"
    r = DateRange(D(2025, 11, 3), D(2025, 11, 7))
    assert r.contains(D(2025, 11, 3)) and r.contains(D(2025, 11, 7))
    assert not r.contains(D(2025, 11, 8))
    assert r.overlaps(D(2025, 11, 7), None)
    assert r.overlaps(D(2020, 1, 1), D(2025, 11, 3))
    assert not r.overlaps(D(2025, 11, 8), None)
    assert format_day(D(2025, 11, 6)) == "Thursday, November 6, 2025"


def test_seasons_and_sentence_initial_months_are_found_after_a_preposition():
    text = (
        "In the summer of 2020 talks began. The coup last fall ended them. In December the deal "
        "was signed. Fall 2020 enrolment rose; prices fall 2020 percent."
    )
    found = [(text[s:e], subtype) for s, e, subtype, _ in find_time_expressions(text)]
    assert ("the summer of 2020", "month") in found
    assert ("last fall", "relative") in found
    assert ("December", "month") in found
    assert all("Fall" not in words and "fall 2020" not in words for words, _ in found)


def test_a_month_of_last_year_is_one_expression():
    text = "They signed in September of last year and will meet in June of next year."
    found = [(text[s:e], subtype) for s, e, subtype, _ in find_time_expressions(text)]
    assert found == [("September of last year", "month"), ("June of next year", "month")]


ANCHOR = dt.date(2022, 9, 15)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # A round count: half a unit nearer to a unit further back ("five years ago" of
        # something five years and eight months back).
        ("two years ago", dt.date(2019, 9, 15), dt.date(2021, 3, 17)),
        ("thirty-three years ago", dt.date(1988, 9, 15), dt.date(1990, 3, 17)),
        ("a month ago", dt.date(2022, 7, 15), dt.date(2022, 8, 31)),
        # A day, or "… ago today", is that day.
        ("two days ago", dt.date(2022, 9, 13), dt.date(2022, 9, 13)),
        ("two years ago today", dt.date(2020, 9, 15), dt.date(2020, 9, 15)),
        # Qualifiers bend the range: at least, at most, just under.
        ("more than 20 years ago", dt.date(1822, 1, 1), dt.date(2002, 9, 15)),
        ("less than a year ago", dt.date(2021, 9, 15), ANCHOR),
        ("nearly two weeks ago", dt.date(2022, 9, 1), dt.date(2022, 9, 8)),
    ],
)
def test_an_ago_is_a_writer_s_round_count(text, first, last):
    assert resolve(parse_time_expr(text), ANCHOR) == DateRange(first, last)


def test_an_ago_is_found_in_running_text_with_its_qualifier():
    text = "Over 20 years ago Morocco shut its office; two years ago it reopened."
    found = find_time_expressions(text)
    assert [(text[s:e], kind) for s, e, kind, _ in found] == [
        ("Over 20 years ago", "relative"),
        ("two years ago", "relative"),
    ]
