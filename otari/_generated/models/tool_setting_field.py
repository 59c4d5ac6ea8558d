from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_setting_field_service import ToolSettingFieldService
from ..models.tool_setting_field_type import ToolSettingFieldType
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ToolSettingField")


@_attrs_define
class ToolSettingField:
    """One editable tool/guardrail field surfaced to the dashboard.

    Attributes:
        key (str):
        service (ToolSettingFieldService):
        type_ (ToolSettingFieldType):
        value (bool | int | None | str):
        description (None | str):
    """

    key: str
    service: ToolSettingFieldService
    type_: ToolSettingFieldType
    value: bool | int | None | str
    description: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        service = self.service.value

        type_ = self.type_.value

        value: bool | int | None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "service": service,
                "type": type_,
                "value": value,
            }
        )
        wire = self._wire
        if self.description is not None:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
            field_dict["description"] = description
        elif wire is not None and "description" in wire:
            field_dict["description"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        service = ToolSettingFieldService(d.pop("service"))

        type_ = ToolSettingFieldType(d.pop("type"))

        value = d.pop("value")

        description = d.pop("description", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        tool_setting_field = cls(
            key,
            service,
            type_,
            value,
            description,
        )
        tool_setting_field._wire = src_dict

        tool_setting_field.additional_properties = d
        return tool_setting_field

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
                "key",
                "service",
                "type_",
                "value",
                "description",
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
