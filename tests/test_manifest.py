"""The reproducibility manifest: what a reader needs to re-run a published check. The digests can
be recomputed with standard tools, every input is listed with the digest of its bytes and the
article date used, and the JSON and JSONL shapes stay within accordcheck.report/1."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from accordcheck.api import Checker, packaged_rules_dir

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SCHEMA = json.loads((ROOT / "accordcheck/schemas/report.schema.json").read_text())
WRONG = "Date: 2025-11-07\n\nThe plan was praised by former U.S. President Donald Trump on Thursday, Nov. 6, 2025.\n"


def sha256sum_of_sha256sums(files: list[Path]) -> str:
    """``sha256sum FILES | cut -c1-64 | sha256sum``."""
    lines = "".join(hashlib.sha256(f.read_bytes()).hexdigest() + "\n" for f in files)
    return hashlib.sha256(lines.encode()).hexdigest()


def scan(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "accordcheck", "scan", *args],
        capture_output=True, text=True, cwd=cwd or ROOT, stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip


def test_pack_digests_are_what_sha256sum_gives(checker: Checker) -> None:
    shipped = packaged_rules_dir()
    rules = sorted(p for p in shipped.glob("*.yaml"))
    reference = sorted((shipped / "reference").glob("*.yaml"))
    manifest = checker.manifest().to_json()
    assert manifest["rules"] == {"sha256": sha256sum_of_sha256sums(rules), "files": len(rules)}
    assert manifest["reference"] == {
        "sha256": sha256sum_of_sha256sums(reference),
        "files": len(reference),
    }


def test_an_extra_rule_file_changes_the_rules_digest_only(tmp_path: Path, checker: Checker) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "rules:\n  - id: extra.x\n    check: unverifiable\n    description: d\n"
        "    pattern: 'zzqx'\n    examples: {match: [zzqx]}\n"
    )
    other = Checker.from_paths(rules=[extra]).manifest().to_json()
    base = checker.manifest().to_json()
    assert other["rules"]["files"] == base["rules"]["files"] + 1
    assert other["rules"]["sha256"] != base["rules"]["sha256"]
    assert other["reference"] == base["reference"]


def test_json_manifest_lists_options_and_every_input(tmp_path: Path) -> None:
    article = tmp_path / "wrong.txt"
    article.write_text(WRONG, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = scan(str(article), str(missing), "--as-of", "2025-11-08", "--format", "json")
    assert out.returncode == 2
    doc = json.loads(out.stdout)
    jsonschema.validate(doc, SCHEMA)
    manifest = doc["manifest"]
    assert manifest["tool"] == doc["tool"]
    assert manifest["options"] == {
        "as_of": "2025-11-08",
        "ext": [".txt", ".md", ".html", ".htm"],
        "max_bytes": 20 * 1024 * 1024,
        "no_default_rules": False,
        "rules": [],
        "reference": [],
        "baseline": None,
    }
    assert manifest["inputs"] == [
        {
            "path": str(article),
            "sha256": hashlib.sha256(article.read_bytes()).hexdigest(),
            "published": "2025-11-08",
        },
        {"path": str(missing), "sha256": None, "published": None},
    ]


def test_the_same_inputs_give_the_same_manifest() -> None:
    first = scan("samples/07_asia_brief.txt", "--format", "json", cwd=ROOT)
    second = scan(str(SAMPLES / "07_asia_brief.txt"), "--format", "json", cwd=ROOT / "samples")
    a, b = json.loads(first.stdout)["manifest"], json.loads(second.stdout)["manifest"]
    assert a["rules"] == b["rules"] and a["reference"] == b["reference"]
    assert a["inputs"][0]["sha256"] == b["inputs"][0]["sha256"]


def test_a_baseline_is_recorded_with_its_digest(tmp_path: Path) -> None:
    article = tmp_path / "wrong.txt"
    article.write_text(WRONG, encoding="utf-8")
    base = tmp_path / "baseline.yaml"
    scan(str(article), "--write-baseline", str(base), "--format", "json")
    doc = json.loads(scan(str(article), "--baseline", str(base), "--format", "json").stdout)
    assert doc["manifest"]["options"]["baseline"] == {
        "path": str(base),
        "sha256": hashlib.sha256(base.read_bytes()).hexdigest(),
    }


def test_jsonl_opens_with_the_manifest_and_each_input_with_its_digest(tmp_path: Path) -> None:
    article = tmp_path / "wrong.txt"
    article.write_text(WRONG, encoding="utf-8")
    out = scan(str(article), str(SAMPLES / "07_asia_brief.txt"), "--format", "jsonl")
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    line_schema = {"$ref": "#/$defs/jsonl_line", "$defs": SCHEMA["$defs"]}
    for line in lines:
        jsonschema.validate(line, line_schema)
    assert list(lines[0]) == ["manifest"] and "inputs" not in lines[0]["manifest"]
    opened = [i for i, x in enumerate(lines) if "input" in x]
    assert [lines[i]["input"]["path"] for i in opened] == [
        str(article),
        str(SAMPLES / "07_asia_brief.txt"),
    ]
    assert all(x["path"] == str(article) for x in lines[opened[0] + 1 : opened[1]])


@pytest.mark.parametrize("fmt", ["sarif", "claimreview", "markdown"])
def test_every_document_format_carries_the_same_manifest(render, fmt: str) -> None:
    paths = [SAMPLES / "07_asia_brief.txt"]
    expected = json.loads(render("json", paths))["manifest"]
    text = render(fmt, paths)
    if fmt == "sarif":
        found = json.loads(text)["runs"][0]["properties"]["manifest"]
    elif fmt == "claimreview":
        found = json.loads(text)["@graph"][-1]["manifest"]
    else:
        found = json.loads(text.split("```json\n", 1)[1].split("\n```", 1)[0])
    assert found == expected
