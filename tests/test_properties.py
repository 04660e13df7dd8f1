"""Property tests: whatever text comes in, checking it never raises and every statement points at
exactly the words it quotes; date parsing never raises; line numbers agree with an independent
count."""

from __future__ import annotations

import bisect
import datetime as dt
import json
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accordcheck.api import Checker
from accordcheck.article import Article
from accordcheck.dates import TimeExpr, parse_time_expr, resolve
from accordcheck.record import Verdict

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that make the rules fire, so that random texts hold statements to check.
FRAGMENTS = [
    "Bahrain joined the Abraham Accords in September 2020.",
    "Morocco later joined the accords that same year.",
    "Former President Joe Biden spoke by phone.",
    "In 2019, then-Secretary of State Mike Pompeo visited.",
    "The vote took place on Thursday, March 4, 2020.",
    "They met on Friday 8 November in Riyadh.",
    "The C5+1 meeting on Thursday gathered five presidents.",
    "Mirziyoyev and four other Central Asian presidents attended.",
    "Morocco became the third country to join the Abraham Accords.",
    "It is the first expansion of the Abraham Accords since 2021.",
    "Uzbekistan has had diplomatic relations with Israel since 1992.",
    "Egypt's 1978 peace treaty with Israel endured.",
    "The Abraham Accords signatories are Bahrain, Morocco, Sudan and the UAE.",
    "A senior Israeli official said on Monday that others were close.",
    "Date: 2025-11-07",
    "---\ndate: 2025-11-06\n---\n",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\u2028",
    "\x85",
    "\x00",
    "\ufeff",
    "é",
    "日本",
    "—",
    "’s",
    "U.S.",
    "Nov.",
    "(",
    ")",
    ",",
    ".",
]
CONTROL_AND_BREAKS = st.sampled_from(["\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028"])
ARBITRARY = st.text(max_size=300)
NEWSY = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20), CONTROL_AND_BREAKS), max_size=14
).map("".join)
TEXTS = st.one_of(ARBITRARY, NEWSY)
AS_OF = st.one_of(
    st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))
)

# Line ends the article index honours (as editors do): \n, \r\n and a lone \r.
EXTRA_SPLITLINES_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

_checker: Checker | None = None


def shared_checker() -> Checker:
    """One loaded checker for every example (a hypothesis test cannot take a function fixture
    per example, and loading per example would be slow)."""
    global _checker
    if _checker is None:
        _checker = Checker.default()
    return _checker


def reference_position(text: str, offset: int) -> tuple[int, int]:
    """(line, column) counted character by character, independently of the article's index."""
    line, column = 1, 1
    for i in range(offset):
        ch = text[i]
        if ch == "\n" or (ch == "\r" and text[i + 1 : i + 2] != "\n"):
            line, column = line + 1, 1
        else:
            column += 1
    return line, column


@FAST
@given(text=TEXTS, as_of=AS_OF)
def test_checking_any_text_keeps_every_promise(text, as_of):
    report = shared_checker().check_text(text, as_of=as_of)
    starts = []
    for number, s in enumerate(report.statements, start=1):
        assert s.id == f"s{number}"
        assert 0 <= s.span.start < s.span.end <= len(text)
        assert s.text == text[s.span.start : s.span.end]
        assert (s.span.line, s.span.column) == reference_position(text, s.span.start)
        if s.verdict is not Verdict.UNVERIFIABLE:
            assert s.evidence and all(e.reference and e.source for e in s.evidence)
        if s.verdict is Verdict.CONFLICTING:
            assert s.expected is not None and s.found is not None
        starts.append(s.span.start)
    assert starts == sorted(starts)
    counted = Counter(s.verdict.value for s in report.statements)
    assert report.counts == {v.value: counted.get(v.value, 0) for v in Verdict}
    assert sum(report.counts.values()) == len(report.statements)
    data = report.to_json()
    assert json.loads(json.dumps(data)) == data
    assert data["counts"] == report.counts
    assert [st_["text"] for st_ in data["statements"]] == [s.text for s in report.statements]


@FAST
@given(text=st.text(max_size=60))
def test_parse_time_expr_never_raises(text):
    expr = parse_time_expr(text)
    assert expr is None or isinstance(expr, TimeExpr)
    if expr is None:
        return
    assert expr.month is None or 1 <= expr.month <= 12
    assert expr.day is None or 1 <= expr.day <= 31
    assert expr.weekday is None or 0 <= expr.weekday <= 6
    if expr.year and expr.month and expr.day:
        dt.date(expr.year, expr.month, expr.day)
    resolved = resolve(expr, dt.date(2025, 11, 7))
    assert resolved is None or resolved.first <= resolved.last


DATE_WORDS = st.lists(
    st.sampled_from(
        [
            "on",
            "in",
            "since",
            "last",
            "earlier",
            "this",
            "the",
            "of",
            "year",
            "week",
            "month",
            "Thursday",
            "Thurs.",
            "Nov.",
            "November",
            "Feb",
            "6",
            "29",
            "30",
            "31",
            "2020",
            "2024",
            "2025-02-30",
            "(",
            ")",
            ",",
            "morning",
            "today",
            "yesterday",
            "early",
        ]
    ),
    max_size=6,
).map(" ".join)


@FAST
@given(text=DATE_WORDS, anchor=st.dates(min_value=dt.date(1900, 1, 1)), past=st.booleans())
def test_date_like_words_parse_and_resolve_without_raising(text, anchor, past):
    expr = parse_time_expr(text)
    if expr is not None:
        resolved = resolve(expr, anchor, past=past)
        assert resolved is None or resolved.first <= resolved.last


@FAST
@given(text=st.text(alphabet=st.sampled_from("ab \r\n\t\u2028é"), max_size=40))
def test_position_matches_an_independent_count(text):
    article = Article.from_text(text)
    for offset in range(len(text) + 1):
        assert article.position(offset) == reference_position(text, offset)


@FAST
@given(text=st.text(max_size=200).filter(lambda t: not set(t) & set(EXTRA_SPLITLINES_BREAKS)))
def test_line_starts_match_splitlines(text):
    starts = [0]
    for piece in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(piece))
    if text and not text.endswith(("\n", "\r")):
        starts.pop()
    article = Article.from_text(text)
    assert list(article.line_starts) == starts
    for offset in range(0, len(text) + 1, 7):
        line = bisect.bisect_right(starts, offset)
        assert article.position(offset) == (line, offset - starts[line - 1] + 1)
