from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ScopedBudgetResponse")


@_attrs_define
class ScopedBudgetResponse:
    """One scoped ceiling and its live counters.

    Unlike ``/v1/budgets``, the counters are the row's own: a scoped ceiling is
    enforced against ``current_spend + reserved_spend``, so there is no rollup
    over users to compute.

    ``max_budget``, ``budget_duration_sec`` and ``reset_alignment`` are read off
    the budget rather than stored here, and are carried on the wire so a caller
    can render a ceiling without fetching every budget to resolve one id.

        Attributes:
            budget_duration_sec (int | None):
            budget_id (str):
            created_at (str):
            current_spend (float):
            id (str):
            max_budget (float | None):
            name (None | str):
            period_end (None | str):
            period_start (None | str):
            provider_key_id (None | str):
            reserved_spend (float):
            reset_alignment (None | str):
            scope_id (str):
            scope_type (str):
            updated_at (str):
    """

    budget_duration_sec: int | None
    budget_id: str
    created_at: str
    current_spend: float
    id: str
    max_budget: float | None
    name: None | str
    period_end: None | str
    period_start: None | str
    provider_key_id: None | str
    reserved_spend: float
    reset_alignment: None | str
    scope_id: str
    scope_type: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        budget_duration_sec: int | None
        budget_duration_sec = self.budget_duration_sec

        budget_id = self.budget_id

        created_at = self.created_at

        current_spend = self.current_spend

        id = self.id

        max_budget: float | None
        max_budget = self.max_budget

        name: None | str
        name = self.name

        period_end: None | str
        period_end = self.period_end

        period_start: None | str
        period_start = self.period_start

        provider_key_id: None | str
        provider_key_id = self.provider_key_id

        reserved_spend = self.reserved_spend

        reset_alignment: None | str
        reset_alignment = self.reset_alignment

        scope_id = self.scope_id

        scope_type = self.scope_type

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_duration_sec": budget_duration_sec,
                "budget_id": budget_id,
                "created_at": created_at,
                "current_spend": current_spend,
                "id": id,
                "max_budget": max_budget,
                "name": name,
                "period_end": period_end,
                "period_start": period_start,
                "provider_key_id": provider_key_id,
                "reserved_spend": reserved_spend,
                "reset_alignment": reset_alignment,
                "scope_id": scope_id,
                "scope_type": scope_type,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_duration_sec = d.pop("budget_duration_sec")

        budget_id = d.pop("budget_id")

        created_at = d.pop("created_at")

        current_spend = d.pop("current_spend")

        id = d.pop("id")

        max_budget = d.pop("max_budget")

        name = d.pop("name")

        period_end = d.pop("period_end")

        period_start = d.pop("period_start")

        provider_key_id = d.pop("provider_key_id")

        reserved_spend = d.pop("reserved_spend")

        reset_alignment = d.pop("reset_alignment")

        scope_id = d.pop("scope_id")

        scope_type = d.pop("scope_type")

        updated_at = d.pop("updated_at")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        scoped_budget_response = cls(
            budget_duration_sec,
            budget_id,
            created_at,
            current_spend,
            id,
            max_budget,
            name,
            period_end,
            period_start,
            provider_key_id,
            reserved_spend,
            reset_alignment,
            scope_id,
            scope_type,
            updated_at,
        )
        scoped_budget_response._wire = src_dict

        scoped_budget_response.additional_properties = d
        return scoped_budget_response

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
                "budget_duration_sec",
                "budget_id",
                "created_at",
                "current_spend",
                "id",
                "max_budget",
                "name",
                "period_end",
                "period_start",
                "provider_key_id",
                "reserved_spend",
                "reset_alignment",
                "scope_id",
                "scope_type",
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
