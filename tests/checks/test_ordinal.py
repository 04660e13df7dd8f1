"""ordinal: where a country stands in a sequence, trying each counting sources use."""

from __future__ import annotations

import pytest

KIND = "ordinal"
S, C, U = "supported", "conflicting", "unverifiable"
PARTICIPANTS = "participants:abraham-accords"
ARAB = "seq.arab-states-relations-with-israel"
MID_2025 = "2025-06-01"


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "Morocco was the fourth nation to sign on to the Abraham Accords.",
        MID_2025,
        only(S, "Morocco was the fourth nation to sign on to the Abraham Accords"),
        {"ordinal": 4, "subject": "morocco", "sequence": PARTICIPANTS},
        id="counting-sudan",
    ),
    pytest.param(
        "Morocco was the third nation to sign on to the Abraham Accords.",
        MID_2025,
        only(S, "Morocco was the third nation to sign on to the Abraham Accords"),
        {"ordinal": 3, "subject": "morocco"},
        id="not-counting-sudan",
    ),
    pytest.param(
        "Sudan was the third nation to sign on to the Abraham Accords.",
        MID_2025,
        only(S, "Sudan was the third nation to sign on to the Abraham Accords"),
        {"ordinal": 3, "subject": "sudan"},
        id="sudan-itself",
    ),
    pytest.param(
        "Jordan was the second Arab state to make peace with Israel.",
        None,
        only(S, "Jordan was the second Arab state to make peace with Israel"),
        {"ordinal": 2, "subject": "jordan", "sequence": ARAB},
        id="arab-state",
    ),
    pytest.param(
        "This makes it the fifth nation to sign on to the Abraham Accords.",
        "2025-11-08",
        only(S, "the fifth nation to sign on to the Abraham Accords"),
        {"ordinal": 5, "subject": "kazakhstan"},
        id="subject-is-latest-by-article-date",
    ),
    # --- conflicting ---
    pytest.param(
        "Morocco was the fifth nation to sign on to the Abraham Accords.",
        MID_2025,
        only(C, "Morocco was the fifth nation to sign on to the Abraham Accords"),
        {"ordinal": 5, "subject": "morocco"},
        id="too-late",
    ),
    pytest.param(
        "Sudan was the fourth nation to sign on to the Abraham Accords.",
        MID_2025,
        only(C, "Sudan was the fourth nation to sign on to the Abraham Accords"),
        {"ordinal": 4, "subject": "sudan"},
        id="sudan-cannot-be-left-out-of-its-own-place",
    ),
    pytest.param(
        "Oman was the sixth nation to sign on to the Abraham Accords.",
        MID_2025,
        only(C, "Oman was the sixth nation to sign on to the Abraham Accords"),
        {"ordinal": 6, "subject": "oman"},
        id="not-a-member",
    ),
    pytest.param(
        "Morocco was the fourth Arab nation to establish relations with Israel.",
        MID_2025,
        only(C, "Morocco was the fourth Arab nation to establish relations with Israel"),
        {"ordinal": 4, "subject": "morocco", "sequence": ARAB},
        id="arab-state-too-early",
    ),
    # --- unverifiable ---
    pytest.param(
        "It was the fourth nation to sign on to the Abraham Accords.",
        None,
        only(U, "the fourth nation to sign on to the Abraham Accords"),
        {"ordinal": 4},
        id="no-subject-no-date",
    ),
    pytest.param(
        "This makes it the fifth nation to sign on to the Abraham Accords.",
        None,
        only(U, "the fifth nation to sign on to the Abraham Accords"),
        {"ordinal": 5},
        id="no-subject-no-date-sign-on",
    ),
    pytest.param(
        "The deal made it the third Arab nation to establish relations with Israel.",
        None,
        only(U, "the third Arab nation to establish relations with Israel"),
        {"ordinal": 3, "sequence": ARAB},
        id="arab-state-no-subject",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_ordinal(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    claim_has(s, claim)


def test_sudan_counted_or_not(judged):
    with_sudan = judged(
        "Morocco was the fourth nation to sign on to the Abraham Accords.", MID_2025, KIND
    )
    assert "left out" not in with_sudan.reason
    without = judged(
        "Morocco was the third nation to sign on to the Abraham Accords.", MID_2025, KIND
    )
    assert "Sudan left out" in without.reason
    wrong = judged(
        "Morocco was the fifth nation to sign on to the Abraham Accords.", MID_2025, KIND
    )
    assert wrong.expected == "3rd or 4th"
    assert wrong.found == "5th"


def test_every_optional_member_is_tried(judged):
    s = judged(
        "Morocco was the fifth Arab nation to establish relations with Israel.", MID_2025, KIND
    )
    assert s.verdict.value == S
    assert "Mauritania left out" in s.reason and "Sudan left out" in s.reason
    wrong = judged(
        "Morocco was the fourth Arab nation to establish relations with Israel.", MID_2025, KIND
    )
    assert wrong.expected == "5th or 6th or 7th"


def test_subject_defaults_to_the_latest_participant_on_the_article_date(statements):
    text = "It was the third nation to sign on to the Abraham Accords."
    assert statements(text, "2021-06-01") == only(
        S, "the third nation to sign on to the Abraham Accords"
    )
    assert statements(text, "2025-11-08") == only(
        C, "the third nation to sign on to the Abraham Accords"
    )


def test_first_in_some_years_is_not_an_ordinal(statements):
    text = "Kazakhstan was the first new participant of the Abraham Accords in almost five years."
    assert statements(text, "2025-11-08") == [
        (
            "first_since",
            S,
            "Kazakhstan was the first new participant of the Abraham Accords in almost five years",
        ),
    ]
