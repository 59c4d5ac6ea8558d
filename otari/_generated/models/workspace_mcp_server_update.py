from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="WorkspaceMcpServerUpdate")


@_attrs_define
class WorkspaceMcpServerUpdate:
    """Partial update. Only the fields the caller sets are applied.

    ``authorization_token`` has three states rather than two, which is what a
    write-only field needs: omit it to leave the stored token alone, send
    ``""`` to clear it, send a value to rotate it. An explicit ``null`` also
    leaves it alone, matching the platform: a client that serializes its whole
    form back, with an empty token box it never filled in, must not destroy a
    token it was never shown.

        Attributes:
            allowed_tools (list[str] | None | Unset):
            authorization_token (None | str | Unset):
            enabled (bool | Unset):
            name (str | Unset):
            purpose_hint (None | str | Unset):
            url (str | Unset):
    """

    allowed_tools: list[str] | None | Unset = UNSET
    authorization_token: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    purpose_hint: None | str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_tools: list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        else:
            allowed_tools = self.allowed_tools

        authorization_token: None | str | Unset
        if isinstance(self.authorization_token, Unset):
            authorization_token = UNSET
        else:
            authorization_token = self.authorization_token

        enabled = self.enabled

        name = self.name

        purpose_hint: None | str | Unset
        if isinstance(self.purpose_hint, Unset):
            purpose_hint = UNSET
        else:
            purpose_hint = self.purpose_hint

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if authorization_token is not UNSET:
            field_dict["authorization_token"] = authorization_token
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if name is not UNSET:
            field_dict["name"] = name
        if purpose_hint is not UNSET:
            field_dict["purpose_hint"] = purpose_hint
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_tools = d.pop("allowed_tools", UNSET)
        if allowed_tools is not None and not isinstance(allowed_tools, Unset):
            try:
                if not isinstance(allowed_tools, list):
                    raise TypeError()
                allowed_tools_type_0 = cast(list[str], allowed_tools)

                allowed_tools = allowed_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        authorization_token = d.pop("authorization_token", UNSET)

        enabled = d.pop("enabled", UNSET)

        name = d.pop("name", UNSET)

        purpose_hint = d.pop("purpose_hint", UNSET)

        url = d.pop("url", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        workspace_mcp_server_update = cls(
            allowed_tools,
            authorization_token,
            enabled,
            name,
            purpose_hint,
            url,
        )

        workspace_mcp_server_update.additional_properties = d
        return workspace_mcp_server_update

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
                "allowed_tools",
                "authorization_token",
                "enabled",
                "name",
                "purpose_hint",
                "url",
            ),
        )
