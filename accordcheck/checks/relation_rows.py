"""What a relations row holds beyond the loader's fields — its ``level`` (full diplomatic
relations, or low-level ties through liaison offices) and ``recognised`` (when one party
recognised the other) — and the words that claim full relations; shared by :mod:`.relations` and
:mod:`.relations_set`."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

import regex

from accordcheck.dates import DateRange, parse_iso
from accordcheck.record import Evidence
from accordcheck.reference import ReferenceTable, Relation
from accordcheck.yamlload import load_yaml

FULL = regex.compile(
    r"(?i)\bfull(?:[-\s]+(?:fledged|scale))?\s+(?:and\s+\w+\s+)?(?:diplomatic\s+)?"
    r"(?:and\s+\w+\s+)?(?:relations|relationships?|ties)\b"
)
_PARTIAL_DATE = regex.compile(r"^(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2}))?$")


@dataclass(frozen=True)
class Recognition:
    """One party's recognition of the other, to the day, month or year the source gives."""

    by: str
    days: DateRange
    row: str
    source: str

    def evidence(self, ref: ReferenceTable, fact: str) -> Evidence:
        src = ref.sources.get(self.source)
        return Evidence(
            f"{self.row}.recognised.{self.by}",
            fact,
            src.url if src else "",
            src.title if src else "",
        )


def relation_level(rel: Relation, ref: ReferenceTable) -> str:
    """``full`` or ``liaison``: the row's ``level`` key (full when absent)."""
    level = getattr(rel, "level", None)
    if level:
        return str(level)
    return str(_extra_keys(tuple(ref.files)).get(rel.id, {}).get("level") or "full")


def recognitions(rel: Relation, ref: ReferenceTable) -> list[Recognition]:
    """The row's ``recognised`` entries: who recognised the other party, and when."""
    out = []
    for entry in _extra_keys(tuple(ref.files)).get(rel.id, {}).get("recognised") or []:
        days = _days(str(entry.get("date", "")))
        if days is not None and entry.get("by"):
            out.append(Recognition(str(entry["by"]), days, rel.id, str(entry.get("source", ""))))
    return out


def _days(text: str) -> DateRange | None:
    day = parse_iso(text)
    if day is not None:
        return DateRange.day(day)
    m = _PARTIAL_DATE.match(text)
    if m is None:
        return None
    year = int(m["y"])
    if m["m"]:
        return DateRange.month(year, int(m["m"]))
    return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31))


@functools.cache
def _extra_keys(files: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """Keys of relations rows the reference loader does not keep yet, by row id, read from the
    files the table was loaded from (the schema admits them; the rows are validated there)."""
    out: dict[str, dict[str, Any]] = {}
    for path in files:
        data = load_yaml(path).data
        rows = data.get("relations") if isinstance(data, dict) else None
        for row in rows or []:
            if isinstance(row, dict):
                extra = {k: row[k] for k in ("level", "recognised") if k in row}
                if extra:
                    out[str(row.get("id"))] = extra
    return out
