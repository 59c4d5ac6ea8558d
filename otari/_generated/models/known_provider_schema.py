from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="KnownProviderSchema")


@_attrs_define
class KnownProviderSchema:
    """A selected provider's autofill hints for the add-provider form.

    Attributes:
        id (str): any-llm provider id, used as the default instance name.
        name (str): Human-friendly display name.
        requires_api_key (bool): False for keyless local backends (Ollama, llama.cpp).
        default_api_base (None | str): Built-in endpoint; blank means the SDK's default.
        env_key (None | str): Env var the SDK reads this provider's key from.
        env_key_present (bool): True when env_key is already set on the server, so a pasted key is optional (env
            fallback).
    """

    id: str
    name: str
    requires_api_key: bool
    default_api_base: None | str = None
    env_key: None | str = None
    env_key_present: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        requires_api_key = self.requires_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
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
        if self.env_key is not None:
            env_key: None | str | Unset
            if isinstance(self.env_key, Unset):
                env_key = UNSET
            else:
                env_key = self.env_key
            field_dict["env_key"] = env_key
        elif wire is not None and "env_key" in wire:
            field_dict["env_key"] = None
        if wire is None or "env_key_present" in wire or self.env_key_present != False:
            env_key_present = self.env_key_present
            field_dict["env_key_present"] = env_key_present

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        requires_api_key = d.pop("requires_api_key")

        default_api_base = d.pop("default_api_base", None)

        env_key = d.pop("env_key", None)

        env_key_present = d.pop("env_key_present", False)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        known_provider_schema = cls(
            id,
            name,
            requires_api_key,
            default_api_base,
            env_key,
            env_key_present,
        )
        known_provider_schema._wire = src_dict

        known_provider_schema.additional_properties = d
        return known_provider_schema

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
                "name",
                "requires_api_key",
                "default_api_base",
                "env_key",
                "env_key_present",
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
