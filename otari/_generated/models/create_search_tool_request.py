from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.create_search_tool_request_options_type_0 import (
        CreateSearchToolRequestOptionsType0,
    )


T = TypeVar("T", bound="CreateSearchToolRequest")


@_attrs_define
class CreateSearchToolRequest:
    """Create a stored search tool. ``api_key`` is write-only and requires OTARI_SECRET_KEY.

    Example:
        {'api_base': 'http://searxng:8080', 'name': 'local', 'provider': 'searxng'}

    Attributes:
        name (str): Name callers pass as 'search_tool_name' or in /v1/search/{tool}.
        provider (str): Search provider, one of: exa, searxng.
        api_base (None | str | Unset): Backend endpoint. Omit to inherit the provider's default (searxng inherits
            web_search_url).
        api_key (None | str | Unset): Provider API key. Stored encrypted; never returned.
        options (CreateSearchToolRequestOptionsType0 | None | Unset): Provider-native request fields used as defaults
            (e.g. exa's 'type', searxng's 'engines').
        timeout (float | None | Unset): Per-request timeout in seconds.
    """

    name: str
    provider: str
    api_base: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    options: CreateSearchToolRequestOptionsType0 | None | Unset = UNSET
    timeout: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        name = self.name

        provider = self.provider

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

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, CreateSearchToolRequestOptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

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
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if options is not UNSET:
            field_dict["options"] = options
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        api_base = d.pop("api_base", UNSET)

        api_key = d.pop("api_key", UNSET)

        options = d.pop("options", UNSET)
        if options is not None and not isinstance(options, Unset):
            try:
                if not isinstance(options, dict):
                    raise TypeError()
                options_type_0 = CreateSearchToolRequestOptionsType0.from_dict(options)

                options = options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        timeout = d.pop("timeout", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        create_search_tool_request = cls(
            name,
            provider,
            api_base,
            api_key,
            options,
            timeout,
        )

        create_search_tool_request.additional_properties = d
        return create_search_tool_request

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
                "provider",
                "api_base",
                "api_key",
                "options",
                "timeout",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes CreateSearchToolRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, CreateSearchToolRequestOptionsType0  # noqa: PLW0603
    from ..models.create_search_tool_request_options_type_0 import (
        CreateSearchToolRequestOptionsType0,  # noqa: PLC0415
    )

    _imported = True
