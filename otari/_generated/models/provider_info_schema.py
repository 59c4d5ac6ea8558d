from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

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
        description (None | str):
        doc_url (None | str):
        env_key (None | str): Env var the credential is read from.
        pricing_urls (list[str] | None):
    """

    capabilities: ProviderCapabilitiesSchema
    instance: str
    name: str
    provider_type: str
    description: None | str = None
    doc_url: None | str = None
    env_key: None | str = None
    pricing_urls: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        capabilities = self.capabilities.to_dict()

        instance = self.instance

        name = self.name

        provider_type = self.provider_type

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
        wire = self._wire
        if self.description is not None:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
            field_dict["description"] = description
        elif wire is not None and "description" in wire:
            field_dict["description"] = None
        if self.doc_url is not None:
            doc_url: None | str | Unset
            if isinstance(self.doc_url, Unset):
                doc_url = UNSET
            else:
                doc_url = self.doc_url
            field_dict["doc_url"] = doc_url
        elif wire is not None and "doc_url" in wire:
            field_dict["doc_url"] = None
        if self.env_key is not None:
            env_key: None | str | Unset
            if isinstance(self.env_key, Unset):
                env_key = UNSET
            else:
                env_key = self.env_key
            field_dict["env_key"] = env_key
        elif wire is not None and "env_key" in wire:
            field_dict["env_key"] = None
        if self.pricing_urls is not None:
            pricing_urls: list[str] | Unset = UNSET
            if not isinstance(self.pricing_urls, Unset):
                pricing_urls = self.pricing_urls

            field_dict["pricing_urls"] = pricing_urls
        elif wire is not None and "pricing_urls" in wire:
            field_dict["pricing_urls"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        capabilities = ProviderCapabilitiesSchema.from_dict(d.pop("capabilities"))

        instance = d.pop("instance")

        name = d.pop("name")

        provider_type = d.pop("provider_type")

        description = d.pop("description", None)

        doc_url = d.pop("doc_url", None)

        env_key = d.pop("env_key", None)

        pricing_urls = cast(list[str], d.pop("pricing_urls", UNSET))

        if isinstance(pricing_urls, Unset):
            pricing_urls = None

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        provider_info_schema = cls(
            capabilities,
            instance,
            name,
            provider_type,
            description,
            doc_url,
            env_key,
            pricing_urls,
        )
        provider_info_schema._wire = src_dict

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

    def __repr__(self) -> str:
        return compact_repr(
            self,
            (
                "capabilities",
                "instance",
                "name",
                "provider_type",
                "description",
                "doc_url",
                "env_key",
                "pricing_urls",
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
    """Import the model classes ProviderInfoSchema refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ProviderCapabilitiesSchema  # noqa: PLW0603
    from ..models.provider_capabilities_schema import ProviderCapabilitiesSchema  # noqa: PLC0415

    _imported = True
