"""Running rules against their own examples (``accordcheck rules test``).

Each ``match`` example must be matched by its rule; when it gives ``verdict`` (and ``as_of``),
checking the example text must yield a statement of that rule with that verdict, and with every
field of ``claim`` as given. Each ``no_match`` example must not be matched by its rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from accordcheck.api import Checker
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
        if not rule.compiled.search(ex.text, timeout=checker.timeout):
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
        m = rule.compiled.search(ex.text, timeout=checker.timeout)
        if m:
            failures.append(
                ExampleFailure(rule, ex.line, ex.text, f"must not match, but matched {m.group()!r}")
            )
    return failures


def run_examples(checker: Checker) -> list[ExampleFailure]:
    out: list[ExampleFailure] = []
    for rule in checker.rules:
        out.extend(run_rule_examples(checker, rule))
    return out
