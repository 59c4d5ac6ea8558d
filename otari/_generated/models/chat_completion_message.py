from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_content_part import ChatCompletionContentPart
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.function_call import FunctionCall


T = TypeVar("T", bound="ChatCompletionMessage")


@_attrs_define
class ChatCompletionMessage:
    """The assistant message of a choice. `content` is a string, a list of content parts, or null; fields such as any-llm's
    `reasoning` are kept in `additional_properties`.

        Attributes:
            content (list[ChatCompletionContentPart] | None | str | Unset):
            function_call (FunctionCall | None | Unset):
            refusal (None | str | Unset):
            role (str | Unset):
            tool_calls (list[ChatCompletionMessageToolCall] | None | Unset):
    """

    content: list[ChatCompletionContentPart] | None | str | Unset = UNSET
    function_call: FunctionCall | None | Unset = UNSET
    refusal: None | str | Unset = UNSET
    role: str | Unset = UNSET
    tool_calls: list[ChatCompletionMessageToolCall] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_content_part import ChatCompletionContentPart  # noqa: PLC0415
        from ..models.chat_completion_message_tool_call import (
            ChatCompletionMessageToolCall,  # noqa: PLC0415
        )
        from ..models.function_call import FunctionCall  # noqa: PLC0415

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        function_call: dict[str, Any] | None | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, FunctionCall):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        role = self.role

        tool_calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.tool_calls, Unset):
            tool_calls = UNSET
        elif isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_type_0_item_data in self.tool_calls:
                tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                tool_calls.append(tool_calls_type_0_item)

        else:
            tool_calls = self.tool_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if role is not UNSET:
            field_dict["role"] = role
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_content_part import ChatCompletionContentPart  # noqa: PLC0415
        from ..models.chat_completion_message_tool_call import (
            ChatCompletionMessageToolCall,  # noqa: PLC0415
        )
        from ..models.function_call import FunctionCall  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_content(data: object) -> list[ChatCompletionContentPart] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ChatCompletionContentPart.from_dict(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionContentPart] | None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_function_call(data: object) -> FunctionCall | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_0 = FunctionCall.from_dict(data)

                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunctionCall | None | Unset, data)

        function_call = _parse_function_call(d.pop("function_call", UNSET))

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        role = d.pop("role", UNSET)

        def _parse_tool_calls(data: object) -> list[ChatCompletionMessageToolCall] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tool_calls_type_0 = []
                _tool_calls_type_0 = data
                for tool_calls_type_0_item_data in _tool_calls_type_0:
                    tool_calls_type_0_item = ChatCompletionMessageToolCall.from_dict(tool_calls_type_0_item_data)

                    tool_calls_type_0.append(tool_calls_type_0_item)

                return tool_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionMessageToolCall] | None | Unset, data)

        tool_calls = _parse_tool_calls(d.pop("tool_calls", UNSET))

        chat_completion_message = cls(
            content=content,
            function_call=function_call,
            refusal=refusal,
            role=role,
            tool_calls=tool_calls,
        )

        chat_completion_message.additional_properties = d
        return chat_completion_message

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

    def content_string(self) -> str:
        """The message text as one string.

        String content is returned as is. Content sent as a list of parts gives the ``text`` of its
        ``"text"`` parts joined together (other parts, such as images or reasoning, are left out). No
        content (``None``, or a tool-call-only message) gives ``""``.
        """
        from ..models.chat_completion_content_part import ChatCompletionContentPart  # noqa: PLC0415

        content = self.content
        if isinstance(content, str):
            return content
        if not isinstance(content, list):
            return ""
        texts: list[str] = []
        for part in content:
            # A list the generated parser could not type is kept as sent, so parts may be plain dicts.
            if isinstance(part, ChatCompletionContentPart):
                kind, text = part.type_, part.text
            elif isinstance(part, dict):
                kind, text = part.get("type"), part.get("text")
            else:
                continue
            if kind == "text" and isinstance(text, str):
                texts.append(text)
        return "".join(texts)
