from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="WorkspaceMemberBudgetPolicyUpdate")


@_attrs_define
class WorkspaceMemberBudgetPolicyUpdate:
    """Request body for pointing a default at a different budget.

    Members already materialized from this default keep the budget they were
    given: their ceiling names it directly, and this only changes what a member
    joining afterwards is handed. Editing the *budget* is the retroactive act,
    and it moves everyone naming it, in this workspace and outside it.

        Attributes:
            budget_id (str):
    """

    budget_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_id = self.budget_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_id": budget_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_id = d.pop("budget_id")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        workspace_member_budget_policy_update = cls(
            budget_id,
        )

        workspace_member_budget_policy_update.additional_properties = d
        return workspace_member_budget_policy_update

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
        return compact_repr(self, ("budget_id",))
