"""otari: one typed Python client for every LLM provider behind the otari gateway.

>>> from otari import Otari
>>> client = Otari()  # OTARI_AI_TOKEN for the hosted platform, or GATEWAY_API_BASE + GATEWAY_API_KEY
>>> reply = client.completion(model="openai:gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])
>>> print(reply.choices[0].message.content)

Public names load on first use (PEP 562), so ``import otari`` costs about as much as importing
httpx; the generated core's modules are imported only by the calls that need them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._base_client import RawResponse
    from ._batches import BatchWaitTimeoutError
    from ._client import AsyncOtari, Otari
    from ._downloads import AsyncBinaryStream, BinaryStream
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        BatchNotCompleteError,
        ConflictError,
        GatewayTimeoutError,
        InsufficientFundsError,
        ModelNotFoundError,
        NotFoundError,
        OtariConfigError,
        OtariError,
        PermissionDeniedError,
        RateLimitError,
        ResponseValidationError,
        StreamError,
        UnprocessableEntityError,
        UnsupportedCapabilityError,
        UpstreamProviderError,
    )
    from ._generated._spec_version import SPEC_VERSION as __spec_version__
    from ._generated.models.alias_response import AliasResponse
    from ._generated.models.batch import Batch
    from ._generated.models.batch_list import BatchList
    from ._generated.models.batch_results import BatchResults
    from ._generated.models.budget_reset_log_response import BudgetResetLogResponse
    from ._generated.models.budget_response import BudgetResponse
    from ._generated.models.chat_completion import ChatCompletion
    from ._generated.models.chat_completion_chunk import ChatCompletionChunk
    from ._generated.models.count_tokens_response import CountTokensResponse
    from ._generated.models.create_embedding_response import CreateEmbeddingResponse
    from ._generated.models.create_key_response import CreateKeyResponse
    from ._generated.models.file_object import FileObject
    from ._generated.models.images_response import ImagesResponse
    from ._generated.models.key_info import KeyInfo
    from ._generated.models.model_list_response import ModelListResponse
    from ._generated.models.model_object import ModelObject
    from ._generated.models.moderation_response import ModerationResponse
    from ._generated.models.pricing_response import PricingResponse
    from ._generated.models.rerank_response import RerankResponse
    from ._generated.models.transcription import Transcription
    from ._generated.models.usage_count import UsageCount
    from ._generated.models.usage_entry import UsageEntry
    from ._generated.models.usage_grouped_series import UsageGroupedSeries
    from ._generated.models.usage_log_response import UsageLogResponse
    from ._generated.models.usage_summary import UsageSummary
    from ._generated.models.user_response import UserResponse
    from ._limits import ResponseLimits
    from ._stream_events import StreamEvent
    from ._streaming import AsyncChatCompletionStream, AsyncStream, ChatCompletionStream, Stream
    from ._types import NOT_GIVEN, NotGiven

_ERRORS = (
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BatchNotCompleteError",
    "ConflictError",
    "GatewayTimeoutError",
    "InsufficientFundsError",
    "ModelNotFoundError",
    "NotFoundError",
    "OtariConfigError",
    "OtariError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "StreamError",
    "UnprocessableEntityError",
    "UnsupportedCapabilityError",
    "UpstreamProviderError",
)
_MODELS = {
    "Batch": "batch",
    "BatchList": "batch_list",
    "BudgetResponse": "budget_response",
    "CreateKeyResponse": "create_key_response",
    "KeyInfo": "key_info",
    "PricingResponse": "pricing_response",
    "UsageEntry": "usage_entry",
    "UsageLogResponse": "usage_log_response",
    "UserResponse": "user_response",
    "BatchResults": "batch_results",
    "ChatCompletion": "chat_completion",
    "ChatCompletionChunk": "chat_completion_chunk",
    "CountTokensResponse": "count_tokens_response",
    "CreateEmbeddingResponse": "create_embedding_response",
    "ImagesResponse": "images_response",
    "ModelListResponse": "model_list_response",
    "ModelObject": "model_object",
    "ModerationResponse": "moderation_response",
    "RerankResponse": "rerank_response",
    "Transcription": "transcription",
    "AliasResponse": "alias_response",
    "BudgetResetLogResponse": "budget_reset_log_response",
    "FileObject": "file_object",
    "UsageCount": "usage_count",
    "UsageGroupedSeries": "usage_grouped_series",
    "UsageSummary": "usage_summary",
}
# name -> (module, attribute)
_LAZY: dict[str, tuple[str, str]] = {
    "Otari": ("._client", "Otari"),
    "AsyncOtari": ("._client", "AsyncOtari"),
    "RawResponse": ("._base_client", "RawResponse"),
    "ResponseLimits": ("._limits", "ResponseLimits"),
    "BatchWaitTimeoutError": ("._batches", "BatchWaitTimeoutError"),
    "Stream": ("._streaming", "Stream"),
    "AsyncStream": ("._streaming", "AsyncStream"),
    "ChatCompletionStream": ("._streaming", "ChatCompletionStream"),
    "AsyncChatCompletionStream": ("._streaming", "AsyncChatCompletionStream"),
    "StreamEvent": ("._stream_events", "StreamEvent"),
    "BinaryStream": ("._downloads", "BinaryStream"),
    "AsyncBinaryStream": ("._downloads", "AsyncBinaryStream"),
    "NOT_GIVEN": ("._types", "NOT_GIVEN"),
    "NotGiven": ("._types", "NotGiven"),
    "__spec_version__": ("._generated._spec_version", "SPEC_VERSION"),
    **{name: ("._exceptions", name) for name in _ERRORS},
    **{name: (f"._generated.models.{module}", name) for name, module in _MODELS.items()},
}

__all__ = [
    "__spec_version__",
    "__version__",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AliasResponse",
    "AsyncBinaryStream",
    "AsyncChatCompletionStream",
    "AsyncOtari",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "Batch",
    "BatchList",
    "BatchNotCompleteError",
    "BatchResults",
    "BatchWaitTimeoutError",
    "BinaryStream",
    "BudgetResetLogResponse",
    "BudgetResponse",
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatCompletionStream",
    "ConflictError",
    "CountTokensResponse",
    "CreateEmbeddingResponse",
    "CreateKeyResponse",
    "FileObject",
    "GatewayTimeoutError",
    "ImagesResponse",
    "InsufficientFundsError",
    "KeyInfo",
    "ModelListResponse",
    "ModelNotFoundError",
    "ModelObject",
    "ModerationResponse",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "Otari",
    "OtariConfigError",
    "OtariError",
    "PermissionDeniedError",
    "PricingResponse",
    "RateLimitError",
    "RawResponse",
    "RerankResponse",
    "ResponseLimits",
    "ResponseValidationError",
    "Stream",
    "StreamError",
    "StreamEvent",
    "Transcription",
    "UnprocessableEntityError",
    "UnsupportedCapabilityError",
    "UpstreamProviderError",
    "UsageCount",
    "UsageEntry",
    "UsageGroupedSeries",
    "UsageLogResponse",
    "UsageSummary",
    "UserResponse",
]


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'otari' has no attribute {name!r}")
    value = getattr(import_module(target[0], __name__), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
