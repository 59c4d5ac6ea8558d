from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="McpServerConfig")


@_attrs_define
class McpServerConfig:
    """Inline MCP server configuration accepted on the chat completions request.

    Streamable HTTP transport. The `url` must be reachable from the gateway process.

    URL safety (SSRF guard against private/link-local/reserved IP ranges, plus
    rejecting plain ``http://`` when ``authorization_token`` is set) is
    enforced by :func:`gateway.services.url_safety.validate_mcp_url`, called
    from the async request pipeline (``prepare_gateway_tools``) rather than
    here at parse time: the safety check does a DNS lookup, which must be
    awaited so it can't block the event loop, and Pydantic validators run
    synchronously during request-body parsing.

        Attributes:
            name (str):
            url (str):
            allowed_tools (list[str] | None | Unset):
            authorization_token (None | str | Unset):
            purpose_hint (None | str | Unset):
    """

    name: str
    url: str
    allowed_tools: list[str] | None | Unset = UNSET
    authorization_token: None | str | Unset = UNSET
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

        purpose_hint = d.pop("purpose_hint", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        mcp_server_config = cls(
            name,
            url,
            allowed_tools,
            authorization_token,
            purpose_hint,
        )

        mcp_server_config.additional_properties = d
        return mcp_server_config

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
                "purpose_hint",
            ),
        )
