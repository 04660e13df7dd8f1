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
        "Sudan was the fifth nation to sign on to the Abraham Accords.",
        MID_2025,
        only(C, "Sudan was the fifth nation to sign on to the Abraham Accords"),
        {"ordinal": 5, "subject": "sudan"},
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
    # By then the latest is the fifth; "it" may be an earlier member (the previous sentence
    # decides), so a guess cannot carry a conflict.
    assert statements(text, "2025-11-08") == only(
        U, "the third nation to sign on to the Abraham Accords"
    )
    # A place no member ever had is wrong whoever "it" is.
    assert statements(text.replace("third", "seventh"), "2025-11-08") == only(
        C, "the seventh nation to sign on to the Abraham Accords"
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


def test_sudan_is_fourth_in_the_order_of_signing(judged):
    s = judged("Sudan was the fourth nation to sign on to the Abraham Accords.", MID_2025, KIND)
    assert s.verdict.value == S
    assert "in the order of signing" in s.reason


def test_members_signing_on_one_day_share_their_places(statements):
    for place in ("first", "second"):
        text = f"Bahrain was the {place} nation to sign on to the Abraham Accords."
        assert statements(text, MID_2025)[0][1] == S


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "Sudan became the third Arab state to normalise ties with Israel this year.",
            "2020-10-24",
            S,
        ),
        (
            "Sudan became the fifth Arab state to normalise ties with Israel this year.",
            "2020-10-24",
            C,
        ),
        (
            "Morocco became the fourth Arab nation this year to normalise ties with Israel.",
            "2020-12-11",
            S,
        ),
        (
            "Morocco became the third Arab nation this year to normalise ties with Israel.",
            "2020-12-11",
            S,
        ),
        # 'this year' on a 2025 article cannot be Sudan's 2020: the scope may mean another year.
        (
            "Sudan became the third Arab state to normalise ties with Israel this year.",
            "2025-01-10",
            U,
        ),
    ],
)
def test_this_year_restricts_the_set(statements, text, as_of, verdict):
    assert statements(text, as_of)[0][1] == verdict


def test_this_year_in_an_undated_article_reads_the_paragraph_year(judged):
    text = (
        "Trump announced the deal on October 23, 2020. Sudan is the third Arab nation to "
        "recognise Israel this year, after the UAE and Bahrain."
    )
    s = judged(text, None, KIND)
    assert s.verdict.value == S
    assert s.claim["scope"] == "2020"


def test_since_a_month_counts_that_month(judged):
    text = (
        "Morocco agreed to normalise relations with Israel. It is the fourth such announcement "
        "since August."
    )
    s = judged(text, "2020-12-11", KIND)
    assert s.verdict.value == S
    assert "since August" in s.reason


def test_first_since_a_year_counts_after_it(statements):
    text = "The UAE became the first Arab state since 1994 to make peace with Israel."
    assert statements(text, "2020-09-01") == only(
        S, "UAE became the first Arab state since 1994 to make peace with Israel"
    )


def test_two_subjects_respectively(statements):
    text = "The Washington signing made the Emirates and Bahrain the third and fourth Arab countries to make peace with Israel."
    assert statements(text, "2020-09-16")[0][:2] == (KIND, S)
    swapped = "The ceremony made the UAE and Bahrain the fifth and sixth Arab states to make peace with Israel."
    assert statements(swapped, "2020-09-16")[0][:2] == (KIND, C)


def test_after_a_list_counts_from_its_first(judged):
    text = "Sudan became the third Arab country to agree to full ties with Israel, after the UAE and Bahrain."
    s = judged(text, "2021-01-07", KIND)
    assert s.verdict.value == S
    assert "counting from" in s.reason or "Mauritania left out" in s.reason


def test_a_list_that_leaves_out_a_predecessor_does_not_save_the_place(statements):
    text = "Morocco became the fourth Arab state to normalise ties with Israel, after the UAE, Egypt and Jordan."
    assert statements(text, "2020-12-11")[0][:2] == (KIND, C)


def test_a_time_after_the_place_may_date_the_step(statements):
    text = "The Abraham Accords grew when Kazakhstan became the fifth participant in November 2025."
    assert statements(text, None) == only(
        S, "Kazakhstan became the fifth participant in November 2025"
    )


def test_elliptical_ordinal_after_an_arab_state_one(statements):
    text = (
        "Morocco was the third Arab state in 2020 to agree to normalise, and the fifth to "
        "recognise Israel overall, after Egypt, Jordan, the UAE and Bahrain."
    )
    found = statements(text, "2022-12-22")
    assert [v for k, v, _ in found if k == KIND] == [S, S]


def test_an_anaphor_read_as_the_wrong_country_is_not_a_conflict(statements):
    text = (
        "Counting the older treaties with Egypt and Jordan, the kingdom is the sixth Arab state "
        "to come to terms with Israel."
    )
    assert [v for k, v, _ in statements(text, "2020-12-11") if k == KIND] == [U]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "That month Morocco followed the Emirates, Bahrain and Sudan as the fourth Arab "
            "country in 2020 to normalise ties with Israel.",
            S,
        ),
        (
            "Bahrain joined the UAE in becoming the second Arab state in 2020 to agree to "
            "normalise relations with Israel.",
            S,
        ),
        (
            "Morocco followed the Emirates and Bahrain as the second Arab state in 2020 to "
            "establish ties with Israel.",
            C,
        ),
    ],
)
def test_followed_a_list_as_the_nth(statements, text, verdict):
    found = [v for k, v, _ in statements(text, "2020-12-20") if k == KIND]
    assert found == [verdict]


def test_the_tail_of_a_list_is_not_the_subject(judged):
    """'… the UAE, Bahrain and Sudan as the fourth …': Sudan is one the subject follows."""
    text = (
        "Officials recalled the UAE, Bahrain and Sudan as the fourth Arab country to normalise "
        "ties with Israel, a muddle."
    )
    s = judged(text, "2021-02-01", KIND)
    assert s.verdict.value == U
    assert "not certain" in s.reason


def test_news_of_the_wave_may_count_that_year_only(judged):
    """Said in September 2020, "the second Arab country" places Bahrain in the 2020 wave."""
    text = "Bahrain will become the second Arab state to forge ties with Israel, officials said."
    s = judged(text, "2020-09-11", KIND)
    assert s.verdict.value == S
    assert "counting only the members of 2020" in s.reason
    assert "scope" not in s.claim


def test_the_wave_reading_never_makes_a_first(statements):
    text = "The UAE became the first Arab country to normalise ties with Israel."
    assert [v for k, v, _ in statements(text, "2020-08-20") if k == KIND] == [C]


def test_the_wave_reading_needs_news_of_that_time(statements):
    text = "Bahrain was the second Arab country to establish ties with Israel."
    assert [v for k, v, _ in statements(text, "2024-05-01") if k == KIND] == [C]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Bahrain became the second Arab state to normalise ties with Israel under President Trump.",
            S,
        ),
        (
            "Bahrain became the second Arab state to normalise ties with Israel in Trump's first term.",
            S,
        ),
        (
            "Bahrain became the third Arab state to normalise ties with Israel during the Trump presidency.",
            C,
        ),
    ],
)
def test_a_term_of_office_as_the_scope(statements, text, verdict):
    assert [v for k, v, _ in statements(text, "2021-03-01") if k == KIND] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Morocco became the fourth Middle Eastern country to normalise ties with Israel, after the UAE, Egypt and Jordan.",
            C,
        ),
        ("Morocco became the sixth Middle Eastern country to normalise ties with Israel.", U),
        ("Morocco became the ninth Middle Eastern country to normalise ties with Israel.", U),
    ],
)
def test_a_wider_region_can_only_be_too_low(statements, text, verdict):
    assert [v for k, v, _ in statements(text, "2020-12-11") if k == KIND] == [verdict]


def test_first_of_n_counts_the_group_of_that_size(judged):
    """ "The first of four Arab states to …": a counting must hold exactly four members (here the
    2020 wave, whatever the article date); a wrong place among them conflicts."""
    s = judged(
        "Abu Dhabi's deal made the UAE the first of four Arab nations to normalise ties with Israel.",
        None,
        KIND,
    )
    assert s.verdict.value == S
    assert s.claim["among"] == 4 and "2020" in s.reason
    wrong = judged(
        "Bahrain was the first of four Arab states to normalise relations with Israel.",
        "2021-06-01",
        KIND,
    )
    assert wrong.verdict.value == C
    none = judged(
        "Bahrain was the second of nine Arab states to normalise relations with Israel.",
        "2021-06-01",
        KIND,
    )
    assert none.verdict.value == U


def test_recent_months_is_vague(judged):
    """ "In recent months" is read as up to a year back; a place that does not fit is unverifiable."""
    ok = judged(
        "Sudan is the third Arab state in recent months to forge ties with Israel.",
        "2020-10-24",
        KIND,
    )
    assert ok.verdict.value == S
    off = judged(
        "Sudan is the fifth Arab country in recent weeks to establish ties with Israel.",
        "2020-10-24",
        KIND,
    )
    assert off.verdict.value == U and "too vague" in off.reason


def test_number_n_after_an_ordinal(checker):
    """ "… and Sudan became number three": the place continues the ordinal before it."""
    report = checker.check_text(
        "Bahrain was the second Arab state in 2020 to agree to relations with Israel, and "
        "Sudan became number three soon after.",
        as_of="2020-11-01",
    )
    got = {s.text: s.verdict.value for s in report.statements if s.kind == KIND}
    assert got["Sudan became number three"] == S


def test_interval_between_two_places(judged):
    """The time between two places of the Arab states' order, in every counting: 29 days from
    the UAE to Bahrain once Mauritania's severed relations are left out."""
    s = judged(
        "It took just 29 days to go from the third Arab state to the fourth.",
        "2020-09-12",
        KIND,
    )
    assert s.verdict.value == S and "Mauritania left out" in s.reason
    wrong = judged(
        "It took 40 years to move from the first Arab peace treaty to the second.",
        None,
        KIND,
    )
    assert wrong.verdict.value == C and "15.6 years" in wrong.reason


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # A year after the step's verb phrase dates the step; it need not scope the count.
        (
            "Jordan became the second Arab state to sign a peace treaty with Israel in 1994.",
            None,
            "supported",
        ),
        # "after A on DATE, B on DATE and C": a list cut by its dates still counts from A.
        (
            "Morocco is the fourth Arab state to normalise ties with Israel, after the UAE on "
            "August 13, 2020, Bahrain on September 11, 2020 and Sudan on October 23, 2020.",
            "2021-07-06",
            "supported",
        ),
    ],
)
def test_times_and_lists_after_the_place(judged, text, as_of, verdict):
    assert judged(text, as_of, "ordinal").verdict.value == verdict


def test_a_place_within_a_span_of_days_is_not_read_as_a_place_overall(statements):
    # "the second ... in 30 days": a count inside a span the reference does not bound.
    text = "Bahrain became the second Arab state to normalise relations with Israel in 30 days."
    assert [v for k, v, _ in statements(text) if k == "ordinal"] in ([], ["unverifiable"])
