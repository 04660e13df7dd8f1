"""member_list: an enumeration of the Abraham Accords' participants, complete or open."""

from __future__ import annotations

import pytest

KIND = "member_list"
S, C, U = "supported", "conflicting", "unverifiable"
MID_2025 = "2025-06-01"
LATE_2025 = "2025-12-01"


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "The Abraham Accords signatories are Bahrain, Morocco, Sudan and the UAE.",
        MID_2025,
        only(S, "The Abraham Accords signatories are Bahrain, Morocco, Sudan and the UAE"),
        {"countries": ["bahrain", "morocco", "sudan", "united-arab-emirates"], "complete": True},
        id="closed-list-before-kazakhstan",
    ),
    pytest.param(
        "The Abraham Accords signatories are Bahrain, Morocco, Sudan, Kazakhstan and the UAE.",
        LATE_2025,
        only(
            S, "The Abraham Accords signatories are Bahrain, Morocco, Sudan, Kazakhstan and the UAE"
        ),
        {"countries": ["bahrain", "morocco", "sudan", "kazakhstan", "united-arab-emirates"]},
        id="closed-list-after-kazakhstan",
    ),
    pytest.param(
        "The Abraham Accords' three signatories: Bahrain, Morocco and the UAE.",
        MID_2025,
        only(S, "The Abraham Accords' three signatories: Bahrain, Morocco and the UAE"),
        {"number": 3, "complete": True},
        id="counting-without-sudan",
    ),
    pytest.param(
        "The Abraham Accords participants include Morocco and Bahrain.",
        MID_2025,
        only(S, "The Abraham Accords participants include Morocco and Bahrain"),
        {"countries": ["morocco", "bahrain"], "complete": False},
        id="open-list",
    ),
    pytest.param(
        "The UAE moved first; the other Abraham Accords signatories — Bahrain, Morocco and Sudan "
        "— followed.",
        MID_2025,
        only(S, "the other Abraham Accords signatories — Bahrain, Morocco and Sudan"),
        {"countries": ["bahrain", "morocco", "sudan"], "complete": True},
        id="other-signatories-leave-out-the-subject",
    ),
    # --- conflicting ---
    pytest.param(
        "The Abraham Accords signatories are Bahrain, Sudan, Kazakhstan and the UAE.",
        LATE_2025,
        only(C, "The Abraham Accords signatories are Bahrain, Sudan, Kazakhstan and the UAE"),
        {"complete": True},
        id="closed-list-missing-morocco",
    ),
    pytest.param(
        "The Abraham Accords signatories are Bahrain, Morocco, Sudan, Kazakhstan and the UAE.",
        MID_2025,
        only(
            C, "The Abraham Accords signatories are Bahrain, Morocco, Sudan, Kazakhstan and the UAE"
        ),
        {"countries": ["bahrain", "morocco", "sudan", "kazakhstan", "united-arab-emirates"]},
        id="kazakhstan-too-early",
    ),
    pytest.param(
        "The Abraham Accords participants include Morocco and Egypt.",
        MID_2025,
        only(C, "The Abraham Accords participants include Morocco and Egypt"),
        {"countries": ["morocco", "egypt"], "complete": False},
        id="open-list-with-outsider",
    ),
    pytest.param(
        "The Abraham Accords' five signatories: Bahrain, Morocco, the UAE and Sudan.",
        MID_2025,
        only(C, "The Abraham Accords' five signatories: Bahrain, Morocco, the UAE and Sudan"),
        {"number": 5},
        id="wrong-number",
    ),
    pytest.param(
        "Uzbekistan would sit in the Abraham Accords alongside Morocco and Egypt.",
        MID_2025,
        only(C, "alongside Morocco and Egypt"),
        {"countries": ["morocco", "egypt"], "complete": False},
        id="alongside",
    ),
    # --- unknown article date: supported when the list was the member set at some time ---
    pytest.param(
        "The Abraham Accords signatories are Bahrain, Morocco, Sudan and the UAE.",
        None,
        only(S, "The Abraham Accords signatories are Bahrain, Morocco, Sudan and the UAE"),
        {"complete": True},
        id="closed-list-unknown-date",
    ),
    pytest.param(
        "The Abraham Accords' four signatories: Bahrain, Morocco, the UAE and Sudan.",
        None,
        only(S, "The Abraham Accords' four signatories: Bahrain, Morocco, the UAE and Sudan"),
        {"number": 4},
        id="numbered-list-unknown-date",
    ),
    pytest.param(
        "The UAE moved first; the other Abraham Accords signatories — Bahrain, Morocco and Sudan "
        "— followed.",
        None,
        only(S, "the other Abraham Accords signatories — Bahrain, Morocco and Sudan"),
        {"countries": ["bahrain", "morocco", "sudan"]},
        id="other-signatories-unknown-date",
    ),
    pytest.param(
        "The Abraham Accords signatories are Morocco, Sudan and the UAE.",
        None,
        only(C, "The Abraham Accords signatories are Morocco, Sudan and the UAE"),
        {"complete": True},
        id="closed-list-unknown-date-never-the-set",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_member_list(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    assert s.claim["agreement"] == "abraham-accords"
    claim_has(s, claim)


def test_missing_member_is_named(judged):
    s = judged("The Abraham Accords signatories are Bahrain, Sudan and the UAE.", LATE_2025, KIND)
    assert s.verdict.value == C
    assert "missing Kazakhstan and Morocco" in s.reason
    assert s.expected == "Bahrain, Kazakhstan, Morocco, Sudan and United Arab Emirates"


def test_a_member_that_has_not_signed_may_be_left_out_and_the_reason_says_so(judged):
    # Kazakhstan's joining was announced on 2025-11-06; the reference records no signing.
    s = judged(
        "The Abraham Accords signatories are Bahrain, Morocco, Sudan and the UAE.", LATE_2025, KIND
    )
    assert s.verdict.value == S
    assert "counting only members that had signed" in s.reason


def test_sudan_may_be_left_out_and_the_reason_says_so(judged):
    s = judged("The Abraham Accords signatories are Bahrain, Morocco and the UAE.", MID_2025, KIND)
    assert s.verdict.value == S
    assert "counting only implemented agreements" in s.reason


def test_alongside_an_unrelated_list_is_no_statement(statements):
    assert (
        statements(
            "Trade talks in the Abraham Accords era ran alongside Jordan and Egypt.", MID_2025
        )
        == []
    )


def test_number_then_dash_list_in_an_undated_article_names_the_period(judged):
    text = (
        "The Abraham Accords normalised relations between Israel and four Arab nations — "
        "Morocco, Bahrain, the UAE and Sudan."
    )
    s = judged(text, None, KIND)
    assert s.verdict.value == S
    assert "from 2020-12-10 until 2025-11-05" in s.reason
    assert s.claim["number"] == 4


def test_initial_members_are_compared_with_the_first_wave(judged):
    text = (
        "The Abraham Accords initially involved Israel, Bahrain and the UAE, with Morocco and "
        "Sudan joining later."
    )
    s = judged(text, LATE_2025, KIND)
    assert s.verdict.value == S
    assert s.claim["countries"] == ["bahrain", "united-arab-emirates"]
    assert s.claim["later"] == ["morocco", "sudan"]
    assert "from 2020-09-11 until 2020-10-22" in s.reason


def test_initial_list_that_never_was_the_member_set(statements):
    text = "The Abraham Accords originally comprised Bahrain and Morocco."
    assert statements(text, LATE_2025) == only(
        C, "Abraham Accords originally comprised Bahrain and Morocco"
    )


def test_countries_said_to_join_later_must_have_joined_later(judged):
    text = "The Abraham Accords initially involved Bahrain and Morocco, with the UAE joining later."
    s = judged(text, LATE_2025, KIND)
    assert s.verdict.value == C
    assert "did not join after" in s.reason


def test_included_is_an_open_list(statements):
    assert statements("The Abraham Accords included the UAE and Morocco.", LATE_2025) == only(
        S, "Abraham Accords included the UAE and Morocco"
    )


def test_a_list_dated_before_a_member_joined(statements):
    text = "Before Kazakhstan, four nations had signed the Abraham Accords: the UAE, Bahrain, Morocco and Sudan."
    assert [x for x in statements(text, LATE_2025) if x[0] == KIND] == only(
        S, "four nations had signed the Abraham Accords: the UAE, Bahrain, Morocco and Sudan"
    )


def test_a_list_the_sentence_dates(statements):
    text = "In 2020 the Abraham Accords' four signatories were Bahrain, Morocco, Sudan and the UAE."
    assert statements(text, LATE_2025) == only(
        S, "the Abraham Accords' four signatories were Bahrain, Morocco, Sudan and the UAE"
    )


def test_an_ordinal_among_arab_states_is_no_member_list(statements):
    text = (
        "Under the Abraham Accords, Morocco was the fifth Arab state to recognise Israel, after "
        "Egypt, Jordan, the UAE and Bahrain."
    )
    assert [k for k, _, _ in statements(text, "2022-12-22")] == ["ordinal"]


def test_before_a_member_in_an_undated_article(statements):
    """Undated, but naming Kazakhstan's accession: "prior to Kazakhstan's entry" dates the list
    before it, not after the earliest date the article allows."""
    text = (
        "The Abraham Accords welcomed Kazakhstan, whose decision to join the Abraham Accords was "
        "announced by Trump. Before Kazakhstan's accession, four countries had signed up to the "
        "agreements: Bahrain, Morocco, Sudan and the UAE."
    )
    found = [v for k, v, _ in statements(text, None) if k == "member_list"]
    assert found == ["supported"]


def test_open_list_after_the_accords_as_subject(judged):
    """ "… between Israel and partner countries including A, B and C": each named country must be
    a participant; the list need not be complete."""
    s = judged(
        "The Abraham Accords are peace agreements between Israel and partner countries such as "
        "Bahrain, Morocco and Kosovo.",
        "2023-01-01",
        "member_list",
    )
    assert s.verdict.value == "conflicting" and "Kosovo" in s.reason
    ok = judged(
        "Kazakhstan differs from other Abraham Accords nations, which include Bahrain, Morocco, "
        "Sudan and the UAE.",
        "2025-11-07",
        "member_list",
    )
    assert ok.verdict.value == "supported"
