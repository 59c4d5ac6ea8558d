from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolMeter")


@_attrs_define
class ToolMeter:
    """One gateway-run tool's call counts on a request.

    A TypedDict rather than a model, and every key optional, so a stored entry
    serializes back as it was written: a model with defaults would put
    ``"unit_rate": null`` on every tool that has never been priced.

        Attributes:
            billed (int | Unset):
            errors (int | Unset):
            unit_rate (float | None | Unset):
    """

    billed: int | Unset = UNSET
    errors: int | Unset = UNSET
    unit_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billed = self.billed

        errors = self.errors

        unit_rate: float | None | Unset
        if isinstance(self.unit_rate, Unset):
            unit_rate = UNSET
        else:
            unit_rate = self.unit_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billed is not UNSET:
            field_dict["billed"] = billed
        if errors is not UNSET:
            field_dict["errors"] = errors
        if unit_rate is not UNSET:
            field_dict["unit_rate"] = unit_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billed = d.pop("billed", UNSET)

        errors = d.pop("errors", UNSET)

        def _parse_unit_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        unit_rate = _parse_unit_rate(d.pop("unit_rate", UNSET))

        tool_meter = cls(
            billed=billed,
            errors=errors,
            unit_rate=unit_rate,
        )

        tool_meter.additional_properties = d
        return tool_meter

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
