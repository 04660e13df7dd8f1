"""rules.py: rule files are validated strictly; every problem is a one-line DataError naming the
file and line. And every shipped rule passes its own examples."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import regex

from accordcheck.annotate import Lexicon
from accordcheck.api import packaged_rules_dir
from accordcheck.checks import option_specs
from accordcheck.reference import ReferenceTable
from accordcheck.rules import load_rules
from accordcheck.ruletest import run_examples as run_rule_examples
from accordcheck.yamlload import MAX_ALIASES, DataError

GOOD = """\
rules:
  - id: test.zebra
    check: unverifiable
    description: A test rule.
    pattern: "zebra crossing"
    examples:
      match:
        - a zebra crossing here
"""


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    table = ReferenceTable.load([packaged_rules_dir() / "reference"])
    lexicon = Lexicon(table)
    table.bind(lexicon.expand)
    return lexicon


@pytest.fixture
def load(tmp_path, lexicon):
    """Write one rule file and load it (optionally after the shipped pack)."""

    def run(text: str, with_shipped: bool = False):
        path = tmp_path / "rules.yaml"
        path.write_text(text, encoding="utf-8")
        paths: list[Path] = [packaged_rules_dir(), path] if with_shipped else [path]
        return load_rules(paths, lexicon, option_specs())

    return run


def bomb(levels: int, width: int) -> str:
    lines = ['l0: &l0 ["lol"]']
    for i in range(1, levels):
        refs = ", ".join([f"*l{i - 1}"] * width)
        lines.append(f"l{i}: &l{i} [{refs}]")
    return "\n".join(lines) + "\n"


def test_a_good_file_loads(load):
    ruleset = load(GOOD)
    rule = ruleset.by_id("test.zebra")
    assert rule is not None and rule.check == "unverifiable"
    assert rule.options == {
        "reason": "the reference table holds no record that could settle this statement",
        "topic": "statement",
        "fallback": False,
    }
    assert rule.location.endswith("rules.yaml:2")


def test_a_backward_rule_scans_from_the_end(load):
    ruleset = load(GOOD.replace("check: unverifiable", "check: unverifiable\n    search: backward"))
    rule = ruleset.by_id("test.zebra")
    assert rule.search == "backward"
    assert rule.compiled.flags & regex.REVERSE
    text = "a zebra crossing, then another zebra crossing"
    assert sorted(m.span() for m in rule.compiled.finditer(text)) == [(2, 16), (31, 45)]
    assert load(GOOD).by_id("test.zebra").search == "forward"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        pytest.param(
            GOOD.replace("    check:", "    severity: high\n    check:"),
            3,
            "unknown key 'severity'",
            id="unknown-key",
        ),
        pytest.param(
            GOOD.replace("    description: A test rule.\n", ""),
            2,
            "rule is missing required key 'description'",
            id="missing-field",
        ),
        pytest.param(
            GOOD.replace('"zebra crossing"', '"zebra (crossing"'),
            5,
            "pattern does not compile",
            id="bad-regex",
        ),
        pytest.param(
            GOOD.replace("check: unverifiable", "check: spelling"),
            3,
            "unknown check kind 'spelling'",
            id="unknown-check-kind",
        ),
        pytest.param(
            GOOD.replace('"zebra crossing"', '"zebra @country=(?:israel|oman)"'),
            5,
            "@country= takes keys written plainly",
            id="slot-keys-as-a-group",
        ),
        pytest.param(
            GOOD.replace('"zebra crossing"', '"zebra {{nothing_here}}"'),
            5,
            "unknown macro {{nothing_here}}",
            id="unknown-macro",
        ),
        pytest.param(
            "macros:\n  ping: '{{pong}}'\n  pong: '{{ping}}'\n"
            + GOOD.replace('"zebra crossing"', '"{{ping}}"'),
            8,
            "macro cycle: ping -> pong -> ping",
            id="macro-cycle",
        ),
        pytest.param(
            "macros:\n  loop: 'a{{loop}}'\n" + GOOD.replace('"zebra crossing"', '"{{loop}}"'),
            7,
            "macro cycle: loop -> loop",
            id="macro-self-cycle",
        ),
        pytest.param(
            GOOD + GOOD.removeprefix("rules:\n"),
            9,
            "duplicate rule id 'test.zebra'",
            id="duplicate-id",
        ),
        pytest.param(
            GOOD.replace("    examples:", "    options:\n      colour: red\n    examples:"),
            7,
            "unknown option 'colour' for check 'unverifiable'",
            id="unknown-option",
        ),
        pytest.param(
            GOOD.replace("    examples:", "    options:\n      topic: 42\n    examples:"),
            7,
            "option 'topic' must be of type str",
            id="option-of-wrong-type",
        ),
        pytest.param(
            GOOD.replace("check: unverifiable", "check: member_list").replace(
                "    examples:", "    options:\n      complete: 1\n    examples:"
            ),
            7,
            "option 'complete' must be of type bool",
            id="int-for-bool-option",
        ),
        pytest.param(
            GOOD.replace("    check: unverifiable", "    check: [unverifiable"),
            4,
            "invalid YAML",
            id="yaml-syntax-error",
        ),
        pytest.param(
            GOOD.replace('"zebra crossing"', '!!python/object:os.system "zebra"'),
            5,
            "could not determine a constructor",
            id="python-object-tag",
        ),
        pytest.param(
            "rules: !!python/object/apply:os.system ['echo owned']\n",
            1,
            "could not determine a constructor",
            id="python-apply-tag",
        ),
        pytest.param(
            GOOD.replace(
                "      match:\n        - a zebra crossing here",
                "      no_match:\n        - a horse",
            ),
            7,
            "a rule needs at least one example under 'match'",
            id="no-match-example",
        ),
        pytest.param(
            GOOD.replace(
                "        - a zebra crossing here",
                "        - text: a zebra crossing here\n          verdict: maybe",
            ),
            9,
            "verdict must be one of",
            id="bad-example-verdict",
        ),
        pytest.param(
            GOOD.replace(
                "        - a zebra crossing here",
                "        - text: a zebra crossing here\n          as_of: 2025-02-30",
            ),
            9,
            "not a real date",
            id="impossible-example-date",
        ),
        pytest.param(
            GOOD.replace("check: unverifiable", "check: unverifiable\n    search: sideways"),
            4,
            "search must be one of forward, backward",
            id="bad-search-direction",
        ),
        pytest.param(
            GOOD.replace("id: test.zebra", "id: Test Zebra"),
            2,
            "must be lowercase",
            id="bad-rule-id",
        ),
        pytest.param(
            "colour: red\n" + GOOD, 1, "unknown top-level key 'colour'", id="unknown-top-level-key"
        ),
        pytest.param(
            "rules:\n  - just a string\n", 1, "each rule must be a mapping", id="rule-not-a-mapping"
        ),
        pytest.param(
            GOOD.replace("check: unverifiable", "check: unverifiable\n    check: count"),
            4,
            "duplicate key 'check'",
            id="duplicate-yaml-key",
        ),
    ],
)
def test_bad_rule_file(load, tmp_path, text, line, words):
    with pytest.raises(DataError) as caught:
        load(text)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{tmp_path / 'rules.yaml'}:{line}:"), message
    assert words in message


def test_duplicate_of_a_shipped_rule_id(load, tmp_path):
    with pytest.raises(DataError) as caught:
        load(GOOD.replace("test.zebra", "membership.joined"), with_shipped=True)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'rules.yaml'}:2:")
    assert "duplicate rule id 'membership.joined' (first at " in message
    assert "membership.yaml:" in message


def test_macro_may_not_redefine_a_reference_macro(load, tmp_path):
    with pytest.raises(DataError, match=r"macro 'country' already defined in the reference table"):
        load("macros:\n  country: 'Narnia'\n" + GOOD)


def test_an_alias_bomb_is_refused_quickly(load, tmp_path):
    width = 10
    levels = MAX_ALIASES // width + 3
    text = bomb(levels, width) + GOOD
    started = time.perf_counter()
    with pytest.raises(DataError) as caught:
        load(text)
    assert time.perf_counter() - started < 5
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'rules.yaml'}:")
    assert f"more than {MAX_ALIASES} YAML aliases" in message


def test_a_few_aliases_are_fine(load):
    text = 'macros:\n  base: &b "zebra"\n  again: *b\n' + GOOD.replace(
        '"zebra crossing"', '"{{again}}"'
    )
    assert load(text).by_id("test.zebra").compiled.search("a zebra")


def test_missing_rule_path(lexicon, tmp_path):
    with pytest.raises(DataError, match="no such rule file or directory"):
        load_rules([tmp_path / "absent.yaml"], lexicon, option_specs())


def test_every_shipped_rule_has_a_match_example(checker):
    assert len(checker.rules) > 0
    assert [r.id for r in checker.rules if not r.matches] == []


def test_every_shipped_rule_passes_its_examples(checker):
    assert [str(f) for f in run_rule_examples(checker)] == []


def test_every_shipped_rule_has_a_description_and_a_registered_kind(checker):
    kinds = set(option_specs())
    for rule in checker.rules:
        assert rule.description, rule.id
        assert rule.check in kinds, rule.id
