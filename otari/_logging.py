"""The ``otari`` logger. ``OTARI_LOG=debug|info`` turns it on without any code."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("otari")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
# The OTARI_LOG value last acted on (None: never looked), and what acting on it changed.
_applied: str | None = None
_handler: logging.Handler | None = None
_previous_level: int | None = None


def setup_from_env() -> None:
    """Follow ``OTARI_LOG``: attach a stderr handler to the ``otari`` logger when it asks for one.

    Called on every client construction; it only does work when the variable's value changed since
    the last call, and then undoes what the previous value set up (our handler and level only, never
    the application's). Without ``OTARI_LOG``, logging is left to the application.
    """
    global _applied, _handler, _previous_level
    value = os.environ.get("OTARI_LOG", "").strip().lower()
    if value == _applied:
        return
    _applied = value
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler = None
    if _previous_level is not None:
        logger.setLevel(_previous_level)
        _previous_level = None
    level = _LEVELS.get(value)
    if level is None:
        return
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(_handler)
    _previous_level = logger.level
    logger.setLevel(level)
