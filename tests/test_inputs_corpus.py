"""Corpus files as a user meets them: every record of a JSONL, CSV or Parquet file is an article
named ``file#id``; a bad record is one line on stderr naming the file and the line (or record),
the exit code is 2, and the other records are still checked. The records are written here."""

from __future__ import annotations

import csv
import itertools
import json
import subprocess
import time
from pathlib import Path

import jsonschema
import pytest
from clirun import run_cli

from accordcheck.api import Checker
from accordcheck.article import Article

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "accordcheck" / "schemas" / "report.schema.json").read_text())
WRONG_YEAR = "Morocco joined the Abraham Accords in 2019, officials recalled."
RIGHT = "Bahrain signed the accords at the White House in September 2020."
WEEKDAY = "Kazakhstan will join the Abraham Accords, Trump said on Wednesday, Nov. 6."
FIELDS = ("--text-field", "body", "--id-field", "id", "--date-field", "published")


def run(*args: str) -> subprocess.CompletedProcess:
    return run_cli(*args, timeout=180)


def scan_json(*args: str) -> tuple[dict, list[str], int]:
    out = run("scan", "--format", "json", *args)
    assert "Traceback" not in out.stderr, out.stderr
    report = json.loads(out.stdout)
    jsonschema.validate(report, SCHEMA)  # the published contract holds for records too
    return report, out.stderr.splitlines(), out.returncode


def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text(
        "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
        encoding="utf-8",
    )
    return path


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return write_jsonl(
        tmp_path / "archive.jsonl",
        [
            {"id": "n-1", "published": "2025-11-07T09:00:00Z", "body": f"Opening line.\n{WEEKDAY}"},
            '{"id": "n-2", "body": "a line cut short',
            {"id": "n-3", "published": "2025-11-07", "headline": "no text field"},
            "",
            {"id": "n-4", "published": "2024-03-01", "body": WRONG_YEAR},
            ["not", "an", "object"],
            {"id": 5, "published": "6 November 2025", "body": RIGHT},
            {"id": "n-6", "published": "soon", "body": RIGHT},
        ],
    )


def test_jsonl_records_are_articles_and_bad_ones_are_reported_by_line(corpus: Path) -> None:
    report, err, code = scan_json(str(corpus), *FIELDS)
    assert code == 2  # as for any input that cannot be read
    assert err == [
        f"accordcheck: error: {corpus}:2: not JSON at column 23: Unterminated string starting at",
        f"accordcheck: error: {corpus}:3: no 'body' field (--text-field)",
        f"accordcheck: error: {corpus}:6: a JSON list, not an object",
        f"accordcheck: warning: {corpus}:8: field 'published' = 'soon' is not a date; "
        "the article date is inferred from the text",
    ]
    paths = [a["path"] for a in report["articles"]]
    assert paths == [
        f"{corpus}#n-1", f"{corpus}:2", f"{corpus}:3", f"{corpus}#n-4", f"{corpus}:6",
        f"{corpus}#5", f"{corpus}#n-6",
    ]  # fmt: skip
    assert report["counts"]["articles"] == 7 and report["counts"]["unreadable"] == 3
    first = report["articles"][0]
    assert first["origin"] == {
        "format": "jsonl", "file": str(corpus), "record": 1, "line": 1, "id": "n-1",
    }  # fmt: skip
    assert first["published"] == {
        "date": "2025-11-07", "source": "record", "detail": "field 'published' of the record",
    }  # fmt: skip
    weekday = next(s for s in first["statements"] if s["kind"] == "weekday")
    assert weekday["verdict"] == "conflicting"
    assert weekday["text"] == "Wednesday, Nov. 6"
    # Spans count in the record's own text: line 2 of it.
    assert (weekday["span"]["line"], weekday["span"]["column"]) == (2, WEEKDAY.index("Wed") + 1)
    start = len("Opening line.\n") + WEEKDAY.index("Wed")
    assert weekday["span"]["start"] == start
    n4 = report["articles"][3]
    assert n4["origin"]["line"] == 5 and n4["origin"]["record"] == 4
    assert [(s["kind"], s["verdict"]) for s in n4["statements"]] == [("membership", "conflicting")]
    five = report["articles"][5]
    assert five["published"]["date"] == "2025-11-06"
    assert [s["verdict"] for s in five["statements"]] == ["supported"]
    last = report["articles"][6]
    assert last["published"]["source"] != "record"
    assert [s["verdict"] for s in last["statements"]] == ["supported"]


def test_without_an_id_field_records_are_numbered(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "plain.ndjson", [{"text": RIGHT}, {"text": WRONG_YEAR}])
    report, err, code = scan_json(str(corpus))
    assert [a["path"] for a in report["articles"]] == [f"{corpus}#1", f"{corpus}#2"]
    assert code == 1 and err == []


def test_jsonl_in_parallel_is_the_same_as_in_process(corpus: Path) -> None:
    one = run("scan", "--format", "jsonl", "--jobs", "1", str(corpus), *FIELDS)
    two = run("scan", "--format", "jsonl", "--jobs", "2", str(corpus), *FIELDS)
    assert one.stdout == two.stdout and one.stdout
    assert one.stderr == two.stderr and one.returncode == two.returncode == 2


def test_csv_records_with_multi_line_text_and_a_bad_row(tmp_path: Path) -> None:
    corpus = tmp_path / "archive.csv"
    with corpus.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["id", "published", "body"])
        out.writerow(["c1", "2025-11-07", f"First paragraph.\n\n{WEEKDAY}"])
        out.writerow(["c2", "2025-11-07"])
        out.writerow(["c3", "", ""])
        out.writerow(["c4", "2024-01-10", WRONG_YEAR])
    report, err, code = scan_json(str(corpus), *FIELDS)
    assert code == 2
    assert err == [
        f"accordcheck: error: {corpus}:5: 2 fields where the header has 3",
        f"accordcheck: error: {corpus}:6: field 'body' is empty",
    ]
    assert [a["path"] for a in report["articles"]] == [
        f"{corpus}#c1", f"{corpus}:5", f"{corpus}:6", f"{corpus}#c4",
    ]  # fmt: skip
    c1 = report["articles"][0]
    assert c1["origin"]["line"] == 2 and c1["origin"]["format"] == "csv"
    weekday = next(s for s in c1["statements"] if s["kind"] == "weekday")
    assert weekday["span"]["line"] == 3
    c4 = report["articles"][3]
    assert c4["origin"] == {"format": "csv", "file": str(corpus), "record": 4, "line": 7,
                            "id": "c4"}  # fmt: skip
    assert [s["verdict"] for s in c4["statements"]] == ["conflicting"]


def test_a_misspelt_column_is_one_error_for_the_file(tmp_path: Path) -> None:
    corpus = tmp_path / "archive.csv"
    corpus.write_text("id,content\nx,Some text.\n", encoding="utf-8")
    report, err, code = scan_json(str(corpus), "--text-field", "body")
    assert code == 2
    assert err == [
        f"accordcheck: error: {corpus}: no column 'body' (--text-field); "
        "the header has 'id', 'content'"
    ]
    assert [a["path"] for a in report["articles"]] == [str(corpus)]


def test_a_missing_corpus_file_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.jsonl"
    _, err, code = scan_json(str(missing))
    assert code == 2 and err == [f"accordcheck: error: {missing}: no such file"]


def test_parquet_records(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    import datetime as dt

    corpus = tmp_path / "archive.parquet"
    table = pa.table(
        {
            "id": ["p1", "p2", "p3"],
            "published": [dt.date(2025, 11, 7), dt.date(2025, 11, 7), None],
            "body": [WEEKDAY, None, RIGHT],
            "section": ["world", "world", "world"],
        }
    )
    pq.write_table(table, corpus, row_group_size=2)
    report, err, code = scan_json(str(corpus), *FIELDS)
    assert code == 2
    assert err == [f"accordcheck: error: {corpus}#p2: no 'body' field (--text-field)"]
    articles = report["articles"]
    assert [a["path"] for a in articles] == [f"{corpus}#p1", f"{corpus}#p2", f"{corpus}#p3"]
    assert articles[0]["origin"] == {"format": "parquet", "file": str(corpus), "record": 1,
                                     "id": "p1"}  # fmt: skip
    assert articles[0]["published"]["date"] == "2025-11-07"
    assert any(s["kind"] == "weekday" and s["verdict"] == "conflicting"
               for s in articles[0]["statements"])  # fmt: skip
    assert [s["verdict"] for s in articles[2]["statements"]] == ["supported"]


def test_a_file_that_is_not_parquet_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    fake = tmp_path / "broken.parquet"
    fake.write_text("id,body\n1,text\n", encoding="utf-8")
    _, err, code = scan_json(str(fake))
    assert code == 2 and len(err) == 1
    assert err[0].startswith(f"accordcheck: error: {fake}: not a readable Parquet file (")


def test_an_oversized_line_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    corpus = write_jsonl(
        tmp_path / "big.jsonl",
        [{"id": "big", "text": "x " * 5000}, {"id": "ok", "text": RIGHT}],
    )
    report, err, code = scan_json(str(corpus), "--id-field", "id", "--max-bytes", "4000")
    assert code == 2
    assert err == [
        f"accordcheck: error: {corpus}:1: line over the size cap of 4000 bytes (--max-bytes); "
        "skipped"
    ]
    assert [a["path"] for a in report["articles"]] == [f"{corpus}:1", f"{corpus}#ok"]


def test_records_stream_with_bounded_work_in_flight(checker: Checker) -> None:
    """An endless corpus: the first reports come out, in order, without the input being read
    to its end (memory is flat in the size of the corpus), with one process or two."""

    def endless(*_args, **_kwargs):
        for n in itertools.count(1):
            yield Article.from_text(RIGHT, f"endless#{n}")

    original = checker.inputs
    checker.inputs = endless  # type: ignore[method-assign]
    try:
        for jobs in (1, 2):
            started = time.monotonic()
            reports = list(itertools.islice(checker.check_paths(["-"], jobs=jobs), 12))
            assert [r.path for r in reports] == [f"endless#{n}" for n in range(1, 13)]
            assert time.monotonic() - started < 60
    finally:
        checker.inputs = original  # type: ignore[method-assign]
