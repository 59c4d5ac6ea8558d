"""Default answers of the inference routes: validate like the gateway, then echo the input."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from .._json import is_array, is_object
from . import _bodies
from ._control import ControlPlane, normalize_model_key
from ._multipart import parse_multipart
from ._replies import (
    SECURITY_HEADERS,
    AnyReply,
    Reply,
    StreamReply,
    detail_reply,
    field_error,
    json_reply,
    missing,
    validation_reply,
)
from ._routing import Call, Route

LogUsage = Callable[[Call, str, int, int], None]
_AUDIO_TYPES = {
    "mp3": "audio/mpeg",
    "opus": "audio/opus",
    "aac": "audio/aac",
    "flac": "audio/flac",
    "wav": "audio/wav",
    "pcm": "audio/L16",
}


def _require(body: dict[str, Any], fields: dict[str, type | tuple[type, ...]]) -> list[dict[str, Any]]:
    """Missing/wrong-type errors for required fields, in FastAPI's shape."""
    errors: list[dict[str, Any]] = []
    for name, kind in fields.items():
        if name not in body:
            errors.append(missing(("body", name)))
        elif kind is str and not isinstance(body[name], str):
            errors.append(field_error("string_type", ("body", name), "Input should be a valid string"))
        elif kind is list and not is_array(body[name]):
            errors.append(field_error("list_type", ("body", name), "Input should be a valid list"))
        elif kind is int and (isinstance(body[name], bool) or not isinstance(body[name], int)):
            errors.append(field_error("int_type", ("body", name), "Input should be a valid integer"))
    return errors


def _non_empty(body: dict[str, Any], name: str) -> list[dict[str, Any]]:
    value = body.get(name)
    if is_array(value) and not value:
        return [field_error("too_short", ("body", name), "List should have at least 1 item after validation, not 0")]
    return []


def _tool(body: dict[str, Any]) -> str | None:
    tools = body.get("tools")
    if not is_array(tools) or not tools or body.get("tool_choice") == "none":
        return None
    return _bodies.tool_name(tools)


def _input_texts(value: Any) -> list[str]:
    """Texts of an embeddings/moderation ``input``: a string, strings, token arrays or content parts."""
    if isinstance(value, str):
        return [value]
    if not is_array(value):
        return [str(value)]
    if value and all(isinstance(v, int) for v in value):
        return [" ".join(str(v) for v in value)]
    if value and all(is_object(v) for v in value):
        return [_bodies.content_text(value)]
    return [v if isinstance(v, str) else " ".join(str(t) for t in v) if is_array(v) else str(v) for v in value]


def _responses_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if is_array(value):
        return _bodies.last_user_text(value)
    return ""


class Inference:
    """Handlers for the inference routes. ``models`` is the catalogue ``GET /v1/models`` lists."""

    def __init__(
        self,
        control: ControlPlane,
        models: Sequence[str],
        log: LogUsage,
        stream_delay: float,
        *,
        strict_models: bool = False,
    ) -> None:
        self._control = control
        self._models = tuple(models)
        self._strict_models = strict_models
        self._log = log
        self._stream_delay = stream_delay

    def _stream(self, frames: tuple[bytes, ...]) -> StreamReply:
        return StreamReply(200, frames, delay_between=self._stream_delay)

    # --- chat / responses / messages -------------------------------------------------------------------

    def chat(self, call: Call) -> AnyReply:
        body = call.body
        errors = _require(body, {"model": str, "messages": list}) + _non_empty(body, "messages")
        if errors:
            return validation_reply(errors)
        prompt = _bodies.last_user_text(body["messages"])
        text = "Echo: " + prompt
        tool = _tool(body)
        arguments = _bodies.tool_arguments(prompt)
        counts = (_bodies.count_words(prompt), _bodies.count_words(arguments if tool else text))
        self._log(call, body["model"], *counts)
        model = _bodies.bare_model(body["model"])
        if body.get("stream") is True:
            options = body.get("stream_options")
            include_usage = not (is_object(options) and options.get("include_usage") is False)
            return self._stream(
                _bodies.chat_stream(
                    model=model,
                    text=text,
                    tool=tool,
                    arguments=arguments,
                    prompt=counts[0],
                    completion=counts[1],
                    include_usage=include_usage,
                )
            )
        return json_reply(
            _bodies.chat_completion(
                model=model, text=text, tool=tool, arguments=arguments, prompt=counts[0], completion=counts[1]
            )
        )

    def responses(self, call: Call) -> AnyReply:
        body = call.body
        errors = _require(body, {"model": str, "input": (str, list)})
        if errors:
            return validation_reply(errors)
        prompt = _responses_text(body["input"])
        text = "Echo: " + prompt
        tool = _tool(body)
        arguments = _bodies.tool_arguments(prompt)
        counts = (_bodies.count_words(prompt), _bodies.count_words(arguments if tool else text))
        self._log(call, body["model"], *counts)
        user = body.get("user") if isinstance(body.get("user"), str) else call.principal.user_id
        kwargs: dict[str, Any] = {
            "model": _bodies.bare_model(body["model"]),
            "text": text,
            "tool": tool,
            "arguments": arguments,
            "prompt": counts[0],
            "completion": counts[1],
            "user": user,
            "metadata": body.get("metadata"),
        }
        if body.get("stream") is True:
            return self._stream(_bodies.response_stream(**kwargs))
        return json_reply(_bodies.response(**kwargs))

    def messages(self, call: Call) -> AnyReply:
        body = call.body
        errors = _require(body, {"model": str, "messages": list, "max_tokens": int})
        if errors:
            return validation_reply(errors)
        prompt = _bodies.last_user_text(body["messages"])
        text = "Echo: " + prompt
        tool = _tool(body)
        arguments = _bodies.tool_arguments(prompt)
        counts = (_bodies.count_words(prompt), _bodies.count_words(arguments if tool else text))
        self._log(call, body["model"], *counts)
        kwargs: dict[str, Any] = {
            "model": _bodies.bare_model(body["model"]),
            "text": text,
            "tool": tool,
            "arguments": arguments,
            "prompt": counts[0],
            "completion": counts[1],
        }
        if body.get("stream") is True:
            return self._stream(_bodies.message_stream(**kwargs))
        return json_reply(_bodies.message(**kwargs))

    def count_tokens(self, call: Call) -> AnyReply:
        body = call.body
        errors = _require(body, {"model": str, "messages": list})
        if errors:
            return validation_reply(errors)
        # A rough local estimate, as the gateway makes one: ~4 characters a token plus per-message overhead.
        chars = sum(len(_bodies.content_text(m.get("content"))) for m in body["messages"] if is_object(m))
        system = body.get("system")
        chars += len(system) if isinstance(system, str) else len(_bodies.content_text(system))
        return json_reply({"input_tokens": chars // 4 + 3 * len(body["messages"]) + 1})

    # --- other inference -------------------------------------------------------------------------------

    def embeddings(self, call: Call) -> AnyReply:
        body = call.body
        errors = _require(body, {"model": str, "input": object})
        dimensions = body.get("dimensions") or 8
        if isinstance(dimensions, bool) or not isinstance(dimensions, int) or dimensions < 1:
            errors.append(field_error("int_type", ("body", "dimensions"), "Input should be a valid integer"))
        if errors:
            return validation_reply(errors)
        inputs = _input_texts(body["input"])
        self._log(call, body["model"], sum(_bodies.count_words(t) for t in inputs), 0)
        return json_reply(
            _bodies.embeddings(
                model=_bodies.bare_model(body["model"]),
                inputs=inputs,
                dimensions=dimensions,
                base64_format=body.get("encoding_format") == "base64",
            )
        )

    def moderations(self, call: Call) -> AnyReply:
        body = call.body
        errors = _require(body, {"model": str, "input": object})
        if errors:
            return validation_reply(errors)
        return json_reply(
            _bodies.moderation(model=_bodies.bare_model(body["model"]), inputs=_input_texts(body["input"]))
        )

    def rerank(self, call: Call) -> AnyReply:
        body = call.body
        errors = _require(body, {"model": str, "query": str, "documents": list})
        top_n = body.get("top_n")
        if top_n is not None and (isinstance(top_n, bool) or not isinstance(top_n, int)):
            errors.append(field_error("int_type", ("body", "top_n"), "Input should be a valid integer"))
        if errors:
            return validation_reply(errors)
        documents = [d if isinstance(d, str) else str(d) for d in body["documents"]]
        self._log(call, body["model"], _bodies.count_words(body["query"]), 0)
        return json_reply(
            _bodies.rerank(
                model=_bodies.bare_model(body["model"]), query=body["query"], documents=documents, top_n=top_n
            )
        )

    def images(self, call: Call) -> AnyReply:
        body = call.body
        errors = _require(body, {"model": str, "prompt": str})
        n = body.get("n") or 1
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            errors.append(field_error("int_type", ("body", "n"), "Input should be a valid integer"))
        if errors:
            return validation_reply(errors)
        return json_reply(
            _bodies.images(
                prompt=body["prompt"],
                n=n,
                b64=body.get("response_format") == "b64_json",
                created=int(time.time()),
            )
        )

    def speech(self, call: Call) -> AnyReply:
        body = call.body
        errors = _require(body, {"model": str, "input": str, "voice": str})
        if errors:
            return validation_reply(errors)
        audio_type = _AUDIO_TYPES.get(str(body.get("response_format") or "mp3"), "audio/mpeg")
        audio = _bodies.speech_audio(body["input"], body["voice"])
        return Reply(200, audio, (("content-type", audio_type), *SECURITY_HEADERS))

    def transcriptions(self, call: Call) -> AnyReply:
        content_type = call.request.headers.get("content-type", "")
        form = parse_multipart(call.request.body, content_type)
        if form is None:
            return validation_reply([missing(("body", "model")), missing(("body", "file"))])
        errors = [missing(("body", name)) for name in ("model", "file") if name not in form]
        if errors:
            return validation_reply(errors)
        audio = form["file"].data
        try:
            text = audio.decode("utf-8")
        except UnicodeDecodeError:
            text = f"[{len(audio)} bytes of audio]"
        if form.get("response_format") is not None and form["response_format"].text() == "text":
            return Reply(200, text.encode("utf-8"), (("content-type", "text/plain; charset=utf-8"), *SECURITY_HEADERS))
        return json_reply({"text": text})

    # --- models ----------------------------------------------------------------------------------------

    def _catalogue(self) -> list[str]:
        priced = (key for key in self._control.pricing if _bodies.provider_of(key) is not None)
        return sorted({*self._models, *priced})

    def _model_entry(self, model_id: str) -> dict[str, Any]:
        price = self._control.current_price(model_id)
        pricing = None
        if price is not None:
            pricing = {
                name: price[name]
                for name in (
                    "input_price_per_million",
                    "output_price_per_million",
                    "cache_read_price_per_million",
                    "cache_write_price_per_million",
                    "cache_write_1h_price_per_million",
                    "pricing_tiers",
                )
            }
        return {
            "id": model_id,
            "object": "model",
            "created": _bodies.CREATED,
            "owned_by": _bodies.provider_of(model_id) or "unknown",
            "pricing": pricing,
            "pricing_source": "configured" if pricing is not None else "none",
            "context_window": None,
        }

    def list_models(self, call: Call) -> AnyReply:
        provider = call.query.get("provider")
        ids = [m for m in self._catalogue() if provider is None or _bodies.provider_of(m) == provider]
        return json_reply({"object": "list", "data": [self._model_entry(m) for m in ids]})

    def retrieve_model(self, call: Call) -> AnyReply:
        requested = call.params["model_id"]
        catalogue = self._catalogue()
        for candidate in (requested, normalize_model_key(requested)):
            if candidate in catalogue:
                return json_reply(self._model_entry(candidate))
        return detail_reply(404, f"Model '{requested}' not found")

    def _known_model(self, handler: Callable[[Call], AnyReply]) -> Callable[[Call], AnyReply]:
        """``handler``, behind the gateway's answer for a model the catalogue does not have."""

        def checked(call: Call) -> AnyReply:
            model = call.body.get("model") if is_object(call.body) else None
            if self._strict_models and isinstance(model, str) and model.strip():
                catalogue = self._catalogue()
                if model not in catalogue and normalize_model_key(model) not in catalogue:
                    # The provider's refusal, passed through by the gateway (wire: chat-error-404-upstream-...).
                    return detail_reply(
                        404,
                        f"Error code: 404 - The model `{_bodies.bare_model(model)}` does not exist or you do "
                        "not have access to it.",
                    )
            return handler(call)

        return checked

    def routes(self) -> list[Route]:
        known = self._known_model
        return [
            Route("POST", "/v1/chat/completions", known(self.chat), "inference", "json"),
            Route("POST", "/v1/responses", known(self.responses), "inference", "json"),
            Route("POST", "/v1/messages", known(self.messages), "messages", "json"),
            Route("POST", "/v1/messages/count_tokens", known(self.count_tokens), "messages", "json"),
            Route("POST", "/v1/embeddings", known(self.embeddings), "inference", "json"),
            Route("POST", "/v1/moderations", known(self.moderations), "inference", "json"),
            Route("POST", "/v1/rerank", known(self.rerank), "inference", "json"),
            Route("POST", "/v1/images/generations", known(self.images), "inference", "json"),
            Route("POST", "/v1/audio/speech", known(self.speech), "inference", "json"),
            Route("POST", "/v1/audio/transcriptions", self.transcriptions, "inference", "multipart"),
            Route("GET", "/v1/models", self.list_models, "reader"),
            Route("GET", "/v1/models/{model_id:path}", self.retrieve_model, "reader"),
        ]
