"""`accordcheck report`: the HTML page as a file (the browser tests are in test_report_browser.py).
It is written whatever the verdicts, loads nothing from anywhere, runs no script but its own, and
shows article text only as text; overlapping statements become well-nested highlights."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from accordcheck.formats.html import pieces
from accordcheck.record import Span, Statement, Verdict

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
HOSTILE = (
    "Date: 2025-11-07\n\n"
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\n'
    "</textarea><textarea> </mark></div><b>bold</b> &amp; {{ 7*7 }}\n"
    "Bahrain joined the Abraham Accords in 2021. \u202eevil\u202c \u2066x\u2069\n"
)


def report(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "accordcheck", "report", *args],
        capture_output=True, text=True, cwd=cwd, stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip


def test_report_writes_one_file_and_exits_0_despite_conflicts(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    out = report(str(SAMPLES), "-o", str(target))
    assert (out.returncode, out.stdout, out.stderr) == (0, "", "")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count('<section class="article"') == len(list(SAMPLES.glob("*.txt")))


def test_an_unreadable_input_exits_2_and_is_shown(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    missing = tmp_path / "missing.txt"
    out = report(str(SAMPLES / "07_asia_brief.txt"), str(missing), "-o", str(target))
    assert out.returncode == 2
    assert out.stderr == f"accordcheck: error: {missing}: no such file\n"
    assert f"error: {missing}: no such file" in target.read_text(encoding="utf-8")


def test_the_page_is_self_contained_and_runs_only_its_own_script(render) -> None:
    page = render("html", [SAMPLES / "07_asia_brief.txt"], keep_text=True)
    assert "src=" not in page
    assert re.findall(r"<link[^>]*>", page) == ['<link rel="icon" href="data:,">']
    assert re.findall(r"<(?:style|script)[^>]*>", page) == ["<style>", "<script>"]
    for href in re.findall(r'href="([^"]*)"', page):
        assert href.startswith(("#", "https://", "http://", "data:,")), href
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)[1]
    assert "default-src 'none'" in policy
    script = page.split("<script>", 1)[1].split("</script>", 1)[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy


def test_hostile_article_text_is_escaped(render, tmp_path: Path) -> None:
    article = tmp_path / "<b>hostile<i>.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    page = render("html", [article], keep_text=True)
    assert page.count("<script") == 1
    for raw in ("<img", "<textarea", "</textarea", "<b>", 'onerror="window'):
        assert raw not in page, raw
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;b&gt;hostile&lt;i&gt;.txt" in page
    assert "&amp;amp;" in page and "{{ 7*7 }}" in page
    assert "\u202e" not in page.split("<main>", 1)[1].split("<footer>", 1)[0]
    assert '<span class="ctl" title="U+202E">U+202E</span>' in page


def _statement(i: int, start: int, end: int) -> Statement:
    return Statement(f"s{i}", "r", "k", Verdict.SUPPORTED, "", Span(start, end, 1, 1), {}, "why")


@given(
    st.text(alphabet="ab \n", min_size=1, max_size=40).flatmap(
        lambda text: st.tuples(
            st.just(text),
            st.lists(
                st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))).filter(
                    lambda p: p[0] < p[1]
                ),
                max_size=6,
            ),
        )
    )
)
def test_overlapping_statements_become_well_nested_pieces(case: tuple[str, list]) -> None:
    text, spans = case
    statements = tuple(_statement(i, a, b) for i, (a, b) in enumerate(spans, start=1))
    parts = pieces(text, statements)
    assert "".join(p.text for p in parts if p.kind == "text") == text
    open_ids: list[str] = []
    covered: dict[str, str] = {s.id: "" for s in statements}
    firsts = []
    for p in parts:
        if p.kind == "open":
            open_ids.append(p.statement.id)
            if p.first:
                firsts.append(p.statement.id)
        elif p.kind == "close":
            assert open_ids, "a close without an open"
            open_ids.pop()
        else:
            for sid in set(open_ids):
                covered[sid] += p.text
    assert open_ids == []
    assert sorted(firsts) == sorted(s.id for s in statements)
    for s in statements:
        assert covered[s.id] == text[s.span.start : s.span.end]


def test_an_output_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "report.html"
    out = report(str(SAMPLES / "07_asia_brief.txt"), "-o", str(target))
    assert out.returncode == 2
    assert out.stderr == f"accordcheck: error: {target}: no such directory {str(target.parent)!r}\n"
