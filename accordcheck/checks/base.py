"""What every check kind shares: the context it judges in and the outcome it returns.

A check kind turns one rule match into a normalised claim and a verdict. It must fail closed:
``supported`` and ``conflicting`` carry the reference rows they rest on; anything the reference
cannot settle is ``unverifiable`` with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from accordcheck.annotate import Annotation, Mention
from accordcheck.article import Article
from accordcheck.dates import DateRange, parse_time_expr, resolve
from accordcheck.extract import Capture, Match
from accordcheck.record import Evidence, Verdict
from accordcheck.reference import Entity, ReferenceTable

_DATED_CONTEXT = regex.compile(
    r"(?i)(?:\b(?:in|on|at|during|by|since|from)\s+)"
    r"(?P<when>(?:(?:early|late|mid)[-\s])?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+(?:[0-3]?[0-9],?\s+)?)?"
    r"(?:19|20)[0-9]{2})(?![0-9])"
)
_YEAR = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_TERM_CONTEXT = regex.compile(r"(?i)\b(?P<ordinal>first|second)\s+(?:term|administration)\b")


# A country name used as an adjective before a title or an institution ("US President …").
ADJECTIVAL = regex.compile(
    r"\s+(?:President|Prime|Vice|Secretary|Special|Foreign|Crown|King|Ambassador|officials?|envoy|"
    r"administration|government|ministry|forces|army|military|media|press|delegation|leader|"
    r"president|prime|foreign|ambassador)\b"
)
COUNTRY_FORMS = ("country", "demonym", "capital")


@dataclass(frozen=True)
class Outcome:
    verdict: Verdict
    claim: Mapping[str, Any]
    reason: str
    evidence: tuple[Evidence, ...] = ()
    expected: str | None = None
    found: str | None = None


def supported(
    claim: Mapping[str, Any], reason: str, evidence: Iterable[Evidence], **kw: Any
) -> Outcome:
    return Outcome(Verdict.SUPPORTED, claim, reason, tuple(evidence), **kw)


def conflicting(
    claim: Mapping[str, Any], reason: str, evidence: Iterable[Evidence], expected: str, found: str
) -> Outcome:
    return Outcome(Verdict.CONFLICTING, claim, reason, tuple(evidence), expected, found)


def unverifiable(
    claim: Mapping[str, Any], reason: str, evidence: Iterable[Evidence] = ()
) -> Outcome:
    return Outcome(Verdict.UNVERIFIABLE, claim, reason, tuple(evidence))


def combine(claim: Mapping[str, Any], outcomes: list[Outcome]) -> Outcome:
    """One outcome for a statement about several subjects: the worst verdict wins."""
    if len(outcomes) == 1:
        return outcomes[0]
    evidence = tuple(e for o in outcomes for e in o.evidence)
    reason = "; ".join(o.reason for o in outcomes)
    bad = [o for o in outcomes if o.verdict.value == "conflicting"]
    if bad:
        return conflicting(
            claim,
            reason,
            evidence,
            expected="; ".join(o.expected or "" for o in bad),
            found="; ".join(o.found or "" for o in bad),
        )
    if any(o.verdict.value == "unverifiable" for o in outcomes):
        return unverifiable(claim, reason, evidence)
    return supported(claim, reason, evidence)


@dataclass(frozen=True)
class Judged:
    """A statement already judged earlier in the same article (for 'the same year' and such)."""

    match: Match
    outcome: Outcome


@dataclass
class Context:
    """The article being checked, its annotation, and what the checks may consult."""

    article: Article
    reference: ReferenceTable
    published: dt.date | None
    annotation: Annotation
    history: list[Judged] = field(default_factory=list)
    # When the article date is unknown: the earliest it can be (see Published.not_before).
    not_before: dt.date | None = None
    # The article date was inferred from the text (no option, front matter or header): it may be
    # too early (a lede that recalls an older date), so a present-tense claim that fits later
    # should not conflict with it.
    published_inferred: bool = False
    # Where verification stopped when the article's time budget ran out (None: it did not).
    unjudged_from: int | None = None

    # ---- sentences ----
    def sentence_bounds(self, start: int, end: int | None = None) -> tuple[int, int]:
        return self.annotation.sentence_bounds(start, end)

    def sentence(self, match: Match) -> tuple[int, str]:
        s, e = self.sentence_bounds(match.start, max(match.start, match.end - 1))
        return s, self.article.text[s:e]

    # ---- the shadow text (names as one character each), for triggers written over it ----
    def shadow(self, start: int, end: int) -> str:
        a = self.annotation
        return a.shadow[a.to_shadow(start) : a.to_shadow(end, end=True)]

    def shadow_sentence(self, match: Match) -> tuple[int, str]:
        s, e = self.sentence_bounds(match.start, max(match.start, match.end - 1))
        a = self.annotation
        lo, hi = a.to_shadow(s), a.to_shadow(e, end=True)
        return lo, a.shadow[lo:hi]

    def to_shadow(self, offset: int) -> int:
        return self.annotation.to_shadow(offset)

    def paragraph_year(self, match: Match) -> int | None:
        """The year most recently written before the match in the same paragraph ("In 2020 … a
        declaration was signed on December 22"): what a date without a year belongs to in a
        passage about the past."""
        text = self.article.text
        start = max(text.rfind("\n\n", 0, match.start), text.rfind("\r\n\r\n", 0, match.start), 0)
        years = _YEAR.findall(text, start, match.start)
        return int(years[-1]) if years else None

    def sentence_date(self, match: Match) -> tuple[DateRange, str] | None:
        """A moment the sentence itself dates ("In 2019, …", "on Sept. 15, 2020, …"), before or
        right after the match; the nearest one wins."""
        s, text = self.sentence(match)
        rel_start, rel_end = match.start - s, match.end - s
        best: tuple[int, DateRange, str] | None = None
        for m in _DATED_CONTEXT.finditer(text):
            if rel_start <= m.start() < rel_end:
                continue
            expr = parse_time_expr(m.group("when"))
            when = resolve(expr, None) if expr else None
            if when is None:
                continue
            distance = rel_start - m.end() if m.end() <= rel_start else m.start() - rel_end
            if best is None or distance < best[0]:
                best = (distance, when, m.group().strip())
        return (best[1], best[2]) if best else None

    def sentence_term(self, match: Match) -> str | None:
        """'first term' / 'second term' said in the same sentence."""
        _, text = self.sentence(match)
        m = _TERM_CONTEXT.search(text)
        return m.group("ordinal").lower() if m else None

    # ---- entities ----
    def country(self, capture: Capture | None) -> Entity | None:
        """The country a capture names: its first country mention (however written: name,
        demonym, capital, or an anaphor resolved by annotation), else its text as an alias."""
        if capture is None:
            return None
        for m in capture.mentions:
            if m.kind in COUNTRY_FORMS:
                return self.reference.entities.get(m.key)
        return self.reference.resolve(capture.text, "country")

    def person(self, capture: Capture | None) -> Entity | None:
        if capture is None:
            return None
        for m in capture.mentions:
            if m.kind == "person":
                return self.reference.entities.get(m.key)
        return self.reference.resolve(capture.text, "person")

    def countries(self, start: int, end: int, actors: bool = False) -> list[Mention]:
        """Country mentions (names, demonyms, capitals, anaphors) in ``[start, end)``; with
        ``actors``, only those named as actors: not capitals (usually places: "in Washington")
        and not adjectives ("US President …")."""
        out = []
        for m in self.annotation.mentions_in(start, end, COUNTRY_FORMS):
            if actors and (m.kind == "capital" or ADJECTIVAL.match(self.article.text, m.end)):
                continue
            out.append(m)
        return out

    def countries_in(self, capture: Capture | None) -> list[Entity]:
        """The distinct countries a capture names, in order."""
        if capture is None:
            return []
        seen: dict[str, Entity] = {}
        for m in capture.mentions:
            if m.kind in COUNTRY_FORMS:
                for key in m.members or (m.key,):
                    if key in self.reference.entities:
                        seen.setdefault(key, self.reference.entities[key])
        return list(seen.values())

    def agreement(self, match: Match, default: str) -> str:
        """The agreement the statement names ("the Abraham Accords"), else the rule's default."""
        named = self.reference.agreement_named(match.value("agreement") or "")
        return named.id if named else default

    def sequence_key(self, match: Match, default: str) -> str:
        """The ordered set a statement speaks of: a ``participants:`` set follows the agreement the
        statement names; any other set is the rule's."""
        if default.startswith("participants:"):
            return "participants:" + self.agreement(match, default.removeprefix("participants:"))
        return default

    def subject_among(
        self, match: Match, members: Sequence[tuple[str, dt.date]], nearest_before: bool
    ) -> Entity | None:
        """The country a statement places among ordered members (country id, date): its
        ``subject`` group; else a member the sentence names (with ``nearest_before``, the last
        one before the match, otherwise the first anywhere); else the most recent member by the
        article date — what "the fifth country to join" says of the news it reports."""
        captured = match.group("subject")
        subject = self.country(captured)
        if subject is not None or captured is not None:
            return subject  # a phrase no country fits ("the kingdom" alone): no guess
        ids = {country for country, _ in members}
        start, end = self.sentence_bounds(match.start, max(match.start, match.end - 1))
        named = self.countries(start, match.start if nearest_before else end)
        in_set = [m.key for m in named if m.key in ids]
        if in_set:
            return self.reference.entities.get(in_set[-1] if nearest_before else in_set[0])
        if self.published:
            present = [country for country, day in members if day <= self.published]
            if present:
                return self.reference.entities.get(present[-1])
        return None

    def first_country(self, match: Match) -> Entity | None:
        """The first country the match's sentence names before the match, not as an adjective
        ("US President …") — what "the country" or "it" most likely refers to."""
        start, _ = self.sentence_bounds(match.start)
        for m in self.countries(start, match.start):
            if not ADJECTIVAL.match(self.article.text, m.end):
                return self.reference.entities.get(m.key)
        return None

    def anchor(self, match: Match) -> tuple[DateRange | None, str]:
        """The moment a present-tense statement speaks of: a date the sentence gives, else the
        article date; with a word on where it came from."""
        dated = self.sentence_date(match)
        if dated:
            return dated[0], f"the date the sentence gives ({dated[1]})"
        if self.published:
            return DateRange.day(self.published), f"the article date {self.published.isoformat()}"
        return None, "the article date is unknown"


# A day-precise date this close to the reference's day is not a clear contradiction (a dateline,
# a time zone, a ceremony the day after).
NEAR_MISS_DAYS = 7


def near_miss(when: DateRange, day: dt.date) -> bool:
    """A day-precise claim within a week of the reference's day."""
    return when.is_day and abs((when.first - day).days) <= NEAR_MISS_DAYS


def join_names(names: Iterable[str]) -> str:
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def number_value(text: str | None) -> int | None:
    """'four' / '4' / 'fourth' / '4th' -> 4."""
    if not text:
        return None
    t = text.strip().lower().replace("-", " ")
    if t.isdigit():
        return int(t)
    t = regex.sub(r"(?<=\d)(st|nd|rd|th)$", "", t)
    if t.isdigit():
        return int(t)
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    # "thirty three", "twenty-fifth", "forty": a ten and a unit.
    words = t.split()
    if len(words) in (1, 2) and words[0] in TENS:
        unit = NUMBER_WORDS.get(words[1], -1) if len(words) == 2 else 0
        if 0 <= unit <= 9:
            return TENS[words[0]] + unit
    if len(words) == 1 and words[0].endswith(("ieth", "ieths")) and words[0][:-4] + "y" in TENS:
        return TENS[words[0][:-4] + "y"]  # "thirtieth"
    return None


TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
NUMBER_WORDS = {
    w: i
    for i, words in enumerate(
        [
            ("zero",),
            ("one", "first", "a single", "single"),
            ("two", "second", "both", "a pair of"),
            ("three", "third"),
            ("four", "fourth"),
            ("five", "fifth"),
            ("six", "sixth"),
            ("seven", "seventh"),
            ("eight", "eighth"),
            ("nine", "ninth"),
            ("ten", "tenth"),
            ("eleven", "eleventh"),
            ("twelve", "twelfth"),
            ("thirteen", "thirteenth"),
            ("fourteen", "fourteenth"),
            ("fifteen", "fifteenth"),
            ("sixteen", "sixteenth"),
            ("seventeen", "seventeenth"),
            ("eighteen", "eighteenth"),
            ("nineteen", "nineteenth"),
        ]
    )
    for w in words
}
