from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_budget_request_reset_alignment_type_0 import (
    CreateBudgetRequestResetAlignmentType0,
)
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateBudgetRequest")


@_attrs_define
class CreateBudgetRequest:
    """Request model for creating a new budget.

    Attributes:
        budget_duration_sec (int | None | Unset): Budget duration in seconds (e.g., 86400 for daily, 604800 for weekly)
        max_budget (float | None | Unset): Maximum spending limit
        name (None | str | Unset): Admin-facing label for the budget
        reset_alignment (CreateBudgetRequestResetAlignmentType0 | None | Unset): Reset on a UTC calendar boundary
            instead of a fixed number of seconds, which is the only way to express a calendar month. Mutually exclusive with
            budget_duration_sec
    """

    budget_duration_sec: int | None | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    name: None | str | Unset = UNSET
    reset_alignment: CreateBudgetRequestResetAlignmentType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_duration_sec: int | None | Unset
        if isinstance(self.budget_duration_sec, Unset):
            budget_duration_sec = UNSET
        else:
            budget_duration_sec = self.budget_duration_sec

        max_budget: float | None | Unset
        if isinstance(self.max_budget, Unset):
            max_budget = UNSET
        else:
            max_budget = self.max_budget

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        reset_alignment: None | str | Unset
        if isinstance(self.reset_alignment, Unset):
            reset_alignment = UNSET
        elif isinstance(self.reset_alignment, CreateBudgetRequestResetAlignmentType0):
            reset_alignment = self.reset_alignment.value
        else:
            reset_alignment = self.reset_alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if budget_duration_sec is not UNSET:
            field_dict["budget_duration_sec"] = budget_duration_sec
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if name is not UNSET:
            field_dict["name"] = name
        if reset_alignment is not UNSET:
            field_dict["reset_alignment"] = reset_alignment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_duration_sec = d.pop("budget_duration_sec", UNSET)

        max_budget = d.pop("max_budget", UNSET)

        name = d.pop("name", UNSET)

        reset_alignment = d.pop("reset_alignment", UNSET)
        if reset_alignment is not None and not isinstance(reset_alignment, Unset):
            try:
                if not isinstance(reset_alignment, str):
                    raise TypeError()
                reset_alignment_type_0 = CreateBudgetRequestResetAlignmentType0(reset_alignment)

                reset_alignment = reset_alignment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        create_budget_request = cls(
            budget_duration_sec,
            max_budget,
            name,
            reset_alignment,
        )

        create_budget_request.additional_properties = d
        return create_budget_request

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
                "max_budget",
                "name",
                "reset_alignment",
            ),
        )
