from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="PricingTier")


@_attrs_define
class PricingTier:
    """Whole-request price cliff selected by total billable input tokens.

    Attributes:
        min_input_tokens (int):
        cache_read_price_per_million (float | None):
        cache_write_1h_price_per_million (float | None):
        cache_write_price_per_million (float | None):
        input_price_per_million (float | None):
        output_price_per_million (float | None):
    """

    min_input_tokens: int
    cache_read_price_per_million: float | None = None
    cache_write_1h_price_per_million: float | None = None
    cache_write_price_per_million: float | None = None
    input_price_per_million: float | None = None
    output_price_per_million: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        min_input_tokens = self.min_input_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min_input_tokens": min_input_tokens,
            }
        )
        wire = self._wire
        if self.cache_read_price_per_million is not None:
            cache_read_price_per_million: float | None | Unset
            if isinstance(self.cache_read_price_per_million, Unset):
                cache_read_price_per_million = UNSET
            else:
                cache_read_price_per_million = self.cache_read_price_per_million
            field_dict["cache_read_price_per_million"] = cache_read_price_per_million
        elif wire is not None and "cache_read_price_per_million" in wire:
            field_dict["cache_read_price_per_million"] = None
        if self.cache_write_1h_price_per_million is not None:
            cache_write_1h_price_per_million: float | None | Unset
            if isinstance(self.cache_write_1h_price_per_million, Unset):
                cache_write_1h_price_per_million = UNSET
            else:
                cache_write_1h_price_per_million = self.cache_write_1h_price_per_million
            field_dict["cache_write_1h_price_per_million"] = cache_write_1h_price_per_million
        elif wire is not None and "cache_write_1h_price_per_million" in wire:
            field_dict["cache_write_1h_price_per_million"] = None
        if self.cache_write_price_per_million is not None:
            cache_write_price_per_million: float | None | Unset
            if isinstance(self.cache_write_price_per_million, Unset):
                cache_write_price_per_million = UNSET
            else:
                cache_write_price_per_million = self.cache_write_price_per_million
            field_dict["cache_write_price_per_million"] = cache_write_price_per_million
        elif wire is not None and "cache_write_price_per_million" in wire:
            field_dict["cache_write_price_per_million"] = None
        if self.input_price_per_million is not None:
            input_price_per_million: float | None | Unset
            if isinstance(self.input_price_per_million, Unset):
                input_price_per_million = UNSET
            else:
                input_price_per_million = self.input_price_per_million
            field_dict["input_price_per_million"] = input_price_per_million
        elif wire is not None and "input_price_per_million" in wire:
            field_dict["input_price_per_million"] = None
        if self.output_price_per_million is not None:
            output_price_per_million: float | None | Unset
            if isinstance(self.output_price_per_million, Unset):
                output_price_per_million = UNSET
            else:
                output_price_per_million = self.output_price_per_million
            field_dict["output_price_per_million"] = output_price_per_million
        elif wire is not None and "output_price_per_million" in wire:
            field_dict["output_price_per_million"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_input_tokens = d.pop("min_input_tokens")

        cache_read_price_per_million = d.pop("cache_read_price_per_million", None)

        cache_write_1h_price_per_million = d.pop("cache_write_1h_price_per_million", None)

        cache_write_price_per_million = d.pop("cache_write_price_per_million", None)

        input_price_per_million = d.pop("input_price_per_million", None)

        output_price_per_million = d.pop("output_price_per_million", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        pricing_tier = cls(
            min_input_tokens,
            cache_read_price_per_million,
            cache_write_1h_price_per_million,
            cache_write_price_per_million,
            input_price_per_million,
            output_price_per_million,
        )
        pricing_tier._wire = src_dict

        pricing_tier.additional_properties = d
        return pricing_tier

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
                "min_input_tokens",
                "cache_read_price_per_million",
                "cache_write_1h_price_per_million",
                "cache_write_price_per_million",
                "input_price_per_million",
                "output_price_per_million",
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
