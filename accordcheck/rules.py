"""Rule files: loading, strict validation, macro expansion and compilation.

A rule file is YAML with ``macros`` (named pattern fragments) and ``rules``. Each rule names the
check kind that judges its matches, a ``regex`` pattern with named groups, a description and
examples. Patterns use macros as ``{{name}}``; the reference table contributes macros of its own
(``{{country}}``, ``{{person}}``, ``{{title}}``, …) so that alias lists live in one place.
Every problem is a :class:`DataError` naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from accordcheck.annotate import Lexicon
from accordcheck.firstchars import with_hint
from accordcheck.yamlload import DataError, Located, load_yaml, schema_enum, schema_keys

# Which keys a rule, its examples and an example take: read from schemas/rules.schema.json, the
# single source (editors use the same file through a YAML language server).
RULE_KEYS_REQUIRED, _RULE_KEYS = schema_keys("rules", "rule")
RULE_KEYS_OPTIONAL = tuple(k for k in _RULE_KEYS if k not in RULE_KEYS_REQUIRED)
_, EXAMPLES_KEYS = schema_keys("rules", "examples")
_, EXAMPLE_KEYS = schema_keys("rules", "example")
_, TOP_LEVEL_KEYS = schema_keys("rules")
VERDICTS = ("supported", "conflicting", "unverifiable")
SEARCH_DIRECTIONS = schema_enum("rules", "rule", "search")
MACRO = regex.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
# Patterns are short words and slots: anything near this size is a mistake (or an attack: the
# regex engine's compiler recurses, and a pattern of a megabyte can crash the process).
MAX_PATTERN = 50_000


@dataclass(frozen=True)
class Example:
    text: str
    as_of: dt.date | None = None
    verdict: str | None = None
    claim: Mapping[str, Any] | None = None
    line: int = 0


@dataclass(frozen=True)
class Rule:
    id: str
    check: str
    description: str
    pattern: str
    compiled: Any = field(compare=False, repr=False)
    options: Mapping[str, Any] = field(default_factory=dict)
    search: str = "forward"  # or "backward": the engine scans from the end (regex REVERSE)
    matches: tuple[Example, ...] = ()
    non_matches: tuple[Example, ...] = ()
    path: str = ""
    line: int = 0

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def fallback(self) -> bool:
        """A catch-all (the ``fallback`` option): its statement stands only where no other rule's
        overlaps it, and it never hides another rule's match."""
        return bool(self.options.get("fallback"))

    # A pickled rule (a pack in the cache) keeps its compiled pattern as a blob of its own, read
    # back when the rule first runs: a pack holds some 250 patterns, an article runs fewer than
    # half of them, and reading a pattern back is most of what loading a pack costs.
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        compiled = state.pop("compiled", None)
        if "_program" not in state:
            state["_program"] = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
        return state

    def __getattr__(self, name: str) -> Any:
        # Reached only for an attribute not set: the pattern of a rule read back from a pickle.
        program = self.__dict__.get("_program") if name == "compiled" else None
        if program is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        compiled = pickle.loads(program)
        object.__setattr__(self, "compiled", compiled)
        return compiled


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    macros: Mapping[str, str]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def by_id(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def rule_files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(
                sorted(
                    x
                    for x in p.rglob("*")
                    if x.suffix in {".yaml", ".yml"} and "reference" not in x.relative_to(p).parts
                )
            )
        elif p.exists():
            out.append(p)
        else:
            raise DataError(str(p), None, "no such rule file or directory")
    return out


def expand_macros(pattern: str, macros: Mapping[str, str], where: Located, key: str) -> str:
    """Replace every ``{{name}}`` (recursively); unknown or cyclic macros are errors."""

    def expand(text: str, stack: tuple[str, ...]) -> str:
        def replace(m: regex.Match) -> str:
            name = m.group(1)
            if name in stack:
                raise where.error(f"macro cycle: {' -> '.join((*stack, name))}", key)
            if name not in macros:
                raise where.error(
                    f"unknown macro {{{{{name}}}}} (known: {', '.join(sorted(macros))})", key
                )
            return "(?:" + expand(macros[name], (*stack, name)) + ")"

        if len(text) > MAX_PATTERN:
            raise where.error(f"pattern longer than {MAX_PATTERN} characters", key)
        out = MACRO.sub(replace, text)
        if len(out) > MAX_PATTERN:
            raise where.error(
                f"pattern longer than {MAX_PATTERN} characters after macro expansion", key
            )
        return out

    return expand(pattern, ())


def load_rules(
    paths: Iterable[str | Path],
    lexicon: Lexicon,
    checks: Mapping[str, Mapping[str, tuple[type, Any]]],
) -> RuleSet:
    """Load, validate and compile rule files.

    ``lexicon`` gives the slots (``@country``, ``@year`` …) and the reference table's macros;
    ``checks`` maps each known check kind to its options (name -> (type, default)); the caller
    passes the registry so that this module stays below the check kinds.
    """
    docs = []
    macros: dict[str, str] = dict(lexicon.reference.macros())
    macro_origin: dict[str, str] = {}
    for path in rule_files(paths):
        doc = load_yaml(path)
        if doc.data is None:
            continue
        data = doc.data
        if not isinstance(data, Located):
            raise DataError(doc.path, 1, "a rule file is a mapping with 'rules' and/or 'macros'")
        for key in data:
            if key not in TOP_LEVEL_KEYS:
                raise data.error(
                    f"unknown top-level key {key!r} (expected {', '.join(TOP_LEVEL_KEYS)})", key
                )
        file_macros = data.get("macros")
        if file_macros is None:
            docs.append(data)
            continue
        if not isinstance(file_macros, Located):
            raise data.error("'macros' must be a mapping of name: pattern", "macros")
        for name, body in file_macros.items():
            if not isinstance(name, str) or not regex.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                raise file_macros.error(f"bad macro name {name!r}", name)
            if not isinstance(body, str):
                raise file_macros.error(f"macro {name!r} must be a pattern string", name)
            if name in macros:
                first = macro_origin.get(name, "the reference table")
                raise file_macros.error(f"macro {name!r} already defined in {first}", name)
            macros[name] = body
            macro_origin[name] = f"{doc.path}:{file_macros.line_of(name)}"
        docs.append(data)

    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for data in docs:
        entries = data.get("rules") or []
        if not isinstance(entries, list):
            raise data.error("'rules' must be a list", "rules")
        for entry in entries:
            if not isinstance(entry, Located):
                raise data.error("each rule must be a mapping", "rules")
            rule = _build_rule(entry, macros, lexicon, checks)
            if rule.id in seen:
                raise entry.error(f"duplicate rule id {rule.id!r} (first at {seen[rule.id]})", "id")
            seen[rule.id] = rule.location
            rules.append(rule)
    return RuleSet(tuple(rules), macros)


def _build_rule(
    entry: Located,
    macros: Mapping[str, str],
    lexicon: Lexicon,
    checks: Mapping[str, Mapping[str, tuple[type, Any]]],
) -> Rule:
    for key in RULE_KEYS_REQUIRED:
        if key not in entry or entry[key] in (None, ""):
            raise entry.error(f"rule is missing required key {key!r}")
    for key in entry:
        if key not in RULE_KEYS_REQUIRED + RULE_KEYS_OPTIONAL:
            allowed = ", ".join(RULE_KEYS_REQUIRED + RULE_KEYS_OPTIONAL)
            raise entry.error(f"unknown key {key!r} (allowed: {allowed})", key)
    for key in ("id", "check", "description", "pattern"):
        if not isinstance(entry[key], str):
            raise entry.error(f"{key!r} must be a string", key)
    rule_id = entry["id"]
    if not regex.fullmatch(r"[a-z0-9][a-z0-9._-]*", rule_id):
        raise entry.error(
            f"rule id {rule_id!r} must be lowercase letters, digits, '.', '-', '_'", "id"
        )
    check = entry["check"]
    if check not in checks:
        raise entry.error(
            f"unknown check kind {check!r} (known: {', '.join(sorted(checks))})", "check"
        )
    options = _options(entry, checks[check])
    try:
        expanded = lexicon.expand(expand_macros(entry["pattern"], macros, entry, "pattern"))
    except ValueError as exc:
        raise entry.error(str(exc), "pattern") from None
    search = entry.get("search", "forward")
    if search not in SEARCH_DIRECTIONS:
        raise entry.error(f"search must be one of {', '.join(SEARCH_DIRECTIONS)}", "search")
    try:
        if search == "backward":
            # The first-character hint helps a forward scan only.
            compiled = regex.compile(expanded, regex.VERSION0 | regex.REVERSE)
        else:
            compiled = regex.compile(with_hint(expanded), regex.VERSION0)
    except (regex.error, OverflowError, RecursionError) as exc:
        raise entry.error(f"pattern does not compile: {exc}", "pattern") from None
    matches, non_matches = _examples(entry)
    return Rule(
        id=rule_id,
        check=check,
        description=" ".join(entry["description"].split()),
        pattern=entry["pattern"],
        compiled=compiled,
        options=options,
        search=search,
        matches=matches,
        non_matches=non_matches,
        path=entry.path,
        line=entry.line,
    )


def _options(entry: Located, spec: Mapping[str, tuple[type, Any]]) -> dict[str, Any]:
    given = entry.get("options")
    if given is None:
        given = {}
    elif not isinstance(given, Located):
        raise entry.error("'options' must be a mapping", "options")
    out = {name: default for name, (_, default) in spec.items()}
    for name, value in given.items():
        if name not in spec:
            allowed = ", ".join(sorted(spec)) or "none"
            raise given.error(
                f"unknown option {name!r} for check {entry['check']!r} (allowed: {allowed})", name
            )
        kind = spec[name][0]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise given.error(f"option {name!r} must be of type {kind.__name__}", name)
        out[name] = value
    return out


def _examples(entry: Located) -> tuple[tuple[Example, ...], tuple[Example, ...]]:
    ex = entry["examples"]
    if not isinstance(ex, Located):
        raise entry.error(
            "'examples' must be a mapping with 'match' and optionally 'no_match'", "examples"
        )
    for key in ex:
        if key not in EXAMPLES_KEYS:
            raise ex.error(
                f"unknown key {key!r} in examples (allowed: {', '.join(EXAMPLES_KEYS)})", key
            )
    parsed: dict[str, list[Example]] = {"match": [], "no_match": []}
    for key in ("match", "no_match"):
        items = ex.get(key) or []
        if not isinstance(items, list):
            raise ex.error(f"examples.{key} must be a list", key)
        for item in items:
            parsed[key].append(_example(item, ex, key))
    if not parsed["match"]:
        raise ex.error(
            "a rule needs at least one example under 'match'", "match" if "match" in ex else None
        )
    return tuple(parsed["match"]), tuple(parsed["no_match"])


def _example(item: Any, parent: Located, key: str) -> Example:
    if isinstance(item, str):
        return Example(item, line=parent.line_of(key))
    if not isinstance(item, Located):
        raise parent.error(f"each example under {key!r} is a string or a mapping", key)
    for k in item:
        if k not in EXAMPLE_KEYS:
            raise item.error(
                f"unknown key {k!r} in example (allowed: {', '.join(EXAMPLE_KEYS)})", k
            )
    if not isinstance(item.get("text"), str):
        raise item.error("an example needs a 'text' string")
    as_of = item.get("as_of")
    if isinstance(as_of, str):
        try:
            as_of = dt.date.fromisoformat(as_of)
        except ValueError:
            raise item.error(f"as_of {as_of!r} is not a YYYY-MM-DD date", "as_of") from None
    if as_of is not None and not isinstance(as_of, dt.date):
        raise item.error("as_of must be a YYYY-MM-DD date", "as_of")
    verdict = item.get("verdict")
    if verdict is not None and verdict not in VERDICTS:
        raise item.error(f"verdict must be one of {', '.join(VERDICTS)}", "verdict")
    claim = item.get("claim")
    if claim is not None and not isinstance(claim, Located):
        raise item.error("claim must be a mapping of expected claim fields", "claim")
    return Example(item["text"], as_of, verdict, dict(claim) if claim else None, item.line)
