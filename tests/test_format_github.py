"""--format github: workflow commands that GitHub Actions turns into annotations. The tests read
the output back the way the runner does (split at the first '::' after the properties, unescape
%25, %0D, %0A, and in properties %3A and %2C) and compare with the JSON report."""

from __future__ import annotations

import json
import re
from pathlib import Path

from accordcheck.formats.github import command, escape_data, escape_property

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
COMMAND = re.compile(r"^::(?P<name>[a-z]+) (?P<props>[^:]*)::(?P<message>.*)$")


def unescape(value: str, prop: bool = False) -> str:
    if prop:
        value = value.replace("%3A", ":").replace("%2C", ",")
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def parse(output: str) -> list[tuple[str, dict[str, str], str]]:
    parsed = []
    for line in output.splitlines():
        m = COMMAND.match(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m["props"].split(","))
        parsed.append(
            (
                m["name"],
                {k: unescape(v, prop=True) for k, v in props.items()},
                unescape(m["message"]),
            )
        )
    return parsed


def test_conflicts_are_errors_unverifiable_are_notices_supported_are_left_out(render) -> None:
    paths = sorted(SAMPLES.glob("*.txt"))
    annotations = parse(render("github", paths))
    report = json.loads(render("json", paths))
    expected = [
        ({"conflicting": "error", "unverifiable": "notice"}[s["verdict"]], a["path"], s)
        for a in report["articles"]
        for s in a["statements"]
        if s["verdict"] != "supported"
    ]
    assert len(annotations) == len(expected)
    for (name, props, message), (want, path, s) in zip(annotations, expected, strict=True):
        assert name == want
        assert props["file"] == path
        assert props["title"] == f"accordcheck: {s['verdict']} ({s['rule']})"
        assert (int(props["line"]), int(props["col"])) == (s["span"]["line"], s["span"]["column"])
        assert int(props["endLine"]) == s["span"]["end_line"]
        assert int(props["endColumn"]) == s["span"]["end_column"] - 1
        assert message.startswith(f"{s['text']}: {s['reason']}")
        if s["verdict"] == "conflicting":
            assert f"\nexpected: {s['expected']}\nfound: {s['found']}" in message


def test_a_statement_over_two_lines_gives_lines_only(render, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Vice President\nJD Vance spoke.\n", encoding="utf-8")
    [(name, props, message)] = parse(render("github", [article], as_of="2021-09-01"))
    assert name == "error"
    assert (props["line"], props["endLine"]) == ("1", "2")
    assert "col" not in props and "endColumn" not in props
    assert message.startswith("Vice President\nJD Vance: ")


def test_escaping_follows_the_runner() -> None:
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = command("error", {"file": "dir,x/we:ird%.md", "line": 3}, "50%: a\nb")
    assert line == "::error file=dir%2Cx/we%3Aird%25.md,line=3::50%25: a%0Ab\n"
    assert parse(line) == [("error", {"file": "dir,x/we:ird%.md", "line": "3"}, "50%: a\nb")]


def test_unreadable_inputs_are_errors_on_their_file(render, tmp_path: Path) -> None:
    missing = tmp_path / "gone, really.txt"
    assert parse(render("github", [missing])) == [
        ("error", {"file": str(missing)}, f"{missing}: no such file")
    ]
