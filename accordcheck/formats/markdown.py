"""``--format markdown``: a report to paste into a pull request, an issue or a CMS (GitHub-flavoured
Markdown). One section per article: its date, the counts, and a table with a row per statement
(where, the words, the verdict with a sign so that it does not rest on colour, why); the evidence
of each statement is a footnote. The run's manifest closes the report as a JSON block.

Article text is inert: Markdown and HTML punctuation is escaped, whitespace folded, control and
bidi characters shown as escapes."""

from __future__ import annotations

import json
from typing import IO, Any

import regex

from accordcheck.formats.base import CONTROL_OR_BIDI, Formatter, RunInfo
from accordcheck.record import ArticleReport, ReportCounts, Statement

SIGN = {"supported": "✓", "conflicting": "✗", "unverifiable": "?"}
_MARKUP = regex.compile(r"[\\`*_\[\]<>|~&#!]")


def inline(text: str) -> str:
    """Text as literal Markdown inside a table cell or heading."""
    text = _MARKUP.sub(lambda m: "\\" + m.group(), " ".join(text.split()))
    return CONTROL_OR_BIDI.sub(lambda m: f"\\\\u{ord(m.group()):04x}", text)


def _code(text: str) -> str:
    return f"`{text}`" if "`" not in text and text.strip() == text else inline(text)


def _link(url: str) -> str:
    if url.startswith(("https://", "http://")) and not regex.search(r"[\s<>]", url):
        return f"<{url}>"
    return inline(url)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {verdict}" for verdict, n in counts.items())


class MarkdownFormatter(Formatter):
    def __init__(self, stream: IO[str], version: str, run: RunInfo | None = None):
        super().__init__(stream, version, run)
        self.notes = 0
        self.inputs: list[dict[str, Any]] = []

    def begin(self) -> None:
        self.stream.write("# accordcheck report\n")

    def article(self, report: ArticleReport) -> None:
        self.inputs.append(report.input_json())
        out = [f"\n## {_code(report.path)}\n"]
        pub = report.published
        line = f"Published {pub.date or 'unknown'} ({pub.source}"
        line += f": {inline(pub.detail)})" if pub.detail else ")"
        if report.url:
            line += f", {_link(report.url)}"
        out.append(f"\n{line}. {_counts(report.counts)}.\n")
        for error in report.errors:
            out.append(f"\n- **error:** {inline(error)}")
        for warning in report.warnings:
            out.append(f"\n- **warning:** {inline(warning)}")
        if report.errors or report.warnings:
            out.append("\n")
        if report.statements:
            out.append("\n| line:col | statement | verdict | why |\n|---|---|---|---|\n")
            notes = []
            for s in report.statements:
                row, note = self._row(s)
                out.append(row)
                if note:
                    notes.append(note)
            out.append("".join(f"\n{n}" for n in notes))
        elif not report.errors:
            out.append("\nNo checkable statements found.\n")
        self.stream.write("".join(out))

    def _row(self, s: Statement) -> tuple[str, str]:
        why = inline(s.reason)
        if s.expected is not None:
            why += f"<br>**expected:** {inline(s.expected)}<br>**found:** {inline(s.found or '')}"
        if s.reviewed is not None:
            why += f"<br>**reviewed:** {inline(s.reviewed)}"
        ref = note = ""
        if s.evidence:
            self.notes += 1
            ref = f"[^{self.notes}]"
            rows = [
                f"{_code(e.reference)} {inline(e.fact)} ({_link(e.source)})"
                if e.fact
                else f"{_code(e.reference)} ({_link(e.source)})"
                for e in s.evidence
            ]
            note = f"[^{self.notes}]: " + "; ".join(rows) + "\n"
        verdict = f"{SIGN[s.verdict.value]} {s.verdict.value}"
        cells = (f"{s.span.line}:{s.span.column}", inline(s.text) + ref, verdict, why)
        return "| " + " | ".join(cells) + " |\n", note

    def end(self, counts: ReportCounts) -> None:
        articles = f"{counts.articles} article{'s' if counts.articles != 1 else ''}"
        unreadable = f" ({counts.unreadable} unreadable)" if counts.unreadable else ""
        self.stream.write(f"\n---\n\n{articles}{unreadable}: {_counts(counts.verdicts)}.\n")
        manifest = self.run.manifest_json(self.inputs)
        if manifest is not None:
            text = json.dumps(manifest, ensure_ascii=False, indent=2)
            longest = max((len(r) for r in regex.findall(r"`+", text)), default=0)
            fence = "`" * max(3, longest + 1)
            self.stream.write(f"\n## Manifest\n\n{fence}json\n{text}\n{fence}\n")
