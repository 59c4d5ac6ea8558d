"""Paths and imports for the tests of the maintenance scripts in ``scripts/``.

The gateway specs live outside the repository (``../shared/openapi``, or ``$OTARI_SHARED_DIR``);
tests that need them skip when they are absent.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = REPO / "scripts"
GENERATED = REPO / "otari" / "_generated"
CURRENT_SPEC = "otari-gateway.openapi.json"
V040_SPEC = "otari-gateway-v0.4.0.openapi.json"


def script(name: str) -> ModuleType:
    """Import ``scripts/<name>.py`` (the scripts import each other as top-level modules)."""
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    return importlib.import_module(name)


def shared_dir() -> Path | None:
    """``../shared`` beside the repository, else ``$OTARI_SHARED_DIR``, if it holds ``openapi/``."""
    candidates = [REPO.parent / "shared"]
    if os.environ.get("OTARI_SHARED_DIR"):
        candidates.append(Path(os.environ["OTARI_SHARED_DIR"]))
    return next((path for path in candidates if (path / "openapi").is_dir()), None)


def shared_spec(name: str) -> Path:
    """A spec from the shared directory, or skip the calling test."""
    shared = shared_dir()
    if shared is None:
        pytest.skip("no shared specs (../shared/openapi or $OTARI_SHARED_DIR)")
    path = shared / "openapi" / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path


def tree(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` (bytecode caches left out) by its relative path, with its bytes."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }
