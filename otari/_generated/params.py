"""Keyword-argument types of the SDK's requests, from the gateway spec (written by scripts/regen.py).

One ``TypedDict`` per request schema (the fields a method takes as ``**params``) and one ``<Name>Param``
per object schema they refer to. ``otari.params`` adds the per-call options and the public names.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict


class BatchRequestItemParam(TypedDict, total=False):
    """BatchRequestItem"""

    body: Required[Mapping[str, Any]]
    custom_id: Required[str]


class GuardrailConfigParam(TypedDict, total=False):
    """A single guardrail check the caller wants the gateway to enforce. URL safety: when ``url`` is supplied it is
    validated by :func:`gateway.services.guardrails.run_input_guardrails` (not here at parse time — the check does a
    DNS lookup that must be awaited) with the same SSRF guard used for MCP server URLs (loopback allowed by default
    for same-host sidecars; gated by ``OTARI_MCP_ALLOW_LOOPBACK`` / ``OTARI_MCP_ALLOW_PRIVATE_HOSTS``). Most
    deployments omit ``url`` and rely on the operator-set ``OTARI_GUARDRAILS_URL`` instead.
    """

    mode: Literal["block", "monitor"]
    on: Sequence[Literal["input", "output"]]
    on_unavailable: Literal["block", "monitor"]
    profile: Required[str]
    url: str | None
    validate_kwargs: Mapping[str, Any]


class McpServerConfigParam(TypedDict, total=False):
    """Inline MCP server configuration accepted on the chat completions request. Streamable HTTP transport. The `url`
    must be reachable from the gateway process. URL safety (SSRF guard against private/link-local/reserved IP
    ranges, plus rejecting plain ``http://`` when ``authorization_token`` is set) is enforced by
    :func:`gateway.services.url_safety.validate_mcp_url`, called from the async request pipeline
    (``prepare_gateway_tools``) rather than here at parse time: the safety check does a DNS lookup, which must be
    awaited so it can't block the event loop, and Pydantic validators run synchronously during request-body parsing.
    """

    allowed_tools: Sequence[str] | None
    authorization_token: str | None
    name: Required[str]
    purpose_hint: str | None
    url: Required[str]


class PricingTierParam(TypedDict, total=False):
    """Whole-request price cliff selected by total billable input tokens."""

    cache_read_price_per_million: float | None
    cache_write_1h_price_per_million: float | None
    cache_write_price_per_million: float | None
    input_price_per_million: float | None
    min_input_tokens: Required[int]
    output_price_per_million: float | None


class ChatCompletionFields(TypedDict, total=False):
    """OpenAI-compatible chat completion request. The completion-param fields are derived from any-llm's
    ``CompletionParams`` (see ``_schema_derive``) so the schema cannot silently drop a param any-llm forwards.
    Fields below either tighten a derived field (``messages``, ``response_format``), declare an OpenAI wire param
    ``CompletionParams`` does not model (``service_tier``, forwarded as an any-llm ``**kwargs`` param), or add
    gateway-internal behavior (``mcp_servers``, ``mcp_server_ids``, ``guardrails``, ``tools_header``,
    ``max_tool_iterations``) that is stripped before the request is forwarded upstream.
    """

    frequency_penalty: float | None
    guardrails: Sequence[GuardrailConfigParam] | None
    logit_bias: Mapping[str, float] | None
    logprobs: bool | None
    max_completion_tokens: int | None
    max_tokens: int | None
    max_tool_iterations: int | None
    mcp_server_ids: Sequence[str] | None
    mcp_servers: Sequence[McpServerConfigParam] | None
    n: int | None
    parallel_tool_calls: bool | None
    presence_penalty: float | None
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh", "max", "auto"] | None
    response_format: Mapping[str, Any] | None
    seed: int | None
    service_tier: str | None
    session_label: str | None
    """Optional caller-supplied label for cost attribution (per run, experiment, or conversation). In hybrid mode it is
    forwarded onto the platform usage report so spend can be sliced by session without standing up OpenTelemetry.
    Stripped before the request is forwarded upstream to the provider. Has no effect in standalone mode, where there
    is no platform to report it to.
    """
    stop: str | Sequence[str] | None
    stream_options: Mapping[str, Any] | None
    temperature: float | None
    tool_choice: str | Mapping[str, Any] | None
    tools: Sequence[Any] | None
    tools_header: str | None
    """Optional override for the lead-in that the gateway prepends before the per-tool hint block in the system
    message. Useful for expressing global tool-selection policy (e.g. 'prefer MCP tools over code_execution'). Falls
    back to OTARI_TOOLS_HEADER env, then to the built-in default.
    """
    top_logprobs: int | None
    top_p: float | None
    user: str | None


class ResponseFields(TypedDict, total=False):
    """OpenAI Responses API-compatible request. The wire fields are derived from any-llm's ``ResponsesParams`` (see
    ``_schema_derive``) so the schema cannot silently drop a param any-llm forwards. Gateway-internal fields
    (``mcp_servers``, ``mcp_server_ids``, ``guardrails``, ``tools_header``, ``max_tool_iterations``) opt the request
    into gateway-managed MCP / sandbox / web_search / guardrails without changing the upstream wire shape. They're
    stripped before the request is forwarded.
    """

    background: bool | None
    context_management: Sequence[Mapping[str, Any]] | None
    conversation: str | Mapping[str, Any] | None
    frequency_penalty: float | None
    guardrails: Sequence[GuardrailConfigParam] | None
    include: Sequence[str] | None
    instructions: str | None
    max_output_tokens: int | None
    max_tool_calls: int | None
    max_tool_iterations: int | None
    mcp_server_ids: Sequence[str] | None
    mcp_servers: Sequence[McpServerConfigParam] | None
    metadata: Mapping[str, str] | None
    parallel_tool_calls: bool | None
    presence_penalty: float | None
    previous_response_id: str | None
    prompt_cache_key: str | None
    prompt_cache_retention: str | None
    reasoning: Mapping[str, Any] | None
    response_format: Mapping[str, Any] | None
    safety_identifier: str | None
    service_tier: str | None
    session_label: str | None
    """Optional caller-supplied label for cost attribution (per run, experiment, or conversation). In hybrid mode it is
    forwarded onto the platform usage report so spend can be sliced by session without standing up OpenTelemetry.
    Stripped before the request is forwarded upstream to the provider. Has no effect in standalone mode, where there
    is no platform to report it to.
    """
    store: bool | None
    stream_options: Mapping[str, Any] | None
    temperature: float | None
    text: Any
    tool_choice: str | Mapping[str, Any] | None
    tools: Sequence[Mapping[str, Any]] | None
    tools_header: str | None
    top_logprobs: int | None
    top_p: float | None
    truncation: str | None
    user: str | None


class MessageFields(TypedDict, total=False):
    """Anthropic Messages API-compatible request. The wire fields are derived from any-llm's ``MessagesParams`` (see
    ``_schema_derive``) so the schema cannot silently drop a param any-llm forwards. Gateway-internal fields
    (``mcp_servers``, ``mcp_server_ids``, ``guardrails``, ``tools_header``, ``max_tool_iterations``) opt the request
    into gateway-managed MCP / sandbox / web_search / guardrails without changing the upstream wire shape. They're
    stripped before the request is forwarded.
    """

    betas: Sequence[str] | None
    cache_control: Mapping[str, Any] | None
    context_management: Mapping[str, Any] | None
    guardrails: Sequence[GuardrailConfigParam] | None
    max_tool_iterations: int | None
    mcp_server_ids: Sequence[str] | None
    mcp_servers: Sequence[McpServerConfigParam] | None
    metadata: Mapping[str, Any] | None
    output_format: Mapping[str, Any] | None
    session_label: str | None
    """Optional caller-supplied label for cost attribution (per run, experiment, or conversation). In hybrid mode it is
    forwarded onto the platform usage report so spend can be sliced by session without standing up OpenTelemetry.
    Stripped before the request is forwarded upstream to the provider. Has no effect in standalone mode, where there
    is no platform to report it to.
    """
    stop_sequences: Sequence[str] | None
    system: str | Sequence[Mapping[str, Any]] | None
    temperature: float | None
    thinking: Mapping[str, Any] | None
    tool_choice: Mapping[str, Any] | None
    tools: Sequence[Mapping[str, Any]] | None
    tools_header: str | None
    top_k: int | None
    top_p: float | None


class CountTokensFields(TypedDict, total=False):
    """Anthropic ``/v1/messages/count_tokens`` request. A subset of :class:`MessagesRequest`: the input fields that
    affect the token count, minus ``max_tokens`` and the streaming/sampling controls, since the endpoint only counts
    input tokens. ``context_management`` and ``betas`` are accepted for wire compatibility, but the local estimate
    does not apply provider-side context edits. Clients such as Claude Code call this on every turn to keep their
    prompt within the model's context window.
    """

    betas: Sequence[str] | None
    cache_control: Mapping[str, Any] | None
    context_management: Mapping[str, Any] | None
    metadata: Mapping[str, Any] | None
    system: str | Sequence[Mapping[str, Any]] | None
    thinking: Mapping[str, Any] | None
    tool_choice: Mapping[str, Any] | None
    tools: Sequence[Mapping[str, Any]] | None


class EmbeddingFields(TypedDict, total=False):
    """OpenAI-compatible embedding request."""

    dimensions: int | None
    encoding_format: str | None
    user: str | None


class ModerationFields(TypedDict, total=False):
    """OpenAI-compatible moderation request."""

    user: str | None


class RerankFields(TypedDict, total=False):
    """Rerank request."""

    max_tokens_per_doc: int | None
    """Per-document truncation limit"""
    top_n: int | None
    """Maximum number of results to return"""
    user: str | None
    """User ID for usage attribution"""


class ImageGenerationFields(TypedDict, total=False):
    """OpenAI-compatible image generation request. Fields are derived from any-llm's ``ImageGenerationParams`` (see
    ``_schema_derive``) so the schema cannot silently drop a param any-llm forwards.
    """

    n: int | None
    quality: str | None
    response_format: str | None
    size: str | None
    style: str | None
    user: str | None


class SpeechFields(TypedDict, total=False):
    """OpenAI-compatible audio speech (TTS) request. The speech fields are derived from any-llm's ``AudioSpeechParams``
    (see ``_schema_derive``) so the schema cannot silently drop a param any-llm forwards. ``user`` is gateway-only
    (billing / auth scoping); it is not an any-llm param and is stripped before the request is forwarded.
    """

    instructions: str | None
    response_format: str | None
    speed: float | None
    user: str | None


class TranscriptionFields(TypedDict, total=False):
    """Body_create_transcription_v1_audio_transcriptions_post"""

    language: str | None
    prompt: str | None
    response_format: str | None
    temperature: float | None
    user: str | None


class CreateKeyFields(TypedDict, total=False):
    """Request model for creating a new API key."""

    allowed_models: Sequence[str] | None
    """Model allow-list: null = any model, [] = deny all, or canonical instance:model entries (with instance:* /
    instance:prefix* wildcards).
    """
    capture_agent_telemetry: bool | None
    """Per-key override of the deployment-wide capture_agent_telemetry setting: null (default) inherits it, true always
    stores this key's coding-agent telemetry, false always discards it. Covers both behavioral events (tool_result,
    tool_decision, user_prompt, api_error) from POST /v1/logs and outcome-metric data points (lines of code,
    commits, pull requests, active time) from POST /v1/metrics. Usage capture and billing are unaffected either way.
    """
    exclude_from_budget: bool
    """When true, requests on this key are logged with cost but never reserved, reconciled into the user's spend, or
    gated by budget.
    """
    expires_at: str | datetime.datetime | None
    """Optional expiration timestamp"""
    key_name: str | None
    """Optional name for the key"""
    metadata: Mapping[str, Any]
    """Optional metadata"""
    reject_user_mismatch: bool | None
    """Per-key override of the deployment-wide reject_user_mismatch setting: null (default) inherits it, true always
    rejects a request naming a different 'user', false always accepts it. Spend binds to this key's own user either
    way.
    """
    user_id: str | None
    """Optional user ID to associate with this key"""
    workspace_id: str | None
    """Workspace this key belongs to. Omitted means the deployment's default workspace. A key belongs to exactly one
    workspace: requests on it are scoped and billed there, so the workspace is read off the key rather than off a
    request header.
    """


class UpdateKeyFields(TypedDict, total=False):
    """Request model for updating a key."""

    allowed_models: Sequence[str] | None
    capture_agent_telemetry: bool | None
    exclude_from_budget: bool | None
    expires_at: str | datetime.datetime | None
    is_active: bool | None
    key_name: str | None
    metadata: Mapping[str, Any] | None
    reject_user_mismatch: bool | None


class CreateUserFields(TypedDict, total=False):
    """Request model for creating a new user."""

    alias: str | None
    """Optional admin-facing alias"""
    allowed_models: Sequence[str] | None
    """Default model access-list this user's keys inherit; null = unrestricted, [] = deny all"""
    blocked: bool
    """Whether user is blocked"""
    budget_id: str | None
    """Optional budget ID"""
    metadata: Mapping[str, Any]
    """Optional metadata"""


class UpdateUserFields(TypedDict, total=False):
    """Request model for updating a user."""

    alias: str | None
    allowed_models: Sequence[str] | None
    blocked: bool | None
    budget_id: str | None
    metadata: Mapping[str, Any] | None


class CreateBudgetFields(TypedDict, total=False):
    """Request model for creating a new budget."""

    budget_duration_sec: int | None
    """Budget duration in seconds (e.g., 86400 for daily, 604800 for weekly)"""
    max_budget: float | None
    """Maximum spending limit"""
    name: str | None
    """Admin-facing label for the budget"""
    reset_alignment: Literal["calendar_day", "calendar_week", "calendar_month"] | None
    """Reset on a UTC calendar boundary instead of a fixed number of seconds, which is the only way to express a
    calendar month. Mutually exclusive with budget_duration_sec
    """


class UpdateBudgetFields(TypedDict, total=False):
    """Request model for updating a budget."""

    budget_duration_sec: int | None
    max_budget: float | None
    name: str | None
    reset_alignment: Literal["calendar_day", "calendar_week", "calendar_month"] | None


class SetPricingFields(TypedDict, total=False):
    """Create a versioned per-model price, with optional cache and context tiers."""

    cache_read_price_per_million: float | None
    """Price per 1M cached-input tokens"""
    cache_write_1h_price_per_million: float | None
    """Price per 1M Anthropic 1-hour cache-write tokens"""
    cache_write_price_per_million: float | None
    """Price per 1M cache-write (creation) tokens"""
    effective_at: str | datetime.datetime | None
    """ISO 8601 datetime from which this price applies. Defaults to now if omitted."""
    pricing_tiers: Sequence[PricingTierParam] | None
    """Whole-request context thresholds. Fields omitted by a tier inherit the base rate."""


class CreateBatchFields(TypedDict, total=False):
    """CreateBatchRequest"""

    user: str | None
