"""``otari``, the command line (api.md §7): a thin layer over :class:`otari.Otari`.

Nothing in the SDK imports this package; ``import otari`` never loads it. Entry points: the ``otari``
console script and ``python -m otari`` both call :func:`run`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``) and return its exit status."""
    from ._app import main as run_main

    return run_main(argv)


def run() -> None:
    """The console script: run and exit with the status."""
    sys.exit(main())


__all__ = ["main", "run"]
