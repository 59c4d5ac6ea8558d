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
        if not _imported:
            _import_lazy()
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
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = CountTokensRequestMessagesItem.from_dict(messages_item_data)

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
                cache_control_type_0 = CountTokensRequestCacheControlType0.from_dict(cache_control)

                cache_control = cache_control_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        context_management = d.pop("context_management", UNSET)
        if context_management is not None and not isinstance(context_management, Unset):
            try:
                if not isinstance(context_management, dict):
                    raise TypeError()
                context_management_type_0 = CountTokensRequestContextManagementType0.from_dict(context_management)

                context_management = context_management_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        metadata = d.pop("metadata", UNSET)
        if metadata is not None and not isinstance(metadata, Unset):
            try:
                if not isinstance(metadata, dict):
                    raise TypeError()
                metadata_type_0 = CountTokensRequestMetadataType0.from_dict(metadata)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        system = d.pop("system", UNSET)
        if system is not None and not isinstance(system, Unset):
            try:
                if not isinstance(system, list):
                    raise TypeError()
                system_type_1 = []
                _system_type_1 = system
                for system_type_1_item_data in _system_type_1:
                    system_type_1_item = CountTokensRequestSystemType1Item.from_dict(system_type_1_item_data)

                    system_type_1.append(system_type_1_item)

                system = system_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        thinking = d.pop("thinking", UNSET)
        if thinking is not None and not isinstance(thinking, Unset):
            try:
                if not isinstance(thinking, dict):
                    raise TypeError()
                thinking_type_0 = CountTokensRequestThinkingType0.from_dict(thinking)

                thinking = thinking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tool_choice = d.pop("tool_choice", UNSET)
        if tool_choice is not None and not isinstance(tool_choice, Unset):
            try:
                if not isinstance(tool_choice, dict):
                    raise TypeError()
                tool_choice_type_0 = CountTokensRequestToolChoiceType0.from_dict(tool_choice)

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
                    tools_type_0_item = CountTokensRequestToolsType0Item.from_dict(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                tools = tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        count_tokens_request = cls(
            messages,
            model,
            betas,
            cache_control,
            context_management,
            metadata,
            system,
            thinking,
            tool_choice,
            tools,
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


_imported = False


def _import_lazy() -> None:
    """Import the model classes CountTokensRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, CountTokensRequestCacheControlType0, CountTokensRequestContextManagementType0, CountTokensRequestMessagesItem, CountTokensRequestMetadataType0, CountTokensRequestSystemType1Item, CountTokensRequestThinkingType0, CountTokensRequestToolChoiceType0, CountTokensRequestToolsType0Item  # noqa: PLW0603
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

    _imported = True
