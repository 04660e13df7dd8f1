"""The command line as a user meets it: exit codes, formats, errors on stderr, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import run_cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CORRECT = """Date: 2025-11-07

Israeli Prime Minister Benjamin Netanyahu spoke to Kazakh President Kassym-Jomart Tokayev.
Kazakhstan has had diplomatic relations with Israel since 1992.
"""
WRONG = """Date: 2025-11-07

The plan was praised by former U.S. President Donald Trump on Thursday, Nov. 6, 2025.
"""


run = run_cli


def statement_lines(jsonl: str) -> list[dict]:
    """The statement lines of --format jsonl (not the manifest, input or error lines)."""
    return [x for x in map(json.loads, jsonl.splitlines()) if "verdict" in x]


@pytest.fixture()
def articles(tmp_path: Path) -> tuple[Path, Path]:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(CORRECT, encoding="utf-8")
    bad.write_text(WRONG, encoding="utf-8")
    return good, bad


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.startswith("accordcheck ")


def test_exit_0_when_nothing_conflicts(articles) -> None:
    good, _ = articles
    out = run("scan", str(good), "--format", "json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["counts"]["conflicting"] == 0
    assert doc["counts"]["supported"] >= 3


def test_exit_1_on_a_conflict_and_fail_on_moves_it(articles) -> None:
    _, bad = articles
    assert run("scan", str(bad), "--format", "json").returncode == 1
    assert run("scan", str(bad), "--format", "json", "--fail-on", "never").returncode == 0


def test_missing_file_is_one_line_on_stderr_exit_2_and_others_still_checked(articles) -> None:
    good, _ = articles
    out = run("scan", "/no/such/file.txt", str(good), "--format", "jsonl")
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "accordcheck: error: /no/such/file.txt: no such file"
    ]
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert "manifest" in lines[0]
    assert lines[1] == {"input": {"path": "/no/such/file.txt", "sha256": None, "published": None}}
    assert lines[2] == {"path": "/no/such/file.txt", "error": "/no/such/file.txt: no such file"}
    assert any(x.get("path") == str(good) and x.get("verdict") == "supported" for x in lines)


def test_bad_rule_file_is_one_line_naming_file_and_line(tmp_path: Path, articles) -> None:
    good, _ = articles
    rules = tmp_path / "bad.yaml"
    rules.write_text(
        "rules:\n  - id: x.y\n    check: nosuchkind\n    description: d\n    pattern: a\n    examples: {match: [a]}\n"
    )
    out = run("scan", str(good), "--rules", str(rules))
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    first, *context = out.stderr.strip().splitlines()
    assert first.startswith(f"accordcheck: error: {rules}:3:5: unknown check kind 'nosuchkind'")
    assert context == ["  3 |     check: nosuchkind", "    |     ^"]


def test_stdin_and_as_of(articles) -> None:
    out = run(
        "scan",
        "-",
        "--as-of",
        "2021-09-01",
        "--format",
        "jsonl",
        stdin="Vice President JD Vance spoke.\n",
    )
    assert out.returncode == 1
    line = statement_lines(out.stdout)[0]
    assert line["path"] == "-"
    assert line["published"] == {"date": "2021-09-01", "source": "option", "detail": "--as-of"}
    assert line["verdict"] == "conflicting"


def test_json_is_deterministic_and_jobs_do_not_change_it() -> None:
    first = run("scan", "samples", "--format", "json", "--jobs", "1")
    second = run("scan", "samples", "--format", "json", "--jobs", "2")
    assert first.stdout == second.stdout
    assert first.returncode == second.returncode == 1


def test_table_is_plain_when_piped_and_has_summary() -> None:
    out = run("scan", str(SAMPLES / "07_asia_brief.txt"))
    assert "\x1b[" not in out.stdout
    assert "conflicting" in out.stdout
    assert out.stdout.rstrip().splitlines()[-1].startswith("1 article:")


def test_runs_from_another_directory(tmp_path: Path, articles) -> None:
    good, _ = articles
    out = run("scan", str(good), "--format", "json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr


def test_output_file_is_written_whole(tmp_path: Path, articles) -> None:
    good, _ = articles
    target = tmp_path / "report.json"
    out = run("scan", str(good), "--format", "json", "--output", str(target))
    assert out.returncode == 0 and out.stdout == ""
    assert json.loads(target.read_text())["schema"] == "accordcheck.report/1"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


def test_baseline_marks_reviewed_and_releases_exit_code(tmp_path: Path, articles) -> None:
    _, bad = articles
    base = tmp_path / "baseline.yaml"
    assert run("scan", str(bad), "--write-baseline", str(base), "--format", "json").returncode == 1
    out = run("scan", str(bad), "--baseline", str(base), "--format", "json")
    assert out.returncode == 0
    reviewed = [
        s for a in json.loads(out.stdout)["articles"] for s in a["statements"] if "reviewed" in s
    ]
    assert reviewed
    edited = tmp_path / "bad2.txt"
    edited.write_text("A new first paragraph.\n\n" + WRONG, encoding="utf-8")
    assert run("scan", str(edited), "--baseline", str(base), "--format", "json").returncode == 0


def test_config_file_sets_defaults_and_command_line_wins(tmp_path: Path, articles) -> None:
    _, bad = articles
    (tmp_path / ".accordcheck.yaml").write_text("fail_on: never\nformat: jsonl\n")
    out = run("scan", str(bad), cwd=tmp_path)
    assert out.returncode == 0
    assert statement_lines(out.stdout)[0]["verdict"]
    assert run("scan", str(bad), "--fail-on", "conflicting", cwd=tmp_path).returncode == 1
    show = run("config", "show", cwd=tmp_path)
    assert "fail_on = 'never'" in show.stdout and ".accordcheck.yaml:1" in show.stdout


def test_rules_commands() -> None:
    listed = run("rules", "list", "--format", "json")
    assert listed.returncode == 0
    assert {"id", "check", "description", "location"} <= set(json.loads(listed.stdout)[0])
    assert run("rules", "validate").returncode == 0
    tested = run("rules", "test")
    assert tested.returncode == 0, tested.stdout
    assert tested.stdout.strip().splitlines()[-1].endswith("0 failed")


def test_explain_shows_the_reasoning() -> None:
    out = run("explain", str(SAMPLES / "07_asia_brief.txt"), "--line", "3")
    assert out.returncode == 0
    for step in (
        "rule ",
        "captured:",
        "article date:",
        "claim:",
        "reference rows consulted",
        "verdict:",
    ):
        assert step in out.stdout
    assert run("explain", str(SAMPLES / "07_asia_brief.txt"), "--statement", "s999").returncode == 2
