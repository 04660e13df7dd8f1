"""The annotate stage as a reader sees it: hard-wrapped text reads like flowing text."""

from __future__ import annotations

import pytest

from accordcheck import Checker

FLOWING = (
    "Kazakhstan joined the Abraham Accords on Thursday, and U.S. President Donald Trump said "
    "Israel and Kazakhstan have had diplomatic relations since 1992. The UAE and Bahrain signed "
    "the accords at the White House in September 2020."
)


def wrapped(text: str, width: int) -> str:
    """The text hard-wrapped at ``width`` columns, as e-mailed or pasted articles are."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line]) + "\n"


def found(checker: Checker, text: str) -> list[tuple[str, str, str]]:
    report = checker.check_text(text, as_of="2025-11-08")
    return [(s.rule, s.verdict.value, " ".join(s.text.split())) for s in report.statements]


@pytest.mark.parametrize("width", [30, 45, 62, 80])
def test_hard_wrapped_text_gives_the_statements_of_flowing_text(checker, width):
    flowing = found(checker, FLOWING)
    assert any(rule == "relations.since" for rule, _, _ in flowing)
    assert found(checker, wrapped(FLOWING, width)) == flowing


def test_wrapped_statements_point_into_the_wrapped_lines(checker):
    text = wrapped(FLOWING, 45)
    report = checker.check_text(text, as_of="2025-11-08")
    since = next(s for s in report.statements if s.rule == "relations.since")
    assert text[since.span.start : since.span.end] == since.text
    assert "\n" in since.text  # the statement crosses a line break, and says so


def test_a_line_ending_in_a_capital_runs_on_into_a_lowercase_line(checker):
    text = "Israel signed accords with the UAE\nand Bahrain at the White House in September 2020.\n"
    assert found(checker, text) == found(checker, " ".join(text.split()))


def test_a_blank_line_still_ends_a_statement(checker):
    text = "Kazakhstan has had diplomatic relations with Israel\n\nsince 1992 the region changed.\n"
    assert all(rule != "relations.since" for rule, _, _ in found(checker, text))


def test_a_heading_line_is_a_sentence_of_its_own(checker):
    """A heading with no full stop over a paragraph written on one line: the heading's last name
    is not the subject of the paragraph's first sentence."""
    text = (
        "How a second Arab state came to make peace with Israel\n"
        "Jordan became the second Arab state to make peace with Israel, in October "
        "1994, fifteen years after Egypt had done so and long before the Gulf states followed with "
        "the Abraham Accords at the White House.\n"
    )
    statements = [s for s in checker.check_text(text, as_of="2025-11-08").statements]
    ordinals = [s for s in statements if s.rule.startswith("ordinal.")]
    assert ordinals and all(s.verdict.value != "conflicting" for s in ordinals)
    assert all(not s.text.startswith("Israel") for s in ordinals)


def test_split_sentences_tells_a_heading_from_a_wrapped_line():
    from accordcheck.annotate import split_sentences

    heading = (
        "Peace with the kingdom\nJordan signed in 1994 a treaty with Israel that still stands."
    )
    assert len(split_sentences(heading)) == 2
    # Wrapped at 40 columns, a line ends only where the next word would not fit: no break.
    prose = wrapped(
        "Kazakhstan has kept diplomatic relations with Israel since the spring of 1992, long "
        "before it joined the accords, officials in Astana said on the record.",
        40,
    )
    assert split_sentences(prose) == [0]


def test_the_country_a_sentence_goes_on_to_name_is_that_country(checker):
    from accordcheck.annotate import annotate

    text = (
        "Bahrain joined in 2020. The country expected to sign next is Kazakhstan, officials said."
    )
    a = annotate(text, checker.lexicon)
    anaphor = next(m for m in a.mentions if m.form == "anaphor" and m.kind == "country")
    assert anaphor.key == "kazakhstan"
    # A possessive after the verb is no naming: the phrase points back as before.
    other = annotate("Bahrain joined in 2020. The kingdom was Israel's partner.", checker.lexicon)
    anaphor = next(m for m in other.mentions if m.form == "anaphor" and m.kind == "country")
    assert anaphor.key == "bahrain"


def test_a_known_name_with_a_middle_initial_is_that_person(checker):
    from accordcheck.annotate import annotate

    a = annotate("Antony J. Blinken met David M. Friedman; J. Smith did not.", checker.lexicon)
    people = [(m.text, m.key) for m in a.mentions if m.kind == "person"]
    assert people == [
        ("Antony J. Blinken", "antony-blinken"),
        ("David M. Friedman", "david-friedman"),
    ]


def test_a_first_name_of_many_latin_spellings_is_found_in_each(checker):
    from accordcheck.annotate import annotate

    a = annotate("King Muhammad VI received Mohamad bin Salman.", checker.lexicon)
    people = [m.key for m in a.mentions if m.kind == "person"]
    assert people == ["mohammed-vi", "mohammed-bin-salman"]


@pytest.mark.parametrize(
    "text, key",
    [
        # A descriptive adjective in front of "agreement" still points back to the accords.
        (
            "The Abraham Accords were praised. Later the history-making agreement was signed.",
            "abraham-accords",
        ),
        # A region word before "country" picks the country it fits.
        (
            "Mauritania was closest to a deal. The northwest African country had ties before.",
            "mauritania",
        ),
    ],
)
def test_a_described_anaphor_points_back_to_its_name(checker, text, key):
    annotation = checker.lexicon.annotate(text)
    anaphora = [m for m in annotation.mentions if m.form == "anaphor"]
    assert [m.key for m in anaphora] == [key]
