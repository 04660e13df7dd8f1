"""article.py: reading files into text with a line index, the stated article date, and inputs."""

from __future__ import annotations

import os

import pytest

from accordcheck.article import Article, LoadError, decode, iter_input_paths, read_article


def test_bom_is_dropped_and_offsets_refer_to_the_text_after_it(tmp_path, checker):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfBahrain joined the Abraham Accords in September 2020.\n")
    article = read_article(str(path))
    assert isinstance(article, Article)
    assert article.text.startswith("Bahrain")
    assert article.warnings == ()
    report = checker.check_file(path, as_of="2025-06-01")
    s = report.statements[0]
    assert (s.span.start, s.span.line, s.span.column) == (0, 1, 1)
    assert article.text[s.span.start : s.span.end] == s.text


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café in Rabat\n".encode("latin-1"))
    article = read_article(str(path))
    assert isinstance(article, Article)
    assert article.text == "Caf\ufffd in Rabat\n"
    assert article.warnings == (
        f"{path}: invalid UTF-8 at byte 3; undecodable bytes were replaced with U+FFFD",
    )


def test_decode_keeps_valid_text_as_is():
    assert decode("naïve — ok".encode(), "x") == ("naïve — ok", [])


def test_warning_reaches_the_report(tmp_path, checker):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"x \xff y")
    report = checker.check_file(path)
    assert report.readable
    assert len(report.warnings) == 1 and "invalid UTF-8 at byte 2" in report.warnings[0]


@pytest.mark.parametrize(
    ("text", "offset", "position"),
    [
        ("ab\ncd", 3, (2, 1)),
        ("ab\ncd", 4, (2, 2)),
        ("ab\r\ncd", 2, (1, 3)),
        ("ab\r\ncd", 3, (1, 4)),
        ("ab\r\ncd", 4, (2, 1)),
        ("ab\rcd\ref", 3, (2, 1)),
        ("ab\rcd\ref", 7, (3, 2)),
        ("a\r\n\r\nb", 5, (3, 1)),
        ("a\n\rb", 3, (3, 1)),
        ("x", 1, (1, 2)),
    ],
)
def test_position(text, offset, position):
    assert Article.from_text(text).position(offset) == position


def test_crlf_file_reports_line_and_column_of_the_text_as_read(tmp_path, checker):
    path = tmp_path / "crlf.txt"
    body = "Title\r\n\r\nIn short, Bahrain joined the Abraham Accords in 2021.\r\n"
    path.write_bytes(body.encode())
    report = checker.check_file(path, as_of="2025-06-01")
    [s] = report.statements
    assert (s.span.line, s.span.column) == (3, 11)
    assert body[s.span.start : s.span.end] == s.text


def test_lone_cr_file(tmp_path, checker):
    path = tmp_path / "cr.txt"
    body = "Title\rBy a reporter\r  Bahrain joined the Abraham Accords in 2021."
    path.write_bytes(body.encode())
    [s] = checker.check_file(path, as_of="2025-06-01").statements
    assert (s.span.line, s.span.column) == (3, 3)


@pytest.mark.parametrize(
    ("text", "date", "source", "detail"),
    [
        (
            "---\ndate: 2025-11-07\ntitle: T\n---\nBody",
            "2025-11-07",
            "front-matter",
            "front matter `date:`",
        ),
        (
            '---\r\npublished: "2025-11-07"\r\n---\r\nBody',
            "2025-11-07",
            "front-matter",
            "front matter `date:`",
        ),
        ("Date: 2025-11-07\nBody", "2025-11-07", "header", "'date' on line 1"),
        ("Published: November 7, 2025\nBody", "2025-11-07", "header", "'published' on line 1"),
        (" date 2025-11-07 text and more", "2025-11-07", "header", "'date' on line 1"),
        (
            "Headline\nBy a reporter\nPosted on Friday, Nov. 7, 2025\nBody",
            "2025-11-07",
            "header",
            "'posted on' on line 3",
        ),
        ("Updated: 7 November 2025", "2025-11-07", "header", "'updated' on line 1"),
        ("Published on November 7th, 2025", "2025-11-07", "header", "'published on' on line 1"),
        ("---\ntitle: T\n---\nDate: 2025-11-07\n", "2025-11-07", "header", "'date' on line 4"),
    ],
)
def test_stated_date(text, date, source, detail):
    published = Article.from_text(text).stated_date()
    assert published is not None
    assert (published.date, published.source, published.detail) == (date, source, detail)


@pytest.mark.parametrize(
    "text",
    [
        "Date: 2025-02-30\nBody",
        "one\ntwo\nthree\nfour\nfive\nDate: 2025-11-07",
        "Datum: 2025-11-07",
        "Body only, dated 2025-11-07 in passing.",
        "",
    ],
)
def test_no_stated_date(text):
    assert Article.from_text(text).stated_date() is None


def test_stated_date_is_the_report_date(checker):
    report = checker.check_text("Published: November 7, 2025\nNothing else.")
    assert report.published.to_json() == {
        "date": "2025-11-07",
        "source": "header",
        "detail": "'published' on line 1",
    }


def test_option_beats_stated_date(checker):
    report = checker.check_text("Date: 2025-11-07\nNothing else.", as_of="2020-01-01")
    assert (report.published.date, report.published.source) == ("2020-01-01", "option")


def test_missing_file_is_a_load_error(tmp_path, checker):
    missing = str(tmp_path / "nope.txt")
    assert read_article(missing) == LoadError(missing, "no such file")
    report = checker.check_file(missing)
    assert report.errors == (f"{missing}: no such file",)
    assert not report.readable and report.statements == ()


def test_directory_is_a_load_error(tmp_path):
    assert read_article(str(tmp_path)) == LoadError(str(tmp_path), "is a directory")


def test_directory_walk_is_sorted_filtered_and_skips_hidden(tmp_path):
    for name in [
        "b.txt",
        "a.md",
        "c.TXT",
        "notes.rst",
        ".hidden.txt",
        "sub/z.txt",
        "sub/a.txt",
        ".git/x.txt",
        "sub/.cache/y.md",
        "b/inner.txt",
        "b-c/x.txt",
        "b0/y.txt",
        "a b.txt",
        "b/deeper/z.txt",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    found = list(iter_input_paths([str(tmp_path)]))
    expected = sorted(
        os.path.join(str(tmp_path), n)
        for n in [
            "b.txt",
            "a.md",
            "c.TXT",
            "sub/z.txt",
            "sub/a.txt",
            "b/inner.txt",
            "b-c/x.txt",
            "b0/y.txt",
            "a b.txt",
            "b/deeper/z.txt",
        ]
    )
    assert found == expected  # the order of the full paths, streamed a directory at a time


def test_extensions_option(tmp_path):
    for name in ["a.txt", "b.rst", "c.md"]:
        (tmp_path / name).write_text("x")
    assert list(iter_input_paths([str(tmp_path)], ["rst"])) == [str(tmp_path / "b.rst")]
    assert list(iter_input_paths([str(tmp_path)], [".RST", "md"])) == [
        str(tmp_path / "b.rst"),
        str(tmp_path / "c.md"),
    ]


def test_files_missing_paths_and_stdin_pass_through_in_order(tmp_path):
    (tmp_path / "x.rst").write_text("x")
    given = [str(tmp_path / "x.rst"), "-", str(tmp_path / "missing.txt")]
    assert list(iter_input_paths(given)) == given


def test_check_paths_reports_every_input_in_order(tmp_path, checker):
    (tmp_path / "a.txt").write_text("Bahrain joined the Abraham Accords in 2021.")
    (tmp_path / "b.txt").write_text("Nothing to see.")
    reports = list(checker.check_paths([str(tmp_path), str(tmp_path / "gone.txt")], "2025-06-01"))
    assert [r.path for r in reports] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "gone.txt"),
    ]
    assert [r.counts["conflicting"] for r in reports] == [1, 0, 0]
    assert [r.readable for r in reports] == [True, True, False]


def test_a_full_date_in_the_lede_dates_an_undated_article(checker):
    text = (
        "Kazakhstan joins the accords\n\nOn Nov. 6, 2025, the White House said Kazakhstan would "
        "join. Israel welcomed it. The Abraham Accords were first signed on Sept. 15, 2020."
    )
    published = checker.check_text(text).published
    assert (published.date, published.source) == ("2025-11-06", "inferred")


def test_a_later_background_date_only_bounds_the_article_date(checker):
    text = (
        "Leaders were invited to Washington. The meeting is set for November 6. "
        "Many accepted. For reference, the format was set up in 2015. The first summit was held "
        "on September 19, 2023, in New York."
    )
    published = checker.check_text(text).published
    assert (published.date, published.source, published.not_before) == (
        None,
        "unknown",
        "2023-09-19",
    )
