from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.count_tokens_request_cache_control_type_0 import (
        CountTokensRequestCacheControlType0,
    )
    from ..models.count_tokens_request_context_management_type_0 import (
        CountTokensRequestContextManagementType0,
    )
    from ..models.count_tokens_request_messages_item import CountTokensRequestMessagesItem
    from ..models.count_tokens_request_metadata_type_0 import (
        CountTokensRequestMetadataType0,
    )
    from ..models.count_tokens_request_system_type_1_item import (
        CountTokensRequestSystemType1Item,
    )
    from ..models.count_tokens_request_thinking_type_0 import (
        CountTokensRequestThinkingType0,
    )
    from ..models.count_tokens_request_tool_choice_type_0 import (
        CountTokensRequestToolChoiceType0,
    )
    from ..models.count_tokens_request_tools_type_0_item import (
        CountTokensRequestToolsType0Item,
    )


T = TypeVar("T", bound="CountTokensRequest")


@_attrs_define
class CountTokensRequest:
    """Anthropic ``/v1/messages/count_tokens`` request.

    A subset of :class:`MessagesRequest`: the input fields that affect the token
    count, minus ``max_tokens`` and the streaming/sampling controls, since the
    endpoint only counts input tokens. ``context_management`` and ``betas`` are
    accepted for wire compatibility, but the local estimate does not apply
    provider-side context edits. Clients such as Claude Code call this on every
    turn to keep their prompt within the model's context window.

        Attributes:
            messages (list[CountTokensRequestMessagesItem]):
            model (str):
            betas (list[str] | None | Unset):
            cache_control (CountTokensRequestCacheControlType0 | None | Unset):
            context_management (CountTokensRequestContextManagementType0 | None | Unset):
            metadata (CountTokensRequestMetadataType0 | None | Unset):
            system (list[CountTokensRequestSystemType1Item] | None | str | Unset):
            thinking (CountTokensRequestThinkingType0 | None | Unset):
            tool_choice (CountTokensRequestToolChoiceType0 | None | Unset):
            tools (list[CountTokensRequestToolsType0Item] | None | Unset):
    """

    messages: list[CountTokensRequestMessagesItem]
    model: str
    betas: list[str] | None | Unset = UNSET
    cache_control: CountTokensRequestCacheControlType0 | None | Unset = UNSET
    context_management: CountTokensRequestContextManagementType0 | None | Unset = UNSET
    metadata: CountTokensRequestMetadataType0 | None | Unset = UNSET
    system: list[CountTokensRequestSystemType1Item] | None | str | Unset = UNSET
    thinking: CountTokensRequestThinkingType0 | None | Unset = UNSET
    tool_choice: CountTokensRequestToolChoiceType0 | None | Unset = UNSET
    tools: list[CountTokensRequestToolsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.count_tokens_request_cache_control_type_0 import (
            CountTokensRequestCacheControlType0,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_context_management_type_0 import (
            CountTokensRequestContextManagementType0,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_messages_item import (
            CountTokensRequestMessagesItem,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_metadata_type_0 import (
            CountTokensRequestMetadataType0,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_system_type_1_item import (
            CountTokensRequestSystemType1Item,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_thinking_type_0 import (
            CountTokensRequestThinkingType0,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_tool_choice_type_0 import (
            CountTokensRequestToolChoiceType0,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_tools_type_0_item import (
            CountTokensRequestToolsType0Item,  # noqa: PLC0415
        )

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
        elif isinstance(self.cache_control, CountTokensRequestCacheControlType0):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        context_management: dict[str, Any] | None | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        elif isinstance(self.context_management, CountTokensRequestContextManagementType0):
            context_management = self.context_management.to_dict()
        else:
            context_management = self.context_management

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CountTokensRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        thinking: dict[str, Any] | None | Unset
        if isinstance(self.thinking, Unset):
            thinking = UNSET
        elif isinstance(self.thinking, CountTokensRequestThinkingType0):
            thinking = self.thinking.to_dict()
        else:
            thinking = self.thinking

        tool_choice: dict[str, Any] | None | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, CountTokensRequestToolChoiceType0):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if system is not UNSET:
            field_dict["system"] = system
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.count_tokens_request_cache_control_type_0 import (
            CountTokensRequestCacheControlType0,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_context_management_type_0 import (
            CountTokensRequestContextManagementType0,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_messages_item import (
            CountTokensRequestMessagesItem,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_metadata_type_0 import (
            CountTokensRequestMetadataType0,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_system_type_1_item import (
            CountTokensRequestSystemType1Item,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_thinking_type_0 import (
            CountTokensRequestThinkingType0,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_tool_choice_type_0 import (
            CountTokensRequestToolChoiceType0,  # noqa: PLC0415
        )
        from ..models.count_tokens_request_tools_type_0_item import (
            CountTokensRequestToolsType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = CountTokensRequestMessagesItem.from_dict(messages_item_data)

            messages.append(messages_item)

        model = d.pop("model")

        def _parse_betas(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                betas_type_0 = cast(list[str], data)

                return betas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        betas = _parse_betas(d.pop("betas", UNSET))

        def _parse_cache_control(data: object) -> CountTokensRequestCacheControlType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cache_control_type_0 = CountTokensRequestCacheControlType0.from_dict(data)

                return cache_control_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountTokensRequestCacheControlType0 | None | Unset, data)

        cache_control = _parse_cache_control(d.pop("cache_control", UNSET))

        def _parse_context_management(data: object) -> CountTokensRequestContextManagementType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_management_type_0 = CountTokensRequestContextManagementType0.from_dict(data)

                return context_management_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountTokensRequestContextManagementType0 | None | Unset, data)

        context_management = _parse_context_management(d.pop("context_management", UNSET))

        def _parse_metadata(data: object) -> CountTokensRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CountTokensRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountTokensRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_system(data: object) -> list[CountTokensRequestSystemType1Item] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                system_type_1 = []
                _system_type_1 = data
                for system_type_1_item_data in _system_type_1:
                    system_type_1_item = CountTokensRequestSystemType1Item.from_dict(system_type_1_item_data)

                    system_type_1.append(system_type_1_item)

                return system_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CountTokensRequestSystemType1Item] | None | str | Unset, data)

        system = _parse_system(d.pop("system", UNSET))

        def _parse_thinking(data: object) -> CountTokensRequestThinkingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thinking_type_0 = CountTokensRequestThinkingType0.from_dict(data)

                return thinking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountTokensRequestThinkingType0 | None | Unset, data)

        thinking = _parse_thinking(d.pop("thinking", UNSET))

        def _parse_tool_choice(data: object) -> CountTokensRequestToolChoiceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_0 = CountTokensRequestToolChoiceType0.from_dict(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountTokensRequestToolChoiceType0 | None | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_tools(data: object) -> list[CountTokensRequestToolsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:
                    tools_type_0_item = CountTokensRequestToolsType0Item.from_dict(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CountTokensRequestToolsType0Item] | None | Unset, data)

        tools = _parse_tools(d.pop("tools", UNSET))

        count_tokens_request = cls(
            messages=messages,
            model=model,
            betas=betas,
            cache_control=cache_control,
            context_management=context_management,
            metadata=metadata,
            system=system,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
        )

        count_tokens_request.additional_properties = d
        return count_tokens_request

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
                "messages",
                "model",
                "betas",
                "cache_control",
                "context_management",
                "metadata",
                "system",
                "thinking",
                "tool_choice",
                "tools",
            ),
        )
