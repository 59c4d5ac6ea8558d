from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activation_attempt_public_error_category_type_0 import (
    ActivationAttemptPublicErrorCategoryType0,
)
from ..models.activation_attempt_public_status import ActivationAttemptPublicStatus
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ActivationAttemptPublic")


@_attrs_define
class ActivationAttemptPublic:
    """One gateway request in this workspace, as the guide reports it.

    Attributes:
        occurred_at (str): When the request was recorded, UTC ISO-8601.
        request_id (str): The usage row's id, which the Activity page can be filtered by.
        status (ActivationAttemptPublicStatus):
        cost_usd (float | None):
        error_category (ActivationAttemptPublicErrorCategoryType0 | None): What kind of failure this was, for a failed
            attempt only. The dashboard renders its own sentence per category; the provider's own error text is never
            returned here.
        latency_ms (int | None):
        model (None | str): Model the request named.
        provider (None | str): Provider instance that served it, when one did.
    """

    occurred_at: str
    request_id: str
    status: ActivationAttemptPublicStatus
    cost_usd: float | None = None
    error_category: ActivationAttemptPublicErrorCategoryType0 | None = None
    latency_ms: int | None = None
    model: None | str = None
    provider: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        occurred_at = self.occurred_at

        request_id = self.request_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "occurred_at": occurred_at,
                "request_id": request_id,
                "status": status,
            }
        )
        wire = self._wire
        if self.cost_usd is not None:
            cost_usd: float | None | Unset
            if isinstance(self.cost_usd, Unset):
                cost_usd = UNSET
            else:
                cost_usd = self.cost_usd
            field_dict["cost_usd"] = cost_usd
        elif wire is not None and "cost_usd" in wire:
            field_dict["cost_usd"] = None
        if self.error_category is not None:
            error_category: None | str | Unset
            if isinstance(self.error_category, Unset):
                error_category = UNSET
            elif isinstance(self.error_category, ActivationAttemptPublicErrorCategoryType0):
                error_category = self.error_category.value
            else:
                error_category = self.error_category
            field_dict["error_category"] = error_category
        elif wire is not None and "error_category" in wire:
            field_dict["error_category"] = None
        if self.latency_ms is not None:
            latency_ms: int | None | Unset
            if isinstance(self.latency_ms, Unset):
                latency_ms = UNSET
            else:
                latency_ms = self.latency_ms
            field_dict["latency_ms"] = latency_ms
        elif wire is not None and "latency_ms" in wire:
            field_dict["latency_ms"] = None
        if self.model is not None:
            model: None | str | Unset
            if isinstance(self.model, Unset):
                model = UNSET
            else:
                model = self.model
            field_dict["model"] = model
        elif wire is not None and "model" in wire:
            field_dict["model"] = None
        if self.provider is not None:
            provider: None | str | Unset
            if isinstance(self.provider, Unset):
                provider = UNSET
            else:
                provider = self.provider
            field_dict["provider"] = provider
        elif wire is not None and "provider" in wire:
            field_dict["provider"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        occurred_at = d.pop("occurred_at")

        request_id = d.pop("request_id")

        status = ActivationAttemptPublicStatus(d.pop("status"))

        cost_usd = d.pop("cost_usd", None)

        error_category = d.pop("error_category", None)
        if error_category is not None and not isinstance(error_category, Unset):
            try:
                if not isinstance(error_category, str):
                    raise TypeError()
                error_category_type_0 = ActivationAttemptPublicErrorCategoryType0(error_category)

                error_category = error_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        latency_ms = d.pop("latency_ms", None)

        model = d.pop("model", None)

        provider = d.pop("provider", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        activation_attempt_public = cls(
            occurred_at,
            request_id,
            status,
            cost_usd,
            error_category,
            latency_ms,
            model,
            provider,
        )
        activation_attempt_public._wire = src_dict

        activation_attempt_public.additional_properties = d
        return activation_attempt_public

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
                "occurred_at",
                "request_id",
                "status",
                "cost_usd",
                "error_category",
                "latency_ms",
                "model",
                "provider",
            ),
        )
