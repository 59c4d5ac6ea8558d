from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChoiceDeltaToolCallFunction")


@_attrs_define
class ChoiceDeltaToolCallFunction:
    """A fragment of a streamed function call.

    Attributes:
        arguments (None | str | Unset):
        name (None | str | Unset):
    """

    arguments: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments: None | str | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        else:
            arguments = self.arguments

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_arguments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arguments = _parse_arguments(d.pop("arguments", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        choice_delta_tool_call_function = cls(
            arguments=arguments,
            name=name,
        )

        choice_delta_tool_call_function.additional_properties = d
        return choice_delta_tool_call_function

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse tool-call arguments: the usual shape directly, anything else through the generated parser."""
        if type(src_dict) is not dict:
            return cls._generated_from_dict(src_dict)
        d = src_dict.copy()
        choice_delta_tool_call_function = object.__new__(cls)
        choice_delta_tool_call_function.arguments = d.pop("arguments", UNSET)
        choice_delta_tool_call_function.name = d.pop("name", UNSET)
        choice_delta_tool_call_function.additional_properties = d
        return choice_delta_tool_call_function
