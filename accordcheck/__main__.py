"""``python -m accordcheck`` runs the command-line interface."""

from accordcheck.cli import main

main()
