"""Results carry no ``Unset``: not in their declared types, not at run time, not in their reprs.

The models checked are every model a public method returns, and every model their fields refer to,
found by following the annotations — so a new nested model is covered without being listed here.
"""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest

from otari._generated import models as m
from otari._generated.types import Unset
from tests import wire
from tests.test_overlays import _chunks, _json_typed, _parse

# What the public methods of Otari/AsyncOtari and their resources return (see otari/_client.py, resources/).
RETURNED = [
    "ChatCompletion", "ChatCompletionChunk", "CountTokensResponse", "CreateEmbeddingResponse",
    "ModelListResponse", "ModelObject", "ModerationResponse", "RerankResponse", "ImagesResponse",
    "Transcription", "Batch", "BatchResults", "CreateKeyResponse", "KeyInfo", "UserResponse",
    "UsageLogResponse", "BudgetResponse", "PricingResponse", "UsageEntry",
]  # fmt: skip


def _reachable() -> dict[str, Any]:
    found: dict[str, Any] = {}
    todo = list(RETURNED)
    while todo:
        name = todo.pop()
        if name in found:
            continue
        cls = getattr(m, name)
        found[name] = cls
        for annotation in cls.__annotations__.values():
            todo.extend(w for w in re.findall(r"\b[A-Z]\w+", str(annotation)) if w in m.__all__)
    return found


RESULT_MODELS = _reachable()


def test_the_walk_finds_nested_models() -> None:
    assert {"ChatCompletionMessage", "FunctionCall", "ChoiceDelta", "BatchRequestCounts"} <= set(RESULT_MODELS)


@pytest.mark.parametrize("name", sorted(RESULT_MODELS))
def test_no_result_type_mentions_unset(name: str) -> None:
    cls = RESULT_MODELS[name]
    for field in attrs.fields(cls):
        annotation = str(cls.__annotations__.get(field.name, ""))
        assert "Unset" not in annotation, f"{name}.{field.name}: {annotation}"
        assert not isinstance(field.default, Unset), f"{name}.{field.name} defaults to UNSET"
    assert "Unset" not in (cls.__doc__ or ""), f"{name}'s docstring still lists Unset types"


@pytest.mark.parametrize(
    ("path", "annotation"),
    [
        ("Batch.provider", "str"),
        ("ChatCompletion.id", "str"),
        ("ChatCompletion.model", "str"),
        ("ChatCompletionMessage.content", "None | str"),
        ("ChoiceDelta.content", "None | str"),
        ("ChunkChoice.delta", "ChoiceDelta"),
        ("FunctionCall.name", "str"),
        ("FunctionCall.arguments", "str"),
        ("ChatCompletionMessageToolCall.function", "FunctionCall"),
        ("CompletionUsage.total_tokens", "int"),
        ("Embedding.embedding", "list[float]"),
        ("BatchResultItem.result", "ChatCompletion | None"),
    ],
)
def test_the_types_users_read(path: str, annotation: str) -> None:
    model, field = path.split(".")
    assert str(getattr(m, model).__annotations__[field]) == annotation


def _walk(value: Any, where: str) -> None:
    assert not isinstance(value, Unset), f"Unset at {where}"
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if field.name != "_wire":
                _walk(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, f"{where}[{key!r}]")


@pytest.mark.parametrize("name", _json_typed())
def test_recorded_bodies_hold_no_unset(name: str) -> None:
    parsed = _parse(name)
    _walk(parsed, name)
    text = repr(parsed)
    assert "Unset" not in text and "additional_properties={}" not in text


def test_recorded_chunks_hold_no_unset() -> None:
    for name in ("chat-stream", "chat-stream-tool-call"):
        for payload in _chunks(name):
            chunk = m.ChatCompletionChunk.from_dict(payload)
            _walk(chunk, name)
            assert "Unset" not in repr(chunk)


def test_repr_is_compact() -> None:
    """The fields that hold a value; the many nulls a gateway sends are left out of the repr."""
    completion = _parse("chat-nonstream")
    text = repr(completion)
    assert text.startswith("ChatCompletion(choices=[ChatCompletionChoice(")
    assert "content='Echo: hello there world'" in text and "total_tokens=7" in text
    assert "refusal=" not in text and "tool_calls=" not in text  # null on the wire
    assert "moderation" not in text  # a null extra
    body = wire.load("chat-nonstream").json()
    assert completion.to_dict() == body  # what the repr leaves out is still there


def test_repr_shows_extras_that_hold_a_value() -> None:
    message = m.ChatCompletionMessage.from_dict({"role": "assistant", "content": "hi", "reasoning": "because"})
    assert repr(message) == (
        "ChatCompletionMessage(role='assistant', content='hi', additional_properties={'reasoning': 'because'})"
    )


def test_repr_masks_secret_fields_and_extras() -> None:
    secret = "gw-" + "s" * 40
    created = m.CreateKeyResponse.from_dict(wire.load("keys-create").json() | {"key": secret, "token": secret})
    assert secret not in repr(created) and secret[:8] + "***" in repr(created)
    assert "'token': '***'" in repr(created)
