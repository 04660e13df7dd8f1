"""Where the scan's time goes: each rule's share, a cProfile of the check, and what the
prefilter saves.

    python bench/profile_rules.py --corpus bench/corpus/10mb-s6 --files 200
    python bench/profile_rules.py --corpus bench/corpus/10mb-s6 --files 12 --cprofile
    python bench/profile_rules.py --corpus bench/corpus/10mb-s6 --files 200 --prefilter

Per rule it times what the scan runs (``accordcheck.extract.run_rule`` on each paragraph: the
rule's ``finditer`` and the captures) over a sample of corpus files, on-topic and off-topic
apart, and prints the slowest rules with their share of all rule time. By default every rule runs
on every paragraph; with ``--gated`` only where the prefilter lets it, on the sentence runs it
lets through (as the scan does).

``--prefilter`` prints each rule's gate (the literals its matches need, from
``accordcheck/prefilter.py``), then times extraction over the sample with and without the gate,
counts the rule-paragraph runs it saves and checks that the matches are the same.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from accordcheck import Checker
from accordcheck.annotate import Lexicon
from accordcheck.extract import DEFAULT_TIMEOUT, extract, run_rule
from accordcheck.prefilter import Prefilter, paragraphs
from accordcheck.rules import Rule

HERE = Path(__file__).resolve().parent


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


def time_rules(
    rules: list[Rule],
    texts: dict[Path, str],
    lexicon: Lexicon,
    prefilter: Prefilter | None = None,
) -> dict[str, dict]:
    stats: dict[str, dict] = defaultdict(
        lambda: {"on": 0.0, "off": 0.0, "matches": 0, "files_matched": 0}
    )
    for path, raw in texts.items():
        kind = "on" if path.stem.endswith("_on") else "off"
        text = lexicon.annotate(raw)  # rules run on its shadow text
        # Gated, as the scan runs them: each rule on the runs of sentences its gate lets through
        # (Prefilter.windows); ungated, every rule on every paragraph.
        plan = (
            prefilter.windows(text.shadow)
            if prefilter is not None
            else ((a, b, [(r, [(a, b)]) for r in rules]) for a, b in paragraphs(text.shadow))
        )
        matched: set[str] = set()
        for _a, b, runnable in plan:
            for rule, spans in runnable:
                started = time.perf_counter()
                found = []
                try:
                    for pos, end in spans:
                        before = end - 1 if end < b else None
                        found += run_rule(rule, text, DEFAULT_TIMEOUT, pos, end, before)
                except TimeoutError:
                    found = []
                stats[rule.id][kind] += time.perf_counter() - started
                stats[rule.id]["matches"] += len(found)
                if found:
                    matched.add(rule.id)
        for rule_id in matched:
            stats[rule_id]["files_matched"] += 1
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


def trial_prefilter(checker: Checker, texts: dict[Path, str]) -> str:
    prefilter = checker.prefilter
    lines = ["gates (clauses all needed; in a clause, one term; in a term, every literal):"]
    for rule in checker.rules:
        gate = prefilter.gates[rule.id]
        if gate is None:
            shown = "(not analysable: always runs)"
        elif not gate.clauses:
            shown = "(nothing required: always runs)"
        else:
            shown = " AND ".join(
                "{" + " | ".join("+".join(sorted(lit.text for lit in t)) for t in c[:4])
                + (f" | … {len(c)} in all" if len(c) > 4 else "") + "}"
                for c in gate.clauses
            )  # fmt: skip
        lines.append(f"  {rule.id:<38} {shown}")
    rules = list(checker.rules)
    seconds = {"ungated": 0.0, "gated": 0.0, "deciding": 0.0}
    runs = {"ungated": 0, "gated": 0}
    differing = 0
    for path, raw in texts.items():
        text = checker.lexicon.annotate(raw)
        started = time.perf_counter()
        full, _ = extract(text, rules, DEFAULT_TIMEOUT)
        seconds["ungated"] += time.perf_counter() - started
        runs["ungated"] += len(rules) * len(paragraphs(text.shadow))
        started = time.perf_counter()
        plan = list(prefilter.windows(text.shadow))
        seconds["deciding"] += time.perf_counter() - started
        runs["gated"] += sum(len(r) for _, _, r in plan)
        started = time.perf_counter()
        gated, _ = extract(text, rules, DEFAULT_TIMEOUT, prefilter)
        seconds["gated"] += time.perf_counter() - started
        if [(m.rule.id, m.start, m.end) for m in gated] != [
            (m.rule.id, m.start, m.end) for m in full
        ]:
            differing += 1
            lines.append(f"  DIFFERENT MATCHES: {path}")
    size = sum(len(t.encode("utf-8")) for t in texts.values())
    lines += [
        "",
        f"extraction over {len(texts)} files ({size / 1e6:.2f} MB):",
        f"  without the gate {seconds['ungated']:7.2f}s  {runs['ungated']:>8} rule-paragraph runs",
        f"  with the gate    {seconds['gated']:7.2f}s  {runs['gated']:>8} rule-paragraph runs "
        f"({seconds['ungated'] / seconds['gated']:.1f}x faster; deciding took "
        f"{seconds['deciding'] * 1000:.0f} ms)",
        f"  files whose matches differ: {differing}",
    ]
    return "\n".join(lines)


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
    parser.add_argument("--prefilter", action="store_true", help="what the prefilter saves")
    parser.add_argument(
        "--gated", action="store_true", help="time rules only where the prefilter lets them run"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    checker = Checker.default()
    sys.stderr.write(f"Checker.default() in {time.perf_counter() - started:.2f}s\n")
    paths = sample_files(args.corpus, args.files, args.seed, args.on_topic)
    texts = {p: p.read_text(encoding="utf-8") for p in paths}
    if args.cprofile:
        sys.stdout.write(profile_checks(checker, texts, 30) + "\n")
    elif args.prefilter:
        sys.stdout.write(trial_prefilter(checker, texts) + "\n")
    else:
        gate = checker.prefilter if args.gated else None
        stats = time_rules(list(checker.rules), texts, checker.lexicon, gate)
        sys.stdout.write(report_rules(stats, texts, args.top))
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
