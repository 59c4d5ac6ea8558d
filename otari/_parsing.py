"""Reading a successful response into what a method returns: typed models, dicts, bytes or nothing.

A body that does not fit raises :class:`~otari.ResponseValidationError` naming the model and field,
never a bare ``KeyError``/``TypeError``/``JSONDecodeError`` from inside the generated core.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from ._calls import model_class
from ._errors import validation_error_from_exception
from ._exceptions import ResponseValidationError
from ._json import is_array, is_object


def _decode_json(response: httpx.Response, model: str) -> Any:
    try:
        return json.loads(response.content)
    except ValueError as exc:
        reason = f"the body is not JSON ({exc})"
    except RecursionError:
        reason = "the body's JSON is nested too deeply to decode"
    raise ResponseValidationError(
        model=model, field=None, status_code=response.status_code, body=response.content, reason=reason
    )


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
        if not is_array(data):
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
    if not is_object(data):
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


def parse_transcription(response: httpx.Response) -> Any:
    """JSON for ``json``/``verbose_json``; ``text``, ``srt`` and ``vtt`` formats arrive as plain text."""
    if "json" not in response.headers.get("content-type", "application/json"):
        return model_class("transcription").from_dict({"text": response.text})
    return parse_model("transcription")(response)
