"""Coverage: the sentences that look checkable but gave no statement.

A sentence looks checkable when it names something the reference table knows (a country, a
person, an agreement or a treaty) and either gives a time or uses a word of the kinds checked
(joining, signing, relations, treaties, offices, events). Listed without a statement, such
sentences show where the rules miss real phrasing, on any corpus, without gold labels. A
catch-all rule's statement (an unverifiable "dated claim") leaves its sentence a gap.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from accordcheck.annotate import Annotation
from accordcheck.article import Article
from accordcheck.record import Coverage, Gap, Span, Statement

NAMED = ("country", "demonym", "capital", "person", "agreement", "treaty")
CUE = regex.compile(
    r"(?i)\b(?:join\w*|sign\w*|accession|member\w*|relations?|ties|treat(?:y|ies)|normali[sz]\w*|"
    r"recogni[sz]\w*|establish\w*|embass\w*|ambassador\w*|accords?|peace|president\w*|"
    r"minister\w*|premier|king|prince|envoy|adviser|advisor|secretary|chair\w*|summit|visit\w*|"
    r"announc\w*|broke|severed?|first|second|third|fourth|fifth|sixth|only)\b"
)
MAX_TEXT = 300


def coverage(
    article: Article,
    annotation: Annotation,
    statements: Sequence[Statement],
    fallback: frozenset[str] = frozenset(),
) -> Coverage:
    """``fallback``: ids of catch-all rules, whose statements ("a dated claim no rule reads") do
    not count as covering their sentence."""
    covered = sorted((s.span.start, s.span.end) for s in statements if s.rule not in fallback)
    starts = annotation.sentence_starts
    checkable = 0
    gaps: list[Gap] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(article.text)
        mentions = annotation.mentions_in(start, end)
        names = [m for m in mentions if m.kind in NAMED]
        timed = any(m.kind == "time" for m in mentions)
        text = article.text[start:end]
        if not names or not (timed or CUE.search(text)):
            continue
        checkable += 1
        if any(a < end and b > start for a, b in covered):
            continue
        line, column = article.position(start)
        shown = " ".join(text.split())
        keys = list(dict.fromkeys(m.key for m in names))
        gaps.append(
            Gap(
                Span(start, end, line, column, *article.position(end)),
                shown if len(shown) <= MAX_TEXT else shown[: MAX_TEXT - 1] + "…",
                tuple(keys),
                "gives a time" if timed else "uses a word of a checked kind",
            )
        )
    return Coverage(checkable, checkable - len(gaps), tuple(gaps))
