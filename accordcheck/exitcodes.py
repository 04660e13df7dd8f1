"""Exit codes, as documented in the README. Scripts may rely on them."""

OK = 0  # nothing at or above the --fail-on threshold
FINDINGS = 1  # at least one statement at or above the threshold (conflicting by default)
ERROR = 2  # usage error, bad rule/reference file, or an input that could not be read
INTERRUPTED = 130  # Ctrl-C
