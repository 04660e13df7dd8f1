"""accordcheck: an offline, auditable fact-checker for news articles.

The library API lives in :mod:`accordcheck.api`; this package root stays import-light so that
``accordcheck --version`` does not pay for the whole pipeline.
"""

__version__ = "0.1.0"

__all__ = ["Checker", "__version__", "check_file", "check_text"]


def __getattr__(name: str):
    if name in {"Checker", "check_text", "check_file"}:
        from accordcheck import api

        return getattr(api, name)
    raise AttributeError(f"module 'accordcheck' has no attribute {name!r}")
