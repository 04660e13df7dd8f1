"""treaty: when a country made peace with (or normalised ties with) Israel."""

from __future__ import annotations

import pytest

KIND = "treaty"
S, C, U = "supported", "conflicting", "unverifiable"


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "Jordan's 1994 peace treaty with Israel endured.",
        None,
        only(S, "Jordan's 1994 peace treaty with Israel"),
        {"country": "jordan", "partner": "israel", "year": 1994},
        id="possessive-year",
    ),
    pytest.param(
        "Analysts still cite the 1979 Egypt-Israel peace treaty.",
        None,
        only(S, "1979 Egypt-Israel peace treaty"),
        {"country": "egypt", "partner": "israel", "year": 1979},
        id="year-pair",
    ),
    pytest.param(
        "Morocco signed a peace deal with Israel in 2020.",
        None,
        only(S, "Morocco signed a peace deal with Israel in 2020"),
        {"country": "morocco", "partner": "israel", "when": "2020"},
        id="signed-a-deal",
    ),
    pytest.param(
        "Historians date the Washington Declaration of July 1994 as the turning point.",
        None,
        only(S, "Washington Declaration of July 1994"),
        {"treaty": "treaty.washington-declaration", "when": "July 1994", "country": None},
        id="named-declaration",
    ),
    pytest.param(
        "the first Arab states to recognise Israel since Egypt in 1979",
        None,
        only(S, "since Egypt in 1979"),
        {"country": "egypt", "year": 1979},
        id="since-country-in-year",
    ),
    # --- conflicting ---
    pytest.param(
        "Egypt's 1978 peace treaty with Israel endured.",
        None,
        only(C, "Egypt's 1978 peace treaty with Israel"),
        {"country": "egypt", "year": 1978},
        id="treaty-is-not-the-framework",
    ),
    pytest.param(
        "Analysts still cite the 1995 Jordan-Israel peace treaty.",
        None,
        only(C, "1995 Jordan-Israel peace treaty"),
        {"country": "jordan", "year": 1995},
        id="year-pair-wrong",
    ),
    pytest.param(
        "Egypt signed a peace treaty with Israel in 1978.",
        None,
        only(C, "Egypt signed a peace treaty with Israel in 1978"),
        {"country": "egypt", "when": "1978"},
        id="signed-wrong-year",
    ),
    pytest.param(
        "Critics revisit the Camp David Accords of 1979 often.",
        None,
        only(C, "Camp David Accords of 1979"),
        {"treaty": "treaty.camp-david-accords", "year": 1979},
        id="named-framework-wrong-year",
    ),
    pytest.param(
        "the first Arab states to recognise Israel since Egypt in 1977",
        None,
        only(C, "since Egypt in 1977"),
        {"country": "egypt", "year": 1977},
        id="since-country-wrong-year",
    ),
    # --- unverifiable ---
    pytest.param(
        "Indonesia's 1995 peace deal with Israel never happened.",
        None,
        only(U, "Indonesia's 1995 peace deal with Israel"),
        {"country": "indonesia", "partner": "israel", "year": 1995},
        id="possessive-no-reference-row",
    ),
    pytest.param(
        "Oman signed a peace treaty with Israel in 1994.",
        None,
        only(U, "Oman signed a peace treaty with Israel in 1994"),
        {"country": "oman"},
        id="signed-no-reference-row",
    ),
    pytest.param(
        "Oman, with its 1994 peace treaty, was different.",
        None,
        only(U, "Oman, with its 1994 peace treaty"),
        {"country": "oman", "partner": "israel"},
        id="its-treaty-no-reference-row",
    ),
    pytest.param(
        "The Washington Declaration signed on July 25 ended the state of war.",
        None,
        only(S, "Washington Declaration signed on July 25"),
        {"treaty": "treaty.washington-declaration", "when": "--07-25"},
        id="named-treaty-day-without-year-unknown-date",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_treaty(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    claim_has(s, claim)


def test_agreement_without_the_word_treaty_may_be_the_framework(judged):
    s = judged("Egypt's 1978 agreement with Israel reshaped the region.", None, KIND)
    assert s.verdict.value == S
    assert "Camp David Accords" in s.reason


def test_conflict_lists_every_dated_step(judged):
    s = judged("Analysts still cite the 1995 Jordan-Israel peace treaty.", None, KIND)
    assert s.expected == (
        "Washington Declaration (Israel–Jordan) signed 1994-07-25; "
        "Israel–Jordan peace treaty signed 1994-10-26; "
        "diplomatic relations established 1994-11-27"
    )
    assert [e.reference for e in s.evidence] == [
        "treaty.washington-declaration",
        "treaty.israel-jordan-peace",
        "rel.israel-jordan",
    ]


def test_a_country_paired_with_itself_is_no_statement(statements):
    assert statements("Jordan's 1994 peace treaty with Jordan endured.") == []


def test_named_treaty_day_without_year_is_not_a_conflict(judged):
    s = judged(
        "The Washington Declaration signed on July 25 ended the state of war.", "2025-06-01", KIND
    )
    assert s.verdict.value != C
