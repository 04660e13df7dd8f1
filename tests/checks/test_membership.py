"""membership: a country joined (will join, has not joined) the Abraham Accords."""

from __future__ import annotations

import pytest

KIND = "membership"
S, C, U = "supported", "conflicting", "unverifiable"
MID_2025 = "2025-06-01"
AFTER_KAZAKHSTAN = "2025-11-10"


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "Bahrain joined the Abraham Accords in September 2020.",
        MID_2025,
        only(S, "Bahrain joined the Abraham Accords in September 2020"),
        {"countries": ["bahrain"], "tense": "past", "when": "September 2020", "year": 2020},
        id="joined-month-year",
    ),
    pytest.param(
        "In the end the Emirates joined the Abraham Accords in August 2020.",
        MID_2025,
        only(S, "the Emirates joined the Abraham Accords in August 2020"),
        {"countries": ["united-arab-emirates"], "when": "August 2020"},
        id="alias-with-article-announcement-month",
    ),
    pytest.param(
        "Morocco became a party to the Abraham Accords in December 2020.",
        MID_2025,
        only(S, "Morocco became a party to the Abraham Accords in December 2020"),
        {"countries": ["morocco"], "year": 2020},
        id="became-a-party",
    ),
    pytest.param(
        "Bahrain and Morocco joined the Abraham Accords in 2020.",
        MID_2025,
        only(S, "Bahrain and Morocco joined the Abraham Accords in 2020"),
        {"countries": ["bahrain", "morocco"], "year": 2020},
        id="two-countries",
    ),
    pytest.param(
        "Sudan joined the Abraham Accords on Jan. 6.",
        "2021-03-01",
        only(S, "Sudan joined the Abraham Accords on Jan. 6"),
        {"countries": ["sudan"], "when": "2021-01-06"},
        id="day-without-year-takes-article-year",
    ),
    pytest.param(
        "Under the Abraham Accords, Morocco then joined in December 2020.",
        None,
        only(S, "Morocco then joined in December 2020"),
        {"countries": ["morocco"], "when": "December 2020"},
        id="followed-in",
    ),
    pytest.param(
        "Kazakhstan has joined the Abraham Accords.",
        "2025-12-01",
        only(S, "Kazakhstan has joined the Abraham Accords"),
        {"countries": ["kazakhstan"], "tense": "past", "when": None},
        id="present-perfect-after-announcement",
    ),
    pytest.param(
        "Kazakhstan will soon join the Abraham Accords.",
        AFTER_KAZAKHSTAN,
        only(S, "Kazakhstan will soon join the Abraham Accords"),
        {"countries": ["kazakhstan"], "tense": "future"},
        id="future-already-announced",
    ),
    pytest.param(
        "Diplomats praised Kazakhstan's planned entry into the Abraham Accords.",
        "2025-11-08",
        only(S, "Kazakhstan's planned entry into the Abraham Accords"),
        {"countries": ["kazakhstan"], "tense": "future"},
        id="accession-noun",
    ),
    pytest.param(
        "Oman has not joined the Abraham Accords.",
        AFTER_KAZAKHSTAN,
        only(S, "Oman has not joined the Abraham Accords"),
        {"countries": ["oman"], "negated": True},
        id="negated-outsider",
    ),
    pytest.param(
        "Saudi Arabia, Oman and Indonesia have not joined the Abraham Accords.",
        AFTER_KAZAKHSTAN,
        only(S, "Saudi Arabia, Oman and Indonesia have not joined the Abraham Accords"),
        {"countries": ["saudi-arabia", "oman", "indonesia"], "negated": True},
        id="negated-list",
    ),
    pytest.param(
        "Kazakhstan has not joined the Abraham Accords.",
        "2025-10-10",
        only(S, "Kazakhstan has not joined the Abraham Accords"),
        {"countries": ["kazakhstan"], "negated": True},
        id="negated-before-announcement",
    ),
    # --- conflicting ---
    pytest.param(
        "Bahrain joined the Abraham Accords in 2021.",
        MID_2025,
        only(C, "Bahrain joined the Abraham Accords in 2021"),
        {"countries": ["bahrain"], "year": 2021},
        id="wrong-year",
    ),
    pytest.param(
        "Sudan joined the Abraham Accords on Jan. 9.",
        "2021-03-01",
        only(C, "Sudan joined the Abraham Accords on Jan. 9"),
        {"countries": ["sudan"], "when": "2021-01-09"},
        id="wrong-day",
    ),
    pytest.param(
        "Under the Abraham Accords, Morocco then joined in November 2020.",
        None,
        only(C, "Morocco then joined in November 2020"),
        {"countries": ["morocco"], "when": "November 2020"},
        id="followed-wrong-month",
    ),
    pytest.param(
        "Indonesia has joined the Abraham Accords.",
        AFTER_KAZAKHSTAN,
        only(C, "Indonesia has joined the Abraham Accords"),
        {"countries": ["indonesia"], "tense": "past"},
        id="not-a-participant",
    ),
    pytest.param(
        "Kazakhstan has joined the Abraham Accords.",
        "2025-10-01",
        only(C, "Kazakhstan has joined the Abraham Accords"),
        {"countries": ["kazakhstan"]},
        id="present-perfect-before-announcement",
    ),
    pytest.param(
        "Bahrain has not joined the Abraham Accords.",
        AFTER_KAZAKHSTAN,
        only(C, "Bahrain has not joined the Abraham Accords"),
        {"countries": ["bahrain"], "negated": True},
        id="negated-participant",
    ),
    pytest.param(
        "Bahrain and Kazakhstan joined the Abraham Accords in 2020.",
        AFTER_KAZAKHSTAN,
        [
            (KIND, C, "Bahrain and Kazakhstan joined the Abraham Accords in 2020"),
            ("event_date", C, "Kazakhstan joined the Abraham Accords in 2020"),
        ],
        {"countries": ["bahrain", "kazakhstan"], "year": 2020},
        id="one-of-two-wrong",
    ),
    # --- unverifiable ---
    pytest.param(
        "Oman is expected to join the Abraham Accords.",
        AFTER_KAZAKHSTAN,
        only(U, "Oman is expected to join the Abraham Accords"),
        {"countries": ["oman"], "tense": "future"},
        id="prediction",
    ),
    pytest.param(
        "Kazakhstan will soon join the Abraham Accords.",
        "2025-10-10",
        only(U, "Kazakhstan will soon join the Abraham Accords"),
        {"countries": ["kazakhstan"], "tense": "future"},
        id="future-not-yet-announced",
    ),
    pytest.param(
        "Sudan joined the Abraham Accords on Jan. 6.",
        None,
        only(U, "Sudan joined the Abraham Accords on Jan. 6"),
        {"countries": ["sudan"], "when": "on Jan. 6"},
        id="day-without-year-unknown-article-date",
    ),
    pytest.param(
        "Morocco signed on to the Abraham Accords later that year.",
        MID_2025,
        only(U, "Morocco signed on to the Abraham Accords later that year"),
        {"countries": ["morocco"], "when": "later that year"},
        id="same-year-with-nothing-before",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_membership(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == next(v for k, v, _ in expected if k == KIND)
    assert s.claim["agreement"] == "abraham-accords"
    claim_has(s, claim)


def test_reason_says_which_step_matched(judged):
    announced = judged("Bahrain joined the Abraham Accords in September 2020.", MID_2025, KIND)
    assert "announced 2020-09-11" in announced.reason
    signed = judged("Sudan joined the Abraham Accords in January 2021.", MID_2025, KIND)
    assert "signed 2021-01-06" in signed.reason


def test_conflict_lists_the_participants(judged):
    s = judged("Indonesia has joined the Abraham Accords.", MID_2025, KIND)
    assert (
        s.expected == "participants: United Arab Emirates, Bahrain, Sudan, Morocco and Kazakhstan"
    )
    assert s.found == "Indonesia joined"
    assert {e.reference for e in s.evidence} >= {"accords.bahrain", "accords.morocco"}


def test_the_same_year_is_resolved_from_the_statement_before(statements):
    text = (
        "Bahrain joined the Abraham Accords in September 2020. "
        "Morocco later joined the accords that same year."
    )
    assert statements(text, MID_2025) == [
        (KIND, S, "Bahrain joined the Abraham Accords in September 2020"),
        (KIND, S, "Morocco later joined the accords that same year"),
    ]
    wrong = text.replace("Morocco", "Kazakhstan")
    assert statements(wrong, MID_2025)[1] == (
        KIND,
        C,
        "Kazakhstan later joined the accords that same year",
    )


def test_the_same_year_reason_quotes_its_antecedent(checker):
    text = (
        "Bahrain joined the Abraham Accords in September 2020. "
        "Kazakhstan later joined the accords that same year."
    )
    second = checker.check_text(text, as_of=MID_2025).statements[1]
    assert second.claim["year"] == 2020
    assert "Bahrain joined the Abraham Accords in September 2020" in (second.found or "")


def test_the_same_year_tracks_the_latest_dated_statement(checker):
    text = (
        "Sudan joined the Abraham Accords in January 2021. "
        "Bahrain joined the Abraham Accords in September 2020. "
        "Morocco later joined the accords that same year."
    )
    verdicts = [s.verdict.value for s in checker.check_text(text, as_of=MID_2025).statements]
    assert verdicts == [S, S, S]


def test_neither_nor_judges_both_countries(judged):
    s = judged(
        "Neither Oman nor Morocco is a member of the Abraham Accords.", AFTER_KAZAKHSTAN, KIND
    )
    assert s.claim["countries"] == ["oman", "morocco"]
    assert s.verdict.value == C


def test_sentence_initial_the_emirates(statements):
    assert statements("The Emirates joined the Abraham Accords in August 2020.", MID_2025) == only(
        S, "The Emirates joined the Abraham Accords in August 2020"
    )


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "Israel, the UAE and Bahrain put their signatures to the Abraham Accords in "
            "Washington on September 15, 2020.",
            None,
            S,
        ),
        (
            "Under the Abraham Accords, Morocco signed its joint declaration with Israel and the "
            "US in Rabat in November 2020.",
            None,
            C,
        ),
        (
            "The Abraham Accords were signed in 2020. Sudan's transitional government signed a "
            "declaration with the United States in Khartoum in January 2021.",
            None,
            S,
        ),
        (
            "Bahrain agreed on Friday to establish full diplomatic relations with Israel.",
            "2020-09-12",
            S,
        ),
        (
            "Two years ago today, officials signed a joint declaration with Morocco.",
            "2022-12-22",
            S,
        ),
        (
            "Two years ago today, officials signed a joint declaration with Morocco.",
            "2022-12-15",
            C,
        ),
    ],
)
def test_joining_in_many_wordings(statements, text, as_of, verdict):
    assert [v for k, v, _ in statements(text, as_of) if k == KIND] == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        # Relations older than the joining: not about the agreement.
        "Kazakhstan agreed in 1992 to establish diplomatic relations with Israel.",
        # Not a participant: another deal.
        "Kosovo agreed to establish diplomatic relations with Israel.",
        "Egypt struck a similar deal with Israel in 1979.",
        # Dated before the agreement existed.
        "Morocco signed an agreement with Israel in 1994.",
        "Egypt and Jordan made peace with Israel, and Jordan followed in 1994.",
    ],
)
def test_loose_wordings_about_other_deals_are_not_taken(statements, text):
    assert [k for k, _, _ in statements(text, "2025-11-10") if k == KIND] == []


def test_came_aboard_in_the_months_that_followed(judged):
    text = (
        "The Abraham Accords were signed in Washington on September 15, 2020. Sudan and Morocco "
        "came aboard in the months that followed."
    )
    s = judged(text, None, KIND)
    assert s.verdict.value == S
    assert "within a year" in s.reason


def test_elliptical_second_country(statements):
    text = (
        "The Abraham Accords were signed in 2020. Sudan followed with an announcement in "
        "October and Morocco in December of that year."
    )
    assert [(k, v) for k, v, _ in statements(text, None) if k == KIND] == [(KIND, S), (KIND, S)]


def test_no_object_after_the_agreement_named(statements):
    text = "The Abraham Accords date from 2020-2021. Morocco, the UAE and Bahrain have joined."
    assert (KIND, S, "Morocco, the UAE and Bahrain have joined") in statements(text, None)


def test_not_signed_is_true_of_an_announced_member(judged):
    s = judged("Kazakhstan has not signed the Abraham Accords.", AFTER_KAZAKHSTAN, KIND)
    assert s.verdict.value == S
    assert "no signing is recorded" in s.reason


def test_not_joined_is_false_of_an_announced_member(judged):
    s = judged("Kazakhstan has not joined the Abraham Accords.", AFTER_KAZAKHSTAN, KIND)
    assert s.verdict.value == C


def test_israel_is_never_called_not_a_participant(judged):
    s = judged("Israel is not a party to the Abraham Accords.", AFTER_KAZAKHSTAN, KIND)
    assert s.verdict.value == U
    assert "party" in s.reason


def test_israel_signing_dates_are_its_members_signings(statements):
    text = "Israel signed the Abraham Accords on Dec. 22, 2020."
    assert statements(text, None) == only(S, "Israel signed the Abraham Accords on Dec. 22, 2020")


def test_not_announced_any_agreement(statements):
    text = "Oman's envoy attended, although Oman has not announced any agreement with Israel."
    assert statements(text, "2020-09-16") == only(
        S, "Oman has not announced any agreement with Israel"
    )


def test_a_never_implemented_signature_with_its_year(statements):
    text = "Under the Abraham Accords, Sudan's 2021 signature was never implemented."
    assert statements(text, None) == only(S, "Sudan's 2021 signature was never implemented")


def _kind(found: list[tuple[str, str, str]]) -> list[str]:
    return [v for k, v, _ in found if k == KIND]


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "The Abraham Accords now count five states. Saudi Arabia is therefore not yet a member.",
            AFTER_KAZAKHSTAN,
            S,
        ),
        (
            "Kosovo swapped embassies with Israel in 2021, although it is not part of the "
            "Abraham Accords.",
            MID_2025,
            S,
        ),
        (
            "The Abraham Accords drew praise. Oman, which has hosted Israeli leaders, is not a "
            "participant either.",
            MID_2025,
            S,
        ),
        (
            "The Abraham Accords drew praise. Morocco, which hosted the forum, is not a "
            "participant either.",
            MID_2025,
            C,
        ),
        (
            "The Abraham Accords expanded. Israel's older treaties with Egypt (1979) and Jordan "
            "(1994) are not part of the accords.",
            MID_2025,
            S,
        ),
    ],
)
def test_outside_the_accords(statements, text, as_of, verdict):
    assert _kind(statements(text, as_of)) == [verdict]


def test_it_read_as_a_participant_is_not_a_conflict(judged):
    s = judged(
        "Sudan hosted the talks in 2022, though it is not a member of the Abraham Accords.",
        MID_2025,
        KIND,
    )
    assert s.verdict.value == U
    assert "may refer to another" in s.reason


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Abraham Accords have five members. Saudi Arabia has held out so far.", S),
        ("Indonesia has declined to join the Abraham Accords.", S),
        ("Morocco has stayed on the sidelines of the Abraham Accords.", C),
    ],
)
def test_holding_out(statements, text, verdict):
    assert _kind(statements(text, AFTER_KAZAKHSTAN)) == [verdict]


def test_holding_out_until_a_date_is_not_taken(statements):
    text = "The Abraham Accords were signed in 2020. Morocco held out until December."
    assert _kind(statements(text, MID_2025)) == []


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Under the Abraham Accords, Sudan's agreement has never taken effect.", S),
        (
            "Sudan is the odd one out of the Abraham Accords. Its 2021 signature never took effect.",
            S,
        ),
        ("Under the Abraham Accords, Bahrain's declaration never entered into force.", C),
    ],
)
def test_never_taking_effect(statements, text, verdict):
    assert _kind(statements(text, MID_2025)) == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Abraham Accords grew. Bahrain's announcement came on 11 September 2020.", S),
        # The announcement is not the signing, even though both were in 2020.
        ("The Abraham Accords grew. Bahrain's announcement came on 15 September 2020.", C),
        ("The Abraham Accords grew. Morocco's signing took place in Rabat on 22 December 2020.", S),
        ("Among the normalisation deals, Sudan's deal was formalised in Khartoum on Jan. 6.", S),
    ],
)
def test_a_step_as_a_noun(statements, text, verdict):
    assert _kind(statements(text, "2021-01-21"))[:1] == [verdict]


def test_a_step_continued_without_its_noun(statements):
    text = (
        "Under the Abraham Accords, Sudan's announcement came on 23 October 2020 and "
        "Morocco's on 10 December 2020; Kazakhstan's announcement followed on 6 November 2025."
    )
    assert _kind(statements(text, AFTER_KAZAKHSTAN)) == [S, S, S]
    planted = text.replace("23 October", "23 November")
    assert _kind(statements(planted, AFTER_KAZAKHSTAN)) == [C, S, S]


def test_a_list_with_a_time_each(judged):
    text = (
        "Trump leaves behind four normalisation deals: the UAE in August, Bahrain in September, "
        "Sudan in October and Morocco in December."
    )
    s = judged(text, "2021-01-21", KIND)
    assert s.verdict.value == S
    assert s.claim["dated"]["sudan"] == "October 2020"
    wrong = judged(text.replace("Bahrain in September", "Bahrain in November"), "2021-01-21", KIND)
    assert wrong.verdict.value == C


def test_a_list_with_a_time_each_about_older_deals_does_not_conflict(statements):
    text = "Israel made peace with Egypt in 1979, Jordan in 1994 and the UAE in 2020."
    assert _kind(statements(text, MID_2025)) == [U]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The Abraham Accords were concluded in 2020, when Bahrain and the UAE signed in "
            "Washington in September.",
            S,
        ),
        (
            "The Abraham Accords date from September 15, 2020, when the UAE and Bahrain put "
            "their names to them on the White House lawn.",
            S,
        ),
        (
            "The Abraham Accords were concluded in 2020, when Bahrain and Morocco signed in "
            "Washington in September.",
            C,
        ),
    ],
)
def test_the_accords_dated_then_who_signed(statements, text, verdict):
    assert _kind(statements(text, None))[:1] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The Abraham Accords were signed on September 15, 2020. Morocco and Sudan signed on "
            "later.",
            S,
        ),
        (
            "The Abraham Accords were signed in Washington in September 2020, with Sudan and "
            "Morocco following.",
            S,
        ),
        ("Morocco joined the Abraham Accords in December 2020. Bahrain joined later.", C),
    ],
)
def test_joining_later(statements, text, verdict):
    assert _kind(statements(text, MID_2025))[-1:] == [verdict]


def test_a_leader_signs_for_his_country(judged):
    s = judged(
        "Benjamin Netanyahu put his name to the Abraham Accords at a Washington ceremony in "
        "September 2020.",
        MID_2025,
        KIND,
    )
    assert s.verdict.value == S
    assert s.claim["countries"] == ["israel"]
    assert "held Prime Minister" in s.reason


def test_the_two_countries_resume_relations(judged):
    text = (
        "Rabat froze its ties with Israel in 2000. The two countries agreed to restore "
        "relations in December 2020."
    )
    s = judged(text, MID_2025, KIND)
    assert s.verdict.value == S
    assert s.claim["countries"] == ["morocco"]


def test_a_reported_signing_reads_no_time(statements):
    """The day of saying only bounds the signing: "said on Friday it had signed" of a signing on
    Wednesday is no conflict."""
    text = (
        "Sudan announced on Friday that it had formally signed the Abraham Accords with Washington."
    )
    found = [v for k, v, _ in statements(text, "2021-01-08") if k == "membership"]
    assert found == ["supported"]


def test_a_time_before_the_verb(statements):
    text = "Sudan on Wednesday formally signed on to the Abraham Accords."
    assert [v for k, v, _ in statements(text, "2021-01-06") if k == "membership"] == ["supported"]
    assert [v for k, v, _ in statements(text, None) if k == "membership"] == ["unverifiable"]


def test_plural_agreements_on_a_topic_are_no_membership(statements):
    text = (
        "The Abraham Accords aside, Israel's team signed agreements with Morocco on water in 2023."
    )
    assert [k for k, _, _ in statements(text, "2023-06-01") if k == "membership"] == []


# --- earlier members named by a newer deal; steps dated by their distance to the article ---
@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "Israel and Morocco signed the deal, which mirrors earlier accords with the UAE and "
            "Bahrain.",
            "2021-01-27",
            S,
        ),
        ("Israel inked a pact, following similar deals with Bahrain and Oman.", "2021-01-27", U),
        (
            "Niger is tipped to follow Sudan and the Emirates in normalising ties with Israel.",
            "2021-02-01",
            S,
        ),
        (
            "Rabat opened ties with Israel after Bahrain, with Sudan following suit last week.",
            "2021-01-11",
            S,
        ),
        (
            "Bahrain and the UAE normalised ties with Israel, while Sudan has vowed to do the same.",
            "2020-11-01",
            S,
        ),
        (
            "A trade mission flew in, a few weeks after Bahrain and Israel agreed to normalise ties.",
            "2020-10-15",
            S,
        ),
        (
            "A trade mission flew in, a few weeks after Bahrain and Israel agreed to normalise ties.",
            "2022-10-15",
            U,
        ),
    ],
)
def test_earlier_members_and_lags(statements, text, as_of, verdict):
    # The lag has the verdict; the step it follows, when the sentence states it too, is judged
    # on its own and is never a conflict here.
    found = [v for kind, v, _ in statements(text, as_of) if kind == KIND]
    assert verdict in found and (verdict == C or C not in found)


def test_a_lag_is_never_a_conflict(statements):
    found = statements(
        "Two days after Morocco and Israel signed their deal, rain fell.", "2024-05-01"
    )
    assert found and all(v != C for _, v, _ in found)


def test_lag_windows():
    from accordcheck.checks.membership import lag_window

    assert lag_window("weeks") == (7, 90)
    assert lag_window("just over two months")[0] == 60
    assert lag_window("only a few weeks")[0] == 0
    assert lag_window("one month") == (0, 63)
    assert lag_window("soon") is None


def test_a_deal_with_no_participant_is_not_taken(statements):
    assert statements(
        "Israel signed a gas deal, which follows similar deals with Egypt and Jordan."
    )[:1] != [(KIND, C, "follows similar deals with Egypt and Jordan")]
    assert not [
        s for s in statements("Prices rose in Israel, with Egypt following suit.") if s[0] == KIND
    ]


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        ("Not one member has walked away from the Abraham Accords.", "2024-10-07", U),
        (
            "Washington is pressing Saudi Arabia to join the Abraham Accords.",
            "2025-11-18",
            S,
        ),
        ("Officials weighed Oman's possible entry into the Abraham Accords.", "2024-01-01", S),
        ("Officials weighed Bahrain's possible entry into the Abraham Accords.", "2024-01-01", C),
        (
            "Sudan, which signed on to the Abraham Accords, but has yet to ratify them, sent no one.",
            "2022-01-01",
            S,
        ),
    ],
)
def test_withdrawal_pressure_and_unfinished_deals(judged, text, as_of, verdict):
    assert judged(text, as_of, KIND).verdict.value == verdict


def test_following_suit_reads_only_the_follower(statements):
    found = statements(
        "The UAE agreed to normalise ties with Israel, and Bahrain soon followed suit.",
        "2020-12-20",
        "rule",
    )
    assert ("membership.following-suit", S, "and Bahrain soon followed suit") in found


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        ("Rabat normalised its diplomatic relations with Israel last December.", "2021-07-02", S),
        ("The Emirates formally normalised relations with Israel in October 2020.", None, C),
        ("Relations between Israel and Morocco were restored in December 2020.", None, S),
        (
            "Morocco is now the newest Arab country to normalise its ties with Israel.",
            "2020-12-11",
            S,
        ),
        (
            "Bahrain and Israel announced on Friday that they were normalising relations.",
            "2020-09-13",
            S,
        ),
    ],
)
def test_normalisation_frames(judged, text, as_of, verdict):
    assert judged(text, as_of, KIND).verdict.value == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan established diplomatic relations with Israel in 1992.",
        "Israel and Egypt signed a peace treaty in 1979.",
        "If Saudi Arabia normalised relations with Israel, others would follow.",
    ],
)
def test_normalisation_frames_leave_other_steps_alone(statements, text):
    assert not [s for s in statements(text) if s[0] == KIND]


def test_a_bare_agreement_dated_after_joining_may_be_a_later_deal(statements):
    # Morocco and Israel signed several agreements after their joint declaration of 2020.
    found = statements("Morocco signed an agreement with Israel in November 2021.")
    assert not [s for s in found if s[0] == KIND]
    # A declaration of joining keeps its date: a wrong one still conflicts.
    wrong = statements("Israel signed a normalization agreement with Morocco in March 2021.")
    assert C in [v for _, v, _ in wrong]


@pytest.mark.parametrize(
    "text",
    [
        # A trade pact signed between Israel and a member after it joined is another deal.
        "The Abraham Accords brought trade. A free trade agreement was signed between Israel and "
        "the UAE on May 31, 2022.",
        "The Abraham Accords brought trade. The free trade agreement signed between Israel and "
        "the UAE on May 31, 2022 is their largest.",
    ],
)
def test_a_later_deal_between_a_member_and_israel_is_no_joining(statements, text):
    assert not [s for s in statements(text, "2022-06-01") if s[1] == "conflicting"]
