"""Saved web pages: the main text of an ``.html``/``.htm`` file, its title and its date.

trafilatura (the ``[html]`` extra) finds the article's main text and drops what is around it
(navigation, headers and footers, scripts, styles, sidebars, cookie notices); it works on the
bytes given and fetches nothing. Each block it keeps (a paragraph, a heading, a list item) becomes
a paragraph of the text that is checked, with a blank line between blocks, so a statement never
runs from one block into the next. Every span in the report points into that extracted text
(``accordcheck report`` shows it, as does ``accordcheck text FILE``); the report names the page.

The article date comes from the page's metadata (``<meta property="article:published_time">``,
``<meta name="date">``, JSON-LD ``datePublished`` and the like, read by trafilatura's date finder
with its search of the visible text turned off), the title from ``og:title``, ``<title>`` or
JSON-LD, and the page's address from ``<link rel="canonical">`` or ``og:url``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

HTML_EXTENSIONS = (".html", ".htm")
MISSING = "reading HTML needs trafilatura: pip install 'accordcheck[html]'"


@dataclass(frozen=True)
class Page:
    """What a page gave: its main text (blocks separated by blank lines) and its metadata."""

    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None


def is_html(path: str) -> bool:
    return path.lower().endswith(HTML_EXTENSIONS)


def extract_page(data: bytes) -> Page | None:
    """The main text and metadata of a page's bytes (trafilatura detects the encoding from the
    BOM, ``<meta charset>`` or the bytes themselves), or None when it finds no main text.
    Raises ImportError without trafilatura."""
    import trafilatura

    # trafilatura and htmldate log at WARNING about pages they find odd; the report says what
    # matters (no main text), so their chatter stays out of stderr.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.ERROR)
    document = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return None
    text = "\n\n".join(line.strip() for line in (document.text or "").splitlines() if line.strip())
    if not text:
        return None
    return Page(
        text=text,
        title=(document.title or "").strip() or None,
        date=_iso_date(document.date),
        url=document.url if _is_web_address(document.url) else None,
    )


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _is_web_address(value: str | None) -> bool:
    return bool(value) and value.lower().startswith(("http://", "https://"))
