"""first_since: a first accession "since" a year, or the first one "in" some number of years."""

from __future__ import annotations

import pytest

KIND = "first_since"
S, C, U = "supported", "conflicting", "unverifiable"
AFTER_KAZAKHSTAN = "2025-11-08"


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "That makes it the first state to sign on to the Abraham Accords since 2020.",
        AFTER_KAZAKHSTAN,
        only(S, "the first state to sign on to the Abraham Accords since 2020"),
        {"since": 2020, "subject": "kazakhstan"},
        id="since-last-announcement-year",
    ),
    pytest.param(
        "It is the first expansion of the Abraham Accords since 2021.",
        AFTER_KAZAKHSTAN,
        only(S, "the first expansion of the Abraham Accords since 2021"),
        {"since": 2021, "subject": "kazakhstan"},
        id="since-last-signing-year",
    ),
    pytest.param(
        "It is the first expansion of the Abraham Accords in five years.",
        AFTER_KAZAKHSTAN,
        only(S, "the first expansion of the Abraham Accords in five years"),
        {"years": 5, "qualifier": "", "subject": "kazakhstan"},
        id="in-n-years",
    ),
    pytest.param(
        "Kazakhstan became the first new participant of the Abraham Accords in five years.",
        AFTER_KAZAKHSTAN,
        only(S, "Kazakhstan became the first new participant of the Abraham Accords in five years"),
        {"years": 5, "subject": "kazakhstan"},
        id="named-subject-in-n-years",
    ),
    # --- conflicting ---
    pytest.param(
        "It is the first expansion of the Abraham Accords since 2019.",
        AFTER_KAZAKHSTAN,
        only(C, "the first expansion of the Abraham Accords since 2019"),
        {"since": 2019, "subject": "kazakhstan"},
        id="since-wrong-year",
    ),
    pytest.param(
        "It is the first expansion of the Abraham Accords in more than six years.",
        AFTER_KAZAKHSTAN,
        only(C, "the first expansion of the Abraham Accords in more than six years"),
        {"years": 6, "qualifier": "more than"},
        id="in-too-many-years",
    ),
    pytest.param(
        "The UAE was the first nation to sign the Abraham Accords since 2019.",
        AFTER_KAZAKHSTAN,
        only(C, "UAE was the first nation to sign the Abraham Accords since 2019"),
        {"since": 2019, "subject": "united-arab-emirates"},
        id="founding-participant",
    ),
    # --- unverifiable ---
    pytest.param(
        "It is the first expansion of the Abraham Accords since 2020.",
        None,
        only(U, "the first expansion of the Abraham Accords since 2020"),
        {"since": 2020},
        id="no-subject-no-date",
    ),
    pytest.param(
        "It is the first expansion of the Abraham Accords in five years.",
        None,
        only(U, "the first expansion of the Abraham Accords in five years"),
        {"years": 5},
        id="no-subject-no-date-years",
    ),
    pytest.param(
        "Indonesia would be the first new signatory of the Abraham Accords since 2020.",
        AFTER_KAZAKHSTAN,
        only(U, "Indonesia would be the first new signatory of the Abraham Accords since 2020"),
        {"subject": "indonesia"},
        id="subject-not-a-participant",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_first_since(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    assert s.claim["agreement"] == "abraham-accords"
    claim_has(s, claim)


def test_reason_names_the_matching_step(judged):
    announcement = judged(
        "That makes it the first state to sign on to the Abraham Accords since 2020.",
        AFTER_KAZAKHSTAN,
        KIND,
    )
    assert "announcement was Morocco's, on 2020-12-10" in announcement.reason
    signing = judged(
        "It is the first expansion of the Abraham Accords since 2021.", AFTER_KAZAKHSTAN, KIND
    )
    assert "signing was Sudan's, on 2021-01-06" in signing.reason


def test_conflict_states_the_year_it_should_be(judged):
    s = judged(
        "It is the first expansion of the Abraham Accords since 2019.", AFTER_KAZAKHSTAN, KIND
    )
    assert s.expected == "first since 2020"
    assert s.found == "first since 2019"


def test_first_in_a_term_of_the_person_named(judged):
    text = (
        "Kazakhstan will join the Abraham Accords, President Donald Trump said, the first "
        "country to join the accords during his second term."
    )
    s = judged(text, "2025-11-06", "first_since")
    assert s.verdict.value == "supported"
    assert s.claim["term_row"] == "term.trump.president-47"


def test_first_in_a_term_when_another_joined_earlier_in_it(judged):
    text = "Donald Trump claimed Morocco had been the first nation to join the Abraham Accords in his first term."
    s = judged(text, "2021-01-07", "first_since")
    assert s.verdict.value == "conflicting"
    assert "earlier in the same term" in s.reason


def test_first_in_a_term_without_a_person_is_unverifiable(judged):
    text = "Under the Abraham Accords, Kazakhstan is the first country to join the accords during the second term."
    assert judged(text, "2025-11-06", "first_since").verdict.value == "unverifiable"


def test_first_arab_agreements_since_a_treaty(judged):
    text = (
        "The UAE and Bahrain signed the Abraham Accords, the first agreements between Israel and "
        "Arab states since Jordan's peace treaty of 1994."
    )
    s = judged(text, None, "first_since")
    assert s.verdict.value == "supported"
    assert "Mauritania left out" in s.reason


def test_first_member_with_preexisting_relations(judged):
    text = (
        "Kazakhstan's entry into the Abraham Accords is the first case of a country with "
        "pre-existing diplomatic ties to Israel joining the accords."
    )
    s = judged(text, "2025-11-07", "first_since")
    assert s.verdict.value == "supported"
    assert "no earlier participant did" in s.reason


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Kazakhstan is the first new member since Sudan put its name to the Abraham Accords "
            "in January 2021.",
            "supported",
        ),
        ("Kazakhstan is the first state to join the Abraham Accords since Morocco.", "supported"),
        (
            "Kazakhstan is the first country to enter the Abraham Accords since Bahrain signed "
            "in 2020.",
            "conflicting",
        ),
    ],
)
def test_since_a_named_country(statements, text, verdict):
    found = [v for k, v, _ in statements(text, AFTER_KAZAKHSTAN) if k == KIND]
    assert found == [verdict]


def test_the_country_named_after_since_is_not_the_subject(judged):
    text = "The newcomer is the first new member since Sudan joined the Abraham Accords in 2021."
    s = judged(text, AFTER_KAZAKHSTAN, KIND)
    assert s.claim["subject"] == "kazakhstan"
    assert s.claim["previous"] == "sudan"
    assert s.verdict.value == "supported"


def test_my_term_is_read_from_the_one_person_named_before(statements):
    text = (
        "Donald Trump posted a message on Thursday. "
        '"Kazakhstan is the first nation in my second term to sign on to the Abraham Accords," he '
        "wrote."
    )
    assert ("first_since", "supported") in [(k, v) for k, v, _ in statements(text, "2025-11-07")]
    several = (
        "Donald Trump spoke with Benjamin Netanyahu and Kassym-Jomart Tokayev. "
        '"Kazakhstan is the first nation in my second term to sign on to the Abraham Accords," he '
        "wrote."
    )
    assert ("first_since", "unverifiable") in [
        (k, v) for k, v, _ in statements(several, "2025-11-07")
    ]


def test_the_accords_dated_by_a_term(judged):
    s = judged(
        "The Abraham Accords, signed under the first Trump presidency, have held.",
        "2025-09-15",
        "first_since",
    )
    assert s.verdict.value == "supported"
    assert s.claim["made"] and s.claim["term"] == 1
    wrong = judged(
        "The Abraham Accords were forged during Donald Trump's second term.",
        "2025-09-15",
        "first_since",
    )
    assert wrong.verdict.value == "conflicting"


def test_the_first_country_to_join_in_a_term_does_not_date_the_accords(statements):
    found = statements(
        "Kazakhstan will join the Abraham Accords, the first nation to take that step in Donald "
        "Trump's second term.",
        "2025-11-07",
    )
    assert all(v != "conflicting" for _, v, _ in found), found


def test_arab_state_first_after_a_gap(judged):
    """ "The first Arab nation in decades to …": the previous Arab state to make peace lay two
    decades back or more in some counting; a gap of days contradicts, a country named must be
    the previous one."""
    kind = "first_since"
    ok = judged(
        "Abu Dhabi became the first Arab nation in decades to establish relations with Israel.",
        "2021-01-01",
        kind,
    )
    assert ok.verdict.value == "supported" and "years earlier" in ok.reason
    named = judged(
        "The UAE was the first Arab state to make peace with Israel since Jordan, in 1994.",
        None,
        kind,
    )
    assert named.verdict.value == "supported" and named.claim["previous"] == "jordan"
    wrong = judged(
        "Morocco was the first Arab state in decades to normalise relations with Israel.",
        "2021-01-01",
        kind,
    )
    assert wrong.verdict.value == "conflicting"


def test_an_unnamed_agreement_is_not_pinned_on_the_latest_member(statements):
    # The sentence names no country: the deal meant may be the wave's first (the UAE's), so
    # reading it as Bahrain's gives no conflict.
    text = (
        "Bahrain signed the Abraham Accords on Tuesday. It came weeks after the first such "
        "accord between Israel and an Arab state in over two decades."
    )
    found = [s for s in statements(text, "2020-09-16") if s[0] == "first_since"]
    assert found == [
        (
            "first_since",
            "unverifiable",
            "the first such accord between Israel and an Arab state in over two decades",
        )
    ]
