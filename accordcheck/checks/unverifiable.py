"""unverifiable — checkable-looking statements the reference cannot settle, by design.

Reported speech with a time ("X hinted at it since July", "told a magazine last month"), first
reports, statistics the reference holds no figure for. They are extracted so that a reader sees
them, and always labelled unverifiable; the rule's ``reason`` option says why.
"""

from __future__ import annotations

from typing import Any

from accordcheck.checks.base import Context, Outcome, unverifiable
from accordcheck.extract import Match

KIND = "unverifiable"
OPTIONS: dict[str, tuple[type, Any]] = {
    "reason": (str, "the reference table holds no record that could settle this statement"),
    "topic": (str, "statement"),
}


def check(match: Match, ctx: Context) -> Outcome:
    claim: dict[str, Any] = {"topic": match.rule.options["topic"]}
    for name in ("who", "what", "when"):
        value = match.value(name)
        if value:
            claim[name] = " ".join(value.split())
    return unverifiable(claim, match.rule.options["reason"])
