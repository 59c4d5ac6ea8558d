from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_assignment_request_role import WorkspaceAssignmentRequestRole
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="WorkspaceAssignmentRequest")


@_attrs_define
class WorkspaceAssignmentRequest:
    """A workspace and the role to grant in it, applied when a member is added.

    Attributes:
        workspace_id (UUID):
        role (WorkspaceAssignmentRequestRole | Unset):  Default: WorkspaceAssignmentRequestRole.MEMBER.
    """

    workspace_id: UUID
    role: WorkspaceAssignmentRequestRole | Unset = WorkspaceAssignmentRequestRole.MEMBER
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = str(self.workspace_id)

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workspace_id = UUID(d.pop("workspace_id"))

        _role = d.pop("role", UNSET)
        role: WorkspaceAssignmentRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = WorkspaceAssignmentRequestRole(_role)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        workspace_assignment_request = cls(
            workspace_id,
            role,
        )

        workspace_assignment_request.additional_properties = d
        return workspace_assignment_request

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
                "workspace_id",
                "role",
            ),
        )
