"""``accordcheck diff --format json`` (one document, ``accordcheck.diff/1``, published as
``schemas/diff.schema.json``) and ``--format jsonl`` (one pair per line, with ``a_path`` and
``b_path`` added). Deterministic: the same inputs give the same bytes."""

from __future__ import annotations

import json
from typing import IO

from accordcheck.diff import DiffReport


def render_json(diff: DiffReport, stream: IO[str], version: str) -> None:
    document = diff.to_json()
    document = {
        "schema": document.pop("schema"),
        "tool": {"name": "accordcheck", "version": version},
        **document,
    }
    stream.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def render_jsonl(diff: DiffReport, stream: IO[str], version: str) -> None:
    for pair in diff.pairs:
        line = {"a_path": diff.a.path, "b_path": diff.b.path, **pair.to_json()}
        stream.write(json.dumps(line, ensure_ascii=False) + "\n")
