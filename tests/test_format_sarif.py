"""--format sarif: a valid SARIF 2.1.0 log (checked against the official OASIS schema, vendored in
tests/fixtures/formats) whose results say what the JSON report says, where it says it."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from accordcheck.api import Checker

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SCHEMA = json.loads((ROOT / "tests/fixtures/formats/sarif-schema-2.1.0.json").read_text())
WRONG = "Date: 2025-11-07\n\nThe plan was praised by former U.S. President Donald Trump on Thursday, Nov. 6, 2025.\n"


def sarif_errors(log: dict) -> list[str]:
    validator = jsonschema.Draft4Validator(SCHEMA)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)
    ]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    odd = tmp_path_factory.mktemp("odd") / "spaces and ü, 100% #1.txt"
    odd.write_text(WRONG, encoding="utf-8")
    return [*sorted(SAMPLES.glob("*.txt")), odd, odd.parent / "missing.txt"]


@pytest.fixture(scope="module")
def log(render, inputs) -> dict:
    return json.loads(render("sarif", inputs))


@pytest.fixture(scope="module")
def report(render, inputs) -> dict:
    return json.loads(render("json", inputs))


def test_the_log_is_valid_sarif_2_1_0(log: dict) -> None:
    assert SCHEMA["id"].endswith("/sarif-schema-2.1.0.json")
    assert sarif_errors(log) == []
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1


def test_a_broken_log_is_caught_by_the_schema(log: dict) -> None:
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    del broken["runs"][0]["tool"]["driver"]["name"]
    assert len(sarif_errors(broken)) == 2


def test_driver_lists_the_loaded_rules_with_their_description_as_help(
    log: dict, checker: Checker
) -> None:
    driver = log["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["informationUri"]) == (
        "accordcheck",
        "https://accordcheck.invalid/",
    )
    assert [r["id"] for r in driver["rules"]] == [r.id for r in checker.rules]
    for rule, loaded in zip(driver["rules"], checker.rules, strict=True):
        assert rule["shortDescription"]["text"] == loaded.description
        assert rule["help"]["text"].startswith(loaded.description)
        assert loaded.check in rule["help"]["text"]


def test_one_result_per_statement_with_level_by_verdict(log: dict, report: dict) -> None:
    run = log["runs"][0]
    statements = [s for a in report["articles"] for s in a["statements"]]
    assert len(run["results"]) == len(statements)
    expected = {
        "conflicting": ("fail", "error"),
        "unverifiable": ("fail", "note"),
        "supported": ("pass", "none"),
    }
    seen = set()
    for result, s in zip(run["results"], statements, strict=True):
        assert (result["kind"], result["level"]) == expected[s["verdict"]]
        assert result["ruleId"] == s["rule"]
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == s["rule"]
        assert result["partialFingerprints"] == {"accordcheckStatement/v1": s["fingerprint"]}
        assert result["properties"]["evidence"] == s["evidence"]
        assert result["properties"]["verdict"] == s["verdict"]
        message = result["message"]["text"]
        assert message.startswith(s["reason"])
        if s["verdict"] == "conflicting":
            assert message.endswith(f"\nexpected: {s['expected']}\nfound: {s['found']}")
        seen.add(s["verdict"])
    assert seen == set(expected)


def test_regions_point_at_the_statement(log: dict, inputs: list[Path]) -> None:
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    for result in run["results"]:
        where = result["locations"][0]["physicalLocation"]
        index = where["artifactLocation"]["index"]
        assert where["artifactLocation"]["uri"] == run["artifacts"][index]["location"]["uri"]
        text = inputs[index].read_text(encoding="utf-8-sig")
        region = where["region"]
        start, length = region["charOffset"], region["charLength"]
        assert text[start : start + length] == region["snippet"]["text"]
        lines = text.splitlines(keepends=True)
        assert _offset(lines, region["startLine"], region["startColumn"]) == start
        assert _offset(lines, region["endLine"], region["endColumn"]) == start + length


def _offset(lines: list[str], line: int, column: int) -> int:
    return sum(len(x) for x in lines[: line - 1]) + column - 1


def test_artifacts_carry_each_input_digest_and_odd_names_are_encoded(
    log: dict, inputs: list[Path]
) -> None:
    run = log["runs"][0]
    odd, missing = inputs[-2], inputs[-1]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert f"file://{odd.parent.as_posix()}/spaces%20and%20%C3%BC%2C%20100%25%20%231.txt" in uris
    for artifact, path in zip(run["artifacts"], inputs, strict=True):
        if path.exists():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            assert artifact["hashes"] == {"sha-256": digest}
        else:
            assert "hashes" not in artifact
    [note] = run["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "error" and note["message"]["text"] == f"{missing}: no such file"


def test_the_run_carries_the_manifest(log: dict, inputs: list[Path]) -> None:
    manifest = log["runs"][0]["properties"]["manifest"]
    assert manifest["tool"]["name"] == "accordcheck"
    assert [i["path"] for i in manifest["inputs"]] == [str(p) for p in inputs]


def test_reviewed_statements_are_suppressed_not_dropped(tmp_path: Path) -> None:
    article = tmp_path / "wrong.txt"
    article.write_text(WRONG, encoding="utf-8")
    baseline = tmp_path / "baseline.yaml"
    cli = [sys.executable, "-m", "accordcheck", "scan", str(article), "--format", "sarif"]
    subprocess.run([*cli, "--write-baseline", str(baseline)], capture_output=True, check=False)
    out = subprocess.run([*cli, "--baseline", str(baseline)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    log = json.loads(out.stdout)
    assert sarif_errors(log) == []
    [conflict] = [r for r in log["runs"][0]["results"] if r["level"] == "error"]
    assert conflict["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "reviewed"}
    ]
