from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ActiveOrganizationMemberPublic")


@_attrs_define
class ActiveOrganizationMemberPublic:
    """A member row joined to the identity behind it, as the roster shows it.

    Field-for-field the platform's shape, so the ported roster page is not
    rewritten around a new contract, with two consequences of the OSS line:
    ``email`` is nullable here (a local operator identity has no sign-in
    address), and ``invitation_id`` is always null until the invitation flow
    rehomes, which is what fills it.

    ``attribution_user_id`` is the addition the platform has no counterpart for.
    Keys, budgets, and usage attach to the gateway's string-keyed ``users`` row,
    not to this UUID identity, so this carries the ``user_id`` a caller passes to
    ``POST /v1/keys`` to give this member a key. It is null when no usable row
    exists (nobody minted one, or it was soft-deleted through
    ``DELETE /v1/users``), which is the signal not to offer this member as a key
    owner: key creation would refuse. How the two ids converge is the open
    question in otari-ai#1727; this field is the join until it is answered, and
    is what lets either answer land without the dashboard changing.

        Attributes:
            created_at (datetime.datetime):
            role (str):
            status (str):
            attribution_user_id (None | str):
            email (None | str):
            full_name (None | str):
            invitation_id (None | UUID):
            organization_member_id (None | UUID):
            updated_at (datetime.datetime | None):
            user_id (None | UUID):
    """

    created_at: datetime.datetime
    role: str
    status: str
    attribution_user_id: None | str = None
    email: None | str = None
    full_name: None | str = None
    invitation_id: None | UUID = None
    organization_member_id: None | UUID = None
    updated_at: datetime.datetime | None = None
    user_id: None | UUID = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        role = self.role

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
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
        if self.email is not None:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email
            field_dict["email"] = email
        elif wire is not None and "email" in wire:
            field_dict["email"] = None
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
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        role = d.pop("role")

        status = d.pop("status")

        attribution_user_id = d.pop("attribution_user_id", None)

        email = d.pop("email", None)

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
        active_organization_member_public = cls(
            created_at,
            role,
            status,
            attribution_user_id,
            email,
            full_name,
            invitation_id,
            organization_member_id,
            updated_at,
            user_id,
        )
        active_organization_member_public._wire = src_dict

        active_organization_member_public.additional_properties = d
        return active_organization_member_public

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
                "role",
                "status",
                "attribution_user_id",
                "email",
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
