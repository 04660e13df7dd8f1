"""``accordcheck report``: one self-contained HTML file to read the check in a browser.

Per article: a summary bar, then the article text with every statement highlighted by verdict
(a sign and an underline style besides the colour, and an ``aria-label`` naming the verdict); a
click, a hover or keyboard focus on a statement shows why, what was expected and found, the
reference rows and their sources. Under the text, every statement is listed with the same
details: that list is what prints, and what a reader without scripts sees. A filter at the top
hides or shows each verdict. The run's manifest closes the page.

The page loads nothing: CSS and the small script are inline, and its Content-Security-Policy
allows no network requests and no script but its own (by hash). Article text goes through
Jinja2's autoescaping, control and bidi characters are shown as visible escapes, and statements
that overlap are split into nested pieces, so that no article can inject markup or reorder what
is shown. Needs the article text: the API keeps it when ``Checker.keep_text`` is set.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import IO, Any

import jinja2
from markupsafe import Markup, escape

from accordcheck.formats.base import CONTROL_OR_BIDI, Formatter, RunInfo
from accordcheck.record import ArticleReport, ReportCounts, Statement

SIGN = {"supported": "✓", "conflicting": "✗", "unverifiable": "?"}


def visible(text: str) -> Markup:
    """Escaped text with control and bidi characters shown as ``U+XXXX`` marks, not applied."""
    out = []
    last = 0
    for m in CONTROL_OR_BIDI.finditer(text):
        out.append(escape(text[last : m.start()]))
        code = f"U+{ord(m.group()):04X}"
        out.append(Markup('<span class="ctl" title="{0}">{0}</span>').format(code))
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


@dataclass
class Piece:
    """A run of article text, or the opening or closing of a statement's highlight."""

    kind: str  # "text", "open" or "close"
    text: str = ""
    statement: Statement | None = None
    first: bool = False


def pieces(text: str, statements: tuple[Statement, ...]) -> list[Piece]:
    """The text cut at every statement boundary, with well-nested highlights: a statement that
    overlaps another without containing it is closed and reopened around it (a continuation
    piece, ``first`` False), so every highlight is valid HTML and joins back to the statement."""
    spans = [s for s in statements if s.span.end > s.span.start]
    starts: dict[int, list[Statement]] = {}
    ends: dict[int, set[str]] = {}
    for s in spans:
        starts.setdefault(s.span.start, []).append(s)
        ends.setdefault(s.span.end, set()).add(s.id)
    out: list[Piece] = []
    stack: list[Statement] = []
    cursor = 0
    for point in sorted(set(starts) | set(ends)):
        if point > cursor:
            out.append(Piece("text", text[cursor:point]))
            cursor = point
        closing = ends.get(point, set())
        reopen = []
        while any(s.id in closing for s in stack):
            top = stack.pop()
            out.append(Piece("close"))
            if top.id not in closing:
                reopen.append(top)
        for s in reversed(reopen):
            out.append(Piece("open", statement=s))
            stack.append(s)
        for s in sorted(starts.get(point, []), key=lambda s: -s.span.end):
            out.append(Piece("open", statement=s, first=True))
            stack.append(s)
    if cursor < len(text):
        out.append(Piece("text", text[cursor:]))
    return out


@dataclass
class ArticleView:
    index: int
    report: ArticleReport
    pieces: list[Piece] = field(default_factory=list)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("accordcheck.formats", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["visible"] = visible
    env.globals["SIGN"] = SIGN
    return env


def _asset(name: str) -> str:
    return resources.files("accordcheck.formats").joinpath("templates", name).read_text("utf-8")


class HtmlFormatter(Formatter):
    def __init__(self, stream: IO[str], version: str, run: RunInfo | None = None):
        super().__init__(stream, version, run)
        self.articles: list[ArticleView] = []
        self.inputs: list[dict[str, Any]] = []

    def article(self, report: ArticleReport) -> None:
        self.inputs.append(report.input_json())
        view = ArticleView(len(self.articles) + 1, report)
        if report.text is not None:
            view.pieces = pieces(report.text, report.statements)
        self.articles.append(view)

    def end(self, counts: ReportCounts) -> None:
        script = _asset("report.js")
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        manifest = self.run.manifest_json(self.inputs)
        page = (
            _environment()
            .get_template("report.html.j2")
            .render(
                version=self.version,
                articles=self.articles,
                counts=counts,
                style=Markup(_asset("report.css")),
                script=Markup(script),
                script_hash=f"sha256-{digest}",
                manifest=None
                if manifest is None
                else json.dumps(manifest, ensure_ascii=False, indent=2),
            )
        )
        self.stream.write(page)
