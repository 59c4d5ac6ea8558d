"""The types of what you pass to the client: keyword arguments, messages and per-call options.

Every method's ``**params`` is a ``TypedDict`` (PEP 692 ``Unpack``), so editors complete
``temperature``, ``tools`` or ``response_format``, and mypy or pyright flag a misspelt keyword or a
value of the wrong type before anything runs. The request fields come from the gateway spec
(``otari/_generated/params.py``, written by ``make regen``); this module adds the per-call options
(``extra_body``, ``extra_headers``, ``extra_query``, ``timeout``, ``max_retries``) and the chat
message shapes, which the spec leaves untyped.

Plain dict literals are all you write: ``{"role": "user", "content": "Hi"}`` *is* a
``ChatCompletionUserMessageParam`` to a type checker. These types exist for annotations::

    from otari.params import ChatCompletionMessageParam

    history: list[ChatCompletionMessageParam] = [{"role": "system", "content": "Be brief."}]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Literal, Required, TypeAlias, TypedDict
from uuid import UUID

import httpx

from ._generated.models.chat_completion_message import ChatCompletionMessage
from ._generated.params import (
    BatchRequestItemParam,
    ChatCompletionFields,
    CountTokensFields,
    CreateBatchFields,
    CreateBudgetFields,
    CreateKeyFields,
    CreateUserFields,
    EmbeddingFields,
    GuardrailConfigParam,
    ImageGenerationFields,
    McpServerConfigParam,
    MessageFields,
    ModerationFields,
    PricingTierParam,
    RerankFields,
    ResponseFields,
    SetPricingFields,
    SpeechFields,
    TranscriptionFields,
    UpdateBudgetFields,
    UpdateKeyFields,
    UpdateUserFields,
)

__all__ = [
    "BatchRequestItemParam",
    "ChatCompletionAssistantMessageParam",
    "ChatCompletionContentPartParam",
    "ChatCompletionDeveloperMessageParam",
    "ChatCompletionFileParam",
    "ChatCompletionImagePartParam",
    "ChatCompletionInputAudioPartParam",
    "ChatCompletionMessageParam",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionSystemMessageParam",
    "ChatCompletionTextPartParam",
    "ChatCompletionToolMessageParam",
    "ChatCompletionUserMessageParam",
    "CompletionParams",
    "CountTokensParams",
    "CreateBatchParams",
    "CreateBudgetParams",
    "CreateKeyParams",
    "CreateUserParams",
    "EmbeddingParams",
    "GuardrailConfigParam",
    "ImageGenerationParams",
    "McpServerConfigParam",
    "MessageParam",
    "MessagesParams",
    "ModerationParams",
    "PollOptions",
    "PricingTierParam",
    "RequestOptions",
    "RerankParams",
    "ResponseParams",
    "SetPricingParams",
    "SpeechParams",
    "TranscriptionParams",
    "UpdateBudgetParams",
    "UpdateKeyParams",
    "UpdateUserParams",
    "UsageFilters",
]


class PollOptions(TypedDict, total=False):
    """Per-call options of ``wait_for_batch()``, applied to each poll (its own ``timeout`` bounds the wait)."""

    extra_body: Mapping[str, object]
    """Fields the SDK does not know, merged into the JSON body last (sent verbatim)."""
    extra_headers: Mapping[str, str]
    """Headers added to (and overriding) the client's own for this call."""
    extra_query: Mapping[str, object]
    """Query parameters added to this call's URL."""
    max_retries: int
    """Retries of this call on connection errors, 408, 429 and 5xx (0 turns them off)."""


class RequestOptions(PollOptions, total=False):
    """Per-call options every method takes besides its request fields."""

    timeout: float | httpx.Timeout | None
    """Seconds (or an ``httpx.Timeout``) for this call; ``None`` waits forever."""


class UsageFilters(RequestOptions, total=False):
    """Which logged requests a usage call looks at; every filter left out matches everything.

    ``start_date`` / ``end_date`` take datetimes, dates or ISO 8601 strings (``end_date`` is exclusive);
    ``user_id``, ``model`` and ``api_key_id`` take one value or a list (any of them matches); ``status`` is
    ``"success"``, ``"error"`` or ``"absorbed"``; ``priced`` and ``counts_toward_budget`` are booleans.
    """

    start_date: datetime | date | str | None
    end_date: datetime | date | str | None
    user_id: str | Sequence[str] | None
    status: str | None
    status_code: int | None
    model: str | Sequence[str] | None
    endpoint: str | None
    provider: str | None
    source: str | None
    source_label: str | None
    api_key_id: str | Sequence[str] | None
    priced: bool | None
    tool: Literal["any", "web_search", "code_execution"] | None
    counts_toward_budget: bool | None
    workspace_id: str | UUID | None


# --- chat messages (OpenAI wire format) -----------------------------------------------------------


class ChatCompletionTextPartParam(TypedDict):
    """A text part of a message's content."""

    type: Literal["text"]
    text: str


class _ImageURL(TypedDict, total=False):
    url: Required[str]
    """An ``https://`` URL or a ``data:image/...;base64,...`` URL."""
    detail: Literal["auto", "low", "high"]


class ChatCompletionImagePartParam(TypedDict):
    """An image part of a user message."""

    type: Literal["image_url"]
    image_url: _ImageURL


class _InputAudio(TypedDict):
    data: str
    """The audio, base64-encoded."""
    format: Literal["wav", "mp3"]


class ChatCompletionInputAudioPartParam(TypedDict):
    """An audio part of a user message."""

    type: Literal["input_audio"]
    input_audio: _InputAudio


class _File(TypedDict, total=False):
    file_id: str
    file_data: str
    """The file, base64-encoded."""
    filename: str


class ChatCompletionFileParam(TypedDict):
    """A file part of a user message (by id, or inline as base64)."""

    type: Literal["file"]
    file: _File


ChatCompletionContentPartParam: TypeAlias = (
    ChatCompletionTextPartParam
    | ChatCompletionImagePartParam
    | ChatCompletionInputAudioPartParam
    | ChatCompletionFileParam
)
"""One part of a user message's multi-part content."""


class ChatCompletionSystemMessageParam(TypedDict, total=False):
    """Instructions for the model."""

    role: Required[Literal["system"]]
    content: Required[str | Sequence[ChatCompletionTextPartParam]]
    name: str


class ChatCompletionDeveloperMessageParam(TypedDict, total=False):
    """Instructions for the model (newer OpenAI models' name for a system message)."""

    role: Required[Literal["developer"]]
    content: Required[str | Sequence[ChatCompletionTextPartParam]]
    name: str


class ChatCompletionUserMessageParam(TypedDict, total=False):
    """What the user says: text, or a list of text, image, audio and file parts."""

    role: Required[Literal["user"]]
    content: Required[str | Sequence[ChatCompletionContentPartParam]]
    name: str


class _FunctionCall(TypedDict):
    name: str
    arguments: str
    """The arguments as a JSON string, as the model produced them."""


class ChatCompletionMessageToolCallParam(TypedDict):
    """A tool call of an earlier assistant turn, sent back as part of the conversation."""

    id: str
    type: Literal["function"]
    function: _FunctionCall


class ChatCompletionAssistantMessageParam(TypedDict, total=False):
    """An earlier answer of the model: its text and/or the tools it called."""

    role: Required[Literal["assistant"]]
    content: str | Sequence[ChatCompletionTextPartParam] | None
    tool_calls: Sequence[ChatCompletionMessageToolCallParam]
    refusal: str | None
    name: str


class ChatCompletionToolMessageParam(TypedDict):
    """The result of a tool call, answering the assistant's call with ``tool_call_id``."""

    role: Literal["tool"]
    content: str | Sequence[ChatCompletionTextPartParam]
    tool_call_id: str


ChatCompletionMessageParam: TypeAlias = (
    ChatCompletionSystemMessageParam
    | ChatCompletionDeveloperMessageParam
    | ChatCompletionUserMessageParam
    | ChatCompletionAssistantMessageParam
    | ChatCompletionToolMessageParam
    | ChatCompletionMessage
)
"""One message of a chat conversation; ``role`` says which kind. A reply's ``choices[0].message`` is one too:
append it to the conversation as it is (it is sent as it arrived)."""


class MessageParam(TypedDict):
    """One turn of an Anthropic Messages API conversation (``content`` blocks are passed as given)."""

    role: Literal["user", "assistant"]
    content: str | Sequence[Mapping[str, object]]


# --- keyword arguments of each method ---------------------------------------------------------------


class CompletionParams(ChatCompletionFields, RequestOptions, total=False):
    """``completion()`` / ``completion_stream()`` keywords besides ``model`` and ``messages``."""


class ResponseParams(ResponseFields, RequestOptions, total=False):
    """``response()`` / ``response_stream()`` keywords besides ``model`` and ``input``."""


class MessagesParams(MessageFields, RequestOptions, total=False):
    """``message()`` / ``message_stream()`` keywords besides ``model``, ``max_tokens`` and ``messages``."""


class CountTokensParams(CountTokensFields, RequestOptions, total=False):
    """``count_tokens()`` keywords besides ``model`` and ``messages``."""


class EmbeddingParams(EmbeddingFields, RequestOptions, total=False):
    """``embedding()`` keywords besides ``model`` and ``input``."""


class ModerationParams(ModerationFields, RequestOptions, total=False):
    """``moderation()`` keywords besides ``model``, ``input`` and ``include_raw``."""


class RerankParams(RerankFields, RequestOptions, total=False):
    """``rerank()`` keywords besides ``model``, ``query`` and ``documents``."""


class ImageGenerationParams(ImageGenerationFields, RequestOptions, total=False):
    """``image_generation()`` keywords besides ``model`` and ``prompt``."""


class SpeechParams(SpeechFields, RequestOptions, total=False):
    """``speech()`` keywords besides ``model``, ``input`` and ``voice``."""


class TranscriptionParams(TranscriptionFields, RequestOptions, total=False):
    """``transcription()`` keywords besides ``model`` and ``file``."""


class CreateBatchParams(CreateBatchFields, RequestOptions, total=False):
    """``create_batch()`` keywords besides ``model``, ``requests``, ``completion_window`` and ``metadata``."""


class CreateKeyParams(CreateKeyFields, RequestOptions, total=False):
    """``keys.create()`` keywords."""


class UpdateKeyParams(UpdateKeyFields, RequestOptions, total=False):
    """``keys.update()`` keywords besides the key's id."""


class CreateUserParams(CreateUserFields, RequestOptions, total=False):
    """``users.create()`` keywords besides ``user_id``."""


class UpdateUserParams(UpdateUserFields, RequestOptions, total=False):
    """``users.update()`` keywords besides the user's id."""


class CreateBudgetParams(CreateBudgetFields, RequestOptions, total=False):
    """``budgets.create()`` keywords."""


class UpdateBudgetParams(UpdateBudgetFields, RequestOptions, total=False):
    """``budgets.update()`` keywords besides the budget's id."""


class SetPricingParams(SetPricingFields, RequestOptions, total=False):
    """``pricing.set()`` keywords besides ``model_key`` and the input and output prices."""
