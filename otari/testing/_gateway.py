"""``MockGateway``: lifecycle, request routing and authentication, recording, and the scripting API."""

from __future__ import annotations

import asyncio
import hmac
import json
import threading
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from .._json import is_object
from . import _bodies
from ._aliases import AliasStore
from ._auth import INVALID_KEY, INVALID_MASTER, MASTER_NEEDS_USER, AuthFailure, Principal, credential
from ._batches import Batches
from ._control import ControlPlane
from ._files import FileStore
from ._headers import Headers
from ._inference import Inference
from ._protocol import RequestHead
from ._recording import RecordedRequest
from ._replies import (
    SECURITY_HEADERS,
    SSE_TYPE,
    AnyReply,
    Reply,
    ResetReply,
    StreamReply,
    detail_reply,
    dumps,
    field_error,
    json_reply,
    missing,
    validation_reply,
)
from ._routing import AuthKind, Call, Route, Router
from ._script import Delay, Event, Script, Scripted, StreamPlan, error_frame, normalize_events
from ._server import ServerThread

HOST = "127.0.0.1"
API_ROOTS = ("/api/v1", "/v1")
DEFAULT_MODELS = (
    "openai:fake-model",
    "openai:fake-model-2",
    "openai:fake-embed",
    "openai:omni-moderation-latest",
)
STREAM_ERROR: dict[str, Any] = {"message": "An error occurred during streaming", "type": "server_error"}
"""The error object the gateway sends when a stream fails mid-way (``queue_stream(error_event=True)``)."""

HeadersArg = Mapping[str, str] | Sequence[tuple[str, str]] | None
_ANTHROPIC_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "invalid_request_error",
    403: "permission_error",
    404: "not_found_error",
}
_SERVER_ERROR = Reply(500, b"Internal Server Error", (("content-type", "text/plain; charset=utf-8"),))


def _header_pairs(headers: HeadersArg) -> tuple[tuple[str, str], ...]:
    if headers is None:
        return ()
    items = headers.items() if isinstance(headers, Mapping) else headers
    return tuple((str(name), str(value)) for name, value in items)


def _json_body(raw: bytes) -> Any:
    """The parsed JSON object of a request, or the 422 FastAPI would answer."""
    if not raw.strip():
        return validation_reply([missing(("body",))])
    try:
        value = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        position = exc.pos if isinstance(exc, json.JSONDecodeError) else 0
        return validation_reply([field_error("json_invalid", ("body", position), "JSON decode error")])
    if not is_object(value):
        return validation_reply(
            [
                field_error(
                    "model_attributes_type",
                    ("body",),
                    "Input should be a valid dictionary or object to extract fields from",
                )
            ]
        )
    return value


class MockGateway:
    """A real HTTP server on ``127.0.0.1`` that speaks the otari gateway's wire format.

    Every API route answers like the gateway (see the package docs), with in-memory state for
    keys, users, budgets, pricing, usage and batches. Tests can queue one-shot behaviours
    (``queue_*``) and inspect what was received (:attr:`requests`).

    Args:
        api_root: Where the API is served, as by one gateway generation: ``"/api/v1"`` (the default:
            releases from September 2026 and the hosted platform) or ``"/v1"`` (earlier releases). Under
            the other root every path is a route miss, ``404 {"detail":"Not Found"}``, answered before
            any scripted behaviour. Health routes stay at the root in both.
        api_keys: Virtual keys accepted on inference routes. When this or ``master_key`` is given,
            credentials are enforced like the gateway does; otherwise any credential is accepted
            (a missing one is still a 401).
        master_key: The key management routes require (401 ``Invalid master key`` otherwise; without
            one, any credential is accepted there). Used on an inference route, it needs a ``user``
            in the body, as on the real gateway. Other requests are billed to the key's user, or to
            the built-in ``default`` user.
        models: The ``provider:model`` ids ``GET /v1/models`` lists (models with pricing are added).
            When given, inference calls naming any other model get the gateway's answer for a model the
            provider does not have (404, ``ModelNotFoundError`` in the SDK), so a typo fails a test; when
            left out, :data:`DEFAULT_MODELS` are listed and any model is answered.
        stream_delay: Seconds between the events of default (unscripted) streams.
        max_recorded: How many requests :attr:`requests` keeps (the most recent); None: all.
        port: The port to bind; 0 (default) picks a free one.
    """

    def __init__(
        self,
        *,
        api_root: str = "/api/v1",
        api_keys: Iterable[str] | None = None,
        master_key: str | None = None,
        models: Sequence[str] | None = None,
        stream_delay: float = 0.0,
        max_recorded: int | None = 10_000,
        port: int = 0,
    ) -> None:
        if api_root not in API_ROOTS:
            raise ValueError(f"api_root must be '/api/v1' or '/v1', got {api_root!r}")
        self._api_root = api_root
        self._api_keys: set[str] = set(api_keys) if api_keys is not None else set()
        self._master_key = master_key
        self._enforcing = api_keys is not None or master_key is not None
        self._models = tuple(DEFAULT_MODELS if models is None else models)
        self._strict_models = models is not None
        self._stream_delay = stream_delay
        self._lock = threading.RLock()
        self._recorded: deque[RecordedRequest] = deque(maxlen=max_recorded)
        self._script = Script()
        self._errors: list[BaseException] = []
        self._server = ServerThread(self._handle, host=HOST, port=port, on_error=self._record_error)
        self._running = False
        self._build_state()

    def _build_state(self) -> None:
        self._control = ControlPlane()
        self._files = FileStore()
        self._aliases = AliasStore()
        self._batches = Batches()
        self._inference = Inference(
            self._control, self._models, self._log_usage, self._stream_delay, strict_models=self._strict_models
        )
        self._router = Router(
            [
                Route("GET", "/health", lambda _: json_reply({"status": "healthy"}), "public"),
                Route("GET", "/health/liveness", lambda _: json_reply("I'm alive!"), "public"),
                Route(
                    "GET",
                    "/health/readiness",
                    lambda _: json_reply({"status": "healthy", "database": "connected", "version": "0.0.0-dev"}),
                    "public",
                ),
                *self._inference.routes(),
                *self._batches.routes(),
                *self._control.routes(),
                *self._files.routes(),
                *self._aliases.routes(),
            ]
        )

    # --- lifecycle -------------------------------------------------------------------------------------

    def start(self) -> MockGateway:
        """Start serving in a background thread; returns ``self``. Raises if already running."""
        if self._running:
            raise RuntimeError("MockGateway is already running")
        self._server.start()
        self._running = True
        return self

    def stop(self) -> None:
        """Stop serving: close the listening socket and every open connection, and join the thread.

        Requests still being answered (delays, stalled streams) are cut off. Safe to call twice.
        """
        if self._running:
            self._server.stop()
            self._running = False

    def __enter__(self) -> MockGateway:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"url={self.url!r}" if self._running else "stopped"
        return f"<MockGateway {state}>"

    @property
    def running(self) -> bool:
        """Whether the server is accepting connections."""
        return self._running

    @property
    def port(self) -> int:
        """The bound TCP port (raises ``RuntimeError`` before :meth:`start`)."""
        if not self._running:
            raise RuntimeError("MockGateway is not running: call start() or use it as a context manager")
        return self._server.port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``, the gateway's origin (a client given it discovers the API root)."""
        return f"http://{HOST}:{self.port}"

    @property
    def api_root(self) -> str:
        """``"/api/v1"`` or ``"/v1"``: where this gateway serves the API."""
        return self._api_root

    @property
    def api_url(self) -> str:
        """:attr:`url` plus :attr:`api_root`: a base URL that pins the root (clients never probe)."""
        return self.url + self._api_root

    @property
    def base_url(self) -> str:
        """Alias of :attr:`url`."""
        return self.url

    @property
    def active_connections(self) -> int:
        """Client connections open right now."""
        return self._server.active

    @property
    def connections_opened(self) -> int:
        """Client connections accepted since the last :meth:`start`."""
        return self._server.opened

    def wait_until_idle(self, timeout: float = 5.0) -> bool:
        """Block until no client connection is open (True), or ``timeout`` seconds pass (False).

        Closing a client returns before the server has seen the connection end; use this rather
        than sleeping before asserting ``active_connections == 0``.
        """
        return self._server.wait_until_idle(timeout)

    # --- recording -------------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received so far, oldest first (a snapshot; the newest ``max_recorded``)."""
        with self._lock:
            return list(self._recorded)

    @property
    def last_request(self) -> RecordedRequest:
        """The most recent request; raises ``LookupError`` when none was received."""
        with self._lock:
            if not self._recorded:
                raise LookupError("the mock gateway has not received any request")
            return self._recorded[-1]

    @property
    def pending(self) -> int:
        """How many more requests the queued (scripted) behaviours will answer."""
        return self._script.pending

    @property
    def errors(self) -> list[BaseException]:
        """Exceptions raised inside the mock while answering (each was answered with a 500)."""
        with self._lock:
            return list(self._errors)

    def clear(self) -> None:
        """Forget recorded requests and drop every queued behaviour. In-memory state is kept."""
        with self._lock:
            self._recorded.clear()
            self._errors.clear()
        self._script.clear()

    def reset_state(self) -> None:
        """:meth:`clear`, and also forget keys, users, budgets, pricing, usage and batches, and put
        :attr:`batch_progression` back to its default. Settings given to the constructor stay."""
        self.clear()
        with self._lock:
            self._build_state()

    # --- scripting -------------------------------------------------------------------------------------

    def queue_response(
        self,
        json_body: Any = None,
        *,
        status: int = 200,
        headers: HeadersArg = None,
        body: bytes | None = None,
        content_type: str = "application/json",
        path: str | None = None,
        method: str | None = None,
        delay: float = 0.0,
        times: int = 1,
    ) -> None:
        """Answer the next matching request with this response instead of the default one.

        ``json_body`` is serialized as compact JSON; ``body`` sends bytes as they are (one of the two,
        or neither for an empty body: a JSON ``null`` body needs ``body=b"null"``). The gateway's
        security headers are added. ``path`` filters on the request path (raw or decoded; a trailing
        ``*`` matches a prefix; written under either API root, ``/v1/chat/completions``, it means
        that endpoint under this gateway's root), ``method`` on the method; ``delay`` waits before
        answering; ``times`` answers that many requests.
        """
        if json_body is not None and body is not None:
            raise ValueError("pass json_body or body, not both")
        payload = body if body is not None else (dumps(json_body) if json_body is not None else b"")
        extra = _header_pairs(headers)
        if not any(name.lower() == "content-type" for name, _ in extra):
            extra = (("content-type", content_type), *extra)
        self._queue(Reply(status, payload, extra + SECURITY_HEADERS), path, method, delay, times)

    def queue_error(
        self,
        status: int,
        detail: Any,
        *,
        headers: HeadersArg = None,
        path: str | None = None,
        method: str | None = None,
        delay: float = 0.0,
        times: int = 1,
    ) -> None:
        """Answer the next matching request with a gateway-shaped error: ``{"detail": detail}``.

        ``detail`` may be a string, the 422 list, or the Anthropic object ``/v1/messages`` nests
        (``{"type": "error", "error": {"type": "rate_limit_error", "message": "..."}}``). Pass
        ``headers={"retry-after": "60"}`` for the gateway's own rate limit.
        """
        self._queue(detail_reply(status, detail, _header_pairs(headers)), path, method, delay, times)

    def queue_raw(
        self,
        status: int,
        body: bytes | str = b"",
        headers: HeadersArg = None,
        *,
        path: str | None = None,
        method: str | None = None,
        delay: float = 0.0,
        times: int = 1,
    ) -> None:
        """Answer with exactly ``body`` and ``headers`` (no defaults added except ``content-length``).

        For bodies the gateway would never send: invalid JSON, an HTML error page from a proxy, ...
        """
        payload = body.encode("utf-8") if isinstance(body, str) else body
        self._queue(Reply(status, payload, _header_pairs(headers)), path, method, delay, times)

    def queue_stream(
        self,
        events: Sequence[Event] | None = None,
        *,
        status: int = 200,
        headers: HeadersArg = None,
        path: str | None = None,
        method: str | None = None,
        delay_between: float = 0.0,
        drop_after: int | None = None,
        error_event: Mapping[str, Any] | bool | None = None,
        keepalive_every: int | None = None,
        stall_after: int | None = None,
        stall_for: float = 30.0,
        done: bool = True,
        delay: float = 0.0,
        times: int = 1,
    ) -> None:
        """Answer the next matching request with a chunked SSE stream.

        Each event is sent as one chunk: a mapping as ``data: <compact JSON>``, a string as
        ``data: <string>``, bytes verbatim (use :func:`otari.testing.sse` for ``event:`` frames).
        ``events=None`` sends the stream the route would normally send for the request (so the
        failure options below can be applied to a realistic stream); ``error_event`` and ``done``
        are then ignored, and a request that would not get a stream (no ``"stream": true``, a
        validation error) gets its normal answer.

        Args:
            delay_between: Seconds between events.
            drop_after: Close the connection after this many events, without the terminating chunk
                (the client sees an incomplete body). 0 drops right after the headers.
            error_event: After the events, send the gateway's mid-stream error,
                ``data: {"error": {...}}``: a mapping is the error object (or the whole payload when
                its only key is ``"error"``); True sends :data:`STREAM_ERROR`.
            keepalive_every: Send a ``: keepalive`` comment after every N frames (the error event and
                ``[DONE]`` count), never after the last one.
            stall_after: Go silent for ``stall_for`` seconds before event N (0: right after the
                headers), then carry on. For read-timeout tests.
            done: End with ``data: [DONE]``.
        """
        frames = None
        if events is not None:
            frames = normalize_events(events)
        error = None
        if error_event is True:
            error = error_frame(STREAM_ERROR)
        elif isinstance(error_event, Mapping):
            error = error_frame(error_event)
        extra = _header_pairs(headers)
        if not any(name.lower() == "content-type" for name, _ in extra):
            extra = (("content-type", SSE_TYPE), *extra)
        plan = StreamPlan(
            frames,
            status,
            extra + SECURITY_HEADERS,
            delay_between=delay_between,
            drop_after=drop_after,
            stall_after=stall_after,
            stall_for=stall_for,
            keepalive_every=keepalive_every,
            error=error,
            done=done,
        )
        self._queue(plan, path, method, delay, times)

    def queue_stall_stream(
        self,
        events: Sequence[Event] | None = None,
        *,
        after: int = 1,
        seconds: float = 30.0,
        path: str | None = None,
        method: str | None = None,
        times: int = 1,
    ) -> None:
        """Send the headers and ``after`` events, then go silent for ``seconds`` before finishing.

        Shorthand for ``queue_stream(events, stall_after=after, stall_for=seconds)``.
        """
        self.queue_stream(events, stall_after=after, stall_for=seconds, path=path, method=method, times=times)

    def queue_delay(
        self, seconds: float, *, path: str | None = None, method: str | None = None, times: int = 1
    ) -> None:
        """Wait ``seconds`` before sending any header to the next matching request, then answer normally."""
        self._queue(Delay(seconds), path, method, 0.0, times)

    def queue_reset(
        self, *, path: str | None = None, method: str | None = None, abortive: bool = True, times: int = 1
    ) -> None:
        """Close the next matching request's connection before sending anything.

        ``abortive=True`` resets it (TCP RST; clients see a read error), ``False`` closes it
        cleanly (FIN; clients see "server disconnected without sending a response").
        """
        self._queue(ResetReply(abortive), path, method, 0.0, times)

    def _queue(
        self,
        action: Reply | ResetReply | StreamPlan | Delay,
        path: str | None,
        method: str | None,
        delay: float,
        times: int,
    ) -> None:
        self._script.add(Scripted(action, self._served_path(path), method.upper() if method else None, delay, times))

    def _served_path(self, path: str | None) -> str | None:
        """A path filter written under either API root, moved under the one this gateway serves."""
        if path is not None:
            for root in API_ROOTS:
                if path == root or path.startswith((root + "/", root + "*")):
                    return self._api_root + path[len(root) :]
        return path

    # --- credentials and batches -----------------------------------------------------------------------

    def add_api_key(self, key: str) -> None:
        """Accept ``key`` as a virtual key on inference routes (and turn credential checks on)."""
        with self._lock:
            self._api_keys.add(key)
            self._enforcing = True

    @property
    def batch_progression(self) -> list[str]:
        """Statuses a new batch goes through, one step per ``GET /v1/batches/{id}``.

        Default ``["validating", "in_progress", "completed"]``: created ``validating``, the first
        retrieve sees ``in_progress``, the second ``completed``. Applies to batches created later.
        """
        with self._lock:
            return list(self._batches.progression)

    @batch_progression.setter
    def batch_progression(self, statuses: Sequence[str]) -> None:
        if isinstance(statuses, str) or not statuses:
            raise ValueError("batch_progression needs at least one status")
        with self._lock:
            self._batches.progression = tuple(statuses)

    def add_batch(
        self,
        batch_id: str | None = None,
        *,
        provider: str = "openai",
        model: str = "openai:fake-model",
        requests: Sequence[Mapping[str, Any]] = (),
        metadata: Mapping[str, Any] | None = None,
        progression: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """Create a batch directly (any id, even one with ``/`` in it); returns the batch object."""
        with self._lock:
            obj = self._batches.add(
                batch_id or _bodies.new_id("batch_mock"),
                provider=provider,
                model=model,
                requests=[dict(r) for r in requests],
                metadata=dict(metadata or {"otari_user_id": "default"}),
                progression=progression,
            )
            return json.loads(dumps(obj))  # type: ignore[no-any-return]

    def set_batch_status(
        self, batch_id: str, status: str, *, results: Sequence[Mapping[str, Any]] | None = None
    ) -> dict[str, Any]:
        """Put a batch in ``status`` now (its progression stops); ``results`` overrides its results."""
        with self._lock:
            obj = self._batches.set_status(
                batch_id, status, [dict(r) for r in results] if results is not None else None
            )
            return json.loads(dumps(obj))  # type: ignore[no-any-return]

    def complete_batch(self, batch_id: str, *, results: Sequence[Mapping[str, Any]] | None = None) -> dict[str, Any]:
        """Mark a batch ``completed``; ``results`` (``{"custom_id", "result", "error"}`` items) overrides
        the default echo results."""
        return self.set_batch_status(batch_id, "completed", results=results)

    # --- usage, budgets and files ------------------------------------------------------------------------

    def add_usage(
        self,
        *,
        user_id: str = "default",
        model: str = "openai:fake-model",
        prompt_tokens: int = 10,
        completion_tokens: int = 5,
        timestamp: datetime | None = None,
        api_key_id: str | None = None,
        cost: float | None = None,
        endpoint: str = "/v1/chat/completions",
    ) -> str:
        """Log a request as if it had been served (for testing reports); returns the row's id.

        ``timestamp`` defaults to now (naive means UTC); ``cost`` defaults to the model's price (set with
        ``pricing.set``), else None (unpriced). ``GET /v1/usage`` and the analytics routes see the row.
        """
        with self._lock:
            return self._control.add_usage(
                user_id=user_id,
                model=model,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                moment=timestamp or datetime.now(UTC),
                api_key_id=api_key_id,
                cost=cost,
                endpoint=endpoint,
            )

    def reset_budget(self, budget_id: str) -> list[dict[str, Any]]:
        """Start a new budget period now for every user on ``budget_id``, as the gateway does when one ends:
        each user's spend is logged (``GET /v1/budgets/{id}/reset-logs``) and set back to 0."""
        with self._lock:
            return self._control.reset_budget(budget_id)

    def add_file(
        self,
        content: bytes,
        *,
        filename: str = "upload.jsonl",
        purpose: str = "user_data",
        user_id: str = "default",
        content_type: str = "application/octet-stream",
    ) -> dict[str, Any]:
        """Store a file for ``user_id`` directly (any size, no upload); returns its file object."""
        with self._lock:
            return self._files.add(
                bytes(content), filename=filename, purpose=purpose, owner=user_id, content_type=content_type
            )

    # --- request handling (on the server's thread) -----------------------------------------------------

    def _record_error(self, exc: BaseException) -> None:
        with self._lock:
            self._errors.append(exc)

    async def _handle(self, head: RequestHead, body: bytes) -> AnyReply:
        request = RecordedRequest.from_target(head.method, head.target, head.headers, body)
        with self._lock:
            self._recorded.append(request)
        try:
            return await self._reply_to(request)
        except Exception as exc:  # a bug in the mock: answer like a crashed gateway, keep it for the test
            self._record_error(exc)
            return _SERVER_ERROR

    async def _reply_to(self, request: RecordedRequest) -> AnyReply:
        path = self._route_path(request.path)
        if path is None:
            return detail_reply(404, "Not Found")
        scripted = self._script.take(request.method, request.path, request.decoded_path)
        if scripted is None:
            return self._answer(request, path)
        if scripted.delay:
            await asyncio.sleep(scripted.delay)
        action = scripted.action
        if isinstance(action, Delay):
            await asyncio.sleep(action.seconds)
            return self._answer(request, path)
        if isinstance(action, StreamPlan):
            if action.events is not None:
                return action.build(())
            normal = self._answer(request, path)
            return action.build(normal.frames) if isinstance(normal, StreamReply) else normal
        return action

    def _route_path(self, path: str) -> str | None:
        """The path in the route table (written under ``/v1``), or None under the root this gateway lacks."""
        for root in API_ROOTS:
            if path == root or path.startswith(root + "/"):
                return "/v1" + path[len(root) :] if root == self._api_root else None
        return path

    def _answer(self, request: RecordedRequest, path: str) -> AnyReply:
        """The normal answer to ``request``, whose ``path`` is already in the route table's terms."""
        resolved = self._router.resolve(request.method, path)
        if isinstance(resolved, int):
            return detail_reply(resolved, "Not Found" if resolved == 404 else "Method Not Allowed")
        route, params = resolved
        call = Call(request, params)
        if route.body == "json":
            parsed = _json_body(request.body)
            if isinstance(parsed, Reply):
                return parsed
            call.body = parsed
        with self._lock:
            if route.auth != "public":
                refused = self._admit(call, route)
                if refused is not None:
                    return refused
            if route.auth in ("inference", "messages") and is_object(call.body):
                model = call.body.get("model")
                if isinstance(model, str):
                    call.body = {**call.body, "model": self._aliases.resolve(model, call.principal.user_id)}
            return route.handler(call)

    def _admit(self, call: Call, route: Route) -> Reply | None:
        """Authenticate ``call`` (setting its principal); the refusal to send, if any."""
        outcome = self._authenticate(call.request.headers, route.auth)
        if isinstance(outcome, Principal) and route.auth in ("inference", "messages") and route.body == "json":
            outcome = self._billable(outcome, call.body, route.auth)
        if isinstance(outcome, AuthFailure):
            return self._refusal(outcome, route.auth)
        call.principal = outcome
        return None

    def _authenticate(self, headers: Headers, kind: AuthKind) -> Principal | AuthFailure:
        token = credential(headers)
        if isinstance(token, AuthFailure):
            return token
        master = self._master_key
        is_master = master is not None and hmac.compare_digest(token.encode(), master.encode())
        if kind == "management":
            if master is None or is_master:
                return Principal(is_master=True)
            return AuthFailure(401, INVALID_MASTER)
        if is_master:
            return Principal(is_master=True)
        found = self._control.principal_for(token)
        if found is not None:
            return found
        if not self._enforcing or token in self._api_keys:
            return Principal()
        return AuthFailure(401, INVALID_KEY)

    def _billable(self, principal: Principal, body: dict[str, Any], kind: AuthKind) -> Principal | AuthFailure:
        """The gateway's per-request checks: who is billed, blocked users, the key's model allow-list."""
        if principal.is_master and self._master_key is not None:
            user: Any = body.get("user")
            if kind == "messages":
                metadata = body.get("metadata")
                user = metadata.get("user_id") if is_object(metadata) else None
            if not isinstance(user, str) or not user:
                return AuthFailure(400, MASTER_NEEDS_USER)
            problem = self._control.user_problem(user, must_exist=True)
            principal = Principal(user_id=user, is_master=True)
        else:
            problem = self._control.user_problem(principal.user_id, must_exist=False)
        if problem is not None:
            return problem
        model = body.get("model")
        if principal.allowed_models is not None and isinstance(model, str) and model not in principal.allowed_models:
            return AuthFailure(403, f"Model '{model}' is not permitted for this API key.")
        return principal

    @staticmethod
    def _refusal(failure: AuthFailure, kind: AuthKind) -> Reply:
        if kind == "messages":
            error_type = _ANTHROPIC_ERROR_TYPES.get(failure.status, "api_error")
            detail = {"type": "error", "error": {"type": error_type, "message": failure.detail}}
            return detail_reply(failure.status, detail)
        return detail_reply(failure.status, failure.detail)

    def _log_usage(self, call: Call, selector: str, prompt: int, completion: int) -> None:
        self._control.log_usage(
            call.principal,
            selector=selector,
            model=_bodies.bare_model(selector),
            provider=_bodies.provider_of(selector),
            endpoint=call.request.path,
            prompt=prompt,
            completion=completion,
        )


__all__ = ["DEFAULT_MODELS", "STREAM_ERROR", "MockGateway"]
