"""A cache of loaded rule packs, so that starting a scan costs milliseconds, not a second.

Loading a pack means reading YAML, expanding macros, compiling some seventy large patterns and
deriving the prefilter's gates: about a second of pure Python. A compiled ``regex`` pattern
pickles as its finished program, so the loaded :class:`~accordcheck.api.Checker` parts are
pickled once and read back in a few milliseconds.

The cache file is named by a SHA-256 of everything the result depends on: the content of every
rule and reference file, accordcheck's own code, and the versions of Python, ``regex`` and
``pyahocorasick``. Any change gives a new name; nothing is ever stale. Files live in
``$ACCORDCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/accordcheck``, else ``~/.cache/accordcheck``
(``ACCORDCHECK_CACHE_DIR=off`` turns the cache off). They are only read from a directory that
belongs to the user and that nobody else can write to; the newest few are kept. Any failure to
read or write the cache just means loading the pack the slow way.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

KEEP = 8  # cache files kept; each is about 1.5 MB
_CODE_DIGEST: str | None = None


def cache_dir() -> Path | None:
    configured = os.environ.get("ACCORDCHECK_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "no") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "accordcheck"


def _code_digest() -> str:
    """A digest of accordcheck's own modules and schemas (pickles hold its classes)."""
    global _CODE_DIGEST
    if _CODE_DIGEST is None:
        root = Path(__file__).resolve().parent
        h = hashlib.sha256()
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".json") and path.is_file():
                h.update(str(path.relative_to(root)).encode("utf-8", "surrogateescape"))
                h.update(path.read_bytes())
        _CODE_DIGEST = h.hexdigest()
    return _CODE_DIGEST


def key(*groups: Iterable[Path]) -> str:
    """The cache key of a pack made from groups of files (rule files, reference files), each in
    load order."""
    import ahocorasick
    import regex

    h = hashlib.sha256()
    versions = (sys.version, regex.__version__, getattr(ahocorasick, "__version__", "?"))
    h.update(repr(versions).encode())
    h.update(_code_digest().encode())
    for files in groups:
        h.update(b"\1")
        for path in files:
            h.update(b"\0" + os.fsencode(path) + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()[:32]


def _trusted(directory: Path) -> bool:
    """Only read pickles from a directory of this user's that nobody else can write to."""
    try:
        st = directory.stat()
    except OSError:
        return False
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return not (st.st_mode & 0o022)


def _trusted_file(st: os.stat_result) -> bool:
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return not (st.st_mode & 0o022)


def load(name: str) -> Any | None:
    directory = cache_dir()
    if directory is None or not _trusted(directory):
        return None
    path = directory / f"pack-{name}.pickle"
    try:
        with path.open("rb") as f:
            # The file itself too: this user's, writable by nobody else (a pack planted or
            # loosened by someone else is never unpickled).
            if not _trusted_file(os.fstat(f.fileno())):
                return None
            value = pickle.load(f)
    except Exception:  # missing, truncated, or written by an incompatible build: load afresh
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept by the pruning below
    return value


def store(name: str, value: Any) -> None:
    directory = cache_dir()
    if directory is None:
        return
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(directory):
            return
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".pack-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, directory / f"pack-{name}.pickle")
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _prune(directory)
    except Exception:  # a read-only home, a full disk: the cache is only an optimisation
        return


def _prune(directory: Path) -> None:
    packs = sorted(directory.glob("pack-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in packs[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
