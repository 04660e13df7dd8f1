"""The article date read off the text when nothing states it, as a reader would date the piece."""

from __future__ import annotations

from accordcheck import Checker

UNDATED_ANNIVERSARY = (
    "Sept. 15 marks the fifth anniversary of the Abraham Accords. Five years ago, the foreign "
    "ministers of Bahrain and the UAE put their names to them in Washington alongside Israeli Prime Minister "
    "Benjamin Netanyahu and U.S. President Donald Trump. Israeli President Isaac Herzog praised "
    "the agreements this week.\n"
)


def by_text(report):
    return {" ".join(s.text.split()): s for s in report.statements}


def test_an_anniversary_said_to_fall_now_dates_an_undated_article(checker: Checker):
    report = checker.check_text(UNDATED_ANNIVERSARY)
    assert report.published.date == "2025-09-15"
    assert report.published.source == "inferred"
    assert "anniversary no. 5" in report.published.detail
    statements = by_text(report)
    herzog = statements["Israeli President Isaac Herzog"]
    assert herzog.verdict.value == "supported"
    assert "2025-09-15" in herzog.reason


def test_n_years_ago_dates_the_titles_of_its_sentence(checker: Checker):
    statements = by_text(checker.check_text(UNDATED_ANNIVERSARY))
    # In September 2025 Trump is president again and Netanyahu prime minister again; in 2020 both
    # held the offices too: the sentence's own moment is the one read, and the reason says so.
    trump = statements["U.S. President Donald Trump"]
    assert trump.verdict.value == "supported"
    assert "Five years ago" in trump.reason


def test_a_past_or_future_anniversary_does_not_date_the_article(checker: Checker):
    for verb in ("marked", "will mark"):
        text = UNDATED_ANNIVERSARY.replace("marks", verb, 1)
        assert checker.check_text(text).published.date is None, verb


def test_an_anniversary_on_another_day_does_not_date_the_article(checker: Checker):
    text = UNDATED_ANNIVERSARY.replace("Sept. 15", "Sept. 12", 1)
    assert checker.check_text(text).published.date is None


def test_years_ago_in_a_dated_article_moves_a_title_to_that_year(checker: Checker):
    text = (
        "Three years ago, Secretary of State Antony Blinken met Moroccan officials in Rabat "
        "about the accords.\n"
    )
    report = checker.check_text(text, as_of="2025-03-01")
    blinken = by_text(report)["Secretary of State Antony Blinken"]
    assert blinken.verdict.value == "supported"
    assert "Three years ago" in blinken.reason


def test_a_visit_or_summit_named_loosely_does_not_bound_an_undated_article(checker: Checker):
    # Visits and summits recur: "his visit" need not be the one the reference dates, so the
    # article may be older than it, and a past president's title is not called stale.
    text = (
        "U.S. President Joe Biden's aides met Saudi Crown Prince Mohammed bin Salman during his "
        "visit to the kingdom, officials said.\n"
    )
    report = checker.check_text(text)
    assert report.published.date is None
    assert report.published.not_before is None
    assert all(s.verdict.value != "conflicting" for s in report.statements)


def test_an_age_with_its_own_weekday_dates_the_article_over_a_background_full_date(
    checker: Checker,
):
    # The full date near the top is the signing, background; "turned four on Sunday" is now.
    report = checker.check_text(
        "The Abraham Accords, now part of the landscape, turned four years old on Sunday. "
        "The UAE and Bahrain signed them "
        "on 15 September 2020. Israeli Foreign Minister Israel Katz hailed the anniversary.\n"
    )
    assert report.published.date == "2024-09-15"
    assert by_text(report)["Israeli Foreign Minister Israel Katz"].verdict.value == "supported"


def test_the_current_flight_with_its_weekday_dates_the_article(checker: Checker):
    report = checker.check_text(
        "The first Israel-Morocco direct passenger flight touched down in the kingdom on "
        "Tuesday. Senior adviser Jared Kushner was on board.\n"
    )
    assert report.published.date == "2020-12-22"
    assert by_text(report)["Senior adviser Jared Kushner"].verdict.value == "supported"


def test_a_photo_captions_date_does_not_date_the_article(checker: Checker):
    report = checker.check_text(
        "Burhan on the accords\n\n"
        "Sudan's leader greets visitors in Khartoum, Sept. 15, 2020. (AFP)\n\n"
        "Sudan's government signed the Abraham Accords, its leader said.\n"
    )
    assert report.published.date is None
    assert report.published.not_before == "2020-09-15"
    signed = [s for s in report.statements if s.kind == "membership"]
    assert [s.verdict.value for s in signed] == ["supported"]


def test_a_relative_time_does_not_conflict_with_an_inferred_article_date(checker: Checker):
    # The only full date is the event recalled, so the inferred date is too early: "two years
    # ago" counts from the real (unknown) date of writing.
    text = (
        "Leaders met in Washington on September 15, 2020, for a ceremony on the lawn.\n\n"
        "The prime minister of Israel was at the White House signing of the Abraham Accords "
        "two years ago, and trade has grown since.\n"
    )
    report = checker.check_text(text)
    assert report.published.source == "inferred"
    assert not [s for s in report.statements if s.verdict.value == "conflicting"]
    ago = [s for s in report.statements if "two years ago" in s.text and s.kind == "event_date"]
    assert ago and "only inferred from the text" in ago[0].reason
