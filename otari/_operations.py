"""Each public call, described once: validation, request building and parsing.

An operation function turns the caller's arguments into a :class:`Call` — method, path, body and
how to read the answer — without doing any I/O. ``Otari`` and ``AsyncOtari`` hand the same
``Call`` to their own transport, so request building, parsing and error mapping cannot differ
between them. Paths and request serialisation come from the generated core (``_get_kwargs``);
generated modules are imported on first use so ``import otari`` stays cheap.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import httpx

from ._errors import (
    OtariError,
    ResponseValidationError,
    RouteKind,
    stream_error_from_payload,
    validation_error_from_exception,
)
from ._streaming import DONE, SKIP, ServerSentEvent, SplitHandler
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ._generated.models.chat_completion import ChatCompletion
    from ._generated.models.chat_completion_chunk import ChatCompletionChunk

T = TypeVar("T")
StreamKind = Literal["chat", "events"]

_CORE = "otari._generated"
_modules: dict[str, ModuleType] = {}


def core(name: str) -> ModuleType:
    """A generated module by its path below ``otari._generated`` (``"api.chat.chat_completions"``)."""
    module = _modules.get(name)
    if module is None:
        module = _modules[name] = import_module(f"{_CORE}.{name}")
    return module


_model_classes: dict[str, Any] = {}


def model_class(name: str) -> Any:
    """A generated model class by its module name (``"chat_completion"`` -> ``ChatCompletion``)."""
    cls = _model_classes.get(name)
    if cls is None:
        module = core(f"models.{name}")
        cls = _model_classes[name] = getattr(module, "".join(part.capitalize() for part in name.split("_")))
    return cls


@dataclass(slots=True)
class CallOptions:
    """The per-call knobs every method accepts besides its own parameters."""

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | None = None


@dataclass(slots=True)
class Call(Generic[T]):
    """One HTTP exchange, ready to be performed by either client."""

    method: str
    url: str
    route: RouteKind
    parse: Callable[[httpx.Response], T]
    params: dict[str, Any] | None = None
    json: Any = None
    files: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    options: CallOptions = field(default_factory=CallOptions)
    admin: bool = False
    stream: StreamKind | None = None
    handler: Callable[[ServerSentEvent], Any] | None = None


_OPTION_NAMES = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")


def split_options(params: dict[str, Any]) -> CallOptions:
    """Pop the per-call options out of ``params`` (in place), validating their types."""
    options = CallOptions()
    for name in _OPTION_NAMES:
        if name in params:
            setattr(options, name, params.pop(name))
    for name in ("extra_headers", "extra_query", "extra_body"):
        value = getattr(options, name)
        if value is not None and not isinstance(value, Mapping):
            raise TypeError(f"{name} must be a mapping (dict), got {type(value).__name__}")
    if options.max_retries is not None and (
        not isinstance(options.max_retries, int) or isinstance(options.max_retries, bool) or options.max_retries < 0
    ):
        raise TypeError(f"max_retries must be a non-negative int, got {options.max_retries!r}")
    timeout = options.timeout
    if not (
        isinstance(timeout, NotGiven | httpx.Timeout)
        or timeout is None
        or (isinstance(timeout, int | float) and not isinstance(timeout, bool) and timeout > 0)
    ):
        raise TypeError(f"timeout must be a positive number of seconds, an httpx.Timeout or None, got {timeout!r}")
    return options


def core_request(endpoint: str, /, **kwargs: Any) -> dict[str, Any]:
    """Method, URL and serialised body from the generated core's ``_get_kwargs``."""
    built: dict[str, Any] = core(f"api.{endpoint}")._get_kwargs(**kwargs)
    return built


# --- validation -----------------------------------------------------------------------------------


def require_str(method: str, name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{method}() argument {name!r} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{method}() argument {name!r} must not be empty (for example model='openai:gpt-4o-mini')")
    return value


def _as_dict(method: str, name: str, index: int, item: object) -> dict[str, Any]:
    if isinstance(item, Mapping):
        return dict(item)
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        converted = to_dict()
        if isinstance(converted, dict):
            return converted
    raise TypeError(
        f"{method}() argument {name!r}[{index}] must be a dict like "
        f'{{"role": "user", "content": "Hi"}} or a typed message model, got {type(item).__name__}'
    )


def require_messages(method: str, messages: object, name: str = "messages") -> list[dict[str, Any]]:
    if isinstance(messages, str | bytes) or not isinstance(messages, Sequence):
        raise TypeError(
            f"{method}() argument {name!r} must be a list of messages such as "
            f'[{{"role": "user", "content": "Hi"}}], got {type(messages).__name__}'
        )
    if not messages:
        raise ValueError(
            f'{method}() argument {name!r} must contain at least one message, e.g. {{"role": "user", ...}}'
        )
    return [_as_dict(method, name, i, item) for i, item in enumerate(messages)]


def require_int(method: str, name: str, value: object, *, minimum: int = 1) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{method}() argument {name!r} must be an int, got {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{method}() argument {name!r} must be at least {minimum}, got {value}")
    return value


_NUMBER_PARAMS = ("temperature", "top_p", "frequency_penalty", "presence_penalty")


def _check_cheap_types(method: str, params: Mapping[str, Any]) -> None:
    for name in _NUMBER_PARAMS:
        value = params.get(name)
        if value is not None and (not isinstance(value, int | float) or isinstance(value, bool)):
            raise TypeError(f"{method}() argument {name!r} must be a number, got {type(value).__name__}")
    for name in ("max_tokens", "max_completion_tokens", "n", "max_output_tokens"):
        value = params.get(name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise TypeError(f"{method}() argument {name!r} must be an int, got {type(value).__name__}")


def build_body(method: str, model_name: str, fields: dict[str, Any], params: Mapping[str, Any]) -> Any:
    """Validate ``params`` against the generated request model and return the model instance.

    Unknown names land in the model's ``additional_properties`` when parsed, which is exactly the
    set to reject: anything the spec does not know must go through ``extra_body`` explicitly.
    """
    _check_cheap_types(method, params)
    cls = model_class(model_name)
    payload = {**params, **fields}
    try:
        body = cls.from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TypeError(f"{method}(): invalid arguments for {cls.__name__}: {exc!r}") from None
    unknown = sorted(body.additional_properties)
    if unknown:
        names = ", ".join(repr(n) for n in unknown)
        raise TypeError(
            f"{method}() got unexpected keyword argument(s) {names}: not a field of {cls.__name__}. "
            f"Pass extra_body={{{unknown[0]!r}: ...}} to send a field the SDK does not know verbatim."
        )
    return body


def _no_stream_param(method: str, params: Mapping[str, Any], stream_method: str | None) -> None:
    if "stream" in params:
        hint = f"use {stream_method}() to stream" if stream_method else "this call does not stream"
        raise TypeError(f"{method}() does not take 'stream': {hint}")


# --- parsing ----------------------------------------------------------------------------------------


def _decode_json(response: httpx.Response, model: str) -> Any:
    try:
        return json.loads(response.content)
    except ValueError as exc:
        raise ResponseValidationError(
            model=model,
            field=None,
            status_code=response.status_code,
            body=response.content,
            reason=f"the body is not JSON ({exc})",
        ) from None


def parse_model(model_name: str) -> Callable[[httpx.Response], Any]:
    def parse(response: httpx.Response) -> Any:
        cls = model_class(model_name)
        data = _decode_json(response, cls.__name__)
        if not isinstance(data, dict):
            raise ResponseValidationError(
                model=cls.__name__,
                field=None,
                status_code=response.status_code,
                body=response.content,
                reason=f"expected a JSON object, got {type(data).__name__}",
            )
        try:
            return cls.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise validation_error_from_exception(
                exc, model=cls.__name__, status_code=response.status_code, body=response.content
            ) from exc

    return parse


def parse_model_list(model_name: str) -> Callable[[httpx.Response], list[Any]]:
    def parse(response: httpx.Response) -> list[Any]:
        cls = model_class(model_name)
        data = _decode_json(response, f"list[{cls.__name__}]")
        if not isinstance(data, list):
            raise ResponseValidationError(
                model=f"list[{cls.__name__}]",
                field=None,
                status_code=response.status_code,
                body=response.content,
                reason=f"expected a JSON array, got {type(data).__name__}",
            )
        try:
            return [cls.from_dict(item) for item in data]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise validation_error_from_exception(
                exc, model=cls.__name__, status_code=response.status_code, body=response.content
            ) from exc

    return parse


def parse_dict(response: httpx.Response) -> dict[str, Any]:
    data = _decode_json(response, "dict")
    if not isinstance(data, dict):
        raise ResponseValidationError(
            model="dict",
            field=None,
            status_code=response.status_code,
            body=response.content,
            reason=f"expected a JSON object, got {type(data).__name__}",
        )
    return data


def parse_bytes(response: httpx.Response) -> bytes:
    return response.content


def parse_none(response: httpx.Response) -> None:
    return None


# --- stream handlers ----------------------------------------------------------------------------------


class StreamEvent(dict[str, Any]):
    """A decoded event of the Responses or Messages stream: the JSON object, plus its SSE event name."""

    __slots__ = ("event",)

    def __init__(self, data: dict[str, Any], event: str | None) -> None:
        super().__init__(data)
        self.event = event


def _event_json(event: ServerSentEvent) -> Any:
    try:
        return json.loads(event.data)
    except ValueError:
        raise ResponseValidationError(
            model="stream event",
            field=None,
            status_code=200,
            body=event.data,
            reason="a stream event's data is not JSON",
        ) from None


def decode_chat_event(event: ServerSentEvent) -> Any:
    """A chat stream event's JSON payload: ``data: [DONE]`` ends, ``data: {"error": ...}`` raises."""
    if event.data == "[DONE]":
        return DONE
    payload = _event_json(event)
    if isinstance(payload, dict) and "error" in payload and "choices" not in payload:
        raise stream_error_from_payload(payload, event=event.event)
    if event.event == "error":
        raise stream_error_from_payload(payload, event=event.event)
    return payload


def chat_chunk_from_payload(payload: Any, event: ServerSentEvent) -> Any:
    """A decoded chat stream payload as the typed ``ChatCompletionChunk``."""
    cls = model_class("chat_completion_chunk")
    try:
        return cls.from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise validation_error_from_exception(exc, model=cls.__name__, status_code=200, body=event.data) from exc


#: ``data: {chunk}`` events to typed chunks, in two steps so a chat stream folds the payload it decoded.
chat_chunk_handler: SplitHandler[Any] = SplitHandler(decode_chat_event, chat_chunk_from_payload)


def event_handler(event: ServerSentEvent) -> Any:
    """Responses/Messages events: ``[DONE]`` and ``event: done`` end, ``ping`` is skipped, errors raise."""
    if event.data == "[DONE]" or event.event == "done":
        return DONE
    if event.event == "ping":
        return SKIP
    payload = _event_json(event)
    if event.event == "error" or (isinstance(payload, dict) and payload.get("type") == "error"):
        raise stream_error_from_payload(payload, event=event.event)
    if isinstance(payload, dict) and payload.get("type") == "ping":
        return SKIP
    if not isinstance(payload, dict):
        raise ResponseValidationError(
            model="stream event",
            field=None,
            status_code=200,
            body=event.data,
            reason="expected a JSON object",
        )
    if "error" in payload and "type" not in payload:
        raise stream_error_from_payload(payload, event=event.event)
    return StreamEvent(payload, event.event)


def to_chat_completion(data: dict[str, Any]) -> ChatCompletion:
    """The accumulated chunks of a chat stream as the typed completion."""
    cls = model_class("chat_completion")
    try:
        result: ChatCompletion = cls.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise validation_error_from_exception(exc, model=cls.__name__, status_code=200, body=data) from exc
    return result


def chunk_to_dict(chunk: ChatCompletionChunk) -> dict[str, Any]:
    result: dict[str, Any] = chunk.to_dict()
    return result


# --- inference ------------------------------------------------------------------------------------------


def completion(model: Any, messages: Any, params: dict[str, Any], *, stream: bool) -> Call[Any]:
    name = "completion_stream" if stream else "completion"
    options = split_options(params)
    _no_stream_param(name, params, None if stream else "completion_stream")
    fields: dict[str, Any] = {
        "model": require_str(name, "model", model),
        "messages": require_messages(name, messages),
    }
    if stream:
        fields["stream"] = True
    body = build_body(name, "chat_completion_request", fields, params)
    built = core_request("chat.chat_completions", body=body)
    return _call(
        built,
        "inference",
        options,
        parse=parse_model("chat_completion"),
        stream="chat" if stream else None,
        handler=chat_chunk_handler,
    )


def response(model: Any, input: Any, params: dict[str, Any], *, stream: bool) -> Call[Any]:
    name = "response_stream" if stream else "response"
    options = split_options(params)
    _no_stream_param(name, params, None if stream else "response_stream")
    if input is None:
        raise TypeError(f"{name}() argument 'input' is required: a string or a list of input items")
    fields: dict[str, Any] = {"model": require_str(name, "model", model), "input": input}
    if stream:
        fields["stream"] = True
    body = build_body(name, "responses_request", fields, params)
    built = core_request("responses.create_response", body=body)
    return _call(
        built,
        "inference",
        options,
        parse=parse_dict,
        stream="events" if stream else None,
        handler=event_handler,
    )


def message(model: Any, max_tokens: Any, messages: Any, params: dict[str, Any], *, stream: bool) -> Call[Any]:
    name = "message_stream" if stream else "message"
    options = split_options(params)
    _no_stream_param(name, params, None if stream else "message_stream")
    if max_tokens is None:
        raise TypeError(f"{name}() argument 'max_tokens' is required by the Messages API (e.g. max_tokens=1024)")
    fields: dict[str, Any] = {
        "model": require_str(name, "model", model),
        "max_tokens": require_int(name, "max_tokens", max_tokens),
        "messages": require_messages(name, messages),
    }
    if stream:
        fields["stream"] = True
    body = build_body(name, "messages_request", fields, params)
    built = core_request("messages.create_message", body=body)
    return _call(
        built,
        "inference",
        options,
        parse=parse_dict,
        stream="events" if stream else None,
        handler=event_handler,
    )


def count_tokens(model: Any, messages: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    fields = {
        "model": require_str("count_tokens", "model", model),
        "messages": require_messages("count_tokens", messages),
    }
    body = build_body("count_tokens", "count_tokens_request", fields, params)
    built = core_request("messages.count_message_tokens", body=body)
    return _call(built, "inference", options, parse=parse_model("count_tokens_response"))


def _require_input(method: str, value: object) -> Any:
    if value is None or (isinstance(value, str | list) and not value):
        raise ValueError(f"{method}() argument 'input' must not be empty")
    if not isinstance(value, str | list):
        raise TypeError(f"{method}() argument 'input' must be a string or a list, got {type(value).__name__}")
    return value


def embedding(model: Any, input: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    fields = {"model": require_str("embedding", "model", model), "input": _require_input("embedding", input)}
    body = build_body("embedding", "embedding_request", fields, params)
    built = core_request("embeddings.create_embedding", body=body)
    return _call(built, "inference", options, parse=parse_model("create_embedding_response"))


def list_models(provider: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    _reject_unknown("list_models", params)
    kwargs: dict[str, Any] = {}
    if provider is not None:
        kwargs["provider"] = require_str("list_models", "provider", provider)
    built = core_request("models.list_models", **kwargs)
    return _call(built, "inference", options, parse=parse_model("model_list_response"))


def retrieve_model(model_id: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    _reject_unknown("retrieve_model", params)
    built = core_request("models.get_model", model_id=require_str("retrieve_model", "model_id", model_id))
    return _call(built, "inference", options, parse=parse_model("model_object"))


def moderation(model: Any, input: Any, include_raw: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    if not isinstance(include_raw, bool):
        raise TypeError(f"moderation() argument 'include_raw' must be a bool, got {type(include_raw).__name__}")
    fields = {
        "model": require_str("moderation", "model", model),
        "input": _require_input("moderation", input),
    }
    body = build_body("moderation", "moderation_request", fields, params)
    built = core_request("moderations.create_moderation", body=body, include_raw=include_raw)
    if not include_raw:
        # The core always sends the flag; leave it off when it is the default to keep URLs plain.
        built.get("params", {}).pop("include_raw", None)
    return _call(built, "inference", options, parse=parse_model("moderation_response"))


def rerank(model: Any, query: Any, documents: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    if isinstance(documents, str) or not isinstance(documents, Sequence) or not documents:
        raise TypeError("rerank() argument 'documents' must be a non-empty list of strings")
    if not all(isinstance(d, str) for d in documents):
        raise TypeError("rerank() argument 'documents' must contain only strings")
    fields = {
        "model": require_str("rerank", "model", model),
        "query": require_str("rerank", "query", query),
        "documents": list(documents),
    }
    body = build_body("rerank", "rerank_request", fields, params)
    built = core_request("rerank.create_rerank", body=body)
    return _call(built, "inference", options, parse=parse_model("rerank_response"))


def image_generation(model: Any, prompt: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    fields = {
        "model": require_str("image_generation", "model", model),
        "prompt": require_str("image_generation", "prompt", prompt),
    }
    body = build_body("image_generation", "image_generation_request", fields, params)
    built = core_request("images.create_image", body=body)
    return _call(built, "inference", options, parse=parse_model("images_response"))


def speech(model: Any, input: Any, voice: Any, params: dict[str, Any]) -> Call[bytes]:
    options = split_options(params)
    fields = {
        "model": require_str("speech", "model", model),
        "input": require_str("speech", "input", input),
        "voice": require_str("speech", "voice", voice),
    }
    body = build_body("speech", "audio_speech_request", fields, params)
    built = core_request("audio.create_speech", body=body)
    return _call(built, "inference", options, parse=parse_bytes)


def _file_part(file: object) -> tuple[str | None, Any, str | None]:
    """Accept bytes, an open binary file, a path, or a ``(name, content[, mime])`` tuple."""
    import os

    if isinstance(file, tuple) and 2 <= len(file) <= 3:
        name, content = file[0], file[1]
        mime = file[2] if len(file) == 3 else None
        return name, content, mime
    if isinstance(file, bytes | bytearray):
        return "audio", bytes(file), None
    if isinstance(file, str | os.PathLike):
        path = os.fspath(file)
        if not os.path.isfile(path):
            raise ValueError(f"transcription() argument 'file': no such file {path!r}")
        with open(path, "rb") as handle:
            return os.path.basename(path), handle.read(), None
    read = getattr(file, "read", None)
    if callable(read):
        return os.path.basename(str(getattr(file, "name", "audio"))), file, None
    raise TypeError(
        "transcription() argument 'file' must be bytes, a path, an open binary file or a "
        f"(filename, content[, mime_type]) tuple, got {type(file).__name__}"
    )


def transcription(model: Any, file: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    name, content, mime = _file_part(file)
    types = core("types")
    cls = model_class("body_create_transcription_v1_audio_transcriptions_post")
    model_name = require_str("transcription", "model", model)
    payload = {"model": model_name, **params}
    _check_cheap_types("transcription", payload)
    try:
        body = cls.from_dict({**payload, "file": None})
    except (KeyError, TypeError, ValueError) as exc:
        raise TypeError(f"transcription(): invalid arguments: {exc!r}") from None
    if body.additional_properties:
        unknown = ", ".join(repr(n) for n in sorted(body.additional_properties))
        raise TypeError(f"transcription() got unexpected keyword argument(s) {unknown}")
    body.file = types.File(payload=content, file_name=name, mime_type=mime)
    built = core_request("audio.create_transcription", body=body)
    # The generator pins a fake multipart boundary; httpx must choose the real one.
    built.get("headers", {}).pop("Content-Type", None)
    return _call(built, "inference", options, parse=parse_transcription)


def parse_transcription(response: httpx.Response) -> Any:
    """JSON for ``json``/``verbose_json``; ``text``, ``srt`` and ``vtt`` formats arrive as plain text."""
    if "json" not in response.headers.get("content-type", "application/json"):
        return model_class("transcription").from_dict({"text": response.text})
    return parse_model("transcription")(response)


def _reject_unknown(method: str, params: Mapping[str, Any]) -> None:
    if params:
        names = ", ".join(repr(n) for n in sorted(params))
        raise TypeError(f"{method}() got unexpected keyword argument(s) {names}")


def _call(
    built: dict[str, Any],
    route: RouteKind,
    options: CallOptions,
    *,
    parse: Callable[[httpx.Response], Any],
    stream: StreamKind | None = None,
    handler: Callable[[ServerSentEvent], Any] | None = None,
    admin: bool = False,
) -> Call[Any]:
    body = built.get("json")
    if options.extra_body:
        if not isinstance(body, dict):
            raise TypeError("extra_body can only be used with calls that send a JSON object body")
        body = {**body, **options.extra_body}
    params = built.get("params")
    if params:
        # The core leaves UNSET-valued optional query parameters out, but not explicit Nones.
        params = {k: v for k, v in params.items() if v is not None}
    return Call(
        method=built["method"].upper(),
        url=built["url"],
        route=route,
        parse=parse,
        params=params or None,
        json=body,
        files=built.get("files"),
        headers=dict(built.get("headers") or {}),
        options=options,
        admin=admin,
        stream=stream,
        handler=handler if stream else None,
    )


def make_call(
    built: dict[str, Any],
    route: RouteKind,
    options: CallOptions,
    *,
    parse: Callable[[httpx.Response], Any],
    admin: bool = False,
) -> Call[Any]:
    """Public-to-the-shell builder for resources (control plane, batches)."""
    return _call(built, route, options, parse=parse, admin=admin)


__all__ = [
    "Call",
    "CallOptions",
    "OtariError",
    "StreamEvent",
]
