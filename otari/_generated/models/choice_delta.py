from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_content_part import ChatCompletionContentPart
    from ..models.choice_delta_tool_call import ChoiceDeltaToolCall
    from ..models.choice_delta_tool_call_function import ChoiceDeltaToolCallFunction


T = TypeVar("T", bound="ChoiceDelta")


@_attrs_define
class ChoiceDelta:
    """The part of the message a chunk adds.

    Attributes:
        content (list[ChatCompletionContentPart] | None | str | Unset):
        function_call (ChoiceDeltaToolCallFunction | None | Unset):
        refusal (None | str | Unset):
        role (None | str | Unset):
        tool_calls (list[ChoiceDeltaToolCall] | None | Unset):
    """

    content: list[ChatCompletionContentPart] | None | str | Unset = UNSET
    function_call: ChoiceDeltaToolCallFunction | None | Unset = UNSET
    refusal: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    tool_calls: list[ChoiceDeltaToolCall] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_content_part import ChatCompletionContentPart  # noqa: PLC0415
        from ..models.choice_delta_tool_call import ChoiceDeltaToolCall  # noqa: PLC0415
        from ..models.choice_delta_tool_call_function import ChoiceDeltaToolCallFunction  # noqa: PLC0415

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
        elif isinstance(self.function_call, ChoiceDeltaToolCallFunction):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
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
        from ..models.choice_delta_tool_call import ChoiceDeltaToolCall  # noqa: PLC0415
        from ..models.choice_delta_tool_call_function import ChoiceDeltaToolCallFunction  # noqa: PLC0415

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

        def _parse_function_call(data: object) -> ChoiceDeltaToolCallFunction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_0 = ChoiceDeltaToolCallFunction.from_dict(data)

                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChoiceDeltaToolCallFunction | None | Unset, data)

        function_call = _parse_function_call(d.pop("function_call", UNSET))

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_tool_calls(data: object) -> list[ChoiceDeltaToolCall] | None | Unset:
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
                    tool_calls_type_0_item = ChoiceDeltaToolCall.from_dict(tool_calls_type_0_item_data)

                    tool_calls_type_0.append(tool_calls_type_0_item)

                return tool_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChoiceDeltaToolCall] | None | Unset, data)

        tool_calls = _parse_tool_calls(d.pop("tool_calls", UNSET))

        choice_delta = cls(
            content=content,
            function_call=function_call,
            refusal=refusal,
            role=role,
            tool_calls=tool_calls,
        )

        choice_delta.additional_properties = d
        return choice_delta

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

    # The generated parser, for every shape the fast one below does not handle itself.
    _generated_from_dict = from_dict

    _ChoiceDeltaToolCall = None
    _ChoiceDeltaToolCallFunction = None

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a delta's JSON: the usual shape directly, anything else through the generated parser."""
        if type(src_dict) is not dict:
            return cls._generated_from_dict(src_dict)
        d = src_dict.copy()
        content = d.pop("content", UNSET)
        if isinstance(content, list):
            return cls._generated_from_dict(src_dict)  # content parts: rare in deltas
        tool_calls = d.pop("tool_calls", UNSET)
        if isinstance(tool_calls, list):
            call_cls = cls._ChoiceDeltaToolCall
            if call_cls is None:
                from ..models.choice_delta_tool_call import (
                    ChoiceDeltaToolCall as call_cls,  # noqa: PLC0415
                )

                cls._ChoiceDeltaToolCall = call_cls
            call_from_dict = call_cls.from_dict
            try:
                tool_calls = [call_from_dict(call) for call in tool_calls]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # one bad call keeps the whole list as sent, as the generated parser does
        function_call = d.pop("function_call", UNSET)
        if isinstance(function_call, dict):
            function_cls = cls._ChoiceDeltaToolCallFunction
            if function_cls is None:
                from ..models.choice_delta_tool_call_function import (  # noqa: PLC0415
                    ChoiceDeltaToolCallFunction as function_cls,
                )

                cls._ChoiceDeltaToolCallFunction = function_cls
            try:
                function_call = function_cls.from_dict(function_call)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, as the generated parser does
        choice_delta = object.__new__(cls)
        choice_delta.content = content
        choice_delta.function_call = function_call
        choice_delta.refusal = d.pop("refusal", UNSET)
        choice_delta.role = d.pop("role", UNSET)
        choice_delta.tool_calls = tool_calls
        choice_delta.additional_properties = d
        return choice_delta
