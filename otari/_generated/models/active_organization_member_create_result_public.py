from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.active_organization_member_create_result_public_status import (
    ActiveOrganizationMemberCreateResultPublicStatus,
)
from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ActiveOrganizationMemberCreateResultPublic")


@_attrs_define
class ActiveOrganizationMemberCreateResultPublic:
    """The outcome of adding a member.

    The platform answers ``invited`` on both its branches, because being added
    there always needs acceptance: a known address gets an ``invited``
    membership, an unknown one an emailed invitation. This edition has neither
    an invitation to send nor a way to accept one, so it answers on the other
    arm of the same union, ``active``, and the invitation fields stay null until
    that flow rehomes.

        Attributes:
            email (str):
            role (str):
            status (ActiveOrganizationMemberCreateResultPublicStatus):
            attribution_user_id (None | str):
            created_at (datetime.datetime | None):
            expires_at (datetime.datetime | None):
            full_name (None | str):
            invitation_id (None | UUID):
            organization_member_id (None | UUID):
            updated_at (datetime.datetime | None):
            user_id (None | UUID):
    """

    email: str
    role: str
    status: ActiveOrganizationMemberCreateResultPublicStatus
    attribution_user_id: None | str = None
    created_at: datetime.datetime | None = None
    expires_at: datetime.datetime | None = None
    full_name: None | str = None
    invitation_id: None | UUID = None
    organization_member_id: None | UUID = None
    updated_at: datetime.datetime | None = None
    user_id: None | UUID = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role = self.role

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "role": role,
                "status": status,
            }
        )
        wire = self._wire
        if self.attribution_user_id is not None:
            attribution_user_id: None | str | Unset
            if isinstance(self.attribution_user_id, Unset):
                attribution_user_id = UNSET
            else:
                attribution_user_id = self.attribution_user_id
            field_dict["attribution_user_id"] = attribution_user_id
        elif wire is not None and "attribution_user_id" in wire:
            field_dict["attribution_user_id"] = None
        if self.created_at is not None:
            created_at: None | str | Unset
            if isinstance(self.created_at, Unset):
                created_at = UNSET
            elif isinstance(self.created_at, datetime.datetime):
                created_at = self.created_at.isoformat()
            else:
                created_at = self.created_at
            field_dict["created_at"] = created_at
        elif wire is not None and "created_at" in wire:
            field_dict["created_at"] = None
        if self.expires_at is not None:
            expires_at: None | str | Unset
            if isinstance(self.expires_at, Unset):
                expires_at = UNSET
            elif isinstance(self.expires_at, datetime.datetime):
                expires_at = self.expires_at.isoformat()
            else:
                expires_at = self.expires_at
            field_dict["expires_at"] = expires_at
        elif wire is not None and "expires_at" in wire:
            field_dict["expires_at"] = None
        if self.full_name is not None:
            full_name: None | str | Unset
            if isinstance(self.full_name, Unset):
                full_name = UNSET
            else:
                full_name = self.full_name
            field_dict["full_name"] = full_name
        elif wire is not None and "full_name" in wire:
            field_dict["full_name"] = None
        if self.invitation_id is not None:
            invitation_id: None | str | Unset
            if isinstance(self.invitation_id, Unset):
                invitation_id = UNSET
            elif isinstance(self.invitation_id, UUID):
                invitation_id = str(self.invitation_id)
            else:
                invitation_id = self.invitation_id
            field_dict["invitation_id"] = invitation_id
        elif wire is not None and "invitation_id" in wire:
            field_dict["invitation_id"] = None
        if self.organization_member_id is not None:
            organization_member_id: None | str | Unset
            if isinstance(self.organization_member_id, Unset):
                organization_member_id = UNSET
            elif isinstance(self.organization_member_id, UUID):
                organization_member_id = str(self.organization_member_id)
            else:
                organization_member_id = self.organization_member_id
            field_dict["organization_member_id"] = organization_member_id
        elif wire is not None and "organization_member_id" in wire:
            field_dict["organization_member_id"] = None
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
        if self.user_id is not None:
            user_id: None | str | Unset
            if isinstance(self.user_id, Unset):
                user_id = UNSET
            elif isinstance(self.user_id, UUID):
                user_id = str(self.user_id)
            else:
                user_id = self.user_id
            field_dict["user_id"] = user_id
        elif wire is not None and "user_id" in wire:
            field_dict["user_id"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        role = d.pop("role")

        status = ActiveOrganizationMemberCreateResultPublicStatus(d.pop("status"))

        attribution_user_id = d.pop("attribution_user_id", None)

        created_at = d.pop("created_at", None)
        if created_at is not None and not isinstance(created_at, Unset):
            try:
                if not isinstance(created_at, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        expires_at = d.pop("expires_at", None)
        if expires_at is not None and not isinstance(expires_at, Unset):
            try:
                if not isinstance(expires_at, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(expires_at)

                expires_at = expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        full_name = d.pop("full_name", None)

        invitation_id = d.pop("invitation_id", None)
        if invitation_id is not None and not isinstance(invitation_id, Unset):
            try:
                if not isinstance(invitation_id, str):
                    raise TypeError()
                invitation_id_type_0 = UUID(invitation_id)

                invitation_id = invitation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        organization_member_id = d.pop("organization_member_id", None)
        if organization_member_id is not None and not isinstance(organization_member_id, Unset):
            try:
                if not isinstance(organization_member_id, str):
                    raise TypeError()
                organization_member_id_type_0 = UUID(organization_member_id)

                organization_member_id = organization_member_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        updated_at = d.pop("updated_at", None)
        if updated_at is not None and not isinstance(updated_at, Unset):
            try:
                if not isinstance(updated_at, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        user_id = d.pop("user_id", None)
        if user_id is not None and not isinstance(user_id, Unset):
            try:
                if not isinstance(user_id, str):
                    raise TypeError()
                user_id_type_0 = UUID(user_id)

                user_id = user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        active_organization_member_create_result_public = cls(
            email,
            role,
            status,
            attribution_user_id,
            created_at,
            expires_at,
            full_name,
            invitation_id,
            organization_member_id,
            updated_at,
            user_id,
        )
        active_organization_member_create_result_public._wire = src_dict

        active_organization_member_create_result_public.additional_properties = d
        return active_organization_member_create_result_public

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
                "status",
                "attribution_user_id",
                "created_at",
                "expires_at",
                "full_name",
                "invitation_id",
                "organization_member_id",
                "updated_at",
                "user_id",
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
