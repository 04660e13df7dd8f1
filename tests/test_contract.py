"""The JSON contract (accordcheck.report/1) checked against its published JSON Schema and field
by field: text slices back to the span, line/column point at the start and end_line/end_column
at the end, evidence on every verdict that claims one, counts agree, the manifest lists every
input."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "accordcheck" / "schemas" / "report.schema.json").read_text())
SEEDS = ROOT.parent / "shared" / "seeds"


def inputs() -> list[str]:
    paths = [str(ROOT / "samples")]
    if SEEDS.is_dir():
        paths.append(str(SEEDS))
    return paths


def test_json_matches_schema_and_field_rules(render) -> None:
    doc = json.loads(render("json", inputs()))
    jsonschema.validate(doc, SCHEMA)
    assert doc["tool"] == doc["manifest"]["tool"]
    assert [i["path"] for i in doc["manifest"]["inputs"]] == [a["path"] for a in doc["articles"]]
    totals = {"supported": 0, "conflicting": 0, "unverifiable": 0}
    for article in doc["articles"]:
        text = Path(article["path"]).read_text(encoding="utf-8-sig")
        lines = text.splitlines(keepends=True)
        per = {"supported": 0, "conflicting": 0, "unverifiable": 0}
        for s in article["statements"]:
            span = s["span"]
            assert text[span["start"] : span["end"]] == s["text"]
            line_start = sum(len(x) for x in lines[: span["line"] - 1])
            assert span["start"] - line_start + 1 == span["column"]
            end_line_start = sum(len(x) for x in lines[: span["end_line"] - 1])
            assert span["end"] - end_line_start + 1 == span["end_column"]
            if s["verdict"] != "unverifiable":
                assert s["evidence"] and all(e["reference"] and e["source"] for e in s["evidence"])
            if s["verdict"] == "conflicting":
                assert s["expected"] and s["found"]
            per[s["verdict"]] += 1
        assert article["counts"] == per
        for k in totals:
            totals[k] += per[k]
    assert {k: doc["counts"][k] for k in totals} == totals
    assert doc["counts"]["articles"] == len(doc["articles"])


def test_jsonl_lines_match_schema(render, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    lines = render("jsonl", [str(ROOT / "samples"), missing]).splitlines()
    line_schema = {"$ref": "#/$defs/jsonl_line", "$defs": SCHEMA["$defs"]}
    parsed = [json.loads(x) for x in lines]
    for obj in parsed:
        jsonschema.validate(obj, line_schema)
    assert parsed[-1] == {"path": missing, "error": f"{missing}: no such file"}


@pytest.mark.parametrize(
    "fmt", ["json", "jsonl", "table", "sarif", "github", "claimreview", "markdown", "csv"]
)
def test_output_is_deterministic(render, fmt: str) -> None:
    assert render(fmt, inputs()) == render(fmt, inputs())


def test_html_is_deterministic(render) -> None:
    assert render("html", inputs(), keep_text=True) == render("html", inputs(), keep_text=True)


def test_a_report_of_the_first_shape_still_validates(render) -> None:
    """The fields added since accordcheck.report/1 first shipped are optional: a document
    without them (as older versions wrote) is still valid."""
    doc = json.loads(render("json", inputs()))
    del doc["manifest"]
    for article in doc["articles"]:
        article.pop("url", None)
        for s in article["statements"]:
            del s["span"]["end_line"], s["span"]["end_column"]
    jsonschema.validate(doc, SCHEMA)
