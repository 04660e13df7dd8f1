"""--format markdown (a table per article, evidence as footnotes) and --format csv (a row per
statement, RFC 4180, safe to open in a spreadsheet), compared with the JSON report."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from accordcheck.formats.csv import COLUMNS, cell
from accordcheck.formats.markdown import inline

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
WRONG = "Date: 2025-11-07\n\nThe plan was praised by former U.S. President Donald Trump on Thursday, Nov. 6, 2025.\n"
CELL_BORDER = re.compile(r"(?<!\\)\|")


@pytest.fixture(scope="module")
def report(render) -> dict:
    return json.loads(render("json", sorted(SAMPLES.glob("*.txt"))))


def test_markdown_has_a_table_per_article_and_a_footnote_per_evidenced_statement(
    render, report: dict
) -> None:
    text = render("markdown", sorted(SAMPLES.glob("*.txt")))
    sections = text.split("\n## ")[1:]
    assert [s.splitlines()[0] for s in sections[:-1]] == [
        f"`{a['path']}`" for a in report["articles"]
    ]
    assert sections[-1].startswith("Manifest\n\n```json\n")
    for section, article in zip(sections, report["articles"], strict=False):
        rows = [line for line in section.splitlines() if line.startswith("| ")][1:]
        assert len(rows) == len(article["statements"])
        for row, s in zip(rows, article["statements"], strict=True):
            cells = CELL_BORDER.split(row)
            assert len(cells) == 6, row
            where, words, verdict = (c.strip() for c in cells[1:4])
            assert where == f"{s['span']['line']}:{s['span']['column']}"
            sign = {"supported": "✓", "conflicting": "✗", "unverifiable": "?"}[s["verdict"]]
            assert verdict == f"{sign} {s['verdict']}"
            assert words.startswith(inline(s["text"]))
            note = re.search(r"\[\^(\d+)\]$", words)
            assert bool(note) == bool(s["evidence"])
            if note:
                definition = re.search(rf"^\[\^{note[1]}\]: (.*)$", section, re.M)
                assert definition and all(
                    f"`{e['reference']}`" in definition[1] for e in s["evidence"]
                )


def test_markdown_keeps_article_text_inert() -> None:
    assert inline("a | b *c* [x](javascript:alert(1)) <script>") == (
        "a \\| b \\*c\\* \\[x\\](javascript:alert(1)) \\<script\\>"
    )
    assert inline("left\u202eright\nnext") == "left\\\\u202eright next"


def test_csv_is_one_row_per_statement_with_the_record_fields(render, report: dict) -> None:
    raw = render("csv", sorted(SAMPLES.glob("*.txt")))
    assert raw.startswith(",".join(COLUMNS) + "\r\n") and raw.endswith("\r\n")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    statements = [(a, s) for a in report["articles"] for s in a["statements"]]
    assert len(rows) == len(statements)
    assert list(rows[0]) == list(COLUMNS)
    for row, (article, s) in zip(rows, statements, strict=True):
        assert row["path"] == article["path"]
        assert (row["id"], row["verdict"], row["text"], row["reason"]) == (
            s["id"], s["verdict"], s["text"], s["reason"],
        )  # fmt: skip
        assert (
            int(row["start"]) == s["span"]["start"]
            and int(row["end_column"]) == s["span"]["end_column"]
        )
        assert json.loads(row["claim"]) == s["claim"]
        assert (
            row["evidence"].split("\n")
            == [f"{e['reference']} — {e['fact']} — {e['source']}" for e in s["evidence"]]
            or not s["evidence"]
        )
        assert row["expected"] == (s.get("expected") or "")


def test_csv_cells_a_spreadsheet_would_run_are_quoted_off() -> None:
    for dangerous in ("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert cell(dangerous) == "'" + dangerous
    assert cell("Bahrain = 2020") == "Bahrain = 2020"
    assert cell(None) == "" and cell(7) == "7"


def test_csv_path_that_looks_like_a_formula_is_defused(
    render, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("=HYPERLINK(evil).txt").write_text(WRONG, encoding="utf-8")
    rows = list(csv.reader(io.StringIO(render("csv", ["=HYPERLINK(evil).txt"]), newline="")))
    assert {row[0] for row in rows[1:]} == {"'=HYPERLINK(evil).txt"}


def test_csv_with_output_writes_the_manifest_beside_it(tmp_path: Path) -> None:
    article = tmp_path / "wrong.txt"
    article.write_text(WRONG, encoding="utf-8")
    target = tmp_path / "out.csv"
    cli = [
        sys.executable,
        "-m",
        "accordcheck",
        "scan",
        str(article),
        "-f",
        "csv",
        "-o",
        str(target),
    ]
    out = subprocess.run(cli, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert out.returncode == 1 and out.stdout == ""
    assert target.read_bytes().startswith(b"path,published,id,")
    manifest = json.loads((tmp_path / "out.csv.manifest.json").read_text())["manifest"]
    assert manifest["inputs"][0]["path"] == str(article)
