"""Settings from a config file: ``.accordcheck.yaml`` or ``[tool.accordcheck]`` in
``pyproject.toml``, found by searching upward from the current directory (the nearest wins).

The command line always wins over the file; ``accordcheck config show`` prints the effective
settings and where each came from. Paths in a config file are relative to the file's folder.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accordcheck.yamlload import DataError, Located, load_yaml

# name -> (type, default); list settings are lists of strings.
SETTINGS: dict[str, tuple[type, Any]] = {
    "rules": (list, []),
    "reference": (list, []),
    "no_default_rules": (bool, False),
    "ext": (list, []),
    "fail_on": (str, "conflicting"),
    "format": (str, "table"),
    "jobs": (int, 0),
    "max_bytes": (int, 20 * 1024 * 1024),
    "baseline": (str, ""),
    "article_budget": (int, 60),
    "allow_timeouts": (bool, False),
    # Who signs --format claimreview output (the publisher defaults to the author).
    "claimreview_author": (str, "accordcheck"),
    "claimreview_author_url": (str, ""),
    "claimreview_publisher": (str, ""),
    "claimreview_publisher_url": (str, ""),
}
PATH_SETTINGS = {"rules", "reference", "baseline"}
FILE_NAMES = (".accordcheck.yaml", ".accordcheck.yml", "pyproject.toml")


@dataclass
class Config:
    values: dict[str, Any] = field(default_factory=lambda: {k: d for k, (_, d) in SETTINGS.items()})
    origins: dict[str, str] = field(default_factory=lambda: {k: "default" for k in SETTINGS})
    file: str | None = None

    def set(self, name: str, value: Any, origin: str) -> None:
        self.values[name] = value
        self.origins[name] = origin

    def get(self, name: str) -> Any:
        return self.values[name]


def find_config(start: Path | None = None) -> Path | None:
    """The nearest config file at or above ``start`` (a pyproject.toml counts only if it has a
    [tool.accordcheck] table)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in FILE_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and "[tool.accordcheck]" not in candidate.read_text(
                encoding="utf-8", errors="replace"
            ):
                continue
            return candidate
    return None


def load_config(path: Path | None) -> Config:
    config = Config()
    if path is None:
        return config
    config.file = str(path)
    data, lines = _read(path)
    for key, value in data.items():
        name = key.replace("-", "_")
        where = f"{path}:{lines.get(key, 1)}"
        if name not in SETTINGS:
            raise DataError(
                str(path),
                lines.get(key),
                f"unknown setting {key!r} (known: {', '.join(sorted(SETTINGS))})",
            )
        kind, _ = SETTINGS[name]
        if kind is list and isinstance(value, str):
            value = [value]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise DataError(str(path), lines.get(key), f"setting {key!r} must be a {kind.__name__}")
        if name in PATH_SETTINGS:
            value = (
                [str(path.parent / v) for v in value] if kind is list else str(path.parent / value)
            )
        config.set(name, value, where)
    return config


def _read(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    if path.name == "pyproject.toml":
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - exercised on Python 3.10 only
            import tomli as tomllib
        try:
            table = (
                tomllib.loads(path.read_text(encoding="utf-8"))
                .get("tool", {})
                .get("accordcheck", {})
            )
        except tomllib.TOMLDecodeError as exc:
            raise DataError(str(path), None, f"invalid TOML: {exc}") from None
        return table, {}
    doc = load_yaml(path)
    if doc.data is None:
        return {}, {}
    if not isinstance(doc.data, Located):
        raise DataError(str(path), 1, "a config file is a mapping of settings")
    return dict(doc.data), {k: doc.data.line_of(k) for k in doc.data}
