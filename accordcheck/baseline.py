"""Reviewed statements: a baseline file lists statements a person has looked at (a deliberate
quote of a false claim, say) by fingerprint, with a note. They are reported as reviewed and no
longer move the exit code; entries that match nothing any more are warned about.

A fingerprint (``record.Statement.fingerprint``) depends only on the rule, the normalised
statement text and which occurrence of that text in the article it is, so it survives edits
elsewhere in the article.

    reviewed:
      - fingerprint: 5c1f0e9a2b7d4c3e
        note: quoted on purpose; the next paragraph corrects it
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from accordcheck.record import ArticleReport, Statement
from accordcheck.yamlload import DataError, Located, load_yaml


@dataclass(frozen=True)
class Baseline:
    notes: dict[str, str]
    path: str = ""

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        doc = load_yaml(path)
        data = doc.data or {}
        if not isinstance(data, Located) or set(data) - {"reviewed"}:
            raise DataError(str(path), 1, "a baseline file is a mapping with one key, 'reviewed'")
        notes: dict[str, str] = {}
        for entry in data.get("reviewed") or []:
            if not isinstance(entry, Located) or not isinstance(entry.get("fingerprint"), str):
                raise DataError(
                    str(path), getattr(entry, "line", None), "each entry needs a 'fingerprint'"
                )
            unknown = set(entry) - {"fingerprint", "note", "path", "text"}
            if unknown:
                raise entry.error(f"unknown key {sorted(unknown)[0]!r}")
            notes[entry["fingerprint"]] = str(entry.get("note") or "reviewed")
        return cls(notes, str(path))

    def apply(self, report: ArticleReport) -> ArticleReport:
        statements = tuple(
            replace(s, reviewed=self.notes[s.fingerprint]) if s.fingerprint in self.notes else s
            for s in report.statements
        )
        return replace(report, statements=statements)

    def unused(self, seen: Iterable[str]) -> list[str]:
        seen = set(seen)
        return sorted(f for f in self.notes if f not in seen)


def baseline_part(report: ArticleReport) -> ArticleReport:
    """The report with only the statements a new baseline lists (conflicting, unverifiable)."""
    return replace(
        report, statements=tuple(s for s in report.statements if s.verdict.value != "supported")
    )


def write_baseline(path: str | Path, reports: Iterable[ArticleReport]) -> int:
    """Start a baseline from every conflicting or unverifiable statement; returns how many."""
    import yaml

    entries = [
        {"fingerprint": s.fingerprint, "path": r.path, "text": " ".join(s.text.split()), "note": ""}
        for r in reports
        for s in r.statements
        if s.verdict.value != "supported"
    ]
    Path(path).write_text(
        yaml.safe_dump({"reviewed": entries}, sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8",
    )
    return len(entries)


def needs_attention(statement: Statement) -> bool:
    return statement.reviewed is None
