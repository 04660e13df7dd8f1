"""office: a title given to a person must match who held the office at the time meant."""

from __future__ import annotations

import pytest

KIND = "office"
S, C, U = "supported", "conflicting", "unverifiable"


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "US President Joe Biden spoke by phone.",
        "2022-03-01",
        only(S, "US President Joe Biden"),
        {
            "person": "joe-biden",
            "office": "president-of-the-united-states",
            "country": "united-states",
            "modifier": "present",
            "on": "2022-03-01",
        },
        id="in-office-on-article-date",
    ),
    pytest.param(
        "Former President Joe Biden spoke by phone.",
        "2025-03-01",
        only(S, "Former President Joe Biden"),
        {"person": "joe-biden", "modifier": "former", "office": "president-of-the-united-states"},
        id="former-after-the-term",
    ),
    pytest.param(
        "In 2019, then-Secretary of State Mike Pompeo visited Abu Dhabi.",
        "2025-03-01",
        only(S, "then-Secretary of State Mike Pompeo"),
        {"person": "mike-pompeo", "modifier": "then", "on": "2019"},
        id="then-with-a-dated-sentence",
    ),
    pytest.param(
        "Then-Secretary of State Mike Pompeo visited Abu Dhabi.",
        "2025-03-01",
        only(S, "Then-Secretary of State Mike Pompeo"),
        {"person": "mike-pompeo", "modifier": "then"},
        id="then-undated-held-before",
    ),
    pytest.param(
        "Isaac Herzog, the Israeli president, visited Manama.",
        "2024-01-20",
        only(S, "Isaac Herzog, the Israeli president"),
        {"person": "isaac-herzog", "office": "president-of-israel", "country": "israel"},
        id="appositive-title",
    ),
    pytest.param(
        "Mohammed bin Salman has been crown prince since 2017, aides noted.",
        "2025-03-01",
        only(S, "Mohammed bin Salman has been crown prince since 2017"),
        {"office": "crown-prince-of-saudi-arabia", "since": 2017},
        id="since-year",
    ),
    pytest.param(
        "Avi Berkowitz, who served as envoy, flew to Rabat.",
        "2025-03-01",
        only(S, "Avi Berkowitz, who served as envoy"),
        {"person": "avi-berkowitz", "modifier": "past"},
        id="who-served-as",
    ),
    pytest.param(
        "President-elect Joe Biden named a cabinet.",
        "2020-12-01",
        only(S, "President-elect Joe Biden"),
        {"office": "president-elect-of-the-united-states", "title": "President-elect"},
        id="president-elect",
    ),
    pytest.param(
        "Incoming Secretary of State Marco Rubio spoke.",
        "2025-01-10",
        only(S, "Incoming Secretary of State Marco Rubio"),
        {"person": "marco-rubio", "modifier": "incoming"},
        id="incoming",
    ),
    # --- conflicting ---
    pytest.param(
        "US President Joe Biden spoke by phone.",
        "2025-03-01",
        only(C, "US President Joe Biden"),
        {"person": "joe-biden", "modifier": "present", "on": "2025-03-01"},
        id="out-of-office-on-article-date",
    ),
    pytest.param(
        "Former President Joe Biden spoke by phone.",
        "2022-03-01",
        only(C, "Former President Joe Biden"),
        {"modifier": "former", "on": "2022-03-01"},
        id="former-while-in-office",
    ),
    pytest.param(
        "In 2022, then-Secretary of State Mike Pompeo visited Abu Dhabi.",
        "2025-03-01",
        only(C, "then-Secretary of State Mike Pompeo"),
        {"modifier": "then", "on": "2022"},
        id="then-wrong-year",
    ),
    pytest.param(
        "Nursultan Nazarbayev, the Kazakh president, praised the move.",
        "2025-03-01",
        only(C, "Nursultan Nazarbayev, the Kazakh president"),
        {"person": "nursultan-nazarbayev", "office": "president-of-kazakhstan"},
        id="predecessor",
    ),
    pytest.param(
        "Mohammed bin Salman has been crown prince since 2016, aides noted.",
        "2025-03-01",
        only(C, "Mohammed bin Salman has been crown prince since 2016"),
        {"since": 2016},
        id="since-wrong-year",
    ),
    pytest.param(
        "Then-Secretary of State Marco Rubio visited Abu Dhabi.",
        "2019-03-01",
        only(C, "Then-Secretary of State Marco Rubio"),
        {"modifier": "then"},
        id="then-only-held-later",
    ),
    # --- unverifiable ---
    pytest.param(
        "Israeli Prime Minister Naftali Bennett flew to Abu Dhabi.",
        None,
        only(U, "Israeli Prime Minister Naftali Bennett"),
        {"person": "naftali-bennett", "on": None},
        id="unknown-article-date",
    ),
    pytest.param(
        "President Steve Witkoff spoke.",
        "2025-03-01",
        only(U, "President Steve Witkoff"),
        {"person": "steve-witkoff", "title": "President"},
        id="title-never-held-and-no-country",
    ),
    pytest.param(
        "Crowds mourned the late King Salman bin Abdulaziz.",
        "2025-03-01",
        only(U, "late King Salman bin Abdulaziz"),
        {"modifier": "late", "office": "king-of-saudi-arabia"},
        id="late-deaths-not-recorded",
    ),
    pytest.param(
        "Incoming Secretary of State Mike Pompeo spoke.",
        "2025-01-10",
        only(U, "Incoming Secretary of State Mike Pompeo"),
        {"modifier": "incoming"},
        id="incoming-without-a-later-term",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_office(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    claim_has(s, claim)


@pytest.mark.parametrize(
    ("as_of", "verdict"),
    [("2021-06-12", C), ("2021-06-13", S), ("2022-06-30", S), ("2022-07-01", C)],
)
def test_term_edges(statements, as_of, verdict):
    assert statements("Israeli Prime Minister Naftali Bennett flew to Abu Dhabi.", as_of) == only(
        verdict, "Israeli Prime Minister Naftali Bennett"
    )


def test_conflict_names_who_held_it_then(judged):
    s = judged("US President Joe Biden spoke by phone.", "2025-03-01", KIND)
    assert "held by Donald Trump" in s.reason
    assert (
        s.expected == "Joe Biden held President of the United States from 2021-01-20 to 2025-01-20"
    )
    assert {e.reference for e in s.evidence} == {"term.biden.president", "term.trump.president-47"}


def test_dated_sentence_wins_over_article_date(judged):
    s = judged(
        "In 2019, then-Secretary of State Mike Pompeo visited Abu Dhabi.", "2025-03-01", KIND
    )
    assert "the date the sentence gives (In 2019)" in s.reason


def test_a_person_with_two_terms(statements):
    text = "President Donald Trump hosted the leaders."
    assert statements(text, "2019-03-01") == only(S, "President Donald Trump")
    assert statements(text, "2022-03-01") == only(C, "President Donald Trump")
    assert statements(text, "2025-03-01") == only(S, "President Donald Trump")
