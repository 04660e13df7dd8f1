"""Which rules can match where: a literal gate per paragraph that changes no verdict.

Extraction runs the rules one paragraph at a time (a statement never spans a blank line; a rule's
lookbehind still sees the text before its paragraph). Most paragraphs of an archive match no rule,
so before a rule runs on a paragraph, this gate asks whether the paragraph holds the literal
strings every match of the rule needs.

From each rule's expanded pattern it derives a *gate*: clauses that must all hold, each a choice
of *terms*, each term a set of literals that must all occur. ``(?:White\\s+House|C5\\+1)\\s+summit``
gives the clauses ``{White ∧ House, C5+1}`` and ``{summit}``. The derivation is sound by
construction: literals only come from parts of the pattern every match passes through (optional
repeats, negative lookarounds and alternatives where one branch needs nothing give nothing), and
a pattern the parser cannot read, or that uses syntax only ``regex`` knows, gets no gate and
always runs. Literals too short or too common to be worth looking for ("of", "the", "said" is
kept) count as always present: a weaker gate, never a wrong one.

All literals of all rules are found in one Aho-Corasick pass over the article (``pyahocorasick``);
case-insensitive ones in a second pass over a folded copy, where every character the ``regex``
engine would match case-insensitively against a literal's character is mapped to one
representative (computed from the engine itself, over every code point). A literal counts for a
paragraph when it starts inside it or within ``MARGIN`` characters before it (short lookbehinds
such as ``(?<=\\bMr)\\.``); a literal that a longer lookbehind looks for (``the Abraham Accords
… named earlier in the article``) counts from the start of the article. Presence is kept as bit
masks over literal ids, so testing a rule's gate is a few integer operations. Tests check that
extraction with and without the gate is identical on the shipped articles, the rules' examples
and generated text, and that whole reports are.
"""

from __future__ import annotations

import array
import bisect
import functools
import itertools
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import ahocorasick
import regex

from accordcheck.annotate import BLOCK, KIND_BASE, SENTENCE_MARK
from accordcheck.firstchars import IGNORECASE, parse, parsed_pattern
from accordcheck.rules import Rule

try:
    from re import _constants as sre_constants  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]

MIN_LITERAL = 3  # a literal shorter than this filters nothing worth the look
# A token of the shadow text (a name, a title, a time): its "literal" is its kind.
TOKEN_LITERAL = "\x00@"
_TOKEN = regex.compile(r"[\U00020000-\U00027FFF]")
MAX_VARIANTS = 8  # how many spellings a literal with small classes in it may expand to
MAX_TERMS = 512  # how many terms one clause may have before it is weakened to fewer literals
MARGIN = 64  # lookbehinds reaching at most this far count literals just before the paragraph
UNBOUNDED = int(sre_constants.MAXREPEAT)

CHUNK = 20_000  # characters of shadow text a rule is run on at once, at most
# A paragraph ends at a blank line (a line holding nothing but spaces).
PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True)
class Literal:
    text: str
    ignorecase: bool
    # Looked for by a lookbehind reaching further back than MARGIN: it may be anywhere earlier
    # in the text, not only in or just before the paragraph.
    context: bool = False


Term = frozenset  # of Literal: all of them occur
Clause = tuple  # of Term: one of them holds


@dataclass(frozen=True)
class Gate:
    """What a rule needs: every clause holds (some term of it has all its literals present).
    ``reach`` is how far before a match's start its lookbehinds may find a needed literal
    (UNBOUNDED when they may look back to the start of the text)."""

    clauses: tuple[Clause, ...]
    reach: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The spans extraction runs on: the text cut at blank lines, and a paragraph longer than
    ``CHUNK`` characters cut further at sentence marks (no pattern crosses one), so that the cost
    of an article grows with its length and its time budget can be kept."""
    spans = []
    start = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        spans.extend(_chunks(text, start, m.start()))
        start = m.end()
    spans.extend(_chunks(text, start, len(text)))
    return spans


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    while end - start > CHUNK:
        cut = text.rfind(SENTENCE_MARK, start + 1, start + CHUNK)
        if cut < 0:
            cut = text.find(SENTENCE_MARK, start + CHUNK, end)
            if cut < 0:
                break
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


# ---- deriving a gate ------------------------------------------------------------------------
# While deriving, a formula is TRUE (needs nothing), a Literal, or ("and"|"or", children).
TRUE = ("and", ())


def gate_of(pattern: str) -> Gate | None:
    """The gate of an expanded pattern, or None when it cannot be derived (the rule then always
    runs)."""
    parsed = parse(pattern)
    if parsed is None:
        return None
    reach = [0]
    formula = _sequence(*parsed, 0, reach)
    return Gate(_clauses(formula), reach[0])


# Words in nearly every paragraph of English prose: looking for them costs more than it saves,
# so a pattern needing one is treated as needing nothing there (a weaker gate, still sound).
COMMON_WORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "was",
        "were",
        "has",
        "have",
        "had",
        "been",
        "are",
        "his",
        "her",
        "they",
        "that",
        "this",
        "with",
        "from",
        "not",
        "but",
        "who",
        "which",
        "will",
        "would",
        "year",
        "years",
        "day",
        "days",
        "one",
        "two",
        "new",
        "also",
        "more",
        "than",
        "after",
        "before",
        "into",
        "over",
        "about",
        "when",
        "where",
    ]
)


def _lit(text: str, ignorecase: bool, context: bool):
    if text.lower() in COMMON_WORDS:
        return TRUE
    # Two characters are enough when one of them is a capital or a digit ("C5", "UN").
    rare = len(text) == 2 and not ignorecase and any(c.isupper() or c.isdigit() for c in text)
    return Literal(text, ignorecase, context) if len(text) >= MIN_LITERAL or rare else TRUE


def _and(children: list):
    flat = []
    for c in children:
        if c == TRUE:
            continue
        flat.extend(c[1] if isinstance(c, tuple) and c[0] == "and" else [c])
    return flat[0] if len(flat) == 1 else ("and", tuple(flat))


def _or(children: list):
    if not children or any(c == TRUE for c in children):
        return TRUE
    return children[0] if len(children) == 1 else ("or", tuple(children))


def _sequence(items: list, ignorecase: bool, offset: int, reach: list[int]):
    parts: list = []
    # The literal being read, as its variants: a small class such as ['’] or [Aa] multiplies
    # them ("Sa'ar", "Sa’ar"). White space ends a literal.
    run: list[str] = [""]

    def flush() -> None:
        nonlocal run
        if run != [""]:
            parts.append(_or([_lit(v, ignorecase, offset > MARGIN) for v in run]))
        run = [""]

    for op, av in items:
        name = str(op)
        if name == "LITERAL" and token_kind(av) is not None:
            # One name, title or time of the shadow text (``@country=israel``): needs that very
            # character (it has no case), rarer than any token of its kind.
            flush()
            parts.append(Literal(chr(av), False, offset > MARGIN))
            continue
        if name == "LITERAL" and not chr(av).isspace():
            run = [v + chr(av) for v in run]
            continue
        if name == "IN":
            kinds = _token_class(av)
            if kinds:
                flush()
                parts.append(
                    _or([Literal(TOKEN_LITERAL + k, False, offset > MARGIN) for k in kinds])
                )
                continue
            chars = _small_class(av)
            if chars and len(run) * len(chars) <= MAX_VARIANTS:
                run = [v + c for v in run for c in chars]
                continue
        flush()
        if name == "SUBPATTERN":
            _group, add, remove, body = av
            ic = (ignorecase or bool(add & IGNORECASE)) and not bool(remove & IGNORECASE)
            parts.append(_sequence(list(body), ic, offset, reach))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, body = av
            if low >= 1:
                parts.append(_sequence(list(body), ignorecase, offset, reach))
        elif name == "ATOMIC_GROUP":
            parts.append(_sequence(list(av), ignorecase, offset, reach))
        elif name == "ASSERT":
            direction, body = av
            inner = offset
            if direction < 0:  # a lookbehind: its literals lie before the match's start
                width = int(body.getwidth()[1])
                inner = UNBOUNDED if width >= UNBOUNDED else min(UNBOUNDED, offset + width)
            sub = _sequence(list(body), ignorecase, inner, reach)
            if sub != TRUE:
                reach[0] = max(reach[0], inner)
            parts.append(sub)
        elif name == "BRANCH":
            parts.append(_or([_sequence(list(b), ignorecase, offset, reach) for b in av[1]]))
        elif name == "GROUPREF_EXISTS":
            _group, yes, no = av
            branches = [list(yes), list(no) if no is not None else []]
            parts.append(_or([_sequence(b, ignorecase, offset, reach) for b in branches]))
        # Anything else (ANY, a large or negated IN, CATEGORY, AT, NOT_LITERAL, GROUPREF,
        # ASSERT_NOT) needs no particular literal.
    flush()
    return _and(parts)


def token_kind(code: int) -> str | None:
    """The kind of mention a shadow-text character stands for, or None."""
    for kind, base in KIND_BASE.items():
        if base <= code < base + BLOCK:
            return kind
    return None


def _token_class(items: list) -> list[str] | None:
    """The kinds of a class made only of shadow-text characters (``@country``, ``@date``)."""
    kinds: set[str] = set()
    for op, av in items:
        codes = [av] if str(op) == "LITERAL" else list(av) if str(op) == "RANGE" else []
        found = {token_kind(c) for c in codes}
        if not codes or None in found or len(found) != 1:
            return None
        kinds |= found  # type: ignore[arg-type]
    return sorted(kinds) or None


def _small_class(items: list) -> list[str] | None:
    """The characters of a class made of a few literal characters (``['’]``, ``[Aa]``)."""
    if not items or len(items) > MAX_VARIANTS or any(str(op) != "LITERAL" for op, _ in items):
        return None
    chars = sorted({chr(av) for _, av in items})
    return None if any(c.isspace() for c in chars) else chars


def _clauses(formula) -> tuple[Clause, ...]:
    """The formula as clauses (all must hold) of terms (one must hold)."""
    if formula == TRUE:
        return ()
    if isinstance(formula, Literal):
        return ((frozenset({formula}),),)
    kind, children = formula
    if kind == "and":
        return tuple(c for child in children for c in _clauses(child))
    terms: set[Term] = set()
    for child in children:
        terms.update(_terms(_clauses(child)))
    return (_minimal(terms),)


def _terms(clauses: tuple[Clause, ...]) -> list[Term]:
    """One alternative's clauses as a choice of terms. When multiplying them out would give more
    than MAX_TERMS, only the most selective clauses are kept: a weaker requirement, still sound."""
    chosen: list[Clause] = []
    size = 1
    for clause in sorted(clauses, key=_selectivity):
        if size * len(clause) > MAX_TERMS:
            continue
        chosen.append(clause)
        size *= len(clause)
    return [frozenset().union(*combo) for combo in itertools.product(*chosen)]


def _selectivity(clause: Clause) -> tuple[int, int]:
    # Fewer, longer literals select better.
    return (len(clause), -min(len(lit.text) for term in clause for lit in term))


def _minimal(terms: set[Term]) -> Clause:
    """Drop terms that contain another term: (A) or (A and B) is just A."""
    ordered = sorted(terms, key=lambda t: (len(t), sorted(map(_order, t))))
    kept: list[Term] = []
    for term in ordered:
        if not any(k <= term for k in kept):
            kept.append(term)
    return tuple(kept)


# ---- which patterns stay inside a sentence -------------------------------------------------
def sentence_bound(pattern: str) -> bool:
    """Whether every match of the pattern, and everything it looks ahead at, lies inside one
    sentence of the shadow text (from its mark, up to the next mark), so that running it on
    runs of sentences (each kept up to and including the next mark) finds exactly what running
    it over the paragraph finds: nothing outside a lookbehind can consume the mark U+E000 except
    as a match's first character (``(?:^|\ue000)Signed``), no backreference, and no match is
    empty. A run keeps the next sentence's mark as its last character, so that ``$``, ``\b`` and
    lookaheads see there what they see in the paragraph (a match starting on that mark belongs
    to the next sentence and is left to it); lookbehinds still see the text before the run.
    False whenever the parser cannot read the pattern."""
    parsed = parsed_pattern(pattern)
    if parsed is None:
        return False
    try:
        if parsed.getwidth()[0] == 0:
            return False
    except Exception:
        return False
    return _stays(list(parsed), True)[0]


_MARK = ord(SENTENCE_MARK)
# Categories that hold the mark (a private-use character: not a digit, space or word character).
_MARK_CATEGORIES = {"CATEGORY_NOT_DIGIT", "CATEGORY_NOT_SPACE", "CATEGORY_NOT_WORD"}


def _stays(items, at_start: bool) -> tuple[bool, bool]:
    """(whether the sequence consumes the mark only where nothing was consumed before it in
    the match, given ``at_start``: nothing may have been consumed before the sequence; whether
    nothing may have been consumed after it)."""
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL", "ANY", "IN", "CATEGORY"):
            mark = (
                av == _MARK
                if name == "LITERAL"
                else av != _MARK
                if name == "NOT_LITERAL"
                else _class_has_mark(av)
                if name == "IN"
                else str(av) in _MARK_CATEGORIES
                if name == "CATEGORY"
                else True
            )
            if mark and not at_start:
                return False, False
            at_start = False
        elif name == "AT":
            pass  # zero-width: ^, \b, $ (see above)
        elif name == "SUBPATTERN":
            ok, at_start = _stays(av[3], at_start)
            if not ok:
                return False, False
        elif name == "ATOMIC_GROUP":
            ok, at_start = _stays(av, at_start)
            if not ok:
                return False, False
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = av
            ok, after = _stays(body, at_start)
            if not ok or (high > 1 and not _stays(body, False)[0]):
                return False, False  # a second round is never at the start
            at_start = at_start and (low == 0 or after)
        elif name == "BRANCH":
            results = [_stays(b, at_start) for b in av[1]]
            if not all(ok for ok, _ in results):
                return False, False
            at_start = any(after for _, after in results)
        elif name in ("ASSERT", "ASSERT_NOT"):
            direction, body = av
            if direction > 0 and not _stays(body, at_start)[0]:
                return False, False  # a lookahead that may read past the mark
        else:
            return False, False  # a backreference, a conditional, anything not known here
    return True, at_start


def _class_has_mark(items) -> bool:
    negate = False
    hit = False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            hit |= av == _MARK
        elif name == "RANGE":
            hit |= av[0] <= _MARK <= av[1]
        elif name == "CATEGORY":
            hit |= str(av) in _MARK_CATEGORIES
        else:
            return True  # unknown: assume the worst
    return hit != negate


# ---- finding literals -----------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _every_code_point() -> str:
    # Decoded from UTF-32 in one go: no million one-character strings on the way.
    points = array.array("I", itertools.chain(range(0xD800), range(0xE000, 0x110000)))
    return points.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")


def case_folding(chars: set[str]) -> dict[int, str]:
    """A translation that maps every character the regex engine matches case-insensitively
    against one of ``chars`` to one representative of its class, asking the engine itself."""
    table: dict[int, str] = {}
    for ch in sorted(chars):
        if ord(ch) in table:
            continue
        cls = _fold_class(ch)
        rep = min(cls)
        for c in cls:
            table[ord(c)] = rep
    return {k: v for k, v in table.items() if chr(k) != v}


@functools.lru_cache(maxsize=4096)
def _fold_class(ch: str) -> frozenset[str]:
    """Every character the engine matches case-insensitively against ``ch`` (and ``ch``): one
    pass over every code point, so kept for the next pack or gate that asks."""
    found = regex.findall(regex.escape(ch), _every_code_point(), regex.IGNORECASE)
    return frozenset(found) | {ch}


class Prefilter:
    """The rules' gates and one automaton of all their literals."""

    def __init__(self, rules: Sequence[Rule]):
        self.rules = list(rules)
        literals = sorted(
            {
                lit
                for gate in self.gates.values()
                for clause in (gate.clauses if gate else ())
                for term in clause
                for lit in term
            },
            key=_order,
        )
        self.fold = case_folding(
            {
                c
                for lit in literals
                if lit.ignorecase and not lit.text.startswith(TOKEN_LITERAL)
                for c in lit.text
            }
        )
        ids: dict[Literal, int] = {}
        exact: dict[str, list[int]] = {}
        folded: dict[str, list[int]] = {}
        self._token_bits: dict[str, int] = {}
        for lit in literals:
            ids[lit] = len(ids)
            if lit.text.startswith(TOKEN_LITERAL):
                kind = lit.text[len(TOKEN_LITERAL) :]
                self._token_bits[kind] = self._token_bits.get(kind, 0) | 1 << ids[lit]
                continue
            key = lit.text.translate(self.fold) if lit.ignorecase else lit.text
            (folded if lit.ignorecase else exact).setdefault(key, []).append(ids[lit])
        self._exact = _automaton(exact)
        self._folded = _automaton(folded)
        # Per rule: None (always runs) or its clauses, most selective first.
        self.plans: list[tuple[Rule, tuple[_Clause, ...] | None]] = []
        for rule in self.rules:
            gate = self.gates[rule.id]
            if gate is None or not gate.clauses:
                self.plans.append((rule, None))
                continue
            clauses = tuple(sorted((_Clause(clause, ids) for clause in gate.clauses), key=len))
            self.plans.append((rule, clauses))
        self._index(ids)
        # Per rule: whether it may run sentence by sentence (see windows).
        self._bound = {r.id: sentence_bound(r.compiled.pattern) for r in self.rules}

    @functools.cached_property
    def gates(self) -> dict[str, Gate | None]:
        """Each rule's gate, by id (derived on first use, and again after unpickling: the plans
        hold what runs them)."""
        return {r.id: gate_of(r.compiled.pattern) for r in self.rules}

    def __getstate__(self) -> dict:
        # The gates are not pickled (a pack in the cache): what runs them is in plans and _tests.
        state = dict(self.__dict__)
        state.pop("gates", None)
        return state

    def _index(self, ids: dict[Literal, int]) -> None:
        """The gates inverted: per literal id, the rules (bit masks over their index in
        ``plans``) that may match when it is present, near and as context. A paragraph's
        candidate rules are then the union over the literals present, not a test of every rule.

        A rule is filed under one clause of its gate (all must hold), by one literal of each of
        its terms (a term holds only when all its literals are there): the clause and the
        literals that are rarest in text, words before the shadow text's tokens (a name or a
        time is in nearly every paragraph)."""
        self._always = 0
        self._keys: dict[str, tuple[int, int]] = {}
        near_rules = [0] * len(ids)
        seen_rules = [0] * len(ids)
        for i, (rule, clauses) in enumerate(self.plans):
            gate = self.gates[rule.id]
            if clauses is None or gate is None:
                self._always |= 1 << i
                continue
            keyed = [[_key_literal(term) for term in clause] for clause in gate.clauses]
            best = min(keyed, key=lambda keys: (sum(map(_is_token, keys)), len(set(keys))))
            near_key = seen_key = 0
            for lit in set(best):
                (seen_rules if lit.context else near_rules)[ids[lit]] |= 1 << i
                if lit.context:
                    seen_key |= 1 << ids[lit]
                else:
                    near_key |= 1 << ids[lit]
            # A rule needs one of these (near, as context) wherever it matches.
            self._keys[rule.id] = (near_key, seen_key)
        self._near_rules = near_rules
        self._seen_rules = seen_rules
        # Per rule index: its clauses as (near singles, context singles) where every term is one
        # literal (a clause holds when one is present: two ANDs), and the other clauses.
        self._tests: list[tuple[tuple[tuple[int, int], ...], tuple[_Clause, ...]] | None] = []
        for _rule, clauses in self.plans:
            if clauses is None:
                self._tests.append(None)
                continue
            simple = tuple(
                (c.near_singles, c.seen_singles) for c in clauses if not (c.by_near or c.by_seen)
            )
            other = tuple(c for c in clauses if c.by_near or c.by_seen)
            self._tests.append((simple, other))

    def _hits(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, bit mask of the literals) of every literal occurrence in the text."""
        if self._token_bits:
            of_char: dict[str, int] = {}  # a token's literal bits, by its character
            for m in _TOKEN.finditer(text):
                ch = m.group()
                bits = of_char.get(ch)
                if bits is None:
                    bits = of_char[ch] = self._token_bits.get(token_kind(ord(ch)) or "", 0)
                if bits:
                    yield m.start(), bits
        for automaton, haystack in (
            (self._exact, text),
            (self._folded, text.translate(self.fold) if self.fold else text),
        ):
            if automaton is not None:
                for end, (length, bits) in automaton.iter(haystack):
                    yield end - length + 1, bits

    def plan(
        self, text: str, rules: Sequence[Rule] | None = None
    ) -> Iterator[tuple[int, int, list[Rule]]]:
        """For each paragraph (start, end), the rules that may match in it, in rule order.
        ``rules`` (default: all) restricts the candidates."""
        for a, b, out, _hits, _seen in self._plan(text, rules):
            yield a, b, out

    def windows(
        self, text: str, rules: Sequence[Rule] | None = None
    ) -> Iterator[tuple[int, int, list[tuple[Rule, list[tuple[int, int]]]]]]:
        """For each paragraph (start, end), the rules that may match in it, in rule order, each
        with the spans (pos, endpos) to run it on: the whole paragraph, or for a rule whose
        matches stay inside a sentence (:func:`sentence_bound`), only the runs of its sentences
        that hold the literals it needs. A run that ends at a sentence mark keeps the mark as its
        last character, so that ``$`` and lookaheads see there what they see in the paragraph.
        Running a rule on its spans finds exactly what running it on the paragraph finds."""
        index_of = self._index_of()
        for a, b, out, hits, seen_before in self._plan(text, rules):
            marks = _marks(text, a, b) if any(self._bound[r.id] for r in out) else []
            if not marks:
                yield a, b, [(rule, [(a, b)]) for rule in out]
                continue
            sentences = list(zip([a, *marks], [*marks, b], strict=True))
            hits.sort()
            starts = [h for h, _ in hits]
            near = []  # per sentence: literals in it or just before it
            seen = []  # per sentence: literals from the start of the text to its end
            mask = seen_before
            done = 0
            for s, e in sentences:
                lo = bisect.bisect_left(starts, s - MARGIN)
                hi = bisect.bisect_left(starts, e, lo)
                local = 0
                for _, bit in hits[lo:hi]:
                    local |= bit
                near.append(local)
                for _, bit in hits[done:hi]:
                    mask |= bit
                done = max(done, hi)
                seen.append(mask)
            planned = []
            for rule in out:
                i = index_of[rule.id]
                clauses = self.plans[i][1]
                if clauses is None or not self._bound[rule.id]:
                    planned.append((rule, [(a, b)]))
                    continue
                near_key, seen_key = self._keys[rule.id]
                tests = self._tests[i]
                spans: list[tuple[int, int]] = []
                for (s, e), n, c in zip(sentences, near, seen, strict=True):
                    if (near_key & n or seen_key & c) and _holds(tests, n, c):
                        end = e + 1 if e < b else b  # the mark at e stays in the run
                        if spans and spans[-1][1] == s + 1:
                            spans[-1] = (spans[-1][0], end)
                        else:
                            spans.append((s, end))
                if spans:
                    planned.append((rule, spans))
            yield a, b, planned

    def _plan(self, text: str, rules: Sequence[Rule] | None):
        spans = paragraphs(text)
        wanted = -1  # a bit mask over plans: every rule
        if rules is not None:
            index_of = self._index_of()
            wanted = 0
            for r in rules:
                i = index_of.get(r.id)
                if i is not None:
                    wanted |= 1 << i
        starts = [a for a, _ in spans]
        # Literals present per paragraph, as bit masks over literal ids, and the rules whose
        # first clause one of them is in, as bit masks over rule indexes.
        local = [0] * len(spans)
        margin = [0] * len(spans)
        candidates = [0] * len(spans)
        seen_candidates = [0] * len(spans)
        # Every literal occurrence that counts for a paragraph (in it, or just before it).
        occurrences: list[list[tuple[int, int]]] = [[] for _ in spans]
        rules_of: dict[int, tuple[int, int]] = {}
        for start, bit in self._hits(text):
            by = rules_of.get(bit)
            if by is None:
                by = rules_of[bit] = self._rules_of(bit)
            near_rules, seen_rules = by
            w = bisect.bisect_right(starts, start) - 1
            local[w] |= bit
            candidates[w] |= near_rules
            seen_candidates[w] |= seen_rules
            occurrences[w].append((start, bit))
            # A literal just before a later paragraph also counts for it (short lookbehinds).
            k = w + 1
            while k < len(spans) and start >= starts[k] - MARGIN:
                margin[k] |= bit
                candidates[k] |= near_rules
                occurrences[k].append((start, bit))
                k += 1
        plans = self.plans
        seen = 0
        seen_rules = 0
        for w, (a, b) in enumerate(spans):
            near = local[w] | margin[w]
            seen_before = seen
            seen |= local[w]
            seen_rules |= seen_candidates[w]
            out = []
            todo = (candidates[w] | seen_rules | self._always) & wanted
            while todo:  # in rule order: lowest index first
                low = todo & -todo
                todo ^= low
                i = low.bit_length() - 1
                tests = self._tests[i]
                if tests is None or _holds(tests, near, seen):
                    out.append(plans[i][0])
            yield a, b, out, occurrences[w], seen_before

    def _index_of(self) -> dict[str, int]:
        """Each rule's index in ``plans``, by id (made once)."""
        index = getattr(self, "_index_by_id", None)
        if index is None:
            index = self._index_by_id = {rule.id: i for i, (rule, _) in enumerate(self.plans)}
        return index

    def _rules_of(self, bits: int) -> tuple[int, int]:
        near = seen = 0
        while bits:
            low = bits & -bits
            bits ^= low
            i = low.bit_length() - 1
            near |= self._near_rules[i]
            seen |= self._seen_rules[i]
        return near, seen

    def runnable(self, text: str) -> list[Rule]:
        """The rules that may match somewhere in the text."""
        found: set[str] = set()
        for _a, _b, rules in self.plan(text):
            found.update(r.id for r in rules)
        return [r for r in self.rules if r.id in found]


@dataclass(frozen=True)
class _Pattern:
    """A pattern standing in for a rule in :class:`PatternGate`."""

    id: str
    compiled: regex.Pattern


class PatternGate:
    """The same gates for a list of patterns searched over whole texts (not paragraph by
    paragraph): which of them can match anywhere in a text, from the literals present in it."""

    def __init__(self, patterns: Sequence[regex.Pattern]):
        self._prefilter = Prefilter([_Pattern(str(i), p) for i, p in enumerate(patterns)])

    def possible(self, text: str) -> list[bool]:
        """Per pattern, False when it cannot match anywhere in ``text``."""
        present = 0
        for _start, bits in self._prefilter._hits(text):
            present |= bits
        return [
            clauses is None or all(c.holds(present, present) for c in clauses)
            for _, clauses in self._prefilter.plans
        ]


def _holds(tests, near: int, seen: int) -> bool:
    """Whether a gate holds (see Prefilter._index for ``tests``)."""
    simple, other = tests
    for near_singles, seen_singles in simple:
        if not (near_singles & near or seen_singles & seen):
            return False
    return all(c.holds(near, seen) for c in other)


def _marks(text: str, a: int, b: int) -> list[int]:
    """The sentence marks inside ``text[a:b]`` (one at ``a`` starts no new sentence)."""
    out = []
    at = text.find(SENTENCE_MARK, a + 1, b)
    while at >= 0:
        out.append(at)
        at = text.find(SENTENCE_MARK, at + 1, b)
    return out


def _is_token(lit: Literal) -> bool:
    return lit.text.startswith(TOKEN_LITERAL)


def _key_literal(term: Term) -> Literal:
    """The literal a term is filed under: a word before a token, near before context, the
    longest."""
    return max(term, key=lambda x: (not _is_token(x), not x.context, len(x.text), _order(x)))


def _order(lit: Literal) -> tuple[str, bool, bool]:
    return (lit.text, lit.ignorecase, lit.context)


class _Clause:
    """One clause of a gate over literal ids: holds when some term has its literals present,
    context literals anywhere before the paragraph's end (``seen``), the others in or just
    before the paragraph (``near``). Everything is a bit mask: a test is a few integer ANDs."""

    __slots__ = (
        "by_near",
        "by_seen",
        "near_keys",
        "near_lits",
        "near_singles",
        "seen_keys",
        "seen_lits",
        "seen_singles",
        "size",
    )

    def __init__(self, clause: Clause, ids: dict[Literal, int]):
        def mask(lits) -> int:
            return sum(1 << ids[x] for x in set(lits))

        self.near_lits = mask(x for t in clause for x in t if not x.context)
        self.seen_lits = mask(x for t in clause for x in t if x.context)
        singles = [next(iter(t)) for t in clause if len(t) == 1]
        self.near_singles = mask(x for x in singles if not x.context)
        self.seen_singles = mask(x for x in singles if x.context)
        # Terms of several literals, each as (its near literals, its context literals), filed
        # under one of them (the longest, preferring a near one): only the terms whose key
        # literal is present are tested.
        by_near: dict[int, list[tuple[int, int]]] = {}
        by_seen: dict[int, list[tuple[int, int]]] = {}
        for term in clause:
            if len(term) == 1:
                continue
            key = max(term, key=lambda x: (not x.context, len(x.text), _order(x)))
            split = (mask(x for x in term if not x.context), mask(x for x in term if x.context))
            (by_seen if key.context else by_near).setdefault(1 << ids[key], []).append(split)
        self.by_near = {k: tuple(v) for k, v in by_near.items()}
        self.by_seen = {k: tuple(v) for k, v in by_seen.items()}
        self.near_keys = sum(self.by_near)
        self.seen_keys = sum(self.by_seen)
        self.size = len({x for t in clause for x in t})

    def __len__(self) -> int:
        return self.size

    def holds(self, near: int, seen: int) -> bool:
        """``near``: literals in or just before the paragraph; ``seen``: from the start of the
        text to the paragraph's end."""
        if not (self.near_lits & near or self.seen_lits & seen):
            return False
        if self.near_singles & near or self.seen_singles & seen:
            return True
        for keys, index in (
            (self.near_keys & near, self.by_near),
            (self.seen_keys & seen, self.by_seen),
        ):
            while keys:
                key = keys & -keys  # the lowest key literal present
                keys ^= key
                if any(n & near == n and c & seen == c for n, c in index[key]):
                    return True
        return False


def _automaton(words: dict[str, list[int]]):
    """An automaton of the literal keys, each giving its length and its literals' bit mask."""
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for key, lit_ids in words.items():
        automaton.add_word(key, (len(key), sum(1 << i for i in set(lit_ids))))
    automaton.make_automaton()
    return automaton
