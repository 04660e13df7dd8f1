"""The reproducibility manifest of a run: what a reader needs to re-run a published check and get
the same report. Every machine format carries it (README, "Output").

- ``tool``: name and version;
- ``rules`` and ``reference``: the SHA-256 of the rule files and of the reference files, each
  taken over the files' own SHA-256 digests (hex, one per line) in load order, and how many
  files that was. ``sha256sum FILES | cut -c1-64 | sha256sum`` gives the same digest;
- ``options``: the options that can change a report (the article date given with ``--as-of``,
  the extensions read in folders, the size cap, extra rule and reference files, the baseline
  and the digest of its file);
- ``inputs``: per input, its path, the SHA-256 of its bytes (null when it could not be read)
  and the article date used (null when unknown).

Nothing in it depends on the time or the machine, so the same inputs give the same manifest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class FilesDigest:
    """The digest of a group of files (rule files, reference files) and how many there were."""

    sha256: str
    files: int

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "files": self.files}


@dataclass(frozen=True)
class Manifest:
    """The run-level part of the manifest; the per-input part comes from the article reports
    (:meth:`accordcheck.record.ArticleReport.input_json`) as a format meets them."""

    version: str
    rules: FilesDigest
    reference: FilesDigest
    options: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self, inputs: Iterable[Mapping[str, Any]] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "tool": {"name": "accordcheck", "version": self.version},
            "rules": self.rules.to_json(),
            "reference": self.reference.to_json(),
            "options": dict(self.options),
        }
        if inputs is not None:
            out["inputs"] = [dict(i) for i in inputs]
        return out


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def digest_files(paths: Iterable[str | Path]) -> FilesDigest:
    """SHA-256 over the files' own SHA-256 digests, one hex digest and a newline each, in the
    order given: independent of where the files live, sensitive to every byte and to order."""
    h = hashlib.sha256()
    count = 0
    for path in paths:
        h.update(f"{file_sha256(path)}\n".encode())
        count += 1
    return FilesDigest(h.hexdigest(), count)
