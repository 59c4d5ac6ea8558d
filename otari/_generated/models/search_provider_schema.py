from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SearchProviderSchema")


@_attrs_define
class SearchProviderSchema:
    """One search provider this build can dispatch to, for the add-tool picker.

    Attributes:
        id (str): Value to send as 'provider'.
        requires_api_base (bool): True when this provider has no endpoint of its own, so the tool must say where the
            backend is.
        requires_api_key (bool): True when a tool on this provider must carry an API key.
        default_api_base (None | str): The endpoint a tool on this provider uses when it declares no api_base. Null
            means nothing supplies one, so an api_base is required.
    """

    id: str
    requires_api_base: bool
    requires_api_key: bool
    default_api_base: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        requires_api_base = self.requires_api_base

        requires_api_key = self.requires_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "requires_api_base": requires_api_base,
                "requires_api_key": requires_api_key,
            }
        )
        wire = self._wire
        if self.default_api_base is not None:
            default_api_base: None | str | Unset
            if isinstance(self.default_api_base, Unset):
                default_api_base = UNSET
            else:
                default_api_base = self.default_api_base
            field_dict["default_api_base"] = default_api_base
        elif wire is not None and "default_api_base" in wire:
            field_dict["default_api_base"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        requires_api_base = d.pop("requires_api_base")

        requires_api_key = d.pop("requires_api_key")

        default_api_base = d.pop("default_api_base", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        search_provider_schema = cls(
            id,
            requires_api_base,
            requires_api_key,
            default_api_base,
        )
        search_provider_schema._wire = src_dict

        search_provider_schema.additional_properties = d
        return search_provider_schema

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
                "id",
                "requires_api_base",
                "requires_api_key",
                "default_api_base",
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
