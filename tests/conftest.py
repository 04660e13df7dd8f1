"""Shared fixtures: one loaded checker for the whole session (loading compiles every rule)."""

from __future__ import annotations

import pytest

from accordcheck.api import Checker


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker.default()
