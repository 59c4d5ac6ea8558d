from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_scoped_budget_request_scope_type import (
    CreateScopedBudgetRequestScopeType,
)
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="CreateScopedBudgetRequest")


@_attrs_define
class CreateScopedBudgetRequest:
    """Request model for creating a scoped budget.

    Attributes:
        budget_id (str): The budget this ceiling enforces; its limit and period are read through it
        scope_id (str): Id of the capped identity: an organization, workspace, membership row, or API key
        scope_type (CreateScopedBudgetRequestScopeType): Which kind of identity this ceiling caps
        name (None | str | Unset): Admin-facing label for this ceiling
        provider_key_id (None | str | Unset): Narrow the cap to one provider instance; null caps spend across every
            provider
    """

    budget_id: str
    scope_id: str
    scope_type: CreateScopedBudgetRequestScopeType
    name: None | str | Unset = UNSET
    provider_key_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_id = self.budget_id

        scope_id = self.scope_id

        scope_type = self.scope_type.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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
                "scope_id": scope_id,
                "scope_type": scope_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if provider_key_id is not UNSET:
            field_dict["provider_key_id"] = provider_key_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_id = d.pop("budget_id")

        scope_id = d.pop("scope_id")

        scope_type = CreateScopedBudgetRequestScopeType(d.pop("scope_type"))

        name = d.pop("name", UNSET)

        provider_key_id = d.pop("provider_key_id", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        create_scoped_budget_request = cls(
            budget_id,
            scope_id,
            scope_type,
            name,
            provider_key_id,
        )

        create_scoped_budget_request.additional_properties = d
        return create_scoped_budget_request

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
                "scope_id",
                "scope_type",
                "name",
                "provider_key_id",
            ),
        )
