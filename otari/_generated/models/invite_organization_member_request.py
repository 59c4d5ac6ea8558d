from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_organization_member_request_role import (
    InviteOrganizationMemberRequestRole,
)
from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.workspace_assignment_request import WorkspaceAssignmentRequest


T = TypeVar("T", bound="InviteOrganizationMemberRequest")


@_attrs_define
class InviteOrganizationMemberRequest:
    """Invite an address to the caller's organization, optionally into workspaces at once.

    Field-for-field ``ActiveOrganizationMemberCreateRequest``'s twin: the two
    requests ask for the same thing and differ only in what creating one
    produces (this lands ``invited`` and emails a link; that lands ``active``
    immediately).

        Attributes:
            email (str):
            role (InviteOrganizationMemberRequestRole | Unset):  Default: InviteOrganizationMemberRequestRole.MEMBER.
            workspace_assignments (list[WorkspaceAssignmentRequest] | None | Unset):
    """

    email: str
    role: InviteOrganizationMemberRequestRole | Unset = InviteOrganizationMemberRequestRole.MEMBER
    workspace_assignments: list[WorkspaceAssignmentRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workspace_assignment_request import WorkspaceAssignmentRequest  # noqa: PLC0415

        email = self.email

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        workspace_assignments: list[dict[str, Any]] | None | Unset
        if isinstance(self.workspace_assignments, Unset):
            workspace_assignments = UNSET
        elif isinstance(self.workspace_assignments, list):
            workspace_assignments = []
            for workspace_assignments_type_0_item_data in self.workspace_assignments:
                workspace_assignments_type_0_item = workspace_assignments_type_0_item_data.to_dict()
                workspace_assignments.append(workspace_assignments_type_0_item)

        else:
            workspace_assignments = self.workspace_assignments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if workspace_assignments is not UNSET:
            field_dict["workspace_assignments"] = workspace_assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_assignment_request import WorkspaceAssignmentRequest  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        _role = d.pop("role", UNSET)
        role: InviteOrganizationMemberRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = InviteOrganizationMemberRequestRole(_role)

        def _parse_workspace_assignments(data: object) -> list[WorkspaceAssignmentRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                workspace_assignments_type_0 = []
                _workspace_assignments_type_0 = data
                for workspace_assignments_type_0_item_data in _workspace_assignments_type_0:
                    workspace_assignments_type_0_item = WorkspaceAssignmentRequest.from_dict(
                        workspace_assignments_type_0_item_data
                    )

                    workspace_assignments_type_0.append(workspace_assignments_type_0_item)

                return workspace_assignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkspaceAssignmentRequest] | None | Unset, data)

        workspace_assignments = _parse_workspace_assignments(d.pop("workspace_assignments", UNSET))

        invite_organization_member_request = cls(
            email=email,
            role=role,
            workspace_assignments=workspace_assignments,
        )

        invite_organization_member_request.additional_properties = d
        return invite_organization_member_request

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
                "email",
                "role",
                "workspace_assignments",
            ),
        )
