"""``client.with_raw_response``: every call, returning a :class:`~otari.RawResponse` instead of its result.

A view over a copy of the client whose transport wraps each outcome (see ``BaseClient._raw``). The
view's attributes are typed from the client's own methods through a ``ParamSpec``, so
``client.with_raw_response.completion(...)`` takes exactly ``completion``'s arguments and is typed
``RawResponse[ChatCompletion]``, with ``.parse()`` giving the ``ChatCompletion``.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

from ._base_client import RawResponse
from ._client import AsyncOtari, Otari
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes
from .resources import (
    CONTROL_PLANE_DOCS,
    Aliases,
    AsyncAliases,
    AsyncBudgets,
    AsyncFiles,
    AsyncKeys,
    AsyncPricing,
    AsyncUsage,
    AsyncUsers,
    Budgets,
    Files,
    Keys,
    Pricing,
    Usage,
    Users,
)
from .resources._base import ClientResource, Raw

if TYPE_CHECKING:
    from ._calls import Call

P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C", Otari, AsyncOtari)


class _RawMethod(Generic[P, R]):
    """``view.name(...)``: the raw-mode client's ``name``, typed to return ``RawResponse[R]``."""

    def __init__(self, method: Callable[Concatenate[Any, P], R]) -> None:
        self._name = method.__name__
        self.__doc__ = method.__doc__

    @overload
    def __get__(self, view: None, owner: type[Any]) -> _RawMethod[P, R]: ...

    @overload
    def __get__(self, view: OtariWithRawResponse, owner: type[Any]) -> Callable[P, RawResponse[R]]: ...

    def __get__(self, view: OtariWithRawResponse | None, owner: type[Any]) -> Any:
        return self if view is None else getattr(view._client, self._name)  # pyright: ignore[reportPrivateUsage]


class _AsyncRawMethod(Generic[P, R]):
    """``await view.name(...)``: the raw-mode async client's ``name``, typed ``RawResponse[R]``."""

    def __init__(self, method: Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]) -> None:
        self._name = method.__name__
        self.__doc__ = method.__doc__

    @overload
    def __get__(self, view: None, owner: type[Any]) -> _AsyncRawMethod[P, R]: ...

    @overload
    def __get__(
        self, view: AsyncOtariWithRawResponse, owner: type[Any]
    ) -> Callable[P, Coroutine[Any, Any, RawResponse[R]]]: ...

    def __get__(self, view: AsyncOtariWithRawResponse | None, owner: type[Any]) -> Any:
        return self if view is None else getattr(view._client, self._name)  # pyright: ignore[reportPrivateUsage]


class _View(Generic[C]):
    """What both views share: the raw-mode copy of the client, its options and its repr."""

    __slots__ = ("_client", "_run")

    def __init__(self, client: C) -> None:
        self._client: C = client  # a copy in raw mode, sharing the original's pool
        # For the control-plane groups (ClientResource binds them to ``_run``).
        self._run: Callable[[Call[Any]], Any] = client._run  # pyright: ignore[reportPrivateUsage]

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """The same view over ``client.with_options(...)`` (see there)."""
        return type(self)(
            self._client.with_options(timeout=timeout, max_retries=max_retries, default_headers=default_headers)
        )

    def __repr__(self) -> str:
        return f"<with_raw_response of {self._client!r}>"


class OtariWithRawResponse(_View[Otari]):
    """:class:`~otari.Otari`'s calls, each returning a :class:`~otari.RawResponse` (status, headers, ``.parse()``).

    >>> raw = client.with_raw_response.completion(model="openai:gpt-4o-mini", messages=[...])
    >>> raw.status_code, raw.headers["content-type"], raw.parse().choices[0].message.content
    """

    __slots__ = ()

    completion = _RawMethod(Otari.completion)
    completion_stream = _RawMethod(Otari.completion_stream)
    response = _RawMethod(Otari.response)
    response_stream = _RawMethod(Otari.response_stream)
    message = _RawMethod(Otari.message)
    message_stream = _RawMethod(Otari.message_stream)
    count_tokens = _RawMethod(Otari.count_tokens)
    embedding = _RawMethod(Otari.embedding)
    list_models = _RawMethod(Otari.list_models)
    retrieve_model = _RawMethod(Otari.retrieve_model)
    moderation = _RawMethod(Otari.moderation)
    rerank = _RawMethod(Otari.rerank)
    image_generation = _RawMethod(Otari.image_generation)
    speech = _RawMethod(Otari.speech)
    speech_stream = _RawMethod(Otari.speech_stream)
    transcription = _RawMethod(Otari.transcription)
    create_batch = _RawMethod(Otari.create_batch)
    retrieve_batch = _RawMethod(Otari.retrieve_batch)
    cancel_batch = _RawMethod(Otari.cancel_batch)
    list_batches = _RawMethod(Otari.list_batches)
    retrieve_batch_results = _RawMethod(Otari.retrieve_batch_results)
    wait_for_batch = _RawMethod(Otari.wait_for_batch)

    keys = ClientResource(Keys[Raw], CONTROL_PLANE_DOCS["keys"])
    users = ClientResource(Users[Raw], CONTROL_PLANE_DOCS["users"])
    budgets = ClientResource(Budgets[Raw], CONTROL_PLANE_DOCS["budgets"])
    pricing = ClientResource(Pricing[Raw], CONTROL_PLANE_DOCS["pricing"])
    usage = ClientResource(Usage[Raw], CONTROL_PLANE_DOCS["usage"])
    files = ClientResource(Files[Raw], CONTROL_PLANE_DOCS["files"])
    aliases = ClientResource(Aliases[Raw], CONTROL_PLANE_DOCS["aliases"])


class AsyncOtariWithRawResponse(_View[AsyncOtari]):
    """:class:`~otari.AsyncOtari`'s calls, each returning a :class:`~otari.RawResponse` when awaited."""

    __slots__ = ()

    @property
    def http_backend(self) -> str:
        """The backend of the client's connection pool (see ``AsyncOtari.http_backend``)."""
        return self._client.http_backend

    completion = _AsyncRawMethod(AsyncOtari.completion)
    completion_stream = _AsyncRawMethod(AsyncOtari.completion_stream)
    response = _AsyncRawMethod(AsyncOtari.response)
    response_stream = _AsyncRawMethod(AsyncOtari.response_stream)
    message = _AsyncRawMethod(AsyncOtari.message)
    message_stream = _AsyncRawMethod(AsyncOtari.message_stream)
    count_tokens = _AsyncRawMethod(AsyncOtari.count_tokens)
    embedding = _AsyncRawMethod(AsyncOtari.embedding)
    list_models = _AsyncRawMethod(AsyncOtari.list_models)
    retrieve_model = _AsyncRawMethod(AsyncOtari.retrieve_model)
    moderation = _AsyncRawMethod(AsyncOtari.moderation)
    rerank = _AsyncRawMethod(AsyncOtari.rerank)
    image_generation = _AsyncRawMethod(AsyncOtari.image_generation)
    speech = _AsyncRawMethod(AsyncOtari.speech)
    speech_stream = _AsyncRawMethod(AsyncOtari.speech_stream)
    transcription = _AsyncRawMethod(AsyncOtari.transcription)
    create_batch = _AsyncRawMethod(AsyncOtari.create_batch)
    retrieve_batch = _AsyncRawMethod(AsyncOtari.retrieve_batch)
    cancel_batch = _AsyncRawMethod(AsyncOtari.cancel_batch)
    list_batches = _AsyncRawMethod(AsyncOtari.list_batches)
    retrieve_batch_results = _AsyncRawMethod(AsyncOtari.retrieve_batch_results)
    wait_for_batch = _AsyncRawMethod(AsyncOtari.wait_for_batch)

    keys = ClientResource(AsyncKeys[Raw], CONTROL_PLANE_DOCS["keys"])
    users = ClientResource(AsyncUsers[Raw], CONTROL_PLANE_DOCS["users"])
    budgets = ClientResource(AsyncBudgets[Raw], CONTROL_PLANE_DOCS["budgets"])
    pricing = ClientResource(AsyncPricing[Raw], CONTROL_PLANE_DOCS["pricing"])
    usage = ClientResource(AsyncUsage[Raw], CONTROL_PLANE_DOCS["usage"])
    files = ClientResource(AsyncFiles[Raw], CONTROL_PLANE_DOCS["files"])
    aliases = ClientResource(AsyncAliases[Raw], CONTROL_PLANE_DOCS["aliases"])
