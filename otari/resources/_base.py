"""What every control-plane resource shares: the sync/async method descriptors and the call helpers.

Each resource operation is written once, as a *call builder*: a plain function that validates its
arguments and returns a :class:`~otari._calls.Call` (control-plane route, admin credential). The
public classes do not repeat those functions. They list them, wrapped in :class:`SyncMethod` or
:class:`AsyncMethod`::

    class Keys(SyncResource):
        get = SyncMethod(build_get)          # client.keys.get(key_id) -> KeyInfo

    class AsyncKeys(AsyncResource):
        get = AsyncMethod(build_get)         # await client.keys.get(key_id) -> KeyInfo

The descriptors take the builder's signature through a ``ParamSpec``, so type checkers see
``Keys.get: (key_id: str, **request_options: Unpack[RequestOptions]) -> KeyInfo`` and
``AsyncKeys.get: (...) -> Coroutine[..., KeyInfo]`` without either being written out, and the one place
that performs the call is the client's ``_run``.
"""

from __future__ import annotations

import datetime as _dt
import inspect
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator, Mapping, Sequence
from typing import Any, Generic, ParamSpec, TypeVar, cast, overload
from uuid import UUID

import httpx

from .._base_client import RawResponse
from .._calls import (
    Call,
    CallOptions,
    StreamKind,
    build_body,
    core,
    make_call,
    reject_unknown,
    require_int,
    require_path_id,
    split_options,
)
from .._pagination import PagePlan, aiterate, iterate

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

Runner = Callable[[Call[Any]], Any]
AsyncRunner = Callable[[Call[Any]], Awaitable[Any]]


class Plain:
    """Resource mode: methods return their results (``client.keys``)."""


class Raw:
    """Resource mode: methods return :class:`~otari.RawResponse` (``client.with_raw_response.keys``)."""


M = TypeVar("M", Plain, Raw)


class SyncResource(Generic[M]):
    """A group of control-plane methods bound to a sync client's transport.

    ``M`` (:class:`Plain` or :class:`Raw`) is what the transport returns, so the method descriptors can
    type ``client.with_raw_response.keys.get(...)`` as a ``RawResponse[KeyInfo]``.
    """

    __slots__ = ("_run",)

    def __init__(self, run: Runner) -> None:
        self._run = run

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class AsyncResource(Generic[M]):
    """A group of control-plane methods bound to an async client's transport (``M`` as in SyncResource)."""

    __slots__ = ("_run",)

    def __init__(self, run: AsyncRunner) -> None:
        self._run = run

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class ClientResource(Generic[R]):
    """A client attribute (``client.keys``, ...) that binds a resource group to the client's transport.

    Bound on each access rather than cached, so the copies made by ``with_options`` and
    ``with_raw_response`` get groups bound to their own transport.
    """

    def __init__(self, factory: Callable[[Any], R], doc: str) -> None:
        self._factory = factory
        self.__doc__ = doc

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> ClientResource[R]: ...

    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> R: ...

    def __get__(self, instance: object | None, owner: type[Any] | None = None) -> R | ClientResource[R]:
        if instance is None:
            return self
        return self._factory(instance._run)  # type: ignore[attr-defined]


class _Method(Generic[P, T]):
    """Shared bookkeeping: the builder, the public name, and the signature ``help()`` should show."""

    #: How the public method's return annotation is spelled, from the builder's (``Call[X]`` -> ``X``).
    _returns = (r"^Call\[(.*)\]$", r"\1")

    def __init__(self, build: Callable[P, Any]) -> None:
        self._build = build
        self._name = build.__name__
        self._signature: inspect.Signature | None = None

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    def _describe(self, method: Callable[..., Any], owner: type[Any]) -> None:
        if self._signature is None:
            signature = inspect.signature(self._build)
            # Show what the method returns, not the Call the builder returns.
            returned = signature.return_annotation
            if isinstance(returned, str):
                returned = re.sub(self._returns[0], self._returns[1], returned)
            self._signature = signature.replace(return_annotation=returned)
        method.__name__ = self._name
        method.__qualname__ = f"{owner.__name__}.{self._name}"
        method.__doc__ = self._build.__doc__
        method.__signature__ = self._signature  # type: ignore[attr-defined]


class SyncMethod(_Method[P, T]):
    """A resource method of the sync client: builds the call, runs it, returns ``T``."""

    def __init__(self, build: Callable[P, Call[T]]) -> None:
        super().__init__(build)

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> SyncMethod[P, T]: ...

    @overload
    def __get__(self, obj: SyncResource[Raw], owner: type[Any]) -> Callable[P, RawResponse[T]]: ...

    @overload
    def __get__(self, obj: SyncResource[Plain], owner: type[Any]) -> Callable[P, T]: ...

    def __get__(self, obj: SyncResource[Any] | None, owner: type[Any]) -> Any:
        if obj is None:
            return self
        build, run = self._build, obj._run  # pyright: ignore[reportPrivateUsage]

        def method(*args: P.args, **kwargs: P.kwargs) -> T:
            result: T = run(build(*args, **kwargs))
            return result

        self._describe(method, owner)
        return method


class AsyncMethod(_Method[P, T]):
    """A resource method of the async client: builds the call, awaits it, returns ``T``."""

    def __init__(self, build: Callable[P, Call[T]]) -> None:
        super().__init__(build)

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> AsyncMethod[P, T]: ...

    @overload
    def __get__(
        self, obj: AsyncResource[Raw], owner: type[Any]
    ) -> Callable[P, Coroutine[Any, Any, RawResponse[T]]]: ...

    @overload
    def __get__(self, obj: AsyncResource[Plain], owner: type[Any]) -> Callable[P, Coroutine[Any, Any, T]]: ...

    def __get__(self, obj: AsyncResource[Any] | None, owner: type[Any]) -> Any:
        if obj is None:
            return self
        build, run = self._build, obj._run  # pyright: ignore[reportPrivateUsage]

        async def method(*args: P.args, **kwargs: P.kwargs) -> T:
            result: T = await run(build(*args, **kwargs))
            return result

        self._describe(method, owner)
        return method


class SyncIterMethod(_Method[P, T]):
    """An iterate-all method of the sync client: builds a page plan, returns a lazy iterator of ``T``."""

    _returns = (r"^PagePlan\[(.*)\]$", r"Iterator[\1]")

    def __init__(self, build: Callable[P, PagePlan[T]]) -> None:
        super().__init__(build)

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> SyncIterMethod[P, T]: ...

    @overload
    def __get__(self, obj: SyncResource[Any], owner: type[Any]) -> Callable[P, Iterator[T]]: ...

    def __get__(
        self, obj: SyncResource[Any] | None, owner: type[Any]
    ) -> SyncIterMethod[P, T] | Callable[P, Iterator[T]]:
        if obj is None:
            return self
        build, run = self._build, obj._run  # pyright: ignore[reportPrivateUsage]

        def method(*args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
            return iterate(build(*args, **kwargs), run)

        self._describe(method, owner)
        return method


class AsyncIterMethod(_Method[P, T]):
    """An iterate-all method of the async client: ``async for item in client.keys.iter(...)``."""

    _returns = (r"^PagePlan\[(.*)\]$", r"AsyncIterator[\1]")

    def __init__(self, build: Callable[P, PagePlan[T]]) -> None:
        super().__init__(build)

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> AsyncIterMethod[P, T]: ...

    @overload
    def __get__(self, obj: AsyncResource[Any], owner: type[Any]) -> Callable[P, AsyncIterator[T]]: ...

    def __get__(
        self, obj: AsyncResource[Any] | None, owner: type[Any]
    ) -> AsyncIterMethod[P, T] | Callable[P, AsyncIterator[T]]:
        if obj is None:
            return self
        build, run = self._build, obj._run  # pyright: ignore[reportPrivateUsage]

        def method(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
            return aiterate(build(*args, **kwargs), run)

        self._describe(method, owner)
        return method


# --- helpers for the builders -------------------------------------------------------------------------

DateLike = _dt.datetime | _dt.date | str
IdList = str | Sequence[str]


def control_call(
    built: dict[str, Any],
    options: CallOptions,
    parse: Callable[[httpx.Response], Any],
    *,
    stream: StreamKind | None = None,
) -> Call[Any]:
    """A control-plane call: admin credential (api.md §1 rule 6), control-route error mapping."""
    return make_call(built, "control", options, parse=parse, admin=True, stream=stream)


def path_id(method: str, name: str, value: object) -> str:
    """A path parameter: a non-empty string (the core escapes it into one path segment)."""
    if isinstance(value, UUID):
        return str(value)
    return require_path_id(method, name, value)


def iso(method: str, name: str, value: object) -> str:
    """A date/time argument as ISO 8601 text; strings are passed through for the gateway to judge."""
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    raise TypeError(f"{method}() argument {name!r} must be a datetime, a date or an ISO 8601 string, got {value!r}")


def by_id(
    method: str,
    endpoint: str,
    name: str,
    value: object,
    options: dict[str, Any],
    parse: Callable[[httpx.Response], Any],
) -> Call[Any]:
    """A control-plane call addressed by one path id and nothing else (``get``, ``delete``, ``rotate``)."""
    return query_call(method, endpoint, {name: path_id(method, name, value)}, {}, options, parse)


def query_call(
    method: str,
    endpoint: str,
    path: Mapping[str, Any],
    given: Mapping[str, Any],
    options: dict[str, Any],
    parse: Callable[[httpx.Response], Any],
) -> Call[Any]:
    """A control-plane call with no body: checked path ids, query parameters (None: left out), and the
    caller's ``**request_options``, where any name left over is a misspelt keyword."""
    call_options = split_options(options)
    reject_unknown(method, options)
    return control_call(query(endpoint, path, given), call_options, parse)


def body(
    method: str, model_name: str, fields: dict[str, Any], params: dict[str, Any], *, dates: Sequence[str] = ()
) -> Any:
    """The generated request model built from ``fields`` and ``params``; unknown names raise TypeError."""
    for name in dates:
        if params.get(name) is not None:
            params[name] = iso(method, name, params[name])
    return build_body(method, model_name, fields, params)


def query(endpoint: str, path: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    """``_get_kwargs`` of ``endpoint`` with only the query parameters the caller gave.

    The core has defaults of its own for some (``skip=0``, ``limit=100``); passing ``UNSET`` for the
    ones left out keeps them off the URL, so the gateway applies its defaults.
    """
    unset = core("types").UNSET
    kwargs: dict[str, Any] = dict(path)
    for name, value in given.items():
        kwargs[name] = unset if value is None else value
    # Not core_request(): /v1/usage has a query parameter named ``endpoint``, its first parameter.
    built: dict[str, Any] = core(f"api.{endpoint}")._get_kwargs(**kwargs)
    return built


def paging(method: str, skip: object, limit: object) -> dict[str, Any]:
    return {
        "skip": None if skip is None else require_int(method, "skip", skip, minimum=0),
        "limit": None if limit is None else require_int(method, "limit", limit),
    }


def optional_id(method: str, name: str, value: object) -> str | None:
    """An optional id sent as a query parameter (``workspace_id``): a string or a UUID; None leaves it out."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, UUID):
        return str(value)
    raise TypeError(f"{method}() argument {name!r} must be a string or UUID, got {value!r}")


def id_list(method: str, name: str, value: object) -> list[str] | None:
    """One id or a list of them (sent as repeated query parameters)."""
    if value is None:
        return None
    if isinstance(value, str | UUID):
        return [str(value)]
    if isinstance(value, Sequence):
        items = cast("Sequence[object]", value)
        if all(isinstance(v, str | UUID) for v in items):
            return [str(v) for v in items]
    raise TypeError(f"{method}() argument {name!r} must be a string or a list of strings, got {value!r}")


__all__ = [
    "AsyncIterMethod",
    "AsyncMethod",
    "AsyncResource",
    "ClientResource",
    "DateLike",
    "IdList",
    "SyncIterMethod",
    "SyncMethod",
    "SyncResource",
    "query_call",
    "reject_unknown",
]
