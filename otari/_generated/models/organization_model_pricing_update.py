from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.pricing_tier import PricingTier


T = TypeVar("T", bound="OrganizationModelPricingUpdate")


@_attrs_define
class OrganizationModelPricingUpdate:
    """Replace an override's rates and period.

    ``effective_from`` is required here, where a create defaults it to now. A
    replacement states the whole row, so defaulting an omitted start would move a
    stored period to the present: an operator editing next quarter's rate through
    a client that does not send the field would silently bring it into effect
    today, or collide with the period that currently applies. Stating it is the
    only reading that cannot surprise.

    A full replacement rather than a patch: every rate field is present in the
    body and an omitted optional rate is cleared, so the stored row is exactly
    what was sent. That is the opposite of ``POST /v1/pricing``, which inherits an
    omitted cache rate from the model's previous version, and deliberately so:
    that surface versions a catalog where each write adds a row, while this one
    edits a single row in place and an inheriting patch would make the result
    depend on what happened to be stored before.

    ``model_key`` is absent because it is immutable. Repointing an override at
    another model is retiring one and creating another, which is two requests.

        Attributes:
            effective_from (datetime.datetime): ISO 8601 datetime from which this rate applies, inclusive. Required on a
                replacement, so an omitted value cannot silently move a stored period to the present.
            input_price_per_million (float): Price per 1M input tokens
            output_price_per_million (float): Price per 1M output tokens
            cache_read_price_per_million (float | None | Unset): Price per 1M cached-input tokens
            cache_write_1h_price_per_million (float | None | Unset): Price per 1M Anthropic 1-hour cache-write tokens
            cache_write_price_per_million (float | None | Unset): Price per 1M cache-write (creation) tokens
            effective_to (datetime.datetime | None | Unset): ISO 8601 datetime at which this rate stops applying, exclusive.
                Null leaves it open ended. Because the end is exclusive, the next period may begin at exactly this instant
                without overlapping.
            pricing_tiers (list[PricingTier] | None | Unset): Whole-request context thresholds. Fields omitted by a tier
                inherit the base rate.
    """

    effective_from: datetime.datetime
    input_price_per_million: float
    output_price_per_million: float
    cache_read_price_per_million: float | None | Unset = UNSET
    cache_write_1h_price_per_million: float | None | Unset = UNSET
    cache_write_price_per_million: float | None | Unset = UNSET
    effective_to: datetime.datetime | None | Unset = UNSET
    pricing_tiers: list[PricingTier] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        effective_from = self.effective_from.isoformat()

        input_price_per_million = self.input_price_per_million

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

        effective_to: None | str | Unset
        if isinstance(self.effective_to, Unset):
            effective_to = UNSET
        elif isinstance(self.effective_to, datetime.datetime):
            effective_to = self.effective_to.isoformat()
        else:
            effective_to = self.effective_to

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
                "effective_from": effective_from,
                "input_price_per_million": input_price_per_million,
                "output_price_per_million": output_price_per_million,
            }
        )
        if cache_read_price_per_million is not UNSET:
            field_dict["cache_read_price_per_million"] = cache_read_price_per_million
        if cache_write_1h_price_per_million is not UNSET:
            field_dict["cache_write_1h_price_per_million"] = cache_write_1h_price_per_million
        if cache_write_price_per_million is not UNSET:
            field_dict["cache_write_price_per_million"] = cache_write_price_per_million
        if effective_to is not UNSET:
            field_dict["effective_to"] = effective_to
        if pricing_tiers is not UNSET:
            field_dict["pricing_tiers"] = pricing_tiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        effective_from = datetime.datetime.fromisoformat(d.pop("effective_from"))

        input_price_per_million = d.pop("input_price_per_million")

        output_price_per_million = d.pop("output_price_per_million")

        cache_read_price_per_million = d.pop("cache_read_price_per_million", UNSET)

        cache_write_1h_price_per_million = d.pop("cache_write_1h_price_per_million", UNSET)

        cache_write_price_per_million = d.pop("cache_write_price_per_million", UNSET)

        effective_to = d.pop("effective_to", UNSET)
        if effective_to is not None and not isinstance(effective_to, Unset):
            try:
                if not isinstance(effective_to, str):
                    raise TypeError()
                effective_to_type_0 = datetime.datetime.fromisoformat(effective_to)

                effective_to = effective_to_type_0
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
        organization_model_pricing_update = cls(
            effective_from,
            input_price_per_million,
            output_price_per_million,
            cache_read_price_per_million,
            cache_write_1h_price_per_million,
            cache_write_price_per_million,
            effective_to,
            pricing_tiers,
        )

        organization_model_pricing_update.additional_properties = d
        return organization_model_pricing_update

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
                "effective_from",
                "input_price_per_million",
                "output_price_per_million",
                "cache_read_price_per_million",
                "cache_write_1h_price_per_million",
                "cache_write_price_per_million",
                "effective_to",
                "pricing_tiers",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes OrganizationModelPricingUpdate refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, PricingTier  # noqa: PLW0603
    from ..models.pricing_tier import PricingTier  # noqa: PLC0415

    _imported = True
