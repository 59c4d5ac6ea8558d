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
    from ..models.messages_request_cache_control_type_0 import (
        MessagesRequestCacheControlType0,
    )
    from ..models.messages_request_context_management_type_0 import (
        MessagesRequestContextManagementType0,
    )
    from ..models.messages_request_messages_item import MessagesRequestMessagesItem
    from ..models.messages_request_metadata_type_0 import MessagesRequestMetadataType0
    from ..models.messages_request_output_format_type_0 import (
        MessagesRequestOutputFormatType0,
    )
    from ..models.messages_request_system_type_1_item import (
        MessagesRequestSystemType1Item,
    )
    from ..models.messages_request_thinking_type_0 import MessagesRequestThinkingType0
    from ..models.messages_request_tool_choice_type_0 import (
        MessagesRequestToolChoiceType0,
    )
    from ..models.messages_request_tools_type_0_item import MessagesRequestToolsType0Item


T = TypeVar("T", bound="MessagesRequest")


@_attrs_define
class MessagesRequest:
    """Anthropic Messages API-compatible request.

    The wire fields are derived from any-llm's ``MessagesParams`` (see
    ``_schema_derive``) so the schema cannot silently drop a param any-llm
    forwards. Gateway-internal fields (``mcp_servers``, ``mcp_server_ids``,
    ``guardrails``, ``tools_header``, ``max_tool_iterations``) opt the request
    into gateway-managed MCP / sandbox / web_search / guardrails without
    changing the upstream wire shape. They're stripped before the request is
    forwarded.

        Attributes:
            max_tokens (int):
            messages (list[MessagesRequestMessagesItem]):
            model (str):
            betas (list[str] | None | Unset):
            cache_control (MessagesRequestCacheControlType0 | None | Unset):
            context_management (MessagesRequestContextManagementType0 | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            max_tool_iterations (int | None | Unset):
            mcp_server_ids (list[UUID] | None | Unset):
            mcp_servers (list[McpServerConfig] | None | Unset):
            metadata (MessagesRequestMetadataType0 | None | Unset):
            output_format (MessagesRequestOutputFormatType0 | None | Unset):
            session_label (None | str | Unset): Optional caller-supplied label for cost attribution (per run, experiment, or
                conversation). In hybrid mode it is forwarded onto the platform usage report so spend can be sliced by session
                without standing up OpenTelemetry. Stripped before the request is forwarded upstream to the provider. Has no
                effect in standalone mode, where there is no platform to report it to.
            stop_sequences (list[str] | None | Unset):
            stream (bool | Unset):
            system (list[MessagesRequestSystemType1Item] | None | str | Unset):
            temperature (float | None | Unset):
            thinking (MessagesRequestThinkingType0 | None | Unset):
            tool_choice (MessagesRequestToolChoiceType0 | None | Unset):
            tools (list[MessagesRequestToolsType0Item] | None | Unset):
            tools_header (None | str | Unset):
            top_k (int | None | Unset):
            top_p (float | None | Unset):
    """

    max_tokens: int
    messages: list[MessagesRequestMessagesItem]
    model: str
    betas: list[str] | None | Unset = UNSET
    cache_control: MessagesRequestCacheControlType0 | None | Unset = UNSET
    context_management: MessagesRequestContextManagementType0 | None | Unset = UNSET
    guardrails: list[GuardrailConfig] | None | Unset = UNSET
    max_tool_iterations: int | None | Unset = UNSET
    mcp_server_ids: list[UUID] | None | Unset = UNSET
    mcp_servers: list[McpServerConfig] | None | Unset = UNSET
    metadata: MessagesRequestMetadataType0 | None | Unset = UNSET
    output_format: MessagesRequestOutputFormatType0 | None | Unset = UNSET
    session_label: None | str | Unset = UNSET
    stop_sequences: list[str] | None | Unset = UNSET
    stream: bool | Unset = UNSET
    system: list[MessagesRequestSystemType1Item] | None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    thinking: MessagesRequestThinkingType0 | None | Unset = UNSET
    tool_choice: MessagesRequestToolChoiceType0 | None | Unset = UNSET
    tools: list[MessagesRequestToolsType0Item] | None | Unset = UNSET
    tools_header: None | str | Unset = UNSET
    top_k: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        max_tokens = self.max_tokens

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        model = self.model

        betas: list[str] | None | Unset
        if isinstance(self.betas, Unset):
            betas = UNSET
        elif isinstance(self.betas, list):
            betas = self.betas

        else:
            betas = self.betas

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, MessagesRequestCacheControlType0):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        context_management: dict[str, Any] | None | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        elif isinstance(self.context_management, MessagesRequestContextManagementType0):
            context_management = self.context_management.to_dict()
        else:
            context_management = self.context_management

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
        elif isinstance(self.metadata, MessagesRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        output_format: dict[str, Any] | None | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, MessagesRequestOutputFormatType0):
            output_format = self.output_format.to_dict()
        else:
            output_format = self.output_format

        session_label: None | str | Unset
        if isinstance(self.session_label, Unset):
            session_label = UNSET
        else:
            session_label = self.session_label

        stop_sequences: list[str] | None | Unset
        if isinstance(self.stop_sequences, Unset):
            stop_sequences = UNSET
        elif isinstance(self.stop_sequences, list):
            stop_sequences = self.stop_sequences

        else:
            stop_sequences = self.stop_sequences

        stream = self.stream

        system: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = []
            for system_type_1_item_data in self.system:
                system_type_1_item = system_type_1_item_data.to_dict()
                system.append(system_type_1_item)

        else:
            system = self.system

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        thinking: dict[str, Any] | None | Unset
        if isinstance(self.thinking, Unset):
            thinking = UNSET
        elif isinstance(self.thinking, MessagesRequestThinkingType0):
            thinking = self.thinking.to_dict()
        else:
            thinking = self.thinking

        tool_choice: dict[str, Any] | None | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, MessagesRequestToolChoiceType0):
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

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_tokens": max_tokens,
                "messages": messages,
                "model": model,
            }
        )
        if betas is not UNSET:
            field_dict["betas"] = betas
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if max_tool_iterations is not UNSET:
            field_dict["max_tool_iterations"] = max_tool_iterations
        if mcp_server_ids is not UNSET:
            field_dict["mcp_server_ids"] = mcp_server_ids
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if session_label is not UNSET:
            field_dict["session_label"] = session_label
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if stream is not UNSET:
            field_dict["stream"] = stream
        if system is not UNSET:
            field_dict["system"] = system
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tools_header is not UNSET:
            field_dict["tools_header"] = tools_header
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        max_tokens = d.pop("max_tokens")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MessagesRequestMessagesItem.from_dict(messages_item_data)

            messages.append(messages_item)

        model = d.pop("model")

        betas = d.pop("betas", UNSET)
        if betas is not None and not isinstance(betas, Unset):
            try:
                if not isinstance(betas, list):
                    raise TypeError()
                betas_type_0 = cast(list[str], betas)

                betas = betas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        cache_control = d.pop("cache_control", UNSET)
        if cache_control is not None and not isinstance(cache_control, Unset):
            try:
                if not isinstance(cache_control, dict):
                    raise TypeError()
                cache_control_type_0 = MessagesRequestCacheControlType0.from_dict(cache_control)

                cache_control = cache_control_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        context_management = d.pop("context_management", UNSET)
        if context_management is not None and not isinstance(context_management, Unset):
            try:
                if not isinstance(context_management, dict):
                    raise TypeError()
                context_management_type_0 = MessagesRequestContextManagementType0.from_dict(context_management)

                context_management = context_management_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

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
                metadata_type_0 = MessagesRequestMetadataType0.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        output_format = d.pop("output_format", UNSET)
        if output_format is not None and not isinstance(output_format, Unset):
            try:
                if not isinstance(output_format, dict):
                    raise TypeError()
                output_format_type_0 = MessagesRequestOutputFormatType0.from_dict(output_format)

                output_format = output_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        session_label = d.pop("session_label", UNSET)

        stop_sequences = d.pop("stop_sequences", UNSET)
        if stop_sequences is not None and not isinstance(stop_sequences, Unset):
            try:
                if not isinstance(stop_sequences, list):
                    raise TypeError()
                stop_sequences_type_0 = cast(list[str], stop_sequences)

                stop_sequences = stop_sequences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        stream = d.pop("stream", UNSET)

        system = d.pop("system", UNSET)
        if system is not None and not isinstance(system, Unset):
            try:
                if not isinstance(system, list):
                    raise TypeError()
                system_type_1 = []
                _system_type_1 = system
                for system_type_1_item_data in _system_type_1:
                    system_type_1_item = MessagesRequestSystemType1Item.from_dict(system_type_1_item_data)

                    system_type_1.append(system_type_1_item)

                system = system_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        temperature = d.pop("temperature", UNSET)

        thinking = d.pop("thinking", UNSET)
        if thinking is not None and not isinstance(thinking, Unset):
            try:
                if not isinstance(thinking, dict):
                    raise TypeError()
                thinking_type_0 = MessagesRequestThinkingType0.from_dict(thinking)

                thinking = thinking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tool_choice = d.pop("tool_choice", UNSET)
        if tool_choice is not None and not isinstance(tool_choice, Unset):
            try:
                if not isinstance(tool_choice, dict):
                    raise TypeError()
                tool_choice_type_0 = MessagesRequestToolChoiceType0.from_dict(tool_choice)

                tool_choice = tool_choice_type_0
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
                    tools_type_0_item = MessagesRequestToolsType0Item.from_dict(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                tools = tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tools_header = d.pop("tools_header", UNSET)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        messages_request = cls(
            max_tokens,
            messages,
            model,
            betas,
            cache_control,
            context_management,
            guardrails,
            max_tool_iterations,
            mcp_server_ids,
            mcp_servers,
            metadata,
            output_format,
            session_label,
            stop_sequences,
            stream,
            system,
            temperature,
            thinking,
            tool_choice,
            tools,
            tools_header,
            top_k,
            top_p,
        )

        messages_request.additional_properties = d
        return messages_request

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
                "max_tokens",
                "messages",
                "model",
                "betas",
                "cache_control",
                "context_management",
                "guardrails",
                "max_tool_iterations",
                "mcp_server_ids",
                "mcp_servers",
                "metadata",
                "output_format",
                "session_label",
                "stop_sequences",
                "stream",
                "system",
                "temperature",
                "thinking",
                "tool_choice",
                "tools",
                "tools_header",
                "top_k",
                "top_p",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes MessagesRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, GuardrailConfig, McpServerConfig, MessagesRequestCacheControlType0, MessagesRequestContextManagementType0, MessagesRequestMessagesItem, MessagesRequestMetadataType0, MessagesRequestOutputFormatType0, MessagesRequestSystemType1Item, MessagesRequestThinkingType0, MessagesRequestToolChoiceType0, MessagesRequestToolsType0Item  # noqa: PLW0603
    from ..models.guardrail_config import GuardrailConfig  # noqa: PLC0415
    from ..models.mcp_server_config import McpServerConfig  # noqa: PLC0415
    from ..models.messages_request_cache_control_type_0 import (
        MessagesRequestCacheControlType0,  # noqa: PLC0415
    )
    from ..models.messages_request_context_management_type_0 import (
        MessagesRequestContextManagementType0,  # noqa: PLC0415
    )
    from ..models.messages_request_messages_item import MessagesRequestMessagesItem  # noqa: PLC0415
    from ..models.messages_request_metadata_type_0 import MessagesRequestMetadataType0  # noqa: PLC0415
    from ..models.messages_request_output_format_type_0 import (
        MessagesRequestOutputFormatType0,  # noqa: PLC0415
    )
    from ..models.messages_request_system_type_1_item import (
        MessagesRequestSystemType1Item,  # noqa: PLC0415
    )
    from ..models.messages_request_thinking_type_0 import MessagesRequestThinkingType0  # noqa: PLC0415
    from ..models.messages_request_tool_choice_type_0 import (
        MessagesRequestToolChoiceType0,  # noqa: PLC0415
    )
    from ..models.messages_request_tools_type_0_item import (
        MessagesRequestToolsType0Item,  # noqa: PLC0415
    )

    _imported = True
