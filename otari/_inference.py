"""The inference calls of api.md §2, each described once as a :class:`~otari._calls.Call`.

Validation happens here, before any request: a missing or empty ``model``, empty ``messages``, a
missing ``max_tokens``, unknown keyword arguments (the request model's ``additional_properties``) and
cheap type checks each raise an error naming the parameter.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from ._calls import (
    Call,
    build_body,
    check_cheap_types,
    core_request,
    file_part,
    make_call,
    model_class,
    multipart_request,
    reject_unknown,
    require_int,
    require_messages,
    require_path_id,
    require_str,
    split_options,
)
from ._json import is_array
from ._parsing import parse_bytes, parse_dict, parse_model, parse_transcription
from ._stream_events import chat_chunk_handler, event_handler


def _no_stream_param(method: str, params: Mapping[str, Any], stream_method: str | None) -> None:
    if "stream" in params:
        hint = f"use {stream_method}() to stream" if stream_method else "this call does not stream"
        raise TypeError(f"{method}() does not take 'stream': {hint}")


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
    return make_call(
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
    return make_call(
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
    return make_call(
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
    return make_call(built, "inference", options, parse=parse_model("count_tokens_response"))


def _require_input(method: str, value: object) -> str | list[Any]:
    if isinstance(value, str) or is_array(value):
        if not value:
            raise ValueError(f"{method}() argument 'input' must not be empty")
        return value
    if value is None:
        raise ValueError(f"{method}() argument 'input' must not be empty")
    raise TypeError(f"{method}() argument 'input' must be a string or a list, got {type(value).__name__}")


def embedding(model: Any, input: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    fields = {"model": require_str("embedding", "model", model), "input": _require_input("embedding", input)}
    body = build_body("embedding", "embedding_request", fields, params)
    built = core_request("embeddings.create_embedding", body=body)
    return make_call(built, "inference", options, parse=parse_model("create_embedding_response"))


def list_models(provider: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    reject_unknown("list_models", params)
    kwargs: dict[str, Any] = {}
    if provider is not None:
        kwargs["provider"] = require_str("list_models", "provider", provider)
    built = core_request("models.list_models", **kwargs)
    return make_call(built, "inference", options, parse=parse_model("model_list_response"))


def retrieve_model(model_id: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    reject_unknown("retrieve_model", params)
    built = core_request("models.get_model", model_id=require_path_id("retrieve_model", "model_id", model_id))
    return make_call(built, "inference", options, parse=parse_model("model_object"))


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
    return make_call(built, "inference", options, parse=parse_model("moderation_response"))


def rerank(model: Any, query: Any, documents: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    if isinstance(documents, str) or not isinstance(documents, Sequence) or not documents:
        raise TypeError("rerank() argument 'documents' must be a non-empty list of strings")
    given = cast("Sequence[object]", documents)
    if not all(isinstance(d, str) for d in given):
        raise TypeError("rerank() argument 'documents' must contain only strings")
    fields: dict[str, Any] = {
        "model": require_str("rerank", "model", model),
        "query": require_str("rerank", "query", query),
        "documents": list(given),
    }
    body = build_body("rerank", "rerank_request", fields, params)
    built = core_request("rerank.create_rerank", body=body)
    return make_call(built, "inference", options, parse=parse_model("rerank_response"))


def image_generation(model: Any, prompt: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    fields = {
        "model": require_str("image_generation", "model", model),
        "prompt": require_str("image_generation", "prompt", prompt),
    }
    body = build_body("image_generation", "image_generation_request", fields, params)
    built = core_request("images.create_image", body=body)
    return make_call(built, "inference", options, parse=parse_model("images_response"))


def speech(model: Any, input: Any, voice: Any, params: dict[str, Any], *, stream: bool = False) -> Call[Any]:
    options = split_options(params)
    fields = {
        "model": require_str("speech", "model", model),
        "input": require_str("speech", "input", input),
        "voice": require_str("speech", "voice", voice),
    }
    body = build_body("speech", "audio_speech_request", fields, params)
    built = core_request("audio.create_speech", body=body)
    # stream: the audio is handed over as a BinaryStream, read in chunks by the caller.
    return make_call(built, "inference", options, parse=parse_bytes, stream="bytes" if stream else None)


def transcription(model: Any, file: Any, params: dict[str, Any]) -> Call[Any]:
    options = split_options(params)
    part = file_part("transcription", file, "audio")
    cls = model_class("body_create_transcription_v1_audio_transcriptions_post")
    model_name = require_str("transcription", "model", model)
    payload = {"model": model_name, **params}
    check_cheap_types("transcription", payload)
    try:
        body = cls.from_dict({**payload, "file": None})
    except (KeyError, TypeError, ValueError) as exc:
        raise TypeError(f"transcription(): invalid arguments: {exc!r}") from None
    if body.additional_properties:
        unknown = ", ".join(repr(n) for n in sorted(body.additional_properties))
        raise TypeError(f"transcription() got unexpected keyword argument(s) {unknown}")
    built = multipart_request("audio.create_transcription", body, part)
    return make_call(built, "inference", options, parse=parse_transcription)
