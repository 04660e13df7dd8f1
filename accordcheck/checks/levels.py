"""The level of a relations row — full diplomatic relations, or low-level ties through liaison
offices — and the words that claim full relations; shared by :mod:`.relations` and
:mod:`.relations_set`."""

from __future__ import annotations

import functools

import regex

from accordcheck.reference import ReferenceTable, Relation
from accordcheck.yamlload import load_yaml

FULL = regex.compile(
    r"(?i)\bfull(?:[-\s]+(?:fledged|scale))?\s+(?:and\s+\w+\s+)?(?:diplomatic\s+)?"
    r"(?:and\s+\w+\s+)?(?:relations|relationships?|ties)\b"
)


def relation_level(rel: Relation, ref: ReferenceTable) -> str:
    """``full`` or ``liaison``: the row's ``level`` key (full when absent)."""
    level = getattr(rel, "level", None)
    if level:
        return str(level)
    # The loader does not keep the key yet: read it from the reference files the table came from.
    return _levels(tuple(ref.files)).get(rel.id, "full")


@functools.cache
def _levels(files: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for path in files:
        data = load_yaml(path).data
        rows = data.get("relations") if isinstance(data, dict) else None
        for row in rows or []:
            if isinstance(row, dict) and row.get("level"):
                out[str(row.get("id"))] = str(row["level"])
    return out
