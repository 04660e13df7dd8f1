"""The published JSON Schemas for rule and reference files: every shipped file (and the tutorial
pack) validates against them, and they agree with what the loader accepts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from accordcheck.api import Checker
from accordcheck.yamlload import DataError

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "accordcheck" / "schemas"


def plain(value):
    """YAML dates as the strings they were written as (JSON has no date type)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def files(kind: str) -> list[Path]:
    rules = [*ROOT.glob("rules/*.yaml"), *ROOT.glob("docs/tutorial/rules/*.yaml")]
    reference = [*ROOT.glob("rules/reference/*.yaml"), *ROOT.glob("docs/tutorial/reference/*.yaml")]
    return sorted(rules if kind == "rules" else reference)


@pytest.mark.parametrize("kind", ["rules", "reference"])
def test_shipped_files_validate(kind: str) -> None:
    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text())
    checker = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for path in files(kind):
        data = plain(yaml.safe_load(path.read_text(encoding="utf-8")))
        errors = [
            f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in checker.iter_errors(data)
        ]
        assert errors == []


def test_schema_drives_the_loader(tmp_path: Path) -> None:
    schema = json.loads((SCHEMAS / "reference.schema.json").read_text())
    allowed = sorted(schema["$defs"]["events"]["properties"])
    path = tmp_path / "ref.yaml"
    path.write_text(
        "sources:\n  - {id: src.x, title: t, url: 'https://example.org'}\n"
        "events:\n  - {id: event.x, name: x, start: 2020-01-01, triggers: [x], source: src.x, colour: red}\n"
    )
    with pytest.raises(DataError) as info:
        Checker.from_paths(reference=[path])
    assert f"unknown key 'colour' (allowed: {', '.join(allowed)})" in str(info.value)
