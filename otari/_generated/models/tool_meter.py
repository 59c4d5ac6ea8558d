from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ToolMeter")


@_attrs_define
class ToolMeter:
    """One gateway-run tool's call counts on a request.

    A TypedDict rather than a model, and every key optional, so a stored entry
    serializes back as it was written: a model with defaults would put
    ``"unit_rate": null`` on every tool that has never been priced.

        Attributes:
            billed (int | None):
            errors (int | None):
            unit_rate (float | None):
    """

    billed: int | None = None
    errors: int | None = None
    unit_rate: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        wire = self._wire
        if self.billed is not None:
            billed = self.billed
            field_dict["billed"] = billed
        elif wire is not None and "billed" in wire:
            field_dict["billed"] = None
        if self.errors is not None:
            errors = self.errors
            field_dict["errors"] = errors
        elif wire is not None and "errors" in wire:
            field_dict["errors"] = None
        if self.unit_rate is not None:
            unit_rate: float | None | Unset
            if isinstance(self.unit_rate, Unset):
                unit_rate = UNSET
            else:
                unit_rate = self.unit_rate
            field_dict["unit_rate"] = unit_rate
        elif wire is not None and "unit_rate" in wire:
            field_dict["unit_rate"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billed = d.pop("billed", None)

        errors = d.pop("errors", None)

        unit_rate = d.pop("unit_rate", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        tool_meter = cls(
            billed,
            errors,
            unit_rate,
        )
        tool_meter._wire = src_dict

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

    def __repr__(self) -> str:
        return compact_repr(
            self,
            (
                "billed",
                "errors",
                "unit_rate",
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
