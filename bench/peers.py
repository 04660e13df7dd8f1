"""The two reference points bench/run.py measures accordcheck against, each run as a child process.

    python bench/peers.py baseline CORPUS_DIR    # read every file, one `regex` pass
    python bench/peers.py spacy CORPUS_DIR       # spaCy blank English + PhraseMatcher

Both look for the same trigger words (see :func:`trigger_words`) and print one JSON line:
files, bytes, matches, setup_s (loading the words, building the matcher) and work_s (reading
and matching).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator

# A handful of domain words that most rules hinge on besides the names in the reference table.
DOMAIN_WORDS = (
    "accords", "Accords", "treaty", "peace", "diplomatic", "relations", "ties", "normalise",
    "normalize", "normalised", "normalized", "normalisation", "normalization", "signatories",
    "summit", "anniversary",
)  # fmt: skip
EXTENSIONS = (".txt", ".md")


def trigger_words() -> list[str]:
    """The trigger words, derived by a fixed heuristic: every country alias, demonym and capital,
    every person alias, every agreement alias and every group noun in the shipped reference table
    (loaded through accordcheck's library), plus :data:`DOMAIN_WORDS`. Sorted, no duplicates."""
    from accordcheck import Checker

    reference = Checker.default().reference
    words: set[str] = set(DOMAIN_WORDS)
    for entity in reference.entities.values():
        words.update(entity.aliases)
        words.update(entity.demonyms)
        words.update(entity.capitals)
    for agreement in reference.agreements.values():
        words.update(agreement.aliases)
    for group in reference.groups.values():
        words.update(group.nouns)
    return sorted(w for w in words if w)


def corpus_files(root: str) -> Iterator[str]:
    """Every .txt and .md file under root, in a stable order (what `accordcheck scan` reads)."""
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(EXTENSIONS):
                yield os.path.join(folder, name)


def _read(path: str) -> str:
    with open(path, "rb") as handle:
        return handle.read().decode("utf-8", errors="replace")


def run_baseline(root: str) -> dict:
    """One pass of one alternation of the trigger words over every file: the floor."""
    import regex

    from accordcheck.reference import alternation

    started = time.perf_counter()
    pattern = regex.compile(alternation(trigger_words()))
    setup = time.perf_counter() - started
    started = time.perf_counter()
    files = size = matches = 0
    for path in corpus_files(root):
        text = _read(path)
        files += 1
        size += len(text.encode("utf-8"))
        matches += sum(1 for _ in pattern.finditer(text))
    return _result(files, size, matches, setup, time.perf_counter() - started)


def run_spacy(root: str) -> dict:
    """spaCy's blank English tokenizer and a PhraseMatcher over the same words: the peer a user
    would otherwise build on."""
    import spacy
    from spacy.matcher import PhraseMatcher

    started = time.perf_counter()
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    matcher.add("TRIGGER", [nlp.make_doc(w) for w in trigger_words()])
    setup = time.perf_counter() - started
    started = time.perf_counter()
    counts = {"files": 0, "bytes": 0}

    def texts() -> Iterator[str]:
        for path in corpus_files(root):
            text = _read(path)
            counts["files"] += 1
            counts["bytes"] += len(text.encode("utf-8"))
            yield text

    matches = sum(len(matcher(doc)) for doc in nlp.pipe(texts(), batch_size=64))
    return _result(counts["files"], counts["bytes"], matches, setup, time.perf_counter() - started)


def _result(files: int, size: int, matches: int, setup: float, work: float) -> dict:
    return {"files": files, "bytes": size, "matches": matches, "setup_s": setup, "work_s": work}


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("baseline", "spacy"):
        sys.stderr.write("usage: python bench/peers.py {baseline|spacy} CORPUS_DIR\n")
        return 2
    kind, root = argv
    result = run_baseline(root) if kind == "baseline" else run_spacy(root)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
