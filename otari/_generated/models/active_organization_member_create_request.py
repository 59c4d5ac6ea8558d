from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_organization_member_create_request_role import (
    ActiveOrganizationMemberCreateRequestRole,
)
from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.workspace_assignment_request import WorkspaceAssignmentRequest


T = TypeVar("T", bound="ActiveOrganizationMemberCreateRequest")


@_attrs_define
class ActiveOrganizationMemberCreateRequest:
    """Add someone to the caller's organization, optionally into workspaces at once.

    Attributes:
        email (str):
        role (ActiveOrganizationMemberCreateRequestRole | Unset):  Default:
            ActiveOrganizationMemberCreateRequestRole.MEMBER.
        workspace_assignments (list[WorkspaceAssignmentRequest] | None | Unset):
    """

    email: str
    role: ActiveOrganizationMemberCreateRequestRole | Unset = ActiveOrganizationMemberCreateRequestRole.MEMBER
    workspace_assignments: list[WorkspaceAssignmentRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
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
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        email = d.pop("email")

        _role = d.pop("role", UNSET)
        role: ActiveOrganizationMemberCreateRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = ActiveOrganizationMemberCreateRequestRole(_role)

        workspace_assignments = d.pop("workspace_assignments", UNSET)
        if workspace_assignments is not None and not isinstance(workspace_assignments, Unset):
            try:
                if not isinstance(workspace_assignments, list):
                    raise TypeError()
                workspace_assignments_type_0 = []
                _workspace_assignments_type_0 = workspace_assignments
                for workspace_assignments_type_0_item_data in _workspace_assignments_type_0:
                    workspace_assignments_type_0_item = WorkspaceAssignmentRequest.from_dict(
                        workspace_assignments_type_0_item_data
                    )

                    workspace_assignments_type_0.append(workspace_assignments_type_0_item)

                workspace_assignments = workspace_assignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        active_organization_member_create_request = cls(
            email,
            role,
            workspace_assignments,
        )

        active_organization_member_create_request.additional_properties = d
        return active_organization_member_create_request

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


_imported = False


def _import_lazy() -> None:
    """Import the model classes ActiveOrganizationMemberCreateRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, WorkspaceAssignmentRequest  # noqa: PLW0603
    from ..models.workspace_assignment_request import WorkspaceAssignmentRequest  # noqa: PLC0415

    _imported = True
