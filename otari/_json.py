"""Narrowing decoded JSON for the type checkers.

``isinstance(value, dict)`` narrows an ``object`` to ``dict[Unknown, Unknown]``, which strict checkers
then follow into every ``.get()``. These guards say what decoded JSON really is: string keys, values
of any JSON type.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing_extensions import TypeIs  # typing.TypeIs from Python 3.13; annotations only


def is_object(value: object) -> TypeIs[dict[str, Any]]:
    """A decoded JSON object."""
    return isinstance(value, dict)


def is_array(value: object) -> TypeIs[list[Any]]:
    """A decoded JSON array."""
    return isinstance(value, list)


def is_mapping(value: object) -> TypeIs[Mapping[str, Any]]:
    """A JSON-like mapping: a decoded object, or a mapping a caller passed in its place."""
    return isinstance(value, Mapping)


def is_tuple(value: object) -> TypeIs[tuple[Any, ...]]:
    """A tuple (such as a ``(filename, content)`` file argument), with items of any type."""
    return isinstance(value, tuple)
