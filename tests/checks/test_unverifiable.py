"""unverifiable: checkable-looking statements the reference cannot settle, always labelled so."""

from __future__ import annotations

import pytest

KIND = "unverifiable"
U = "unverifiable"


def only(text: str) -> list[tuple[str, str, str]]:
    return [(KIND, U, text)]


CASES = [
    pytest.param(
        "Officials said Witkoff had been hinting at a bigger deal since March, without details.",
        only("Witkoff had been hinting at a bigger deal since March"),
        {
            "topic": "reported hint",
            "who": "Witkoff",
            "what": "a bigger deal",
            "when": "since March",
        },
        id="hinted-since",
    ),
    pytest.param(
        "Earlier this week, Rubio told the Financial Times that talks were going well.",
        only("Earlier this week, Rubio told the Financial Times"),
        {
            "topic": "remark to the media",
            "who": "Rubio",
            "what": "the Financial Times",
            "when": "Earlier this week",
        },
        id="told-media-time-first",
    ),
    pytest.param(
        "Netanyahu told Channel 12 last week that others would follow.",
        only("Netanyahu told Channel 12 last week"),
        {
            "topic": "remark to the media",
            "who": "Netanyahu",
            "what": "Channel 12",
            "when": "last week",
        },
        id="told-media-time-after",
    ),
    pytest.param(
        "The Jerusalem Post first reported the plan.",
        only("The Jerusalem Post first reported"),
        {"topic": "first report", "who": "The Jerusalem Post"},
        id="first-reported",
    ),
    pytest.param(
        "Uzbekistan holds about 5% of global uranium reserves.",
        only("Uzbekistan holds about 5% of global uranium reserves"),
        {
            "topic": "share of world output",
            "who": "Uzbekistan",
            "what": "about 5% of global uranium reserves",
        },
        id="share-of-world",
    ),
    pytest.param(
        "A senior Israeli official said on Monday that others were close.",
        only("A senior Israeli official said on Monday"),
        {
            "topic": "unnamed official's remark",
            "who": "A senior Israeli official",
            "when": "on Monday",
        },
        id="official-said-when",
    ),
]


@pytest.mark.parametrize(("text", "expected", "claim"), CASES)
@pytest.mark.parametrize("as_of", [None, "2025-11-07"])
def test_unverifiable(statements, judged, claim_has, text, expected, claim, as_of):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.evidence == ()
    claim_has(s, claim)


def test_reason_comes_from_the_rule(checker, judged):
    s = judged("The Jerusalem Post first reported the plan.", None, KIND)
    assert s.reason == checker.rules.by_id(s.rule).options["reason"]


def test_never_judged_even_beside_a_checkable_statement(statements):
    text = (
        "Bahrain joined the Abraham Accords in September 2020, and a senior Israeli official "
        "said on Monday that others were close."
    )
    assert statements(text, "2025-06-01") == [
        ("membership", "supported", "Bahrain joined the Abraham Accords in September 2020"),
        (KIND, U, "a senior Israeli official said on Monday"),
    ]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Trump's son-in-law Jared Kushner brokered the pact.", "family tie"),
        ("Jared Kushner, Trump's son-in-law, flew to Rabat.", "family tie"),
        ("He predicted that direct flights to Rabat would begin soon.", "prediction"),
        (
            "Aides to Netanyahu said several more Arab governments would sign up within months.",
            "prediction",
        ),
        ('The Moroccan minister said the step "changes nothing for our neighbours."', "quotation"),
        ("Hundreds of thousands of Israelis trace their roots to Morocco.", "population figure"),
        ("Most of the crude Israel imports comes from Azerbaijan.", "statistic"),
        ("An embassy in Ashgabat opened only in 2023.", "embassy opening"),
    ],
)
def test_shown_with_a_reason(checker, text, topic):
    found = [s for s in checker.check_text(text, as_of="2024-01-01").statements if s.kind == KIND]
    assert [(s.verdict.value, s.claim["topic"]) for s in found] == [(U, topic)]
    assert found[0].reason


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # what will be done
        ("As part of the package, Morocco will reopen its office in Tel Aviv.", "future act"),
        ("Bahrain is expected to name an ambassador to Israel.", "future act"),
        # what could come
        ("A defence pact with Israel could be concluded by the end of the year.", "prediction"),
        ("Any final deal might be signed in Riyadh next year.", "prediction"),
        ("A Saudi deal is more likely within the next year.", "prediction"),
        # what someone expects, wants or reports as near
        ("Diplomats in Baku expect Azerbaijan to stay outside the accords.", "expectation"),
        ("Netanyahu hopes Indonesia will follow before long.", "expectation"),
        ("Netanyahu wants a deal with Riyadh before the elections.", "intention"),
        ("Rubio, speaking in Doha, said two more nations are close to a deal.", "prediction"),
        # a quotation followed by its speaker
        ('"Our doors are open to every partner," the Azerbaijani minister said.', "quotation"),
    ],
)
def test_forecasts_intentions_and_quotes(checker, text, topic):
    found = [s for s in checker.check_text(text, as_of="2024-01-01").statements if s.kind == KIND]
    assert [(s.verdict.value, s.claim["topic"]) for s in found] == [(U, topic)], [
        (s.text, s.claim) for s in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        # joining and signing are membership statements, not future acts
        "Kazakhstan will formally join the Abraham Accords.",
        # a forecast naming a reference event is dated by event_date
        "The Saudi crown prince is due to visit the White House for talks on November 18.",
        # a past act is no forecast
        "Israel suspended its plans to annex parts of the West Bank.",
    ],
)
def test_not_a_forecast(checker, text):
    found = [s for s in checker.check_text(text, as_of="2025-11-10").statements if s.kind == KIND]
    assert found == [], [(s.text, s.claim) for s in found]


@pytest.mark.parametrize(
    "text",
    [
        # forecasts, quotations and remarks about nothing the reference knows are not shown
        "He predicted that the rain would stop by the end of the week.",
        "Several more teams could qualify within weeks.",
        "A title is more likely for the home side within the next year.",
        '"We never gave up," the coach said on Sunday.',
        "A club spokesman said last week that the striker would stay.",
        "The stadium may open next year.",
    ],
)
def test_off_topic_is_not_shown(checker, text):
    found = [s for s in checker.check_text(text, as_of="2024-01-01").statements if s.kind == KIND]
    assert found == [], [(s.text, s.claim) for s in found]


@pytest.mark.parametrize(
    ("text", "as_of", "words"),
    [
        (
            "The Israeli embassy in Rabat said Thursday that the new mission would open in March.",
            "2021-01-08",
            "The Israeli embassy in Rabat said Thursday",
        ),
        (
            "Bahrain's foreign ministry confirmed on Monday that a delegation would visit Israel.",
            "2020-10-13",
            "Bahrain's foreign ministry confirmed on Monday",
        ),
        (
            "Kazakhstan's accession talks went on, the Astana Times reported Saturday.",
            "2025-11-17",
            "the Astana Times reported Saturday",
        ),
        (
            "On Wednesday, Netanyahu told ministers that Sudan would send a team.",
            "2020-10-29",
            "On Wednesday, Netanyahu told ministers",
        ),
    ],
)
def test_a_dated_remark_is_unverifiable(statements, text, as_of, words):
    assert (KIND, U, words) in statements(text, as_of)


def test_a_dated_remark_off_topic_is_no_statement(statements):
    assert (
        statements("The league's office said on Monday that the final would move.", "2025-11-10")
        == []
    )


def test_a_dated_announcement_of_a_reference_event_is_left_to_event_date(statements):
    text = "Sudan will normalise ties with Israel, the White House announced on Friday."
    found = statements(text, "2020-10-24")
    assert ("event_date", "supported", "announced on Friday") in found
    assert not any(kind == KIND for kind, *_ in found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The ambassador arrived on Monday in Manama to present his letters.",
            "arrived on Monday in Manama",
        ),
        (
            "The Moroccan team returned to Rabat on Friday after the talks.",
            "returned to Rabat on Friday",
        ),
        ("Tokayev landed in Washington on Wednesday.", "landed in Washington on Wednesday"),
    ],
)
def test_a_dated_trip_is_unverifiable(statements, text, words):
    assert (KIND, U, words) in statements(text, "2025-11-07")


def test_a_dated_trip_off_topic_is_no_statement(statements):
    assert statements("The squad arrived in Madrid on Sunday.", "2025-11-07") == []


# --- catch-all frames: shown only where no specific rule's statement is ---
def test_a_dated_claim_no_rule_reads_is_shown_unverifiable(statements):
    found = statements("In 2018, Netanyahu paid a surprise visit to Muscat.", None, "rule")
    assert found == [
        (
            "unverifiable.dated-claim",
            "unverifiable",
            "In 2018, Netanyahu paid a surprise visit to Muscat",
        )
    ]


def test_a_specific_statement_hides_the_catch_all(statements):
    found = statements("Morocco joined the Abraham Accords in December 2020.", None, "rule")
    assert [rule for rule, _, _ in found] == ["membership.joined"]


def test_catch_alls_need_a_name_the_reference_knows_other_than_the_us(statements):
    assert statements("The US economy grew by two percent in March 2021.") == []
    assert statements("Oman could be the next country to sign.", None, "rule") == [
        ("unverifiable.modal-claim", "unverifiable", "Oman could be the next country to sign")
    ]


def test_a_catch_all_statement_leaves_its_sentence_a_coverage_gap(checker):
    checker.coverage = True
    try:
        report = checker.check_text("In 2018, Netanyahu paid a surprise visit to Muscat.")
    finally:
        checker.coverage = False
    assert [s.rule for s in report.statements] == ["unverifiable.dated-claim"]
    assert report.coverage is not None and len(report.coverage.gaps) == 1
