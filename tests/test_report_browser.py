"""The HTML report in a real browser: Debian's Chromium, headless, driven by playwright (which
never downloads a browser of its own here). Each page must load without a console error and
without a single request beyond the file itself.

Skipped, saying why, where playwright or Chromium is missing; CI installs both (.ci/run) and sets
ACCORDCHECK_REQUIRE_BROWSER=1, which turns that skip into a failure. Set ACCORDCHECK_CHROMIUM to
use another Chromium binary. ``pytest -s -k screenshot`` prints the path
of a screenshot of the report to look at."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from accordcheck.api import Checker
from accordcheck.formats.base import CONTROL_OR_BIDI

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CHROMIUM = os.environ.get("ACCORDCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# As the machine's documentation says Chromium runs here: no sandbox as root, no GPU, and no
# background traffic to Google's hosts (which this network refuses).
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = (
    "Date: 2025-11-07\n\n"
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\n'
    '</textarea><textarea autofocus onfocus="window.__pwned = 3"> </mark></div><b>bold</b>\n'
    "Bahrain joined the Abraham Accords in 2021. \u202eevil\u202c {{ 7*7 }} &amp;\n"
    "Vice President JD Vance <!-- spoke --> on Monday.\n"
)

REQUIRED = os.environ.get("ACCORDCHECK_REQUIRE_BROWSER") == "1"


def _unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"ACCORDCHECK_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


try:
    import playwright.sync_api as playwright_api
except ImportError:
    _unavailable("the playwright package is not installed (pip install '.[test]')")
if not Path(CHROMIUM).exists():
    _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run does)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        try:
            launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except playwright_api.Error as exc:
            _unavailable(f"Chromium at {CHROMIUM} does not start: {str(exc).splitlines()[0]}")
        yield launched
        launched.close()


class Page:
    """A loaded report page that records console errors, page errors and every request."""

    def __init__(self, browser: Any, path: Path):
        self.page = browser.new_page(viewport={"width": 1100, "height": 900})
        self.problems: list[str] = []
        self.requests: list[str] = []
        self.page.on(
            "console",
            lambda m: (
                self.problems.append(f"console {m.type}: {m.text}")
                if m.type in ("error", "warning")
                else None
            ),
        )
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = path.as_uri()
        self.page.goto(self.url)

    def assert_quiet(self) -> None:
        assert self.problems == []
        assert set(self.requests) == {self.url}


@pytest.fixture()
def open_report(browser: Any, render, tmp_path: Path) -> Iterator[Any]:
    opened: list[Page] = []

    def load(paths: list[Path]) -> Page:
        target = tmp_path / f"report{len(opened)}.html"
        target.write_text(render("html", paths, keep_text=True), encoding="utf-8")
        page = Page(browser, target)
        opened.append(page)
        return page

    yield load
    for page in opened:
        page.assert_quiet()
        page.page.close()


def marks_by_statement(page: Any, article: int) -> dict[str, str]:
    """Each statement's highlighted words: the text of its pieces (a statement that overlaps
    another is split into pieces) joined in document order."""
    return page.evaluate(
        """(article) => {
            const joined = {};
            for (const mark of document.querySelectorAll(`#a${article} .text mark.st`)) {
                const id = mark.dataset.statement;
                joined[id] = (joined[id] || "") + mark.textContent;
            }
            return joined;
        }""",
        article,
    )


def test_every_statement_is_highlighted_with_its_exact_words(open_report, checker: Checker) -> None:
    paths = sorted(SAMPLES.glob("*.txt"))
    view = open_report(paths)
    for index, path in enumerate(paths, start=1):
        statements = checker.check_file(str(path)).statements
        joined = marks_by_statement(view.page, index)
        assert joined == {f"a{index}-{s.id}": s.text for s in statements}
        text = view.page.locator(f"#a{index} .text").text_content()
        assert text == path.read_text(encoding="utf-8-sig")
        assert view.page.locator(f"#a{index} .text mark.st[id]").count() == len(statements)
        for s in statements:
            mark = view.page.locator(f"#m-a{index}-{s.id}")
            assert mark.get_attribute("aria-label") == f"{s.verdict.value}: {s.text}"
            assert mark.get_attribute("tabindex") == "0"


def test_a_click_shows_why_with_the_evidence(open_report, checker: Checker) -> None:
    path = SAMPLES / "07_asia_brief.txt"
    [conflict] = [s for s in checker.check_file(str(path)).statements if s.expected]
    view = open_report([path])
    pop = view.page.locator("#pop")
    assert pop.is_hidden()
    view.page.locator(f"#m-a1-{conflict.id}").click()
    assert pop.is_visible()
    shown = pop.inner_text()
    for part in (
        conflict.reason,
        conflict.expected,
        conflict.found,
        conflict.evidence[0].reference,
    ):
        assert part in shown
    view.page.keyboard.press("Escape")
    assert pop.is_hidden()
    view.page.keyboard.press("Tab")
    focused = view.page.evaluate("document.activeElement.dataset.statement")
    assert pop.is_visible() and pop.get_attribute("data-for") == focused
    supported = next(
        s
        for s in checker.check_file(str(path)).statements
        if s.evidence and s.evidence[0].source.startswith("https://")
    )
    view.page.locator(f"#m-a1-{supported.id}").click()
    link = pop.locator("a[href^='https://']").first
    assert link.get_attribute("href") == supported.evidence[0].source
    assert link.get_attribute("rel") == "noopener noreferrer"


def test_the_verdict_filter_hides_and_shows(open_report) -> None:
    view = open_report([SAMPLES / "07_asia_brief.txt"])
    page = view.page
    supported_rows = page.locator(".stmt.v-supported")
    conflicting_rows = page.locator(".stmt.v-conflicting")
    background = "el => getComputedStyle(el).backgroundColor"
    mark = page.locator("mark.st.v-supported[id]").first
    assert supported_rows.first.is_visible()
    highlighted = mark.evaluate(background)
    page.get_by_role("checkbox", name="supported", exact=True).uncheck()
    assert supported_rows.count() > 0
    assert all(not row.is_visible() for row in supported_rows.all())
    assert conflicting_rows.first.is_visible()
    assert mark.evaluate(background) == "rgba(0, 0, 0, 0)"
    assert mark.get_attribute("tabindex") == "-1"
    assert (
        page.locator("mark.st.v-conflicting[id]").first.evaluate(background) != "rgba(0, 0, 0, 0)"
    )
    page.get_by_role("checkbox", name="supported", exact=True).check()
    assert all(row.is_visible() for row in supported_rows.all())
    assert mark.evaluate(background) == highlighted


def test_printing_shows_the_statements_without_the_controls(open_report) -> None:
    view = open_report([SAMPLES / "07_asia_brief.txt"])
    view.page.emulate_media(media="print")
    assert view.page.locator(".filter").is_hidden()
    assert view.page.locator(".stmt").first.is_visible()
    assert view.page.locator("mark.st").first.is_visible()


def test_a_hostile_article_stays_inert(open_report, tmp_path: Path) -> None:
    article = tmp_path / "hostile <img src=x onerror=alert(1)>.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    view = open_report([article])
    page = view.page
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("script").count() == 1
    for tag in ("img", "textarea", "b", "div", "script"):
        assert page.locator(f"main .text {tag}").count() == 0
    text = page.locator(".text").text_content()
    assert text == CONTROL_OR_BIDI.sub(lambda m: f"U+{ord(m.group()):04X}", HOSTILE)
    assert page.locator("h2").text_content() == str(article)
    assert page.locator("mark.st[id]").count() >= 2


def test_screenshot_for_a_reader(open_report, tmp_path: Path) -> None:
    view = open_report([SAMPLES / "07_asia_brief.txt", SAMPLES / "03_central_asia_summit.txt"])
    page = view.page
    page.locator("#a1 mark.st.v-conflicting").first.click()
    shot = tmp_path / "accordcheck-report.png"
    page.screenshot(path=str(shot))
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
    print(f"\nscreenshot of the HTML report: {shot}")
