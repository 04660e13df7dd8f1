"""The diff a person reads on a terminal: both articles with their dates, then one section per
relation, contradictions first; each row gives the key, each side's statement (``file:line:col``,
the words, the verdict) and why the pair relates so.

Article text is shown inert, as in the scan table: rich markup is never interpreted, and control
and bidi characters are shown as escapes."""

from __future__ import annotations

from typing import IO

from rich.table import Table
from rich.text import Text

from accordcheck.diff import RELATION_ORDER, DiffReport, Pair, Relation
from accordcheck.formats.table import STYLE, TableFormatter, inert
from accordcheck.record import ArticleReport, Statement

TITLES = {
    Relation.CONTRADICT: "Contradictions",
    Relation.AGREE: "Agreements",
    Relation.ONLY_A: "Only in A",
    Relation.ONLY_B: "Only in B",
}
RELATION_STYLE = {
    Relation.CONTRADICT: "bold red",
    Relation.AGREE: "green",
    Relation.ONLY_A: "cyan",
    Relation.ONLY_B: "cyan",
}


def render(diff: DiffReport, stream: IO[str], version: str, color: bool | None = None) -> None:
    # The scan table's console: the same terminal detection, NO_COLOR and markup-free printing.
    console = TableFormatter(stream, version, color).console
    console.print(_article("A", diff.a))
    console.print(_article("B", diff.b))
    for relation in RELATION_ORDER:
        pairs = [p for p in diff.pairs if p.relation is relation]
        if pairs:
            console.print(
                Text(f"\n{TITLES[relation]} ({len(pairs)})", style=RELATION_STYLE[relation])
            )
            console.print(_table(relation, pairs, {"A": diff.a.path, "B": diff.b.path}))
    console.print(_summary(diff))


def _article(label: str, report: ArticleReport) -> Text:
    line = Text(f"{label}: ", style="bold")
    line.append(inert(report.path), style="bold")
    pub = report.published
    line.append(f"  published {pub.date or 'unknown'} ({pub.source}", style="dim")
    line.append(f": {inert(pub.detail)})" if pub.detail else ")", style="dim")
    return line


def _table(relation: Relation, pairs: list[Pair], paths: dict[str, str]) -> Table:
    sides = {Relation.ONLY_A: ("A",), Relation.ONLY_B: ("B",)}.get(relation, ("A", "B"))
    table = Table(show_lines=True, expand=False, pad_edge=False)
    table.add_column("key", ratio=2, overflow="fold")
    for side in sides:
        table.add_column(side, ratio=3, overflow="fold")
    table.add_column("why", ratio=3)
    for pair in pairs:
        sides_shown = (("A", pair.a), ("B", pair.b))
        cells = [_statement(s, paths[side]) for side, s in sides_shown if s is not None]
        table.add_row(Text(inert(pair.key or "—")), *cells, _why(pair))
    return table


def _statement(statement: Statement, path: str) -> Text:
    """Where the statement is (file:line:col), its words and its verdict."""
    cell = Text()
    cell.append(f"{inert(path)}:{statement.span.line}:{statement.span.column}\n", style="dim")
    cell.append(inert(statement.text))
    cell.append("\n")
    cell.append(statement.verdict.value, style=STYLE[statement.verdict.value])
    return cell


def _why(pair: Pair) -> Text:
    why = Text(inert(pair.reason))
    for side, ids in (("A", pair.same_key_a), ("B", pair.same_key_b)):
        if ids:
            more = f"{len(ids)} more statement{'s' if len(ids) > 1 else ''}"
            why.append(f"\n{side}: {more} under this key ({', '.join(ids)})", style="dim")
    return why


def _summary(diff: DiffReport) -> Text:
    line = Text("\n")
    for i, relation in enumerate(RELATION_ORDER):
        if i:
            line.append(", ")
        label = TITLES[relation].lower()
        line.append(f"{label}: {diff.counts[relation.value]}", style=RELATION_STYLE[relation])
    return line
