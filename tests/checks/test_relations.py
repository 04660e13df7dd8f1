"""relations: whether two countries have diplomatic ties, and for how long they have had them."""

from __future__ import annotations

import pytest

KIND = "relations"
S, C, U = "supported", "conflicting", "unverifiable"
MID_2025 = "2025-06-01"


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "Uzbekistan has had diplomatic relations with Israel since 1992.",
        MID_2025,
        only(S, "Uzbekistan has had diplomatic relations with Israel since 1992"),
        {"pair": ["israel", "uzbekistan"], "kind": "since", "year": 1992},
        id="since-year",
    ),
    pytest.param(
        "Diplomatic relations between Israel and Jordan date back to 1994.",
        MID_2025,
        only(S, "Diplomatic relations between Israel and Jordan date back to 1994"),
        {"pair": ["israel", "jordan"], "kind": "since", "year": 1994},
        id="date-back-to",
    ),
    pytest.param(
        "Egypt established diplomatic relations with Israel in 1980.",
        MID_2025,
        only(S, "Egypt established diplomatic relations with Israel in 1980"),
        {"pair": ["egypt", "israel"], "since": "1980"},
        id="established-in",
    ),
    pytest.param(
        "Azerbaijan and Israel have had diplomatic ties for more than 30 years.",
        MID_2025,
        only(S, "Azerbaijan and Israel have had diplomatic ties for more than 30 years"),
        {
            "pair": ["azerbaijan", "israel"],
            "kind": "duration",
            "years": 30,
            "qualifier": "more than",
        },
        id="duration-more-than",
    ),
    pytest.param(
        "Israel and Egypt have had diplomatic ties for decades.",
        MID_2025,
        only(S, "Israel and Egypt have had diplomatic ties for decades"),
        {"pair": ["egypt", "israel"], "kind": "decades", "decades": "several"},
        id="decades",
    ),
    pytest.param(
        "Officials hailed the 30th anniversary of diplomatic relations between Israel and Jordan.",
        "2024-10-26",
        only(S, "30th anniversary of diplomatic relations between Israel and Jordan"),
        {"pair": ["israel", "jordan"], "kind": "anniversary", "anniversary": 30},
        id="anniversary-on-the-day",
    ),
    pytest.param(
        "Uzbekistan established diplomatic relations with Israel 33 years ago.",
        MID_2025,
        only(S, "Uzbekistan established diplomatic relations with Israel 33 years ago"),
        {"kind": "ago", "years_ago": 33},
        id="years-ago",
    ),
    pytest.param(
        "Kazakhstan, which gained independence in 1991, established diplomatic relations shortly "
        "after independence.",
        MID_2025,
        only(S, "established diplomatic relations shortly after independence"),
        {"pair": ["israel", "kazakhstan"], "kind": "shortly-after-independence"},
        id="shortly-after-independence",
    ),
    pytest.param(
        "Sudan has never opened diplomatic relations with Israel.",
        MID_2025,
        only(S, "Sudan has never opened diplomatic relations with Israel"),
        {"pair": ["israel", "sudan"], "negated": True},
        id="never-true",
    ),
    pytest.param(
        "Mauritania has no diplomatic relations with Israel.",
        MID_2025,
        only(S, "Mauritania has no diplomatic relations with Israel"),
        {"pair": ["israel", "mauritania"], "negated": True},
        id="severed-relations-now",
    ),
    # --- conflicting ---
    pytest.param(
        "Uzbekistan has had diplomatic relations with Israel since 1993.",
        MID_2025,
        only(C, "Uzbekistan has had diplomatic relations with Israel since 1993"),
        {"kind": "since", "year": 1993},
        id="since-wrong-year",
    ),
    pytest.param(
        "Azerbaijan and Israel have had diplomatic ties for more than 30 years.",
        "2021-06-01",
        only(C, "Azerbaijan and Israel have had diplomatic ties for more than 30 years"),
        {"kind": "duration", "years": 30},
        id="duration-not-yet-reached",
    ),
    pytest.param(
        "Israel and Bahrain have had diplomatic ties for decades.",
        MID_2025,
        only(C, "Israel and Bahrain have had diplomatic ties for decades"),
        {"pair": ["bahrain", "israel"], "kind": "decades"},
        id="decades-too-young",
    ),
    pytest.param(
        "Officials hailed the 30th anniversary of diplomatic relations between Israel and Jordan.",
        "2022-10-26",
        only(C, "30th anniversary of diplomatic relations between Israel and Jordan"),
        {"anniversary": 30},
        id="anniversary-too-early",
    ),
    pytest.param(
        "Kazakhstan established diplomatic relations with Israel 30 years ago.",
        MID_2025,
        only(C, "Kazakhstan established diplomatic relations with Israel 30 years ago"),
        {"years_ago": 30},
        id="years-ago-wrong",
    ),
    pytest.param(
        "Morocco has never had diplomatic relations with Israel.",
        MID_2025,
        only(C, "Morocco has never had diplomatic relations with Israel"),
        {"pair": ["israel", "morocco"], "negated": True},
        id="never-false",
    ),
    pytest.param(
        "Mauritania has no diplomatic relations with Israel.",
        "2005-06-01",
        only(C, "Mauritania has no diplomatic relations with Israel"),
        {"negated": True},
        id="no-relations-while-they-existed",
    ),
    pytest.param(
        "Sudan established diplomatic relations with Israel in 2021.",
        MID_2025,
        only(C, "Sudan established diplomatic relations with Israel in 2021"),
        {"pair": ["israel", "sudan"], "state": "exist"},
        id="relations-that-never-were",
    ),
    # --- unverifiable ---
    pytest.param(
        "Oman has no diplomatic relations with Israel.",
        MID_2025,
        only(U, "Oman has no diplomatic relations with Israel"),
        {"pair": ["israel", "oman"]},
        id="no-reference-row-negated",
    ),
    pytest.param(
        "Oman established diplomatic ties with Israel in 1996.",
        MID_2025,
        only(U, "Oman established diplomatic ties with Israel in 1996"),
        {"pair": ["israel", "oman"]},
        id="no-reference-row-dated",
    ),
    pytest.param(
        "Azerbaijan and Israel have had diplomatic ties for more than 30 years.",
        None,
        only(U, "Azerbaijan and Israel have had diplomatic ties for more than 30 years"),
        {"kind": "duration"},
        id="duration-unknown-date",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_relations(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    claim_has(s, claim)


def test_a_peace_treaty_counts_as_the_start(judged):
    s = judged("Egypt established diplomatic relations with Israel in 1979.", MID_2025, KIND)
    assert s.verdict.value == S
    assert "peace treaty" in s.reason
    assert "treaty.egypt-israel-peace" in {e.reference for e in s.evidence}


def test_independence_row_is_evidence(judged):
    s = judged(
        "Kazakhstan, which gained independence in 1991, established diplomatic relations shortly "
        "after independence.",
        MID_2025,
        KIND,
    )
    assert {e.reference for e in s.evidence} == {"rel.israel-kazakhstan", "kazakhstan.independence"}


def test_conflicting_since_states_the_real_date(judged):
    s = judged("Uzbekistan has had diplomatic relations with Israel since 1993.", MID_2025, KIND)
    assert s.expected == "since 1992-04-10"
    assert s.found == "since 1993"


def test_sentence_initial_relations(statements):
    assert statements("Relations between Israel and Jordan date back to 1994.", MID_2025) == only(
        S, "Relations between Israel and Jordan date back to 1994"
    )


# --- passives, nominalisations and fronted times ------------------------------------------------
PHRASINGS = [
    pytest.param(
        "Uzbekistan values its ties with Israel, set up in 1992, more than most.",
        S,
        "ties with Israel, set up in 1992",
        id="participle-apposition",
    ),
    pytest.param(
        "Diplomatic ties were formally established between Israel and Uzbekistan in 1994.",
        C,
        "Diplomatic ties were formally established between Israel and Uzbekistan in 1994",
        id="passive-between",
    ),
    pytest.param(
        "Kazakhstan and Israel toasted their relations, which were forged on April 10, 1992.",
        S,
        "relations, which were forged on April 10, 1992",
        id="relative-clause",
    ),
    pytest.param(
        "Azerbaijan, a steady partner since 1992, supplies oil.",
        S,
        "Azerbaijan, a steady partner since 1992",
        id="partner-since",
    ),
    pytest.param(
        "Azerbaijan, a partner since 1995, supplies oil.",
        U,
        "Azerbaijan, a partner since 1995",
        id="partner-since-soft",
    ),
    pytest.param(
        "Uzbekistan's diplomatic ties with Israel are now more than three decades old.",
        S,
        "Uzbekistan's diplomatic ties with Israel are now more than three decades old",
        id="decades-old",
    ),
    pytest.param(
        "Kazakhstan only opened an embassy in Israel in May 1996, about four years after "
        "relations were established.",
        S,
        "in May 1996, about four years after relations were established",
        id="years-after-measured-to-a-date",
    ),
    pytest.param(
        "After the Madrid conference of 1991, diplomatic relations were set up between Israel "
        "and Uzbekistan.",
        S,
        "After the Madrid conference of 1991, diplomatic relations were set up between Israel "
        "and Uzbekistan",
        id="fronted-following-about",
    ),
    pytest.param(
        "In the wake of the Oslo accords in 1993, full diplomatic relations were established "
        "between Israel and Morocco.",
        C,
        "In the wake of the Oslo accords in 1993, full diplomatic relations were established "
        "between Israel and Morocco",
        id="fronted-following-full-is-2020",
    ),
    pytest.param(
        "In 1994, Morocco set up liaison offices with Israel.",
        S,
        "In 1994, Morocco set up liaison offices with Israel",
        id="fronted-year-liaison",
    ),
]


@pytest.mark.parametrize(("text", "verdict", "quote"), PHRASINGS)
def test_phrasings(judged, text, verdict, quote):
    s = judged(text, MID_2025, KIND)
    assert (s.verdict.value, s.text) == (verdict, quote)


def test_fronted_clause_is_read_as_about_that_year(judged):
    s = judged(
        "After the Oslo accords of 1995, full diplomatic ties were set up between "
        "Morocco and Israel.",
        "2020-12-10",
        KIND,
    )
    assert s.verdict.value == C
    assert "about 1995" in s.reason
    assert s.claim["level"] == "full"


def test_elided_pair_since_the_same_year(statements):
    text = (
        "Israel has had ties with Uzbekistan since 1992, and with Kazakhstan since the same year."
    )
    assert statements(text, MID_2025) == [
        (KIND, S, "Israel has had ties with Uzbekistan since 1992"),
        (KIND, S, ", and with Kazakhstan since the same year"),
    ]


# --- several rows for a pair: Morocco's liaison offices (1994–2000) and full relations (2020) ---
LEVELS = [
    pytest.param(
        "Morocco established diplomatic relations with Israel in 1994.",
        S,
        id="plain-relations-fit-the-liaison-row",
    ),
    pytest.param(
        "Morocco established full diplomatic relations with Israel in 1994.",
        C,
        id="full-relations-only-full-rows",
    ),
    pytest.param(
        "Israel and Morocco had low-level relations in the 1990s.",
        S,
        id="low-level-in-the-1990s",
    ),
    pytest.param(
        "Israel and Morocco had full diplomatic ties in the 1990s.",
        C,
        id="full-in-the-1990s",
    ),
    pytest.param(
        "Egypt and Israel opened liaison offices in 1980.",
        U,
        id="no-liaison-row",
    ),
]


@pytest.mark.parametrize(("text", "verdict"), LEVELS)
def test_levels(judged, text, verdict):
    assert judged(text, MID_2025, KIND).verdict.value == verdict


# --- ends: broke off, severed, shut a mission, kept an office until ---
ENDS = [
    pytest.param("Morocco broke off relations with Israel in 2000.", S, id="broke-off"),
    pytest.param("Morocco broke of relations with Israel in 2000.", S, id="broke-of-typo"),
    pytest.param("Morocco severed relations with Israel in 2002.", C, id="severed-wrong-year"),
    pytest.param("Morocco shut its mission in Tel Aviv in 2003.", C, id="mission-after-the-end"),
    pytest.param(
        "Morocco had kept a liaison office in Tel Aviv until 2000.", S, id="kept-office-until"
    ),
    pytest.param("Mauritania cut its ties with Israel in 2010.", S, id="cut-ties"),
    pytest.param("Mauritania froze ties with Israel in 2009.", U, id="freeze-before-the-end"),
    pytest.param(
        "Mauritania cut ties with Israel in 2009.", U, id="firm-verb-the-year-before-the-break"
    ),
    pytest.param("Mauritania cut ties with Israel in 2007.", C, id="firm-verb-years-before"),
    pytest.param("Mauritania's ties with Israel were severed in 2012.", C, id="passive-wrong-year"),
    pytest.param("Jordan severed ties with Israel in 2000.", U, id="no-end-recorded"),
    pytest.param(
        "Mauritania used to have full ties with Israel, but froze relations in 2011.",
        C,
        id="subject-in-the-clause-before",
    ),
]


def test_an_end_after_a_but_clause_starts_at_its_verb(statements):
    text = "Morocco hosted liaison offices in the 1990s but shut its office in Tel Aviv in 2002."
    assert [s for s in statements(text, MID_2025) if s[0] == KIND] == [
        (KIND, S, "Morocco hosted liaison offices in the 1990s"),
        (KIND, C, "shut its office in Tel Aviv in 2002"),
    ]


def test_elided_country_established(statements):
    text = "Israel had ties with Egypt, established in 1980, and Jordan, established in 1994."
    assert statements(text, MID_2025) == [
        (KIND, S, "ties with Egypt, established in 1980"),
        (KIND, S, ", and Jordan, established in 1994"),
    ]


@pytest.mark.parametrize(("text", "verdict"), ENDS)
def test_ends(judged, text, verdict):
    s = judged(text, MID_2025, KIND)
    assert s.verdict.value == verdict
    assert s.claim["kind"] == "ended"


def test_an_end_in_the_year_of_the_article_is_before_it(judged):
    # Said on 2020-12-10, "in 2020" cannot be the full relations of 2020-12-22.
    s = judged("Morocco broke of relations with Israel in 2020.", "2020-12-10", KIND)
    assert s.verdict.value == C
    assert "2000-10-23" in s.reason


def test_the_liaison_row_is_evidence(judged):
    s = judged("In October 2000 Morocco shut its liaison office in Tel Aviv.", MID_2025, KIND)
    assert s.verdict.value == S
    assert {e.reference for e in s.evidence} >= {"rel.israel-morocco-liaison"}


def test_never_is_false_for_a_pair_with_only_a_past_row(judged):
    s = judged("Mauritania has never had diplomatic relations with Israel.", MID_2025, KIND)
    assert s.verdict.value == C


def test_never_full_relations_before_2020(judged):
    s = judged("Morocco has never had full diplomatic relations with Israel.", "2019-06-01", KIND)
    assert s.verdict.value == S


# --- recognition ---
RECOGNITION = [
    pytest.param("Israel recognised Azerbaijan's independence on 25 December 1991.", S, id="day"),
    pytest.param("Israel recognised Azerbaijan's independence in 1992.", C, id="day-wrong"),
    pytest.param(
        "Israel was among the first states to recognise Kazakhstan, in December 1991.",
        S,
        id="among-the-first",
    ),
    pytest.param("Uzbekistan recognized Israel in 1992.", S, id="relations-that-year"),
    pytest.param("Uzbekistan recognized Israel in 1996.", C, id="after-full-relations"),
    pytest.param("Morocco recognised Israel in 1996.", U, id="before-full-relations"),
]


@pytest.mark.parametrize(("text", "verdict"), RECOGNITION)
def test_recognition(judged, text, verdict):
    s = judged(text, MID_2025, KIND)
    assert s.verdict.value == verdict
    assert s.claim["kind"] == "recognised"


def test_recognition_cites_its_own_source(judged):
    s = judged("Israel recognised Azerbaijan's independence on 25 December 1991.", MID_2025, KIND)
    assert [e.reference for e in s.evidence] == ["rel.israel-azerbaijan.recognised.israel"]
    assert "today.az" in s.evidence[0].source


def test_months_after_independence(statements):
    text = (
        "Kazakhstan's ties with Israel were forged in 1992, some four months after Kazakhstan "
        "declared its independence. Uzbekistan's relations with Israel were set up in 1992, "
        "ten months after Uzbekistan gained independence."
    )
    assert statements(text, MID_2025) == [
        (KIND, S, "Kazakhstan's ties with Israel were forged in 1992"),
        (KIND, S, "some four months after Kazakhstan declared its independence"),
        (KIND, S, "Uzbekistan's relations with Israel were set up in 1992"),
        (KIND, U, "ten months after Uzbekistan gained independence"),
    ]


# --- an unknown article date ---
def test_undated_claim_that_only_grows_truer_uses_not_before(judged):
    text = (
        "Kazakhstan joined the Abraham Accords. Kazakhstan has maintained diplomatic relations "
        "with Israel for decades."
    )
    s = judged(text, None, KIND)
    assert s.verdict.value == S
    assert "earliest the undated article can be" in s.reason


def test_undated_exact_duration_stays_unverifiable(judged):
    text = (
        "Kazakhstan joined the Abraham Accords. Kazakhstan has had diplomatic relations with "
        "Israel for 33 years."
    )
    assert judged(text, None, KIND).verdict.value == U


# --- sets: the only Arab states with relations with Israel (option set) ---
SETS = [
    pytest.param(
        "Egypt and Jordan were the only Arab states with diplomatic relations with Israel until "
        "the Abraham Accords.",
        "2021-06-01",
        S,
        id="until-the-accords",
    ),
    pytest.param(
        "Before 2020, only three Arab states - Egypt, Jordan and Morocco - had full relations "
        "with Israel.",
        MID_2025,
        C,
        id="count-and-list-wrong",
    ),
    pytest.param(
        "Bahrain and the UAE will join Jordan and Egypt as the only Arab countries with full "
        "diplomatic ties to Israel.",
        "2020-09-14",
        S,
        id="joining-the-set",
    ),
    pytest.param(
        "The only Arab nations with formal ties to Israel are Egypt and Jordan.",
        MID_2025,
        C,
        id="present-tense-on-the-article-date",
    ),
    pytest.param(
        "Egypt and Jordan are the only Arab nations with formal ties to Israel.",
        None,
        S,
        id="undated-some-period",
    ),
    pytest.param(
        "Israel now has diplomatic relations with five Arab states.",
        MID_2025,
        S,
        id="partner-count",
    ),
    pytest.param(
        "Until 2020, Egypt, Jordan and Mauritania were the only Arab nations with ties to Israel.",
        MID_2025,
        U,
        id="earlier-period-before",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "verdict"), SETS)
def test_sets(judged, text, as_of, verdict):
    s = judged(text, as_of, KIND)
    assert s.verdict.value == verdict
    assert s.claim["set"] is True


def test_set_reason_names_the_lower_level_row(judged):
    s = judged(
        "Before 2020, only three Arab states - Egypt, Jordan and Morocco - had full relations "
        "with Israel.",
        MID_2025,
        KIND,
    )
    assert "liaison" in s.reason
    assert s.claim["count"] == 3
    assert s.claim["members"] == ["egypt", "jordan", "morocco"]


def test_those_two_reads_the_countries_named_before(judged):
    s = judged(
        "Egypt made peace with Israel in 1979 and Jordan in 1994. Before 2020, those two were "
        "the only Arab states with diplomatic relations with Israel.",
        MID_2025,
        KIND,
    )
    assert s.verdict.value == S
    assert s.claim["members"] == ["egypt", "jordan"]


def test_a_fronted_prepositional_phrase_is_no_subject(judged):
    # "After Sudan," says when, not who: Morocco alone established ties.
    s = judged("After Sudan, Morocco also forged diplomatic relations with Israel.", MID_2025, KIND)
    assert (s.verdict.value, s.claim["pair"]) == (S, ["israel", "morocco"])


def test_an_announced_normalisation_counts_as_a_start(judged):
    # Said between the announcement (2020-12-10) and the joint declaration (2020-12-22).
    s = judged("Morocco also established diplomatic ties with Israel.", "2020-12-14", KIND)
    assert s.verdict.value == S
    assert "announced" in s.reason


POSTS = [
    ("Morocco has now opened a liaison office in Tel Aviv.", "1995-04-01", S),
    ("Azerbaijan quietly opened its embassy in Tel Aviv in 2023.", MID_2025, S),
    ("An Israeli liaison bureau was opened in Rabat in November.", "1995-03-01", S),
    # Before any relations: the reference dates relations, not posts.
    ("Kazakhstan opened an embassy in Israel in 1990.", MID_2025, U),
    # Sudan never had relations, but an office is no claim that it had.
    ("Sudan has set up a liaison office in Tel Aviv.", MID_2025, U),
    # Liaison offices also exist under full relations.
    ("Israel has opened a liaison office in Rabat.", "2021-02-01", S),
]


@pytest.mark.parametrize(("text", "as_of", "verdict"), POSTS)
def test_posts_are_judged_against_relations_of_any_level(judged, text, as_of, verdict):
    s = judged(text, as_of, KIND)
    assert (s.verdict.value, s.claim["kind"]) == (verdict, "post")


ELAPSED = [
    ("Mauritania forged full ties with Israel in 1999 but cut them ten years later.", S),
    ("Mauritania forged full ties with Israel in 1999 but severed ties six years later.", C),
    ("Israel and Morocco kept liaison offices until 2000, when Rabat shut them down.", S),
    ("Morocco's liaison bureau in Tel Aviv has been shut for roughly 20 years.", U),
    ("Israel and Mauritania have seen their ties severed for some 15 years.", None),
]


@pytest.mark.parametrize(("text", "verdict"), ELAPSED)
def test_ends_counted_in_years(statements, text, verdict):
    # The start the clause gives ("forged full ties … in 1999") is a statement of its own.
    found = [
        v
        for k, v, t in statements(text, MID_2025)
        if k == KIND and ("later" in t or "when" in t or "shut" in t or "until" in t)
    ]
    assert found == ([verdict] if verdict else [])


def test_closed_for_measures_from_the_end_of_relations(judged):
    s = judged(
        "Morocco's liaison bureau in Tel Aviv has been shut for roughly 20 years.",
        "2020-11-30",
        KIND,
    )
    assert s.verdict.value == S
    assert "2000-10-23" in s.reason


def test_a_partnership_of_the_wrong_age_is_unverifiable(judged):
    s = judged("Kazakhstan has been a steadfast partner of Israel for 50 years.", MID_2025, KIND)
    assert s.verdict.value == U


def test_below_full_needs_a_liaison_row(judged):
    s = judged(
        "Israel and Azerbaijan kept offices that fell short of full diplomatic relations.",
        MID_2025,
        KIND,
    )
    assert s.verdict.value == U


def test_a_set_count_with_a_parenthetical_is_read(statements):
    found = statements(
        "Israel keeps normal ties — cool at times — with five Arab states.", "2024-03-01", "rule"
    )
    assert ("relations_set.partner-with-n", "supported") in [(r, v) for r, v, _ in found]


def test_an_inferred_article_date_does_not_make_a_present_set_conflict(statements):
    # No date given: the article date is inferred from the full date in the lede, which here is
    # the date of an older event the article recalls.
    text = (
        "On September 15, 2020, the accords were signed at the White House. "
        "Israel now has diplomatic relations — not always warm — with five Arab states."
    )
    found = [(r, v) for r, v, _ in statements(text, None, "rule")]
    assert ("relations_set.partner-with-n", "unverifiable") in found
    given = [(r, v) for r, v, _ in statements(text, "2020-09-16", "rule")]
    assert ("relations_set.partner-with-n", "conflicting") in given


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "The Abraham Accords drew in states such as Morocco and Bahrain, which up to that "
            "point had no formal ties with Israel.",
            "2023-06-01",
            "supported",
        ),
        (
            "The Abraham Accords reached Kazakhstan, which until then had no diplomatic "
            "relations with Israel.",
            "2025-12-01",
            "conflicting",
        ),
        (
            "Under the Abraham Accords, Sudan had no ties with Israel before joining the accords.",
            "2023-06-01",
            "supported",
        ),
    ],
)
def test_no_relations_until_joining(judged, text, as_of, verdict):
    s = judged(text, as_of, "relations")
    assert s.verdict.value == verdict
    assert s.claim.get("at")


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        (
            "Egypt has maintained formal ties with Israel for decades, long before the Abraham "
            "Accords.",
            "2024-01-01",
            "supported",
        ),
        (
            "Bahrain opened ties with Israel years before the Abraham Accords.",
            "2024-01-01",
            "conflicting",
        ),
        (
            # Low-level ties from 1994 count for plain "relations".
            "Morocco normalised relations with Israel years before the Abraham Accords.",
            "2024-01-01",
            "supported",
        ),
    ],
)
def test_relations_before_the_accords(judged, text, as_of, verdict):
    s = judged(text, as_of, "relations")
    assert s.verdict.value == verdict
    assert s.claim.get("before") == "2020-08-13"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # A past verb: the sentence may speak of the years before relations ended.
        ("Mauritania was among the few Arab states with full diplomatic relations with Israel.", U),
        ("Back then Mauritania had diplomatic ties with Israel.", U),
        # Present tense after relations ended: wrong.
        ("Mauritania still has diplomatic relations with Israel.", C),
        ("Mauritania has had diplomatic relations with Israel for years.", C),
    ],
)
def test_existing_relations_after_their_end_conflict_only_in_the_present(judged, text, verdict):
    assert judged(text, "2015-06-01", KIND).verdict.value == verdict


def test_bare_diplomatic_ties_are_existing_relations(judged):
    s = judged("Bahrain also has diplomatic ties with Israel.", "2022-03-01", KIND)
    assert (s.verdict.value, s.claim["kind"]) == (S, "existing")


@pytest.mark.parametrize(
    "text",
    [
        # The relative clause is about the country right before "which"/"that", not the one the
        # sentence (or the one before) named first.
        "Bahrain signed in 2020, and officials said the next member is Kazakhstan, which has "
        "kept diplomatic relations with Israel since 1992.",
        "Bahrain signed in 2020. Bahrain welcomed Uzbekistan, a country that has had ties with "
        "Israel since 1992.",
    ],
)
def test_a_relative_clause_is_about_the_country_before_it(judged, text):
    s = judged(text, MID_2025, KIND)
    assert s.verdict.value == S
    assert s.claim["pair"] in (["israel", "kazakhstan"], ["israel", "uzbekistan"])


def test_restored_needs_earlier_relations(judged):
    """ "Restored" ties: supported where the reference has earlier relations that ended (Morocco's
    liaison ties of 1994-2000); without them unverifiable, never conflicting."""
    morocco = judged("Morocco resumed diplomatic relations with Israel.", "2021-02-01", "relations")
    assert morocco.verdict.value == "supported" and "2000-10-23" in morocco.reason
    uae = judged(
        "The UAE and Israel have restored diplomatic relations.", "2020-08-14", "relations"
    )
    assert uae.verdict.value == "unverifiable" and "no earlier relations" in uae.reason


def test_relations_with_an_indefinite_country_borrow_no_partner(statements):
    text = (
        "The UAE deal was signed. It was the first time Israel set up diplomatic relations with "
        "an Arab country since 1994."
    )
    assert not [s for s in statements(text, "2020-09-16") if s[0] == "relations"]
