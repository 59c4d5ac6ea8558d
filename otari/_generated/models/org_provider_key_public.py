from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.org_provider_key_public_client_args_type_0 import (
        OrgProviderKeyPublicClientArgsType0,
    )


T = TypeVar("T", bound="OrgProviderKeyPublic")


@_attrs_define
class OrgProviderKeyPublic:
    """The API-facing shape. Never carries the key, only whether one is set.

    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        is_org_default (bool):
        name (str):
        organization_id (UUID):
        provider (str):
        api_base (None | str):
        archived_at (datetime.datetime | None):
        client_args (None | OrgProviderKeyPublicClientArgsType0):
        last4 (None | str):
        updated_at (datetime.datetime | None):
    """

    created_at: datetime.datetime
    id: UUID
    is_org_default: bool
    name: str
    organization_id: UUID
    provider: str
    api_base: None | str = None
    archived_at: datetime.datetime | None = None
    client_args: None | OrgProviderKeyPublicClientArgsType0 = None
    last4: None | str = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        created_at = self.created_at.isoformat()

        id = str(self.id)

        is_org_default = self.is_org_default

        name = self.name

        organization_id = str(self.organization_id)

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "is_org_default": is_org_default,
                "name": name,
                "organization_id": organization_id,
                "provider": provider,
            }
        )
        wire = self._wire
        if self.api_base is not None:
            api_base: None | str | Unset
            if isinstance(self.api_base, Unset):
                api_base = UNSET
            else:
                api_base = self.api_base
            field_dict["api_base"] = api_base
        elif wire is not None and "api_base" in wire:
            field_dict["api_base"] = None
        if self.archived_at is not None:
            archived_at: None | str | Unset
            if isinstance(self.archived_at, Unset):
                archived_at = UNSET
            elif isinstance(self.archived_at, datetime.datetime):
                archived_at = self.archived_at.isoformat()
            else:
                archived_at = self.archived_at
            field_dict["archived_at"] = archived_at
        elif wire is not None and "archived_at" in wire:
            field_dict["archived_at"] = None
        if self.client_args is not None:
            client_args: dict[str, Any] | None | Unset
            if isinstance(self.client_args, Unset):
                client_args = UNSET
            elif isinstance(self.client_args, OrgProviderKeyPublicClientArgsType0):
                client_args = self.client_args.to_dict()
            else:
                client_args = self.client_args
            field_dict["client_args"] = client_args
        elif wire is not None and "client_args" in wire:
            field_dict["client_args"] = None
        if self.last4 is not None:
            last4: None | str | Unset
            if isinstance(self.last4, Unset):
                last4 = UNSET
            else:
                last4 = self.last4
            field_dict["last4"] = last4
        elif wire is not None and "last4" in wire:
            field_dict["last4"] = None
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
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = UUID(d.pop("id"))

        is_org_default = d.pop("is_org_default")

        name = d.pop("name")

        organization_id = UUID(d.pop("organization_id"))

        provider = d.pop("provider")

        api_base = d.pop("api_base", None)

        archived_at = d.pop("archived_at", None)
        if archived_at is not None and not isinstance(archived_at, Unset):
            try:
                if not isinstance(archived_at, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(archived_at)

                archived_at = archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        client_args = d.pop("client_args", None)
        if client_args is not None and not isinstance(client_args, Unset):
            try:
                if not isinstance(client_args, dict):
                    raise TypeError()
                client_args_type_0 = OrgProviderKeyPublicClientArgsType0.from_dict(client_args)

                client_args = client_args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        last4 = d.pop("last4", None)

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
        org_provider_key_public = cls(
            created_at,
            id,
            is_org_default,
            name,
            organization_id,
            provider,
            api_base,
            archived_at,
            client_args,
            last4,
            updated_at,
        )
        org_provider_key_public._wire = src_dict

        org_provider_key_public.additional_properties = d
        return org_provider_key_public

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
                "is_org_default",
                "name",
                "organization_id",
                "provider",
                "api_base",
                "archived_at",
                "client_args",
                "last4",
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


_imported = False


def _import_lazy() -> None:
    """Import the model classes OrgProviderKeyPublic refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, OrgProviderKeyPublicClientArgsType0  # noqa: PLW0603
    from ..models.org_provider_key_public_client_args_type_0 import (
        OrgProviderKeyPublicClientArgsType0,  # noqa: PLC0415
    )

    _imported = True
