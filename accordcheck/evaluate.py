"""Scoring the checker against a gold file (``accordcheck eval GOLD``).

A gold file is YAML: a list of entries ``{file, quote, kind, verdict}`` (``why`` optional;
``verdict`` may be a list of the verdicts a careful fact-checker would accept; ``must: true``
marks clear-cut entries), where
``file`` is relative to the gold file's folder and ``quote`` is an exact substring of the article
(its first occurrence is the gold span). A statement *finds* a gold entry when it is in the same
file and its span overlaps the quote; statements are assigned to entries greedily, a statement of
the gold kind first (annotators and the checker may file one claim under different kinds), then
the one covering more of the quote. Each statement answers at most one entry. Label accuracy is over found entries;
per-verdict precision and recall count a missed entry as a wrong answer.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accordcheck.api import Checker
from accordcheck.record import VERDICT_ORDER, ArticleReport, Statement
from accordcheck.yamlload import DataError, Located, load_yaml

KIND_ALIASES = {"relations_since": "relations", "treaty_year": "treaty"}
MISSED = "missed"


@dataclass(frozen=True)
class GoldEntry:
    file: str
    quote: str
    kind: str
    verdicts: tuple[str, ...]
    line: int
    why: str = ""
    must: bool = False

    @property
    def verdict(self) -> str:
        """The first accepted verdict: the row of the confusion matrix."""
        return self.verdicts[0]

    def accepts(self, statement: Statement | None) -> bool:
        return statement is not None and statement.verdict.value in self.verdicts


@dataclass
class EvalResult:
    entries: list[tuple[GoldEntry, Statement | None]] = field(default_factory=list)
    extra: list[tuple[str, Statement]] = field(default_factory=list)

    @property
    def found(self) -> int:
        return sum(1 for _, s in self.entries if s is not None)

    @property
    def correct(self) -> int:
        return sum(1 for g, s in self.entries if g.accepts(s))

    @property
    def false_conflicts(self) -> int:
        """Statements called conflicting where the gold does not accept that."""
        return sum(
            1
            for g, s in self.entries
            if s is not None and s.verdict.value == "conflicting" and not g.accepts(s)
        )

    def confusion(self) -> dict[str, Counter]:
        table: dict[str, Counter] = {v.value: Counter() for v in VERDICT_ORDER}
        for g, s in self.entries:
            table.setdefault(g.verdict, Counter())[s.verdict.value if s else MISSED] += 1
        return table

    def per_verdict(self) -> dict[str, dict[str, float]]:
        out = {}
        for v in (x.value for x in VERDICT_ORDER):
            tp = sum(1 for g, s in self.entries if s and v in g.verdicts and s.verdict.value == v)
            predicted = sum(1 for _, s in self.entries if s and s.verdict.value == v)
            actual = sum(1 for g, _ in self.entries if g.verdict == v)
            p = tp / predicted if predicted else 0.0
            r = tp / actual if actual else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[v] = {"precision": p, "recall": r, "f1": f, "support": actual}
        return out

    def to_json(self) -> dict[str, Any]:
        total = len(self.entries)
        return {
            "schema": "accordcheck.eval/1",
            "gold": total,
            "found": self.found,
            "missed": total - self.found,
            "correct": self.correct,
            "label_accuracy": self.correct / self.found if self.found else 0.0,
            "end_to_end_accuracy": self.correct / total if total else 0.0,
            "must": {
                "total": sum(1 for g, _ in self.entries if g.must),
                "correct": sum(1 for g, s in self.entries if g.must and g.accepts(s)),
            },
            "false_conflicts": self.false_conflicts,
            "per_verdict": self.per_verdict(),
            "confusion": {k: dict(v) for k, v in self.confusion().items()},
            "misses": [
                {
                    "file": g.file,
                    "quote": g.quote,
                    "kind": g.kind,
                    "expected": "/".join(g.verdicts),
                    "got": s.verdict.value if s else MISSED,
                    "reason": s.reason if s else "",
                }
                for g, s in self.entries
                if not g.accepts(s)
            ],
        }


def load_gold(path: str | Path) -> list[GoldEntry]:
    doc = load_yaml(path)
    if not isinstance(doc.data, list):
        raise DataError(str(path), 1, "a gold file is a list of {file, quote, kind, verdict}")
    out = []
    for item in doc.data:
        if not isinstance(item, Located):
            raise DataError(str(path), None, "each gold entry is a mapping")
        for key in ("file", "quote", "kind"):
            if not isinstance(item.get(key), str):
                raise item.error(f"gold entry needs a string {key!r}")
        unknown = set(item) - {"file", "quote", "kind", "verdict", "why", "must"}
        if unknown:
            raise item.error(f"unknown key {sorted(unknown)[0]!r} in gold entry")
        verdicts = item.get("verdict")
        verdicts = [verdicts] if isinstance(verdicts, str) else verdicts
        if (
            not isinstance(verdicts, list)
            or not verdicts
            or any(v not in ("supported", "conflicting", "unverifiable") for v in verdicts)
        ):
            raise item.error("'verdict' must be a verdict or a list of verdicts", "verdict")
        kind = KIND_ALIASES.get(item["kind"], item["kind"])
        out.append(
            GoldEntry(
                item["file"],
                item["quote"],
                kind,
                tuple(verdicts),
                item.line,
                item.get("why") or "",
                bool(item.get("must", False)),
            )
        )
    return out


def evaluate(checker: Checker, gold_path: str | Path) -> EvalResult:
    base = Path(gold_path).parent
    gold = load_gold(gold_path)
    reports: dict[str, ArticleReport] = {}
    spans: list[tuple[int, int]] = []
    for g in gold:
        if g.file not in reports:
            reports[g.file] = checker.check_file(base / g.file)
        article = (base / g.file).read_text(encoding="utf-8-sig")
        at = article.find(g.quote)
        if at < 0:
            raise DataError(str(gold_path), g.line, f"quote not found in {g.file}: {g.quote!r}")
        spans.append((at, at + len(g.quote)))
    # Greedy assignment, best pairs first: same kind before other kinds, then the larger share
    # of the quote covered; each statement answers at most one gold entry.
    pairs = []
    for i, (g, (at, end)) in enumerate(zip(gold, spans, strict=False)):
        for s in reports[g.file].statements:
            overlap = min(end, s.span.end) - max(at, s.span.start)
            if overlap > 0:
                pairs.append(
                    (s.kind != g.kind, -overlap / (end - at), abs(s.span.start - at), i, s)
                )
    pairs.sort(key=lambda p: p[:4])
    chosen: list[Statement | None] = [None] * len(gold)
    used: set[tuple[str, str]] = set()
    for *_, i, s in pairs:
        key = (gold[i].file, s.id)
        if chosen[i] is None and key not in used:
            chosen[i] = s
            used.add(key)
    result = EvalResult(entries=list(zip(gold, chosen, strict=False)))
    for name, report in reports.items():
        result.extra.extend((name, s) for s in report.statements if (name, s.id) not in used)
    return result


def render_text(summary: dict[str, Any]) -> str:
    """The evaluation summary as plain text for a terminal or a CI log."""
    lines = [
        f"gold statements: {summary['gold']}  found: {summary['found']}  missed: {summary['missed']}",
        f"label accuracy (found): {summary['label_accuracy']:.3f}  "
        f"end-to-end accuracy: {summary['end_to_end_accuracy']:.3f}  "
        f"must: {summary['must']['correct']}/{summary['must']['total']}  "
        f"false conflicts: {summary['false_conflicts']}",
        "",
        f"{'verdict':<14}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}",
    ]
    for verdict, m in summary["per_verdict"].items():
        lines.append(
            f"{verdict:<14}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>10.3f}{m['support']:>10}"
        )
    cols = ["supported", "conflicting", "unverifiable", MISSED]
    lines += [
        "",
        "confusion (rows: gold, columns: found)",
        f"{'':<14}" + "".join(f"{c:>14}" for c in cols),
    ]
    for gold, row in summary["confusion"].items():
        lines.append(f"{gold:<14}" + "".join(f"{row.get(c, 0):>14}" for c in cols))
    if summary["misses"]:
        lines += ["", "misses:"]
        for m in summary["misses"]:
            lines.append(
                f"  {m['file']}: [{m['kind']}] expected {m['expected']}, got {m['got']}: {m['quote']!r}"
            )
    return "\n".join(lines) + "\n"
