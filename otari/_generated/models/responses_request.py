from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.guardrail_config import GuardrailConfig
    from ..models.mcp_server_config import McpServerConfig
    from ..models.responses_request_context_management_type_0_item import (
        ResponsesRequestContextManagementType0Item,
    )
    from ..models.responses_request_conversation_type_1 import (
        ResponsesRequestConversationType1,
    )
    from ..models.responses_request_metadata_type_0 import ResponsesRequestMetadataType0
    from ..models.responses_request_reasoning_type_0 import ResponsesRequestReasoningType0
    from ..models.responses_request_response_format_type_0 import (
        ResponsesRequestResponseFormatType0,
    )
    from ..models.responses_request_stream_options_type_0 import (
        ResponsesRequestStreamOptionsType0,
    )
    from ..models.responses_request_tool_choice_type_1 import (
        ResponsesRequestToolChoiceType1,
    )
    from ..models.responses_request_tools_type_0_item import (
        ResponsesRequestToolsType0Item,
    )


T = TypeVar("T", bound="ResponsesRequest")


@_attrs_define
class ResponsesRequest:
    """OpenAI Responses API-compatible request.

    The wire fields are derived from any-llm's ``ResponsesParams`` (see
    ``_schema_derive``) so the schema cannot silently drop a param any-llm
    forwards. Gateway-internal fields (``mcp_servers``, ``mcp_server_ids``,
    ``guardrails``, ``tools_header``, ``max_tool_iterations``) opt the request
    into gateway-managed MCP / sandbox / web_search / guardrails without
    changing the upstream wire shape. They're stripped before the request is
    forwarded.

        Attributes:
            input_ (Any):
            model (str):
            background (bool | None | Unset):
            context_management (list[ResponsesRequestContextManagementType0Item] | None | Unset):
            conversation (None | ResponsesRequestConversationType1 | str | Unset):
            frequency_penalty (float | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            include (list[str] | None | Unset):
            instructions (None | str | Unset):
            max_output_tokens (int | None | Unset):
            max_tool_calls (int | None | Unset):
            max_tool_iterations (int | None | Unset):
            mcp_server_ids (list[UUID] | None | Unset):
            mcp_servers (list[McpServerConfig] | None | Unset):
            metadata (None | ResponsesRequestMetadataType0 | Unset):
            parallel_tool_calls (bool | None | Unset):
            presence_penalty (float | None | Unset):
            previous_response_id (None | str | Unset):
            prompt_cache_key (None | str | Unset):
            prompt_cache_retention (None | str | Unset):
            reasoning (None | ResponsesRequestReasoningType0 | Unset):
            response_format (None | ResponsesRequestResponseFormatType0 | Unset):
            safety_identifier (None | str | Unset):
            service_tier (None | str | Unset):
            session_label (None | str | Unset): Optional caller-supplied label for cost attribution (per run, experiment, or
                conversation). In hybrid mode it is forwarded onto the platform usage report so spend can be sliced by session
                without standing up OpenTelemetry. Stripped before the request is forwarded upstream to the provider. Has no
                effect in standalone mode, where there is no platform to report it to.
            store (bool | None | Unset):
            stream (bool | Unset):
            stream_options (None | ResponsesRequestStreamOptionsType0 | Unset):
            temperature (float | None | Unset):
            text (Any | None | Unset):
            tool_choice (None | ResponsesRequestToolChoiceType1 | str | Unset):
            tools (list[ResponsesRequestToolsType0Item] | None | Unset):
            tools_header (None | str | Unset):
            top_logprobs (int | None | Unset):
            top_p (float | None | Unset):
            truncation (None | str | Unset):
            user (None | str | Unset):
    """

    input_: Any
    model: str
    background: bool | None | Unset = UNSET
    context_management: list[ResponsesRequestContextManagementType0Item] | None | Unset = UNSET
    conversation: None | ResponsesRequestConversationType1 | str | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    guardrails: list[GuardrailConfig] | None | Unset = UNSET
    include: list[str] | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    max_tool_iterations: int | None | Unset = UNSET
    mcp_server_ids: list[UUID] | None | Unset = UNSET
    mcp_servers: list[McpServerConfig] | None | Unset = UNSET
    metadata: None | ResponsesRequestMetadataType0 | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_retention: None | str | Unset = UNSET
    reasoning: None | ResponsesRequestReasoningType0 | Unset = UNSET
    response_format: None | ResponsesRequestResponseFormatType0 | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    session_label: None | str | Unset = UNSET
    store: bool | None | Unset = UNSET
    stream: bool | Unset = UNSET
    stream_options: None | ResponsesRequestStreamOptionsType0 | Unset = UNSET
    temperature: float | None | Unset = UNSET
    text: Any | None | Unset = UNSET
    tool_choice: None | ResponsesRequestToolChoiceType1 | str | Unset = UNSET
    tools: list[ResponsesRequestToolsType0Item] | None | Unset = UNSET
    tools_header: None | str | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    truncation: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        input_ = self.input_

        model = self.model

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        context_management: list[dict[str, Any]] | None | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        elif isinstance(self.context_management, list):
            context_management = []
            for context_management_type_0_item_data in self.context_management:
                context_management_type_0_item = context_management_type_0_item_data.to_dict()
                context_management.append(context_management_type_0_item)

        else:
            context_management = self.context_management

        conversation: dict[str, Any] | None | str | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ResponsesRequestConversationType1):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        guardrails: list[dict[str, Any]] | None | Unset
        if isinstance(self.guardrails, Unset):
            guardrails = UNSET
        elif isinstance(self.guardrails, list):
            guardrails = []
            for guardrails_type_0_item_data in self.guardrails:
                guardrails_type_0_item = guardrails_type_0_item_data.to_dict()
                guardrails.append(guardrails_type_0_item)

        else:
            guardrails = self.guardrails

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = self.include

        else:
            include = self.include

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        max_tool_iterations: int | None | Unset
        if isinstance(self.max_tool_iterations, Unset):
            max_tool_iterations = UNSET
        else:
            max_tool_iterations = self.max_tool_iterations

        mcp_server_ids: list[str] | None | Unset
        if isinstance(self.mcp_server_ids, Unset):
            mcp_server_ids = UNSET
        elif isinstance(self.mcp_server_ids, list):
            mcp_server_ids = []
            for mcp_server_ids_type_0_item_data in self.mcp_server_ids:
                mcp_server_ids_type_0_item = str(mcp_server_ids_type_0_item_data)
                mcp_server_ids.append(mcp_server_ids_type_0_item)

        else:
            mcp_server_ids = self.mcp_server_ids

        mcp_servers: list[dict[str, Any]] | None | Unset
        if isinstance(self.mcp_servers, Unset):
            mcp_servers = UNSET
        elif isinstance(self.mcp_servers, list):
            mcp_servers = []
            for mcp_servers_type_0_item_data in self.mcp_servers:
                mcp_servers_type_0_item = mcp_servers_type_0_item_data.to_dict()
                mcp_servers.append(mcp_servers_type_0_item)

        else:
            mcp_servers = self.mcp_servers

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ResponsesRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        else:
            prompt_cache_retention = self.prompt_cache_retention

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ResponsesRequestReasoningType0):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        response_format: dict[str, Any] | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponsesRequestResponseFormatType0):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        session_label: None | str | Unset
        if isinstance(self.session_label, Unset):
            session_label = UNSET
        else:
            session_label = self.session_label

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ResponsesRequestStreamOptionsType0):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        text: Any | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ResponsesRequestToolChoiceType1):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tools_header: None | str | Unset
        if isinstance(self.tools_header, Unset):
            tools_header = UNSET
        else:
            tools_header = self.tools_header

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        else:
            truncation = self.truncation

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "model": model,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if include is not UNSET:
            field_dict["include"] = include
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if max_tool_iterations is not UNSET:
            field_dict["max_tool_iterations"] = max_tool_iterations
        if mcp_server_ids is not UNSET:
            field_dict["mcp_server_ids"] = mcp_server_ids
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if session_label is not UNSET:
            field_dict["session_label"] = session_label
        if store is not UNSET:
            field_dict["store"] = store
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if text is not UNSET:
            field_dict["text"] = text
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tools_header is not UNSET:
            field_dict["tools_header"] = tools_header
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        input_ = d.pop("input")

        model = d.pop("model")

        background = d.pop("background", UNSET)

        context_management = d.pop("context_management", UNSET)
        if context_management is not None and not isinstance(context_management, Unset):
            try:
                if not isinstance(context_management, list):
                    raise TypeError()
                context_management_type_0 = []
                _context_management_type_0 = context_management
                for context_management_type_0_item_data in _context_management_type_0:
                    context_management_type_0_item = ResponsesRequestContextManagementType0Item.from_dict(
                        context_management_type_0_item_data
                    )

                    context_management_type_0.append(context_management_type_0_item)

                context_management = context_management_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        conversation = d.pop("conversation", UNSET)
        if conversation is not None and not isinstance(conversation, Unset):
            try:
                if not isinstance(conversation, dict):
                    raise TypeError()
                conversation_type_1 = ResponsesRequestConversationType1.from_dict(conversation)

                conversation = conversation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        guardrails = d.pop("guardrails", UNSET)
        if guardrails is not None and not isinstance(guardrails, Unset):
            try:
                if not isinstance(guardrails, list):
                    raise TypeError()
                guardrails_type_0 = []
                _guardrails_type_0 = guardrails
                for guardrails_type_0_item_data in _guardrails_type_0:
                    guardrails_type_0_item = GuardrailConfig.from_dict(guardrails_type_0_item_data)

                    guardrails_type_0.append(guardrails_type_0_item)

                guardrails = guardrails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        include = d.pop("include", UNSET)
        if include is not None and not isinstance(include, Unset):
            try:
                if not isinstance(include, list):
                    raise TypeError()
                include_type_0 = cast(list[str], include)

                include = include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        instructions = d.pop("instructions", UNSET)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        max_tool_iterations = d.pop("max_tool_iterations", UNSET)

        mcp_server_ids = d.pop("mcp_server_ids", UNSET)
        if mcp_server_ids is not None and not isinstance(mcp_server_ids, Unset):
            try:
                if not isinstance(mcp_server_ids, list):
                    raise TypeError()
                mcp_server_ids_type_0 = []
                _mcp_server_ids_type_0 = mcp_server_ids
                for mcp_server_ids_type_0_item_data in _mcp_server_ids_type_0:
                    mcp_server_ids_type_0_item = UUID(mcp_server_ids_type_0_item_data)

                    mcp_server_ids_type_0.append(mcp_server_ids_type_0_item)

                mcp_server_ids = mcp_server_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        mcp_servers = d.pop("mcp_servers", UNSET)
        if mcp_servers is not None and not isinstance(mcp_servers, Unset):
            try:
                if not isinstance(mcp_servers, list):
                    raise TypeError()
                mcp_servers_type_0 = []
                _mcp_servers_type_0 = mcp_servers
                for mcp_servers_type_0_item_data in _mcp_servers_type_0:
                    mcp_servers_type_0_item = McpServerConfig.from_dict(mcp_servers_type_0_item_data)

                    mcp_servers_type_0.append(mcp_servers_type_0_item)

                mcp_servers = mcp_servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and not isinstance(metadata, Unset):
            try:
                if not isinstance(metadata, dict):
                    raise TypeError()
                metadata_type_0 = ResponsesRequestMetadataType0.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        previous_response_id = d.pop("previous_response_id", UNSET)

        prompt_cache_key = d.pop("prompt_cache_key", UNSET)

        prompt_cache_retention = d.pop("prompt_cache_retention", UNSET)

        reasoning = d.pop("reasoning", UNSET)
        if reasoning is not None and not isinstance(reasoning, Unset):
            try:
                if not isinstance(reasoning, dict):
                    raise TypeError()
                reasoning_type_0 = ResponsesRequestReasoningType0.from_dict(reasoning)

                reasoning = reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        response_format = d.pop("response_format", UNSET)
        if response_format is not None and not isinstance(response_format, Unset):
            try:
                if not isinstance(response_format, dict):
                    raise TypeError()
                response_format_type_0 = ResponsesRequestResponseFormatType0.from_dict(response_format)

                response_format = response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        safety_identifier = d.pop("safety_identifier", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        session_label = d.pop("session_label", UNSET)

        store = d.pop("store", UNSET)

        stream = d.pop("stream", UNSET)

        stream_options = d.pop("stream_options", UNSET)
        if stream_options is not None and not isinstance(stream_options, Unset):
            try:
                if not isinstance(stream_options, dict):
                    raise TypeError()
                stream_options_type_0 = ResponsesRequestStreamOptionsType0.from_dict(stream_options)

                stream_options = stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        temperature = d.pop("temperature", UNSET)

        text = d.pop("text", UNSET)

        tool_choice = d.pop("tool_choice", UNSET)
        if tool_choice is not None and not isinstance(tool_choice, Unset):
            try:
                if not isinstance(tool_choice, dict):
                    raise TypeError()
                tool_choice_type_1 = ResponsesRequestToolChoiceType1.from_dict(tool_choice)

                tool_choice = tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tools = d.pop("tools", UNSET)
        if tools is not None and not isinstance(tools, Unset):
            try:
                if not isinstance(tools, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = tools
                for tools_type_0_item_data in _tools_type_0:
                    tools_type_0_item = ResponsesRequestToolsType0Item.from_dict(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                tools = tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tools_header = d.pop("tools_header", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        top_p = d.pop("top_p", UNSET)

        truncation = d.pop("truncation", UNSET)

        user = d.pop("user", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        responses_request = cls(
            input_,
            model,
            background,
            context_management,
            conversation,
            frequency_penalty,
            guardrails,
            include,
            instructions,
            max_output_tokens,
            max_tool_calls,
            max_tool_iterations,
            mcp_server_ids,
            mcp_servers,
            metadata,
            parallel_tool_calls,
            presence_penalty,
            previous_response_id,
            prompt_cache_key,
            prompt_cache_retention,
            reasoning,
            response_format,
            safety_identifier,
            service_tier,
            session_label,
            store,
            stream,
            stream_options,
            temperature,
            text,
            tool_choice,
            tools,
            tools_header,
            top_logprobs,
            top_p,
            truncation,
            user,
        )

        responses_request.additional_properties = d
        return responses_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return compact_repr(
            self,
            (
                "input_",
                "model",
                "background",
                "context_management",
                "conversation",
                "frequency_penalty",
                "guardrails",
                "include",
                "instructions",
                "max_output_tokens",
                "max_tool_calls",
                "max_tool_iterations",
                "mcp_server_ids",
                "mcp_servers",
                "metadata",
                "parallel_tool_calls",
                "presence_penalty",
                "previous_response_id",
                "prompt_cache_key",
                "prompt_cache_retention",
                "reasoning",
                "response_format",
                "safety_identifier",
                "service_tier",
                "session_label",
                "store",
                "stream",
                "stream_options",
                "temperature",
                "text",
                "tool_choice",
                "tools",
                "tools_header",
                "top_logprobs",
                "top_p",
                "truncation",
                "user",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes ResponsesRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, GuardrailConfig, McpServerConfig, ResponsesRequestContextManagementType0Item, ResponsesRequestConversationType1, ResponsesRequestMetadataType0, ResponsesRequestReasoningType0, ResponsesRequestResponseFormatType0, ResponsesRequestStreamOptionsType0, ResponsesRequestToolChoiceType1, ResponsesRequestToolsType0Item  # noqa: PLW0603
    from ..models.guardrail_config import GuardrailConfig  # noqa: PLC0415
    from ..models.mcp_server_config import McpServerConfig  # noqa: PLC0415
    from ..models.responses_request_context_management_type_0_item import (
        ResponsesRequestContextManagementType0Item,  # noqa: PLC0415
    )
    from ..models.responses_request_conversation_type_1 import (
        ResponsesRequestConversationType1,  # noqa: PLC0415
    )
    from ..models.responses_request_metadata_type_0 import ResponsesRequestMetadataType0  # noqa: PLC0415
    from ..models.responses_request_reasoning_type_0 import (
        ResponsesRequestReasoningType0,  # noqa: PLC0415
    )
    from ..models.responses_request_response_format_type_0 import (
        ResponsesRequestResponseFormatType0,  # noqa: PLC0415
    )
    from ..models.responses_request_stream_options_type_0 import (
        ResponsesRequestStreamOptionsType0,  # noqa: PLC0415
    )
    from ..models.responses_request_tool_choice_type_1 import (
        ResponsesRequestToolChoiceType1,  # noqa: PLC0415
    )
    from ..models.responses_request_tools_type_0_item import (
        ResponsesRequestToolsType0Item,  # noqa: PLC0415
    )

    _imported = True
