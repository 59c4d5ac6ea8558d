"""The ``otari`` logger. ``OTARI_LOG=debug|info`` turns it on without any code."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("otari")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_configured = False


def setup_from_env() -> None:
    """Attach a stderr handler once when ``OTARI_LOG`` asks for it; otherwise leave logging to the app."""
    global _configured
    if _configured:
        return
    _configured = True
    level = _LEVELS.get(os.environ.get("OTARI_LOG", "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
