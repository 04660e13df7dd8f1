"""count: a stated number of members, against a reference group or the participants by a date."""

from __future__ import annotations

import pytest

KIND = "count"
S, C, U = "supported", "conflicting", "unverifiable"
PARTICIPANTS = "participants:abraham-accords"
MID_2025 = "2025-06-01"
LATE_2025 = "2025-12-01"


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "Envoys from five Central Asian republics gathered.",
        None,
        only(S, "five Central Asian republics"),
        {"number": 5, "other": False, "group": "central-asia"},
        id="group",
    ),
    pytest.param(
        "Mirziyoyev and four other Central Asian presidents attended.",
        None,
        only(S, "four other Central Asian presidents"),
        {"number": 4, "other": True, "group": "central-asia"},
        id="group-other",
    ),
    pytest.param(
        "Presidents from four other Central Asian states, including Tajikistan and Uzbekistan, "
        "came.",
        None,
        only(S, "four other Central Asian states, including Tajikistan and Uzbekistan"),
        {"number": 4, "list": ["tajikistan", "uzbekistan"]},
        id="group-open-list",
    ),
    pytest.param(
        "Observers counted the C5's five members.",
        None,
        only(S, "C5's five members"),
        {"number": 5, "group": "central-asia"},
        id="group-possessive",
    ),
    pytest.param(
        "Two countries have signed on to the Abraham Accords.",
        "2020-09-20",
        only(S, "Two countries have signed on to the Abraham Accords"),
        {"number": 2, "sequence": PARTICIPANTS},
        id="participants-early",
    ),
    pytest.param(
        "Four countries have signed on to the Abraham Accords.",
        MID_2025,
        only(S, "Four countries have signed on to the Abraham Accords"),
        {"number": 4, "sequence": PARTICIPANTS},
        id="participants-with-sudan",
    ),
    pytest.param(
        "Three countries have signed on to the Abraham Accords.",
        MID_2025,
        only(S, "Three countries have signed on to the Abraham Accords"),
        {"number": 3},
        id="participants-without-sudan",
    ),
    pytest.param(
        "Five countries have signed on to the Abraham Accords.",
        LATE_2025,
        only(S, "Five countries have signed on to the Abraham Accords"),
        {"number": 5},
        id="participants-with-kazakhstan",
    ),
    # --- conflicting ---
    pytest.param(
        "Envoys from six Central Asian republics gathered.",
        None,
        only(C, "six Central Asian republics"),
        {"number": 6, "other": False},
        id="group-wrong",
    ),
    # Fewer than the group: some of its members, not its size.
    pytest.param(
        "Envoys from four Central Asian republics gathered.",
        None,
        only(U, "four Central Asian republics"),
        {"number": 4, "other": False},
        id="group-fewer",
    ),
    pytest.param(
        "Mirziyoyev and five other Central Asian presidents attended.",
        None,
        only(C, "five other Central Asian presidents"),
        {"number": 5, "other": True},
        id="group-other-wrong",
    ),
    pytest.param(
        "Five Central Asian republics, from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and "
        "Azerbaijan, met.",
        None,
        only(
            C,
            "Five Central Asian republics, from Kazakhstan, Kyrgyzstan, Tajikistan, "
            "Turkmenistan and Azerbaijan",
        ),
        {"list": ["kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "azerbaijan"]},
        id="group-list-with-stranger",
    ),
    pytest.param(
        "Five Central Asian republics, from Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, "
        "met.",
        None,
        only(
            C,
            "Five Central Asian republics, from Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan",
        ),
        {"number": 5},
        id="group-list-shorter-than-number",
    ),
    pytest.param(
        "Five countries have signed on to the Abraham Accords.",
        MID_2025,
        only(C, "Five countries have signed on to the Abraham Accords"),
        {"number": 5, "sequence": PARTICIPANTS},
        id="participants-too-many",
    ),
    pytest.param(
        "Three countries have signed on to the Abraham Accords.",
        "2020-09-20",
        only(C, "Three countries have signed on to the Abraham Accords"),
        {"number": 3},
        id="participants-too-early",
    ),
    # --- unknown article date: supported when the set ever had that many ---
    pytest.param(
        "Four countries have signed on to the Abraham Accords.",
        None,
        only(S, "Four countries have signed on to the Abraham Accords"),
        {"number": 4, "sequence": PARTICIPANTS},
        id="unknown-date",
    ),
    pytest.param(
        "Three nations have joined the Abraham Accords so far.",
        None,
        only(S, "Three nations have joined the Abraham Accords"),
        {"number": 3},
        id="unknown-date-nations",
    ),
    pytest.param(
        "Seven participants have signed the Abraham Accords.",
        None,
        only(C, "Seven participants have signed the Abraham Accords"),
        {"number": 7},
        id="unknown-date-never-that-many",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_count(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    claim_has(s, claim)


def test_either_counting_is_accepted_and_named(judged):
    s = judged("Three countries have signed on to the Abraham Accords.", MID_2025, KIND)
    assert "Sudan left out" in s.reason
    wrong = judged("Five countries have signed on to the Abraham Accords.", MID_2025, KIND)
    assert wrong.expected == "3 or 4"
    assert wrong.found == "5"


def test_a_count_changes_with_the_article_date(statements):
    text = "Four countries have signed on to the Abraham Accords."
    assert [v for _, v, _ in statements(text, "2020-09-20")] == [C]
    assert [v for _, v, _ in statements(text, "2020-12-15")] == [S]


def test_other_means_one_fewer(judged):
    s = judged("Mirziyoyev and five other Central Asian presidents attended.", None, KIND)
    assert s.expected == "4"
    assert s.evidence[0].reference == "central-asia"


def test_unknown_date_count_names_when_the_set_had_that_many(judged):
    s = judged("Four countries have signed on to the Abraham Accords.", None, KIND)
    assert "from 2020-12-10" in s.reason


def test_original_accords_count_the_first_members(judged):
    text = (
        "Unlike the four Arab states that forged formal relations with Israel under the "
        "original Abraham Accords, Kazakhstan already had relations."
    )
    s = judged(text, "2025-11-20", KIND)
    assert s.verdict.value == S
    assert s.claim["initial"] is True


def test_all_three_countries_is_an_anaphor_not_a_count(statements):
    text = "Israel, the UAE and Bahrain met. All three countries signed the Abraham Accords."
    assert [k for k, _, _ in statements(text, "2020-09-16")] == ["membership"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Tokayev travelled with the other heads of state from Central Asia — Kyrgyzstan, Uzbekistan, "
            "Turkmenistan and Tajikistan.",
            S,
        ),
        ("Tokayev came with other leaders from Central Asia — Uzbekistan and Tajikistan.", S),
        (
            "Kazakh President Tokayev came with other leaders from Central Asia — Kazakhstan and Tajikistan.",
            C,
        ),
        ("Tokayev came with other leaders from Central Asia — Azerbaijan and Tajikistan.", C),
    ],
)
def test_group_list_without_a_number(statements, text, verdict):
    assert [v for k, v, _ in statements(text, "2025-11-07") if k == KIND] == [verdict]


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "Before 2020, only three Arab states - Egypt, Jordan and Morocco - had full relations with Israel.",
            None,
            C,
        ),
        (
            "Before 2020, only two Arab states - Egypt and Jordan - had full relations with Israel.",
            None,
            S,
        ),
        # Mauritania's relations (1999-2010): counted while they lasted.
        (
            "In 2005, Egypt, Jordan and Mauritania were the only Arab states with relations with Israel.",
            None,
            S,
        ),
        ("Egypt and Jordan are the only Arab countries with ties to Israel.", "2019-06-01", S),
        ("Egypt and Jordan are the only Arab countries with ties to Israel.", "2021-06-01", C),
        # No time to read: unverifiable.
        ("Egypt and Jordan were the only Arab countries with ties to Israel.", None, U),
    ],
)
def test_only_arab_states_with_relations(statements, text, as_of, verdict):
    assert [v for k, v, _ in statements(text, as_of) if k == KIND] == [verdict]


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        ("In 2019, only two Arab countries, Egypt and Jordan, had relations with Israel.", None, S),
        ("In 2005, only two Arab countries, Egypt and Jordan, had relations with Israel.", None, C),
        (
            "Israel now has relations with five Arab states: Egypt, Jordan, the UAE, Bahrain "
            "and Morocco.",
            "2023-01-01",
            S,
        ),
        ("Israel now has relations with six Arab states.", "2023-01-01", C),
        ("In 2019 Israel had full ties with just two Arab nations.", None, S),
    ],
)
def test_arab_states_with_relations(statements, text, as_of, verdict):
    assert [v for k, v, _ in statements(text, as_of) if k == KIND] == [verdict]


def test_a_number_against_the_names_that_follow(judged):
    s = judged(
        "Trump hosted the four presidents of Uzbekistan, Turkmenistan, Tajikistan, the Kyrgyz "
        "Republic, and Kazakhstan.",
        None,
        KIND,
    )
    assert s.verdict.value == C
    assert "names 5" in s.reason
    # The number counts the names, not the group: no group claim for diff to compare.
    assert "group" not in s.claim
    ok = judged("The two leaders of Kazakhstan and Uzbekistan met.", None, KIND)
    assert ok.verdict.value == S


def test_deals_between_israel_and_n_countries(statements):
    text = "The Abraham Accords are the normalisation deals between Israel and four other nations."
    assert [v for k, v, _ in statements(text, "2022-09-15") if k == "count"] == ["supported"]


def test_arab_counts_only_the_arab_participants(statements):
    """Kazakhstan (2025) is a participant but no Arab state."""
    text = "The Abraham Accords now bind Israel in deals with five Arab states."
    assert [v for k, v, _ in statements(text, "2025-11-20") if k == "count"] == ["conflicting"]
    text = "The Abraham Accords now bind Israel in deals with four Arab states."
    assert [v for k, v, _ in statements(text, "2025-11-20") if k == "count"] == ["supported"]


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "Washington mediated Israel's Abraham Accords with several Arab nations.",
            "2024-01-01",
            "supported",
        ),
        (
            "The Abraham Accords established ties between Israel and a handful of Arab states.",
            "2020-09-16",
            "unverifiable",
        ),
        (
            "The Abraham Accords are deals that normalised relations between Israel and several "
            "Muslim-majority countries.",
            "2025-12-01",
            "supported",
        ),
    ],
)
def test_a_vague_number_of_participants(judged, text, as_of, verdict):
    s = judged(text, as_of, "count")
    assert s.verdict.value == verdict
    assert s.claim.get("vague")


def test_one_of_n_within_a_time(judged):
    """ "One of three Arab states last year to normalise relations": the set's members in that year,
    in a counting that leaves Sudan's unimplemented deal out."""
    s = judged(
        "Morocco was one of three Arab states last year to normalise relations with Israel.",
        "2021-01-12",
        "count",
    )
    assert s.verdict.value == "supported" and "Sudan left out" in s.reason
    assert s.claim["scope"] == "2020-01-01..2020-12-31" or "2020" in s.claim["scope"]


def test_one_of_n_while_the_subject_had_relations(judged):
    s = judged(
        "Mauritania was one of only three Arab states with relations with Israel.",
        "2012-01-01",
        "count",
    )
    assert s.verdict.value == "supported" and "Mauritania" in s.reason


def test_group_list_near_the_group_is_soft(judged):
    """A list placed near the group's name: members support, an outsider is unverifiable."""
    ok = judged(
        "Trump invited the presidents of Turkmenistan, Kazakhstan, Uzbekistan, Tajikistan and "
        "Kyrgyzstan to the C5+1 summit.",
        "2025-10-27",
        "count",
    )
    assert ok.verdict.value == "supported"
    mixed = judged(
        "Officials from Kazakhstan, Uzbekistan and Azerbaijan will attend the C5+1 summit.",
        "2025-10-27",
        "count",
    )
    assert mixed.verdict.value == "unverifiable" and "Azerbaijan" in mixed.reason


def test_scoped_count_treaty_or_relations_date(judged):
    """Egypt's treaty is of 1979, its relations of 1980: a count that only the relations date
    would fit is unverifiable, never conflicting."""
    s = judged("One Arab state established relations with Israel in 1980.", None, "count")
    assert s.verdict.value == "unverifiable"


def test_the_two_countries_before_a_verb_point_back_and_count_nothing(statements):
    # No antecedent is named, so "the two nations" is plain text here, not a plural anaphor.
    text = "The two nations signed the Abraham Accords at the White House last September."
    assert not [s for s in statements(text, "2021-07-16") if s[0] == "count"]
