from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generator,
    Literal,
    TextIO,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="InviteOrganizationMemberResultPublic")


@_attrs_define
class InviteOrganizationMemberResultPublic:
    """What issuing an invitation produces, and whether the email actually went out.

    Attributes:
        accept_link (str):
        created_at (datetime.datetime):
        email (str):
        expires_at (datetime.datetime):
        invitation_id (UUID):
        mail_sent (bool): Whether the invitation email was actually dispatched. False when mail is not configured, or
            the send itself failed; accept_link is set either way, so the operator can share it themselves rather than the
            invitation being a dead end.
        organization_member_id (UUID):
        role (str):
        status (Literal['invited']):
    """

    accept_link: str
    created_at: datetime.datetime
    email: str
    expires_at: datetime.datetime
    invitation_id: UUID
    mail_sent: bool
    organization_member_id: UUID
    role: str
    status: Literal["invited"] = "invited"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        accept_link = self.accept_link

        created_at = self.created_at.isoformat()

        email = self.email

        expires_at = self.expires_at.isoformat()

        invitation_id = str(self.invitation_id)

        mail_sent = self.mail_sent

        organization_member_id = str(self.organization_member_id)

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accept_link": accept_link,
                "created_at": created_at,
                "email": email,
                "expires_at": expires_at,
                "invitation_id": invitation_id,
                "mail_sent": mail_sent,
                "organization_member_id": organization_member_id,
                "role": role,
            }
        )
        wire = self._wire
        if wire is None or "status" in wire or self.status != "invited":
            status = self.status
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accept_link = d.pop("accept_link")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        email = d.pop("email")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        invitation_id = UUID(d.pop("invitation_id"))

        mail_sent = d.pop("mail_sent")

        organization_member_id = UUID(d.pop("organization_member_id"))

        role = d.pop("role")

        status = cast(Literal["invited"] | Unset, d.pop("status", UNSET))
        if status != "invited" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'invited', got '{status}'")
        if isinstance(status, Unset):
            status = "invited"

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        invite_organization_member_result_public = cls(
            accept_link,
            created_at,
            email,
            expires_at,
            invitation_id,
            mail_sent,
            organization_member_id,
            role,
            status,
        )
        invite_organization_member_result_public._wire = src_dict

        invite_organization_member_result_public.additional_properties = d
        return invite_organization_member_result_public

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
                "accept_link",
                "created_at",
                "email",
                "expires_at",
                "invitation_id",
                "mail_sent",
                "organization_member_id",
                "role",
                "status",
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
