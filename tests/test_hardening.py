"""Bad input never crashes, hangs or loses a file: every input appears in the report with its
statements or its error; problems are one line on stderr; article text cannot take over the
terminal; hostile rule files are refused or time out."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accordcheck.api import Checker
from accordcheck.yamlload import DataError

ROOT = Path(__file__).resolve().parents[1]
LINE = "Israeli Prime Minister Benjamin Netanyahu spoke on Thursday, November 6, 2025.\n"


def run(
    *args: str, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "accordcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=120,
        input=stdin,
    )


def scan_jsonl(*paths: str) -> tuple[int, list[dict], str]:
    """Exit code, the JSONL lines about statements and problems (not the manifest and input
    lines), stderr."""
    out = run("scan", *paths, "--format", "jsonl", "--jobs", "1", "--as-of", "2025-11-07")
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    return out.returncode, [x for x in lines if "path" in x], out.stderr


def test_binary_files_are_skipped_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (tmp_path / "story.txt").write_text(LINE, encoding="utf-8")
    code, lines, err = scan_jsonl(str(tmp_path))
    assert code == 0
    assert {
        "path": str(tmp_path / "photo.txt"),
        "warning": f"{tmp_path / 'photo.txt'}: binary file skipped (content sniffing)",
    } in lines
    assert any(x.get("verdict") == "supported" for x in lines)
    assert "binary file skipped" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (b"caf\xe9 " + LINE.encode(), "invalid UTF-8"),
        (b"\xef\xbb\xbf" + LINE.encode(), None),
        (LINE.encode("utf-16"), None),
        (LINE.replace("\n", "\r\n").encode() * 2, None),
        (LINE.replace("\n", "\r").encode() * 2, None),
        (b"\x00" + LINE.encode(), "NUL character(s) read as spaces"),
    ],
    ids=["latin1-bytes", "utf8-bom", "utf16-bom", "crlf", "lone-cr", "nul"],
)
def test_encodings_and_line_ends_keep_offsets_exact(
    checker: Checker, tmp_path: Path, data: bytes, warning
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    report = checker.check_file(path, as_of="2025-11-07")
    assert not report.errors
    assert (
        bool(warning) == any(warning in w for w in report.warnings)
        if warning
        else not report.warnings
    )
    text = path.read_bytes()
    decoded = (
        text.decode("utf-16")
        if text.startswith(b"\xff\xfe")
        else text.decode("utf-8", "replace").lstrip("\ufeff")
    )
    lines = decoded.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert report.statements
    for s in report.statements:
        assert decoded[s.span.start : s.span.end] == s.text
        assert lines[s.span.line - 1].find(s.text.splitlines()[0]) == s.span.column - 1


@pytest.mark.parametrize("content", ["", "   \n\t\n", "x" * 300_000, "word " * 100_000])
def test_empty_blank_and_huge_lines(checker: Checker, tmp_path: Path, content: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    report = checker.check_file(path)
    assert not report.errors


def test_size_cap_is_reported_and_configurable(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(LINE * 50, encoding="utf-8")
    out = run("scan", str(path), "--max-bytes", "100", "--format", "jsonl")
    assert out.returncode == 2
    assert "over the size cap of 100 bytes" in out.stderr
    assert run("scan", str(path), "--max-bytes", "100000", "--format", "jsonl").returncode == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(LINE)
    path.chmod(0)
    code, _lines, err = scan_jsonl(str(path))
    assert code == 2 and "permission denied" in err


def test_fifo_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, lines, _err = scan_jsonl(str(fifo))
    assert code == 2
    assert lines == [
        {
            "path": str(fifo),
            "error": f"{fifo}: not a regular file (a FIFO, socket or device); not read",
        }
    ]


def test_symlink_loop_and_many_files(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    for i in range(1500):
        (tmp_path / f"{i:04d}.txt").write_text("Nothing to see here.\n")
    (tmp_path / "zz.txt").write_text(LINE)
    code, lines, _ = scan_jsonl(str(tmp_path))
    assert code == 0
    assert {x["path"] for x in lines} == {str(tmp_path / "zz.txt")}


def test_non_utf8_file_name(tmp_path: Path) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(name, "wb") as handle:
        handle.write(LINE.encode())
    code, lines, _ = scan_jsonl(str(tmp_path))
    assert code == 0
    assert lines and lines[0]["path"].endswith("caf\ufffd.txt")


def test_terminal_takeover_is_inert_in_table_and_exact_in_json(tmp_path: Path) -> None:
    hostile = "Israeli Prime Minister Benjamin Netanyahu [/] [bold]x\x1b[31m\u202e spoke.\n"
    path = tmp_path / "h.txt"
    path.write_text(hostile, encoding="utf-8")
    table = run("scan", str(path), "--as-of", "2025-11-07")
    assert "\x1b" not in table.stdout and "\u202e" not in table.stdout
    assert "\\u001b" in table.stdout or "Netanyahu" in table.stdout
    out = run("scan", str(path), "--as-of", "2025-11-07", "--format", "json")
    doc = json.loads(out.stdout)
    assert (
        doc["articles"][0]["statements"][0]["text"] == "Israeli Prime Minister Benjamin Netanyahu"
    )


def test_closed_stdout_exits_quietly(tmp_path: Path) -> None:
    for i in range(40):
        (tmp_path / f"{i}.txt").write_text(LINE * 20)
    proc = subprocess.run(
        f"{sys.executable} -m accordcheck scan {tmp_path} --format jsonl --jobs 1 | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.stdout.count("\n") == 1
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


def test_ctrl_c_exits_130_without_traceback(tmp_path: Path) -> None:
    for i in range(400):
        (tmp_path / f"{i}.txt").write_text(LINE * 200)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "accordcheck",
            "scan",
            str(tmp_path),
            "--format",
            "jsonl",
            "--jobs",
            "1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("rules: !!python/object/apply:os.system ['true']\n", "invalid YAML"),
        (
            "rules:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
            "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
            "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]\n",
            "YAML aliases",
        ),
        ("rules: 5\n", "'rules' must be a list"),
        (
            "rules:\n  - {id: a, check: office, description: d, pattern: x, examples: {match: [x]}}\n"
            "  - {id: a, check: office, description: d, pattern: y, examples: {match: [y]}}\n",
            "duplicate rule id",
        ),
    ],
    ids=["unsafe-tag", "billion-laughs", "wrong-type", "duplicate-id"],
)
def test_hostile_rule_files_are_refused(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "evil.yaml"
    path.write_text(body)
    with pytest.raises(DataError) as info:
        Checker.from_paths(rules=[path])
    assert str(path) in str(info.value) and message in str(info.value)
    assert "\n" not in str(info.value)


def test_catastrophic_pattern_times_out_and_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "slow.yaml"
    path.write_text(
        "rules:\n  - id: slow.rule\n    check: unverifiable\n    description: backtracks\n"
        "    pattern: '(a|aa)+$'\n    examples: {match: [aaa]}\n"
    )
    checker = Checker.from_paths(rules=[path], timeout=0.5)
    started = time.monotonic()
    report = checker.check_text("a" * 40 + "!" + "\n" + LINE, as_of="2025-11-07")
    assert time.monotonic() - started < 10
    assert any("slow.rule" in w and "timed out" in w for w in report.warnings)
    assert any(s.kind == "office" for s in report.statements)
    assert report.incomplete and report.to_json()["incomplete"] is True


def test_skipped_rules_make_the_exit_code_2_unless_allowed(tmp_path: Path) -> None:
    rule = tmp_path / "slow.yaml"
    rule.write_text(
        "rules:\n  - id: slow.rule\n    check: unverifiable\n    description: backtracks\n"
        "    pattern: '(a|aa)+$'\n    examples: {match: [aaa]}\n"
    )
    article = tmp_path / "a.txt"
    article.write_text("a" * 60 + "!\n" + LINE)
    strict = run("scan", str(article), "--rules", str(rule), "--as-of", "2025-11-07", "-j", "1")
    assert strict.returncode == 2, strict.stderr
    assert "timed out" in strict.stderr and "Traceback" not in strict.stderr
    allowed = run(
        "scan", str(article), "--rules", str(rule), "--as-of", "2025-11-07", "--allow-timeouts"
    )
    assert allowed.returncode == 0, allowed.stderr


def test_an_article_past_its_time_budget_is_reported_incomplete(checker: Checker) -> None:
    budgeted = Checker(checker.rules, checker.reference, checker.lexicon, budget=1e-9)
    budgeted._prefilter = checker.prefilter
    report = budgeted.check_text(LINE * 3, as_of="2025-11-07")
    assert report.incomplete
    assert any("time budget" in w and "line 1" in w for w in report.warnings)


def test_judging_has_a_deadline_too(checker: Checker) -> None:
    """A text dense with names holds tens of thousands of statements: judging them stops at
    the article's budget as finding them does, and says where it stopped."""
    from accordcheck.article import Article
    from accordcheck.checks.base import Context
    from accordcheck.extract import extract
    from accordcheck.verify import decide_published, verify

    article = Article.from_text(LINE * 3, "dense.txt")
    annotation = checker.lexicon.annotate(article.text)
    matches, _ = extract(annotation, checker.rules, checker.timeout)
    assert matches
    ctx = Context(article, checker.reference, None, annotation)
    published = decide_published(article, matches, checker.reference, None, ctx)
    assert verify(article, matches, checker.reference, published, ctx, deadline=0.0) == []
    assert ctx.unjudged_from == matches[0].start
    ctx.unjudged_from = None
    assert verify(article, matches, checker.reference, published, ctx, deadline=None)
    assert ctx.unjudged_from is None


def test_cost_grows_with_the_article_not_faster(checker: Checker) -> None:
    """A paragraph of a megabyte is cut at sentences: no rule ever runs on more than a chunk, so
    no single call can run away (timing itself is measured in bench/, not here)."""
    from accordcheck.prefilter import CHUNK, paragraphs

    shadow = checker.lexicon.annotate(LINE.replace("\n", " ") * 20_000).shadow
    spans = paragraphs(shadow)
    assert len(spans) > 1 and max(b - a for a, b in spans) <= CHUNK + len(LINE)
    assert spans[0][0] == 0 and spans[-1][1] == len(shadow)
    assert all(a == prev_b for (_, prev_b), (a, _) in itertools.pairwise(spans))


def test_a_directory_given_by_name_always_appears(tmp_path: Path) -> None:
    empty = tmp_path / "x.txt"
    empty.mkdir()
    other = tmp_path / "empty.txt"
    other.write_text("")
    rc, lines, err = scan_jsonl(str(empty), str(other))
    assert rc == 0
    assert lines[0]["path"] == str(empty) and "holds no" in lines[0]["warning"]
    assert f"{empty}: directory holds no" in err


def test_nul_bytes_are_reported_and_read_as_spaces(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(LINE.replace("Minister ", "Minister\x00").encode())
    _rc, lines, err = scan_jsonl(str(path))
    assert "NUL character(s) read as spaces" in err
    statements = [x for x in lines if "verdict" in x]
    assert any(x["kind"] == "office" and x["verdict"] == "supported" for x in statements)
    assert all("warning" not in x for x in statements)


@pytest.mark.parametrize("where", ["dir", "missing"])
def test_output_problems_are_one_line_errors(tmp_path: Path, where: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(LINE)
    target = tmp_path if where == "dir" else tmp_path / "no" / "such" / "x.json"
    out = run("scan", str(article), "--output", str(target))
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("accordcheck: error: ")
    assert "Traceback" not in out.stderr


def test_a_long_alternation_loads(tmp_path: Path) -> None:
    words = "|".join(f"word{i}" for i in range(2000))
    path = tmp_path / "big.yaml"
    path.write_text(
        "rules:\n  - id: big.rule\n    check: unverifiable\n    description: many words\n"
        f"    pattern: '(?:{words})'\n    examples: {{match: [word5]}}\n"
    )
    checker = Checker.from_paths(rules=[path])
    assert checker.check_text("word1999 here").statements


def test_a_pattern_over_the_size_limit_is_a_rule_error(tmp_path: Path) -> None:
    # A megabyte of pattern once crashed the regex compiler (segmentation fault): now refused.
    path = tmp_path / "huge.yaml"
    path.write_text(
        "rules:\n  - id: huge.rule\n    check: weekday\n    description: huge\n"
        f"    pattern: '(?P<weekday>{'x' * 1_000_000})'\n    examples: {{match: [x]}}\n"
    )
    with pytest.raises(DataError) as info:
        Checker.from_paths(rules=[path])
    assert str(info.value).startswith(f"{path}:5:")
    assert "longer than" in str(info.value)


def test_impossible_reference_date_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ref.yaml"
    path.write_text(
        "sources:\n  - {id: src.x, title: t, url: 'https://example.org'}\n"
        "events:\n  - {id: event.x, name: x, start: 2025-02-30, triggers: [x], source: src.x}\n"
    )
    with pytest.raises(DataError) as info:
        Checker.from_paths(reference=[path])
    assert f"{path}:4" in str(info.value)


HOSTILE_PIECES = [
    "Kazakhstan ", "Israel ", "the Abraham Accords ", "since 1992 ", "Thursday (Nov 7) ",
    "President Donald Trump ", "the country ", "all three countries ", "\u202e", "\x00", "\r",
    "\n\n", ". ", ", ", "U.S. ", "Nov. 6, ", "—", "((((", "[[", "\\", "aaaa" * 50, "\ufffd",
    "\U00020001", "\ue000",
]  # fmt: skip


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(st.sampled_from(HOSTILE_PIECES), min_size=1, max_size=40),
    repeat=st.integers(min_value=1, max_value=20_000),
    noise=st.binary(max_size=2048),
)
def test_the_cli_survives_generated_hostile_files(pieces, repeat, noise) -> None:
    """Random bytes, long lines, names repeated up to megabytes: the whole CLI finishes within a
    hard bound with a report and no traceback (the article budget cuts long work short)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.txt"
        body = ("".join(pieces) * repeat)[:1_500_000]  # up to a megabyte and a half
        path.write_bytes(noise + body.encode("utf-8", "surrogatepass"))
        started = time.monotonic()
        out = subprocess.run(
            [sys.executable, "-m", "accordcheck", "scan", str(path), "--format", "json",
             "-j", "1", "--article-budget", "5"],
            capture_output=True, text=True, timeout=120, cwd=ROOT,
        )  # fmt: skip
        assert time.monotonic() - started < 120
        assert out.returncode in (0, 1, 2), out.stderr
        assert "Traceback" not in out.stderr
        report = json.loads(out.stdout)
        assert [a["path"] for a in report["articles"]] == [str(path)]
