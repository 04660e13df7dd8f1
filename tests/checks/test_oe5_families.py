"""Families of office, event-date, treaty and unverifiable statements added together: titles
glossed or spelled another way, long Arab names, unknown persons with a past role, dates no one
holds (unverifiable, never conflicting), repeated visits, months without a year."""

from __future__ import annotations

import pytest


def verdicts(statements, text: str, as_of: str | None, kind: str) -> set[str]:
    return {v for k, v, _ in statements(text, as_of) if k == kind}


@pytest.mark.parametrize(
    "text, as_of, expected",
    [
        # A title glossed by its abbreviation, or an editor's note in square brackets.
        (
            "Israeli Prime Minister (PM) Benjamin Netanyahu thanked the king.",
            "2020-12-11",
            "supported",
        ),
        (
            "Crown Prince [of Abu Dhabi] Mohamed bin Zayed hosted the talks.",
            "2021-02-01",
            "supported",
        ),
        # A title spelled another way, and a name spelled another way.
        ("State Secretary Antony Blinken flew to Riyadh.", "2023-06-06", "supported"),
        (
            "Israel's Minister of Foreign Affairs Yair Lapid went to Rabat.",
            "2021-08-12",
            "supported",
        ),
        ("UAE Crown Prince Mohammed Bin Zayad welcomed the step.", "2020-08-14", "supported"),
        # The father's and grandfather's names after a known name.
        (
            "Abdullah bin Zayed bin Sultan Al Nahyan, the UAE's minister of foreign affairs, signed.",
            "2020-09-15",
            "supported",
        ),
        # Undated, but naming the accords: no older than August 2020, after his term ended.
        (
            "Khalid bin Ahmed, Bahrain's foreign minister, hailed the Abraham Accords.",
            None,
            "conflicting",
        ),
        # A deputy is not the office holder: no statement rather than a false conflict.
        ("Deputy Secretary of State Antony Blinken visited Rabat.", "2016-04-01", None),
    ],
)
def test_office_shapes(statements, text, as_of, expected):
    found = verdicts(statements, text, as_of, "office")
    assert found == ({expected} if expected else set()), statements(text, as_of)


@pytest.mark.parametrize(
    "text",
    [
        "Miriam Shalev, who served as Trump's top Gulf adviser, opened the Abraham Accords panel.",
        "Before Rabat, Halevy served as the Israeli ambassador to Cairo.",
        "Ofer Dan, who was Israel's ambassador to Jordan from 2015 to 2019, heads the Morocco office.",
    ],
)
def test_unknown_person_with_a_past_role_is_unverifiable(statements, text):
    assert verdicts(statements, text, "2021-01-26", "office") == {"unverifiable"}


@pytest.mark.parametrize(
    "text",
    [
        "Sultan Nasser bin Fahd, who came to power in 2020, is wary of Israel.",
        "On May 4, 1982, gunmen attacked the convoy of Egypt's envoy in Cairo.",
        "On a trip to Haiti on September 6, Blinken talked about a possible Saudi deal with Israel.",
        "In June 2022, in remarks carried by state media, he said Israel was a possible ally.",
        "The Sudan deal was struck just before the November 3 US presidential election.",
    ],
)
def test_dated_statements_no_one_holds_are_unverifiable(statements, text):
    found = statements(text, "2024-09-20")
    assert any(v == "unverifiable" for _, v, _ in found), found
    assert all(v != "conflicting" for _, v, _ in found), found


def test_a_dated_act_in_a_sentence_naming_a_reference_event_is_left_to_the_event_rules(
    statements,
):
    found = statements("On October 25, 2021, Sudan's army staged a coup and ousted the cabinet.")
    assert ("unverifiable", "unverifiable") not in {(k, v) for k, v, _ in found}
    assert ("event_date", "supported") in {(k, v) for k, v, _ in found}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Oslo Accords were signed in 1993.", "supported"),
        # "The Oslo Accords" (plural) may mean the second agreement too.
        ("The Oslo Accords were signed in 1995.", "supported"),
        ("The Oslo accords were signed in 1991.", "conflicting"),
        ("The Abraham Accords were brokered by Washington in 2020.", "supported"),
        (
            "Netanyahu and Bahrain's minister sign the Abraham Accords on September 15, 2020.",
            "supported",
        ),
        # A visit far from the one recorded may be another visit.
        ("Mohammed bin Salman visited the White House in March 2018.", "unverifiable"),
    ],
)
def test_event_dates(statements, text, expected):
    assert verdicts(statements, text, "2025-11-20", "event_date") == {expected}


def test_later_accessions_do_not_date_the_first_signing(statements):
    found = statements("The Abraham Accords were sealed in 2021 when Sudan and Morocco signed.")
    assert all(v != "conflicting" for k, v, _ in found if k == "event_date"), found


@pytest.mark.parametrize(
    "text, as_of, expected",
    [
        ("Egypt, Israel sign peace treaty, March 26, 1979", None, "supported"),
        (
            "The Camp David Accords were signed by Begin and Sadat on September 17, 1978.",
            None,
            "supported",
        ),
        (
            "Egypt alone recognised Israel. It stayed that way until 1994, when Jordan followed suit.",
            None,
            "supported",
        ),
        (
            "Israel and Morocco in December signed a normalization accord that Washington brokered.",
            "2021-01-12",
            "supported",
        ),
        # A month without a year that does not fit may belong to an earlier year.
        ("Jordan and Israel in March signed a peace treaty.", "2020-09-20", "unverifiable"),
    ],
)
def test_treaty_shapes(statements, text, as_of, expected):
    assert expected in verdicts(statements, text, as_of, "treaty"), statements(text, as_of)
