from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="WorkspaceMcpServerCreate")


@_attrs_define
class WorkspaceMcpServerCreate:
    """Request body for registering a server.

    ``authorization_token`` is never stored as sent: it is encrypted with
    ``OTARI_SECRET_KEY`` and only the ciphertext is kept, the same convention
    `entities.ProviderCredential` and `OrgProviderKey` already use.

        Attributes:
            name (str): Label for the server, unique within the workspace
            url (str): Streamable HTTP MCP endpoint
            allowed_tools (list[str] | None | Unset): Allow-list of tool names; null exposes every tool the server offers
            authorization_token (None | str | Unset): Bearer token for the server; requires an https URL. Encrypted at rest,
                never returned
            enabled (bool | Unset): Whether a request naming this server actually reaches it Default: True.
            purpose_hint (None | str | Unset): Hint prepended to the system message to help the model choose
    """

    name: str
    url: str
    allowed_tools: list[str] | None | Unset = UNSET
    authorization_token: None | str | Unset = UNSET
    enabled: bool | Unset = True
    purpose_hint: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

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

        purpose_hint: None | str | Unset
        if isinstance(self.purpose_hint, Unset):
            purpose_hint = UNSET
        else:
            purpose_hint = self.purpose_hint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
            }
        )
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if authorization_token is not UNSET:
            field_dict["authorization_token"] = authorization_token
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if purpose_hint is not UNSET:
            field_dict["purpose_hint"] = purpose_hint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url")

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

        purpose_hint = d.pop("purpose_hint", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        workspace_mcp_server_create = cls(
            name,
            url,
            allowed_tools,
            authorization_token,
            enabled,
            purpose_hint,
        )

        workspace_mcp_server_create.additional_properties = d
        return workspace_mcp_server_create

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
                "url",
                "allowed_tools",
                "authorization_token",
                "enabled",
                "purpose_hint",
            ),
        )
