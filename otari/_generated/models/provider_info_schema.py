from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_capabilities_schema import ProviderCapabilitiesSchema


T = TypeVar("T", bound="ProviderInfoSchema")


@_attrs_define
class ProviderInfoSchema:
    """Static, network-free metadata for one configured provider instance.

    Attributes:
        capabilities (ProviderCapabilitiesSchema): Curated capability flags for a provider.
        instance (str): Configured provider key (may differ from the type).
        name (str): Human-friendly provider name.
        provider_type (str): Underlying any-llm provider type.
        description (None | str | Unset):
        doc_url (None | str | Unset):
        env_key (None | str | Unset): Env var the credential is read from.
        pricing_urls (list[str] | Unset):
    """

    capabilities: ProviderCapabilitiesSchema
    instance: str
    name: str
    provider_type: str
    description: None | str | Unset = UNSET
    doc_url: None | str | Unset = UNSET
    env_key: None | str | Unset = UNSET
    pricing_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_capabilities_schema import ProviderCapabilitiesSchema  # noqa: PLC0415

        capabilities = self.capabilities.to_dict()

        instance = self.instance

        name = self.name

        provider_type = self.provider_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        doc_url: None | str | Unset
        if isinstance(self.doc_url, Unset):
            doc_url = UNSET
        else:
            doc_url = self.doc_url

        env_key: None | str | Unset
        if isinstance(self.env_key, Unset):
            env_key = UNSET
        else:
            env_key = self.env_key

        pricing_urls: list[str] | Unset = UNSET
        if not isinstance(self.pricing_urls, Unset):
            pricing_urls = self.pricing_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capabilities": capabilities,
                "instance": instance,
                "name": name,
                "provider_type": provider_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if doc_url is not UNSET:
            field_dict["doc_url"] = doc_url
        if env_key is not UNSET:
            field_dict["env_key"] = env_key
        if pricing_urls is not UNSET:
            field_dict["pricing_urls"] = pricing_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_capabilities_schema import ProviderCapabilitiesSchema  # noqa: PLC0415

        d = dict(src_dict)
        capabilities = ProviderCapabilitiesSchema.from_dict(d.pop("capabilities"))

        instance = d.pop("instance")

        name = d.pop("name")

        provider_type = d.pop("provider_type")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_doc_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_url = _parse_doc_url(d.pop("doc_url", UNSET))

        def _parse_env_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        env_key = _parse_env_key(d.pop("env_key", UNSET))

        pricing_urls = cast(list[str], d.pop("pricing_urls", UNSET))

        provider_info_schema = cls(
            capabilities=capabilities,
            instance=instance,
            name=name,
            provider_type=provider_type,
            description=description,
            doc_url=doc_url,
            env_key=env_key,
            pricing_urls=pricing_urls,
        )

        provider_info_schema.additional_properties = d
        return provider_info_schema

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
