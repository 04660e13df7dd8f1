"""office: a title given to a person must match who held the office at the time meant."""

from __future__ import annotations

import pytest

KIND = "office"
S, C, U = "supported", "conflicting", "unverifiable"


def only(verdict: str, text: str) -> list[tuple[str, str, str]]:
    return [(KIND, verdict, text)]


CASES = [
    # --- supported ---
    pytest.param(
        "US President Joe Biden spoke by phone.",
        "2022-03-01",
        only(S, "US President Joe Biden"),
        {
            "person": "joe-biden",
            "office": "president-of-the-united-states",
            "country": "united-states",
            "modifier": "present",
            "on": "2022-03-01",
        },
        id="in-office-on-article-date",
    ),
    pytest.param(
        "Former President Joe Biden spoke by phone.",
        "2025-03-01",
        only(S, "Former President Joe Biden"),
        {"person": "joe-biden", "modifier": "former", "office": "president-of-the-united-states"},
        id="former-after-the-term",
    ),
    pytest.param(
        "In 2019, then-Secretary of State Mike Pompeo visited Abu Dhabi.",
        "2025-03-01",
        only(S, "then-Secretary of State Mike Pompeo"),
        {"person": "mike-pompeo", "modifier": "then", "on": "2019"},
        id="then-with-a-dated-sentence",
    ),
    pytest.param(
        "Then-Secretary of State Mike Pompeo visited Abu Dhabi.",
        "2025-03-01",
        only(S, "Then-Secretary of State Mike Pompeo"),
        {"person": "mike-pompeo", "modifier": "then"},
        id="then-undated-held-before",
    ),
    pytest.param(
        "Isaac Herzog, the Israeli president, visited Manama.",
        "2024-01-20",
        only(S, "Isaac Herzog, the Israeli president"),
        {"person": "isaac-herzog", "office": "president-of-israel", "country": "israel"},
        id="appositive-title",
    ),
    pytest.param(
        "Mohammed bin Salman has been crown prince since 2017, aides noted.",
        "2025-03-01",
        only(S, "Mohammed bin Salman has been crown prince since 2017"),
        {"office": "crown-prince-of-saudi-arabia", "since": 2017},
        id="since-year",
    ),
    pytest.param(
        "Avi Berkowitz, who served as envoy, flew to Rabat.",
        "2025-03-01",
        only(S, "Avi Berkowitz, who served as envoy"),
        {"person": "avi-berkowitz", "modifier": "past"},
        id="who-served-as",
    ),
    pytest.param(
        "President-elect Joe Biden named a cabinet.",
        "2020-12-01",
        only(S, "President-elect Joe Biden"),
        {"office": "president-elect-of-the-united-states", "title": "President-elect"},
        id="president-elect",
    ),
    pytest.param(
        "Incoming Secretary of State Marco Rubio spoke.",
        "2025-01-10",
        only(S, "Incoming Secretary of State Marco Rubio"),
        {"person": "marco-rubio", "modifier": "incoming"},
        id="incoming",
    ),
    # --- conflicting ---
    pytest.param(
        "US President Joe Biden spoke by phone.",
        "2025-03-01",
        only(C, "US President Joe Biden"),
        {"person": "joe-biden", "modifier": "present", "on": "2025-03-01"},
        id="out-of-office-on-article-date",
    ),
    pytest.param(
        "Former President Joe Biden spoke by phone.",
        "2022-03-01",
        only(C, "Former President Joe Biden"),
        {"modifier": "former", "on": "2022-03-01"},
        id="former-while-in-office",
    ),
    pytest.param(
        "In 2022, then-Secretary of State Mike Pompeo visited Abu Dhabi.",
        "2025-03-01",
        only(C, "then-Secretary of State Mike Pompeo"),
        {"modifier": "then", "on": "2022"},
        id="then-wrong-year",
    ),
    pytest.param(
        "Nursultan Nazarbayev, the Kazakh president, praised the move.",
        "2025-03-01",
        only(C, "Nursultan Nazarbayev, the Kazakh president"),
        {"person": "nursultan-nazarbayev", "office": "president-of-kazakhstan"},
        id="predecessor",
    ),
    pytest.param(
        "Mohammed bin Salman has been crown prince since 2016, aides noted.",
        "2025-03-01",
        only(C, "Mohammed bin Salman has been crown prince since 2016"),
        {"since": 2016},
        id="since-wrong-year",
    ),
    pytest.param(
        "Then-Secretary of State Marco Rubio visited Abu Dhabi.",
        "2019-03-01",
        only(C, "Then-Secretary of State Marco Rubio"),
        {"modifier": "then"},
        id="then-only-held-later",
    ),
    # --- unverifiable ---
    pytest.param(
        "Israeli Prime Minister Naftali Bennett flew to Abu Dhabi.",
        None,
        only(U, "Israeli Prime Minister Naftali Bennett"),
        {"person": "naftali-bennett", "on": None},
        id="unknown-article-date",
    ),
    pytest.param(
        "President Steve Witkoff spoke.",
        "2025-03-01",
        only(U, "President Steve Witkoff"),
        {"person": "steve-witkoff", "title": "President"},
        id="title-never-held-and-no-country",
    ),
    pytest.param(
        "Crowds mourned the late King Salman bin Abdulaziz.",
        "2025-03-01",
        only(U, "late King Salman bin Abdulaziz"),
        {"modifier": "late", "office": "king-of-saudi-arabia"},
        id="late-deaths-not-recorded",
    ),
    pytest.param(
        "Incoming Secretary of State Mike Pompeo spoke.",
        "2025-01-10",
        only(U, "Incoming Secretary of State Mike Pompeo"),
        {"modifier": "incoming"},
        id="incoming-without-a-later-term",
    ),
]


@pytest.mark.parametrize(("text", "as_of", "expected", "claim"), CASES)
def test_office(statements, judged, claim_has, text, as_of, expected, claim):
    assert statements(text, as_of) == expected
    s = judged(text, as_of, KIND)
    assert s.verdict.value == expected[0][1]
    claim_has(s, claim)


@pytest.mark.parametrize(
    ("as_of", "verdict"),
    [("2021-06-12", C), ("2021-06-13", S), ("2022-06-30", S), ("2022-07-01", C)],
)
def test_term_edges(statements, as_of, verdict):
    assert statements("Israeli Prime Minister Naftali Bennett flew to Abu Dhabi.", as_of) == only(
        verdict, "Israeli Prime Minister Naftali Bennett"
    )


def test_conflict_names_who_held_it_then(judged):
    s = judged("US President Joe Biden spoke by phone.", "2025-03-01", KIND)
    assert "held by Donald Trump" in s.reason
    assert (
        s.expected == "Joe Biden held President of the United States from 2021-01-20 to 2025-01-20"
    )
    assert {e.reference for e in s.evidence} == {"term.biden.president", "term.trump.president-47"}


def test_dated_sentence_wins_over_article_date(judged):
    s = judged(
        "In 2019, then-Secretary of State Mike Pompeo visited Abu Dhabi.", "2025-03-01", KIND
    )
    assert "the date the sentence gives (In 2019)" in s.reason


def test_a_person_with_two_terms(statements):
    text = "President Donald Trump hosted the leaders."
    assert statements(text, "2019-03-01") == only(S, "President Donald Trump")
    assert statements(text, "2022-03-01") == only(C, "President Donald Trump")
    assert statements(text, "2025-03-01") == only(S, "President Donald Trump")


# --- the moment a title speaks of, as a fact-checker reads it ---


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # "former" is the writer's viewpoint, even in a sentence about an earlier moment
        ("In 2019, former President Donald Trump met the crown prince.", "2022-12-22", S),
        ("In 2019, former President Donald Trump met the crown prince.", "2020-06-01", C),
        # a bare title in a dated sentence: held then, or held when the article was written
        ("In 2018, President Joe Biden spoke at the forum.", "2022-12-22", S),
        ("In 2018, Prime Minister Benjamin Netanyahu spoke at the forum.", "2025-03-01", S),
        ("In 2018, Prime Minister Naftali Bennett spoke at the forum.", "2025-03-01", C),
        # "outgoing": held on the article date, the term ending soon
        ("Israel's outgoing Prime Minister Yair Lapid spoke.", "2022-12-22", S),
        ("Outgoing US President Donald Trump spoke.", "2021-01-10", S),
        ("Outgoing US President Donald Trump spoke.", "2022-01-10", C),
        ("Outgoing Foreign Minister Gideon Sa'ar spoke.", "2025-03-01", U),
    ],
)
def test_moment(statements, text, as_of, verdict):
    found = [s for s in statements(text, as_of) if s[0] == KIND]
    assert [s[1] for s in found] == [verdict], found


def test_date_of_another_title_is_not_ours(statements):
    text = (
        "Israel's outgoing Prime Minister Yair Lapid opened the office in Rabat as foreign "
        "minister in August 2021."
    )
    assert statements(text, "2022-12-22") == [
        (KIND, S, "Israel's outgoing Prime Minister Yair Lapid"),
        (KIND, S, "Yair Lapid opened the office in Rabat as foreign minister in August 2021"),
    ]


def test_title_nested_in_a_then_phrase_is_read_then(statements):
    text = "The delegation was led by Jared Kushner, then senior adviser to President Donald Trump."
    assert statements(text, "2022-12-22") == [
        (KIND, S, "Jared Kushner, then senior adviser"),
        (KIND, S, "President Donald Trump"),
    ]


def test_present_perfect_since_needs_the_term_held_now(judged, claim_has):
    text = "Abdel Fattah al-Burhan, who has chaired the Transitional Military Council since 2019, met him."
    s = judged(text, "2021-01-07", KIND)
    assert s.verdict.value == C
    assert "did not hold Chairman of the Transitional Military Council" in s.reason
    claim_has(
        s, {"since": 2019, "office": "chairman-of-the-transitional-military-council-of-sudan"}
    )


def test_in_office_since(statements):
    text = "Foreign Minister Nasser Bourita, in office since {}, flew to Israel."
    assert statements(text.format(2019), "2022-12-22") == only(
        C, "Foreign Minister Nasser Bourita, in office since 2019"
    )
    assert statements(text.format(2017), "2022-12-22") == only(
        S, "Foreign Minister Nasser Bourita, in office since 2017"
    )


def test_title_anaphor_takes_the_person_named_before(checker):
    text = (
        "Head of State Kassym-Jomart Tokayev spoke. The Head of State, in charge of the "
        "republic since 2017, flew on."
    )
    s = next(x for x in _all(checker, text, "2025-11-07") if x.rule == "office.title-anaphor-since")
    assert s.verdict.value == C
    assert s.claim["person"] == "kassym-jomart-tokayev"


def test_title_anaphor_without_a_name_before_is_no_statement(statements):
    found = statements(
        "The Head of State, in charge of the republic since 2019, flew on.", "2025-11-07"
    )
    assert [s for s in found if s[0] == "office"] == []


@pytest.mark.parametrize(
    ("text", "as_of", "expected"),
    [
        (
            "The UAE sent Sheikh Abdullah bin Zayed Al Nahyan, its foreign minister, to sign.",
            "2020-09-16",
            only(S, "Sheikh Abdullah bin Zayed Al Nahyan, its foreign minister"),
        ),
        (
            "It was brokered by Jared Kushner, the president's son-in-law and senior adviser, in Rabat.",
            "2020-12-11",
            only(S, "Jared Kushner, the president's son-in-law and senior adviser"),
        ),
        (
            "The leadership under President Sheikh Mohammed bin Zayed pushed trade.",
            "2021-09-15",
            only(C, "President Sheikh Mohammed bin Zayed"),
        ),
        (
            "The general, chairman of the Sovereignty Council of Sudan, Abdel Fattah al-Burhan, spoke.",
            "2020-02-04",
            only(S, "chairman of the Sovereignty Council of Sudan, Abdel Fattah al-Burhan"),
        ),
        (
            "It was signed during a visit by US Treasury Secretary Steven Mnuchin.",
            "2021-01-07",
            only(U, "US Treasury Secretary Steven Mnuchin"),
        ),
        (
            "The deal was brokered by the Trump administration in 2020.",
            "2025-11-07",
            only(S, "the Trump administration in 2020"),
        ),
        (
            "Foreign Minister Abdullatif Al Zayani, who took office in February, will sign.",
            "2020-09-12",
            only(S, "Foreign Minister Abdullatif Al Zayani, who took office in February"),
        ),
    ],
)
def test_title_forms(statements, text, as_of, expected):
    assert [s for s in statements(text, as_of) if s[0] == KIND] == expected


def test_unknown_article_date_settled_by_its_lower_bound(checker):
    # Naming the Abraham Accords dates the article on or after 2020-08-13.
    text = "The Abraham Accords were praised. President Kassym-Jomart Tokayev hailed them."
    s = next(x for x in _all(checker, text, None) if x.kind == KIND)
    assert s.verdict.value == S
    assert "no older than" in s.reason
    text = "The Abraham Accords were praised. Prime Minister Benjamin Netanyahu hailed them."
    s = next(x for x in _all(checker, text, None) if x.kind == KIND)
    assert s.verdict.value == U


def _all(checker, text, as_of):
    return checker.check_text(text, as_of=as_of).statements


# --- term events: a start, an end, an ordinal stint, a predecessor ---


@pytest.mark.parametrize(
    ("text", "as_of", "verdict", "claim"),
    [
        # a return: a stint that is not the person's first must begin then
        (
            "Prime Minister Benjamin Netanyahu, who returned to power in December 2022, spoke.",
            "2023-05-01",
            S,
            {"returned": True, "office": "prime-minister-of-israel"},
        ),
        (
            "Prime Minister Benjamin Netanyahu, who came back to office in June 2021, spoke.",
            "2023-05-01",
            C,
            {"returned": True},
        ),
        # the reference records no earlier stint to return from: not a contradiction
        ("Joe Biden, who returned to office in January 2021, spoke.", "2021-05-01", U, {}),
        # an end: resigned, stepped down, was ousted
        (
            "Hamdok, the Sudanese prime minister who quit in January 2022, stayed abroad.",
            "2023-01-01",
            S,
            {},
        ),
        (
            "Hamdok, the Sudanese prime minister who quit in January 2021, stayed abroad.",
            "2023-01-01",
            C,
            {},
        ),
        # an end after the article date cannot be known
        ("Trump, who steps down in January 2029, spoke.", "2025-11-07", None, {}),
        # ordinal stints; "term" is counted only where stints are fixed terms
        (
            "Trump, who began his second term in January 2025, spoke.",
            "2025-11-07",
            S,
            {"ordinal": "second"},
        ),
        ("Trump, who began his first term in January 2025, spoke.", "2025-11-07", C, {}),
        ("Netanyahu, who began his third term in 2022, spoke.", "2025-11-07", U, {}),
        ("Netanyahu, who began his third stint in December 2022, spoke.", "2025-11-07", S, {}),
        # a predecessor: the term must begin as the predecessor's ends
        (
            "Tokayev, who succeeded Nursultan Nazarbayev in 2019, spoke.",
            "2025-11-07",
            S,
            {"predecessor": "nursultan-nazarbayev"},
        ),
        ("Tokayev, who succeeded Nursultan Nazarbayev in 2020, spoke.", "2025-11-07", C, {}),
        (
            "Yair Lapid, who replaced Benjamin Netanyahu as prime minister, spoke.",
            "2022-08-01",
            C,
            {},
        ),
        # a day-precise start within a week of the reference's is not a contradiction
        ("Joe Biden was sworn in as president on January 22, 2021.", "2021-02-01", U, {}),
    ],
)
def test_term_events(checker, claim_has, text, as_of, verdict, claim):
    # a relative clause is its own statement, apart from a title before it
    found = [s for s in _all(checker, text, as_of) if s.kind == KIND]
    found = [s for s in found if s.text.startswith("who")] or found
    if verdict is None:
        assert all(s.verdict.value != C for s in found), found
        return
    assert [s.verdict.value for s in found] == [verdict], [(s.verdict.value, s.text) for s in found]
    claim_has(found[0], claim)


def test_succession_without_a_title_takes_the_office_both_held(judged, claim_has):
    s = judged(
        "Naftali Bennett took over from Benjamin Netanyahu in June 2021.", "2021-08-01", KIND
    )
    assert s.verdict.value == S
    claim_has(s, {"office": "prime-minister-of-israel", "predecessor": "benjamin-netanyahu"})


def test_replaced_about_no_shared_office_is_no_statement(statements):
    assert statements("Mike Pompeo replaced Donald Trump at the podium.", "2020-01-01") == []


def test_term_bounds_name_the_stint(judged):
    s = judged("Netanyahu's previous term ran from 2009 to 2019.", "2022-12-30", KIND)
    assert s.verdict.value == C
    assert "ended on 2021-06-13, not 2019" in s.reason


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # a loose title: held is supported; not held is unverifiable, never conflicting
        ("Kazakh leader Kassym-Jomart Tokayev spoke.", "2025-11-07", S),
        ("Kazakh leader Nursultan Nazarbayev spoke.", "2025-11-07", U),
        ("Bahrain's ruler Hamad bin Isa Al Khalifa spoke.", "2020-09-12", S),
        # a counterpart: the office of the person titled before, in the other country
        (
            "Israeli Foreign Minister Eli Cohen met his Bahraini counterpart Abdullatif Al Zayani.",
            "2023-02-01",
            S,
        ),
        (
            "Israeli Foreign Minister Eli Cohen met his Bahraini counterpart Khalid bin Ahmed Al Khalifa.",
            "2023-02-01",
            U,
        ),
        # "still" speaks of the article date
        ("Jared Kushner, still a senior adviser, flew in.", "2021-03-01", C),
        ("Mike Pompeo, still the secretary of state, flew in.", "2020-12-01", S),
    ],
)
def test_loose_and_still(statements, text, as_of, verdict):
    found = [s for s in statements(text, as_of) if s[0] == KIND]
    assert [s[1] for s in found][-1:] == [verdict], found


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Netanyahu was sworn in on Thursday as prime minister, ending 18 months in opposition.",
            S,
        ),
        (
            "Netanyahu was sworn in on Thursday as prime minister, after a year and a half out of office.",
            None,
        ),
        (
            "Netanyahu was sworn in on Thursday as prime minister, ending five years in opposition.",
            C,
        ),
    ],
)
def test_time_out_of_office_is_its_own_statement(checker, text, verdict):
    found = [s for s in _all(checker, text, "2022-12-30") if s.kind == KIND]
    # the start is one statement, the time out another
    assert found[0].verdict.value == S, [(s.verdict.value, s.text) for s in found]
    rest = [s.verdict.value for s in found[1:]]
    assert rest == ([verdict] if verdict else []), [(s.verdict.value, s.text) for s in found]


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        # a title (known or free) with a name the reference does not know: one statement,
        # unverifiable, never conflicting
        ("Bahrain's envoy to Paris, Layla al-Mansour, welcomed the step.", "2022-05-01"),
        ("Prime Minister Omar Dine El Haddad spoke to reporters in Rabat.", "2020-12-20"),
        ("National Security Adviser Ruth Ben-Naim flew in to Morocco on Sunday.", "2020-12-20"),
        (
            "Interior Ministry Director-General Amir Levanon opened the Israeli session.",
            "2023-01-10",
        ),
        ("Tamar Golan, former U.S. ambassador to Egypt, wrote the report.", "2025-07-01"),
        ("Rustam Nazarov, Assistant to the President of Kazakhstan, said so.", "2025-07-01"),
        ("President Pedro “Pepe” Alvarado attended the dinner for Tokayev.", "2025-07-01"),
        (
            "Head of the ministry's Eurasia Division, Noa Peretz, led the talks in Baku.",
            "2022-02-01",
        ),
    ],
)
def test_unknown_person_with_a_title_is_unverifiable(statements, text, as_of):
    found = [s for s in statements(text, as_of) if s[0] == KIND]
    assert [s[1] for s in found] == [U], found


def test_unknown_person_reason_names_the_missing_record(judged):
    s = judged("Justice Minister Karim Nasser signed the text in Khartoum.", "2021-01-07", KIND)
    assert s.verdict.value == U
    assert "no record of who held this office" in s.reason


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Ministry Director-General said nothing.",
        "Rabat, the capital of Morocco, hosted the talks.",
        "New York, the home of the United Nations, hosted the talks.",
    ],
)
def test_capitalised_phrases_are_not_names(statements, text):
    assert [s for s in statements(text, "2022-01-01") if s[0] == KIND] == []


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # a first name and middle initial before a known surname
        ("Secretary of State Michael R. Pompeo flew to Khartoum.", "2020-12-14", S),
        ("Kazakh President Kassym-Jomart Tokaev met the envoy.", "2025-11-07", S),
        # name particles in either case
        ("UAE Crown Prince Mohamed Bin Zayed took the call.", "2020-08-13", S),
        # another first name with a known surname is not that person
        ("Senior adviser Ivanka Trump took the call.", "2019-05-01", U),
        ("Lara Trump, a senior White House adviser, took the call.", "2019-05-01", U),
        ("Farid Aliyev, the president of Azerbaijan, took the call.", "2019-05-01", U),
    ],
)
def test_spelling_variants_of_known_persons(statements, text, as_of, verdict):
    found = [s for s in statements(text, as_of) if s[0] == KIND]
    assert [s[1] for s in found] == [verdict], found


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # the title nested in "former assistant to …" is the other person's, at an earlier time
        (
            "The gala honoured a former assistant to President Donald Trump, Avi Berkowitz.",
            "2021-09-14",
            S,
        ),
        ("An ex-aide of US President Donald Trump, Jane Roe, spoke.", "2022-03-01", S),
        ("He served under President Joe Biden as an envoy.", "2025-06-01", S),
        # a bare title outside such a phrase is still judged at the article date
        ("President Donald Trump spoke at the gala.", "2021-09-14", C),
    ],
)
def test_nested_title_in_an_earlier_role(statements, text, as_of, verdict):
    found = [s for s in statements(text, as_of) if s[0] == KIND]
    assert [s[1] for s in found if "President" in s[2]] == [verdict], found


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        ("The deals were a triumph of the first Trump administration.", "2025-09-10", S),
        ("Trump's second term has drawn in new members.", "2025-11-07", S),
        # a term to come is unverifiable, not conflicting
        ("Observers weighed what a second Trump presidency would bring.", "2022-06-01", U),
        # since taking office: a stint must begin then
        (
            "President Joe Biden has praised the deals since taking office in January.",
            "2021-09-17",
            S,
        ),
        ("Joe Biden has praised the deals since taking office in 2019.", "2021-09-17", C),
    ],
)
def test_numbered_administrations_and_taking_office(statements, text, as_of, verdict):
    found = [s for s in statements(text, as_of) if s[0] == KIND]
    assert [s[1] for s in found] == [verdict], found


@pytest.mark.parametrize(
    ("text", "as_of", "verdicts"),
    [
        # one plural title, a statement per person; loose: never conflicting
        ("Top White House advisers Jared Kushner and Avi Berkowitz landed.", "2020-12-22", [S, S]),
        ("Senior aides Jared Kushner and Avi Berkowitz landed.", "2022-12-22", [U, U]),
        ("Jared Kushner and Avi Berkowitz, envoys of the president, landed.", "2020-12-22", [S, S]),
    ],
)
def test_plural_title_for_several_people(statements, text, as_of, verdicts):
    found = [s for s in statements(text, as_of) if s[0] == KIND]
    assert [s[1] for s in found] == verdicts, found


@pytest.mark.parametrize(
    ("text", "as_of", "verdict"),
    [
        # an administration with no date of its own: a term begun by the article date
        ("Relief came under the Trump administration, officials said.", "2022-05-01", S),
        # a hypothetical one is unverifiable, never conflicting
        ("Critics fear what happens under the Biden administration.", "2020-05-01", U),
        # a name the reference does not know
        ("The forum was founded during the Clinton administration.", "2025-05-01", U),
    ],
)
def test_administration_with_no_date(statements, text, as_of, verdict):
    found = [s for s in statements(text, as_of) if s[0] == KIND]
    assert [s[1] for s in found] == [verdict], found


def test_administration_of_a_non_president_is_no_statement(statements):
    assert statements("Talks under the Netanyahu administration stalled.", "2022-01-01") == []


def test_name_particles_are_spelled_in_either_case():
    from accordcheck.annotate import _capitalised_particles, _particle_spellings

    assert _capitalised_particles("Mohamed bin Zayed") == ["Mohamed bin Zayed", "Mohamed Bin Zayed"]
    assert _particle_spellings("Abdel Fattah al-Burhan") == ["Abdel Fattah al-Burhan"]
    assert _particle_spellings("Joe Biden") == ["Joe Biden"]
    # The first name in each Latin spelling, each with its particles in either case.
    spellings = _particle_spellings("Mohamed bin Zayed")
    assert spellings[:2] == ["Mohamed bin Zayed", "Mohamed Bin Zayed"]
    assert {"Muhammad bin Zayed", "Mohammed Bin Zayed"} <= set(spellings)


def test_a_title_between_two_names_belongs_to_the_name_after_it(statements):
    found = statements(
        "Netanyahu spoke with Abdel Fattah al-Burhan, Sudan's prime minister, Abdalla Hamdok, "
        "and officials.",
        "2020-10-24",
    )
    assert ("office", "conflicting") not in {(k, v) for k, v, _ in found}


@pytest.mark.parametrize(
    "text",
    [
        "Police Chief Dana Whitfield said the road would reopen on Monday.",
        "The prize went to Nadia Young, a former mayor, and her staff.",
        "Director of the Parks and Recreation Division, Sam Ortiz, cut the ribbon.",
    ],
)
def test_unknown_people_off_the_accords_topic_give_no_statement(statements, text):
    assert [k for k, _, _ in statements(text, "2024-05-01")] == []
