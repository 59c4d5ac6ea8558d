"""``Otari`` and ``AsyncOtari``: the public clients.

Each public method is one line: it asks :mod:`otari._inference` (or :mod:`otari._batches`) for a
:class:`~otari._calls.Call` and hands it to the client's transport loop. Everything else —
validation, headers, retries, error mapping, parsing — is shared (see :mod:`otari._base_client`).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

import httpx

from . import _backends
from . import _batches as batches  # pyright: ignore[reportPrivateUsage]
from . import _inference as ops
from ._api_root import AwaitDiscovery, Settled
from ._base_client import BaseClient, Flow, OpenStream, RawResponse, Read, Send, is_raw
from ._calls import Call
from ._config import resolve_config
from ._deadline import DEADLINE
from ._deadline import install as bound_by_deadlines
from ._downloads import AsyncBinaryStream, BinaryStream
from ._limits import ResponseLimits
from ._logging import setup_from_env
from ._pagination import DEFAULT_PAGE_SIZE, aiterate, iterate
from ._pool import PoolHolder
from ._stream_events import to_chat_completion
from ._streaming import (
    AsyncChatCompletionStream,
    AsyncStream,
    ChatCompletionStream,
    Stream,
    StreamRules,
    in_asyncio_task,
)
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
from .resources._base import ClientResource, Plain

if TYPE_CHECKING:
    from typing import Unpack

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
    from ._raw import AsyncOtariWithRawResponse, OtariWithRawResponse
    from ._stream_events import StreamEvent
    from .params import (
        BatchRequestItemParam,
        ChatCompletionMessageParam,
        CompletionParams,
        CountTokensParams,
        CreateBatchParams,
        EmbeddingParams,
        ImageGenerationParams,
        MessageParam,
        MessagesParams,
        ModerationParams,
        PollOptions,
        RequestOptions,
        RerankParams,
        ResponseParams,
        SpeechParams,
        TranscriptionParams,
    )

_Self = TypeVar("_Self", bound="_ClientBase")

# Generous pool limits: agents fan out, and a queued request counts against its own timeout.
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

Backend = Literal["auto", "httpx", "aiohttp"]


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
        if default_headers is not None and not isinstance(default_headers, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance]
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
        if http_client is not None and not isinstance(http_client, httpx.Client):  # pyright: ignore[reportUnnecessaryIsInstance]
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
            None if http_client else lambda: bound_by_deadlines(_backends.SyncPool(**options)), http_client
        )

    @property
    def _http(self) -> httpx.Client:
        return self._pool.client

    @property
    def with_raw_response(self) -> OtariWithRawResponse:
        """The same calls, returning a :class:`~otari.RawResponse` each (status, headers, ``.parse()``)."""
        from ._raw import OtariWithRawResponse

        return OtariWithRawResponse(self._copy(_raw=True))

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
                return _open_streams(stop.value, sync=True, secrets=self._config.secrets(), limits=self._limits)
            value, error = None, None
            try:
                if isinstance(order, Send):
                    token = DEADLINE.set(order.deadline)
                    try:
                        value = http.send(order.request, stream=True, follow_redirects=False)
                    finally:
                        DEADLINE.reset(token)
                    if (problem := _backends.malformed(value)) is not None:
                        value.close()  # unread, so the connection is dropped, not reused
                        raise problem
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
                elif isinstance(order, AwaitDiscovery):
                    woken = threading.Event()
                    order.settled.subscribe(woken.set)
                    woken.wait()
                else:
                    time.sleep(order.seconds)
            except BaseException as exc:  # the flow decides; what it does not handle comes back out
                error = exc

    # -- inference ---------------------------------------------------------------------------------

    def completion(
        self, *, model: str, messages: Sequence[ChatCompletionMessageParam], **params: Unpack[CompletionParams]
    ) -> ChatCompletion:
        """Create a chat completion (``POST /v1/chat/completions``).

        ``params`` are the request's other fields by wire name (``temperature``, ``tools``, ...),
        plus ``extra_body``, ``extra_headers``, ``extra_query``, ``timeout`` and ``max_retries``.
        """
        result: ChatCompletion = self._run(ops.completion(model, messages, dict(params), stream=False))
        return result

    def completion_stream(
        self, *, model: str, messages: Sequence[ChatCompletionMessageParam], **params: Unpack[CompletionParams]
    ) -> ChatCompletionStream[ChatCompletionChunk]:
        """Stream a chat completion as typed chunks; ``final_completion()`` assembles them."""
        result: ChatCompletionStream[ChatCompletionChunk] = self._run(
            ops.completion(model, messages, dict(params), stream=True)
        )
        return result

    def response(
        self, *, model: str, input: str | Sequence[Mapping[str, object]], **params: Unpack[ResponseParams]
    ) -> dict[str, Any]:
        """Create a response with the OpenAI Responses API (``POST /v1/responses``)."""
        result: dict[str, Any] = self._run(ops.response(model, input, dict(params), stream=False))
        return result

    def response_stream(
        self, *, model: str, input: str | Sequence[Mapping[str, object]], **params: Unpack[ResponseParams]
    ) -> Stream[StreamEvent]:
        """Stream Responses API events as dicts (the SSE event name is on ``.event``)."""
        result: Stream[StreamEvent] = self._run(ops.response(model, input, dict(params), stream=True))
        return result

    def message(
        self, *, model: str, max_tokens: int, messages: Sequence[MessageParam], **params: Unpack[MessagesParams]
    ) -> dict[str, Any]:
        """Create a message with the Anthropic Messages API (``POST /v1/messages``)."""
        result: dict[str, Any] = self._run(ops.message(model, max_tokens, messages, dict(params), stream=False))
        return result

    def message_stream(
        self, *, model: str, max_tokens: int, messages: Sequence[MessageParam], **params: Unpack[MessagesParams]
    ) -> Stream[StreamEvent]:
        """Stream Messages API events as dicts (the SSE event name is on ``.event``)."""
        result: Stream[StreamEvent] = self._run(ops.message(model, max_tokens, messages, dict(params), stream=True))
        return result

    def count_tokens(
        self, *, model: str, messages: Sequence[MessageParam], **params: Unpack[CountTokensParams]
    ) -> CountTokensResponse:
        """Count the input tokens of a Messages API request (``POST /v1/messages/count_tokens``)."""
        result: CountTokensResponse = self._run(ops.count_tokens(model, messages, dict(params)))
        return result

    def embedding(
        self, *, model: str, input: str | list[str], **params: Unpack[EmbeddingParams]
    ) -> CreateEmbeddingResponse:
        """Create embeddings (``POST /v1/embeddings``)."""
        result: CreateEmbeddingResponse = self._run(ops.embedding(model, input, dict(params)))
        return result

    def list_models(self, *, provider: str | None = None, **params: Unpack[RequestOptions]) -> ModelListResponse:
        """List the models the gateway can route to (``GET /v1/models``)."""
        result: ModelListResponse = self._run(ops.list_models(provider, dict(params)))
        return result

    def retrieve_model(self, model_id: str, **params: Unpack[RequestOptions]) -> ModelObject:
        """Fetch one model by its ``provider:model`` id (``GET /v1/models/{model_id}``)."""
        result: ModelObject = self._run(ops.retrieve_model(model_id, dict(params)))
        return result

    def moderation(
        self, *, model: str, input: str | list[Any], include_raw: bool = False, **params: Unpack[ModerationParams]
    ) -> ModerationResponse:
        """Classify content with a moderation model (``POST /v1/moderations``)."""
        result: ModerationResponse = self._run(ops.moderation(model, input, include_raw, dict(params)))
        return result

    def rerank(
        self, *, model: str, query: str, documents: Sequence[str], **params: Unpack[RerankParams]
    ) -> RerankResponse:
        """Rank ``documents`` by relevance to ``query`` (``POST /v1/rerank``)."""
        result: RerankResponse = self._run(ops.rerank(model, query, documents, dict(params)))
        return result

    def image_generation(self, *, model: str, prompt: str, **params: Unpack[ImageGenerationParams]) -> ImagesResponse:
        """Generate images from a prompt (``POST /v1/images/generations``)."""
        result: ImagesResponse = self._run(ops.image_generation(model, prompt, dict(params)))
        return result

    def speech(self, *, model: str, input: str, voice: str, **params: Unpack[SpeechParams]) -> bytes:
        """Synthesize speech; returns the audio bytes (``POST /v1/audio/speech``)."""
        result: bytes = self._run(ops.speech(model, input, voice, dict(params)))
        return result

    def speech_stream(self, *, model: str, input: str, voice: str, **params: Unpack[SpeechParams]) -> BinaryStream:
        """Synthesize speech, read in chunks: ``write_to(path)`` or ``iter_bytes()`` (a :class:`BinaryStream`)."""
        result: BinaryStream = self._run(ops.speech(model, input, voice, dict(params), stream=True))
        return result

    def transcription(self, *, model: str, file: Any, **params: Unpack[TranscriptionParams]) -> Transcription:
        """Transcribe audio (``POST /v1/audio/transcriptions``).

        ``file`` is bytes, a path, an open binary file or a ``(filename, content[, mime_type])`` tuple.
        """
        result: Transcription = self._run(ops.transcription(model, file, dict(params)))
        return result

    # -- batches -----------------------------------------------------------------------------------

    def create_batch(
        self,
        *,
        model: str,
        requests: Sequence[BatchRequestItemParam],
        completion_window: str = "24h",
        metadata: Mapping[str, str] | None = None,
        **params: Unpack[CreateBatchParams],
    ) -> Batch:
        """Submit chat requests to run as a batch (``POST /v1/batches``).

        ``requests`` is a non-empty list of ``{"custom_id": "r1", "body": {"messages": [...]}}``; the
        gateway's answer names the provider instance that runs it in ``Batch.provider``.
        """
        result: Batch = self._run(batches.create_batch(model, requests, completion_window, metadata, dict(params)))
        return result

    def retrieve_batch(self, batch_id: str, *, provider: str, **params: Unpack[RequestOptions]) -> Batch:
        """Fetch a batch's current state (``GET /v1/batches/{batch_id}``)."""
        result: Batch = self._run(batches.retrieve_batch(batch_id, provider, dict(params)))
        return result

    def cancel_batch(self, batch_id: str, *, provider: str, **params: Unpack[RequestOptions]) -> Batch:
        """Ask the provider to cancel a batch (``POST /v1/batches/{batch_id}/cancel``)."""
        result: Batch = self._run(batches.cancel_batch(batch_id, provider, dict(params)))
        return result

    def list_batches(
        self, *, provider: str, after: str | None = None, limit: int | None = None, **params: Unpack[RequestOptions]
    ) -> list[Batch]:
        """List a provider's batches (``GET /v1/batches``); ``after`` is the last id of the previous page."""
        result: list[Batch] = self._run(batches.list_batches(provider, after, limit, dict(params)))
        return result

    def iter_batches(
        self, *, provider: str, page_size: int = DEFAULT_PAGE_SIZE, **params: Unpack[RequestOptions]
    ) -> Iterator[Batch]:
        """Every batch of ``provider``, fetched ``page_size`` at a time (``after`` = the last id seen)."""
        return iterate(batches.iter_batches(provider, page_size, dict(params)), self._run)

    def retrieve_batch_results(self, batch_id: str, *, provider: str, **params: Unpack[RequestOptions]) -> BatchResults:
        """The per-request results of a finished batch (``GET /v1/batches/{batch_id}/results``).

        Raises :class:`~otari.BatchNotCompleteError` (``.status``) while the batch is still running.
        """
        result: BatchResults = self._run(batches.retrieve_batch_results(batch_id, provider, dict(params)))
        return result

    def wait_for_batch(
        self,
        batch_id: str,
        *,
        provider: str,
        poll_interval: float = batches.DEFAULT_POLL_INTERVAL,
        timeout: float | None = batches.DEFAULT_WAIT_TIMEOUT,
        on_poll: Callable[[Batch], object] | None = None,
        **params: Unpack[PollOptions],
    ) -> Batch:
        """Poll a batch every ``poll_interval`` seconds until it is completed, failed, expired or cancelled.

        ``timeout`` bounds the whole wait (None: no limit); when it elapses,
        :class:`~otari.BatchWaitTimeoutError` names the last status seen. ``on_poll(batch)`` is called
        with every batch polled (to show progress).
        """
        plan = batches.wait_plan(batch_id, provider, poll_interval, timeout, dict(params), on_poll)
        result: Batch = batches.drive_wait(plan, self._run)
        return result

    # -- control plane -----------------------------------------------------------------------------

    keys = ClientResource(Keys[Plain], CONTROL_PLANE_DOCS["keys"])
    users = ClientResource(Users[Plain], CONTROL_PLANE_DOCS["users"])
    budgets = ClientResource(Budgets[Plain], CONTROL_PLANE_DOCS["budgets"])
    pricing = ClientResource(Pricing[Plain], CONTROL_PLANE_DOCS["pricing"])
    usage = ClientResource(Usage[Plain], CONTROL_PLANE_DOCS["usage"])
    files = ClientResource(Files[Plain], CONTROL_PLANE_DOCS["files"])
    aliases = ClientResource(Aliases[Plain], CONTROL_PLANE_DOCS["aliases"])


class AsyncOtari(_ClientBase):
    """Asynchronous client for the otari gateway; the same methods as :class:`Otari`, awaited.

    Streaming methods are awaited to open the stream (HTTP errors raise there), then iterated
    with ``async for``. ``http_backend`` picks the transport: ``"auto"`` (default) is aiohttp when
    ``otari[aiohttp]`` is installed, else httpx's own; ``"httpx"`` or ``"aiohttp"`` ask for one.
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
        http_backend: Backend = "auto",
        response_limits: ResponseLimits | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):  # pyright: ignore[reportUnnecessaryIsInstance]
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
        supplied, backend = _backends.async_http_client(
            http_backend, http_client, timeout=timeout, limits=DEFAULT_LIMITS
        )
        self._http_backend = backend
        self._pool: PoolHolder[httpx.AsyncClient] = PoolHolder(
            None
            if http_client
            # A fresh pool (another event loop, a forked child) has the backend this one got.
            else lambda: _backends.async_http_client(backend, None, timeout=timeout, limits=DEFAULT_LIMITS)[0],
            supplied,
        )

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._pool.client

    @property
    def with_raw_response(self) -> AsyncOtariWithRawResponse:
        """The same calls, returning a :class:`~otari.RawResponse` each (status, headers, ``.parse()``)."""
        from ._raw import AsyncOtariWithRawResponse

        return AsyncOtariWithRawResponse(self._copy(_raw=True))

    @property
    def http_backend(self) -> str:
        """``"aiohttp"`` or ``"httpx"``: the backend of the connection pool this client built (the default,
        ``http_backend="auto"``, is aiohttp when ``otari[aiohttp]`` is installed, else httpx).

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
        import asyncio  # here, not at the top: sync programs never pay for it

        # asyncio.timeout needs an asyncio task; under another event loop (trio through anyio) the attempt is
        # bounded per read and between body chunks only.
        within = asyncio.timeout if in_asyncio_task() else _unbounded
        http = await self._pool.aget()
        flow: Flow = self._flow(http, call)
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                order = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                return _open_streams(stop.value, sync=False, secrets=self._config.secrets(), limits=self._limits)
            value, error = None, None
            try:
                if isinstance(order, Send):
                    # The attempt's wall-clock bound, on any backend and any supplied client.
                    async with within(_remaining(order.deadline)):
                        value = await http.send(order.request, stream=True, follow_redirects=False)
                    if (problem := _backends.malformed(value)) is not None:
                        await value.aclose()  # unread, so the connection is dropped, not reused
                        raise problem
                elif isinstance(order, Read):
                    body = order.collector()
                    try:
                        async with within(_remaining(order.deadline)):
                            async for chunk in order.response.aiter_bytes():
                                if not body.add(chunk):
                                    break
                    finally:
                        await order.response.aclose()
                    body.finish()
                elif isinstance(order, AwaitDiscovery):
                    await _async_wait(order.settled)
                else:
                    await _async_sleep(order.seconds)
            except TimeoutError:  # asyncio.timeout's: the deadline passed (only Send and Read have one)
                request = order.request if isinstance(order, Send) else cast(Read, order).response.request
                error = httpx.ReadTimeout("the answer took longer than the timeout", request=request)
            except BaseException as exc:  # the flow decides; what it does not handle comes back out
                error = exc

    async def completion(
        self, *, model: str, messages: Sequence[ChatCompletionMessageParam], **params: Unpack[CompletionParams]
    ) -> ChatCompletion:
        """Create a chat completion (``POST /v1/chat/completions``)."""
        result: ChatCompletion = await self._run(ops.completion(model, messages, dict(params), stream=False))
        return result

    async def completion_stream(
        self, *, model: str, messages: Sequence[ChatCompletionMessageParam], **params: Unpack[CompletionParams]
    ) -> AsyncChatCompletionStream[ChatCompletionChunk]:
        """Stream a chat completion as typed chunks; ``await final_completion()`` assembles them."""
        result: AsyncChatCompletionStream[ChatCompletionChunk] = await self._run(
            ops.completion(model, messages, dict(params), stream=True)
        )
        return result

    async def response(
        self, *, model: str, input: str | Sequence[Mapping[str, object]], **params: Unpack[ResponseParams]
    ) -> dict[str, Any]:
        """Create a response with the OpenAI Responses API (``POST /v1/responses``)."""
        result: dict[str, Any] = await self._run(ops.response(model, input, dict(params), stream=False))
        return result

    async def response_stream(
        self, *, model: str, input: str | Sequence[Mapping[str, object]], **params: Unpack[ResponseParams]
    ) -> AsyncStream[StreamEvent]:
        """Stream Responses API events as dicts (the SSE event name is on ``.event``)."""
        result: AsyncStream[StreamEvent] = await self._run(ops.response(model, input, dict(params), stream=True))
        return result

    async def message(
        self, *, model: str, max_tokens: int, messages: Sequence[MessageParam], **params: Unpack[MessagesParams]
    ) -> dict[str, Any]:
        """Create a message with the Anthropic Messages API (``POST /v1/messages``)."""
        result: dict[str, Any] = await self._run(ops.message(model, max_tokens, messages, dict(params), stream=False))
        return result

    async def message_stream(
        self, *, model: str, max_tokens: int, messages: Sequence[MessageParam], **params: Unpack[MessagesParams]
    ) -> AsyncStream[StreamEvent]:
        """Stream Messages API events as dicts (the SSE event name is on ``.event``)."""
        result: AsyncStream[StreamEvent] = await self._run(
            ops.message(model, max_tokens, messages, dict(params), stream=True)
        )
        return result

    async def count_tokens(
        self, *, model: str, messages: Sequence[MessageParam], **params: Unpack[CountTokensParams]
    ) -> CountTokensResponse:
        """Count the input tokens of a Messages API request (``POST /v1/messages/count_tokens``)."""
        result: CountTokensResponse = await self._run(ops.count_tokens(model, messages, dict(params)))
        return result

    async def embedding(
        self, *, model: str, input: str | list[str], **params: Unpack[EmbeddingParams]
    ) -> CreateEmbeddingResponse:
        """Create embeddings (``POST /v1/embeddings``)."""
        result: CreateEmbeddingResponse = await self._run(ops.embedding(model, input, dict(params)))
        return result

    async def list_models(self, *, provider: str | None = None, **params: Unpack[RequestOptions]) -> ModelListResponse:
        """List the models the gateway can route to (``GET /v1/models``)."""
        result: ModelListResponse = await self._run(ops.list_models(provider, dict(params)))
        return result

    async def retrieve_model(self, model_id: str, **params: Unpack[RequestOptions]) -> ModelObject:
        """Fetch one model by its ``provider:model`` id (``GET /v1/models/{model_id}``)."""
        result: ModelObject = await self._run(ops.retrieve_model(model_id, dict(params)))
        return result

    async def moderation(
        self, *, model: str, input: str | list[Any], include_raw: bool = False, **params: Unpack[ModerationParams]
    ) -> ModerationResponse:
        """Classify content with a moderation model (``POST /v1/moderations``)."""
        result: ModerationResponse = await self._run(ops.moderation(model, input, include_raw, dict(params)))
        return result

    async def rerank(
        self, *, model: str, query: str, documents: Sequence[str], **params: Unpack[RerankParams]
    ) -> RerankResponse:
        """Rank ``documents`` by relevance to ``query`` (``POST /v1/rerank``)."""
        result: RerankResponse = await self._run(ops.rerank(model, query, documents, dict(params)))
        return result

    async def image_generation(
        self, *, model: str, prompt: str, **params: Unpack[ImageGenerationParams]
    ) -> ImagesResponse:
        """Generate images from a prompt (``POST /v1/images/generations``)."""
        result: ImagesResponse = await self._run(ops.image_generation(model, prompt, dict(params)))
        return result

    async def speech(self, *, model: str, input: str, voice: str, **params: Unpack[SpeechParams]) -> bytes:
        """Synthesize speech; returns the audio bytes (``POST /v1/audio/speech``)."""
        result: bytes = await self._run(ops.speech(model, input, voice, dict(params)))
        return result

    async def speech_stream(
        self, *, model: str, input: str, voice: str, **params: Unpack[SpeechParams]
    ) -> AsyncBinaryStream:
        """Synthesize speech, read in chunks: ``await write_to(path)`` or ``async for`` over ``iter_bytes()``."""
        result: AsyncBinaryStream = await self._run(ops.speech(model, input, voice, dict(params), stream=True))
        return result

    async def transcription(self, *, model: str, file: Any, **params: Unpack[TranscriptionParams]) -> Transcription:
        """Transcribe audio (``POST /v1/audio/transcriptions``)."""
        result: Transcription = await self._run(ops.transcription(model, file, dict(params)))
        return result

    async def create_batch(
        self,
        *,
        model: str,
        requests: Sequence[BatchRequestItemParam],
        completion_window: str = "24h",
        metadata: Mapping[str, str] | None = None,
        **params: Unpack[CreateBatchParams],
    ) -> Batch:
        """Submit chat requests to run as a batch (``POST /v1/batches``)."""
        result: Batch = await self._run(
            batches.create_batch(model, requests, completion_window, metadata, dict(params))
        )
        return result

    async def retrieve_batch(self, batch_id: str, *, provider: str, **params: Unpack[RequestOptions]) -> Batch:
        """Fetch a batch's current state (``GET /v1/batches/{batch_id}``)."""
        result: Batch = await self._run(batches.retrieve_batch(batch_id, provider, dict(params)))
        return result

    async def cancel_batch(self, batch_id: str, *, provider: str, **params: Unpack[RequestOptions]) -> Batch:
        """Ask the provider to cancel a batch (``POST /v1/batches/{batch_id}/cancel``)."""
        result: Batch = await self._run(batches.cancel_batch(batch_id, provider, dict(params)))
        return result

    async def list_batches(
        self, *, provider: str, after: str | None = None, limit: int | None = None, **params: Unpack[RequestOptions]
    ) -> list[Batch]:
        """List a provider's batches (``GET /v1/batches``); ``after`` is the last id of the previous page."""
        result: list[Batch] = await self._run(batches.list_batches(provider, after, limit, dict(params)))
        return result

    def iter_batches(
        self, *, provider: str, page_size: int = DEFAULT_PAGE_SIZE, **params: Unpack[RequestOptions]
    ) -> AsyncIterator[Batch]:
        """Every batch of ``provider`` (``async for``), fetched ``page_size`` at a time."""
        return aiterate(batches.iter_batches(provider, page_size, dict(params)), self._run)

    async def retrieve_batch_results(
        self, batch_id: str, *, provider: str, **params: Unpack[RequestOptions]
    ) -> BatchResults:
        """The per-request results of a finished batch (``GET /v1/batches/{batch_id}/results``)."""
        result: BatchResults = await self._run(batches.retrieve_batch_results(batch_id, provider, dict(params)))
        return result

    async def wait_for_batch(
        self,
        batch_id: str,
        *,
        provider: str,
        poll_interval: float = batches.DEFAULT_POLL_INTERVAL,
        timeout: float | None = batches.DEFAULT_WAIT_TIMEOUT,
        on_poll: Callable[[Batch], object] | None = None,
        **params: Unpack[PollOptions],
    ) -> Batch:
        """Poll a batch (sleeping with ``asyncio.sleep``) until it reaches a terminal status."""
        plan = batches.wait_plan(batch_id, provider, poll_interval, timeout, dict(params), on_poll)
        result: Batch = await batches.drive_wait_async(plan, self._run)
        return result

    keys = ClientResource(AsyncKeys[Plain], CONTROL_PLANE_DOCS["keys"])
    users = ClientResource(AsyncUsers[Plain], CONTROL_PLANE_DOCS["users"])
    budgets = ClientResource(AsyncBudgets[Plain], CONTROL_PLANE_DOCS["budgets"])
    pricing = ClientResource(AsyncPricing[Plain], CONTROL_PLANE_DOCS["pricing"])
    usage = ClientResource(AsyncUsage[Plain], CONTROL_PLANE_DOCS["usage"])
    files = ClientResource(AsyncFiles[Plain], CONTROL_PLANE_DOCS["files"])
    aliases = ClientResource(AsyncAliases[Plain], CONTROL_PLANE_DOCS["aliases"])


def _unbounded(_: float | None) -> contextlib.nullcontext[None]:
    return contextlib.nullcontext()


def _remaining(deadline: float | None) -> float | None:
    return None if deadline is None else deadline - time.monotonic()


async def _async_sleep(seconds: float) -> None:
    """The async client's wait between retries (one name for tests to replace)."""
    import asyncio  # here, not at the top: sync programs never pay for it

    await asyncio.sleep(seconds)


async def _async_wait(settled: Settled) -> None:
    """Wait, without blocking the event loop, until ``settled`` fires (possibly from another thread)."""
    import asyncio

    loop = asyncio.get_running_loop()
    woken: asyncio.Future[None] = loop.create_future()

    def wake() -> None:
        # A waiter whose loop is gone by now has nothing left to wake.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(_resolve, woken)

    settled.subscribe(wake)
    await woken


def _resolve(future: Any) -> None:
    if not future.done():
        future.set_result(None)


def _open_streams(outcome: Any, *, sync: bool, secrets: tuple[str, ...], limits: ResponseLimits) -> Any:
    """Wrap an open streaming response in the stream class of the calling client."""
    raw = outcome if is_raw(outcome) else None
    target = outcome if raw is None else raw.parse()
    if not isinstance(target, OpenStream):
        return outcome
    call = target.call
    stream: Any
    if call.stream == "bytes":
        stream = (BinaryStream if sync else AsyncBinaryStream)(target.response)
        return RawResponse(outcome.http_response, stream) if raw else stream
    handler = call.handler
    assert handler is not None
    rules = StreamRules(
        require_end=True,
        secrets=secrets,
        silence=target.response.request.extensions.get("timeout", {}).get("read"),
        max_event_bytes=limits.max_event_bytes,
    )
    if call.stream == "chat":
        cls_chat: type[ChatCompletionStream[Any] | AsyncChatCompletionStream[Any]]
        cls_chat = ChatCompletionStream if sync else AsyncChatCompletionStream
        stream = cls_chat(target.response, handler, to_chat_completion, rules=rules)
    else:
        cls: type[Stream[Any] | AsyncStream[Any]] = Stream if sync else AsyncStream
        stream = cls(target.response, handler, rules=rules)
    return stream if raw is None else RawResponse(raw.http_response, stream)
