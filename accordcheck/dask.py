"""Checking on a Dask cluster (the ``[dask]`` extra): ``accordcheck scan --backend dask``, a bag
helper and a dataframe helper for scripts and notebooks.

Every worker gets one copy of the pickled :class:`~accordcheck.api.Checker` (scattered to all
workers once, or one task of the graph that each worker fetches once), then checks articles with
it; the reports are exactly those of ``--jobs 1``, in input order.

    accordcheck scan corpus.jsonl --text-field body --backend dask --scheduler tcp://host:8786

    >>> import dask.bag as db
    >>> from accordcheck.dask import scan_bag
    >>> reports = scan_bag(db.from_sequence(paths, npartitions=8)).compute()

    >>> import dask.dataframe as dd
    >>> from accordcheck.dask import check_frame
    >>> rows = check_frame(dd.read_parquet("archive/"), text="body", id="id", date="published")

For the command line, this process reads the inputs (files, corpus records) and sends the
articles' text to the workers, so the workers need no access to the files: only accordcheck,
at the same version, in the same Python environment as the scheduler and this process.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
import logging
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from accordcheck.api import Checker
from accordcheck.article import DEFAULT_EXTENSIONS, Article
from accordcheck.corpus import Fields, record_article
from accordcheck.record import ArticleReport

MISSING = "the dask backend needs the [dask] extra: pip install 'accordcheck[dask]'"
BATCH = 8  # articles per task
IN_FLIGHT = 4  # tasks per worker thread queued ahead (memory stays flat on any corpus)
CONNECT_TIMEOUT = "15s"


class DaskUnavailable(Exception):
    """Dask is not installed, or the scheduler cannot be reached: a one-line message."""


@dataclass
class Cluster:
    """A Dask client and, when none was given, the local cluster it started."""

    client: Any
    local: Any = None

    @property
    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def close(self) -> None:
        self.client.close()
        if self.local is not None:
            self.local.close()


def connect(scheduler: str | None = None, workers: int = 2) -> Cluster:
    """A client of the scheduler at ``scheduler`` (``tcp://host:8786``), or of a new
    ``LocalCluster`` of ``workers`` processes with one thread each when it is None."""
    try:
        import distributed
    except ImportError:
        raise DaskUnavailable(MISSING) from None
    try:
        if scheduler:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
            return Cluster(client)
        with warnings.catch_warnings():
            # The scheduler's health endpoint falls back to a free port when 8787 is taken (by
            # another cluster on the machine): nothing a scan's user needs to hear about.
            warnings.filterwarnings("ignore", message="Port .* is already in use")
            local = distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                # A worker that misses the scheduler's last heartbeat while the cluster closes
                # logs a traceback at ERROR; a task's own failure reaches the caller as the
                # future's exception, so only critical messages are shown.
                silence_logs=logging.CRITICAL,
            )
        return Cluster(distributed.Client(local, set_as_default=False), local)
    except (OSError, TimeoutError) as exc:
        where = scheduler or "a local cluster"
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {where}: {exc}") from None


def check_paths(
    checker: Checker,
    cluster: Cluster,
    paths: Iterable[str],
    as_of: dt.date | str | None = None,
    extensions: Iterable[str] = DEFAULT_EXTENSIONS,
    fields: Fields | None = None,
) -> Iterator[ArticleReport]:
    """As :meth:`Checker.check_paths`, with the checking done on the cluster's workers; the
    cluster is closed when the last report has been given (or the caller stops early)."""
    try:
        shipped = cluster.client.scatter(checker, broadcast=True, hash=False)
        window = IN_FLIGHT * cluster.threads
        pending: collections.deque[Any] = collections.deque()
        items = (_loaded(checker, item) for item in checker.inputs(paths, extensions, fields))
        for batch in iter(lambda: list(itertools.islice(items, BATCH)), []):
            pending.append(cluster.client.submit(_check_batch, shipped, batch, as_of, pure=False))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        cluster.close()


def _loaded(checker: Checker, item: str | Article | ArticleReport) -> Article | ArticleReport:
    """Files are read here, so the workers need no access to them."""
    return checker.load_file(item) if isinstance(item, str) else item


def _check_batch(
    checker: Checker, batch: list[Any], as_of: dt.date | str | None
) -> list[ArticleReport]:
    return [checker.check_item(item, as_of) for item in batch]


def scan_bag(bag: Any, checker: Checker | None = None, as_of: dt.date | str | None = None) -> Any:
    """A ``dask.bag.Bag`` of :class:`ArticleReport`, one per item of ``bag``, in the same order.

    Items are file paths (read on the workers, so they must see the files), :class:`Article`
    objects, or reports (passed through). The checker (default: the shipped pack) goes into the
    graph once and each worker fetches one copy of it."""
    import dask

    shipped = dask.delayed(checker or Checker.default(), pure=True, traverse=False)
    return bag.map_partitions(_check_partition_items, shipped, as_of)


def _check_partition_items(
    items: Iterable[Any], checker: Checker, as_of: dt.date | str | None
) -> list[ArticleReport]:
    return [checker.check_item(str(item) if _is_path(item) else item, as_of) for item in items]


def _is_path(item: Any) -> bool:
    return isinstance(item, str) or hasattr(item, "__fspath__")


FRAME_COLUMNS = {
    "path": "object",
    "published": "object",
    "supported": "int64",
    "conflicting": "int64",
    "unverifiable": "int64",
    "errors": "object",
    "report": "object",
}


def check_frame(
    frame: Any,
    text: str = "text",
    id: str | None = None,
    date: str | None = None,
    checker: Checker | None = None,
    as_of: dt.date | str | None = None,
    source: str = "frame",
) -> Any:
    """``frame.map_partitions`` over :func:`check_partition`: for a ``dask.dataframe`` with one
    article per row, a dataframe with the same index and one row per article (see
    :func:`check_partition` for the columns). The checker goes into the graph once."""
    import dask
    import pandas

    shipped = dask.delayed(checker or Checker.default(), pure=True, traverse=False)
    meta = pandas.DataFrame(
        {name: pandas.Series(dtype=kind) for name, kind in FRAME_COLUMNS.items()}
    )
    return frame.map_partitions(
        check_partition, shipped, text, id, date, as_of, source, meta=meta, align_dataframes=False
    )


def check_partition(
    part: Any,
    checker: Checker,
    text: str = "text",
    id: str | None = None,
    date: str | None = None,
    as_of: dt.date | str | None = None,
    source: str = "frame",
) -> Any:
    """Check every row of a pandas DataFrame: a DataFrame with the same index and the columns
    ``path`` (``source#id``, the id from column ``id`` or else the row's index), ``published``
    (the article date used), ``supported``/``conflicting``/``unverifiable`` (counts), ``errors``
    (one line each, empty when the row was checked) and ``report`` (the article's JSON report,
    as ``accordcheck scan --format json`` gives it). Usable on its own with
    ``frame.map_partitions(check_partition, checker, ...)``."""
    import pandas

    fields = Fields(text, "\0id", date)
    rows = []
    for index, record in part.iterrows():
        values = record.to_dict()
        name = values.get(id) if id is not None else None
        values["\0id"] = index if name is None or name != name or name == "" else name
        loaded = record_article(values, fields, source, None, "frame", None, checker.max_bytes)
        if isinstance(loaded, Article):
            report = checker.check_loaded(loaded, as_of)
        else:
            report = ArticleReport(loaded.path, errors=(f"{loaded.path}: {loaded.message}",))
        rows.append(
            {
                "path": report.path,
                "published": report.published.date,
                **report.counts,
                "errors": "\n".join(report.errors),
                "report": json.dumps(report.to_json(), ensure_ascii=False),
            }
        )
    return pandas.DataFrame(rows, index=part.index, columns=list(FRAME_COLUMNS)).astype(
        FRAME_COLUMNS
    )
