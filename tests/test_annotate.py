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
