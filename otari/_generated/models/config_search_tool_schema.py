from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="ConfigSearchToolSchema")


@_attrs_define
class ConfigSearchToolSchema:
    """A search tool declared in the config file. Read-only: it cannot be edited here.

    Attributes:
        has_api_key (bool): Whether the config entry carries an API key. The key itself is not shown.
        name (str):
        provider (str):
        api_base (None | str):
        shadowed (bool): True when a stored search tool of the same name overrides this entry.
    """

    has_api_key: bool
    name: str
    provider: str
    api_base: None | str = None
    shadowed: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        has_api_key = self.has_api_key

        name = self.name

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_api_key": has_api_key,
                "name": name,
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
        if wire is None or "shadowed" in wire or self.shadowed != False:
            shadowed = self.shadowed
            field_dict["shadowed"] = shadowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_api_key = d.pop("has_api_key")

        name = d.pop("name")

        provider = d.pop("provider")

        api_base = d.pop("api_base", None)

        shadowed = d.pop("shadowed", False)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        config_search_tool_schema = cls(
            has_api_key,
            name,
            provider,
            api_base,
            shadowed,
        )
        config_search_tool_schema._wire = src_dict

        config_search_tool_schema.additional_properties = d
        return config_search_tool_schema

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
                "has_api_key",
                "name",
                "provider",
                "api_base",
                "shadowed",
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
