"""Reading articles: finding input files, decoding, the line index, and the stated article date.

The text is kept exactly as decoded: every offset reported anywhere refers to it. A file that
cannot be read becomes a :class:`LoadError` value, never an exception that stops a run.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

from accordcheck import htmlpage
from accordcheck.dates import parse_time_expr
from accordcheck.record import Origin, Published

DEFAULT_EXTENSIONS = (".txt", ".md", *htmlpage.HTML_EXTENSIONS)
STDIN = "-"
HEADER_LINES = 5
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SNIFF_BYTES = 8192
# File signatures of common binary formats found next to articles (images, archives, documents).
BINARY_MAGIC = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
    b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\x7fELF", b"RIFF", b"OggS", b"ID3", b"\x00\x00\x01\x00",
)  # fmt: skip

_FRONT_MATTER = regex.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", regex.S)
_FRONT_MATTER_DATE = regex.compile(
    r"^(?:date|published|pubdate|published_at|publication_date)\s*:\s*[\"']?(?P<value>[^\"'\r\n]+)",
    regex.M | regex.I,
)
_FRONT_MATTER_URL = regex.compile(
    r"^url\s*:\s*[\"']?(?P<value>[a-z][a-z0-9+.\-]*://[^\"'\s]+)", regex.M | regex.I
)
_HEADER_DATE = regex.compile(
    r"^\W{0,3}(?P<label>date(?:line)?|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?"
    r"|last\s+updated|first\s+published)\s*[:\-–—]?\s*"
    r"(?P<value>(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]"
    r"|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?,?\s+(?:19|20)[0-9]{2}"
    r"|[0-3]?[0-9]\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)[0-9]{2}))",
    regex.I,
)


@dataclass(frozen=True)
class LoadError:
    """Why an input gave no text. ``fatal`` is False for inputs skipped on purpose (binary files):
    they are reported as a warning, not as an unreadable input."""

    path: str
    message: str
    fatal: bool = True


@dataclass(frozen=True)
class Article:
    """One article's text as read, with a line index for offset -> (line, column), and the
    SHA-256 of the bytes it was decoded from (of its UTF-8 encoding when it came as text).

    ``origin`` says where the text came from when it is not a whole text file (a web page's
    main text, a corpus record); ``stated`` is the date its metadata gives (the page's metadata,
    the record's date field) and ``url`` its address, when they are known."""

    path: str
    text: str
    warnings: tuple[str, ...] = ()
    line_starts: tuple[int, ...] = field(default=(), compare=False, repr=False)
    sha256: str = field(default="", compare=False)
    origin: Origin | None = None
    stated: Published | None = None
    url: str | None = None

    @classmethod
    def from_text(
        cls,
        text: str,
        path: str = "<text>",
        warnings: Iterable[str] = (),
        sha256: str = "",
        **metadata: object,
    ) -> Article:
        """``metadata``: ``origin``, ``stated`` and ``url``, as on the class."""
        digest = sha256 or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return cls(path, text, tuple(warnings), _line_starts(text), digest, **metadata)  # type: ignore[arg-type]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def stated_date(self) -> Published | None:
        """The date the article states about itself: its metadata (a page's, a record's), then
        front matter, then a header line."""
        if self.stated is not None:
            return self.stated
        fm = _FRONT_MATTER.match(self.text)
        if fm:
            found = _FRONT_MATTER_DATE.search(fm.group("body"))
            if found:
                day = _parse_full_date(found.group("value"))
                if day:
                    return Published(day.isoformat(), "front-matter", "front matter `date:`")
        for number, start in enumerate(self.line_starts[:HEADER_LINES], start=1):
            end = self.text.find("\n", start)
            line = self.text[start : end if end >= 0 else len(self.text)]
            found = _HEADER_DATE.match(line)
            if found:
                day = _parse_full_date(found.group("value"))
                if day:
                    label = " ".join(found.group("label").split()).lower()
                    return Published(day.isoformat(), "header", f"'{label}' on line {number}")
        return None

    def stated_url(self) -> str | None:
        """The article's own address: its metadata's (a page's canonical address), else its YAML
        front matter's (``url:``), if it gives one."""
        if self.url is not None:
            return self.url
        fm = _FRONT_MATTER.match(self.text)
        found = _FRONT_MATTER_URL.search(fm.group("body")) if fm else None
        return found.group("value") if found else None


def _parse_full_date(value: str) -> dt.date | None:
    expr = parse_time_expr(value.strip())
    if expr and expr.year and expr.month and expr.day:
        return dt.date(expr.year, expr.month, expr.day)
    return None


def _line_starts(text: str) -> tuple[int, ...]:
    """Line starts for \\n, \\r\\n and lone \\r line ends alike."""
    starts = [0]
    for m in regex.finditer(r"\r\n|\r|\n", text):
        starts.append(m.end())
    return tuple(starts)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    """Content sniffing: a known binary signature, or control bytes (NUL and the like, not tabs or
    line ends) in more than a tenth of the first 8 KiB of a file without a UTF-16 byte-order mark.
    A stray NUL in a text file does not make it binary."""
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if head.startswith(BINARY_MAGIC):
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls * 10 > len(head)


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """UTF-8 (a BOM is dropped), or UTF-16 when it has a BOM; undecodable bytes are replaced and
    the report says so."""
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        if "\ufffd" in text:
            warnings.append(f"{path}: invalid UTF-16; undecodable bytes were replaced with U+FFFD")
        return text, warnings
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        warnings.append(
            f"{path}: invalid UTF-8 at byte {exc.start}; undecodable bytes were replaced with U+FFFD"
        )
    return text, warnings


def read_article(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article | LoadError:
    """Read one file (or standard input for ``-``) into an Article, or say why it could not be:
    missing, unreadable, not a regular file (a FIFO or device is never opened), over the size
    cap, or binary (skipped, not decoded into garbage)."""
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            info = os.stat(path)
            if stat.S_ISDIR(info.st_mode):
                return LoadError(path, "is a directory")
            if not stat.S_ISREG(info.st_mode):
                return LoadError(path, "not a regular file (a FIFO, socket or device); not read")
            if info.st_size > max_bytes:
                return LoadError(
                    path,
                    f"{info.st_size} bytes, over the size cap of {max_bytes} bytes (--max-bytes)",
                )
            with open(path, "rb") as handle:
                data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        return LoadError(path, "no such file")
    except PermissionError:
        return LoadError(path, "permission denied")
    except OSError as exc:
        return LoadError(path, exc.strerror or str(exc))
    if len(data) > max_bytes:
        return LoadError(path, f"over the size cap of {max_bytes} bytes (--max-bytes)")
    if looks_binary(data):
        return LoadError(path, "binary file skipped (content sniffing)", fatal=False)
    if path != STDIN and htmlpage.is_html(path):
        return read_page(data, path)
    text, warnings = decode(data, path)
    text, _, warnings = without_nul(text, path, warnings)
    return Article.from_text(text, path, warnings, hashlib.sha256(data).hexdigest())


def read_page(data: bytes, path: str) -> Article | LoadError:
    """A saved web page's main text, title, date and address (see :mod:`accordcheck.htmlpage`);
    a page with no main text is a warning, not an error."""
    try:
        page = htmlpage.extract_page(data)
    except ImportError:
        return LoadError(path, htmlpage.MISSING)
    if page is None:
        return LoadError(path, "no main text found in the HTML page (trafilatura)", fatal=False)
    text, _, warnings = without_nul(page.text, path, [])
    stated = None
    if page.date is not None:
        stated = Published(
            page.date.isoformat(),
            "metadata",
            "the page's metadata (<meta>, JSON-LD; read by trafilatura)",
        )
    return Article.from_text(
        text,
        path,
        warnings,
        hashlib.sha256(data).hexdigest(),
        origin=Origin("html", path, title=page.title),
        stated=stated,
        url=page.url,
    )


def without_nul(text: str, path: str, warnings: list[str]) -> tuple[str, str, list[str]]:
    """NUL characters read as spaces (a sentence with one inside is still checked), and the
    report says so. Offsets are unchanged."""
    count = text.count("\x00")
    if count:
        text = text.replace("\x00", " ")
        warnings = [*warnings, f"{path}: {count} NUL character(s) read as spaces"]
    return text, path, warnings


def display_path(path: str) -> str:
    """A file name that can always be printed: undecodable bytes become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def iter_input_paths(
    paths: Iterable[str], extensions: Iterable[str] = DEFAULT_EXTENSIONS
) -> Iterator[str]:
    """Expand the command line's paths: files as given, directories recursively (sorted, only the
    given extensions), ``-`` for standard input. A path that does not exist is yielded as is so that
    reading it reports the error in its place; a directory with nothing to read is yielded as an
    :class:`EmptyDirectory`, so that every path given appears in the report."""
    wanted = tuple(e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions)
    for given in paths:
        if given != STDIN and os.path.isdir(given):
            empty = True
            for found in _walk(Path(given), wanted):
                empty = False
                yield found
            if empty:  # a path given by name always appears in the report
                yield EmptyDirectory(given, wanted)
        else:
            yield given


class EmptyDirectory(str):
    """A directory given by name that holds no file to read: reported with a warning."""

    def __new__(cls, path: str, extensions: tuple[str, ...] = DEFAULT_EXTENSIONS) -> EmptyDirectory:
        self = super().__new__(cls, path)
        self.extensions = extensions
        return self

    def __reduce__(self) -> tuple:
        return (EmptyDirectory, (str(self), self.extensions))


def _walk(root: Path, wanted: tuple[str, ...]) -> Iterator[str]:
    """Files under ``root`` in the order of their sorted full paths, one directory listed at a
    time (memory stays flat however large the tree): entries are sorted by name with a "/" after
    directory names, which is exactly how their paths compare."""
    try:
        with os.scandir(root) as listing:
            entries = [(e.name, _is_dir(e), e.is_symlink()) for e in listing]
    except OSError:
        return
    entries = [e for e in entries if not e[0].startswith(".")]
    entries.sort(key=lambda e: e[0] + "/" if e[1] else e[0])
    for name, is_dir, is_link in entries:
        path = os.path.join(root, name)
        if is_dir:
            if not is_link:  # as os.walk: a linked directory is not entered (no loops)
                yield from _walk(Path(path), wanted)
        elif name.lower().endswith(wanted):
            yield path


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False
