from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="WorkspaceMemberBudgetPolicyCreate")


@_attrs_define
class WorkspaceMemberBudgetPolicyCreate:
    """Request body for creating a default.

    Attributes:
        budget_id (str): The budget this workspace hands to every member
        provider_key_id (None | str | Unset): Narrow the default to one provider instance; null applies to every
            provider
    """

    budget_id: str
    provider_key_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_id = self.budget_id

        provider_key_id: None | str | Unset
        if isinstance(self.provider_key_id, Unset):
            provider_key_id = UNSET
        else:
            provider_key_id = self.provider_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_id": budget_id,
            }
        )
        if provider_key_id is not UNSET:
            field_dict["provider_key_id"] = provider_key_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_id = d.pop("budget_id")

        provider_key_id = d.pop("provider_key_id", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        workspace_member_budget_policy_create = cls(
            budget_id,
            provider_key_id,
        )

        workspace_member_budget_policy_create.additional_properties = d
        return workspace_member_budget_policy_create

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
                "budget_id",
                "provider_key_id",
            ),
        )
