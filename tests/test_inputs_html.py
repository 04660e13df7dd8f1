"""Saved web pages as a user meets them: the main text is checked, the page's furniture is not,
the date and title come from the page's metadata, and every span points into the extracted
text that ``accordcheck text`` prints. The pages are written here, not taken from the web."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from clirun import run_cli

from accordcheck.api import Checker

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "accordcheck" / "schemas" / "report.schema.json").read_text())


def run(*args: str) -> subprocess.CompletedProcess:
    return run_cli(*args, timeout=120)


pytest.importorskip("trafilatura")

# Boilerplate on every page: navigation, a cookie banner, a script and a style sheet holding
# statements that would be checked (and would conflict) if they were read as article text.
FURNITURE_TOP = """
<script>window.dataLayer = []; var teaser = "Morocco joined the Abraham Accords in 2015.";</script>
<style>.teaser::after { content: "Bahrain joined the Abraham Accords in 2012."; }</style>
</head><body>
<div id="cookie-banner">We use cookies. Accept all · Manage settings</div>
<nav class="site-nav"><ul>
  <li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/politics">Politics</a></li><li><a href="/subscribe">Subscribe</a></li>
</ul></nav>
<header><div class="masthead">The Harbour Ledger</div><form><input name="q"></form></header>
"""
FURNITURE_BOTTOM = """
<aside class="related"><h3>Most read</h3><ul>
  <li><a href="/a">Sudan joined the Abraham Accords in 2016, readers say</a></li>
  <li><a href="/b">Ferry timetable changes for the winter</a></li>
</ul></aside>
<footer><p>© 2025 The Harbour Ledger. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
<script>document.querySelectorAll("a").forEach(function (a) { a.rel = "noopener"; });</script>
</body></html>
"""
ARTICLE = """
<main><article>
<h1>Central Asian state to sign on to Gulf normalisation pact</h1>
<p class="byline">By a staff writer</p>
<p>Kazakhstan will join the Abraham Accords, President Donald Trump said on Wednesday, Nov. 6,
in a post that surprised diplomats in the region.</p>
<p>The United Arab Emirates and Bahrain signed the accords at the White House in
September 2020, and Morocco followed in December of that year.</p>
<p>Israeli Prime Minister Benjamin Netanyahu welcomed the news in a short statement and said
other countries would follow.</p>
</article></main>
"""


def page(head: str, body: str = ARTICLE) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head>\n<meta charset="utf-8">\n'
        + head
        + FURNITURE_TOP
        + body
        + FURNITURE_BOTTOM
    )


META_PAGE = page(
    "<title>Kazakhstan to join | The Harbour Ledger</title>\n"
    '<meta property="og:title" content="Central Asian state to sign on to Gulf normalisation pact">\n'
    '<meta property="article:published_time" content="2025-11-07T08:15:00+00:00">\n'
    '<link rel="canonical" href="https://ledger.example/world/kazakhstan-accords">\n'
)
JSONLD_PAGE = page(
    "<title>Kazakhstan to join | The Harbour Ledger</title>\n"
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "NewsArticle", "headline": "Central Asian state to sign on", '
    '"datePublished": "2025-11-08T10:00:00Z", "dateModified": "2025-11-09T10:00:00Z"}</script>\n'
)


def scan_json(*args: str) -> tuple[dict, str, int]:
    out = run("scan", "--format", "json", *args)
    assert "Traceback" not in out.stderr
    report = json.loads(out.stdout)
    jsonschema.validate(report, SCHEMA)  # the published contract holds for web pages too
    return report, out.stderr, out.returncode


def test_the_main_text_is_checked_and_the_furniture_is_not(tmp_path: Path) -> None:
    saved = tmp_path / "ledger.html"
    saved.write_text(META_PAGE, encoding="utf-8")
    report, _, code = scan_json(str(saved))
    [article] = report["articles"]
    assert article["path"] == str(saved)
    assert article["origin"] == {
        "format": "html",
        "file": str(saved),
        "title": "Central Asian state to sign on to Gulf normalisation pact",
    }
    assert article["url"] == "https://ledger.example/world/kazakhstan-accords"
    assert article["published"]["date"] == "2025-11-07"
    assert article["published"]["source"] == "metadata"
    assert article["errors"] == [] and article["warnings"] == []
    found = {(s["kind"], s["verdict"], s["text"]) for s in article["statements"]}
    # What the article says is checked: the weekday is wrong (6 November 2025 was a Thursday).
    assert ("weekday", "conflicting", "Wednesday, Nov. 6") in found
    assert any(s["text"].startswith("Kazakhstan will join the Abraham Accords") for s in
               article["statements"])  # fmt: skip
    # Nothing from scripts, styles, navigation, the related links or the footer.
    texts = " ".join(s["text"] for s in article["statements"])
    for planted in ("2015", "2012", "2016", "Sudan", "cookies", "Subscribe", "Harbour"):
        assert planted not in texts
    assert code == 1  # the conflicting weekday


def test_spans_point_into_the_extracted_text(tmp_path: Path) -> None:
    saved = tmp_path / "ledger.htm"
    saved.write_text(META_PAGE, encoding="utf-8")
    shown = run("text", str(saved))
    assert shown.returncode == 0
    text = shown.stdout
    assert text.startswith("Central Asian state to sign on to Gulf normalisation pact\n\n")
    for furniture in ("cookies", "Subscribe", "window.dataLayer", "content:", "Most read", "©"):
        assert furniture not in text
    report, _, _ = scan_json(str(saved))
    lines = text.split("\n")
    statements = report["articles"][0]["statements"]
    assert statements
    for s in statements:
        span = s["span"]
        assert text[span["start"] : span["end"]] == s["text"]
        line = lines[span["line"] - 1]
        assert line[span["column"] - 1 :].startswith(s["text"].split("\n")[0])


def test_the_date_and_title_from_json_ld(tmp_path: Path) -> None:
    saved = tmp_path / "jsonld.html"
    saved.write_text(JSONLD_PAGE, encoding="utf-8")
    report, _, _ = scan_json(str(saved))
    [article] = report["articles"]
    # datePublished, not dateModified.
    assert article["published"]["date"] == "2025-11-08"
    assert article["published"]["source"] == "metadata"
    assert article["origin"]["title"] == "Central Asian state to sign on"


def test_a_page_without_a_dated_header_gets_the_date_from_its_text(tmp_path: Path) -> None:
    saved = tmp_path / "undated.html"
    body = ARTICLE.replace("<p class=\"byline\">By a staff writer</p>",
                           "<p>Posted November 7, 2025.</p>")  # fmt: skip
    saved.write_text(page("<title>Undated</title>\n", body), encoding="utf-8")
    report, _, _ = scan_json(str(saved))
    published = report["articles"][0]["published"]
    assert published["source"] != "metadata"
    assert published["date"] == "2025-11-07"


def test_the_page_encoding_is_honoured(tmp_path: Path) -> None:
    saved = tmp_path / "latin.html"
    html = META_PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace(
        "short statement", "short statement – “welcome news”"
    )
    saved.write_bytes(html.encode("cp1252"))
    shown = run("text", str(saved))
    assert "short statement – “welcome news”" in shown.stdout
    report, _, _ = scan_json(str(saved))
    assert report["articles"][0]["warnings"] == []


def test_a_page_with_no_main_text_is_a_warning(tmp_path: Path) -> None:
    saved = tmp_path / "empty.html"
    saved.write_text(
        "<html><head><title>Index</title><script>var x = 1;</script></head>"
        '<body><div><img src="map.png" alt=""></div>'
        '<script>var teaser = "Morocco joined the Abraham Accords in 2015.";</script>'
        "</body></html>",
        encoding="utf-8",
    )
    report, err, code = scan_json(str(saved))
    [article] = report["articles"]
    assert article["errors"] == []
    assert article["warnings"] == [f"{saved}: no main text found in the HTML page (trafilatura)"]
    assert code == 0
    assert err.strip().splitlines() == [f"accordcheck: warning: {article['warnings'][0]}"]


def test_directories_include_saved_pages(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Date: 2025-11-07\n\nNothing to see.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text(META_PAGE, encoding="utf-8")
    (tmp_path / "c.htm").write_text(JSONLD_PAGE, encoding="utf-8")
    report, _, _ = scan_json(str(tmp_path))
    paths = [a["path"] for a in report["articles"]]
    assert paths == [str(tmp_path / n) for n in ("a.txt", "b.html", "c.htm")]
    assert [a.get("origin", {}).get("format") for a in report["articles"]] == [None, "html", "html"]


def test_the_html_report_shows_the_extracted_text(tmp_path: Path) -> None:
    saved = tmp_path / "ledger.html"
    saved.write_text(META_PAGE, encoding="utf-8")
    out = tmp_path / "report.html"
    done = run("report", str(saved), "-o", str(out))
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert "Web page “Central Asian state to sign on to Gulf normalisation pact”" in html
    assert "in a post that surprised diplomats" in html
    assert "window.dataLayer" not in html and "We use cookies" not in html


def test_the_table_names_the_page(tmp_path: Path) -> None:
    saved = tmp_path / "ledger.html"
    saved.write_text(META_PAGE, encoding="utf-8")
    out = run("scan", str(saved))
    assert out.stdout.startswith(f"{saved}  published 2025-11-07 (metadata:")
    assert "web page 'Central Asian state to sign on to Gulf normalisation pact'" in out.stdout


def test_without_trafilatura_the_error_names_the_extra(
    tmp_path: Path, checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = tmp_path / "ledger.html"
    saved.write_text(META_PAGE, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    report = checker.check_file(saved)
    assert report.errors == (
        f"{saved}: reading HTML needs trafilatura: pip install 'accordcheck[html]'",
    )
