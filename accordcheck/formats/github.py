"""``--format github``: GitHub Actions workflow commands, so that a check of the articles changed
in a pull request shows as annotations on them.

    ::error file=a.md,line=3,col=5,endLine=3,endColumn=21,title=accordcheck: conflicting (rule)::why

A conflicting statement is an ``error``, an unverifiable one a ``notice``; supported statements
are left out, and a statement reviewed in a baseline is a ``notice`` whatever its verdict.
``endColumn`` is the column of the statement's last character; GitHub takes
``col``/``endColumn`` only when the statement starts and ends on one line, so a statement over
several lines gives ``line``/``endLine`` alone. An unreadable input is an ``error`` on its file,
a skipped one a ``warning``.

Values are escaped as GitHub's runner unescapes them: ``%``, CR and LF in the message; in the
properties also ``:`` and ``,``. A newline in the message (before ``expected:`` and ``found:``)
shows as a line break in the annotation.
"""

from __future__ import annotations

from accordcheck.formats.base import Formatter
from accordcheck.record import ArticleReport, Statement, Verdict

COMMAND = {Verdict.CONFLICTING: "error", Verdict.UNVERIFIABLE: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}\n"


class GithubFormatter(Formatter):
    def article(self, report: ArticleReport) -> None:
        for name, messages in (("error", report.errors), ("warning", report.warnings)):
            for message in messages:
                self.stream.write(command(name, {"file": report.path}, message))
        for statement in report.statements:
            if statement.verdict in COMMAND:
                self.stream.write(self._annotation(report.path, statement))

    def _annotation(self, path: str, s: Statement) -> str:
        span = s.span
        properties: dict[str, object] = {"file": path, "line": span.line}
        one_line = span.end_line in (0, span.line)
        if one_line:
            properties["col"] = span.column
        if span.end_line:
            properties["endLine"] = span.end_line
            if one_line:
                properties["endColumn"] = max(span.column, span.end_column - 1)
        properties["title"] = f"accordcheck: {s.verdict.value} ({s.rule})"
        message = f"{s.text}: {s.reason}"
        if s.expected is not None:
            message += f"\nexpected: {s.expected}\nfound: {s.found or ''}"
        sources = [f"{e.reference} — {e.source}" for e in s.evidence]
        if sources:
            message += "\nsource: " + "; ".join(dict.fromkeys(sources))
        if s.reviewed is not None:
            message += f"\nreviewed: {s.reviewed}"
        return command(
            "notice" if s.reviewed is not None else COMMAND[s.verdict], properties, message
        )
