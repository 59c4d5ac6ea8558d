from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageSetPriceResult")


@_attrs_define
class UsageSetPriceResult:
    """Outcome of a manual repricing pass.

    ``matched`` imported rows were recomputed; ``updated`` had their stored cost
    changed and ``unchanged`` already matched the recomputed value.

        Attributes:
            matched (int | Unset):  Default: 0.
            unchanged (int | Unset):  Default: 0.
            updated (int | Unset):  Default: 0.
    """

    matched: int | Unset = 0
    unchanged: int | Unset = 0
    updated: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matched = self.matched

        unchanged = self.unchanged

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matched is not UNSET:
            field_dict["matched"] = matched
        if unchanged is not UNSET:
            field_dict["unchanged"] = unchanged
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        matched = d.pop("matched", UNSET)

        unchanged = d.pop("unchanged", UNSET)

        updated = d.pop("updated", UNSET)

        usage_set_price_result = cls(
            matched=matched,
            unchanged=unchanged,
            updated=updated,
        )

        usage_set_price_result.additional_properties = d
        return usage_set_price_result

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
