from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BudgetResponse")


@_attrs_define
class BudgetResponse:
    """Response model for budget information.

    ``max_budget`` is the per-user spending limit, and multiple users can share
    one budget, so the usage rollup is an aggregate over the users assigned to
    this budget: how many there are and their combined ``spend`` / ``reserved``.
    Assigning users to a budget is done through the users API (dashboard support
    lands with user management), so a fresh gateway reports zeros here.

        Attributes:
            budget_duration_sec (int | None):
            budget_id (str):
            created_at (str):
            max_budget (float | None):
            name (None | str):
            reset_alignment (None | str):
            updated_at (str):
            total_reserved (float | Unset):  Default: 0.0.
            total_spend (float | Unset):  Default: 0.0.
            user_count (int | Unset):  Default: 0.
    """

    budget_duration_sec: int | None
    budget_id: str
    created_at: str
    max_budget: float | None
    name: None | str
    reset_alignment: None | str
    updated_at: str
    total_reserved: float | Unset = 0.0
    total_spend: float | Unset = 0.0
    user_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_duration_sec: int | None
        budget_duration_sec = self.budget_duration_sec

        budget_id = self.budget_id

        created_at = self.created_at

        max_budget: float | None
        max_budget = self.max_budget

        name: None | str
        name = self.name

        reset_alignment: None | str
        reset_alignment = self.reset_alignment

        updated_at = self.updated_at

        total_reserved = self.total_reserved

        total_spend = self.total_spend

        user_count = self.user_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_duration_sec": budget_duration_sec,
                "budget_id": budget_id,
                "created_at": created_at,
                "max_budget": max_budget,
                "name": name,
                "reset_alignment": reset_alignment,
                "updated_at": updated_at,
            }
        )
        if total_reserved is not UNSET:
            field_dict["total_reserved"] = total_reserved
        if total_spend is not UNSET:
            field_dict["total_spend"] = total_spend
        if user_count is not UNSET:
            field_dict["user_count"] = user_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_budget_duration_sec(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        budget_duration_sec = _parse_budget_duration_sec(d.pop("budget_duration_sec"))

        budget_id = d.pop("budget_id")

        created_at = d.pop("created_at")

        def _parse_max_budget(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_budget = _parse_max_budget(d.pop("max_budget"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_reset_alignment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reset_alignment = _parse_reset_alignment(d.pop("reset_alignment"))

        updated_at = d.pop("updated_at")

        total_reserved = d.pop("total_reserved", UNSET)

        total_spend = d.pop("total_spend", UNSET)

        user_count = d.pop("user_count", UNSET)

        budget_response = cls(
            budget_duration_sec=budget_duration_sec,
            budget_id=budget_id,
            created_at=created_at,
            max_budget=max_budget,
            name=name,
            reset_alignment=reset_alignment,
            updated_at=updated_at,
            total_reserved=total_reserved,
            total_spend=total_spend,
            user_count=user_count,
        )

        budget_response.additional_properties = d
        return budget_response

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
