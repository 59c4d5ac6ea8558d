from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="TokenChargeLine")


@_attrs_define
class TokenChargeLine:
    """A charge line billed per million tokens.

    ``rate_per_million`` is the discriminator: its presence (rather than
    ``unit_rate``) is what tells a reader, and a renderer, which unit convention
    applies. See ``gateway.services.pricing_service``.

        Attributes:
            cost (float): USD charged for this line.
            meter (str): What was metered, e.g. 'input' or 'cache_read'.
            rate_per_million (float): USD per million units.
            units (float | int): Tokens billed on this meter.
    """

    cost: float
    meter: str
    rate_per_million: float
    units: float | int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        meter = self.meter

        rate_per_million = self.rate_per_million

        units: float | int
        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "meter": meter,
                "rate_per_million": rate_per_million,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost")

        meter = d.pop("meter")

        rate_per_million = d.pop("rate_per_million")

        units = d.pop("units")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        token_charge_line = cls(
            cost,
            meter,
            rate_per_million,
            units,
        )
        token_charge_line._wire = src_dict

        token_charge_line.additional_properties = d
        return token_charge_line

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
                "rate_per_million",
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
