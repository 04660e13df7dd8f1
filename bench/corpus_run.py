"""The corpus-file benchmark (issue 14): one JSONL file of articles, scanned with ``--jobs 2``
and on a Dask ``LocalCluster`` of two worker processes (``--backend dask --jobs 2``), side by
side, with a check that both give the same statements byte for byte.

    python bench/corpus_run.py                   # 5 MB (the seeded corpus of bench/generate.py)
    python bench/corpus_run.py --size-mb 2 --with-jobs-1

The articles are those of ``bench/generate.py`` (same size and seed, same articles), written as
one JSON object per line, ``{"id": <relative path>, "text": <article>}``, into
``bench/corpus/<size>mb-s<seed>.jsonl``. Every measurement is a child process timed by wall clock
from start to exit, start-up included (for Dask: starting the cluster, shipping the checker,
closing it). Prints a table; writes ``bench/out/corpus.json``. Requires the ``[dask]`` extra.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

from run import MB, OUT, REPO, Run, accordcheck_command, corpus, log, run_child

HERE = Path(__file__).resolve().parent


def write_jsonl(folder: Path) -> Path:
    """The corpus folder's articles as one JSONL file, in the order a scan of the folder reads
    them; reused while it is newer than the folder's manifest."""
    target = folder.with_suffix(".jsonl")
    manifest = folder / "manifest.json"
    if target.exists() and target.stat().st_mtime >= manifest.stat().st_mtime:
        return target
    from accordcheck.article import iter_input_paths

    partial = target.with_suffix(".jsonl.tmp")
    with open(partial, "w", encoding="utf-8") as out:
        for path in iter_input_paths([str(folder)]):
            text = Path(path).read_text(encoding="utf-8")
            record = {"id": str(Path(path).relative_to(folder)), "text": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    os.replace(partial, target)
    return target


def scan(name: str, jsonl: Path, extra: list[str], articles: int) -> Run:
    command = [*accordcheck_command(), "scan", str(jsonl), "--id-field", "id", "--format", "jsonl"]
    command += [*extra, "--quiet"]
    log(f"{name}: {' '.join(command[1:])}")
    output = OUT / f"corpus-{name}.jsonl"
    run = run_child(f"corpus-{name}", command, output)
    run.name = name
    run.files, run.bytes = articles, jsonl.stat().st_size
    digest = hashlib.sha256()
    statements = 0
    with open(output, "rb") as lines:
        for line in lines:
            if b'"verdict"' in line:
                statements += 1
                digest.update(line)
    run.extra.update({"statements": statements, "statements_sha256": digest.hexdigest()})
    log(f"{name}: {run.wall_s:.1f}s, {run.mb_per_s:.3f} MB/s, exit {run.exit_code}")
    return run


def table(runs: list[Run], reference: str) -> str:
    head = (
        f"{'run':<10} {'wall s':>8} {'CPU s':>8} {'MB/s':>7} {'articles/s':>10} "
        f"{'peak MB':>8} {'statements':>10} {'exit':>4}  same output as {reference}"
    )
    rows = [head, "-" * len(head)]
    first = next(r for r in runs if r.name == reference)
    for r in runs:
        same = r.extra["statements_sha256"] == first.extra["statements_sha256"]
        rows.append(
            f"{r.name:<10} {r.wall_s:>8.1f} {r.cpu_s:>8.1f} {r.mb_per_s:>7.3f} "
            f"{r.articles_per_s:>10.1f} {r.max_rss_mb:>8.0f} {r.extra['statements']:>10} "
            f"{r.exit_code:>4}  {'yes' if same else 'NO'}"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=5.0, help="corpus size (default 5)")
    parser.add_argument("--seed", type=int, default=6, help="corpus seed (default 6)")
    parser.add_argument("--corpus-root", type=Path, default=HERE / "corpus")
    parser.add_argument("--with-jobs-1", action="store_true", help="also time --jobs 1")
    args = parser.parse_args(argv)
    try:
        import distributed  # noqa: F401
    except ImportError:
        sys.stderr.write("corpus_run.py needs the [dask] extra: pip install -e '.[dask]'\n")
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    folder, manifest = corpus(args.size_mb, args.seed, args.corpus_root)
    jsonl = write_jsonl(folder)
    log(f"corpus file {jsonl}: {jsonl.stat().st_size / MB:.1f} MB, {manifest['articles']} records")
    plan = [("jobs-2", ["--jobs", "2"]), ("dask-2", ["--backend", "dask", "--jobs", "2"])]
    if args.with_jobs_1:
        plan.insert(0, ("jobs-1", ["--jobs", "1"]))
    runs = [scan(name, jsonl, extra, manifest["articles"]) for name, extra in plan]
    reference = plan[0][0]
    print(table(runs, reference))
    print(
        f"\n{manifest['articles']} articles, {jsonl.stat().st_size / MB:.1f} MB of JSONL; "
        f"1-minute load average at start: {', '.join(str(r.extra['load_1m_at_start']) for r in runs)}"
    )
    (OUT / "corpus.json").write_text(
        json.dumps(
            {"corpus": str(jsonl), "articles": manifest["articles"],
             "runs": [r.to_json() for r in runs]},
            indent=2,
        ) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    same = len({r.extra["statements_sha256"] for r in runs}) == 1
    return 0 if same and all(r.exit_code in (0, 1) for r in runs) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
