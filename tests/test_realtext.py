"""Real third-party passages in ../shared/realtext, scored with their own scorer.

The passages and their gold labels live outside this repository (they are other people's text);
the test is skipped when they are not there. It runs the CLI as a user would, writes the JSON
report, and hands it to the set's scorer, so the figure is the one the README quotes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REALTEXT = Path(__file__).resolve().parents[2] / "shared" / "realtext"
ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not (REALTEXT / "score.py").is_file(), reason="../shared/realtext is not present"
)


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[str]]:
    out = tmp_path_factory.mktemp("realtext") / "report.json"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "accordcheck",
            "scan",
            str(REALTEXT / "articles"),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode in (0, 1), run.stderr
    json.loads(run.stdout)  # the report is one JSON document
    out.write_text(run.stdout, encoding="utf-8")
    score = subprocess.run(
        [
            sys.executable,
            str(REALTEXT / "score.py"),
            str(REALTEXT / "gold.json"),
            str(out),
            str(REALTEXT / "articles"),
            "--min-acc",
            "0.9",
            "--min-recall",
            "0.9",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    return score.returncode, score.stdout.splitlines()


def test_most_real_statements_are_found_and_right(scored: tuple[int, list[str]]) -> None:
    code, lines = scored
    # At least 90% right, 90% found, and every clear-cut ("must") item right.
    assert code == 0, "\n".join(lines)


def test_no_real_statement_is_falsely_called_conflicting(scored: tuple[int, list[str]]) -> None:
    _, lines = scored
    false_conflicts = [
        line
        for line in lines
        if line.startswith("wrong:")
        and "got " in line
        and "conflicting" in line.rsplit("got ", 1)[1]
        and "conflicting" not in line.rsplit("expected ", 1)[1].split(", got")[0]
    ]
    assert false_conflicts == []
