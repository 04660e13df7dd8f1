"""event_date: when a reference event happened, against the time a statement gives."""

from __future__ import annotations

import pytest

KIND = "event_date"
S, C, U = "supported", "conflicting", "unverifiable"
SUMMIT = "event.c5-summit-white-house-2025"
VISIT = "event.mbs-white-house-visit-2025"
SUMMIT_TEXT = "The C5+1 meeting {when} gathered five presidents."


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "The crown prince's November 18 trip to the White House was weeks in the making.",
        None,
        only(S, "crown prince's November 18 trip to the White House"),
        {"event": VISIT, "when": "2025-11-18"},
        id="day-without-year-is-the-named-event-s-day",
    ),
    pytest.param(
        "Sudan slid into civil war in 2023.",
        None,
        only(S, "Sudan slid into civil war in 2023"),
        {"event": "event.sudan-war", "when": "2023", "year": 2023},
        id="ongoing-war-by-its-start",
    ),
    pytest.param(
        "The military coup in Sudan in October 2021 froze everything.",
        None,
        only(S, "coup in Sudan in October 2021"),
        {"event": "event.sudan-coup-2021", "when": "October 2021"},
        id="month-year",
    ),
    pytest.param(
        "The crown prince's November 18 trip to the White House was weeks in the making.",
        "2025-11-10",
        only(S, "crown prince's November 18 trip to the White House"),
        {"event": VISIT, "when": "2025-11-18"},
        id="possessive-date-visit",
    ),
    pytest.param(
        SUMMIT_TEXT.format(when="on Thursday"),
        "2025-11-07",
        only(S, "C5+1 meeting on Thursday"),
        {"event": SUMMIT, "weekday": "Thursday", "when": "2025-11-06"},
        id="bare-weekday",
    ),
    pytest.param(
        SUMMIT_TEXT.format(when="earlier this week"),
        "2025-11-08",
        only(S, "C5+1 meeting earlier this week"),
        {"event": SUMMIT, "when": "2025-11-03 to 2025-11-08"},
        id="earlier-this-week",
    ),
    pytest.param(
        SUMMIT_TEXT.format(when="last month"),
        "2025-12-08",
        only(S, "C5+1 meeting last month"),
        {"event": SUMMIT, "when": "November 2025"},
        id="last-month",
    ),
    pytest.param(
        "The Peace to Prosperity plan was unveiled in January 2020.",
        None,
        only(S, "Peace to Prosperity plan was unveiled in January 2020"),
        {"event": "event.peace-to-prosperity-plan", "year": 2020},
        id="plan-unveiled",
    ),
    # --- conflicting ---
    pytest.param(
        "Sudan slid into civil war in 2022.",
        None,
        only(C, "Sudan slid into civil war in 2022"),
        {"event": "event.sudan-war", "year": 2022},
        id="war-wrong-year",
    ),
    pytest.param(
        "The military coup in Sudan in November 2021 froze everything.",
        None,
        only(C, "coup in Sudan in November 2021"),
        {"when": "November 2021"},
        id="wrong-month",
    ),
    pytest.param(
        "The crown prince's November 19 visit to the White House was planned for weeks.",
        "2025-11-10",
        only(C, "crown prince's November 19 visit to the White House"),
        {"event": VISIT, "when": "2025-11-19"},
        id="one-day-off-date",
    ),
    pytest.param(
        SUMMIT_TEXT.format(when="on Friday"),
        "2025-11-07",
        only(C, "C5+1 meeting on Friday"),
        {"event": SUMMIT, "weekday": "Friday"},
        id="one-day-off-weekday",
    ),
    pytest.param(
        SUMMIT_TEXT.format(when="on Tuesday"),
        "2025-11-07",
        only(C, "C5+1 meeting on Tuesday"),
        {"event": SUMMIT, "weekday": "Tuesday"},
        id="wrong-weekday",
    ),
    # --- unverifiable ---
    pytest.param(
        "The crown prince's November 20 visit to the White House was planned for weeks.",
        None,
        only(U, "crown prince's November 20 visit to the White House"),
        {"event": VISIT, "when": "November 20"},
        id="other-day-without-year-unknown-article-date",
    ),
    pytest.param(
        "Sudan's civil war began last month.",
        None,
        only(U, "Sudan's civil war began last month"),
        {"event": "event.sudan-war", "when": "last month"},
        id="relative-unknown-article-date",
    ),
    pytest.param(
        SUMMIT_TEXT.format(when="on Thursday"),
        "2025-12-20",
        only(U, "C5+1 meeting on Thursday"),
        {"event": SUMMIT, "weekday": "Thursday"},
        id="bare-weekday-weeks-later",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_event_date(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    claim_has(s, claim)


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "The crown prince's November 19 visit to the White House was planned for weeks.",
            "2025-11-10",
        ),
        (SUMMIT_TEXT.format(when="on Friday"), "2025-11-07"),
        (SUMMIT_TEXT.format(when="on Wednesday"), "2025-11-07"),
    ],
)
def test_one_day_off_mentions_a_dateline_in_another_time_zone(judged, text, as_of):
    s = judged(text, as_of, KIND)
    assert s.verdict.value == C
    assert "one day off" in s.reason and "time zone" in s.reason


def test_wrong_weekday_further_off_has_no_time_zone_excuse(judged):
    s = judged(SUMMIT_TEXT.format(when="on Tuesday"), "2025-11-07", KIND)
    assert "time zone" not in s.reason
    assert s.expected == "Thursday 2025-11-06"
    assert s.found == "Tuesday"


def test_an_event_reported_as_happening_now_dates_the_article(checker):
    report = checker.check_text(SUMMIT_TEXT.format(when="on Thursday"))
    assert report.published.date == "2025-11-06"
    assert report.published.source == "inferred"
    assert [s.verdict.value for s in report.statements] == [S]


def test_generic_word_without_a_reference_event_is_no_statement(statements):
    assert statements("The trade summit on Thursday gathered five ministers.", "2025-11-07") == []


def test_last_weekday_a_full_week_back(statements):
    assert statements(SUMMIT_TEXT.format(when="last Thursday"), "2025-11-13") == only(
        S, "C5+1 meeting last Thursday"
    )


def test_first_since_year_is_not_an_event_date(statements):
    text = "Kazakhstan is the first nation to sign on to the Abraham Accords since 2020."
    assert statements(text, "2025-11-08") == [
        (
            "first_since",
            S,
            "Kazakhstan is the first nation to sign on to the Abraham Accords since 2020",
        )
    ]


def test_a_later_signing_is_not_the_white_house_ceremony(statements):
    text = "Under the Abraham Accords, Morocco signed on in December 2020."
    assert statements(text) == [("membership", S, "Morocco signed on in December 2020")]


def test_abbreviated_month_inside_an_event_mention(statements):
    text = "Mohammed bin Salman's Nov. 18 trip was planned for weeks."
    assert statements(text, "2025-11-10") == only(S, "Mohammed bin Salman's Nov. 18 trip")


# --- announcements, signings and relative dates ---


@pytest.mark.parametrize(
    ("text", "as_of", "event", "verdict"),
    [
        (
            "The peace deal with Sudan, first unveiled by the US president on "
            "October 23, 2020, was never implemented.",
            "2024-01-01",
            "event.sudan-israel-normalisation-announced",
            S,
        ),
        (
            "Morocco on Wednesday became the latest Arab country to agree to normalise relations "
            "with Israel.",
            "2020-12-11",
            "event.morocco-israel-normalisation-announced",
            C,
        ),
        (
            "The UAE agreed to normalise relations with Israel in August 2020.",
            "2024-01-01",
            "event.uae-israel-normalisation-announced",
            S,
        ),
        (
            "Israel signed accords with Bahrain and the UAE in Washington on Tuesday.",
            "2020-09-16",
            "event.abraham-accords-signing-2020",
            S,
        ),
        (
            "Foreign Minister Abdullatif Al Zayani will sign a declaration at the White House "
            "on Tuesday.",
            "2020-09-12",
            "event.abraham-accords-signing-2020",
            S,
        ),
        (
            "Kazakhstan's decision to accede to the accords followed a telephone conversation "
            "on Thursday.",
            "2025-11-07",
            "event.kazakhstan-accords-announcement",
            S,
        ),
        (
            "Sudan's transition stalled. Its military coup of October 2022 froze it.",
            None,
            "event.sudan-coup-2021",
            C,
        ),
        (
            "Exactly a year ago today, the UAE and Bahrain signed the Abraham Accords.",
            "2021-09-15",
            "event.abraham-accords-signing-2020",
            S,
        ),
    ],
)
def test_dated_events(checker, text, as_of, event, verdict):
    found = [s for s in checker.check_text(text, as_of=as_of).statements if s.kind == KIND]
    assert [(s.claim.get("event"), s.verdict.value) for s in found] == [(event, verdict)]


def test_a_wrong_weekday_one_day_off_mentions_the_dateline(checker):
    text = "Morocco on Wednesday became the latest Arab country to agree to normalise ties."
    (s,) = [x for x in checker.check_text(text, as_of="2020-12-11").statements if x.kind == KIND]
    assert "one day off" in s.reason


def test_years_ago_with_a_loose_time_is_no_statement(statements):
    text = "Two years ago this week, the UAE and Bahrain signed the Abraham Accords."
    assert [s for s in statements(text, "2022-09-15") if s[0] == KIND] == []


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "Talks began on Tuesday, the day after Netanyahu and Burhan met in Uganda.",
            "2020-02-04",
            S,
        ),
        (
            "Talks began on Wednesday, the day after Netanyahu and Burhan met in Uganda.",
            "2020-02-05",
            C,
        ),
        (
            "Talks began on Tuesday, the day after the two leaders announced the plan.",
            "2020-02-04",
            U,
        ),
    ],
)
def test_the_day_after(statements, text, as_of, verdict):
    found = [s for s in statements(text, as_of) if s[0] == KIND]
    assert [s[1] for s in found] == [verdict], found


def test_recognition_is_a_trigger_word(statements):
    text = "Washington announced its recognition of Moroccan sovereignty over Western Sahara, a decision first made public in November 2020."
    assert [s[1] for s in statements(text, "2022-12-22") if s[0] == KIND] == [C]


def test_a_sentence_on_another_country_does_not_borrow_the_previous_event(statements):
    text = (
        "The Emirati deal was first made public on Aug. 13 after a call. "
        "Bahrain's decision followed on Thursday, Sept. 11."
    )
    found = [s for s in statements(text, "2020-09-16") if s[0] == KIND]
    assert all("Sept. 11" not in s[2] for s in found), found


def test_a_time_between_verb_and_infinitive(statements):
    text = "Bahrain agreed on {} to establish full diplomatic relations with Israel."
    assert [s[1] for s in statements(text.format("Friday"), "2020-09-12") if s[0] == KIND] == [S]
    assert [s[1] for s in statements(text.format("Thursday"), "2020-09-12") if s[0] == KIND] == [C]


@pytest.mark.parametrize(
    "text",
    [
        # a time inside a relative clause dates that clause, not the event after it
        "President Tokayev, who succeeded Nursultan Nazarbayev in 2019, used the trip to sign a "
        "critical minerals memorandum with Washington.",
        "Mirziyoyev, whose term began in 2016, came to sign a critical minerals deal.",
        # nor does a time reach an intended act behind a comma
        "On Monday, the delegation said it hoped to sign a critical minerals memorandum soon.",
    ],
)
def test_a_time_in_another_clause_is_not_the_event_time(statements, text):
    assert [s for s in statements(text, "2025-11-10") if s[0] == KIND and s[1] == C] == []


def test_day_after_with_the_step_between(statements):
    text = (
        "Kazakhstan's government on Friday confirmed it would join the accords, a day after the "
        "move was announced by President Donald Trump."
    )
    found = [s for s in statements(text, "2025-11-07") if s[0] == KIND]
    # the confirmation and the day-after statement are two statements
    assert (KIND, S, "a day after the move was announced by President Donald Trump") in found
    assert len(found) == 2, found


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "Uzbekistan's leader attended the White House gathering of the C5+1 on 6 November.",
            "2025-11-10",
            S,
        ),
        (
            "Uzbekistan's leader attended the White House gathering of the C5+1 on 7 November.",
            "2025-11-10",
            C,
        ),
        ("The US recognised Morocco's claim to Western Sahara in December 2020.", "2021-08-12", S),
        ("The US recognised Morocco's claim to Western Sahara in January 2021.", "2021-08-12", C),
        # an event word no country owns is read as that of the previous sentence's country
        (
            "Talks with Sudan resumed. They stalled after the military takeover of October 2021.",
            "2023-02-03",
            S,
        ),
        (
            "Talks with Sudan resumed. They stalled after the military takeover of October 2022.",
            "2023-02-03",
            C,
        ),
        # ... and only when exactly one such reading names an event
        (
            "Talks resumed. They stalled after the military takeover of October 2022.",
            "2023-02-03",
            None,
        ),
        # an event described as the first at a place, dated by the sentence or the article date
        (
            "Today Trump hosted the presidents of Kazakhstan, Uzbekistan and Tajikistan at the White House, the first C5+1 summit held there.",
            "2025-11-06",
            S,
        ),
        (
            "Today the leaders dined at the White House, the first C5+1 summit held there.",
            "2025-12-06",
            U,
        ),
        # openings the reference does not hold are shown as unverifiable
        ("Lapid on Thursday formally opened the liaison office in Rabat.", "2021-08-13", U),
    ],
)
def test_event_families(statements, text, as_of, verdict):
    found = [s[1] for s in statements(text, as_of) if s[0] == KIND]
    if verdict is None:
        assert found == [], found
    else:
        assert verdict in found, found
        assert (C in found) == (verdict == C), found


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "Washington prepares a ceremony next week for the UAE peace deal that was unveiled "
            "last month.",
            "2020-09-09",
        ),
        ("Envoys meet in Washington this week over the Bahrain deal announced in September.", None),
        (
            "A ceremony follows on Tuesday for the Emirati normalization accord that was made "
            "public in August.",
            "2020-09-12",
        ),
    ],
)
def test_a_time_of_another_clause_does_not_date_an_event_with_its_own_time(statements, text, as_of):
    found = [s for s in statements(text, as_of) if s[0] == KIND]
    assert all(verdict != C for _, verdict, _ in found)
    assert not any(
        words.startswith(("next week", "this week", "on Tuesday")) for *_, words in found
    )


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "Kazakhstan joined the Abraham Accords for the sake of peace, Tokayev said on Saturday.",
            "2025-11-08",
        ),
        (
            "The president told lawmakers on Monday that Kazakhstan's accession to the Abraham Accords helps peace.",
            "2025-11-11",
        ),
        ("Aides stressed on Friday that Kazakhstan would join the Abraham Accords.", "2025-11-08"),
    ],
)
def test_a_time_next_to_a_verb_of_saying_dates_the_remark(judged, text, as_of):
    s = judged(text, as_of, KIND)
    assert s.verdict.value == U
    assert "remark" in s.reason


@pytest.mark.parametrize(
    "text",
    [
        "The Abraham Accords were signed in Khartoum on Wednesday by the justice minister.",
        "The accords were signed quietly in Sudan on Thursday.",
        "The Abraham Accords declaration was signed in Rabat on Wednesday.",
    ],
)
def test_a_signing_in_another_capital_is_not_the_white_house_ceremony(statements, text):
    found = [s for s in statements(text, "2021-01-08") if s[0] == KIND]
    assert all(verdict != C for _, verdict, _ in found)


@pytest.mark.parametrize(
    ("text", "as_of", "event", "verdict"),
    [
        (
            "The UAE accord is due to be signed at the White House on Sept. 15, aides said.",
            "2020-09-08",
            "event.abraham-accords-signing-2020",
            S,
        ),
        (
            "The Emirati minister flies to the White House next week to sign the treaty.",
            "2020-09-10",
            "event.abraham-accords-signing-2020",
            S,
        ),
        (
            "With Uzbekistan at the table, the first summit of this format was held on "
            "September 19, 2023.",
            None,
            "event.c5-summit-new-york-2023",
            S,
        ),
        (
            "With Uzbekistan at the table, the first summit of this format was held on "
            "September 18, 2023.",
            None,
            "event.c5-summit-new-york-2023",
            C,
        ),
    ],
)
def test_scheduled_signings_and_the_first_summit_of_a_format(checker, text, as_of, event, verdict):
    found = [s for s in checker.check_text(text, as_of=as_of).statements if s.kind == KIND]
    assert (event, verdict) in [(s.claim.get("event"), s.verdict.value) for s in found]


@pytest.mark.parametrize(("day", "verdict"), [("November 6", S), ("Nov. 6", S), ("November 8", U)])
def test_an_undated_article_takes_the_year_of_the_named_event(statements, day, verdict):
    text = (
        f"Trump invited Central Asian leaders to a C5+1 summit. The meeting takes place on {day}."
    )
    found = [s for s in statements(text) if s[0] == KIND]
    assert found and found[0][1] == verdict


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "The envoys reached Rabat and landed there on the first direct flight from Israel to "
            "Morocco.",
            "2020-12-22",
            S,
        ),
        (
            "The team arrived in Rabat aboard the first commercial flight from Tel Aviv to "
            "Rabat on Monday.",
            "2020-12-23",
            U,  # the time is the sentence's, not the description's own: never a conflict
        ),
        (
            "Officials flew to Morocco on the first-ever non-stop flight between Israel and Morocco.",
            "2022-06-01",
            U,
        ),
    ],
)
def test_a_trip_on_the_first_israel_morocco_flight(checker, text, as_of, verdict):
    found = [s for s in checker.check_text(text, as_of=as_of).statements if s.kind == KIND]
    assert [(s.claim.get("event"), s.verdict.value) for s in found] == [
        ("event.israel-morocco-first-direct-flight", verdict)
    ]


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "The gathering came weeks after the tenth anniversary of the C5+1 format.",
            "2025-11-06",
            S,
        ),
        (
            "The gathering came weeks after the tenth anniversary of the C5+1 format.",
            "2027-05-01",
            U,
        ),
        ("The C5+1 group, set up in 2015, marks its 10th anniversary on November 1.", None, S),
        (
            "The C5+1 group, set up in 2015, marks its 10th anniversary on November 1, 2023.",
            None,
            C,
        ),
        (
            "The Abraham Accords were hailed at a party for the first anniversary of the peace "
            "deals between Israel and Gulf states.",
            "2021-09-14",
            S,
        ),
    ],
)
def test_anniversaries_of_reference_events(checker, text, as_of, verdict):
    found = [
        s
        for s in checker.check_text(text, as_of=as_of).statements
        if s.kind == KIND and s.claim.get("anniversary")
    ]
    assert [s.verdict.value for s in found] == [verdict]


def test_an_anniversary_of_inferred_deals_is_never_a_conflict(checker):
    text = "Israel marked the third anniversary of its peace deals with Arab states in 2020."
    found = [s for s in checker.check_text(text, as_of="2023-09-15").statements if s.kind == KIND]
    assert all(s.verdict.value != C for s in found)


def test_an_anniversary_is_no_time_for_a_later_step(checker):
    text = (
        "The US on Tuesday hailed the second anniversary of the Abraham Accords. Signed under "
        "Trump, the accords joined the UAE and Bahrain with Israel, with Morocco following later."
    )
    found = checker.check_text(text, as_of="2022-09-15").statements
    assert all(s.verdict.value != C for s in found)


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, Bahrain officially opened an interim embassy in Tel Aviv.",
        "On Wednesday, Israel inaugurated its temporary mission in Rabat.",
        "Talks resumed; on Thursday, Morocco reopened its liaison office in Tel Aviv.",
    ],
)
def test_a_mission_opened_on_a_day_the_reference_does_not_record(statements, text):
    found = [s for s in statements(text, "2021-01-28") if s[0] == KIND]
    assert [verdict for _, verdict, _ in found] == [U]


def test_a_fronted_participle_dates_the_accords_named_after_it(statements):
    wrong = statements(
        "Signed in 2019 with little fanfare, the Abraham Accords opened embassies.", "2023-01-05"
    )
    assert ("event_date", "conflicting") in {(k, v) for k, v, _ in wrong}
    right = statements(
        "Sealed in September 2020, the Abraham Accords opened embassies.", "2023-01-05"
    )
    assert ("event_date", "supported") in {(k, v) for k, v, _ in right}
    assert all(
        k != "event_date"
        for k, _, _ in statements("Signed in 2019, the lease runs for a decade.", "2023-01-05")
    )


def test_a_signing_in_an_interval_clause_is_not_the_main_verbs_time(statements):
    # "on Sunday" dates the approval; the signing is only the interval's start.
    text = (
        "The UAE on Sunday voted to open a mission in Tel Aviv, some four months after it "
        "signed a normalisation deal with Israel."
    )
    assert not [s for s in statements(text, "2021-01-25") if s[0] == "event_date"]


def test_a_first_signer_before_another_countrys_treaty_is_not_its_signing(statements):
    text = (
        "Bahrain and the UAE never went to war with Israel, unlike Egypt and Jordan, who both "
        "signed peace accords with it in 1979 and 1994 respectively."
    )
    assert not [s for s in statements(text, "2021-01-01") if s[0] == "event_date"]


def test_a_date_without_a_year_of_a_past_event_is_its_last_occurrence(statements):
    # Said in August 2021, "September 15" of a past signing is September 15, 2020.
    found = statements(
        "The Abraham Accords were signed at the White House on September 15.", "2021-08-11"
    )
    assert [(k, v) for k, v, _ in found if k == "event_date"] == [("event_date", "supported")]


def test_a_time_before_an_interval_is_not_the_events(statements):
    text = "Today, a year after the Abraham Accords were signed, the ministers met in Rabat."
    assert not [
        s for s in statements(text, "2022-01-17") if s[0] == "event_date" and s[1] == "conflicting"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 2020, the Trump administration brokered the Abraham Accords.",
        "Back then the Abraham Accords were established in 2020, bringing new trade.",
        "The president, who initiated the Abraham Accords in 2020, praised the step.",
    ],
)
def test_the_accords_founding_year(statements, text):
    found = [(k, v) for k, v, _ in statements(text, "2025-11-14") if k == "event_date"]
    assert found == [("event_date", "supported")]


def test_a_month_for_the_accords_founding_is_not_read_as_their_signing(statements):
    # The deals were announced from August 2020: a month may name another step than the signing.
    found = statements("Trump brokered the Abraham Accords in August 2020.", "2025-11-14")
    assert not [s for s in found if s[0] == "event_date" and s[1] == "conflicting"]
