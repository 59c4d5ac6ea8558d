from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.create_stored_provider_request_client_args_type_0 import (
        CreateStoredProviderRequestClientArgsType0,
    )


T = TypeVar("T", bound="CreateStoredProviderRequest")


@_attrs_define
class CreateStoredProviderRequest:
    """Create a stored provider. ``api_key`` is write-only and requires OTARI_SECRET_KEY.

    Attributes:
        instance (str): Routing key, e.g. 'openai' or a named instance like 'home_lab'.
        api_base (None | str | Unset):
        api_key (None | str | Unset): Provider API key. Stored encrypted; never returned.
        client_args (CreateStoredProviderRequestClientArgsType0 | None | Unset):
        provider_type (None | str | Unset): any-llm implementation when the instance name is not itself one.
    """

    instance: str
    api_base: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    client_args: CreateStoredProviderRequestClientArgsType0 | None | Unset = UNSET
    provider_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        instance = self.instance

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
        elif isinstance(self.client_args, CreateStoredProviderRequestClientArgsType0):
            client_args = self.client_args.to_dict()
        else:
            client_args = self.client_args

        provider_type: None | str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = self.provider_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance": instance,
            }
        )
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if client_args is not UNSET:
            field_dict["client_args"] = client_args
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        instance = d.pop("instance")

        api_base = d.pop("api_base", UNSET)

        api_key = d.pop("api_key", UNSET)

        client_args = d.pop("client_args", UNSET)
        if client_args is not None and not isinstance(client_args, Unset):
            try:
                if not isinstance(client_args, dict):
                    raise TypeError()
                client_args_type_0 = CreateStoredProviderRequestClientArgsType0.from_dict(client_args)

                client_args = client_args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        provider_type = d.pop("provider_type", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        create_stored_provider_request = cls(
            instance,
            api_base,
            api_key,
            client_args,
            provider_type,
        )

        create_stored_provider_request.additional_properties = d
        return create_stored_provider_request

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
                "instance",
                "api_base",
                "api_key",
                "client_args",
                "provider_type",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes CreateStoredProviderRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, CreateStoredProviderRequestClientArgsType0  # noqa: PLW0603
    from ..models.create_stored_provider_request_client_args_type_0 import (
        CreateStoredProviderRequestClientArgsType0,  # noqa: PLC0415
    )

    _imported = True
