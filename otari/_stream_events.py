"""What each SSE event of a stream becomes: a typed chat chunk, a Responses/Messages event dict, the
end of the stream, nothing (keepalives), or a raised :class:`~otari.StreamError`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._calls import model_class
from ._errors import stream_error_from_payload, validation_error_from_exception
from ._exceptions import ResponseValidationError
from ._json import is_object
from ._streaming import DONE, SKIP, Last, ServerSentEvent, SplitHandler

if TYPE_CHECKING:
    from ._generated.models.chat_completion import ChatCompletion
    from ._generated.models.chat_completion_chunk import ChatCompletionChunk


# The events after which the Responses and Messages protocols send nothing more (the gateway's trailing
# ``[DONE]`` / ``event: done`` sentinels then need not be waited for).
_FINAL_EVENTS = frozenset({"response.completed", "response.failed", "response.incomplete", "message_stop"})


class StreamEvent(dict[str, Any]):
    """A decoded event of the Responses or Messages stream: the JSON object, plus its SSE event name."""

    __slots__ = ("event",)

    def __init__(self, data: dict[str, Any], event: str | None) -> None:
        super().__init__(data)
        self.event = event


# The C scanner behind json.loads, called directly: json.loads adds two regex matches and three Python calls
# per event to what the scan itself costs, a quarter of the work on a typical chunk.
_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _event_json(event: ServerSentEvent) -> Any:
    data = event.data
    try:
        value, end = _scan_json(data, 0)
    except (StopIteration, ValueError, RecursionError):
        pass
    else:
        if end == len(data):
            return value
    # Whitespace around the value, text after it, or no JSON at all: json.loads decides.
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        pass  # raised below, outside the handler, so no decoder error rides along as __context__
    raise ResponseValidationError(
        model="stream event",
        field=None,
        status_code=200,
        body=data,
        reason="a stream event's data is not JSON (or is nested too deeply to decode)",
    )


# ``dict`` as the type checkers should read a decoded JSON object (a bare ``dict`` would narrow to dict[Unknown]).
_JSON_OBJECT: type[dict[str, Any]] = dict


def decode_chat_event(event: ServerSentEvent) -> Any:
    """A chat stream event's JSON payload: ``data: [DONE]`` ends, ``data: {"error": ...}`` raises."""
    data = event.data
    if data == "[DONE]":
        return DONE
    payload: Any = None
    try:  # _event_json's first step, inlined: this runs for every chunk of every chat stream
        payload, end = _scan_json(data, 0)
    except (StopIteration, ValueError, RecursionError):
        end = -1
    # The usual chunk, settled with one key lookup: an object with ``choices`` is not an error payload.
    if end == len(data) and type(payload) is _JSON_OBJECT and "choices" in payload and event.event is None:
        return payload
    if end != len(data):
        payload = _event_json(event)
    if is_object(payload) and "error" in payload and "choices" not in payload:
        raise stream_error_from_payload(payload, event=event.event)
    if event.event == "error":
        raise stream_error_from_payload(payload, event=event.event)
    return payload


# ChatCompletionChunk.from_dict, bound on the first chunk (model_class imports the generated module).
_chunk_from_dict: Callable[[Any], Any] | None = None


def chat_chunk_from_payload(payload: Any, event: ServerSentEvent) -> Any:
    """A decoded chat stream payload as the typed ``ChatCompletionChunk``."""
    global _chunk_from_dict
    parse = _chunk_from_dict
    if parse is None:
        parse = _chunk_from_dict = model_class("chat_completion_chunk").from_dict
    try:
        return parse(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        name = model_class("chat_completion_chunk").__name__
        raise validation_error_from_exception(exc, model=name, status_code=200, body=event.data) from exc


#: ``data: {chunk}`` events to typed chunks, in two steps so a chat stream folds the payload it decoded.
chat_chunk_handler: SplitHandler[Any] = SplitHandler(decode_chat_event, chat_chunk_from_payload)


def event_handler(event: ServerSentEvent) -> Any:
    """Responses/Messages events: ``[DONE]`` and ``event: done`` end, ``ping`` is skipped, errors raise."""
    if event.data == "[DONE]" or event.event == "done":
        return DONE
    if event.event == "ping":
        return SKIP
    payload = _event_json(event)
    if event.event == "error" or (is_object(payload) and payload.get("type") == "error"):
        raise stream_error_from_payload(payload, event=event.event)
    if is_object(payload) and payload.get("type") == "ping":
        return SKIP
    if not is_object(payload):
        raise ResponseValidationError(
            model="stream event",
            field=None,
            status_code=200,
            body=event.data,
            reason="expected a JSON object",
        )
    if "error" in payload and "type" not in payload:
        raise stream_error_from_payload(payload, event=event.event)
    if payload.get("type") in _FINAL_EVENTS:
        return Last(StreamEvent(payload, event.event))
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
