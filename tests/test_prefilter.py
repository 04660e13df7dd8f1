"""The prefilter skips only rules that could not have matched: extraction with and without it is
identical on every shipped article, on the rules' own examples and on generated text; gates are
derived soundly from patterns; case folding agrees with the regex engine."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accordcheck.api import Checker
from accordcheck.extract import extract
from accordcheck.prefilter import Gate, Literal, Prefilter, case_folding, gate_of, paragraphs

ROOT = Path(__file__).resolve().parents[1]


def _same(checker: Checker, text: str) -> None:
    annotation = checker.lexicon.annotate(text)
    full, _ = extract(annotation, checker.rules, 5.0)
    gated, _ = extract(annotation, checker.rules, 5.0, checker.prefilter)
    assert [(m.rule.id, m.start, m.end) for m in gated] == [
        (m.rule.id, m.start, m.end) for m in full
    ]


def test_identical_on_shipped_articles(checker: Checker) -> None:
    paths = [*ROOT.glob("samples/*.txt"), *ROOT.glob("tests/fixtures/heldout/*.txt")]
    seeds = ROOT.parent / "shared" / "seeds"
    paths += sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    for path in paths:
        _same(checker, path.read_text(encoding="utf-8"))


def test_same_reports_with_and_without_it(checker: Checker) -> None:
    """What a user sees: every statement, verdict, reason and the article date."""
    ungated = Checker(checker.rules, checker.reference, checker.lexicon, checker.timeout)
    ungated.use_prefilter = False
    paths = [*ROOT.glob("samples/*.txt"), *ROOT.glob("tests/fixtures/heldout/*.txt")]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert (
            checker.check_text(text, str(path)).to_json()
            == ungated.check_text(text, str(path)).to_json()
        )


def test_identical_on_rule_examples(checker: Checker) -> None:
    for rule in checker.rules:
        for example in (*rule.matches, *rule.non_matches):
            _same(checker, example.text)


def test_it_skips_something_on_unrelated_text(checker: Checker) -> None:
    text = "The council approved the new bus timetable after a long debate about parking."
    assert len(checker.prefilter.runnable(text)) < len(checker.rules)


def _lits(*words: str, ic: bool = False) -> frozenset:
    return frozenset(Literal(w, ic) for w in words)


def test_gates_of_simple_patterns() -> None:
    assert gate_of(r"Abraham\s+Accords") == Gate(((_lits("Abraham"),), (_lits("Accords"),)), 0)
    assert gate_of(r"(?:treaty)?") == Gate((), 0)
    assert gate_of(r"(?i:peace)") == Gate(((_lits("peace", ic=True),),), 0)
    assert gate_of(r"(?:Egypt|Jordan)\s+\d{4}") == Gate(((_lits("Egypt"), _lits("Jordan")),), 0)
    # An alternative of several words needs all of them; "C5" is short but rare enough.
    assert gate_of(r"(?:White\s+House|C5\s*\+\s*1)\s+summit") == Gate(
        ((_lits("C5"), _lits("House", "White")), (_lits("summit"),)), 0
    )
    # Common words and short lowercase words need nothing; neither does an alternative with an
    # empty branch or a negative lookaround.
    assert gate_of(r"the\s+(?:of|treaty)(?!\s+Egypt)") == Gate((), 0)


def test_lookbehind_reach() -> None:
    assert gate_of(r"(?<=Accords\s)joined").reach == 8
    assert gate_of(r"(?<=Accords[\s\S]{0,50})joined").reach == 57
    assert gate_of(r"(?<=Abraham\s+Accords[\s\S]{0,50})joined").reach > 10**6
    # A negative lookbehind needs no literal, so it does not widen the search.
    assert gate_of(r"(?<!Accords\s)joined").reach == 0


def test_regex_only_syntax_gets_no_gate() -> None:
    assert gate_of(r"[[:alpha:]]+\s+treaty") is None  # POSIX class
    assert gate_of(r"(?:treaty){e<=1}") is None  # fuzzy matching
    assert gate_of(r"\p{Lu}\w+\s+treaty") is None  # sre_parse does not know \p
    assert gate_of(r"\s*[:(]\s*treaty") is not None  # a class starting with ':' is fine


def test_case_folding_agrees_with_the_engine() -> None:
    # regex's case-insensitive 'i' and 's' also match the dotted capital I and the long s.
    table = case_folding(set("is"))
    assert "\u0130".translate(table) == "I".translate(table) == "i".translate(table)
    assert "\u017f".translate(table) == "S".translate(table)


def test_case_insensitive_literals_found_in_any_case(checker: Checker) -> None:
    pf = Prefilter(list(checker.rules))
    text = checker.lexicon.annotate("KAZAKHSTAN will be the newest member, officials said TODAY.")
    ungated, _ = extract(text, checker.rules, 5.0)
    assert [m.rule.id for m in extract(text, checker.rules, 5.0, pf)[0]] == [
        m.rule.id for m in ungated
    ]


def test_paragraphs_split_at_blank_lines() -> None:
    text = "One.\n\nTwo\nlines.\n  \t\nThree."
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.", "Two\nlines.", "Three."]


def test_statements_never_span_a_blank_line(checker: Checker) -> None:
    joined = "Kazakhstan joined the Abraham Accords in November 2025."
    split = "Kazakhstan joined\n\nthe Abraham Accords in November 2025."
    for text, found in ((joined, True), (split, False)):
        matches, _ = extract(checker.lexicon.annotate(text), checker.rules)
        assert any(m.rule.check == "membership" for m in matches) is found


WORDS = [
    "Kazakhstan", "Israel", "joined", "the", "Abraham", "Accords", "in", "2020", "since", "1992",
    "President", "Donald", "Trump", "former", "Thursday", "(Nov", "7)", "relations", "with",
    "for", "more", "than", "30", "years", "Jordan", "peace", "treaty", "five", "Central", "Asian",
    "countries", "the", "fifth", "country", "to", "join", "Sudan", "Morocco", "signed", ",", ".",
    "Crown", "Prince", "Mohammed", "bin", "Salman", "visit", "White", "House", "November", "18",
    "\n\n", "\n", "SIGNED", "Announced", "yesterday", "TODAY", "C5+1", "summit", "ſigned",
]  # fmt: skip


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_identical_on_generated_text(checker: Checker, words: list[str]) -> None:
    _same(checker, " ".join(words))


# ---- running a rule sentence by sentence (Prefilter.windows) -------------------------------
def test_sentence_bound_patterns() -> None:
    from accordcheck.prefilter import sentence_bound

    assert sentence_bound(r"\bjoined\s+\w+")
    assert sentence_bound(r"(?<=[\s\S]{0,50})joined(?=\s*[.;]|$)")  # lookbehinds may cross
    assert sentence_bound(r"joined[^\ue000\n]{0,40}?\d{4}")
    assert not sentence_bound(r"joined[\s\S]{0,40}?\d{4}")  # may run over the mark
    assert not sentence_bound(r"joined.{0,40}\d{4}")
    assert not sentence_bound(r"joined(?=[^.]*Accords)")  # a lookahead past the mark
    assert not sentence_bound(r"joined\W+\d{4}")
    assert sentence_bound(r"(?:^|\ue000)\s*Signed")  # the mark as a match's first character
    assert not sentence_bound(r"Signed\s*(?:^|\ue000)")
    assert not sentence_bound(r"(?:\s|\ue000)+Signed")
    assert not sentence_bound(r"(joined)?")  # may match empty
    assert not sentence_bound(r"(?P<a>\w+) and (?P=a)")  # a backreference


def _runs(checker: Checker, text: str, windowed: bool) -> list[tuple[str, int, int]]:
    from accordcheck.extract import run_rule

    annotation = checker.lexicon.annotate(text)
    prefilter = checker.prefilter
    out = []
    if windowed:
        for _a, b, planned in prefilter.windows(annotation.shadow):
            for rule, spans in planned:
                for pos, end in spans:
                    before = end - 1 if end < b else None
                    found = run_rule(rule, annotation, 5, pos, end, before)
                    out += [(rule.id, m.start, m.end) for m in found]
    else:
        for a, b, rules in prefilter.plan(annotation.shadow):
            for rule in rules:
                out += [(rule.id, m.start, m.end) for m in run_rule(rule, annotation, 5, a, b)]
    return sorted(out)


def test_windows_find_what_paragraphs_find(checker: Checker) -> None:
    """Rule by rule, not only after containment: every match of every rule is the same."""
    paths = [*ROOT.glob("samples/*.txt"), *ROOT.glob("tests/fixtures/heldout/*.txt")]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert _runs(checker, text, True) == _runs(checker, text, False), path


def test_a_run_keeps_the_mark_for_end_anchors() -> None:
    """``$`` must not match at a cut: the run keeps the next sentence's mark."""
    from accordcheck.rules import Rule

    pattern = regex.compile(r"\bwill\s+win\s*$")
    rule = Rule("t.end", "unverifiable", "", pattern.pattern, pattern)
    prefilter = Prefilter([rule])
    text = "They say he will win" + " " * 80 + "\ue000Next came a loss."  # past MARGIN
    mark = text.index("\ue000")
    planned = [p for _a, _b, ps in prefilter.windows(text) for p in ps]
    assert [spans for _rule, spans in planned] == [[(0, mark + 1)]]
    found = [
        m.span() for _r, spans in planned for s, e in spans for m in pattern.finditer(text, s, e)
    ]
    assert found == [m.span() for m in pattern.finditer(text)] == []
    assert pattern.search(text, 0, mark)  # what a cut just before the mark would have found


def test_event_gate_never_hides_a_trigger(checker: Checker) -> None:
    reference = checker.reference
    paths = [*ROOT.glob("samples/*.txt"), *ROOT.glob("tests/fixtures/heldout/*.txt")]
    for path in paths:
        shadow = checker.lexicon.annotate(path.read_text(encoding="utf-8")).shadow
        for sentence in shadow.split("\ue000"):
            possible = reference._event_gate.possible(sentence)
            for (_event, pattern), maybe in zip(reference._event_patterns, possible, strict=True):
                if not maybe:
                    assert pattern.search(sentence) is None


def test_a_match_may_start_on_a_mark() -> None:
    """``(?:^|\\ue000)`` consumes the mark as a match's first character: the match belongs to
    the sentence the mark starts, not to the run that keeps that mark at its end."""
    from accordcheck.rules import Rule

    filler = "Nothing to see here at all. " * 4  # past MARGIN
    texts = [
        "Talks went on" + filler + "\ue000 Signed in haste" + filler + "\ue000Quiet " + filler,
        "Signed first" + filler + "\ue000Signed again\ue000" + filler + "\ue000 Signed",
        "x" + filler + "\ue000Signed",
    ]
    for raw in (r"(?:^|\ue000)\s*Signed\b", r"(?:^|\ue000)\s*Signed(?:\s+\w+)?"):
        pattern = regex.compile(raw)
        rule = Rule("t.mark", "unverifiable", "", raw, pattern)
        prefilter = Prefilter([rule])
        for text in texts:
            found = []
            for _a, b, planned in prefilter.windows(text):
                for _rule, spans in planned:
                    for pos, end in spans:
                        cut = end - 1 if end < b else len(text)
                        found += [
                            m.span() for m in pattern.finditer(text, pos, end) if m.start() < cut
                        ]
            assert found == [m.span() for m in pattern.finditer(text)], (raw, text)


def test_one_entity_is_its_own_literal() -> None:
    """``@country=israel`` is one character of the shadow text: the gate needs that character,
    not just any country; a class of several (``@country``) needs a token of the kind."""
    from accordcheck.annotate import KIND_BASE
    from accordcheck.prefilter import TOKEN_LITERAL

    israel = chr(KIND_BASE["country"] + 1)
    assert gate_of(israel + r"\s+signed") == Gate(((_lits(israel),), (_lits("signed"),)), 0)
    any_country = f"[{chr(KIND_BASE['country'])}-{chr(KIND_BASE['country'] + 0xFFF)}]"
    assert gate_of(any_country + r"\s+signed") == Gate(
        ((_lits(TOKEN_LITERAL + "country"),), (_lits("signed"),)), 0
    )
