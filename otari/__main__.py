"""``python -m otari``: the command line. Imported only when run, so ``import otari`` never loads the CLI."""

from __future__ import annotations

if __name__ == "__main__":
    from otari.cli import run

    run()
