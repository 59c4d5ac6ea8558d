from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingTier")


@_attrs_define
class PricingTier:
    """Whole-request price cliff selected by total billable input tokens.

    Attributes:
        min_input_tokens (int):
        cache_read_price_per_million (float | None | Unset):
        cache_write_1h_price_per_million (float | None | Unset):
        cache_write_price_per_million (float | None | Unset):
        input_price_per_million (float | None | Unset):
        output_price_per_million (float | None | Unset):
    """

    min_input_tokens: int
    cache_read_price_per_million: float | None | Unset = UNSET
    cache_write_1h_price_per_million: float | None | Unset = UNSET
    cache_write_price_per_million: float | None | Unset = UNSET
    input_price_per_million: float | None | Unset = UNSET
    output_price_per_million: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_input_tokens = self.min_input_tokens

        cache_read_price_per_million: float | None | Unset
        if isinstance(self.cache_read_price_per_million, Unset):
            cache_read_price_per_million = UNSET
        else:
            cache_read_price_per_million = self.cache_read_price_per_million

        cache_write_1h_price_per_million: float | None | Unset
        if isinstance(self.cache_write_1h_price_per_million, Unset):
            cache_write_1h_price_per_million = UNSET
        else:
            cache_write_1h_price_per_million = self.cache_write_1h_price_per_million

        cache_write_price_per_million: float | None | Unset
        if isinstance(self.cache_write_price_per_million, Unset):
            cache_write_price_per_million = UNSET
        else:
            cache_write_price_per_million = self.cache_write_price_per_million

        input_price_per_million: float | None | Unset
        if isinstance(self.input_price_per_million, Unset):
            input_price_per_million = UNSET
        else:
            input_price_per_million = self.input_price_per_million

        output_price_per_million: float | None | Unset
        if isinstance(self.output_price_per_million, Unset):
            output_price_per_million = UNSET
        else:
            output_price_per_million = self.output_price_per_million

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min_input_tokens": min_input_tokens,
            }
        )
        if cache_read_price_per_million is not UNSET:
            field_dict["cache_read_price_per_million"] = cache_read_price_per_million
        if cache_write_1h_price_per_million is not UNSET:
            field_dict["cache_write_1h_price_per_million"] = cache_write_1h_price_per_million
        if cache_write_price_per_million is not UNSET:
            field_dict["cache_write_price_per_million"] = cache_write_price_per_million
        if input_price_per_million is not UNSET:
            field_dict["input_price_per_million"] = input_price_per_million
        if output_price_per_million is not UNSET:
            field_dict["output_price_per_million"] = output_price_per_million

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_input_tokens = d.pop("min_input_tokens")

        def _parse_cache_read_price_per_million(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_price_per_million = _parse_cache_read_price_per_million(d.pop("cache_read_price_per_million", UNSET))

        def _parse_cache_write_1h_price_per_million(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_write_1h_price_per_million = _parse_cache_write_1h_price_per_million(
            d.pop("cache_write_1h_price_per_million", UNSET)
        )

        def _parse_cache_write_price_per_million(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_write_price_per_million = _parse_cache_write_price_per_million(
            d.pop("cache_write_price_per_million", UNSET)
        )

        def _parse_input_price_per_million(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_price_per_million = _parse_input_price_per_million(d.pop("input_price_per_million", UNSET))

        def _parse_output_price_per_million(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_price_per_million = _parse_output_price_per_million(d.pop("output_price_per_million", UNSET))

        pricing_tier = cls(
            min_input_tokens=min_input_tokens,
            cache_read_price_per_million=cache_read_price_per_million,
            cache_write_1h_price_per_million=cache_write_1h_price_per_million,
            cache_write_price_per_million=cache_write_price_per_million,
            input_price_per_million=input_price_per_million,
            output_price_per_million=output_price_per_million,
        )

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
