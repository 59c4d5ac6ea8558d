"""``Otari`` and ``AsyncOtari``: the public clients.

Each public method is one line: it asks :mod:`otari._inference` (or :mod:`otari._batches`) for a
:class:`~otari._calls.Call` and hands it to the client's transport loop. Everything else —
validation, headers, retries, error mapping, parsing — is shared (see :mod:`otari._base_client`).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import httpx

from . import _backends
from . import _batches as batches
from . import _inference as ops
from ._base_client import BaseClient, Flow, OpenStream, RawResponse, Read, Send
from ._calls import Call
from ._config import resolve_config
from ._deadline import DEADLINE
from ._deadline import install as bound_by_deadlines
from ._limits import ResponseLimits
from ._logging import setup_from_env
from ._pool import PoolHolder
from ._stream_events import to_chat_completion
from ._streaming import AsyncChatCompletionStream, AsyncStream, ChatCompletionStream, Stream, StreamRules
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes
from .resources import (
    CONTROL_PLANE_DOCS,
    AsyncBudgets,
    AsyncKeys,
    AsyncPricing,
    AsyncUsage,
    AsyncUsers,
    Budgets,
    Keys,
    Pricing,
    Usage,
    Users,
)
from .resources._base import ClientResource

if TYPE_CHECKING:
    from ._generated.models.batch import Batch
    from ._generated.models.batch_results import BatchResults
    from ._generated.models.chat_completion import ChatCompletion
    from ._generated.models.chat_completion_chunk import ChatCompletionChunk
    from ._generated.models.count_tokens_response import CountTokensResponse
    from ._generated.models.create_embedding_response import CreateEmbeddingResponse
    from ._generated.models.images_response import ImagesResponse
    from ._generated.models.model_list_response import ModelListResponse
    from ._generated.models.model_object import ModelObject
    from ._generated.models.moderation_response import ModerationResponse
    from ._generated.models.rerank_response import RerankResponse
    from ._generated.models.transcription import Transcription
    from ._stream_events import StreamEvent

_Self = TypeVar("_Self", bound="_ClientBase")

# Generous pool limits: agents fan out, and a queued request counts against its own timeout.
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

Backend = Literal["httpx", "aiohttp"]


class _ClientBase(BaseClient):
    """Construction and copying shared by both clients."""

    _owns_http: bool

    def _setup(
        self,
        *,
        api_key: str | None,
        platform_mode: bool | None,
        base_url: str | None,
        otari_key: str | None,
        admin_key: str | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        response_limits: ResponseLimits | None,
    ) -> None:
        setup_from_env()
        config = resolve_config(
            api_key=api_key,
            platform_mode=platform_mode,
            base_url=base_url,
            otari_key=otari_key,
            admin_key=admin_key,
        )
        self._init_base(
            config,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            response_limits=response_limits,
        )

    def _copy(self: _Self, **changes: Any) -> _Self:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        # Copies share the pool; only the original may close it.
        clone._owns_http = False
        for name, value in changes.items():
            setattr(clone, name, value)
        return clone

    def with_options(
        self: _Self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        response_limits: ResponseLimits | None = None,
    ) -> _Self:
        """A lightweight copy with other defaults, sharing this client's connection pool.

        ``default_headers`` are added to (and override) this client's own.
        """
        if default_headers is not None and not isinstance(default_headers, Mapping):
            raise TypeError(f"default_headers must be a mapping, got {type(default_headers).__name__}")
        probe = object.__new__(BaseClient)
        probe._init_base(
            self._config,
            timeout=self._timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self._max_retries if max_retries is None else max_retries,
            default_headers={**self._default_headers, **(default_headers or {})},
            response_limits=response_limits or self._limits,
        )
        return self._copy(
            _timeout=probe._timeout,
            _max_retries=probe._max_retries,
            _default_headers=probe._default_headers,
            _limits=probe._limits,
        )

    @property
    def with_raw_response(self: _Self) -> _Self:
        """The same client, whose methods return a :class:`RawResponse` (status, headers, ``.parse()``)."""
        return self._copy(_raw=True)

    def __repr__(self) -> str:
        mode = "platform" if self.platform_mode else "self-hosted"
        return f"<{type(self).__name__} {mode} base_url={self.base_url!r}>"


class Otari(_ClientBase):
    """Synchronous client for the otari gateway.

    >>> client = Otari(base_url="http://localhost:8000", otari_key="gw-...")  # self-hosted
    >>> client = Otari(api_key="tk_...", platform_mode=True)                  # hosted platform
    >>> client = Otari()                                                      # from the environment
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        platform_mode: bool | None = None,
        base_url: str | None = None,
        otari_key: str | None = None,
        admin_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        response_limits: ResponseLimits | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, got {type(http_client).__name__}")
        self._setup(
            api_key=api_key,
            platform_mode=platform_mode,
            base_url=base_url,
            otari_key=otari_key,
            admin_key=admin_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            response_limits=response_limits,
        )
        self._owns_http = http_client is None
        options = _backends.pool_options(self._timeout, DEFAULT_LIMITS)
        self._pool: PoolHolder[httpx.Client] = PoolHolder(
            None if http_client else lambda: bound_by_deadlines(httpx.Client(**options)), http_client
        )

    @property
    def _http(self) -> httpx.Client:
        return self._pool.client

    # -- lifecycle --------------------------------------------------------------------------------

    def close(self) -> None:
        """Release the connection pool (a caller-supplied ``http_client`` is left open)."""
        if self._owns_http:
            self._pool.close()

    def __enter__(self) -> Otari:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- transport ---------------------------------------------------------------------------------

    def _run(self, call: Call[Any]) -> Any:
        http = self._pool.get()
        flow: Flow = self._flow(http, call)
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                order = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                return _open_streams(stop.value, sync=True, client=self)
            value, error = None, None
            try:
                if isinstance(order, Send):
                    token = DEADLINE.set(order.deadline)
                    try:
                        value = http.send(order.request, stream=True, follow_redirects=False)
                    finally:
                        DEADLINE.reset(token)
                elif isinstance(order, Read):
                    body = order.collector()
                    token = DEADLINE.set(order.deadline)
                    try:
                        for chunk in order.response.iter_bytes():
                            if not body.add(chunk):
                                break
                    finally:
                        DEADLINE.reset(token)
                        order.response.close()
                    body.finish()
                else:
                    time.sleep(order.seconds)
            except httpx.HTTPError as exc:
                error = exc

    # -- inference ---------------------------------------------------------------------------------

    def completion(self, *, model: str, messages: Sequence[Any], **params: Any) -> ChatCompletion:
        """Create a chat completion (``POST /v1/chat/completions``).

        ``params`` are the request's other fields by wire name (``temperature``, ``tools``, ...),
        plus ``extra_body``, ``extra_headers``, ``extra_query``, ``timeout`` and ``max_retries``.
        """
        result: ChatCompletion = self._run(ops.completion(model, messages, params, stream=False))
        return result

    def completion_stream(
        self, *, model: str, messages: Sequence[Any], **params: Any
    ) -> ChatCompletionStream[ChatCompletionChunk]:
        """Stream a chat completion as typed chunks; ``final_completion()`` assembles them."""
        result: ChatCompletionStream[ChatCompletionChunk] = self._run(
            ops.completion(model, messages, params, stream=True)
        )
        return result

    def response(self, *, model: str, input: Any, **params: Any) -> dict[str, Any]:
        """Create a response with the OpenAI Responses API (``POST /v1/responses``)."""
        result: dict[str, Any] = self._run(ops.response(model, input, params, stream=False))
        return result

    def response_stream(self, *, model: str, input: Any, **params: Any) -> Stream[StreamEvent]:
        """Stream Responses API events as dicts (the SSE event name is on ``.event``)."""
        result: Stream[StreamEvent] = self._run(ops.response(model, input, params, stream=True))
        return result

    def message(self, *, model: str, max_tokens: int, messages: Sequence[Any], **params: Any) -> dict[str, Any]:
        """Create a message with the Anthropic Messages API (``POST /v1/messages``)."""
        result: dict[str, Any] = self._run(ops.message(model, max_tokens, messages, params, stream=False))
        return result

    def message_stream(
        self, *, model: str, max_tokens: int, messages: Sequence[Any], **params: Any
    ) -> Stream[StreamEvent]:
        """Stream Messages API events as dicts (the SSE event name is on ``.event``)."""
        result: Stream[StreamEvent] = self._run(ops.message(model, max_tokens, messages, params, stream=True))
        return result

    def count_tokens(self, *, model: str, messages: Sequence[Any], **params: Any) -> CountTokensResponse:
        """Count the input tokens of a Messages API request (``POST /v1/messages/count_tokens``)."""
        result: CountTokensResponse = self._run(ops.count_tokens(model, messages, params))
        return result

    def embedding(self, *, model: str, input: str | list[str], **params: Any) -> CreateEmbeddingResponse:
        """Create embeddings (``POST /v1/embeddings``)."""
        result: CreateEmbeddingResponse = self._run(ops.embedding(model, input, params))
        return result

    def list_models(self, *, provider: str | None = None, **params: Any) -> ModelListResponse:
        """List the models the gateway can route to (``GET /v1/models``)."""
        result: ModelListResponse = self._run(ops.list_models(provider, params))
        return result

    def retrieve_model(self, model_id: str, **params: Any) -> ModelObject:
        """Fetch one model by its ``provider:model`` id (``GET /v1/models/{model_id}``)."""
        result: ModelObject = self._run(ops.retrieve_model(model_id, params))
        return result

    def moderation(
        self, *, model: str, input: str | list[Any], include_raw: bool = False, **params: Any
    ) -> ModerationResponse:
        """Classify content with a moderation model (``POST /v1/moderations``)."""
        result: ModerationResponse = self._run(ops.moderation(model, input, include_raw, params))
        return result

    def rerank(self, *, model: str, query: str, documents: Sequence[str], **params: Any) -> RerankResponse:
        """Rank ``documents`` by relevance to ``query`` (``POST /v1/rerank``)."""
        result: RerankResponse = self._run(ops.rerank(model, query, documents, params))
        return result

    def image_generation(self, *, model: str, prompt: str, **params: Any) -> ImagesResponse:
        """Generate images from a prompt (``POST /v1/images/generations``)."""
        result: ImagesResponse = self._run(ops.image_generation(model, prompt, params))
        return result

    def speech(self, *, model: str, input: str, voice: str, **params: Any) -> bytes:
        """Synthesize speech; returns the audio bytes (``POST /v1/audio/speech``)."""
        result: bytes = self._run(ops.speech(model, input, voice, params))
        return result

    def transcription(self, *, model: str, file: Any, **params: Any) -> Transcription:
        """Transcribe audio (``POST /v1/audio/transcriptions``).

        ``file`` is bytes, a path, an open binary file or a ``(filename, content[, mime_type])`` tuple.
        """
        result: Transcription = self._run(ops.transcription(model, file, params))
        return result

    # -- batches -----------------------------------------------------------------------------------

    def create_batch(
        self,
        *,
        model: str,
        requests: Sequence[Any],
        completion_window: str = "24h",
        metadata: Mapping[str, str] | None = None,
        **params: Any,
    ) -> Batch:
        """Submit chat requests to run as a batch (``POST /v1/batches``).

        ``requests`` is a non-empty list of ``{"custom_id": "r1", "body": {"messages": [...]}}``; the
        gateway's answer names the provider instance that runs it in ``Batch.provider``.
        """
        result: Batch = self._run(batches.create_batch(model, requests, completion_window, metadata, params))
        return result

    def retrieve_batch(self, batch_id: str, *, provider: str, **params: Any) -> Batch:
        """Fetch a batch's current state (``GET /v1/batches/{batch_id}``)."""
        result: Batch = self._run(batches.retrieve_batch(batch_id, provider, params))
        return result

    def cancel_batch(self, batch_id: str, *, provider: str, **params: Any) -> Batch:
        """Ask the provider to cancel a batch (``POST /v1/batches/{batch_id}/cancel``)."""
        result: Batch = self._run(batches.cancel_batch(batch_id, provider, params))
        return result

    def list_batches(
        self, *, provider: str, after: str | None = None, limit: int | None = None, **params: Any
    ) -> list[Batch]:
        """List a provider's batches (``GET /v1/batches``); ``after`` is the last id of the previous page."""
        result: list[Batch] = self._run(batches.list_batches(provider, after, limit, params))
        return result

    def retrieve_batch_results(self, batch_id: str, *, provider: str, **params: Any) -> BatchResults:
        """The per-request results of a finished batch (``GET /v1/batches/{batch_id}/results``).

        Raises :class:`~otari.BatchNotCompleteError` (``.status``) while the batch is still running.
        """
        result: BatchResults = self._run(batches.retrieve_batch_results(batch_id, provider, params))
        return result

    def wait_for_batch(
        self,
        batch_id: str,
        *,
        provider: str,
        poll_interval: float = batches.DEFAULT_POLL_INTERVAL,
        timeout: float | None = batches.DEFAULT_WAIT_TIMEOUT,
        **params: Any,
    ) -> Batch:
        """Poll a batch every ``poll_interval`` seconds until it is completed, failed, expired or cancelled.

        ``timeout`` bounds the whole wait (None: no limit); when it elapses,
        :class:`~otari.BatchWaitTimeoutError` names the last status seen.
        """
        plan = batches.wait_plan(batch_id, provider, poll_interval, timeout, params)
        result: Batch = batches.drive_wait(plan, self._run)
        return result

    # -- control plane -----------------------------------------------------------------------------

    keys = ClientResource(Keys, CONTROL_PLANE_DOCS["keys"])
    users = ClientResource(Users, CONTROL_PLANE_DOCS["users"])
    budgets = ClientResource(Budgets, CONTROL_PLANE_DOCS["budgets"])
    pricing = ClientResource(Pricing, CONTROL_PLANE_DOCS["pricing"])
    usage = ClientResource(Usage, CONTROL_PLANE_DOCS["usage"])


class AsyncOtari(_ClientBase):
    """Asynchronous client for the otari gateway; the same methods as :class:`Otari`, awaited.

    Streaming methods are awaited to open the stream (HTTP errors raise there), then iterated
    with ``async for``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        platform_mode: bool | None = None,
        base_url: str | None = None,
        otari_key: str | None = None,
        admin_key: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        http_backend: Backend = "httpx",
        response_limits: ResponseLimits | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}")
        self._setup(
            api_key=api_key,
            platform_mode=platform_mode,
            base_url=base_url,
            otari_key=otari_key,
            admin_key=admin_key,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            response_limits=response_limits,
        )
        self._owns_http = http_client is None
        timeout = self._timeout
        supplied = _backends.async_http_client(http_backend, http_client, timeout=timeout, limits=DEFAULT_LIMITS)
        self._pool: PoolHolder[httpx.AsyncClient] = PoolHolder(
            None
            if http_client
            else lambda: _backends.async_http_client(http_backend, None, timeout=timeout, limits=DEFAULT_LIMITS),
            supplied,
        )
        self._http_backend = "custom" if http_client is not None else http_backend

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._pool.client

    @property
    def http_backend(self) -> str:
        """``"httpx"`` or ``"aiohttp"``: the backend of the connection pool this client built.

        ``"custom"`` when the caller supplied ``http_client``.
        """
        return self._http_backend

    async def aclose(self) -> None:
        """Release the connection pool (a caller-supplied ``http_client`` is left open)."""
        if self._owns_http:
            await self._pool.aclose()

    async def close(self) -> None:
        """Alias of :meth:`aclose`."""
        await self.aclose()

    async def __aenter__(self) -> AsyncOtari:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _run(self, call: Call[Any]) -> Any:
        http = await self._pool.aget()
        flow: Flow = self._flow(http, call)
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                order = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                return _open_streams(stop.value, sync=False, client=self)
            value, error = None, None
            try:
                if isinstance(order, Send):
                    async with _within(order.deadline, order.request):
                        value = await http.send(order.request, stream=True, follow_redirects=False)
                elif isinstance(order, Read):
                    body = order.collector()
                    try:
                        async with _within(order.deadline, order.response.request):
                            async for chunk in order.response.aiter_bytes():
                                if not body.add(chunk):
                                    break
                    finally:
                        await order.response.aclose()
                    body.finish()
                else:
                    await _async_sleep(order.seconds)
            except httpx.HTTPError as exc:
                error = exc

    async def completion(self, *, model: str, messages: Sequence[Any], **params: Any) -> ChatCompletion:
        """Create a chat completion (``POST /v1/chat/completions``)."""
        result: ChatCompletion = await self._run(ops.completion(model, messages, params, stream=False))
        return result

    async def completion_stream(
        self, *, model: str, messages: Sequence[Any], **params: Any
    ) -> AsyncChatCompletionStream[ChatCompletionChunk]:
        """Stream a chat completion as typed chunks; ``await final_completion()`` assembles them."""
        result: AsyncChatCompletionStream[ChatCompletionChunk] = await self._run(
            ops.completion(model, messages, params, stream=True)
        )
        return result

    async def response(self, *, model: str, input: Any, **params: Any) -> dict[str, Any]:
        """Create a response with the OpenAI Responses API (``POST /v1/responses``)."""
        result: dict[str, Any] = await self._run(ops.response(model, input, params, stream=False))
        return result

    async def response_stream(self, *, model: str, input: Any, **params: Any) -> AsyncStream[StreamEvent]:
        """Stream Responses API events as dicts (the SSE event name is on ``.event``)."""
        result: AsyncStream[StreamEvent] = await self._run(ops.response(model, input, params, stream=True))
        return result

    async def message(self, *, model: str, max_tokens: int, messages: Sequence[Any], **params: Any) -> dict[str, Any]:
        """Create a message with the Anthropic Messages API (``POST /v1/messages``)."""
        result: dict[str, Any] = await self._run(ops.message(model, max_tokens, messages, params, stream=False))
        return result

    async def message_stream(
        self, *, model: str, max_tokens: int, messages: Sequence[Any], **params: Any
    ) -> AsyncStream[StreamEvent]:
        """Stream Messages API events as dicts (the SSE event name is on ``.event``)."""
        result: AsyncStream[StreamEvent] = await self._run(
            ops.message(model, max_tokens, messages, params, stream=True)
        )
        return result

    async def count_tokens(self, *, model: str, messages: Sequence[Any], **params: Any) -> CountTokensResponse:
        """Count the input tokens of a Messages API request (``POST /v1/messages/count_tokens``)."""
        result: CountTokensResponse = await self._run(ops.count_tokens(model, messages, params))
        return result

    async def embedding(self, *, model: str, input: str | list[str], **params: Any) -> CreateEmbeddingResponse:
        """Create embeddings (``POST /v1/embeddings``)."""
        result: CreateEmbeddingResponse = await self._run(ops.embedding(model, input, params))
        return result

    async def list_models(self, *, provider: str | None = None, **params: Any) -> ModelListResponse:
        """List the models the gateway can route to (``GET /v1/models``)."""
        result: ModelListResponse = await self._run(ops.list_models(provider, params))
        return result

    async def retrieve_model(self, model_id: str, **params: Any) -> ModelObject:
        """Fetch one model by its ``provider:model`` id (``GET /v1/models/{model_id}``)."""
        result: ModelObject = await self._run(ops.retrieve_model(model_id, params))
        return result

    async def moderation(
        self, *, model: str, input: str | list[Any], include_raw: bool = False, **params: Any
    ) -> ModerationResponse:
        """Classify content with a moderation model (``POST /v1/moderations``)."""
        result: ModerationResponse = await self._run(ops.moderation(model, input, include_raw, params))
        return result

    async def rerank(self, *, model: str, query: str, documents: Sequence[str], **params: Any) -> RerankResponse:
        """Rank ``documents`` by relevance to ``query`` (``POST /v1/rerank``)."""
        result: RerankResponse = await self._run(ops.rerank(model, query, documents, params))
        return result

    async def image_generation(self, *, model: str, prompt: str, **params: Any) -> ImagesResponse:
        """Generate images from a prompt (``POST /v1/images/generations``)."""
        result: ImagesResponse = await self._run(ops.image_generation(model, prompt, params))
        return result

    async def speech(self, *, model: str, input: str, voice: str, **params: Any) -> bytes:
        """Synthesize speech; returns the audio bytes (``POST /v1/audio/speech``)."""
        result: bytes = await self._run(ops.speech(model, input, voice, params))
        return result

    async def transcription(self, *, model: str, file: Any, **params: Any) -> Transcription:
        """Transcribe audio (``POST /v1/audio/transcriptions``)."""
        result: Transcription = await self._run(ops.transcription(model, file, params))
        return result

    async def create_batch(
        self,
        *,
        model: str,
        requests: Sequence[Any],
        completion_window: str = "24h",
        metadata: Mapping[str, str] | None = None,
        **params: Any,
    ) -> Batch:
        """Submit chat requests to run as a batch (``POST /v1/batches``)."""
        result: Batch = await self._run(batches.create_batch(model, requests, completion_window, metadata, params))
        return result

    async def retrieve_batch(self, batch_id: str, *, provider: str, **params: Any) -> Batch:
        """Fetch a batch's current state (``GET /v1/batches/{batch_id}``)."""
        result: Batch = await self._run(batches.retrieve_batch(batch_id, provider, params))
        return result

    async def cancel_batch(self, batch_id: str, *, provider: str, **params: Any) -> Batch:
        """Ask the provider to cancel a batch (``POST /v1/batches/{batch_id}/cancel``)."""
        result: Batch = await self._run(batches.cancel_batch(batch_id, provider, params))
        return result

    async def list_batches(
        self, *, provider: str, after: str | None = None, limit: int | None = None, **params: Any
    ) -> list[Batch]:
        """List a provider's batches (``GET /v1/batches``); ``after`` is the last id of the previous page."""
        result: list[Batch] = await self._run(batches.list_batches(provider, after, limit, params))
        return result

    async def retrieve_batch_results(self, batch_id: str, *, provider: str, **params: Any) -> BatchResults:
        """The per-request results of a finished batch (``GET /v1/batches/{batch_id}/results``)."""
        result: BatchResults = await self._run(batches.retrieve_batch_results(batch_id, provider, params))
        return result

    async def wait_for_batch(
        self,
        batch_id: str,
        *,
        provider: str,
        poll_interval: float = batches.DEFAULT_POLL_INTERVAL,
        timeout: float | None = batches.DEFAULT_WAIT_TIMEOUT,
        **params: Any,
    ) -> Batch:
        """Poll a batch (sleeping with ``asyncio.sleep``) until it reaches a terminal status."""
        plan = batches.wait_plan(batch_id, provider, poll_interval, timeout, params)
        result: Batch = await batches.drive_wait_async(plan, self._run)
        return result

    keys = ClientResource(AsyncKeys, CONTROL_PLANE_DOCS["keys"])
    users = ClientResource(AsyncUsers, CONTROL_PLANE_DOCS["users"])
    budgets = ClientResource(AsyncBudgets, CONTROL_PLANE_DOCS["budgets"])
    pricing = ClientResource(AsyncPricing, CONTROL_PLANE_DOCS["pricing"])
    usage = ClientResource(AsyncUsage, CONTROL_PLANE_DOCS["usage"])


@contextlib.asynccontextmanager
async def _within(deadline: float | None, request: httpx.Request) -> AsyncIterator[None]:
    """Bound an async I/O step by the attempt's wall-clock deadline (any backend, any supplied client)."""
    if deadline is None:
        yield
        return
    import asyncio

    try:
        async with asyncio.timeout(deadline - time.monotonic()):
            yield
    except TimeoutError:
        raise httpx.ReadTimeout("the answer took longer than the timeout", request=request) from None


async def _async_sleep(seconds: float) -> None:
    """The async client's wait between retries (one name for tests to replace)."""
    import asyncio  # here, not at the top: sync programs never pay for it

    await asyncio.sleep(seconds)


def _open_streams(outcome: Any, *, sync: bool, client: BaseClient) -> Any:
    """Wrap an open streaming response in the stream class of the calling client."""
    raw = isinstance(outcome, RawResponse)
    target = outcome._parsed if raw else outcome
    if not isinstance(target, OpenStream):
        return outcome
    call = target.call
    handler = call.handler
    assert handler is not None
    rules = StreamRules(
        require_end=True,
        secrets=client._config.secrets(),
        silence=target.response.request.extensions.get("timeout", {}).get("read"),
        max_event_bytes=client._limits.max_event_bytes,
    )
    stream: Any
    if call.stream == "chat":
        cls_chat = ChatCompletionStream if sync else AsyncChatCompletionStream
        stream = cls_chat(target.response, handler, to_chat_completion, rules=rules)
    else:
        cls = Stream if sync else AsyncStream
        stream = cls(target.response, handler, rules=rules)
    return RawResponse(outcome.http_response, stream) if raw else stream
