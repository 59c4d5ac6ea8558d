from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="UnitChargeLine")


@_attrs_define
class UnitChargeLine:
    """A charge line billed per call, for gateway-run tools and per-request routes.

    ``unit_rate`` is the discriminator, in the same sense as
    :class:`TokenChargeLine`'s ``rate_per_million``.

        Attributes:
            cost (float): USD charged for this line.
            meter (str): What was metered, e.g. 'request' or 'web_search_calls'.
            unit_rate (float): USD per call.
            units (float | int): Calls billed on this meter.
    """

    cost: float
    meter: str
    unit_rate: float
    units: float | int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        meter = self.meter

        unit_rate = self.unit_rate

        units: float | int
        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "meter": meter,
                "unit_rate": unit_rate,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost")

        meter = d.pop("meter")

        unit_rate = d.pop("unit_rate")

        units = d.pop("units")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        unit_charge_line = cls(
            cost,
            meter,
            unit_rate,
            units,
        )
        unit_charge_line._wire = src_dict

        unit_charge_line.additional_properties = d
        return unit_charge_line

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
                "cost",
                "meter",
                "unit_rate",
                "units",
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
