"""A first-character hint that makes a rule's pattern several times faster and changes nothing.

The ``regex`` engine tries a pattern at every position of the text. When a pattern starts with
a literal it skips ahead to where that literal's first character occurs, but behind a leading
lookbehind (``(?<![\\w-])``), an optional word (``(?:on\\s+)?``) or a large alternation it tries
every position in full. Measured on news text, ``(?<![\\w-])(?:{{md_date}})`` runs at 9 MB/s and
the same pattern behind ``(?=[A-Z0-9])`` at 45 MB/s.

:func:`with_hint` computes the set of characters a match can begin with (its FIRST set, skipping
zero-width assertions and looking through optional parts) and puts a lookahead for it in front of
the pattern. Every match begins with one of those characters, so the lookahead holds wherever a
match starts: the matches are exactly the same. Case-insensitive parts keep their flag inside the
hint, so the engine folds case as it does for the pattern. When the set cannot be bounded (a
match may be empty, or start with any character, or a construct the parser does not know) the
pattern is left as it is.
"""

from __future__ import annotations

import functools

import regex

try:
    from re import _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

IGNORECASE = 2  # re.IGNORECASE, the flag bit sre_parse reports on a group
# Syntax the regex engine reads differently from sre_parse (POSIX classes, fuzzy matching).
_REGEX_ONLY = regex.compile(r"\[:\^?\w+:\]|\{[^{}]*[A-Za-z][^{}]*\}")
# A pattern opening with global flags ("(?x)", "(?i)") is left alone: wrapped in a group they
# would change meaning (a verbose pattern's trailing comment would swallow the closing paren).
_GLOBAL_FLAGS = regex.compile(r"\(\?[aiLmsux]+\)")
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}


class _Unbounded(Exception):
    """A match may start with any character (or the parse holds something unknown)."""


def with_hint(pattern: str) -> str:
    """The pattern behind a lookahead for the characters its matches can begin with; unchanged
    when that set cannot be bounded, or when the engine finds a first set of its own (the hint
    then only adds a test: about 5% slower)."""
    if _engine_has_first_set(pattern):
        return pattern
    hint = first_chars(pattern)
    return pattern if hint is None else f"(?={hint})(?:{pattern})"


def _engine_has_first_set(pattern: str) -> bool:
    """Whether the regex engine skips ahead by itself: it does when it can compute the pattern's
    first set, which it gives up on behind some lookbehinds and optional parts. This asks the
    engine's own parser (internal API: if it changes, the answer is "no" and the hint, which
    never changes a match, is added anyway)."""
    try:
        from regex import _regex_core as core

        source = core.Source(pattern)
        info = core.Info(regex.VERSION0, source.char_type, {})
        parsed = core._parse_pattern(source, info)
        parsed.fix_groups(pattern, False, False)
        parsed = parsed.optimise(info, False).pack_characters(info)
        if parsed.has_simple_start():
            return True
        parsed.get_firstset(False)
        return True
    except Exception:
        return False


def parse(pattern: str) -> tuple[list, bool] | None:
    """A ``regex`` pattern as sre_parse items and whether it starts case-insensitive, or None
    when sre_parse cannot read it the way ``regex`` does (POSIX classes, fuzzy matching, or any
    construct it does not know). Shared by the prefilter's gates and the first-character hint."""
    parsed = parsed_pattern(pattern)
    if parsed is None:
        return None
    return list(parsed), bool(parsed.state.flags & IGNORECASE)


@functools.lru_cache(maxsize=1024)
def parsed_pattern(pattern: str):
    """The sre_parse tree of :func:`parse` (kept: a rule pack's patterns are read several
    times while it loads), or None."""
    if _REGEX_ONLY.search(pattern):
        return None
    # sre_parse rejects a group name used twice and conditionals on names it then no longer
    # knows; neither changes which characters a match needs, so both become plain groups.
    plain = regex.sub(r"(?<!\\)\(\?P<\w+>", "(?:", pattern)
    plain = regex.sub(r"(?<!\\)\(\?\(\w+\)", "(?:", plain)
    try:
        return sre_parse.parse(plain)
    except Exception:
        return None


def first_chars(pattern: str) -> str | None:
    """A regex class (or two, case-sensitive and not) covering every character a match of
    ``pattern`` can begin with; None when unbounded."""
    parsed = None if _GLOBAL_FLAGS.match(pattern) else parse(pattern)
    if parsed is None:
        return None
    exact: set[str] = set()
    folded: set[str] = set()
    try:
        nullable = _first(*parsed, exact, folded)
    except (_Unbounded, RecursionError):
        return None
    if nullable or not (exact or folded):
        return None
    parts = []
    if exact:
        parts.append("[" + "".join(sorted(exact)) + "]")
    if folded:
        parts.append("(?i:[" + "".join(sorted(folded)) + "])")
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _first(items: list, ignorecase: bool, exact: set[str], folded: set[str]) -> bool:
    """Add the FIRST set of a sequence to ``exact``/``folded``; True if it can match empty."""
    target = folded if ignorecase else exact
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue  # consumes nothing: the next item supplies the first character
        if name == "LITERAL":
            target.add(_escape(chr(av)))
            return False
        if name == "IN":
            target.update(_class_items(av))
            return False
        if name == "SUBPATTERN":
            _group, add, remove, body = av
            ic = (ignorecase or bool(add & IGNORECASE)) and not bool(remove & IGNORECASE)
            if not _first(list(body), ic, exact, folded):
                return False
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = av
            if high == 0:
                continue
            if not _first(list(body), ignorecase, exact, folded) and low >= 1:
                return False
            continue
        if name == "ATOMIC_GROUP":
            if not _first(list(av), ignorecase, exact, folded):
                return False
            continue
        if name == "BRANCH":
            nullable = False
            for branch in av[1]:
                nullable |= _first(list(branch), ignorecase, exact, folded)
            if not nullable:
                return False
            continue
        if name == "GROUPREF_EXISTS":
            _group, yes, no = av
            nullable = _first(list(yes), ignorecase, exact, folded)
            nullable |= _first(list(no), ignorecase, exact, folded) if no is not None else True
            if not nullable:
                return False
            continue
        # ANY, NOT_LITERAL, GROUPREF, CATEGORY outside a class, anything else: unbounded.
        raise _Unbounded(name)
    return True


def _class_items(items: list) -> list[str]:
    out = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(_escape(chr(av)))
        elif name == "RANGE":
            out.append(f"{_escape(chr(av[0]))}-{_escape(chr(av[1]))}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.append(_CATEGORIES[str(av)])
        else:  # NEGATE and anything unusual: give up rather than risk a wrong class
            raise _Unbounded(name)
    return out


def _escape(ch: str) -> str:
    if ch in "\\]^-[":
        return "\\" + ch
    if ch.isprintable() and not ch.isspace():
        return ch
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
