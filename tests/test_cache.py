"""The rule-pack cache: a second load of the same files comes from it and checks the same; any
change to a file is a new key; a broken, foreign or disabled cache means a normal load."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from accordcheck import api, cache
from accordcheck.api import Checker, packaged_rules_dir

TEXT = (
    "Kazakhstan said on Thursday it would join the Abraham Accords. Egypt signed its peace "
    "treaty with Israel in 1979, and Jordan followed in 1996."
)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("ACCORDCHECK_CACHE_DIR", str(directory))
    return directory


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A copy of the shipped pack that a test may edit."""
    return Path(shutil.copytree(packaged_rules_dir(), tmp_path / "pack"))


def _load(pack: Path) -> Checker:
    return Checker.from_paths([pack], [pack / "reference"], default=False)


def _statements(checker: Checker) -> list[tuple]:
    report = checker.check_text(TEXT, as_of="2025-11-07")
    return [(s.rule, s.verdict.value, s.span.start, s.span.end) for s in report.statements]


def _no_slow_load(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args, **_kwargs):
        raise AssertionError("loaded the slow way")

    monkeypatch.setattr(api, "load_rules", fail)


def test_second_load_comes_from_the_cache_and_checks_the_same(
    cache_dir: Path, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _load(pack)
    assert len(list(cache_dir.glob("pack-*.pickle"))) == 1
    assert oct(cache_dir.stat().st_mode & 0o777) == oct(0o700)
    _no_slow_load(monkeypatch)
    cached = _load(pack)
    assert _statements(cached) == _statements(fresh) != []
    assert [r.id for r in cached.rules] == [r.id for r in fresh.rules]


def test_an_edited_rule_file_is_a_new_key(cache_dir: Path, pack: Path) -> None:
    _load(pack)
    rule_file = pack / "treaty.yaml"
    rule_file.write_text(rule_file.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    _load(pack)
    assert len(list(cache_dir.glob("pack-*.pickle"))) == 2


def test_an_edited_reference_file_is_a_new_key(cache_dir: Path, pack: Path) -> None:
    _load(pack)
    ref = pack / "reference" / "events.yaml"
    ref.write_text(ref.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    _load(pack)
    assert len(list(cache_dir.glob("pack-*.pickle"))) == 2


def test_a_broken_cache_file_is_loaded_afresh(cache_dir: Path, pack: Path) -> None:
    expected = _statements(_load(pack))
    (path,) = cache_dir.glob("pack-*.pickle")
    path.write_bytes(b"not a pickle")
    assert _statements(_load(pack)) == expected


def test_a_directory_others_can_write_to_is_not_read(
    cache_dir: Path, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _load(pack)
    os.chmod(cache_dir, 0o777)
    _no_slow_load(monkeypatch)
    with pytest.raises(AssertionError, match="slow way"):
        _load(pack)


def test_a_pack_file_others_can_write_to_is_not_read(
    cache_dir: Path, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _load(pack)
    (path,) = cache_dir.glob("pack-*.pickle")
    os.chmod(path, 0o666)
    _no_slow_load(monkeypatch)
    with pytest.raises(AssertionError, match="slow way"):
        _load(pack)


def test_the_cache_can_be_turned_off(
    tmp_path: Path, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACCORDCHECK_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() is None
    _load(pack)
    assert not (tmp_path / "xdg").exists()


def test_an_unwritable_cache_directory_is_not_an_error(
    tmp_path: Path, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("ACCORDCHECK_CACHE_DIR", str(blocker / "cache"))
    assert _statements(_load(pack))


def test_old_packs_are_pruned(cache_dir: Path, pack: Path) -> None:
    rule_file = pack / "treaty.yaml"
    original = rule_file.read_text(encoding="utf-8")
    for i in range(cache.KEEP + 2):
        rule_file.write_text(original + f"\n# version {i}\n", encoding="utf-8")
        _load(pack)
    assert len(list(cache_dir.glob("pack-*.pickle"))) == cache.KEEP
