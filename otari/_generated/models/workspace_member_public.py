from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="WorkspaceMemberPublic")


@_attrs_define
class WorkspaceMemberPublic:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        user_id (UUID):
        workspace_id (UUID):
        role (str):
        status (str):
        updated_at (datetime.datetime | None):
    """

    created_at: datetime.datetime
    id: UUID
    user_id: UUID
    workspace_id: UUID
    role: str = "member"
    status: str = "active"
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        user_id = str(self.user_id)

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "user_id": user_id,
                "workspace_id": workspace_id,
            }
        )
        wire = self._wire
        if wire is None or "role" in wire or self.role != "member":
            role = self.role
            field_dict["role"] = role
        if wire is None or "status" in wire or self.status != "active":
            status = self.status
            field_dict["status"] = status
        if self.updated_at is not None:
            updated_at: None | str | Unset
            if isinstance(self.updated_at, Unset):
                updated_at = UNSET
            elif isinstance(self.updated_at, datetime.datetime):
                updated_at = self.updated_at.isoformat()
            else:
                updated_at = self.updated_at
            field_dict["updated_at"] = updated_at
        elif wire is not None and "updated_at" in wire:
            field_dict["updated_at"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        user_id = UUID(d.pop("user_id"))

        workspace_id = UUID(d.pop("workspace_id"))

        role = d.pop("role", "member")

        status = d.pop("status", "active")

        updated_at = d.pop("updated_at", None)
        if updated_at is not None and not isinstance(updated_at, Unset):
            try:
                if not isinstance(updated_at, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        workspace_member_public = cls(
            created_at,
            id,
            user_id,
            workspace_id,
            role,
            status,
            updated_at,
        )
        workspace_member_public._wire = src_dict

        workspace_member_public.additional_properties = d
        return workspace_member_public

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
                "created_at",
                "id",
                "user_id",
                "workspace_id",
                "role",
                "status",
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
