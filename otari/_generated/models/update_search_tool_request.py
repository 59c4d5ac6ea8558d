from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.update_search_tool_request_options_type_0 import (
        UpdateSearchToolRequestOptionsType0,
    )


T = TypeVar("T", bound="UpdateSearchToolRequest")


@_attrs_define
class UpdateSearchToolRequest:
    """Update a stored search tool. Omitted fields are unchanged; ``api_key`` rotates in place.

    Attributes:
        api_base (None | str | Unset):
        api_key (None | str | Unset): New API key. Omit to keep the existing one. Never returned.
        expected_updated_at (None | str | Unset): Optimistic concurrency: if set, the update 412s unless it matches the
            stored updated_at.
        options (None | Unset | UpdateSearchToolRequestOptionsType0):
        provider (None | str | Unset):
        timeout (float | None | Unset):
    """

    api_base: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    expected_updated_at: None | str | Unset = UNSET
    options: None | Unset | UpdateSearchToolRequestOptionsType0 = UNSET
    provider: None | str | Unset = UNSET
    timeout: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
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

        expected_updated_at: None | str | Unset
        if isinstance(self.expected_updated_at, Unset):
            expected_updated_at = UNSET
        else:
            expected_updated_at = self.expected_updated_at

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, UpdateSearchToolRequestOptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if expected_updated_at is not UNSET:
            field_dict["expected_updated_at"] = expected_updated_at
        if options is not UNSET:
            field_dict["options"] = options
        if provider is not UNSET:
            field_dict["provider"] = provider
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        api_base = d.pop("api_base", UNSET)

        api_key = d.pop("api_key", UNSET)

        expected_updated_at = d.pop("expected_updated_at", UNSET)

        options = d.pop("options", UNSET)
        if options is not None and not isinstance(options, Unset):
            try:
                if not isinstance(options, dict):
                    raise TypeError()
                options_type_0 = UpdateSearchToolRequestOptionsType0.from_dict(options)

                options = options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        provider = d.pop("provider", UNSET)

        timeout = d.pop("timeout", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        update_search_tool_request = cls(
            api_base,
            api_key,
            expected_updated_at,
            options,
            provider,
            timeout,
        )

        update_search_tool_request.additional_properties = d
        return update_search_tool_request

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
                "api_base",
                "api_key",
                "expected_updated_at",
                "options",
                "provider",
                "timeout",
            ),
        )


_imported = False


def _import_lazy() -> None:
    """Import the model classes UpdateSearchToolRequest refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, UpdateSearchToolRequestOptionsType0  # noqa: PLW0603
    from ..models.update_search_tool_request_options_type_0 import (
        UpdateSearchToolRequestOptionsType0,  # noqa: PLC0415
    )

    _imported = True
