from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stored_search_tool_schema_options import StoredSearchToolSchemaOptions


T = TypeVar("T", bound="StoredSearchToolSchema")


@_attrs_define
class StoredSearchToolSchema:
    """A runtime-stored search tool. The API key is never returned, only ``last4``.

    Attributes:
        name (str):
        provider (str):
        api_base (None | str | Unset):
        created_at (None | str | Unset):
        decryptable (bool | Unset):  Default: True.
        last4 (None | str | Unset):
        options (StoredSearchToolSchemaOptions | Unset):
        shadows_config (bool | Unset): True when a config-file search tool of the same name exists; the stored one is in
            effect. Default: False.
        timeout (float | None | Unset):
        updated_at (None | str | Unset):
    """

    name: str
    provider: str
    api_base: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    decryptable: bool | Unset = True
    last4: None | str | Unset = UNSET
    options: StoredSearchToolSchemaOptions | Unset = UNSET
    shadows_config: bool | Unset = False
    timeout: float | None | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stored_search_tool_schema_options import (
            StoredSearchToolSchemaOptions,  # noqa: PLC0415
        )

        name = self.name

        provider = self.provider

        api_base: None | str | Unset
        if isinstance(self.api_base, Unset):
            api_base = UNSET
        else:
            api_base = self.api_base

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        decryptable = self.decryptable

        last4: None | str | Unset
        if isinstance(self.last4, Unset):
            last4 = UNSET
        else:
            last4 = self.last4

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        shadows_config = self.shadows_config

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if decryptable is not UNSET:
            field_dict["decryptable"] = decryptable
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if options is not UNSET:
            field_dict["options"] = options
        if shadows_config is not UNSET:
            field_dict["shadows_config"] = shadows_config
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stored_search_tool_schema_options import (
            StoredSearchToolSchemaOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        def _parse_api_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_base = _parse_api_base(d.pop("api_base", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        decryptable = d.pop("decryptable", UNSET)

        def _parse_last4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last4 = _parse_last4(d.pop("last4", UNSET))

        _options = d.pop("options", UNSET)
        options: StoredSearchToolSchemaOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = StoredSearchToolSchemaOptions.from_dict(_options)

        shadows_config = d.pop("shadows_config", UNSET)

        def _parse_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        stored_search_tool_schema = cls(
            name=name,
            provider=provider,
            api_base=api_base,
            created_at=created_at,
            decryptable=decryptable,
            last4=last4,
            options=options,
            shadows_config=shadows_config,
            timeout=timeout,
            updated_at=updated_at,
        )

        stored_search_tool_schema.additional_properties = d
        return stored_search_tool_schema

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
