"""The table a person reads on a terminal: one section per article, a row per statement with
where it is, what it says, the verdict, why (expected vs found for conflicts) and the source.

Article text is shown inert: rich markup is never interpreted, and control and bidi characters
are shown as escapes so that an article cannot take over the terminal."""

from __future__ import annotations

import os
from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from accordcheck.formats.base import CONTROL_OR_BIDI, Formatter, RunInfo
from accordcheck.record import ArticleReport, ReportCounts, Statement

STYLE = {"supported": "green", "conflicting": "bold red", "unverifiable": "yellow"}


def inert(text: str) -> str:
    """Whitespace folded, control and bidi characters made visible."""
    text = " ".join(text.split())
    return CONTROL_OR_BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class TableFormatter(Formatter):
    def __init__(
        self,
        stream: IO[str],
        version: str,
        color: bool | None = None,
        run: RunInfo | None = None,
    ):
        super().__init__(stream, version, run)
        terminal = stream.isatty() if hasattr(stream, "isatty") else False
        no_color = "NO_COLOR" in os.environ or color is False
        self.console = Console(
            file=stream,
            force_terminal=terminal or bool(color),
            no_color=no_color,
            color_system=None if no_color else "auto",
            width=None if terminal else 140,
            highlight=False,
            emoji=False,
            markup=False,
        )

    def article(self, report: ArticleReport) -> None:
        c = self.console
        header = Text(inert(report.path), style="bold")
        pub = report.published
        header.append(f"  published {pub.date or 'unknown'} ({pub.source}", style="dim")
        header.append(f": {pub.detail})" if pub.detail else ")", style="dim")
        c.print(header)
        if report.origin is not None and report.origin.format == "html":
            title = f" {inert(report.origin.title)!r}" if report.origin.title else ""
            c.print(
                Text(
                    f"  web page{title}: line:col count in its extracted main text "
                    "(accordcheck text FILE prints it)",
                    style="dim",
                )
            )
        for error in report.errors:
            c.print(Text(f"  error: {inert(error)}", style="bold red"))
        for warning in report.warnings:
            c.print(Text(f"  warning: {inert(warning)}", style="yellow"))
        if report.statements:
            table = Table(show_lines=True, expand=False, pad_edge=False)
            table.add_column("line:col", no_wrap=True)
            table.add_column("statement", ratio=3)
            table.add_column("verdict", no_wrap=True)
            table.add_column("why", ratio=4)
            table.add_column("source", ratio=2)
            for s in report.statements:
                table.add_row(*self._row(s))
            c.print(table)
        elif not report.errors:
            c.print(Text("  no checkable statements found", style="dim"))
        if report.coverage is not None:
            cov = report.coverage
            c.print(
                Text(
                    f"  coverage: {cov.with_statement} of {cov.sentences} sentences that look "
                    f"checkable gave a statement" + ("; these gave none:" if cov.gaps else ""),
                    style="dim",
                )
            )
            for gap in cov.gaps:
                c.print(
                    Text(f"  {gap.span.line}:{gap.span.column}  {inert(gap.text)}", style="dim")
                )
        counts = report.counts
        c.print(
            Text(
                f"  {counts['supported']} supported, {counts['conflicting']} conflicting, "
                f"{counts['unverifiable']} unverifiable\n",
                style="dim",
            )
        )

    def _row(self, s: Statement) -> tuple[Text, Text, Text, Text, Text]:
        why = Text(inert(s.reason))
        if s.reviewed is not None:
            why.append(f"\nreviewed: {inert(s.reviewed)}", style="dim")
        if s.expected is not None:
            why.append("\nexpected: ", style="bold")
            why.append(inert(s.expected))
            why.append("\nfound: ", style="bold")
            why.append(inert(s.found or ""))
        sources = Text()
        seen: list[str] = []
        for e in s.evidence:
            label = f"{e.reference} — {e.source}"
            if label not in seen:
                seen.append(label)
        sources.append("\n".join(inert(x) for x in seen[:4]))
        if len(seen) > 4:
            sources.append(f"\n(+{len(seen) - 4} more)")
        return (
            Text(f"{s.span.line}:{s.span.column}"),
            Text(inert(s.text)),
            Text(
                s.verdict.value + ("\n(reviewed)" if s.reviewed is not None else ""),
                style=STYLE[s.verdict.value],
            ),
            why,
            sources,
        )

    def end(self, counts: ReportCounts) -> None:
        v = counts.verdicts
        line = Text(
            f"{counts.articles} article{'s' if counts.articles != 1 else ''}"
            + (f" ({counts.unreadable} unreadable)" if counts.unreadable else "")
            + ": "
        )
        for i, key in enumerate(("supported", "conflicting", "unverifiable")):
            if i:
                line.append(", ")
            line.append(f"{v[key]} {key}", style=STYLE[key])
        self.console.print(line)
