"""The accordcheck benchmark (issue 6): throughput, peers, memory and latency in one run.

    python bench/run.py                  # 100 MB corpus (and 400 MB for the memory check)
    python bench/run.py --size-mb 20     # a quicker run
    python bench/run.py --size-mb 1 --only scan,baseline,spacy

Every measurement is a child process timed by wall clock from start to exit (start-up
included), on the same corpus files. Peak memory is the child's maximum resident set size (GNU
time's %M, else ``os.wait4``; with --jobs 2 the largest single process of the tree, not their
sum).
Progress goes to stderr; the table at the end to stdout; everything to bench/out/results.json.
See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT = HERE / "out"
MB = 1_000_000
PARTS = ("baseline", "scan", "spacy", "memory", "latency")
SPACY_MISSING = "spaCy: not installed (pip install spacy)"
LATENCY_RUNS = 5
GNU_TIME = "/usr/bin/time"


@dataclass
class Run:
    """One child process: what ran, how long, how much memory, how it ended."""

    name: str
    command: list[str]
    wall_s: float
    cpu_s: float
    max_rss_mb: float
    exit_code: int
    files: int = 0
    bytes: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def mb_per_s(self) -> float:
        return self.bytes / MB / self.wall_s if self.wall_s else 0.0

    @property
    def articles_per_s(self) -> float:
        return self.files / self.wall_s if self.wall_s else 0.0

    def to_json(self) -> dict:
        out = asdict(self)
        out["mb_per_s"] = round(self.mb_per_s, 4)
        out["articles_per_s"] = round(self.articles_per_s, 3)
        return out


def log(message: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


def run_child(
    name: str, command: list[str], stdout: Path | None = None, env: dict | None = None
) -> Run:
    """Run a command to completion; its wall time, peak RSS and exit code.

    Peak RSS comes from GNU time's ``%M`` where /usr/bin/time exists: a child forked from this
    Python process starts as a copy of it, and ``wait4`` would count that copy too. Without
    GNU time it is ``wait4``'s figure, which has this process's size as a floor."""
    load = os.getloadavg()[0]
    launcher: list[str] = []
    rss_file = OUT / f"{name}.maxrss"
    if Path(GNU_TIME).exists():
        launcher = [GNU_TIME, "-f", "%M", "-o", str(rss_file)]
    with open(stdout or os.devnull, "wb") as sink, open(OUT / f"{name}.stderr", "wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen([*launcher, *command], stdout=sink, stderr=err, cwd=REPO, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    rss_kb = float(usage.ru_maxrss)
    if launcher:
        # GNU time writes "Command exited with non-zero status N" first when it is not 0.
        rss_kb = float(rss_file.read_text(encoding="utf-8").split()[-1])
    extra = {"load_1m_at_start": round(load, 2)}
    cpu = usage.ru_utime + usage.ru_stime  # the child's and its waited-for children's
    return Run(name, command, wall, cpu, rss_kb / 1024, proc.returncode, extra=extra)


def accordcheck_command() -> list[str]:
    """The accordcheck entry point of this interpreter's environment."""
    script = Path(sys.executable).parent / "accordcheck"
    if script.exists():
        return [str(script)]
    found = shutil.which("accordcheck")
    return [found] if found else [sys.executable, "-m", "accordcheck"]


def jobs_supported(accordcheck: list[str]) -> bool:
    """Whether this accordcheck's `scan` takes --jobs (read from its --help)."""
    result = subprocess.run(
        [*accordcheck, "scan", "--help"], capture_output=True, text=True, cwd=REPO, check=False
    )
    return "--jobs" in result.stdout


def corpus(size_mb: float, seed: int, root: Path) -> tuple[Path, dict]:
    """The corpus of this size and seed, generated (in a child process, so that this one stays
    small: see run_child) unless an identical one is there."""
    path = root / f"{size_mb:g}mb-s{seed}"
    command = [sys.executable, str(HERE / "generate.py"), "--size-mb", f"{size_mb:g}"]
    command += ["--seed", str(seed), "--out", str(path), "--reuse"]
    subprocess.run(command, check=True, cwd=REPO)
    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    log(
        f"corpus {path}: {manifest['articles']} articles ({manifest['on_topic']} on-topic), "
        f"{manifest['bytes'] / MB:.1f} MB"
    )
    return path, manifest


def code_fingerprint() -> str:
    """A hash of accordcheck's code and rule pack as installed, to tell whether they changed
    between two measurements (comparing their statements is then meaningless)."""
    import accordcheck
    from accordcheck.api import packaged_rules_dir

    digest = hashlib.sha256()
    for root in (Path(accordcheck.__file__).parent, packaged_rules_dir()):
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".yaml", ".yml", ".json") and path.is_file():
                digest.update(str(path).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def scan(accordcheck: list[str], path: Path, manifest: dict, jobs: int | None, name: str) -> Run:
    command = [*accordcheck, "scan", str(path), "--format", "jsonl"]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    output = OUT / f"{name}.jsonl"
    log(f"{name}: {' '.join(command[1:])}")
    before = code_fingerprint()
    run = run_child(name, command, output)
    after = code_fingerprint()
    run.files, run.bytes = manifest["articles"], manifest["bytes"]
    statements = warnings = errors = unreadable = 0
    digest = hashlib.sha256()  # of the statement lines, in order: --jobs must not change them
    with open(output, "rb") as lines:
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                unreadable += 1
                continue
            if "verdict" in record:
                statements += 1
                digest.update(line)
            warnings += "warning" in record
            errors += "error" in record
    stderr = (OUT / f"{name}.stderr").read_text(encoding="utf-8", errors="replace")
    run.extra.update(
        {
            "code_fingerprint": before if before == after else f"{before} -> {after} (changed)",
            "statements": statements,
            "warnings": warnings,
            "errors": errors,
            "lines_not_json": unreadable,
            "rule_timeouts": stderr.count(" timed out after "),
            "statements_sha256": digest.hexdigest(),
            "ok": run.exit_code in (0, 1) and not unreadable,
        }
    )
    log(f"{name}: {run.wall_s:.1f}s, {run.mb_per_s:.3f} MB/s, exit {run.exit_code}")
    return run


def peer(kind: str, path: Path, name: str) -> Run:
    command = [sys.executable, str(HERE / "peers.py"), kind, str(path)]
    log(f"{name}: peers.py {kind}")
    output = OUT / f"{name}.json"
    run = run_child(name, command, output)
    if run.exit_code == 0:
        result = json.loads(output.read_text(encoding="utf-8"))
        run.files, run.bytes = result["files"], result["bytes"]
        run.extra.update({k: result[k] for k in ("matches", "setup_s", "work_s")})
    log(f"{name}: {run.wall_s:.1f}s, {run.mb_per_s:.3f} MB/s, exit {run.exit_code}")
    return run


def spacy_installed() -> bool:
    command = [sys.executable, "-c", "import spacy"]
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


def best_of(name: str, command: list[str], runs: int = LATENCY_RUNS, cold: bool = False) -> dict:
    """Best wall time of ``runs`` runs; ``cold``: each with an empty rule-pack cache, so the pack
    is loaded from its YAML files and compiled, as on a first run or after an upgrade."""
    walls = []
    for _ in range(runs):
        if cold:
            with tempfile.TemporaryDirectory(prefix="accordcheck-cold-") as empty:
                env = {**os.environ, "ACCORDCHECK_CACHE_DIR": empty}
                walls.append(run_child(name, command, env=env).wall_s)
        else:
            walls.append(run_child(name, command).wall_s)
    log(f"{name}: best {min(walls) * 1000:.0f} ms of {runs}")
    return {"command": command, "best_s": min(walls), "all_s": walls}


def target(name: str, measured: float | None, goal: str, passed: bool | None, shown: str) -> dict:
    status = "n/a" if passed is None else ("PASS" if passed else "MISS")
    return {"target": name, "goal": goal, "measured": measured, "shown": shown, "status": status}


def evaluate(results: dict) -> list[dict]:
    runs = results["runs"]
    j1, j2 = runs.get("scan_jobs1"), runs.get("scan_jobs2")
    base, nlp = runs.get("baseline"), runs.get("spacy")
    out = []
    if j1 and base:
        ratio = j1["wall_s"] / base["wall_s"]
        out.append(
            target(
                "scan --jobs 1 vs bare baseline (time)",
                ratio,
                "<= 2.0x",
                ratio <= 2.0,
                f"{ratio:.1f}x",
            )
        )
    else:
        out.append(target("scan --jobs 1 vs bare baseline (time)", None, "<= 2.0x", None, "n/a"))
    if j1 and j2:
        speedup = j1["wall_s"] / j2["wall_s"]
        out.append(
            target(
                "--jobs 2 speed-up over --jobs 1",
                speedup,
                ">= 1.8x",
                speedup >= 1.8,
                f"{speedup:.2f}x",
            )
        )
    else:
        out.append(target("--jobs 2 speed-up over --jobs 1", None, ">= 1.8x", None, "n/a"))
    if j1 and nlp:
        factor = j1["mb_per_s"] / nlp["mb_per_s"]
        out.append(
            target(
                "scan --jobs 1 vs spaCy peer (throughput)",
                factor,
                ">= 1x",
                factor >= 1,
                f"{factor:.3g}x",
            )
        )
    else:
        shown = "n/a (spaCy not installed)" if results.get("spacy") == SPACY_MISSING else "n/a"
        out.append(target("scan --jobs 1 vs spaCy peer (throughput)", None, ">= 1x", None, shown))
    mem = results.get("memory")
    if mem:
        growth = mem["rss_4x_mb"] / mem["rss_1x_mb"]
        out.append(
            target(
                "peak RSS at 4x corpus vs 1x",
                growth,
                "<= 1.10x",
                growth <= 1.10,
                f"{growth:.2f}x ({mem['rss_1x_mb']:.0f} -> {mem['rss_4x_mb']:.0f} MB)",
            )
        )
    else:
        out.append(target("peak RSS at 4x corpus vs 1x", None, "<= 1.10x", None, "n/a"))
    one = results.get("latency", {}).get("one_article")
    if one:
        ms = one["best_s"] * 1000
        out.append(
            target("one-article scan, wall (best of 5)", ms, "<= 200 ms", ms <= 200, f"{ms:.0f} ms")
        )
    else:
        out.append(target("one-article scan, wall (best of 5)", None, "<= 200 ms", None, "n/a"))
    cold = results.get("latency", {}).get("one_article_cold")
    name = "one-article scan, empty pack cache (best of 3)"
    if cold:
        ms = cold["best_s"] * 1000
        out.append(target(name, ms, "<= 300 ms", ms <= 300, f"{ms:.0f} ms"))
    else:
        out.append(target(name, None, "<= 300 ms", None, "n/a"))
    return out


def table(results: dict) -> str:
    lines = []
    manifest = results.get("corpus", {})
    if manifest:
        lines.append(
            f"corpus: {manifest['articles']} articles ({manifest['on_topic']} on-topic), "
            f"{manifest['bytes'] / MB:.1f} MB, seed {manifest['seed']}"
        )
    lines.append("")
    head = (
        f"{'run':<16} {'wall s':>8} {'CPU s':>8} {'MB/s':>8} {'articles/s':>10} "
        f"{'peak RSS MB':>11}  note"
    )
    lines += [head, "-" * len(head)]
    order = ["baseline", "scan_jobs1", "scan_jobs2", "spacy", "scan_jobs1_4x"]
    for key in order:
        run = results["runs"].get(key)
        if run is None:
            note = results.get("notes", {}).get(key)
            if note:
                lines.append(f"{key:<16} {'-':>8} {'-':>8} {'-':>8} {'-':>10} {'-':>11}  {note}")
            continue
        note = results.get("notes", {}).get(key, "")
        extra = run.get("extra", {})
        if "work_s" in extra:
            note = (note + "; " if note else "") + (
                f"setup {extra['setup_s']:.2f}s + work {extra['work_s']:.2f}s, "
                f"{extra['matches']} matches"
            )
        if "statements" in extra:
            note = (note + "; " if note else "") + (
                f"{extra['statements']} statements, {extra.get('rule_timeouts', 0)} rule "
                f"timeouts, exit {run['exit_code']}"
            )
        lines.append(
            f"{key:<16} {run['wall_s']:>8.2f} {run['cpu_s']:>8.2f} {run['mb_per_s']:>8.3f} "
            f"{run['articles_per_s']:>10.2f} {run['max_rss_mb']:>11.0f}  {note}"
        )
    latency = results.get("latency", {})
    if latency:
        lines.append("")
        for key, label in (
            ("one_article", "one-article scan"),
            ("one_article_cold", "same, empty cache"),
            ("version", "--version"),
        ):
            if key in latency:
                runs_done = len(latency[key]["all_s"])
                lines.append(
                    f"{label:<22} {latency[key]['best_s'] * 1000:>8.0f} ms (best of {runs_done})"
                )
    loads = [
        f"{key} {run['extra']['load_1m_at_start']:.1f}"
        for key, run in results["runs"].items()
        if "load_1m_at_start" in run.get("extra", {})
    ]
    if loads:
        lines += ["", "load average (1 min) as each run started: " + ", ".join(loads)]
    lines.append(f"peak RSS from: {results['environment']['peak_rss_from']}")
    if results.get("spacy") == SPACY_MISSING:
        lines += ["", SPACY_MISSING]
    lines += ["", f"{'target':<42} {'goal':<10} {'measured':<28} result"]
    for t in results["targets"]:
        lines.append(f"{t['target']:<42} {t['goal']:<10} {t['shown']:<28} {t['status']}")
    return "\n".join(lines)


def environment(accordcheck: list[str], jobs: bool) -> dict:
    import regex

    import accordcheck as package

    versions = {
        "python": platform.python_version(),
        "accordcheck": package.__version__,
        "regex": regex.__version__,
    }
    try:
        import spacy

        versions["spacy"] = spacy.__version__
    except ImportError:
        versions["spacy"] = None
    return {
        "versions": versions,
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "accordcheck_command": accordcheck,
        "scan_accepts_jobs": jobs,
        "peak_rss_from": (
            f"{GNU_TIME} %M"
            if Path(GNU_TIME).exists()
            else "os.wait4 (this process's size is a floor)"
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=100.0, help="corpus size (default 100)")
    parser.add_argument("--seed", type=int, default=6, help="corpus seed (default 6)")
    parser.add_argument(
        "--memory-scale",
        type=float,
        default=4.0,
        help="size factor of the memory check's second corpus (default 4)",
    )
    parser.add_argument(
        "--corpus-root",
        type=Path,
        default=HERE / "corpus",
        help="where corpora are generated and reused (default bench/corpus)",
    )
    parser.add_argument(
        "--only",
        default=",".join(PARTS),
        help=f"comma-separated parts to run (default all: {','.join(PARTS)})",
    )
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        parser.error(f"unknown part(s) {', '.join(unknown)} (known: {', '.join(PARTS)})")

    OUT.mkdir(parents=True, exist_ok=True)
    accordcheck = accordcheck_command()
    jobs = jobs_supported(accordcheck)
    results: dict = {
        "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "arguments": {
            "size_mb": args.size_mb,
            "seed": args.seed,
            "parts": parts,
            "memory_scale": args.memory_scale,
        },
        "environment": environment(accordcheck, jobs),
        "runs": {},
        "notes": {},
    }
    runs = results["runs"]
    if not jobs:
        log("`accordcheck scan` does not take --jobs yet: jobs 2 is reported as n/a")

    needs_corpus = {"baseline", "scan", "spacy", "memory"} & set(parts)
    if needs_corpus:
        path, manifest = corpus(args.size_mb, args.seed, args.corpus_root)
        results["corpus"] = {**manifest, "path": str(path)}

    # Loading the rule pack once fills its cache, as any earlier run on this machine would have:
    # the timed runs measure a warm start (the cold one is measured under "latency").
    subprocess.run([*accordcheck, "rules", "list"], capture_output=True, cwd=REPO, check=False)
    if "baseline" in parts:
        runs["baseline"] = peer("baseline", path, "baseline").to_json()
    if "scan" in parts or "memory" in parts:
        runs["scan_jobs1"] = scan(
            accordcheck, path, manifest, 1 if jobs else None, "scan_jobs1"
        ).to_json()
    if "scan" in parts:
        if jobs:
            runs["scan_jobs2"] = scan(accordcheck, path, manifest, 2, "scan_jobs2").to_json()
            one, two = runs["scan_jobs1"]["extra"], runs["scan_jobs2"]["extra"]
            if one["code_fingerprint"] != two["code_fingerprint"]:
                note = "accordcheck's code or rules changed between the runs: not comparable"
            elif one["statements_sha256"] == two["statements_sha256"]:
                note = "statements identical to --jobs 1"
            else:
                note = "STATEMENTS DIFFER from --jobs 1"
            results["notes"]["scan_jobs2"] = note
        else:
            results["notes"]["scan_jobs2"] = "n/a (scan has no --jobs yet)"
    if "spacy" in parts:
        if spacy_installed():
            runs["spacy"] = peer("spacy", path, "spacy").to_json()
        else:
            log(SPACY_MISSING)
            results["spacy"] = SPACY_MISSING
            results["notes"]["spacy"] = "not installed (pip install spacy)"
    if "memory" in parts:
        big_path, big_manifest = corpus(
            args.size_mb * args.memory_scale, args.seed, args.corpus_root
        )
        results["corpus_4x"] = {**big_manifest, "path": str(big_path)}
        runs["scan_jobs1_4x"] = scan(
            accordcheck, big_path, big_manifest, 1 if jobs else None, "scan_jobs1_4x"
        ).to_json()
        results["memory"] = {
            "rss_1x_mb": runs["scan_jobs1"]["max_rss_mb"],
            "rss_4x_mb": runs["scan_jobs1_4x"]["max_rss_mb"],
            "scale": args.memory_scale,
        }
    if "latency" in parts:
        sample = sorted((REPO / "samples").glob("01_*.txt"))
        one = [*accordcheck, "scan", *map(str, sample), "--format", "json"]
        results["latency"] = {
            "one_article": best_of("one_article", one),
            "one_article_cold": best_of("one_article_cold", one, runs=3, cold=True),
            "version": best_of("version", [*accordcheck, "--version"]),
        }

    results["targets"] = evaluate(results)
    results["finished"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    (OUT / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(table(results) + "\n")
    log(f"wrote {OUT / 'results.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
