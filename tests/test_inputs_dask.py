"""The Dask backend gives exactly the reports of ``--jobs 1``, in input order: on the command line
(its own local cluster, or a running scheduler given by address) and through the bag and
dataframe helpers, on a ``distributed.LocalCluster`` of two worker processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from clirun import run_cli

from accordcheck.api import Checker

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))
TEXTS = [
    "Kazakhstan will join the Abraham Accords, Trump said on Wednesday, Nov. 6.",
    "Morocco joined the Abraham Accords in 2019, officials recalled.",
    "Bahrain signed the accords at the White House in September 2020.",
    "Israeli Prime Minister Benjamin Netanyahu spoke to Kazakh President Kassym-Jomart Tokayev.",
]
FIELDS = ("--text-field", "body", "--id-field", "id", "--date-field", "published")


def run(*args: str) -> subprocess.CompletedProcess:
    return run_cli(*args, timeout=300)


@pytest.fixture(scope="module")
def cluster():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "archive.jsonl"
    lines = [
        json.dumps({"id": f"r{n}", "published": "2025-11-07", "body": TEXTS[n % len(TEXTS)]})
        for n in range(24)
    ]
    lines.insert(5, "{broken")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_on_its_own_local_cluster_is_identical_to_jobs_1(corpus: Path) -> None:
    args = ("scan", "--format", "jsonl", str(corpus), *SAMPLES, *FIELDS)
    local = run(*args, "--jobs", "1")
    on_dask = run(*args, "--backend", "dask", "--jobs", "2")
    assert "Traceback" not in on_dask.stderr
    assert on_dask.stdout == local.stdout and local.stdout
    assert on_dask.stderr == local.stderr
    assert on_dask.returncode == local.returncode == 2  # the broken record
    assert f"accordcheck: error: {corpus}:6: not JSON" in on_dask.stderr


def test_cli_on_a_running_scheduler_is_identical_to_jobs_1(cluster, corpus: Path) -> None:
    args = ("scan", "--format", "json", str(corpus), *SAMPLES, *FIELDS)
    local = run(*args, "--jobs", "1")
    on_dask = run(*args, "--backend", "dask", "--scheduler", cluster.scheduler.address)
    assert on_dask.stdout == local.stdout and on_dask.returncode == local.returncode
    report = json.loads(on_dask.stdout)
    paths = [a["path"] for a in report["articles"]]
    assert paths[:6] == [f"{corpus}#r{n}" for n in range(5)] + [f"{corpus}:6"]
    assert paths[-len(SAMPLES) :] == SAMPLES


def test_an_unreachable_scheduler_is_one_line() -> None:
    out = run("scan", "samples/", "--backend", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("accordcheck: error: cannot reach the Dask scheduler at ")


def test_a_scheduler_needs_the_dask_backend() -> None:
    out = run("scan", "samples/", "--scheduler", "tcp://127.0.0.1:9")
    assert out.returncode == 2
    assert out.stderr == "accordcheck: error: --scheduler needs --backend dask\n"


def test_scan_bag_matches_local_checks(cluster, checker: Checker, tmp_path: Path) -> None:
    import dask.bag as db

    from accordcheck.article import Article
    from accordcheck.dask import scan_bag

    items = [*SAMPLES, str(tmp_path / "missing.txt")]
    items += [Article.from_text(t, f"mem#{n}") for n, t in enumerate(TEXTS)]
    reports = scan_bag(db.from_sequence(items, npartitions=3), as_of="2025-11-07").compute()
    expected = [checker.check_item(i, "2025-11-07") for i in items]
    assert [r.to_json() for r in reports] == [r.to_json() for r in expected]
    assert reports[len(SAMPLES)].errors == (f"{tmp_path / 'missing.txt'}: no such file",)


def test_check_frame_matches_local_checks(cluster, checker: Checker) -> None:
    pandas = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")

    from accordcheck.dask import check_frame

    frame = pandas.DataFrame(
        {
            "id": [f"d{n}" for n in range(len(TEXTS) + 1)],
            "published": ["2025-11-07"] * (len(TEXTS) + 1),
            "body": [*TEXTS, None],
        }
    )
    rows = check_frame(
        dd.from_pandas(frame, npartitions=2), text="body", id="id", date="published",
        source="desk",
    ).compute()  # fmt: skip
    assert list(rows["path"]) == [f"desk#d{n}" for n in range(len(TEXTS) + 1)]
    assert list(rows.index) == list(frame.index)
    for n, text in enumerate(TEXTS):
        expected = checker.check_text(text, f"desk#d{n}", "2025-11-07").to_json()
        got = json.loads(rows["report"].iloc[n])
        assert got["statements"] == expected["statements"]
        assert got["published"]["date"] == "2025-11-07"
        assert rows["conflicting"].iloc[n] == expected["counts"]["conflicting"]
        assert rows["errors"].iloc[n] == ""
    assert rows["errors"].iloc[-1] == f"desk#d{len(TEXTS)}: no 'body' field (--text-field)"


def test_a_progress_bar_on_a_terminal(corpus: Path, tmp_path: Path) -> None:
    """With stderr on a terminal the Dask run draws the progress bar there (and the report is
    the one of --jobs 1); piped, it draws nothing (the other tests)."""
    import pty

    written = tmp_path / "out.jsonl"
    args = ["scan", str(corpus), *FIELDS, "--format", "jsonl", "-o", str(written)]
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    proc = subprocess.Popen(
        [sys.executable, "-m", "accordcheck", *args, "--backend", "dask", "--jobs", "2"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower, cwd=ROOT, env=env,
    )  # fmt: skip
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert proc.wait(timeout=300) == 2
    assert b"checking" in shown
    assert b"not JSON" in shown and b"25/?" in shown
    local = run(*args[:-2], "--jobs", "1")
    assert written.read_text(encoding="utf-8") == local.stdout
