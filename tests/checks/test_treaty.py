"""treaty: when a country made peace with (or normalised ties with) Israel."""

from __future__ import annotations

import pytest

KIND = "treaty"
S, C, U = "supported", "conflicting", "unverifiable"


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "Jordan's 1994 peace treaty with Israel endured.",
        None,
        only(S, "Jordan's 1994 peace treaty with Israel"),
        {"country": "jordan", "partner": "israel", "year": 1994},
        id="possessive-year",
    ),
    pytest.param(
        "Analysts still cite the 1979 Egypt-Israel peace treaty.",
        None,
        only(S, "1979 Egypt-Israel peace treaty"),
        {"country": "egypt", "partner": "israel", "year": 1979},
        id="year-pair",
    ),
    pytest.param(
        "Morocco signed a peace deal with Israel in 2020.",
        None,
        only(S, "Morocco signed a peace deal with Israel in 2020"),
        {"country": "morocco", "partner": "israel", "when": "2020"},
        id="signed-a-deal",
    ),
    pytest.param(
        "Historians date the Washington Declaration of July 1994 as the turning point.",
        None,
        only(S, "Washington Declaration of July 1994"),
        {"treaty": "treaty.washington-declaration", "when": "July 1994", "country": None},
        id="named-declaration",
    ),
    pytest.param(
        "the first Arab states to recognise Israel since Egypt in 1979",
        None,
        only(S, "since Egypt in 1979"),
        {"country": "egypt", "year": 1979},
        id="since-country-in-year",
    ),
    # --- conflicting ---
    pytest.param(
        "Egypt's 1978 peace treaty with Israel endured.",
        None,
        only(C, "Egypt's 1978 peace treaty with Israel"),
        {"country": "egypt", "year": 1978},
        id="treaty-is-not-the-framework",
    ),
    pytest.param(
        "Analysts still cite the 1995 Jordan-Israel peace treaty.",
        None,
        only(C, "1995 Jordan-Israel peace treaty"),
        {"country": "jordan", "year": 1995},
        id="year-pair-wrong",
    ),
    pytest.param(
        "Egypt signed a peace treaty with Israel in 1978.",
        None,
        only(C, "Egypt signed a peace treaty with Israel in 1978"),
        {"country": "egypt", "when": "1978"},
        id="signed-wrong-year",
    ),
    pytest.param(
        "Critics revisit the Camp David Accords of 1979 often.",
        None,
        only(C, "Camp David Accords of 1979"),
        {"treaty": "treaty.camp-david-accords", "year": 1979},
        id="named-framework-wrong-year",
    ),
    pytest.param(
        "the first Arab states to recognise Israel since Egypt in 1977",
        None,
        only(C, "since Egypt in 1977"),
        {"country": "egypt", "year": 1977},
        id="since-country-wrong-year",
    ),
    # --- unverifiable ---
    pytest.param(
        "Indonesia's 1995 peace deal with Israel never happened.",
        None,
        only(U, "Indonesia's 1995 peace deal with Israel"),
        {"country": "indonesia", "partner": "israel", "year": 1995},
        id="possessive-no-reference-row",
    ),
    pytest.param(
        "Oman signed a peace treaty with Israel in 1994.",
        None,
        only(U, "Oman signed a peace treaty with Israel in 1994"),
        {"country": "oman"},
        id="signed-no-reference-row",
    ),
    pytest.param(
        "Oman, with its 1994 peace treaty, was different.",
        None,
        only(U, "Oman, with its 1994 peace treaty"),
        {"country": "oman", "partner": "israel"},
        id="its-treaty-no-reference-row",
    ),
    pytest.param(
        "The Washington Declaration signed on July 25 ended the state of war.",
        None,
        only(S, "Washington Declaration signed on July 25"),
        {"treaty": "treaty.washington-declaration", "when": "--07-25"},
        id="named-treaty-day-without-year-unknown-date",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_treaty(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    claim_has(s, claim)


def test_agreement_without_the_word_treaty_may_be_the_framework(judged):
    s = judged("Egypt's 1978 agreement with Israel reshaped the region.", None, KIND)
    assert s.verdict.value == S
    assert "Camp David Accords" in s.reason


def test_conflict_lists_every_dated_step(judged):
    # "peace treaty" leaves out the declaration of July 1994 (it ended the state of war).
    s = judged("Analysts still cite the 1995 Jordan-Israel peace treaty.", None, KIND)
    assert s.expected == (
        "Israel–Jordan peace treaty signed 1994-10-26; diplomatic relations established 1994-11-27"
    )
    assert [e.reference for e in s.evidence] == [
        "treaty.israel-jordan-peace",
        "rel.israel-jordan",
    ]
    deal = judged("Analysts still cite the 1993 Jordan-Israel peace deal.", None, KIND)
    assert [e.reference for e in deal.evidence] == [
        "treaty.washington-declaration",
        "treaty.israel-jordan-peace",
        "rel.israel-jordan",
    ]


@pytest.mark.parametrize(
    ("text", "verdict", "words"),
    [
        # Sudan's joining was announced on 2020-10-23 and signed on 2021-01-06 (with the US).
        (
            "Sudan, which signed a peace deal with Israel in October 2020, waited.",
            C,
            "signed nothing",
        ),
        ("In 2019 Sudan signed a peace accord with Israel.", C, "signed nothing"),
        ("In January 2021 Sudan signed a peace agreement with Israel.", U, "itself"),
        ("Sudan made peace with Israel in October 2020.", U, "the announcement"),
    ],
)
def test_a_member_without_a_treaty_is_judged_by_its_joining(judged, text, verdict, words):
    s = judged(text, "2022-03-01", KIND)
    assert s.verdict.value == verdict
    assert words in s.reason
    assert [e.reference for e in s.evidence] == ["accords.sudan"]


def test_a_country_paired_with_itself_is_no_statement(statements):
    found = statements("Jordan's 1994 peace treaty with Jordan endured.")
    assert [s for s in found if s[0] == KIND] == []


def test_named_treaty_day_without_year_is_not_a_conflict(judged):
    s = judged(
        "The Washington Declaration signed on July 25 ended the state of war.", "2025-06-01", KIND
    )
    assert s.verdict.value != C


# --- the many ways a treaty year is written ---
PHRASINGS = [
    pytest.param(
        "Until then Israel's only peace treaties with Arab states were Egypt's, signed in 1979, "
        "and Jordan's.",
        None,
        [(KIND, S, "Egypt's, signed in 1979")],
        id="elliptical-possessive",
    ),
    pytest.param(
        "Its peace treaties are old: Egypt's dates from 1979 and Jordan's from October 1995.",
        None,
        [(KIND, S, "Egypt's dates from 1979"), (KIND, C, "Jordan's from October 1995")],
        id="elliptical-dates-from",
    ),
    pytest.param(
        "Jordan's peace treaty dates from October 1994.",
        None,
        only(S, "Jordan's peace treaty dates from October 1994"),
        id="possessive-dates-from",
    ),
    pytest.param(
        "Egypt and Jordan signed their treaties in 1978 and 1994, respectively.",
        None,
        only(C, "Egypt and Jordan signed their treaties in 1978 and 1994, respectively"),
        id="respectively-framework-year",
    ),
    pytest.param(
        "Egypt and Jordan concluded peace treaties with Israel in 1979 and 1994.",
        None,
        only(S, "Egypt and Jordan concluded peace treaties with Israel in 1979 and 1994"),
        id="in-order-without-respectively",
    ),
    pytest.param(
        "On the South Lawn Israel signed deals to normalise ties with Bahrain and the United "
        "Arab Emirates at the White House on Tuesday.",
        "2020-09-16",
        only(
            S,
            "Israel signed deals to normalise ties with Bahrain and the United "
            "Arab Emirates at the White House on Tuesday",
        ),
        id="normalisation-list-weekday",
    ),
    pytest.param(
        "Egypt signed a peace treaty with Israel first, and Jordan followed suit in 1994.",
        None,
        [
            (KIND, S, "Jordan followed suit in 1994"),
        ],
        id="followed-suit",
    ),
    pytest.param(
        "In March 1979, Egypt became the first Arab state to sign a peace treaty with Israel.",
        None,
        only(
            S,
            "In March 1979, Egypt became the first Arab state to sign a peace treaty with Israel",
        ),
        id="fronted-month",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected"), PHRASINGS)
def test_phrasings(statements, text, as_of, expected):
    assert [s for s in statements(text, as_of) if s[0] == KIND] == expected


def test_years_in_another_order_are_loose_not_wrong(judged):
    s = judged("Egypt and Jordan signed peace deals with Israel in 1994 and 1979.", None, KIND)
    assert s.verdict.value == S
    assert "another order" in s.reason


def test_respectively_keeps_the_order(judged):
    s = judged(
        "Egypt and Jordan signed peace treaties with Israel in 1994 and 1979, respectively.",
        None,
        KIND,
    )
    assert s.verdict.value == C


def test_a_plural_anaphor_counts_its_countries(judged):
    s = judged(
        "Israel has old treaties with Egypt and Jordan. The two countries, which border Israel, "
        "signed peace agreements in 1979 and 1994.",
        None,
        KIND,
    )
    assert s.verdict.value == S
    assert [p["country"] for p in s.claim["pairs"]] == ["egypt", "jordan"]


def test_trade_agreements_are_no_treaty(statements):
    assert [
        s
        for s in statements("Israel signed trade agreements with the UAE on Tuesday.", "2023-01-05")
        if s[0] == KIND
    ] == []


def test_the_partner_named_first(judged):
    s = judged("Israel and Egypt signed a peace treaty in 1979.", None, KIND)
    assert s.verdict.value == S
    assert (s.claim["country"], s.claim["partner"]) == ("egypt", "israel")


def test_fronted_date_passive_pair_treaty(judged):
    s = judged("In October 1994 an Israeli-Jordanian peace treaty was signed.", None, KIND)
    assert s.verdict.value == S


ANNIVERSARIES = [
    (
        "Amman and Jerusalem marked the 30th anniversary of the peace treaty between Jordan and Israel.",
        "2024-10-27",
        S,
    ),
    (
        "Cairo marked the thirty-first anniversary of Egypt's peace treaty with Israel.",
        "2019-03-26",
        C,
    ),
    ("Diplomats gathered for the second anniversary of the Abraham Accords.", "2022-09-14", S),
    ("Diplomats gathered for the fourth anniversary of the Abraham Accords.", "2022-09-14", C),
    # Some months away from the day, with the right count: cannot be settled.
    ("Diplomats gathered for the second anniversary of the Abraham Accords.", "2022-05-01", U),
    ("Officials on Monday marked the 45th anniversary of the Camp David Accords.", "2023-09-19", S),
]


@pytest.mark.parametrize(("text", "as_of", "verdict"), ANNIVERSARIES)
def test_anniversaries(judged, text, as_of, verdict):
    s = judged(text, as_of, KIND)
    assert (s.verdict.value, s.claim["kind"]) == (verdict, "anniversary")


def test_an_article_date_equal_to_the_base_date_cannot_date_the_anniversary(judged):
    s = judged("Envoys marked the fifth anniversary of the Abraham Accords.", "2020-09-15", KIND)
    assert s.verdict.value == U


@pytest.mark.parametrize(
    ("word", "value"),
    [("twenty-fifth", 25), ("25th", 25), ("one-year", 1), ("fifth", 5), ("thirtieth", 30)],
)
def test_ordinal_value(word, value):
    from accordcheck.checks.treaty import ordinal_value

    assert ordinal_value(word) == value


def test_on_this_day_takes_the_article_day(judged):
    s = judged("On this day in 1994, Jordan and Israel signed a peace treaty.", "2024-10-26", KIND)
    assert s.verdict.value == S
    s = judged("On this day in 1994, Jordan and Israel signed a peace treaty.", "2024-07-04", KIND)
    assert s.verdict.value == C


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "Two texts were signed that day, among them a bilateral agreement between Israel "
            "and the Emirates.",
            "2020-09-15",
            "supported",
        ),
        (
            "Officials signed a text, one between Israel and Morocco presented as a joint "
            "declaration.",
            "2021-01-05",
            "supported",
        ),
        (
            "Ties rest on a tripartite declaration signed by Israel, Morocco and the United States.",
            "2022-01-05",
            "supported",
        ),
        (
            "Officials signed a text, one between Israel and the UAE presented as a declaration.",
            "2021-01-05",
            "unverifiable",
        ),
    ],
)
def test_documents_between_israel_and_a_country(judged, text, as_of, verdict):
    s = judged(text, as_of, "treaty")
    assert s.verdict.value == verdict
    assert s.claim.get("document") or s.claim.get("pairs")


@pytest.mark.parametrize(
    ("year", "verdict", "reason_has"),
    [
        # "after Egypt in 1994": 1994 is Jordan's year, the sentence's subject; not Egypt's.
        ("1994", U, ("Jordan", "may be its")),
        # A year no country of the sentence owns is wrong.
        ("1991", C, ()),
    ],
)
def test_a_year_after_a_country_may_date_the_sentence_subject(judged, year, verdict, reason_has):
    s = judged(
        "Jordan became the second Arab nation to make a peace deal with Israel, after Egypt in "
        f"{year}.",
        None,
        KIND,
    )
    assert s.verdict.value == verdict
    assert all(words in s.reason for words in reason_has)


def test_a_country_after_in_is_a_place_not_a_treaty_party(statements):
    found = statements(
        "Jordan made peace with Israel in 1994, despite a shooting at the Israeli embassy in "
        "Jordan in 2017."
    )
    assert [v for kind, v, _ in found if kind == KIND] == ["supported"]
