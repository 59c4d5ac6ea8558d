from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.pricing_tier import PricingTier


T = TypeVar("T", bound="SetPricingRequest")


@_attrs_define
class SetPricingRequest:
    """Create a versioned per-model price, with optional cache and context tiers.

    Attributes:
        input_price_per_million (float): Price per 1M input tokens
        model_key (str): Model identifier in format 'provider:model'
        output_price_per_million (float): Price per 1M output tokens
        cache_read_price_per_million (float | None | Unset): Price per 1M cached-input tokens
        cache_write_1h_price_per_million (float | None | Unset): Price per 1M Anthropic 1-hour cache-write tokens
        cache_write_price_per_million (float | None | Unset): Price per 1M cache-write (creation) tokens
        effective_at (datetime.datetime | None | Unset): ISO 8601 datetime from which this price applies. Defaults to
            now if omitted.
        pricing_tiers (list[PricingTier] | None | Unset): Whole-request context thresholds. Fields omitted by a tier
            inherit the base rate.
    """

    input_price_per_million: float
    model_key: str
    output_price_per_million: float
    cache_read_price_per_million: float | None | Unset = UNSET
    cache_write_1h_price_per_million: float | None | Unset = UNSET
    cache_write_price_per_million: float | None | Unset = UNSET
    effective_at: datetime.datetime | None | Unset = UNSET
    pricing_tiers: list[PricingTier] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        input_price_per_million = self.input_price_per_million

        model_key = self.model_key

        output_price_per_million = self.output_price_per_million

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

        effective_at: None | str | Unset
        if isinstance(self.effective_at, Unset):
            effective_at = UNSET
        elif isinstance(self.effective_at, datetime.datetime):
            effective_at = self.effective_at.isoformat()
        else:
            effective_at = self.effective_at

        pricing_tiers: list[dict[str, Any]] | None | Unset
        if isinstance(self.pricing_tiers, Unset):
            pricing_tiers = UNSET
        elif isinstance(self.pricing_tiers, list):
            pricing_tiers = []
            for pricing_tiers_type_0_item_data in self.pricing_tiers:
                pricing_tiers_type_0_item = pricing_tiers_type_0_item_data.to_dict()
                pricing_tiers.append(pricing_tiers_type_0_item)

        else:
            pricing_tiers = self.pricing_tiers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_price_per_million": input_price_per_million,
                "model_key": model_key,
                "output_price_per_million": output_price_per_million,
            }
        )
        if cache_read_price_per_million is not UNSET:
            field_dict["cache_read_price_per_million"] = cache_read_price_per_million
        if cache_write_1h_price_per_million is not UNSET:
            field_dict["cache_write_1h_price_per_million"] = cache_write_1h_price_per_million
        if cache_write_price_per_million is not UNSET:
            field_dict["cache_write_price_per_million"] = cache_write_price_per_million
        if effective_at is not UNSET:
            field_dict["effective_at"] = effective_at
        if pricing_tiers is not UNSET:
            field_dict["pricing_tiers"] = pricing_tiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        input_price_per_million = d.pop("input_price_per_million")

        model_key = d.pop("model_key")

        output_price_per_million = d.pop("output_price_per_million")

        cache_read_price_per_million = d.pop("cache_read_price_per_million", UNSET)

        cache_write_1h_price_per_million = d.pop("cache_write_1h_price_per_million", UNSET)

        cache_write_price_per_million = d.pop("cache_write_price_per_million", UNSET)

        effective_at = d.pop("effective_at", UNSET)
        if effective_at is not None and not isinstance(effective_at, Unset):
            try:
                if not isinstance(effective_at, str):
                    raise TypeError()
                effective_at_type_0 = datetime.datetime.fromisoformat(effective_at)

                effective_at = effective_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        pricing_tiers = d.pop("pricing_tiers", UNSET)
        if pricing_tiers is not None and not isinstance(pricing_tiers, Unset):
            try:
                if not isinstance(pricing_tiers, list):
                    raise TypeError()
                pricing_tiers_type_0 = []
                _pricing_tiers_type_0 = pricing_tiers
                for pricing_tiers_type_0_item_data in _pricing_tiers_type_0:
                    pricing_tiers_type_0_item = PricingTier.from_dict(pricing_tiers_type_0_item_data)

                    pricing_tiers_type_0.append(pricing_tiers_type_0_item)

                pricing_tiers = pricing_tiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        set_pricing_request = cls(
            input_price_per_million,
            model_key,
            output_price_per_million,
            cache_read_price_per_million,
            cache_write_1h_price_per_million,
            cache_write_price_per_million,
            effective_at,
            pricing_tiers,
        )

        set_pricing_request.additional_properties = d
        return set_pricing_request

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
                "input_price_per_million",
                "model_key",
                "output_price_per_million",
                "cache_read_price_per_million",
                "cache_write_1h_price_per_million",
                "cache_write_price_per_million",
                "effective_at",
                "pricing_tiers",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes SetPricingRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, PricingTier  # noqa: PLW0603
    from ..models.pricing_tier import PricingTier  # noqa: PLC0415

    _imported = True
