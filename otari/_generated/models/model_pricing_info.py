from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.model_pricing_info_pricing_tiers_item_type_1 import (
        ModelPricingInfoPricingTiersItemType1,
    )
    from ..models.pricing_tier import PricingTier


T = TypeVar("T", bound="ModelPricingInfo")


@_attrs_define
class ModelPricingInfo:
    """Pricing information for a model.

    Attributes:
        input_price_per_million (float):
        output_price_per_million (float):
        cache_read_price_per_million (float | None):
        cache_write_1h_price_per_million (float | None):
        cache_write_price_per_million (float | None):
        pricing_tiers (list[ModelPricingInfoPricingTiersItemType1 | PricingTier] | None):
    """

    input_price_per_million: float
    output_price_per_million: float
    cache_read_price_per_million: float | None = None
    cache_write_1h_price_per_million: float | None = None
    cache_write_price_per_million: float | None = None
    pricing_tiers: list[ModelPricingInfoPricingTiersItemType1 | PricingTier] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        input_price_per_million = self.input_price_per_million

        output_price_per_million = self.output_price_per_million

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_price_per_million": input_price_per_million,
                "output_price_per_million": output_price_per_million,
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
        if self.pricing_tiers is not None:
            pricing_tiers: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.pricing_tiers, Unset):
                pricing_tiers = []
                for pricing_tiers_item_data in self.pricing_tiers:
                    pricing_tiers_item: dict[str, Any]
                    if isinstance(pricing_tiers_item_data, PricingTier):
                        pricing_tiers_item = pricing_tiers_item_data.to_dict()
                    else:
                        pricing_tiers_item = pricing_tiers_item_data.to_dict()

                    pricing_tiers.append(pricing_tiers_item)

            field_dict["pricing_tiers"] = pricing_tiers
        elif wire is not None and "pricing_tiers" in wire:
            field_dict["pricing_tiers"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        input_price_per_million = d.pop("input_price_per_million")

        output_price_per_million = d.pop("output_price_per_million")

        cache_read_price_per_million = d.pop("cache_read_price_per_million", None)

        cache_write_1h_price_per_million = d.pop("cache_write_1h_price_per_million", None)

        cache_write_price_per_million = d.pop("cache_write_price_per_million", None)

        _pricing_tiers = d.pop("pricing_tiers", UNSET)
        pricing_tiers: list[ModelPricingInfoPricingTiersItemType1 | PricingTier] | Unset = UNSET
        if _pricing_tiers is not UNSET:
            pricing_tiers = []
            for pricing_tiers_item_data in _pricing_tiers:
                pricing_tiers_item = pricing_tiers_item_data
                try:
                    if not isinstance(pricing_tiers_item, dict):
                        raise TypeError()
                    pricing_tiers_item_type_0 = PricingTier.from_dict(pricing_tiers_item)

                    pricing_tiers_item = pricing_tiers_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    if not isinstance(pricing_tiers_item, dict):
                        raise TypeError()
                    pricing_tiers_item_type_1 = ModelPricingInfoPricingTiersItemType1.from_dict(pricing_tiers_item)

                    pricing_tiers_item = pricing_tiers_item_type_1

                pricing_tiers.append(pricing_tiers_item)

        if isinstance(pricing_tiers, Unset):
            pricing_tiers = None

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        model_pricing_info = cls(
            input_price_per_million,
            output_price_per_million,
            cache_read_price_per_million,
            cache_write_1h_price_per_million,
            cache_write_price_per_million,
            pricing_tiers,
        )
        model_pricing_info._wire = src_dict

        model_pricing_info.additional_properties = d
        return model_pricing_info

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
                "output_price_per_million",
                "cache_read_price_per_million",
                "cache_write_1h_price_per_million",
                "cache_write_price_per_million",
                "pricing_tiers",
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


_imported = False


def _import_lazy() -> None:
    """Import the model classes ModelPricingInfo refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ModelPricingInfoPricingTiersItemType1, PricingTier  # noqa: PLW0603
    from ..models.model_pricing_info_pricing_tiers_item_type_1 import (
        ModelPricingInfoPricingTiersItemType1,  # noqa: PLC0415
    )
    from ..models.pricing_tier import PricingTier  # noqa: PLC0415

    _imported = True
