from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ChoiceDeltaToolCallFunction")


@_attrs_define
class ChoiceDeltaToolCallFunction:
    """A fragment of a streamed function call.

    Attributes:
        arguments (None | str):
        name (None | str):
    """

    arguments: None | str = None
    name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if self.arguments is not None:
            arguments: None | str | Unset
            if isinstance(self.arguments, Unset):
                arguments = UNSET
            else:
                arguments = self.arguments
            field_dict["arguments"] = arguments
        elif wire is not None and "arguments" in wire:
            field_dict["arguments"] = None
        if self.name is not None:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
            field_dict["name"] = name
        elif wire is not None and "name" in wire:
            field_dict["name"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arguments = d.pop("arguments", None)

        name = d.pop("name", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        choice_delta_tool_call_function = cls(
            arguments,
            name,
        )
        choice_delta_tool_call_function._wire = src_dict

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

    def __repr__(self) -> str:
        return compact_repr(
            self,
            (
                "arguments",
                "name",
            ),
        )

    # The gateway's Otari-Request-ID / Otari-Attempt-ID of the response this model was read from, set by
    # the SDK on the result it returns (nested models keep None). Not a field of the wire object: left out
    # of __init__, to_dict, repr and ==.
    _otari_ids: tuple[str | None, str | None] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def request_id(self) -> str | None:
        """The gateway's ``Otari-Request-ID`` for this result (None when the gateway sent none)."""
        ids = getattr(self, "_otari_ids", None)
        return ids[0] if ids else None

    @property
    def attempt_id(self) -> str | None:
        """The gateway's ``Otari-Attempt-ID`` for this result (None when the gateway sent none)."""
        ids = getattr(self, "_otari_ids", None)
        return ids[1] if ids else None

    # The generated parser, for every shape the fast one below does not handle itself.
    _generated_from_dict = from_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse tool-call arguments: the usual shape directly, anything else through the generated parser."""
        if type(src_dict) is not dict:
            return cls._generated_from_dict(src_dict)
        d = src_dict.copy()
        choice_delta_tool_call_function = object.__new__(cls)
        choice_delta_tool_call_function.arguments = d.pop("arguments", None)
        choice_delta_tool_call_function.name = d.pop("name", None)
        choice_delta_tool_call_function.additional_properties = d
        choice_delta_tool_call_function._wire = src_dict
        choice_delta_tool_call_function._otari_ids = None  # every slot set, or copy and pickle fail
        return choice_delta_tool_call_function
