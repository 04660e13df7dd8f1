"""unverifiable — checkable-looking statements the reference cannot settle, by design.

Reported speech with a time ("X hinted at it since July", "told a magazine last month"), first
reports, statistics the reference holds no figure for. They are extracted so that a reader sees
them, and always labelled unverifiable; the rule's ``reason`` option says why. A
forecast naming a reference event is left to the event_date check.

Compared with another article's claim (``accordcheck diff``), two such claims agree only when all
their normalised fields (topic, who, what, when) are equal; the alignment key holds all of them,
so a differently worded statement is listed as said in one article only, not as a contradiction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from accordcheck.checks.alignment import AGREE, CONTRADICT, Comparison, slug
from accordcheck.checks.base import Context, Outcome, unverifiable
from accordcheck.checks.event_date import GENERIC_KINDS
from accordcheck.extract import Match

KIND = "unverifiable"
OPTIONS: dict[str, tuple[type, Any]] = {
    "reason": (str, "the reference table holds no record that could settle this statement"),
    "topic": (str, "statement"),
    # Shown only where no other rule's statement overlaps it (a catch-all for checkable claims
    # no specific rule reads); not remembered as a dated statement for later ones.
    "fallback": (bool, False),
}

# Forecasts and intentions that name a reference event (the crown prince "is due at the White
# House on November 18") are dated by the event_date check, not shown as unverifiable.
FORECAST_TOPICS = {"future act", "prediction", "expectation", "intention"}


def check(match: Match, ctx: Context) -> Outcome | None:
    if match.rule.options["topic"] in FORECAST_TOPICS and _names_event(match, ctx):
        return None
    if match.rule.options["topic"] == REMARK_TOPIC and _reports_named_event(match, ctx):
        return None
    if match.rule.options["topic"] == TRAVEL_TOPIC and _sentence_names_event(match, ctx):
        return None
    if match.rule.options["topic"] == ACT_TOPIC and _sentence_names_event(match, ctx, kinds=None):
        return None
    claim: dict[str, Any] = {"topic": match.rule.options["topic"]}
    for name in ("who", "what", "when"):
        value = match.value(name)
        if value:
            claim[name] = " ".join(value.split())
    return unverifiable(claim, match.rule.options["reason"])


# A dated remark ("Trump announced on Thursday") whose verb names the kind of a reference event
# the sentence names is dated by the event_date rules, not shown as a mere remark.
REMARK_TOPIC = "dated remark"


TRAVEL_TOPIC = "dated travel"
# Reference events a dated trip may be part of: then the event_date rules date it.
TRAVEL_KINDS = {"flight", "visit", "summit", "meeting"}
# A dated act ("On July 3, 2013, the army ousted the president") in a sentence naming a reference
# event of any kind (a coup it records) is dated by the event_date rules.
ACT_TOPIC = "dated act"


def _sentence_names_event(
    match: Match, ctx: Context, kinds: set[str] | None = TRAVEL_KINDS
) -> bool:
    s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    named = ctx.reference.events_named(ctx.shadow(s, e))
    return any(kinds is None or ev.kind in kinds for ev in named)


def _reports_named_event(match: Match, ctx: Context) -> bool:
    verb = (match.value("verb") or "").lower()
    kinds = GENERIC_KINDS.get(verb)
    if not kinds:
        return False
    s, e = ctx.sentence_bounds(match.start, max(match.start, match.end - 1))
    return ctx.reference.event_named(ctx.shadow(s, e), kinds=kinds) is not None


def _names_event(match: Match, ctx: Context) -> bool:
    """Whether a reference event's trigger lies within the statement."""
    start, text = ctx.shadow_sentence(match)
    lo = ctx.to_shadow(match.start) - start
    hi = ctx.annotation.to_shadow(match.end, end=True) - start
    return ctx.reference.event_in_span(text, lo, lo, hi) is not None


def claim_key(claim: Mapping[str, Any]) -> str | None:
    """``unverifiable:topic=…/who=…/what=…/when=…`` (the fields present, normalised)."""
    return f"{KIND}:" + "/".join(f"{name}={value}" for name, value in _normalised(claim))


def compare(
    a: Mapping[str, Any], b: Mapping[str, Any], a_date: dt.date | None, b_date: dt.date | None
) -> Comparison:
    if _normalised(a) == _normalised(b):
        return AGREE, "the same statement"
    return CONTRADICT, f"A has {claim_key(a)}, B {claim_key(b)}"


def _normalised(claim: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    fields = ("topic", "who", "what", "when")
    return tuple((name, slug(str(claim[name]))) for name in fields if claim.get(name))
