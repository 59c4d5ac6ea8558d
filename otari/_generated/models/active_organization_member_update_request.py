from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_organization_member_update_request_role_type_0 import (
    ActiveOrganizationMemberUpdateRequestRoleType0,
)
from ..models.active_organization_member_update_request_status_type_0 import (
    ActiveOrganizationMemberUpdateRequestStatusType0,
)
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ActiveOrganizationMemberUpdateRequest")


@_attrs_define
class ActiveOrganizationMemberUpdateRequest:
    """
    Attributes:
        role (ActiveOrganizationMemberUpdateRequestRoleType0 | None | Unset):
        status (ActiveOrganizationMemberUpdateRequestStatusType0 | None | Unset):
    """

    role: ActiveOrganizationMemberUpdateRequestRoleType0 | None | Unset = UNSET
    status: ActiveOrganizationMemberUpdateRequestStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, ActiveOrganizationMemberUpdateRequestRoleType0):
            role = self.role.value
        else:
            role = self.role

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ActiveOrganizationMemberUpdateRequestStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role", UNSET)
        if role is not None and not isinstance(role, Unset):
            try:
                if not isinstance(role, str):
                    raise TypeError()
                role_type_0 = ActiveOrganizationMemberUpdateRequestRoleType0(role)

                role = role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        status = d.pop("status", UNSET)
        if status is not None and not isinstance(status, Unset):
            try:
                if not isinstance(status, str):
                    raise TypeError()
                status_type_0 = ActiveOrganizationMemberUpdateRequestStatusType0(status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        active_organization_member_update_request = cls(
            role,
            status,
        )

        active_organization_member_update_request.additional_properties = d
        return active_organization_member_update_request

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
                "role",
                "status",
            ),
        )
