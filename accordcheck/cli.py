"""The command line: a thin shell over :mod:`accordcheck.api`.

It parses options, calls the library, picks a format and maps the outcome to an exit code
(:mod:`accordcheck.exitcodes`). Problems go to stderr as one line each; stdout carries only the
report.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from accordcheck import __version__, exitcodes

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="accordcheck: an offline, auditable fact-checker for news articles.",
)


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class ScanFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"
    claimreview = "claimreview"
    markdown = "markdown"
    csv = "csv"


class FailOn(str, Enum):
    conflicting = "conflicting"
    unverifiable = "unverifiable"
    never = "never"


def _error(message: str) -> None:
    sys.stderr.write(f"accordcheck: error: {message}\n")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"accordcheck {__version__}\n")
        raise typer.Exit(exitcodes.OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """accordcheck: an offline, auditable fact-checker for news articles."""


def _as_of(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date written YYYY-MM-DD") from None


RulesOpt = Annotated[
    list[Path],
    typer.Option("--rules", help="Extra rule file or directory (repeatable).", show_default=False),
]
ReferenceOpt = Annotated[
    list[Path],
    typer.Option(
        "--reference", help="Extra reference file or directory (repeatable).", show_default=False
    ),
]
NoDefaultOpt = Annotated[
    bool,
    typer.Option("--no-default-rules", help="Do not load the shipped rules and reference table."),
]


def load_checker(
    rules: list[Path], reference: list[Path], no_default_rules: bool, config: Any = None
):
    """The checker for these options (the config file's settings where the command line gives
    none), or exit 2 with a one-line error naming the bad file."""
    from accordcheck.api import Checker
    from accordcheck.yamlload import DataError

    if config is not None:
        rules = rules or [Path(p) for p in config.get("rules")]
        reference = reference or [Path(p) for p in config.get("reference")]
        no_default_rules = no_default_rules or config.get("no_default_rules")
    try:
        return Checker.from_paths(rules=rules, reference=reference, default=not no_default_rules)
    except DataError as exc:
        # One line naming file:line:col, then the offending line for a person to read.
        _error(str(exc))
        context = exc.context()
        if context:
            sys.stderr.write(context + "\n")
        raise typer.Exit(exitcodes.ERROR) from None
    except FileNotFoundError as exc:
        _error(str(exc))
        raise typer.Exit(exitcodes.ERROR) from None


def load_settings() -> Any:
    """The config file's settings (defaults when there is none); exit 2 if it is broken."""
    from accordcheck.config import find_config, load_config
    from accordcheck.yamlload import DataError

    try:
        return load_config(find_config())
    except DataError as exc:
        _error(str(exc))
        raise typer.Exit(exitcodes.ERROR) from None


PathsArg = Annotated[
    list[str],
    typer.Argument(help="Files, directories (recursive) or - for stdin.", show_default=False),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", help="Article date YYYY-MM-DD (overrides what the article says)."),
]
ExtOpt = Annotated[
    list[str],
    typer.Option(
        "--ext", help="File extension to read in directories (repeatable; default .txt and .md)."
    ),
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Worker processes (default: the number of cores; 1 = in process).",
    ),
]
MaxBytesOpt = Annotated[
    int | None,
    typer.Option(
        "--max-bytes", min=1, help="Size cap per input file [default: 20 MiB].", show_default=False
    ),
]
BaselineOpt = Annotated[
    Path | None,
    typer.Option(
        "--baseline", help="Reviewed statements (by fingerprint) that no longer move the exit code."
    ),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
TextFieldOpt = Annotated[
    str | None,
    typer.Option(
        "--text-field",
        help="Corpus files (.jsonl, .ndjson, .csv, .parquet): the field holding each record's "
        "text [default: text].",
        show_default=False,
    ),
]
IdFieldOpt = Annotated[
    str | None,
    typer.Option(
        "--id-field",
        help="Corpus files: the field naming each record (reports say file#id) [default: the "
        "record number].",
        show_default=False,
    ),
]
DateFieldOpt = Annotated[
    str | None,
    typer.Option(
        "--date-field",
        help="Corpus files: the field holding each record's article date (ISO or written out).",
    ),
]


class Backend(str, Enum):
    local = "local"
    dask = "dask"


BackendOpt = Annotated[
    Backend,
    typer.Option(
        "--backend",
        help="local: worker processes on this machine (--jobs); dask: a Dask cluster "
        "(--scheduler, else a local one with --jobs workers). Needs the [dask] extra.",
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="With --backend dask: the address of a running Dask scheduler (tcp://host:8786).",
    ),
]


@dataclass(frozen=True)
class RunOptions:
    """What ``scan`` and ``report`` were asked for, before the config file fills the gaps."""

    paths: list[str]
    format: str
    as_of: str | None
    fail_on: FailOn | None
    ext: list[str]
    rules: list[Path]
    reference: list[Path]
    no_default_rules: bool
    jobs: int | None
    output: Path | None
    max_bytes: int | None
    baseline: Path | None
    write_baseline: Path | None
    quiet: bool
    keep_text: bool = False
    article_budget: int | None = None
    allow_timeouts: bool = False
    coverage: bool = False
    text_field: str | None = None
    id_field: str | None = None
    date_field: str | None = None
    backend: Backend = Backend.local
    scheduler: str | None = None


@app.command()
def scan(
    paths: PathsArg,
    format: Annotated[
        ScanFormat | None,
        typer.Option("--format", "-f", help="Output format [default: table].", show_default=False),
    ] = None,
    as_of: AsOfOpt = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="Lowest verdict that makes the exit code 1 [default: conflicting].",
            show_default=False,
        ),
    ] = None,
    ext: ExtOpt = [],  # noqa: B006 - typer reads the default, never mutates it
    rules: RulesOpt = [],  # noqa: B006
    reference: ReferenceOpt = [],  # noqa: B006
    no_default_rules: NoDefaultOpt = False,
    jobs: JobsOpt = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write the report to FILE (atomically) instead of stdout."
        ),
    ] = None,
    max_bytes: MaxBytesOpt = None,
    baseline: BaselineOpt = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option(
            "--write-baseline",
            help="Start a baseline file from this run's conflicting and unverifiable statements.",
        ),
    ] = None,
    quiet: QuietOpt = False,
    article_budget: Annotated[
        int | None,
        typer.Option(
            "--article-budget",
            min=1,
            help="Seconds of rule matching per article; past it the rest is skipped and reported "
            "[default: 60].",
            show_default=False,
        ),
    ] = None,
    allow_timeouts: Annotated[
        bool,
        typer.Option(
            "--allow-timeouts",
            help="Exit 0/1 even when rules were skipped on an article (a timeout, the budget).",
        ),
    ] = False,
    coverage: Annotated[
        bool,
        typer.Option(
            "--coverage",
            help="Also list the sentences that look checkable (a known name with a time or a "
            "checked kind of word) but gave no statement.",
        ),
    ] = False,
    text_field: TextFieldOpt = None,
    id_field: IdFieldOpt = None,
    date_field: DateFieldOpt = None,
    backend: BackendOpt = Backend.local,
    scheduler: SchedulerOpt = None,
) -> None:
    """Check articles: every checkable statement, labelled supported, conflicting or unverifiable."""
    settings = load_settings()
    chosen = (format or _scan_format(settings.get("format"))).value
    options = RunOptions(
        paths, chosen, as_of, fail_on, ext, rules, reference, no_default_rules, jobs, output,
        max_bytes, baseline, write_baseline, quiet,
        article_budget=article_budget, allow_timeouts=allow_timeouts, coverage=coverage,
        text_field=text_field, id_field=id_field, date_field=date_field, backend=backend,
        scheduler=scheduler,
    )  # fmt: skip
    raise typer.Exit(_run(options, settings))


@app.command()
def report(
    paths: PathsArg,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write the HTML file to FILE (atomically) instead of stdout."
        ),
    ] = None,
    as_of: AsOfOpt = None,
    ext: ExtOpt = [],  # noqa: B006
    rules: RulesOpt = [],  # noqa: B006
    reference: ReferenceOpt = [],  # noqa: B006
    no_default_rules: NoDefaultOpt = False,
    jobs: JobsOpt = None,
    max_bytes: MaxBytesOpt = None,
    baseline: BaselineOpt = None,
    quiet: QuietOpt = False,
    text_field: TextFieldOpt = None,
    id_field: IdFieldOpt = None,
    date_field: DateFieldOpt = None,
    backend: BackendOpt = Backend.local,
    scheduler: SchedulerOpt = None,
) -> None:
    """One self-contained HTML page: each article with its statements highlighted by verdict.

    Exit 0 once the page is written (whatever the verdicts), 2 if an input could not be read."""
    settings = load_settings()
    options = RunOptions(
        paths, "html", as_of, FailOn.never, ext, rules, reference, no_default_rules, jobs,
        output, max_bytes, baseline, None, quiet, keep_text=True, text_field=text_field,
        id_field=id_field, date_field=date_field, backend=backend, scheduler=scheduler,
    )  # fmt: skip
    raise typer.Exit(_run(options, settings))


def _scan_format(value: str) -> ScanFormat:
    try:
        return ScanFormat(value)
    except ValueError:
        _error(f"config: format {value!r} is not one of {', '.join(f.value for f in ScanFormat)}")
        raise typer.Exit(exitcodes.ERROR) from None


def _run(o: RunOptions, settings: Any) -> int:
    """Check the inputs and render them in the chosen format; the exit code."""
    import os

    from accordcheck.article import DEFAULT_EXTENSIONS
    from accordcheck.baseline import Baseline, baseline_part, needs_attention
    from accordcheck.baseline import write_baseline as start_baseline
    from accordcheck.formats import formatter
    from accordcheck.record import ReportCounts
    from accordcheck.yamlload import DataError

    day = _as_of(o.as_of)
    checker = load_checker(o.rules, o.reference, o.no_default_rules, settings)
    checker.max_bytes = o.max_bytes or settings.get("max_bytes")
    checker.keep_text = o.keep_text
    workers = o.jobs or settings.get("jobs") or os.cpu_count() or 1
    threshold = o.fail_on or FailOn(settings.get("fail_on"))
    extensions = tuple(o.ext) or tuple(settings.get("ext")) or DEFAULT_EXTENSIONS
    checker.budget = o.article_budget or settings.get("article_budget")
    checker.coverage = o.coverage
    tolerate_timeouts = o.allow_timeouts or settings.get("allow_timeouts")
    if o.output is not None:
        problem = _unwritable(o.output)
        if problem:
            _error(f"{o.output}: {problem}")
            raise typer.Exit(exitcodes.ERROR)
    reviewed = None
    baseline_path = o.baseline or (
        Path(settings.get("baseline")) if settings.get("baseline") else None
    )
    if baseline_path is not None:
        try:
            reviewed = Baseline.load(baseline_path)
        except DataError as exc:
            _error(str(exc))
            raise typer.Exit(exitcodes.ERROR) from None
    run = _run_info(o, settings, checker, day, extensions, baseline_path)
    # Only what a baseline needs is kept across articles, so memory stays flat on an archive:
    # the fingerprints that matched a reviewed entry, and (for --write-baseline) the statements
    # that will be written.
    kept = [] if o.write_baseline else None
    used: set[str] = set()
    with _destination(o.output) as stream:
        out = formatter(o.format, stream, __version__, run=run)
        counts = ReportCounts()
        worst = exitcodes.OK
        out.begin()
        for report in _with_progress(_reports(o, checker, day, extensions, workers), o.quiet):
            if reviewed is not None:
                report = reviewed.apply(report)
                used.update(
                    s.fingerprint for s in report.statements if s.fingerprint in reviewed.notes
                )
            if kept is not None:
                kept.append(baseline_part(report))
            out.article(report)
            stream.flush()
            counts = counts.add(report)
            for error in report.errors:
                _error(error)
                worst = exitcodes.ERROR
            for warning in report.warnings:
                sys.stderr.write(f"accordcheck: warning: {warning}\n")
            if report.incomplete and not tolerate_timeouts:
                worst = exitcodes.ERROR
            open_statements = [s for s in report.statements if needs_attention(s)]
            if worst != exitcodes.ERROR and _fails(open_statements, threshold):
                worst = exitcodes.FINDINGS
        out.end(counts)
    companion = out.sidecar()
    if companion is not None and o.output is not None:
        with _destination(o.output.with_name(o.output.name + ".manifest.json")) as handle:
            handle.write(companion)
    if reviewed is not None:
        for stale in reviewed.unused(used):
            sys.stderr.write(
                f"accordcheck: warning: {reviewed.path}: baseline entry {stale} matches no statement\n"
            )
    if kept is not None and o.write_baseline is not None:
        n = start_baseline(o.write_baseline, kept)
        sys.stderr.write(f"accordcheck: wrote {n} statements to {o.write_baseline}\n")
    return worst


def _reports(
    o: RunOptions, checker: Any, day: dt.date | None, extensions: tuple[str, ...], workers: int
) -> Iterator[Any]:
    """The reports, in input order, from this machine's worker processes or a Dask cluster."""
    from accordcheck.corpus import Fields

    fields = Fields(o.text_field or "text", o.id_field, o.date_field)
    if o.backend is Backend.local:
        if o.scheduler:
            _error("--scheduler needs --backend dask")
            raise typer.Exit(exitcodes.ERROR)
        return checker.check_paths(o.paths, day, extensions, jobs=workers, fields=fields)
    try:
        from accordcheck import dask as on_dask

        cluster = on_dask.connect(o.scheduler, workers)
    except on_dask.DaskUnavailable as exc:
        _error(str(exc))
        raise typer.Exit(exitcodes.ERROR) from None
    return on_dask.check_paths(checker, cluster, o.paths, day, extensions, fields)


def _run_info(
    o: RunOptions,
    settings: Any,
    checker: Any,
    day: dt.date | None,
    extensions: tuple[str, ...],
    baseline: Path | None,
) -> Any:
    """What the formats show besides the reports: the manifest (with the options that can
    change a report), the loaded rules, and who signs a ClaimReview."""
    from accordcheck.formats.base import Publisher, RuleInfo, RunInfo
    from accordcheck.manifest import file_sha256

    options = {
        "as_of": day.isoformat() if day else None,
        "ext": list(extensions),
        "max_bytes": checker.max_bytes,
        "no_default_rules": o.no_default_rules or settings.get("no_default_rules"),
        "rules": [str(p) for p in o.rules or settings.get("rules")],
        "reference": [str(p) for p in o.reference or settings.get("reference")],
        "baseline": None
        if baseline is None
        else {"path": str(baseline), "sha256": file_sha256(baseline)},
    }
    # Corpus fields change which text is read: recorded when given.
    for name in ("text_field", "id_field", "date_field"):
        if getattr(o, name) is not None:
            options[name] = getattr(o, name)
    return RunInfo(
        manifest=checker.manifest(options),
        rules=tuple(RuleInfo(r.id, r.check, r.description) for r in checker.rules),
        publisher=Publisher(
            settings.get("claimreview_author"),
            settings.get("claimreview_author_url"),
            settings.get("claimreview_publisher"),
            settings.get("claimreview_publisher_url"),
        ),
    )


config_app = typer.Typer(help="Show the effective configuration.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("show")
def config_show() -> None:
    """The effective settings and where each came from (default, or file:line)."""
    settings = load_settings()
    sys.stdout.write(f"config file: {settings.file or 'none found'}\n")
    for name, value in settings.values.items():
        sys.stdout.write(f"{name} = {value!r}  ({settings.origins[name]})\n")


def _unwritable(output: Path) -> str | None:
    """Why a report cannot be written to ``output``, checked before any work is done."""
    import os

    if output.is_dir():
        return "is a directory"
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        return f"no such directory {str(folder)!r}"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write in {str(folder)!r}"
    if output.exists() and not os.access(output, os.W_OK):
        return "permission denied"
    return None


@contextlib.contextmanager
def _destination(output: Path | None) -> Iterator[IO[str]]:
    """stdout, or a temporary file beside FILE renamed over it only when the report is complete,
    so an interrupted run never leaves a half-written report."""
    if output is None:
        yield sys.stdout
        return
    import os
    import tempfile

    folder = output.resolve().parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        _error(f"{output}: {exc.strerror or exc}")
        raise typer.Exit(exitcodes.ERROR) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        # The permissions a plain open() would give (mkstemp's are owner-only): a report is
        # meant to be shared.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, output)
    except OSError as exc:
        _error(f"{output}: {exc.strerror or exc}")
        raise typer.Exit(exitcodes.ERROR) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _with_progress(reports: Iterator[Any], quiet: bool) -> Iterator[Any]:
    """A progress bar on stderr when it is a terminal (never on stdout, never when piped)."""
    if quiet or not sys.stderr.isatty():
        yield from reports
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    ) as progress:
        task = progress.add_task("scan", total=None)
        for report in reports:
            progress.advance(task)
            yield report


@app.command()
def diff(
    a: Annotated[
        str, typer.Argument(help="Article A (a path, or - for stdin).", show_default=False)
    ],
    b: Annotated[
        str, typer.Argument(help="Article B (a path, or - for stdin).", show_default=False)
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    as_of_a: Annotated[
        str | None, typer.Option("--as-of-a", help="Article date of A, YYYY-MM-DD.")
    ] = None,
    as_of_b: Annotated[
        str | None, typer.Option("--as-of-b", help="Article date of B, YYYY-MM-DD.")
    ] = None,
    rules: RulesOpt = [],  # noqa: B006
    reference: ReferenceOpt = [],  # noqa: B006
    no_default_rules: NoDefaultOpt = False,
) -> None:
    """Compare two articles' claims: where they agree, contradict each other, and what only one states."""
    from accordcheck.diffcmd import run_diff

    settings = load_settings()
    rules = rules or [Path(p) for p in settings.get("rules")]
    reference = reference or [Path(p) for p in settings.get("reference")]
    code = run_diff(
        a,
        b,
        format.value,
        _as_of(as_of_a),
        _as_of(as_of_b),
        rules,
        reference,
        no_default_rules or settings.get("no_default_rules"),
    )
    raise typer.Exit(code)


rules_app = typer.Typer(help="List, validate and test rule files.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


@rules_app.command("list")
def rules_list(
    format: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    rules: RulesOpt = [],  # noqa: B006
    reference: ReferenceOpt = [],  # noqa: B006
    no_default_rules: NoDefaultOpt = False,
) -> None:
    """Every rule: id, check kind, description and where it is defined."""
    import json

    checker = load_checker(rules, reference, no_default_rules)
    rows = [
        {"id": r.id, "check": r.check, "description": r.description, "location": r.location}
        for r in checker.rules
    ]
    if format is Format.table:
        for row in rows:
            sys.stdout.write(
                f"{row['id']}\t{row['check']}\t{row['location']}\n    {row['description']}\n"
            )
    else:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")


@rules_app.command("validate")
def rules_validate(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Rule files or directories (default: the shipped pack).", show_default=False
        ),
    ] = [],  # noqa: B006
    reference: ReferenceOpt = [],  # noqa: B006
    no_default_rules: NoDefaultOpt = False,
) -> None:
    """Check rule files and the reference table; exit 2 with file:line:col on the first problem."""
    from accordcheck.reference import lint_reference

    checker = load_checker(paths, reference, no_default_rules)
    problems = lint_reference(checker.reference)
    for problem in problems:
        _error(problem)
    if problems:
        raise typer.Exit(exitcodes.ERROR)
    sys.stdout.write(
        f"{len(checker.rules)} rules and {len(checker.reference.files)} reference files are valid\n"
    )


@rules_app.command("test")
def rules_test(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Extra rule files or directories; .txt files in them are annotated fixtures.",
            show_default=False,
        ),
    ] = [],  # noqa: B006
    reference: ReferenceOpt = [],  # noqa: B006
    no_default_rules: NoDefaultOpt = False,
) -> None:
    """Run every rule's examples and the annotated fixtures (# ruleid: / # ok: lines)."""
    from accordcheck.api import packaged_rules_dir
    from accordcheck.ruletest import fixture_files, run_examples, run_fixture

    checker = load_checker(paths, reference, no_default_rules)
    failures: list[Any] = list(run_examples(checker))
    checked = sum(len(r.matches) + len(r.non_matches) for r in checker.rules)
    sources = [*([] if no_default_rules else [packaged_rules_dir() / "fixtures"]), *paths]
    for fixture in fixture_files(sources):
        count, problems = run_fixture(checker, fixture)
        checked += count
        failures.extend(problems)
    for failure in failures:
        sys.stdout.write(f"FAIL {failure}\n")
    sys.stdout.write(f"{checked - len(failures)} passed, {len(failures)} failed\n")
    raise typer.Exit(exitcodes.FINDINGS if failures else exitcodes.OK)


@app.command()
def explain(
    path: Annotated[
        str, typer.Argument(help="The article file (or - for stdin).", show_default=False)
    ],
    statement: Annotated[
        str | None, typer.Option("--statement", help="Statement id (s1, s2, …).")
    ] = None,
    line: Annotated[
        int | None, typer.Option("--line", help="Every statement starting on this line.")
    ] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Article date YYYY-MM-DD.")] = None,
    rules: RulesOpt = [],  # noqa: B006
    reference: ReferenceOpt = [],  # noqa: B006
    no_default_rules: NoDefaultOpt = False,
) -> None:
    """How a statement was found and judged: rule, pattern, captures, claim, rows, reasoning."""
    from accordcheck.explain import explain_statements

    checker = load_checker(rules, reference, no_default_rules)
    text, code = explain_statements(checker, path, _as_of(as_of), statement, line)
    sys.stdout.write(text)
    raise typer.Exit(code)


@app.command("text")
def show_text(
    path: Annotated[
        str, typer.Argument(help="The input file (or - for stdin).", show_default=False)
    ],
    max_bytes: MaxBytesOpt = None,
) -> None:
    """Print an input's text as it is checked (for a web page, the main text extracted from it):
    the line:col of every statement counts in this text."""
    from accordcheck.article import DEFAULT_MAX_BYTES, LoadError, display_path, read_article

    loaded = read_article(path, max_bytes or DEFAULT_MAX_BYTES)
    if isinstance(loaded, LoadError):
        _error(f"{display_path(loaded.path)}: {loaded.message}")
        raise typer.Exit(exitcodes.ERROR)
    sys.stdout.write(loaded.text if loaded.text.endswith("\n") else loaded.text + "\n")


@app.command("eval")
def eval_gold(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Gold file (YAML list of file, quote, kind, verdict).", show_default=False
        ),
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    min_accuracy: Annotated[
        float, typer.Option("--min-accuracy", help="Exit 1 when end-to-end accuracy is below this.")
    ] = 0.0,
    rules: RulesOpt = [],  # noqa: B006
    reference: ReferenceOpt = [],  # noqa: B006
    no_default_rules: NoDefaultOpt = False,
) -> None:
    """Score the checker against a gold file: accuracy, precision/recall/F1, confusion, misses."""
    import json

    from accordcheck.evaluate import evaluate, render_text
    from accordcheck.yamlload import DataError

    checker = load_checker(rules, reference, no_default_rules)
    try:
        result = evaluate(checker, gold)
    except DataError as exc:
        _error(str(exc))
        raise typer.Exit(exitcodes.ERROR) from None
    summary = result.to_json()
    if format is Format.table:
        sys.stdout.write(render_text(summary))
    else:
        sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    raise typer.Exit(
        exitcodes.FINDINGS if summary["end_to_end_accuracy"] < min_accuracy else exitcodes.OK
    )


def _fails(statements: list[Any], fail_on: FailOn) -> bool:
    """Whether these (unreviewed) statements reach the --fail-on threshold."""
    if fail_on is FailOn.never:
        return False
    failing = {"conflicting", "unverifiable"} if fail_on is FailOn.unverifiable else {"conflicting"}
    return any(s.verdict.value in failing for s in statements)


def main() -> None:
    """Entry point: runs the app; a closed stdout or Ctrl-C ends quietly."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("accordcheck: interrupted\n")
        sys.exit(exitcodes.INTERRUPTED)
    except BrokenPipeError:
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(exitcodes.OK)
