from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.pricing_tier import PricingTier


T = TypeVar("T", bound="PricingResponse")


@_attrs_define
class PricingResponse:
    """Response model for model pricing.

    Attributes:
        cache_read_price_per_million (float | None):
        cache_write_1h_price_per_million (float | None):
        cache_write_price_per_million (float | None):
        created_at (str):
        effective_at (str):
        input_price_per_million (float):
        model_key (str):
        output_price_per_million (float):
        pricing_tiers (list[PricingTier]):
        updated_at (str):
    """

    cache_read_price_per_million: float | None
    cache_write_1h_price_per_million: float | None
    cache_write_price_per_million: float | None
    created_at: str
    effective_at: str
    input_price_per_million: float
    model_key: str
    output_price_per_million: float
    pricing_tiers: list[PricingTier]
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        cache_read_price_per_million: float | None
        cache_read_price_per_million = self.cache_read_price_per_million

        cache_write_1h_price_per_million: float | None
        cache_write_1h_price_per_million = self.cache_write_1h_price_per_million

        cache_write_price_per_million: float | None
        cache_write_price_per_million = self.cache_write_price_per_million

        created_at = self.created_at

        effective_at = self.effective_at

        input_price_per_million = self.input_price_per_million

        model_key = self.model_key

        output_price_per_million = self.output_price_per_million

        pricing_tiers = []
        for pricing_tiers_item_data in self.pricing_tiers:
            pricing_tiers_item = pricing_tiers_item_data.to_dict()
            pricing_tiers.append(pricing_tiers_item)

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cache_read_price_per_million": cache_read_price_per_million,
                "cache_write_1h_price_per_million": cache_write_1h_price_per_million,
                "cache_write_price_per_million": cache_write_price_per_million,
                "created_at": created_at,
                "effective_at": effective_at,
                "input_price_per_million": input_price_per_million,
                "model_key": model_key,
                "output_price_per_million": output_price_per_million,
                "pricing_tiers": pricing_tiers,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        cache_read_price_per_million = d.pop("cache_read_price_per_million")

        cache_write_1h_price_per_million = d.pop("cache_write_1h_price_per_million")

        cache_write_price_per_million = d.pop("cache_write_price_per_million")

        created_at = d.pop("created_at")

        effective_at = d.pop("effective_at")

        input_price_per_million = d.pop("input_price_per_million")

        model_key = d.pop("model_key")

        output_price_per_million = d.pop("output_price_per_million")

        pricing_tiers = []
        _pricing_tiers = d.pop("pricing_tiers")
        for pricing_tiers_item_data in _pricing_tiers:
            pricing_tiers_item = PricingTier.from_dict(pricing_tiers_item_data)

            pricing_tiers.append(pricing_tiers_item)

        updated_at = d.pop("updated_at")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        pricing_response = cls(
            cache_read_price_per_million,
            cache_write_1h_price_per_million,
            cache_write_price_per_million,
            created_at,
            effective_at,
            input_price_per_million,
            model_key,
            output_price_per_million,
            pricing_tiers,
            updated_at,
        )
        pricing_response._wire = src_dict

        pricing_response.additional_properties = d
        return pricing_response

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
                "cache_read_price_per_million",
                "cache_write_1h_price_per_million",
                "cache_write_price_per_million",
                "created_at",
                "effective_at",
                "input_price_per_million",
                "model_key",
                "output_price_per_million",
                "pricing_tiers",
                "updated_at",
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
    """Import the model classes PricingResponse refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, PricingTier  # noqa: PLW0603
    from ..models.pricing_tier import PricingTier  # noqa: PLC0415

    _imported = True
