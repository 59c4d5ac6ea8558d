from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.billing_meters import BillingMeters
    from ..models.token_charge_line import TokenChargeLine
    from ..models.unit_charge_line import UnitChargeLine
    from ..models.usage_entry_billing_meters_type_1 import UsageEntryBillingMetersType1
    from ..models.usage_entry_pricing_breakdown_type_0_item_type_2 import (
        UsageEntryPricingBreakdownType0ItemType2,
    )


T = TypeVar("T", bound="UsageEntry")


@_attrs_define
class UsageEntry:
    """A single usage log entry.

    Attributes:
        api_key_id (None | str):
        billing_meters (BillingMeters | None | UsageEntryBillingMetersType1):
        cache_read_tokens (int | None):
        cache_write_1h_tokens (int | None):
        cache_write_tokens (int | None):
        completion_tokens (int | None):
        cost (float | None):
        counts_toward_budget (bool):
        endpoint (str):
        error_message (None | str):
        id (str):
        latency_ms (int | None):
        model (str):
        pricing_breakdown (list[TokenChargeLine | UnitChargeLine | UsageEntryPricingBreakdownType0ItemType2] | None):
        prompt_tokens (int | None):
        provider (None | str):
        source (str):
        source_label (None | str):
        status (str):
        status_code (int | None):
        timestamp (str):
        total_tokens (int | None):
        user_id (None | str):
        api_key_name (None | str):
        attempt_count (int | None):
        attempt_position (int | None):
        policy_name (None | str):
        request_group_id (None | str):
        selection_reason (None | str):
        user_alias (None | str):
    """

    api_key_id: None | str
    billing_meters: BillingMeters | None | UsageEntryBillingMetersType1
    cache_read_tokens: int | None
    cache_write_1h_tokens: int | None
    cache_write_tokens: int | None
    completion_tokens: int | None
    cost: float | None
    counts_toward_budget: bool
    endpoint: str
    error_message: None | str
    id: str
    latency_ms: int | None
    model: str
    pricing_breakdown: list[TokenChargeLine | UnitChargeLine | UsageEntryPricingBreakdownType0ItemType2] | None
    prompt_tokens: int | None
    provider: None | str
    source: str
    source_label: None | str
    status: str
    status_code: int | None
    timestamp: str
    total_tokens: int | None
    user_id: None | str
    api_key_name: None | str = None
    attempt_count: int | None = None
    attempt_position: int | None = None
    policy_name: None | str = None
    request_group_id: None | str = None
    selection_reason: None | str = None
    user_alias: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        api_key_id: None | str
        api_key_id = self.api_key_id

        billing_meters: dict[str, Any] | None
        if isinstance(self.billing_meters, BillingMeters):
            billing_meters = self.billing_meters.to_dict()
        elif isinstance(self.billing_meters, UsageEntryBillingMetersType1):
            billing_meters = self.billing_meters.to_dict()
        else:
            billing_meters = self.billing_meters

        cache_read_tokens: int | None
        cache_read_tokens = self.cache_read_tokens

        cache_write_1h_tokens: int | None
        cache_write_1h_tokens = self.cache_write_1h_tokens

        cache_write_tokens: int | None
        cache_write_tokens = self.cache_write_tokens

        completion_tokens: int | None
        completion_tokens = self.completion_tokens

        cost: float | None
        cost = self.cost

        counts_toward_budget = self.counts_toward_budget

        endpoint = self.endpoint

        error_message: None | str
        error_message = self.error_message

        id = self.id

        latency_ms: int | None
        latency_ms = self.latency_ms

        model = self.model

        pricing_breakdown: list[dict[str, Any]] | None
        if isinstance(self.pricing_breakdown, list):
            pricing_breakdown = []
            for pricing_breakdown_type_0_item_data in self.pricing_breakdown:
                pricing_breakdown_type_0_item: dict[str, Any]
                if isinstance(pricing_breakdown_type_0_item_data, TokenChargeLine):
                    pricing_breakdown_type_0_item = pricing_breakdown_type_0_item_data.to_dict()
                elif isinstance(pricing_breakdown_type_0_item_data, UnitChargeLine):
                    pricing_breakdown_type_0_item = pricing_breakdown_type_0_item_data.to_dict()
                else:
                    pricing_breakdown_type_0_item = pricing_breakdown_type_0_item_data.to_dict()

                pricing_breakdown.append(pricing_breakdown_type_0_item)

        else:
            pricing_breakdown = self.pricing_breakdown

        prompt_tokens: int | None
        prompt_tokens = self.prompt_tokens

        provider: None | str
        provider = self.provider

        source = self.source

        source_label: None | str
        source_label = self.source_label

        status = self.status

        status_code: int | None
        status_code = self.status_code

        timestamp = self.timestamp

        total_tokens: int | None
        total_tokens = self.total_tokens

        user_id: None | str
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_id": api_key_id,
                "billing_meters": billing_meters,
                "cache_read_tokens": cache_read_tokens,
                "cache_write_1h_tokens": cache_write_1h_tokens,
                "cache_write_tokens": cache_write_tokens,
                "completion_tokens": completion_tokens,
                "cost": cost,
                "counts_toward_budget": counts_toward_budget,
                "endpoint": endpoint,
                "error_message": error_message,
                "id": id,
                "latency_ms": latency_ms,
                "model": model,
                "pricing_breakdown": pricing_breakdown,
                "prompt_tokens": prompt_tokens,
                "provider": provider,
                "source": source,
                "source_label": source_label,
                "status": status,
                "status_code": status_code,
                "timestamp": timestamp,
                "total_tokens": total_tokens,
                "user_id": user_id,
            }
        )
        wire = self._wire
        if self.api_key_name is not None:
            api_key_name: None | str | Unset
            if isinstance(self.api_key_name, Unset):
                api_key_name = UNSET
            else:
                api_key_name = self.api_key_name
            field_dict["api_key_name"] = api_key_name
        elif wire is not None and "api_key_name" in wire:
            field_dict["api_key_name"] = None
        if self.attempt_count is not None:
            attempt_count: int | None | Unset
            if isinstance(self.attempt_count, Unset):
                attempt_count = UNSET
            else:
                attempt_count = self.attempt_count
            field_dict["attempt_count"] = attempt_count
        elif wire is not None and "attempt_count" in wire:
            field_dict["attempt_count"] = None
        if self.attempt_position is not None:
            attempt_position: int | None | Unset
            if isinstance(self.attempt_position, Unset):
                attempt_position = UNSET
            else:
                attempt_position = self.attempt_position
            field_dict["attempt_position"] = attempt_position
        elif wire is not None and "attempt_position" in wire:
            field_dict["attempt_position"] = None
        if self.policy_name is not None:
            policy_name: None | str | Unset
            if isinstance(self.policy_name, Unset):
                policy_name = UNSET
            else:
                policy_name = self.policy_name
            field_dict["policy_name"] = policy_name
        elif wire is not None and "policy_name" in wire:
            field_dict["policy_name"] = None
        if self.request_group_id is not None:
            request_group_id: None | str | Unset
            if isinstance(self.request_group_id, Unset):
                request_group_id = UNSET
            else:
                request_group_id = self.request_group_id
            field_dict["request_group_id"] = request_group_id
        elif wire is not None and "request_group_id" in wire:
            field_dict["request_group_id"] = None
        if self.selection_reason is not None:
            selection_reason: None | str | Unset
            if isinstance(self.selection_reason, Unset):
                selection_reason = UNSET
            else:
                selection_reason = self.selection_reason
            field_dict["selection_reason"] = selection_reason
        elif wire is not None and "selection_reason" in wire:
            field_dict["selection_reason"] = None
        if self.user_alias is not None:
            user_alias: None | str | Unset
            if isinstance(self.user_alias, Unset):
                user_alias = UNSET
            else:
                user_alias = self.user_alias
            field_dict["user_alias"] = user_alias
        elif wire is not None and "user_alias" in wire:
            field_dict["user_alias"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        api_key_id = d.pop("api_key_id")

        billing_meters = d.pop("billing_meters")
        if billing_meters is not None:
            try:
                if not isinstance(billing_meters, dict):
                    raise TypeError()
                billing_meters_type_0 = BillingMeters.from_dict(billing_meters)

                billing_meters = billing_meters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                try:
                    if not isinstance(billing_meters, dict):
                        raise TypeError()
                    billing_meters_type_1 = UsageEntryBillingMetersType1.from_dict(billing_meters)

                    billing_meters = billing_meters_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass

        cache_read_tokens = d.pop("cache_read_tokens")

        cache_write_1h_tokens = d.pop("cache_write_1h_tokens")

        cache_write_tokens = d.pop("cache_write_tokens")

        completion_tokens = d.pop("completion_tokens")

        cost = d.pop("cost")

        counts_toward_budget = d.pop("counts_toward_budget")

        endpoint = d.pop("endpoint")

        error_message = d.pop("error_message")

        id = d.pop("id")

        latency_ms = d.pop("latency_ms")

        model = d.pop("model")

        pricing_breakdown = d.pop("pricing_breakdown")
        if pricing_breakdown is not None:
            try:
                if not isinstance(pricing_breakdown, list):
                    raise TypeError()
                pricing_breakdown_type_0 = []
                _pricing_breakdown_type_0 = pricing_breakdown
                for pricing_breakdown_type_0_item_data in _pricing_breakdown_type_0:
                    pricing_breakdown_type_0_item = pricing_breakdown_type_0_item_data
                    try:
                        if not isinstance(pricing_breakdown_type_0_item, dict):
                            raise TypeError()
                        pricing_breakdown_type_0_item_type_0 = TokenChargeLine.from_dict(pricing_breakdown_type_0_item)

                        pricing_breakdown_type_0_item = pricing_breakdown_type_0_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        try:
                            if not isinstance(pricing_breakdown_type_0_item, dict):
                                raise TypeError()
                            pricing_breakdown_type_0_item_type_1 = UnitChargeLine.from_dict(
                                pricing_breakdown_type_0_item
                            )

                            pricing_breakdown_type_0_item = pricing_breakdown_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            if not isinstance(pricing_breakdown_type_0_item, dict):
                                raise TypeError()
                            pricing_breakdown_type_0_item_type_2 = UsageEntryPricingBreakdownType0ItemType2.from_dict(
                                pricing_breakdown_type_0_item
                            )

                            pricing_breakdown_type_0_item = pricing_breakdown_type_0_item_type_2

                    pricing_breakdown_type_0.append(pricing_breakdown_type_0_item)

                pricing_breakdown = pricing_breakdown_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        prompt_tokens = d.pop("prompt_tokens")

        provider = d.pop("provider")

        source = d.pop("source")

        source_label = d.pop("source_label")

        status = d.pop("status")

        status_code = d.pop("status_code")

        timestamp = d.pop("timestamp")

        total_tokens = d.pop("total_tokens")

        user_id = d.pop("user_id")

        api_key_name = d.pop("api_key_name", None)

        attempt_count = d.pop("attempt_count", None)

        attempt_position = d.pop("attempt_position", None)

        policy_name = d.pop("policy_name", None)

        request_group_id = d.pop("request_group_id", None)

        selection_reason = d.pop("selection_reason", None)

        user_alias = d.pop("user_alias", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        usage_entry = cls(
            api_key_id,
            billing_meters,
            cache_read_tokens,
            cache_write_1h_tokens,
            cache_write_tokens,
            completion_tokens,
            cost,
            counts_toward_budget,
            endpoint,
            error_message,
            id,
            latency_ms,
            model,
            pricing_breakdown,
            prompt_tokens,
            provider,
            source,
            source_label,
            status,
            status_code,
            timestamp,
            total_tokens,
            user_id,
            api_key_name,
            attempt_count,
            attempt_position,
            policy_name,
            request_group_id,
            selection_reason,
            user_alias,
        )
        usage_entry._wire = src_dict

        usage_entry.additional_properties = d
        return usage_entry

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
                "api_key_id",
                "billing_meters",
                "cache_read_tokens",
                "cache_write_1h_tokens",
                "cache_write_tokens",
                "completion_tokens",
                "cost",
                "counts_toward_budget",
                "endpoint",
                "error_message",
                "id",
                "latency_ms",
                "model",
                "pricing_breakdown",
                "prompt_tokens",
                "provider",
                "source",
                "source_label",
                "status",
                "status_code",
                "timestamp",
                "total_tokens",
                "user_id",
                "api_key_name",
                "attempt_count",
                "attempt_position",
                "policy_name",
                "request_group_id",
                "selection_reason",
                "user_alias",
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
    """Import the model classes UsageEntry refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, BillingMeters, TokenChargeLine, UnitChargeLine, UsageEntryBillingMetersType1, UsageEntryPricingBreakdownType0ItemType2  # noqa: PLW0603
    from ..models.billing_meters import BillingMeters  # noqa: PLC0415
    from ..models.token_charge_line import TokenChargeLine  # noqa: PLC0415
    from ..models.unit_charge_line import UnitChargeLine  # noqa: PLC0415
    from ..models.usage_entry_billing_meters_type_1 import UsageEntryBillingMetersType1  # noqa: PLC0415
    from ..models.usage_entry_pricing_breakdown_type_0_item_type_2 import (
        UsageEntryPricingBreakdownType0ItemType2,  # noqa: PLC0415
    )

    _imported = True
