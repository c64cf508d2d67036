"""Entry point for `python -m generator`: takes argv and exits with the CLI's code."""

from generator.cli import main

main(prog_name="katalog")
