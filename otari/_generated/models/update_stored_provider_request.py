from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.update_stored_provider_request_client_args_type_0 import (
        UpdateStoredProviderRequestClientArgsType0,
    )


T = TypeVar("T", bound="UpdateStoredProviderRequest")


@_attrs_define
class UpdateStoredProviderRequest:
    """Update a stored provider. Omitted fields are unchanged; ``api_key`` rotates in place.

    Attributes:
        api_base (None | str | Unset):
        api_key (None | str | Unset): New API key. Omit to keep the existing one. Never returned.
        client_args (None | Unset | UpdateStoredProviderRequestClientArgsType0):
        expected_updated_at (None | str | Unset): Optimistic concurrency: if set, the update 412s unless it matches the
            stored updated_at.
        provider_type (None | str | Unset):
    """

    api_base: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    client_args: None | Unset | UpdateStoredProviderRequestClientArgsType0 = UNSET
    expected_updated_at: None | str | Unset = UNSET
    provider_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_stored_provider_request_client_args_type_0 import (
            UpdateStoredProviderRequestClientArgsType0,  # noqa: PLC0415
        )

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
        elif isinstance(self.client_args, UpdateStoredProviderRequestClientArgsType0):
            client_args = self.client_args.to_dict()
        else:
            client_args = self.client_args

        expected_updated_at: None | str | Unset
        if isinstance(self.expected_updated_at, Unset):
            expected_updated_at = UNSET
        else:
            expected_updated_at = self.expected_updated_at

        provider_type: None | str | Unset
        if isinstance(self.provider_type, Unset):
            provider_type = UNSET
        else:
            provider_type = self.provider_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if client_args is not UNSET:
            field_dict["client_args"] = client_args
        if expected_updated_at is not UNSET:
            field_dict["expected_updated_at"] = expected_updated_at
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_stored_provider_request_client_args_type_0 import (
            UpdateStoredProviderRequestClientArgsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_api_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_base = _parse_api_base(d.pop("api_base", UNSET))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_client_args(data: object) -> None | Unset | UpdateStoredProviderRequestClientArgsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_args_type_0 = UpdateStoredProviderRequestClientArgsType0.from_dict(data)

                return client_args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateStoredProviderRequestClientArgsType0, data)

        client_args = _parse_client_args(d.pop("client_args", UNSET))

        def _parse_expected_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected_updated_at = _parse_expected_updated_at(d.pop("expected_updated_at", UNSET))

        def _parse_provider_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_type = _parse_provider_type(d.pop("provider_type", UNSET))

        update_stored_provider_request = cls(
            api_base=api_base,
            api_key=api_key,
            client_args=client_args,
            expected_updated_at=expected_updated_at,
            provider_type=provider_type,
        )

        update_stored_provider_request.additional_properties = d
        return update_stored_provider_request

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
                "api_base",
                "api_key",
                "client_args",
                "expected_updated_at",
                "provider_type",
            ),
        )
