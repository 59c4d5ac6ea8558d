from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.caller_workspace_membership_public import (
        CallerWorkspaceMembershipPublic,
    )
    from ..models.organization_public import OrganizationPublic


T = TypeVar("T", bound="OrganizationMembershipContextPublic")


@_attrs_define
class OrganizationMembershipContextPublic:
    """An organization plus the caller's standing in it.

    What every tenancy page reads first: which organization it is looking at,
    and what the caller may do there.

        Attributes:
            organization (OrganizationPublic):
            organization_member_id (UUID):
            role (str):
            status (str):
            byo_provider_keys_allowed (bool):
            workspace_memberships (list[CallerWorkspaceMembershipPublic] | None):
    """

    organization: OrganizationPublic
    organization_member_id: UUID
    role: str
    status: str
    byo_provider_keys_allowed: bool = False
    workspace_memberships: list[CallerWorkspaceMembershipPublic] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        organization = self.organization.to_dict()

        organization_member_id = str(self.organization_member_id)

        role = self.role

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization": organization,
                "organization_member_id": organization_member_id,
                "role": role,
                "status": status,
            }
        )
        wire = self._wire
        if wire is None or "byo_provider_keys_allowed" in wire or self.byo_provider_keys_allowed != False:
            byo_provider_keys_allowed = self.byo_provider_keys_allowed
            field_dict["byo_provider_keys_allowed"] = byo_provider_keys_allowed
        if self.workspace_memberships is not None:
            workspace_memberships: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.workspace_memberships, Unset):
                workspace_memberships = []
                for workspace_memberships_item_data in self.workspace_memberships:
                    workspace_memberships_item = workspace_memberships_item_data.to_dict()
                    workspace_memberships.append(workspace_memberships_item)

            field_dict["workspace_memberships"] = workspace_memberships
        elif wire is not None and "workspace_memberships" in wire:
            field_dict["workspace_memberships"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        organization = OrganizationPublic.from_dict(d.pop("organization"))

        organization_member_id = UUID(d.pop("organization_member_id"))

        role = d.pop("role")

        status = d.pop("status")

        byo_provider_keys_allowed = d.pop("byo_provider_keys_allowed", False)

        _workspace_memberships = d.pop("workspace_memberships", UNSET)
        workspace_memberships: list[CallerWorkspaceMembershipPublic] | Unset = UNSET
        if _workspace_memberships is not UNSET:
            workspace_memberships = []
            for workspace_memberships_item_data in _workspace_memberships:
                workspace_memberships_item = CallerWorkspaceMembershipPublic.from_dict(workspace_memberships_item_data)

                workspace_memberships.append(workspace_memberships_item)

        if isinstance(workspace_memberships, Unset):
            workspace_memberships = None

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        organization_membership_context_public = cls(
            organization,
            organization_member_id,
            role,
            status,
            byo_provider_keys_allowed,
            workspace_memberships,
        )
        organization_membership_context_public._wire = src_dict

        organization_membership_context_public.additional_properties = d
        return organization_membership_context_public

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
                "organization",
                "organization_member_id",
                "role",
                "status",
                "byo_provider_keys_allowed",
                "workspace_memberships",
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


_imported = False


def _import_lazy() -> None:
    """Import the model classes OrganizationMembershipContextPublic refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, CallerWorkspaceMembershipPublic, OrganizationPublic  # noqa: PLW0603
    from ..models.caller_workspace_membership_public import (
        CallerWorkspaceMembershipPublic,  # noqa: PLC0415
    )
    from ..models.organization_public import OrganizationPublic  # noqa: PLC0415

    _imported = True
