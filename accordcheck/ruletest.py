"""Running rules against their own examples and annotated fixtures (``accordcheck rules test``).

Each ``match`` example must be matched by its rule; when it gives ``verdict`` (and ``as_of``),
checking the example text must yield a statement of that rule with that verdict, and with every
field of ``claim`` as given. Each ``no_match`` example must not be matched by its rule.

Annotated fixtures are article files (``.txt``) in the spirit of Semgrep's ``ruleid:`` / ``ok:``:
a comment line ``# ruleid: RULE-ID [VERDICT]`` says the next line must hold a statement of that
rule (with that verdict); ``# ok: RULE-ID`` says the rule must find nothing on the next line.
``//`` and ``<!--`` work as comment leaders too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from accordcheck.api import Checker
from accordcheck.extract import run_rule
from accordcheck.rules import Rule


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    line: int
    text: str
    problem: str

    def __str__(self) -> str:
        return f"{self.rule.path}:{self.line}: {self.rule.id}: {self.problem}: {self.text!r}"


def run_rule_examples(checker: Checker, rule: Rule) -> list[ExampleFailure]:
    failures = []
    for ex in rule.matches:
        if not run_rule(rule, checker.lexicon.annotate(ex.text), checker.timeout):
            failures.append(ExampleFailure(rule, ex.line, ex.text, "example does not match"))
            continue
        if ex.verdict is None and ex.claim is None:
            continue
        report = checker.check_text(ex.text, path="<example>", as_of=ex.as_of)
        mine = [s for s in report.statements if s.rule == rule.id]
        if not mine:
            failures.append(
                ExampleFailure(
                    rule, ex.line, ex.text, "matched, but another rule's statement covers it"
                )
            )
            continue
        s = mine[0]
        if ex.verdict is not None and s.verdict.value != ex.verdict:
            failures.append(
                ExampleFailure(
                    rule,
                    ex.line,
                    ex.text,
                    f"verdict {s.verdict.value}, expected {ex.verdict} ({s.reason})",
                )
            )
        for key, want in (ex.claim or {}).items():
            if s.claim.get(key) != want:
                failures.append(
                    ExampleFailure(
                        rule,
                        ex.line,
                        ex.text,
                        f"claim.{key} is {s.claim.get(key)!r}, expected {want!r}",
                    )
                )
    for ex in rule.non_matches:
        found = run_rule(rule, checker.lexicon.annotate(ex.text), checker.timeout)
        if found:
            failures.append(
                ExampleFailure(
                    rule, ex.line, ex.text, f"must not match, but matched {found[0].text!r}"
                )
            )
    return failures


ANNOTATION = regex.compile(
    r"^[ \t]*(?:#|//|<!--)[ \t]*(?P<kind>ruleid|ok):[ \t]*(?P<rule>[a-z0-9][a-z0-9._-]*)"
    r"(?:[ \t]+(?P<verdict>supported|conflicting|unverifiable))?",
    regex.M,
)


@dataclass(frozen=True)
class FixtureFailure:
    path: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}"


def run_fixture(checker: Checker, path: str | Path) -> tuple[int, list[FixtureFailure]]:
    """(annotations checked, failures) for one annotated fixture file."""
    report = checker.check_file(path)
    if report.errors:
        return 0, [FixtureFailure(str(path), 0, report.errors[0])]
    text = Path(path).read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    failures, count = [], 0
    for number, line in enumerate(lines, start=1):
        m = ANNOTATION.match(line)
        if not m:
            continue
        count += 1
        target = number + 1
        while target <= len(lines) and ANNOTATION.match(lines[target - 1]):
            target += 1
        rule, verdict = m.group("rule"), m.group("verdict")
        found = [s for s in report.statements if s.rule == rule and s.span.line == target]
        if checker.rules.by_id(rule) is None:
            failures.append(FixtureFailure(str(path), number, f"unknown rule {rule!r}"))
        elif m.group("kind") == "ok" and found:
            failures.append(
                FixtureFailure(
                    str(path),
                    number,
                    f"{rule} must find nothing on line {target}, found {found[0].text!r}",
                )
            )
        elif m.group("kind") == "ruleid" and not found:
            failures.append(
                FixtureFailure(str(path), number, f"{rule} finds nothing on line {target}")
            )
        elif (
            m.group("kind") == "ruleid"
            and verdict
            and all(s.verdict.value != verdict for s in found)
        ):
            got = ", ".join(s.verdict.value for s in found)
            failures.append(
                FixtureFailure(
                    str(path), number, f"{rule} on line {target} is {got}, expected {verdict}"
                )
            )
    return count, failures


def fixture_files(paths: Iterable[str | Path]) -> list[Path]:
    """The .txt fixtures among the paths (directories searched recursively)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.rglob("*.txt")))
        elif p.suffix == ".txt":
            out.append(p)
    return out


def run_examples(checker: Checker) -> list[ExampleFailure]:
    out: list[ExampleFailure] = []
    for rule in checker.rules:
        out.extend(run_rule_examples(checker, rule))
    return out
