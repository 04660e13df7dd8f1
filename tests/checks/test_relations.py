"""relations: whether two countries have diplomatic ties, and for how long they have had them."""

from __future__ import annotations

import pytest

KIND = "relations"
S, C, U = "supported", "conflicting", "unverifiable"
MID_2025 = "2025-06-01"


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "Uzbekistan has had diplomatic relations with Israel since 1992.",
        MID_2025,
        only(S, "Uzbekistan has had diplomatic relations with Israel since 1992"),
        {"pair": ["israel", "uzbekistan"], "kind": "since", "year": 1992},
        id="since-year",
    ),
    pytest.param(
        "Diplomatic relations between Israel and Jordan date back to 1994.",
        MID_2025,
        only(S, "Diplomatic relations between Israel and Jordan date back to 1994"),
        {"pair": ["israel", "jordan"], "kind": "since", "year": 1994},
        id="date-back-to",
    ),
    pytest.param(
        "Egypt established diplomatic relations with Israel in 1980.",
        MID_2025,
        only(S, "Egypt established diplomatic relations with Israel in 1980"),
        {"pair": ["egypt", "israel"], "since": "1980"},
        id="established-in",
    ),
    pytest.param(
        "Azerbaijan and Israel have had diplomatic ties for more than 30 years.",
        MID_2025,
        only(S, "Azerbaijan and Israel have had diplomatic ties for more than 30 years"),
        {
            "pair": ["azerbaijan", "israel"],
            "kind": "duration",
            "years": 30,
            "qualifier": "more than",
        },
        id="duration-more-than",
    ),
    pytest.param(
        "Israel and Egypt have had diplomatic ties for decades.",
        MID_2025,
        only(S, "Israel and Egypt have had diplomatic ties for decades"),
        {"pair": ["egypt", "israel"], "kind": "decades", "decades": "several"},
        id="decades",
    ),
    pytest.param(
        "Officials hailed the 30th anniversary of diplomatic relations between Israel and Jordan.",
        "2024-10-26",
        only(S, "30th anniversary of diplomatic relations between Israel and Jordan"),
        {"pair": ["israel", "jordan"], "kind": "anniversary", "anniversary": 30},
        id="anniversary-on-the-day",
    ),
    pytest.param(
        "Uzbekistan established diplomatic relations with Israel 33 years ago.",
        MID_2025,
        only(S, "Uzbekistan established diplomatic relations with Israel 33 years ago"),
        {"kind": "ago", "years_ago": 33},
        id="years-ago",
    ),
    pytest.param(
        "Kazakhstan, which gained independence in 1991, established diplomatic relations shortly "
        "after independence.",
        MID_2025,
        only(S, "established diplomatic relations shortly after independence"),
        {"pair": ["israel", "kazakhstan"], "kind": "shortly-after-independence"},
        id="shortly-after-independence",
    ),
    pytest.param(
        "Sudan has never opened diplomatic relations with Israel.",
        MID_2025,
        only(S, "Sudan has never opened diplomatic relations with Israel"),
        {"pair": ["israel", "sudan"], "negated": True},
        id="never-true",
    ),
    pytest.param(
        "Mauritania has no diplomatic relations with Israel.",
        MID_2025,
        only(S, "Mauritania has no diplomatic relations with Israel"),
        {"pair": ["israel", "mauritania"], "negated": True},
        id="severed-relations-now",
    ),
    # --- conflicting ---
    pytest.param(
        "Uzbekistan has had diplomatic relations with Israel since 1993.",
        MID_2025,
        only(C, "Uzbekistan has had diplomatic relations with Israel since 1993"),
        {"kind": "since", "year": 1993},
        id="since-wrong-year",
    ),
    pytest.param(
        "Azerbaijan and Israel have had diplomatic ties for more than 30 years.",
        "2021-06-01",
        only(C, "Azerbaijan and Israel have had diplomatic ties for more than 30 years"),
        {"kind": "duration", "years": 30},
        id="duration-not-yet-reached",
    ),
    pytest.param(
        "Israel and Bahrain have had diplomatic ties for decades.",
        MID_2025,
        only(C, "Israel and Bahrain have had diplomatic ties for decades"),
        {"pair": ["bahrain", "israel"], "kind": "decades"},
        id="decades-too-young",
    ),
    pytest.param(
        "Officials hailed the 30th anniversary of diplomatic relations between Israel and Jordan.",
        "2022-10-26",
        only(C, "30th anniversary of diplomatic relations between Israel and Jordan"),
        {"anniversary": 30},
        id="anniversary-too-early",
    ),
    pytest.param(
        "Kazakhstan established diplomatic relations with Israel 30 years ago.",
        MID_2025,
        only(C, "Kazakhstan established diplomatic relations with Israel 30 years ago"),
        {"years_ago": 30},
        id="years-ago-wrong",
    ),
    pytest.param(
        "Morocco has never had diplomatic relations with Israel.",
        MID_2025,
        only(C, "Morocco has never had diplomatic relations with Israel"),
        {"pair": ["israel", "morocco"], "negated": True},
        id="never-false",
    ),
    pytest.param(
        "Mauritania has no diplomatic relations with Israel.",
        "2005-06-01",
        only(C, "Mauritania has no diplomatic relations with Israel"),
        {"negated": True},
        id="no-relations-while-they-existed",
    ),
    pytest.param(
        "Sudan established diplomatic relations with Israel in 2021.",
        MID_2025,
        only(C, "Sudan established diplomatic relations with Israel in 2021"),
        {"pair": ["israel", "sudan"], "state": "exist"},
        id="relations-that-never-were",
    ),
    # --- unverifiable ---
    pytest.param(
        "Oman has no diplomatic relations with Israel.",
        MID_2025,
        only(U, "Oman has no diplomatic relations with Israel"),
        {"pair": ["israel", "oman"]},
        id="no-reference-row-negated",
    ),
    pytest.param(
        "Oman established diplomatic ties with Israel in 1996.",
        MID_2025,
        only(U, "Oman established diplomatic ties with Israel in 1996"),
        {"pair": ["israel", "oman"]},
        id="no-reference-row-dated",
    ),
    pytest.param(
        "Azerbaijan and Israel have had diplomatic ties for more than 30 years.",
        None,
        only(U, "Azerbaijan and Israel have had diplomatic ties for more than 30 years"),
        {"kind": "duration"},
        id="duration-unknown-date",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_relations(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    claim_has(s, claim)


def test_a_peace_treaty_counts_as_the_start(judged):
    s = judged("Egypt established diplomatic relations with Israel in 1979.", MID_2025, KIND)
    assert s.verdict.value == S
    assert "peace treaty" in s.reason
    assert "treaty.egypt-israel-peace" in {e.reference for e in s.evidence}


def test_independence_row_is_evidence(judged):
    s = judged(
        "Kazakhstan, which gained independence in 1991, established diplomatic relations shortly "
        "after independence.",
        MID_2025,
        KIND,
    )
    assert {e.reference for e in s.evidence} == {"rel.israel-kazakhstan", "kazakhstan.independence"}


def test_conflicting_since_states_the_real_date(judged):
    s = judged("Uzbekistan has had diplomatic relations with Israel since 1993.", MID_2025, KIND)
    assert s.expected == "since 1992-04-10"
    assert s.found == "since 1993"


def test_sentence_initial_relations(statements):
    assert statements("Relations between Israel and Jordan date back to 1994.", MID_2025) == only(
        S, "Relations between Israel and Jordan date back to 1994"
    )
