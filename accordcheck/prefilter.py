"""A prefilter that skips rules which cannot match an article, without changing any verdict.

From each rule's expanded pattern it derives what every match must contain: a list of factors,
all needed, each a set of literal strings of which one must occur in the text. A rule whose
factors are not all present in an article is not run on it. The derivation is sound by
construction: literals are only taken from parts of the pattern every match passes through
(optional repeats, negative lookarounds and alternatives where one branch needs nothing
contribute nothing), case-insensitive parts are tested with the regex engine itself, and a
pattern the parser cannot read gets no filter and always runs. Tests check on the shipped
articles and on generated text that extraction with and without it is identical.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from accordcheck.rules import Rule

try:
    from re import _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

IGNORECASE = 2  # re.IGNORECASE, the flag bit sre_parse reports on a group
MIN_LITERAL = 3  # a factor whose shortest literal is shorter filters nothing worth the test
MAX_VARIANTS = 8  # how many spellings a literal with small classes in it may expand to


@dataclass(frozen=True)
class Literal:
    text: str
    ignorecase: bool


Factor = frozenset  # of Literal: at least one of them occurs in every text the rule matches


def required_factors(pattern: str) -> list[Factor] | None:
    """What every match of ``pattern`` needs in the text: a list of factors (all needed), each a
    set of literals (one of them needed). None when the pattern cannot be analysed; [] when
    nothing is required. Sound by construction: a literal is only taken from a part of the
    pattern that every match must pass through (repeats with a minimum of 0, negative
    lookarounds and one-sided alternatives contribute nothing)."""
    # sre_parse rejects a group name used twice and conditionals on names it then no longer
    # knows; neither changes which literals a match needs, so both become plain groups.
    plain = regex.sub(r"(?<!\\)\(\?P<\w+>", "(?:", pattern)
    plain = regex.sub(r"(?<!\\)\(\?\(\w+\)", "(?:", plain)
    try:
        parsed = sre_parse.parse(plain)
    except Exception:  # any construct sre_parse does not know: no prefilter for this rule
        return None
    factors = _sequence(list(parsed), bool(parsed.state.flags & IGNORECASE))
    return [f for f in factors if min(len(lit.text) for lit in f) >= MIN_LITERAL]


def _sequence(items: list, ignorecase: bool) -> list[Factor]:
    factors: list[Factor] = []
    # The literal being read, as its variants: a small class such as ['’] or [Aa] multiplies
    # them ("Sa'ar", "Sa’ar").
    run: list[str] = [""]

    def flush() -> None:
        nonlocal run
        if run != [""]:
            factors.append(frozenset(Literal(v, ignorecase) for v in run))
        run = [""]

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run = [v + chr(av) for v in run]
            continue
        if name == "IN":
            chars = _small_class(av)
            if chars and len(run) * len(chars) <= MAX_VARIANTS:
                run = [v + c for v in run for c in chars]
                continue
        flush()
        if name == "SUBPATTERN":
            _group, add, remove, body = av
            ic = (ignorecase or bool(add & IGNORECASE)) and not bool(remove & IGNORECASE)
            factors += _sequence(list(body), ic)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, body = av
            if low >= 1:
                factors += _sequence(list(body), ignorecase)
        elif name == "ATOMIC_GROUP":
            factors += _sequence(list(av), ignorecase)
        elif name == "ASSERT":
            _direction, body = av
            factors += _sequence(list(body), ignorecase)
        elif name == "BRANCH":
            factor = _either([_sequence(list(b), ignorecase) for b in av[1]])
            if factor:
                factors.append(factor)
        elif name == "GROUPREF_EXISTS":
            _group, yes, no = av
            branches = [list(yes), list(no) if no is not None else []]
            factor = _either([_sequence(b, ignorecase) for b in branches])
            if factor:
                factors.append(factor)
        # Anything else (ANY, a large or negated IN, CATEGORY, AT, NOT_LITERAL, GROUPREF,
        # ASSERT_NOT) needs no particular literal.
    flush()
    return factors


def _small_class(items: list) -> list[str] | None:
    """The characters of a class made of a few literal characters (``['’]``, ``[Aa]``)."""
    if not items or len(items) > MAX_VARIANTS or any(str(op) != "LITERAL" for op, _ in items):
        return None
    return sorted({chr(av) for _, av in items})


def _either(branches: list[list[Factor]]) -> Factor | None:
    """One alternative of several must match: the union of the best factor of each, or None if
    some alternative needs nothing."""
    union: set[Literal] = set()
    for factors in branches:
        factors = [f for f in factors if min(len(lit.text) for lit in f) >= MIN_LITERAL]
        if not factors:
            return None
        union |= max(factors, key=lambda f: (min(len(lit.text) for lit in f), -len(f)))
    return frozenset(union)


class Prefilter:
    """Rules gated by their required literals; a rule runs on an article only if every one of
    its factors has a literal in the text."""

    def __init__(self, rules: list[Rule]):
        self.rules = rules
        self.gates: dict[str, list[Factor] | None] = {
            r.id: required_factors(r.compiled.pattern) for r in rules
        }
        self._searchers: dict[Factor, tuple[list[str], list[str], regex.Pattern | None]] = {}
        for factors in self.gates.values():
            for factor in factors or ():
                exact = [lit.text for lit in factor if not lit.ignorecase]
                folded = [lit.text for lit in factor if lit.ignorecase]
                # The case-insensitive test uses the regex engine itself, so that it agrees
                # with how the rule's own case-insensitive parts match.
                anycase = (
                    regex.compile("|".join(regex.escape(t) for t in folded), regex.IGNORECASE)
                    if folded
                    else None
                )
                self._searchers[factor] = (exact, folded, anycase)

    def present(self, factor: Factor, text: str, cache: dict) -> bool:
        if factor not in cache:
            exact, _folded, anycase = self._searchers[factor]
            cache[factor] = any(t in text for t in exact) or bool(
                anycase is not None and anycase.search(text)
            )
        return cache[factor]

    def runnable(self, text: str) -> list[Rule]:
        cache: dict = {}
        out = []
        for rule in self.rules:
            factors = self.gates[rule.id]
            if factors is None or all(self.present(f, text, cache) for f in factors):
                out.append(rule)
        return out
