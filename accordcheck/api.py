"""The library API: a Checker loads a rule pack and reference table once, then checks texts and
files. The CLI is a thin shell over this; scripts, notebooks and batch jobs call it directly.

    >>> from accordcheck import Checker
    >>> report = Checker.default().check_text("Israeli Prime Minister Benjamin Netanyahu …",
    ...                                        as_of="2025-11-06")
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import itertools
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from accordcheck import __version__
from accordcheck import cache as _cache
from accordcheck.annotate import Lexicon
from accordcheck.article import (
    DEFAULT_EXTENSIONS,
    DEFAULT_MAX_BYTES,
    STDIN,
    Article,
    EmptyDirectory,
    LoadError,
    display_path,
    iter_input_paths,
    read_article,
    without_nul,
)
from accordcheck.checks import option_specs
from accordcheck.checks.base import Context
from accordcheck.corpus import Fields, corpus_format, iter_records
from accordcheck.coverage import coverage
from accordcheck.extract import DEFAULT_BUDGET, DEFAULT_TIMEOUT, BudgetSpent, extract
from accordcheck.manifest import Manifest, digest_files
from accordcheck.prefilter import Prefilter
from accordcheck.record import ArticleReport
from accordcheck.reference import ReferenceTable, reference_files
from accordcheck.rules import RuleSet, load_rules, rule_files
from accordcheck.verify import decide_published, verify


def packaged_rules_dir() -> Path:
    """The shipped rules/: inside the installed package, or beside it in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the shipped rules/ directory is missing from this installation")


def _pack_name(rule_paths: list, reference_paths: list) -> str | None:
    """The cache key of a pack, or None when its files cannot all be read (loading it the slow
    way then reports the problem)."""
    try:
        return _cache.key(rule_files(rule_paths), list(reference_files(reference_paths)))
    except Exception:
        return None


class Checker:
    """A loaded rule pack and reference table. Cheap to pickle; holds no open files.

    ``use_prefilter`` (default True) runs each rule only on the paragraphs holding the literals
    its matches need; set it to False to run every rule on every paragraph (the same report,
    slower: for checking that claim, or for debugging a rule).

    ``keep_text`` (default False) keeps each article's text on its report
    (``ArticleReport.text``) for renderers that show the article, such as the HTML report."""

    use_prefilter = True
    # With coverage on, each report lists the sentences that look checkable but gave nothing.
    coverage = False
    keep_text = False
    # The rule and reference files the pack was loaded from, in load order (set by from_paths).
    rule_files: tuple[Path, ...] = ()
    reference_files: tuple[Path, ...] = ()

    def __init__(
        self,
        rules: RuleSet,
        reference: ReferenceTable,
        lexicon: Lexicon,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        budget: float | None = DEFAULT_BUDGET,
    ):
        self.rules = rules
        self.reference = reference
        self.lexicon = lexicon
        self.timeout = timeout
        self.budget = budget
        self.max_bytes = max_bytes

    @classmethod
    def from_paths(
        cls,
        rules: Sequence[str | Path] = (),
        reference: Sequence[str | Path] = (),
        default: bool = True,
        timeout: float = DEFAULT_TIMEOUT,
        cache: bool = True,
    ) -> Checker:
        """Load rule files/dirs and reference files/dirs, added to (or, with ``default=False``,
        instead of) the shipped pack. A pack loaded before with the very same files comes from
        the cache (see :mod:`accordcheck.cache`) unless ``cache`` is False."""
        rule_paths: list[str | Path] = []
        reference_paths: list[str | Path] = []
        if default:
            shipped = packaged_rules_dir()
            rule_paths.append(shipped)
            reference_paths.append(shipped / "reference")
        rule_paths.extend(rules)
        reference_paths.extend(reference)
        name = _pack_name(rule_paths, reference_paths) if cache else None
        packed = _cache.load(name) if name else None
        if packed is not None:
            ruleset, table, lexicon, prefilter = packed
        else:
            table = ReferenceTable.load(reference_paths)
            lexicon = Lexicon(table)
            table.bind(lexicon.expand)
            ruleset = load_rules(rule_paths, lexicon, option_specs())
            prefilter = Prefilter(list(ruleset))
            if name:
                _cache.store(name, (ruleset, table, lexicon, prefilter))
        checker = cls(ruleset, table, lexicon, timeout)
        checker._prefilter = prefilter
        checker.rule_files = tuple(rule_files(rule_paths))
        checker.reference_files = tuple(reference_files(reference_paths))
        return checker

    @classmethod
    def default(cls) -> Checker:
        return cls.from_paths()

    def manifest(self, options: dict[str, Any] | None = None) -> Manifest:
        """The run-level reproducibility manifest for this pack and the given options (see
        :mod:`accordcheck.manifest`)."""
        rules = self.rule_files or sorted({Path(r.path) for r in self.rules if r.path})
        reference = self.reference_files or [Path(f) for f in self.reference.files]
        return Manifest(__version__, digest_files(rules), digest_files(reference), options or {})

    def check_article(self, article: Article, as_of: dt.date | str | None = None) -> ArticleReport:
        if isinstance(as_of, str):
            as_of = dt.date.fromisoformat(as_of)
        gate = self.prefilter if self.use_prefilter else None
        annotation = self.lexicon.annotate(article.text)
        matches, skipped = extract(annotation, self.rules, self.timeout, gate, self.budget)
        ctx = Context(article, self.reference, None, annotation)
        published = decide_published(article, matches, self.reference, as_of, ctx)
        # Judging what was found has a budget of its own, as long as finding it had: a text
        # dense with names can hold tens of thousands of statements.
        deadline = time.perf_counter() + self.budget if self.budget is not None else None
        statements = verify(article, matches, self.reference, published, ctx, deadline)
        if ctx.unjudged_from is not None and not any(isinstance(t, BudgetSpent) for t in skipped):
            skipped = [*skipped, BudgetSpent(self.budget or 0.0, ctx.unjudged_from)]
        warnings = list(article.warnings)
        for t in skipped:
            if isinstance(t, BudgetSpent):
                line, _ = article.position(t.offset)
                warnings.append(
                    f"{article.path}: the article's time budget of {t.seconds:g}s ran out; "
                    f"from line {line} on it was not checked (--article-budget)"
                )
            else:
                warnings.append(
                    f"{article.path}: rule {t.rule.id} ({t.rule.location}) timed out after "
                    f"{t.seconds:g}s and was skipped"
                )
        return ArticleReport(
            article.path,
            published,
            tuple(statements),
            (),
            tuple(warnings),
            incomplete=bool(skipped),
            url=article.stated_url(),
            sha256=article.sha256 or None,
            origin=article.origin,
            text=article.text if self.keep_text else None,
            coverage=(
                coverage(article, annotation, statements, self._fallback_rules)
                if self.coverage
                else None
            ),
        )

    @functools.cached_property
    def _fallback_rules(self) -> frozenset[str]:
        """The catch-all rules' ids: their statements mark a sentence no specific rule read."""
        return frozenset(r.id for r in self.rules if r.fallback)

    @property
    def prefilter(self) -> Prefilter:
        """The rules' required literals, derived once on first use."""
        if getattr(self, "_prefilter", None) is None:
            self._prefilter = Prefilter(list(self.rules))
        return self._prefilter

    def check_text(
        self, text: str, path: str = "<text>", as_of: dt.date | str | None = None
    ) -> ArticleReport:
        return self.check_article(Article.from_text(*without_nul(text, path, [])), as_of)

    def check_file(self, path: str | Path, as_of: dt.date | str | None = None) -> ArticleReport:
        """Check one file; a file that cannot be read, or that breaks a check, gives a report
        carrying the error instead of raising, so a run over many files always finishes."""
        loaded = self.load_file(path)
        if isinstance(loaded, ArticleReport):
            return loaded
        return self.check_loaded(loaded, as_of)

    def load_file(self, path: str | Path) -> Article | ArticleReport:
        """Read one file (a text file, a saved web page) into an Article, or a report saying why
        it could not be read."""
        shown = display_path(str(path))
        if isinstance(path, EmptyDirectory):
            kinds = ", ".join(path.extensions)
            return ArticleReport(shown, warnings=(f"{shown}: directory holds no {kinds} file",))
        loaded = read_article(str(path), self.max_bytes)
        if isinstance(loaded, LoadError):
            return load_error_report(loaded)
        origin = loaded.origin and replace(loaded.origin, file=shown)
        return replace(loaded, path=shown, origin=origin)

    def check_loaded(self, article: Article, as_of: dt.date | str | None = None) -> ArticleReport:
        """Check an article already read; a check that breaks gives a report carrying the
        error instead of raising."""
        try:
            return self.check_article(article, as_of)
        except (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError) as exc:
            return ArticleReport(
                article.path,
                errors=(
                    f"{article.path}: internal error while checking ({type(exc).__name__}: {exc})",
                ),
                origin=article.origin,
            )

    def inputs(
        self,
        paths: Iterable[str],
        extensions: Iterable[str] = DEFAULT_EXTENSIONS,
        fields: Fields | None = None,
    ) -> Iterator[str | Article | ArticleReport]:
        """What a run checks, in order and lazily: a file's path, each record of a corpus file
        (JSONL, CSV, Parquet) as an Article, or a report for what could not be read (a bad
        record, a missing file). Directories are listed as they are reached."""
        for path in iter_input_paths(paths, extensions):
            if path != STDIN and not isinstance(path, EmptyDirectory) and corpus_format(path):
                for record in iter_records(path, fields or Fields(), self.max_bytes):
                    yield load_error_report(record) if isinstance(record, LoadError) else record
            else:
                yield path

    def check_item(
        self, item: str | Article | ArticleReport, as_of: dt.date | str | None = None
    ) -> ArticleReport:
        """One item of :meth:`inputs`, checked."""
        if isinstance(item, ArticleReport):
            return item
        if isinstance(item, Article):
            return self.check_loaded(item, as_of)
        return self.check_file(item, as_of)

    def check_paths(
        self,
        paths: Iterable[str],
        as_of: dt.date | str | None = None,
        extensions: Iterable[str] = DEFAULT_EXTENSIONS,
        jobs: int = 1,
        fields: Fields | None = None,
    ) -> Iterator[ArticleReport]:
        """One report per input file, or per record of a corpus file, in input order, produced
        lazily (one article at a time); unreadable inputs give a report with an error. With
        ``jobs > 1`` the articles are checked in that many worker processes; the order of the
        reports is the same as with one, and only a few articles per worker are in flight, so
        memory stays flat on a corpus of any size."""
        inputs = self.inputs(paths, extensions, fields)
        first_two = list(itertools.islice(inputs, 2))
        inputs = itertools.chain(first_two, inputs)
        if jobs <= 1 or len(first_two) < 2:
            for item in inputs:
                yield self.check_item(item, as_of)
            return
        import multiprocessing  # only here: most runs check in this process

        context = multiprocessing.get_context("spawn" if sys.platform != "linux" else "fork")
        with context.Pool(jobs, initializer=_init_worker, initargs=(self, as_of)) as pool:
            yield from _in_order(pool, _ship(inputs, self), jobs)


def load_error_report(error: LoadError) -> ArticleReport:
    """The report of an input that gave no text: an error, or a warning for an input skipped on
    purpose (a binary file, a page without main text)."""
    shown = display_path(error.path)
    message = f"{shown}: {error.message}"
    if error.fatal:
        return ArticleReport(shown, errors=(message,))
    return ArticleReport(shown, warnings=(message,))


BATCH = 4  # articles per task sent to a worker process
IN_FLIGHT = 4  # tasks per worker queued ahead


def _in_order(pool: Any, items: Iterator[Any], jobs: int) -> Iterator[ArticleReport]:
    """Results of ``_check_batch`` over batches of items, in input order, with at most
    ``IN_FLIGHT`` batches per worker waiting: unlike ``Pool.imap``, which reads its whole input
    ahead, this keeps memory flat when the inputs are records that carry their text."""
    pending: collections.deque[Any] = collections.deque()
    batches = iter(lambda: list(itertools.islice(items, BATCH)), [])
    for batch in batches:
        pending.append(pool.apply_async(_check_batch, (batch,)))
        while len(pending) >= IN_FLIGHT * jobs:
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


_worker: tuple[Checker, dt.date | str | None] | None = None


def _init_worker(checker: Checker, as_of: dt.date | str | None) -> None:
    global _worker
    _worker = (checker, as_of)


def _check_batch(batch: list[str | Article | ArticleReport]) -> list[ArticleReport]:
    assert _worker is not None
    checker, as_of = _worker
    return [checker.check_item(item, as_of) for item in batch]


def _ship(
    inputs: Iterator[str | Article | ArticleReport], checker: Checker
) -> Iterator[str | Article | ArticleReport]:
    """Standard input can only be read by this process; everything else goes to the workers."""
    for item in inputs:
        yield checker.load_file(item) if item == STDIN else item


_default: Checker | None = None


def _shared() -> Checker:
    global _default
    if _default is None:
        _default = Checker.default()
    return _default


def check_text(
    text: str, path: str = "<text>", as_of: dt.date | str | None = None
) -> ArticleReport:
    """Check one text with the shipped pack."""
    return _shared().check_text(text, path, as_of)


def check_file(path: str | Path, as_of: dt.date | str | None = None) -> ArticleReport:
    """Check one file with the shipped pack."""
    return _shared().check_file(path, as_of)
