"""Safe YAML loading that remembers where every mapping and key came from.

Rule and reference files are user data: they are loaded with PyYAML's safe loader only (no
arbitrary tags), and each mapping keeps the line of every key so that validation errors can say
``file:line:column``. Anchor/alias expansion is capped to defuse "billion laughs" files.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

MAX_ALIASES = 50


class DataError(Exception):
    """A data file that cannot be used; ``str()`` is a one-line ``file:line:col: message``."""

    def context(self) -> str:
        """The offending line of the file with a caret under the column, for a human reader
        (empty when the file or line cannot be read)."""
        if self.line is None:
            return ""
        try:
            lines = Path(self.path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return ""
        if not 0 < self.line <= len(lines):
            return ""
        text = lines[self.line - 1]
        caret = " " * ((self.column or 1) - 1) + "^"
        return f"  {self.line} | {text}\n  {' ' * len(str(self.line))} | {caret}"

    def __init__(self, path: str, line: int | None, message: str, column: int | None = None):
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        where = path
        if line is not None:
            where += f":{line}"
            if column is not None:
                where += f":{column}"
        super().__init__(f"{where}: {message}")


class Located(dict):
    """A YAML mapping that knows the file, its own line, and the line/column of each key."""

    path: str = ""
    line: int = 0
    column: int = 0
    key_marks: dict[Any, tuple[int, int]]

    def line_of(self, key: Any) -> int:
        return self.key_marks.get(key, (self.line, self.column))[0]

    def column_of(self, key: Any) -> int:
        return self.key_marks.get(key, (self.line, self.column))[1]

    def error(self, message: str, key: Any = None) -> DataError:
        if key is None:
            return DataError(self.path, self.line, message, self.column)
        return DataError(self.path, self.line_of(key), message, self.column_of(key))


def _error_at(path: str, mark: yaml.Mark, message: str) -> DataError:
    """A DataError at a YAML position (marks count from 0, reports from 1)."""
    return DataError(path, mark.line + 1, message, mark.column + 1)


def _no_duplicate_keys(loader: Any, node: yaml.MappingNode) -> None:
    import yaml

    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key is None:
            continue
        if key in seen:
            raise _error_at(
                loader._path,
                key_node.start_mark,
                f"duplicate key {key!r} (first on line {seen[key]})",
            )
        seen[key] = key_node.start_mark.line + 1


def _construct_mapping_checked(loader: Any, node: yaml.MappingNode) -> Located:
    _no_duplicate_keys(loader, node)
    return loader.construct_mapping(node)


def _construct_timestamp_checked(loader: Any, node: yaml.ScalarNode):
    import yaml

    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise _error_at(
            loader._path, node.start_mark, f"{node.value!r} is not a real date ({exc})"
        ) from None


@functools.cache
def _loaders() -> tuple[type, type]:
    """PyYAML's safe loader (on libyaml's parser where there is one), and the same with positions
    kept on every mapping: made when a first file is read (not every command reads one)."""
    import yaml

    try:  # libyaml's parser when PyYAML was built with it (ten times faster), else PyYAML's own
        from yaml import CSafeLoader as base
    except ImportError:  # pragma: no cover - every wheel on PyPI has it
        from yaml import SafeLoader as base  # type: ignore[assignment]

    class _Loader(base):
        """PyYAML's safe loader (on libyaml's parser where there is one: the nodes keep their
        positions), with positions kept on every mapping."""

        def __init__(self, stream: str, path: str):
            super().__init__(stream)
            self._path = path

        def construct_mapping(self, node, deep=False):  # type: ignore[override]
            plain = super().construct_mapping(node, deep=True)
            out = Located(plain)
            out.path = self._path
            out.line = node.start_mark.line + 1
            out.column = node.start_mark.column + 1
            out.key_marks = {}
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    out.key_marks[key] = (
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                    )
                except TypeError:
                    raise DataError(
                        self._path,
                        key_node.start_mark.line + 1,
                        "mapping keys must be plain values",
                    ) from None
            return out

    _Loader.add_constructor(
        yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping_checked
    )
    _Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_checked)
    return base, _Loader


SCHEMAS = Path(__file__).resolve().parent / "schemas"


@functools.cache
def schema_keys(
    schema: str, definition: str | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(required, allowed) keys of an object in a published JSON Schema: the schema files in
    ``accordcheck/schemas`` are the single source of which keys rule and reference files take."""
    node = _schema_node(schema, definition)
    return tuple(node.get("required", ())), tuple(node["properties"])


def schema_enum(schema: str, definition: str, key: str) -> tuple[str, ...]:
    """The values a key may take, from the same schema files."""
    return tuple(_schema_node(schema, definition)["properties"][key]["enum"])


def _schema_node(schema: str, definition: str | None) -> dict:
    doc = json.loads((SCHEMAS / f"{schema}.schema.json").read_text(encoding="utf-8"))
    return doc["$defs"][definition] if definition else doc


@dataclass(frozen=True)
class YamlDocument:
    path: str
    data: Any


def load_yaml(path: str | Path) -> YamlDocument:
    """Load one YAML file safely; every problem becomes a :class:`DataError` naming the file."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(name, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise DataError(name, None, exc.strerror or str(exc)) from None
    return load_yaml_text(text, name)


def _count_aliases(text: str, path: str) -> None:
    """Refuse a document with too many aliases before building it (a "billion laughs" expands
    only when constructed)."""
    import yaml

    aliases = 0
    for event in yaml.parse(text, Loader=_loaders()[0]):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise _error_at(path, event.start_mark, f"more than {MAX_ALIASES} YAML aliases")


def load_yaml_text(text: str, path: str) -> YamlDocument:
    import yaml

    loader = None
    try:
        _count_aliases(text, path)
        loader = _loaders()[1](text, path)
        data = loader.get_single_data()
    except DataError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise DataError(path, line, f"invalid YAML: {problem}", column) from None
    except yaml.YAMLError as exc:
        raise DataError(path, None, f"invalid YAML: {exc}") from None
    except RecursionError:
        raise DataError(path, None, "invalid YAML: nested too deeply") from None
    finally:
        if loader is not None:
            loader.dispose()
    return YamlDocument(path, data)
