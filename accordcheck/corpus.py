"""Corpus files: JSONL, CSV and Parquet archives where each record is one article.

A record's text is read from one field (``--text-field``), its id from another (``--id-field``;
without one, its 1-based record number) and its date from a third (``--date-field``, optional).
Each record becomes an :class:`~accordcheck.article.Article` named ``file#id``, whose spans point
into that record's text. Files are streamed one record at a time (Parquet one batch of rows at
a time), so memory stays flat however large the corpus.

A record that cannot be used (a line that is not JSON, a missing or empty text field, a text over
the size cap) becomes an :class:`~accordcheck.article.LoadError` naming the file and the line or
record, and the records after it are still read. A file that cannot be read at all (missing, no
such column, not Parquet) gives one error for the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from accordcheck.article import Article, LoadError, display_path, without_nul
from accordcheck.dates import parse_time_expr
from accordcheck.record import Origin, Published

CORPUS_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
PARQUET_MISSING = "reading Parquet needs pyarrow: pip install 'accordcheck[parquet]'"
PARQUET_BATCH = 256
_READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class Fields:
    """Which fields of a record hold the text, the id and the date."""

    text: str = "text"
    id: str | None = None
    date: str | None = None


def corpus_format(path: str) -> str | None:
    """``jsonl``, ``csv`` or ``parquet`` for a corpus file (by its extension), else None."""
    lowered = path.lower()
    for ext, kind in CORPUS_FORMATS.items():
        if lowered.endswith(ext):
            return kind
    return None


def iter_records(
    path: str, fields: Fields = Fields(), max_bytes: int = 20 * 1024 * 1024
) -> Iterator[Article | LoadError]:
    """Every record of a corpus file, in file order, as an Article or a LoadError."""
    kind = corpus_format(path)
    shown = display_path(path)
    try:
        if kind == "jsonl":
            yield from _jsonl(path, shown, fields, max_bytes)
        elif kind == "csv":
            yield from _csv(path, shown, fields, max_bytes)
        elif kind == "parquet":
            yield from _parquet(path, shown, fields, max_bytes)
        else:
            yield LoadError(shown, "not a corpus file (.jsonl, .ndjson, .csv or .parquet)")
    except FileNotFoundError:
        yield LoadError(shown, "no such file")
    except IsADirectoryError:
        yield LoadError(shown, "is a directory")
    except PermissionError:
        yield LoadError(shown, "permission denied")
    except OSError as exc:
        yield LoadError(shown, exc.strerror or str(exc))


def record_article(
    record: Mapping[str, Any],
    fields: Fields,
    file: str,
    number: int | None,
    kind: str,
    line: int | None = None,
    max_bytes: int = 20 * 1024 * 1024,
) -> Article | LoadError:
    """One record as an Article named ``file#id`` (the id field's value, else the record's
    1-based ``number``), or a LoadError named ``file:line`` (JSONL, CSV) or ``file#id`` when its
    text is missing, empty, not text or over the size cap."""
    ident = record.get(fields.id) if fields.id else None
    name = str(number) if _blank(ident) else _as_text(ident)
    path = f"{file}#{name}"
    where = f"{file}:{line}" if line is not None else path
    warnings: list[str] = []
    if fields.id and _blank(ident):
        warnings.append(f"{where}: no {fields.id!r} field; named by its record number {number}")
    text = record.get(fields.text)
    if text is None or (isinstance(text, float) and text != text):
        return LoadError(where, f"no {fields.text!r} field (--text-field)")
    if not isinstance(text, str):
        return LoadError(where, f"field {fields.text!r} is {type(text).__name__}, not text")
    if not text.strip():
        return LoadError(where, f"field {fields.text!r} is empty")
    if len(text) > max_bytes:
        return LoadError(where, f"text over the size cap of {max_bytes} characters (--max-bytes)")
    stated = None
    if fields.date:
        value = record.get(fields.date)
        stated = _record_date(value, fields.date)
        if stated is None and not _blank(value):
            warnings.append(
                f"{where}: field {fields.date!r} = {_as_text(value)[:40]!r} is not a date; "
                "the article date is inferred from the text"
            )
    text, _, warnings = without_nul(text, path, warnings)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    origin = Origin(kind, file, record=number, line=line, id=name)
    return Article.from_text(text, path, warnings, digest, origin=origin, stated=stated)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value == ""


def _as_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _record_date(value: Any, field_name: str) -> Published | None:
    """A record's date field: a date or datetime (Parquet, pandas), an ISO string (a time after
    the date is ignored) or a written full date ("6 November 2025")."""
    day: dt.date | None = None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        day = value.to_pydatetime().date()
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            day = dt.date.fromisoformat(text[:10])
        except ValueError:
            expr = parse_time_expr(text)
            if expr and expr.year and expr.month and expr.day:
                try:
                    day = dt.date(expr.year, expr.month, expr.day)
                except ValueError:
                    day = None
    if day is None:
        return None
    return Published(day.isoformat(), "record", f"field {field_name!r} of the record")


def _jsonl(path: str, shown: str, fields: Fields, max_bytes: int) -> Iterator[Article | LoadError]:
    number = 0
    with open(path, "rb") as handle:
        for line_no, raw in enumerate(_lines(handle, max_bytes), start=1):
            if raw is None:
                number += 1
                yield LoadError(
                    f"{shown}:{line_no}",
                    f"line over the size cap of {max_bytes} bytes (--max-bytes); skipped",
                )
                continue
            if not raw.strip():
                continue
            number += 1
            where = f"{shown}:{line_no}"
            try:
                record = json.loads(
                    raw.rstrip(b"\r\n").decode("utf-8-sig" if line_no == 1 else "utf-8")
                )
            except UnicodeDecodeError as exc:
                yield LoadError(where, f"not UTF-8 (byte {exc.start} of the line)")
                continue
            except json.JSONDecodeError as exc:
                yield LoadError(where, f"not JSON at column {exc.colno}: {exc.msg}")
                continue
            if not isinstance(record, dict):
                yield LoadError(where, f"a JSON {type(record).__name__}, not an object")
                continue
            yield record_article(record, fields, shown, number, "jsonl", line_no, max_bytes)


def _lines(handle: io.BufferedReader, max_bytes: int) -> Iterator[bytes | None]:
    """The file's lines; None for a line over ``max_bytes``, which is skipped without being held
    in memory."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                rest = handle.readline(_READ_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _csv(path: str, shown: str, fields: Fields, max_bytes: int) -> Iterator[Article | LoadError]:
    csv.field_size_limit(max(max_bytes, 131072))
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield LoadError(shown, f"cannot read the CSV header: {exc}")
            return
        problem = _missing_column(header, fields, "the header has")
        if problem:
            yield LoadError(shown, problem)
            return
        number = 0
        line_no = reader.line_num + 1
        while True:
            start = line_no
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                number += 1
                line_no = reader.line_num + 1
                yield LoadError(f"{shown}:{start}", f"not CSV ({exc})")
                continue
            line_no = reader.line_num + 1
            if not row:
                continue
            number += 1
            if len(row) != len(header):
                yield LoadError(
                    f"{shown}:{start}",
                    f"{len(row)} fields where the header has {len(header)}",
                )
                continue
            article = record_article(
                dict(zip(header, row, strict=True)), fields, shown, number, "csv", start, max_bytes
            )
            if isinstance(article, Article) and "\ufffd" in "".join(row):
                article = replace(
                    article,
                    warnings=(
                        f"{shown}:{start}: invalid UTF-8 replaced with U+FFFD",
                        *article.warnings,
                    ),
                )
            yield article


def _missing_column(names: list[str], fields: Fields, has: str) -> str | None:
    """Why a table's columns do not fit the fields asked for (a misspelt field is one error for
    the file, not one per record)."""
    for name, option in ((fields.text, "--text-field"), (fields.id, "--id-field"),
                         (fields.date, "--date-field")):  # fmt: skip
        if name and name not in names:
            columns = ", ".join(repr(c) for c in names[:12])
            more = ", …" if len(names) > 12 else ""
            return f"no column {name!r} ({option}); {has} {columns}{more}"
    return None


def _parquet(
    path: str, shown: str, fields: Fields, max_bytes: int
) -> Iterator[Article | LoadError]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield LoadError(shown, PARQUET_MISSING)
        return
    try:
        parquet = pq.ParquetFile(path)
    except OSError:
        raise
    except Exception as exc:  # pyarrow's ArrowInvalid and kin: not a Parquet file
        yield LoadError(shown, f"not a readable Parquet file ({exc})")
        return
    names = parquet.schema_arrow.names
    problem = _missing_column(names, fields, "the file has")
    if problem:
        yield LoadError(shown, problem)
        return
    columns = [f for f in dict.fromkeys((fields.text, fields.id, fields.date)) if f]
    number = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH, columns=columns):
        for record in batch.to_pylist():
            number += 1
            yield record_article(record, fields, shown, number, "parquet", None, max_bytes)
