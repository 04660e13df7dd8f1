"""Where the scan's time goes: each rule's share, a cProfile of the check, and a trial of a
literal prefilter that cannot change any verdict.

    python bench/profile_rules.py --corpus bench/corpus/10mb-s6 --files 200
    python bench/profile_rules.py --corpus bench/corpus/10mb-s6 --files 12 --cprofile
    python bench/profile_rules.py --corpus bench/corpus/10mb-s6 --files 200 --prefilter

Per rule it times what the scan runs (``accordcheck.extract.run_rule``: the rule's ``finditer``
and the captures) over a sample of corpus files, on-topic and off-topic apart, and prints the
slowest rules with their share of all rule time.

``--prefilter`` derives from each rule's expanded pattern the literals a match cannot do without
(a conjunction of "one of these strings occurs in the text"), skips a rule on an article whose
text lacks them, and checks on the sample that the matches (so the verdicts) are the same as
without the prefilter. The derivation is a prototype for ``accordcheck/rules.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import random
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import regex

from accordcheck import Checker
from accordcheck.article import Article
from accordcheck.extract import DEFAULT_TIMEOUT, _drop_contained, run_rule
from accordcheck.prefilter import Prefilter
from accordcheck.rules import Rule
from accordcheck.verify import decide_published, verify

try:
    from re import _parser as sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

HERE = Path(__file__).resolve().parent
IGNORECASE = 2  # re.IGNORECASE, the flag bit sre_parse reports on a group
MIN_LITERAL = 3  # a factor whose shortest literal is shorter is left out: it filters nothing
LONG_REPEAT = 10  # a context repeating more than this many times is expensive at every position
MAX_VARIANTS = 8  # how many spellings a literal with small classes in it may expand to


# ---- measurement ----------------------------------------------------------------------------
def sample_files(corpus: Path, count: int, seed: int, on_topic: int | None = None) -> list[Path]:
    """``count`` files drawn with a fixed seed: in the corpus's on/off-topic proportion, or with
    ``on_topic`` of them on-topic."""
    files = sorted(corpus.rglob("*.txt"))
    rng = random.Random(seed)
    if on_topic is None:
        return sorted(rng.sample(files, min(count, len(files))))
    on = [f for f in files if f.stem.endswith("_on")]
    off = [f for f in files if not f.stem.endswith("_on")]
    picked = rng.sample(on, min(on_topic, len(on)))
    return sorted(picked + rng.sample(off, min(count - len(picked), len(off))))


def time_rules(rules: list[Rule], texts: dict[Path, str]) -> dict[str, dict]:
    stats: dict[str, dict] = defaultdict(
        lambda: {"on": 0.0, "off": 0.0, "matches": 0, "files_matched": 0}
    )
    for path, text in texts.items():
        kind = "on" if path.stem.endswith("_on") else "off"
        for rule in rules:
            started = time.perf_counter()
            try:
                found = run_rule(rule, text, DEFAULT_TIMEOUT)
            except TimeoutError:
                found = []
            stats[rule.id][kind] += time.perf_counter() - started
            stats[rule.id]["matches"] += len(found)
            stats[rule.id]["files_matched"] += bool(found)
    return stats


def report_rules(stats: dict[str, dict], texts: dict[Path, str], top: int) -> str:
    total = sum(s["on"] + s["off"] for s in stats.values())
    size = sum(len(t.encode("utf-8")) for t in texts.values())
    on = sum(1 for p in texts if p.stem.endswith("_on"))
    lines = [
        f"{len(texts)} files ({on} on-topic), {size / 1e6:.2f} MB; all rules: {total:.1f}s "
        f"({size / 1e3 / total:.1f} KB/s for extraction alone)",
        "",
        f"{'rule':<38} {'share':>6} {'total s':>8} {'on s':>7} {'off s':>7} "
        f"{'KB/s':>8} {'matches':>8} {'files':>6}",
    ]
    ranked = sorted(stats.items(), key=lambda kv: -(kv[1]["on"] + kv[1]["off"]))
    for rule_id, s in ranked[:top]:
        t = s["on"] + s["off"]
        lines.append(
            f"{rule_id:<38} {100 * t / total:>5.1f}% {t:>8.2f} {s['on']:>7.2f} {s['off']:>7.2f} "
            f"{size / 1e3 / t:>8.1f} {s['matches']:>8} {s['files_matched']:>6}"
        )
    rest = sum(s["on"] + s["off"] for _, s in ranked[top:])
    lines.append(f"{'(the other ' + str(len(ranked) - top) + ')':<38} {100 * rest / total:>5.1f}%")
    return "\n".join(lines)


def profile_checks(checker: Checker, texts: dict[Path, str], limit: int) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for path, text in texts.items():
        checker.check_text(text, str(path))
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


def hoist_context(pattern: str) -> str | None:
    """The pattern with its leading context (zero-width groups: ``{{after_accords}}``, a
    lookbehind over the previous 80 characters, …) checked only where the rest can match:
    ``CONTEXT REST`` becomes ``(?=REST')CONTEXT REST``, REST' being REST without group names.
    The same matches with the same captures, since a lookaround is atomic and zero-width; but
    the expensive context runs at a handful of positions instead of at every character. None
    when the pattern has no leading context or the rewrite could change what it captures
    (conditionals or back-references on group names)."""
    end = 0
    while end < len(pattern) and pattern[end] == "(":
        close = _group_end(pattern, end)
        if close is None or not _zero_width(pattern[end : close + 1]):
            break
        end = close + 1
    context, rest = pattern[:end], pattern[end:]
    if not context or not rest or not _long_repeat(list(sre_parse.parse(context))):
        return None  # no context, or a cheap one such as (?<![\w-]) that is best checked first
    if regex.search(r"\\(?:g<|[1-9])|\(\?P=|\(\?\(", rest):
        return None
    bare = regex.sub(r"(?<!\\)\(\?P<\w+>", "(?:", rest)
    return f"(?={bare}){context}{rest}"


def _long_repeat(items: list) -> bool:
    """Whether a repeat of more than a few characters occurs anywhere in the parsed items: the
    mark of a context worth checking late (a window of 80 or 3,000 characters)."""
    for op, av in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if av[1] > LONG_REPEAT or _long_repeat(list(av[2])):
                return True
        elif name in ("ASSERT", "ASSERT_NOT"):
            if _long_repeat(list(av[1])):
                return True
        elif name == "SUBPATTERN":
            if _long_repeat(list(av[3])):
                return True
        elif name == "BRANCH" and any(_long_repeat(list(b)) for b in av[1]):
            return True
    return False


def _group_end(pattern: str, start: int) -> int | None:
    """The index of the parenthesis closing the group opened at ``start``."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


def _zero_width(group: str) -> bool:
    try:
        items = list(sre_parse.parse(group))
    except Exception:
        return False
    return bool(items) and _all_zero_width(items)


def _all_zero_width(items: list) -> bool:
    for op, av in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue
        if name == "SUBPATTERN" and _all_zero_width(list(av[3])):
            continue
        if name == "BRANCH" and all(_all_zero_width(list(b)) for b in av[1]):
            continue
        return False
    return True


def trial_prefilter(checker: Checker, texts: dict[Path, str], top: int) -> str:
    rules = list(checker.rules)
    prefilter = Prefilter(rules)
    lines = ["required literals per rule (factors: all needed; in a factor: one of them):"]
    for rule in rules:
        factors = prefilter.gates[rule.id]
        if factors is None:
            shown = "(not analysable: always runs)"
        elif not factors:
            shown = "(nothing required: always runs)"
        else:
            shown = " AND ".join(
                "{" + ", ".join(sorted(repr(lit.text) for lit in f)[:4])
                + (f", … {len(f)} in all" if len(f) > 4 else "") + "}"
                for f in factors
            )  # fmt: skip
        lines.append(f"  {rule.id:<38} {shown}")
    hoisted = {}
    for rule in rules:
        rewritten = hoist_context(rule.compiled.pattern)
        if rewritten is not None:
            hoisted[rule.id] = replace(rule, compiled=regex.compile(rewritten, regex.VERSION0))
    lines += ["", f"rules whose leading context is hoisted: {', '.join(sorted(hoisted)) or 'none'}"]
    fast_rules = [hoisted.get(r.id, r) for r in rules]
    fast_prefilter = Prefilter(fast_rules)

    seconds = {"full": 0.0, "gated": 0.0, "gated+hoisted": 0.0, "deciding": 0.0}
    per_rule: dict[str, float] = defaultdict(float)
    ran = 0
    differing: dict[str, int] = {"gated": 0, "gated+hoisted": 0}
    for path, text in texts.items():
        started = time.perf_counter()
        full = _extract(list(enumerate(rules)), text)
        seconds["full"] += time.perf_counter() - started
        expected = _statements(checker, text, full)
        for label, gate in (("gated", prefilter), ("gated+hoisted", fast_prefilter)):
            started = time.perf_counter()
            runnable = gate.runnable(text)
            if label == "gated":
                seconds["deciding"] += time.perf_counter() - started
                ran += len(runnable)
            chosen = set(map(id, runnable))
            indexed = [(i, r) for i, r in enumerate(gate.rules) if id(r) in chosen]
            found = _extract(indexed, text, per_rule if label == "gated+hoisted" else None)
            seconds[label] += time.perf_counter() - started
            if _statements(checker, text, found) != expected:
                differing[label] += 1
                lines.append(f"  DIFFERENT STATEMENTS ({label}): {path}")
    size = sum(len(t.encode("utf-8")) for t in texts.values())
    lines += [
        "",
        f"extraction over {len(texts)} files ({size / 1e6:.2f} MB); statements and verdicts "
        "compared with the unchanged rules:",
    ]
    for label in ("full", "gated", "gated+hoisted"):
        t = seconds[label]
        note = "" if label == "full" else (
            f"  {seconds['full'] / t:5.1f}x faster, files with different statements: "
            f"{differing[label]}"
        )  # fmt: skip
        lines.append(f"  {label:<14} {t:7.2f}s {size / 1e3 / t:8.1f} KB/s{note}")
    lines.append(
        f"  the prefilter ran {ran} of {len(rules) * len(texts)} rule-article pairs and took "
        f"{seconds['deciding'] * 1000:.0f} ms to decide"
    )
    total = sum(per_rule.values())
    lines += ["", f"slowest rules with the prefilter and hoisting ({total:.2f}s in all):"]
    for rule_id, t in sorted(per_rule.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {rule_id:<38} {100 * t / total:5.1f}% {t:7.3f}s")
    return "\n".join(lines)


def _statements(checker: Checker, text: str, matches: list) -> list[tuple]:
    """What the report would say given these matches: rule, span, verdict and reason."""
    article = Article.from_text(text)
    published = decide_published(article, matches, checker.reference, None)
    return [
        (s.rule, s.span.start, s.span.end, s.verdict, s.reason)
        for s in verify(article, matches, checker.reference, published)
    ]


def _extract(
    indexed: list[tuple[int, Rule]], text: str, per_rule: dict[str, float] | None = None
) -> list:
    """As ``accordcheck.extract.extract``, with each rule's place in the full rule list."""
    found = []
    for order, rule in indexed:
        started = time.perf_counter()
        with contextlib.suppress(TimeoutError):  # skipped, as extract() skips it
            found.extend((order, m) for m in run_rule(rule, text, DEFAULT_TIMEOUT))
        if per_rule is not None:
            per_rule[rule.id] += time.perf_counter() - started
    return _drop_contained(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a corpus from generate.py")
    parser.add_argument("--files", type=int, default=40, help="files to sample (default 40)")
    parser.add_argument("--seed", type=int, default=6, help="sampling seed (default 6)")
    parser.add_argument(
        "--on-topic",
        type=int,
        default=None,
        help="how many of the files are on-topic (default: as in the corpus, about 10%%)",
    )
    parser.add_argument("--top", type=int, default=10, help="rules to list (default 10)")
    parser.add_argument("--cprofile", action="store_true", help="cProfile the check_text loop")
    parser.add_argument("--prefilter", action="store_true", help="try the literal prefilter")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    checker = Checker.default()
    sys.stderr.write(f"Checker.default() in {time.perf_counter() - started:.2f}s\n")
    paths = sample_files(args.corpus, args.files, args.seed, args.on_topic)
    texts = {p: p.read_text(encoding="utf-8") for p in paths}
    if args.cprofile:
        sys.stdout.write(profile_checks(checker, texts, 30) + "\n")
    elif args.prefilter:
        sys.stdout.write(trial_prefilter(checker, texts, args.top) + "\n")
    else:
        sys.stdout.write(report_rules(time_rules(list(checker.rules), texts), texts, args.top))
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
