from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.org_provider_key_create_request_client_args_type_0 import (
        OrgProviderKeyCreateRequestClientArgsType0,
    )


T = TypeVar("T", bound="OrgProviderKeyCreateRequest")


@_attrs_define
class OrgProviderKeyCreateRequest:
    """What a caller sends to create a key.

    The plaintext key is never stored as sent: the service encrypts it
    (`services/secret_box.py`) and keeps only the ciphertext and ``last4``,
    the same convention `entities.ProviderCredential` already uses.

        Attributes:
            name (str):
            provider (str):
            api_base (None | str | Unset):
            api_key (None | str | Unset):
            client_args (None | OrgProviderKeyCreateRequestClientArgsType0 | Unset):
    """

    name: str
    provider: str
    api_base: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    client_args: None | OrgProviderKeyCreateRequestClientArgsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        name = self.name

        provider = self.provider

        api_base: None | str | Unset
        if isinstance(self.api_base, Unset):
            api_base = UNSET
        else:
            api_base = self.api_base

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        client_args: dict[str, Any] | None | Unset
        if isinstance(self.client_args, Unset):
            client_args = UNSET
        elif isinstance(self.client_args, OrgProviderKeyCreateRequestClientArgsType0):
            client_args = self.client_args.to_dict()
        else:
            client_args = self.client_args

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider": provider,
            }
        )
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if client_args is not UNSET:
            field_dict["client_args"] = client_args

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        api_base = d.pop("api_base", UNSET)

        api_key = d.pop("api_key", UNSET)

        client_args = d.pop("client_args", UNSET)
        if client_args is not None and not isinstance(client_args, Unset):
            try:
                if not isinstance(client_args, dict):
                    raise TypeError()
                client_args_type_0 = OrgProviderKeyCreateRequestClientArgsType0.from_dict(client_args)

                client_args = client_args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        org_provider_key_create_request = cls(
            name,
            provider,
            api_base,
            api_key,
            client_args,
        )

        org_provider_key_create_request.additional_properties = d
        return org_provider_key_create_request

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
                "name",
                "provider",
                "api_base",
                "api_key",
                "client_args",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes OrgProviderKeyCreateRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, OrgProviderKeyCreateRequestClientArgsType0  # noqa: PLW0603
    from ..models.org_provider_key_create_request_client_args_type_0 import (
        OrgProviderKeyCreateRequestClientArgsType0,  # noqa: PLC0415
    )

    _imported = True
