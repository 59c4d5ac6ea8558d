from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UsageSetPriceResult")


@_attrs_define
class UsageSetPriceResult:
    """Outcome of a manual repricing pass.

    ``matched`` imported rows were recomputed; ``updated`` had their stored cost
    changed and ``unchanged`` already matched the recomputed value.

        Attributes:
            matched (int):
            unchanged (int):
            updated (int):
    """

    matched: int = 0
    unchanged: int = 0
    updated: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if wire is None or "matched" in wire or self.matched != 0:
            matched = self.matched
            field_dict["matched"] = matched
        if wire is None or "unchanged" in wire or self.unchanged != 0:
            unchanged = self.unchanged
            field_dict["unchanged"] = unchanged
        if wire is None or "updated" in wire or self.updated != 0:
            updated = self.updated
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        matched = d.pop("matched", 0)

        unchanged = d.pop("unchanged", 0)

        updated = d.pop("updated", 0)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        usage_set_price_result = cls(
            matched,
            unchanged,
            updated,
        )
        usage_set_price_result._wire = src_dict

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

    def __repr__(self) -> str:
        return compact_repr(
            self,
            (
                "matched",
                "unchanged",
                "updated",
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
