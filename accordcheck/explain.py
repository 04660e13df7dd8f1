"""``accordcheck explain``: how one statement was found and judged, step by step.

For each selected statement: the rule (id, file:line, description, pattern as written), the groups
the pattern captured (with the names annotation resolved them to), the article date and where it came from, the normalised claim, the reference
rows consulted with their sources, and the verdict with its reason.
"""

from __future__ import annotations

import datetime as dt
import json

from accordcheck import exitcodes
from accordcheck.api import Checker
from accordcheck.article import LoadError, read_article
from accordcheck.extract import extract


def explain_statements(
    checker: Checker,
    path: str,
    as_of: dt.date | None,
    statement_id: str | None = None,
    line: int | None = None,
) -> tuple[str, int]:
    """The explanation text and the exit code (2 when the file or statement cannot be found)."""
    loaded = read_article(path)
    if isinstance(loaded, LoadError):
        return f"accordcheck: error: {loaded.path}: {loaded.message}\n", exitcodes.ERROR
    report = checker.check_article(loaded, as_of)
    chosen = [
        s
        for s in report.statements
        if (statement_id is None or s.id == statement_id) and (line is None or s.span.line == line)
    ]
    if not chosen:
        return f"accordcheck: error: {path}: no such statement\n", exitcodes.ERROR
    matches, _ = extract(checker.lexicon.annotate(loaded.text), checker.rules, checker.timeout)
    by_span = {(m.rule.id, m.start, m.end): m for m in matches}
    out = []
    pub = report.published
    for s in chosen:
        rule = checker.rules.by_id(s.rule)
        match = by_span.get((s.rule, s.span.start, s.span.end))
        out.append(f"{report.path}:{s.span.line}:{s.span.column}  {s.id}  [{s.kind}]")
        out.append(f"  statement: {' '.join(s.text.split())}")
        if rule is not None:
            out.append(f"  1. rule {rule.id} ({rule.location}): {rule.description}")
            out.append(f"     pattern: {' '.join(rule.pattern.split())}")
        if match is not None:
            out.append("  2. captured:")
            for name, caps in sorted(match.groups.items()):
                for cap in caps:
                    names = ", ".join(
                        f"{m.kind} {m.key}" + (f" ({m.form})" if m.form != "name" else "")
                        for m in cap.mentions
                    )
                    found = f" -> {names}" if names else ""
                    out.append(f"       {name} = {cap.text!r} at {cap.start}..{cap.end}{found}")
        out.append(
            f"  3. article date: {pub.date or 'unknown'} ({pub.source}{': ' + pub.detail if pub.detail else ''})"
        )
        out.append(f"  4. claim: {json.dumps(dict(s.claim), ensure_ascii=False, sort_keys=True)}")
        out.append(
            "  5. reference rows consulted:"
            if s.evidence
            else "  5. reference rows consulted: none"
        )
        for e in s.evidence:
            out.append(f"       {e.reference}: {e.fact}")
            out.append(
                f"         source: {e.source_title + ' — ' if e.source_title else ''}{e.source}"
            )
        out.append(f"  6. verdict: {s.verdict.value} — {s.reason}")
        if s.expected is not None:
            out.append(f"       expected: {s.expected}")
            out.append(f"       found: {s.found}")
        out.append("")
    return "\n".join(out), exitcodes.OK
