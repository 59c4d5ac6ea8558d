"""A counter bumped in every forked child, so that state can tell it changed process without a syscall.

Connection pools (:mod:`otari._pool`) and API-root discovery (:mod:`otari._api_root`) compare it with the
value they saw when they were set up.
"""

from __future__ import annotations

import os

#: How many times this process is a fork away from where the SDK was imported.
generation: int = 0


def _after_fork_in_child() -> None:
    global generation
    generation += 1


if hasattr(os, "register_at_fork"):  # not on Windows, where there is no fork
    os.register_at_fork(after_in_child=_after_fork_in_child)
