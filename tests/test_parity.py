"""Sync and async clients expose the same API: same methods, same parameters, same defaults."""

from __future__ import annotations

import inspect
from typing import Any

from otari import AsyncOtari, Otari

# Lifecycle differs by nature: ``close`` vs ``aclose`` and the two context-manager protocols.
LIFECYCLE = {"close", "aclose"}
RESOURCES = ("keys", "users", "budgets", "pricing", "usage", "files", "aliases")


def _iterates(name: str) -> bool:
    """Iterate-all methods return an (async) iterator at once: ``async for x in client.keys.iter()``."""
    return name == "iter" or name.startswith("iter_")


def _check_async(owner: Any, name: str, where: str) -> None:
    method = getattr(owner, name)
    if _iterates(name):
        assert not inspect.iscoroutinefunction(method), where
        assert "AsyncIterator[" in str(inspect.signature(method).return_annotation), where
    else:
        assert inspect.iscoroutinefunction(method), where


def _public_methods(obj: Any) -> dict[str, inspect.Signature]:
    methods = {}
    for name in dir(obj):
        if name.startswith("_") or name in LIFECYCLE:
            continue
        attr = getattr(obj, name)
        if callable(attr) and not isinstance(attr, type):
            methods[name] = inspect.signature(attr)
    return methods


def _shape(signature: inspect.Signature) -> list[tuple[str, Any, Any]]:
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


def _clients() -> tuple[Otari, AsyncOtari]:
    options = {"base_url": "http://127.0.0.1:9", "otari_key": "gw-parity"}
    return Otari(**options), AsyncOtari(**options)


def test_clients_expose_the_same_methods_with_the_same_parameters() -> None:
    sync, async_ = _clients()
    sync_methods, async_methods = _public_methods(sync), _public_methods(async_)
    assert set(sync_methods) == set(async_methods)
    assert len(sync_methods) >= 20
    for name, signature in sync_methods.items():
        assert _shape(signature) == _shape(async_methods[name]), name


def test_async_methods_are_coroutines_and_sync_ones_are_not() -> None:
    sync, async_ = _clients()
    for name in _public_methods(async_):
        if name in ("with_options",):
            continue
        _check_async(async_, name, name)
        assert not inspect.iscoroutinefunction(getattr(sync, name)), name


def test_resources_match_between_clients() -> None:
    sync, async_ = _clients()
    for resource in RESOURCES:
        sync_methods = _public_methods(getattr(sync, resource))
        async_methods = _public_methods(getattr(async_, resource))
        assert sync_methods, resource
        assert set(sync_methods) == set(async_methods), resource
        for name, signature in sync_methods.items():
            assert _shape(signature) == _shape(async_methods[name]), f"{resource}.{name}"
            _check_async(getattr(async_, resource), name, f"{resource}.{name}")


def test_both_clients_share_the_request_flow() -> None:
    # The decision logic exists once; the clients only differ in their I/O loop.
    assert Otari._flow is AsyncOtari._flow
    assert Otari._build_request is AsyncOtari._build_request
