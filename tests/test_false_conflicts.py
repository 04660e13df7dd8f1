"""Kinds of true (or unsettled) statements that once drew a false conflict. Each sentence is
ours; what matters is the kind of phrasing. None may be called conflicting."""

from __future__ import annotations

import pytest

CASES = [
    # A later bilateral deal, active, passive or as a compound noun, is not the accords' signing.
    ("Israel and the UAE, meanwhile, signed a free trade agreement in May 2022.", "2023-07-18"),
    (
        "The Emirati-Israeli Comprehensive Economic Partnership Agreement was signed on May 31, 2022.",
        "2023-07-18",
    ),
    ("A tax treaty between the UAE and Israel was signed in 2021.", "2023-07-18"),
    ("The Bahrain-Israel aviation agreement was signed in October 2020.", "2023-07-18"),
    ("Israel signed a bilateral free trade agreement with the Emirates in 2022.", "2023-07-18"),
    # A past-tense title with an undated "when" clause: held then, not on the article date.
    ("Mike Pompeo was still secretary of state when the accords were signed.", "2024-05-01"),
    # A conditional sentence is no ordinal claim.
    ("If Saudi Arabia joins the Abraham Accords, it would become the fifth member.", "2023-09-14"),
    # Questions, corrections and denials do not assert what they mention.
    ("Q: Has Sudan established relations with Israel? Not yet.", "2025-11-08"),
    (
        "A previous version said Sudan had established diplomatic relations with Israel.",
        "2025-11-08",
    ),
    ("It is a common mistake to say that Sudan established relations with Israel.", "2025-11-08"),
    # A month without a year, in a paragraph about an earlier year than the article's.
    (
        "In the summer of 2020 the map changed. The UAE agreed in August to normalise ties, and "
        "Bahrain followed in September. The two Gulf states signed on Sept. 15 at the White House.",
        "2026-03-01",
    ),
    # … also when the passage runs over short paragraphs.
    (
        "In the summer of 2020, the Emirates surprised the region.\n\nBahrain followed in "
        "September.\n\nMorocco signed its declaration on Dec. 22.",
        "2026-01-15",
    ),
    # A number below a group's size counts some of its members.
    ("Three Central Asian countries sent ministers to the talks.", "2025-11-08"),
    # A year naming an event dates the title of its clause.
    (
        '"It began quietly," Israeli Prime Minister Netanyahu told the 2019 Global Forum.',
        "2022-11-18",
    ),
    # "Prior to signing the accords" is the moment of "were the only".
    (
        "Prior to joining the Abraham Accords, Jordan and Egypt were the only Arab nations with "
        "full relations with Israel.",
        "2021-09-17",
    ),
    # A scope "in less than four months" is not the ordinal's place among all Arab states.
    (
        "This pact makes Morocco the fourth Arab state to normalise with Israel in well under "
        "four months.",
        "2020-12-11",
    ),
]


@pytest.mark.parametrize(("text", "as_of"), CASES)
def test_no_false_conflict(statements, text, as_of):
    assert [s for s in statements(text, as_of) if s[1] == "conflicting"] == []
