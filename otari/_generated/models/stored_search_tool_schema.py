from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.stored_search_tool_schema_options import StoredSearchToolSchemaOptions


T = TypeVar("T", bound="StoredSearchToolSchema")


@_attrs_define
class StoredSearchToolSchema:
    """A runtime-stored search tool. The API key is never returned, only ``last4``.

    Attributes:
        name (str):
        provider (str):
        api_base (None | str):
        created_at (None | str):
        decryptable (bool):
        last4 (None | str):
        options (StoredSearchToolSchemaOptions | None):
        shadows_config (bool): True when a config-file search tool of the same name exists; the stored one is in effect.
        timeout (float | None):
        updated_at (None | str):
    """

    name: str
    provider: str
    api_base: None | str = None
    created_at: None | str = None
    decryptable: bool = True
    last4: None | str = None
    options: StoredSearchToolSchemaOptions | None = None
    shadows_config: bool = False
    timeout: float | None = None
    updated_at: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        name = self.name

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        if self.created_at is not None:
            created_at: None | str | Unset
            if isinstance(self.created_at, Unset):
                created_at = UNSET
            else:
                created_at = self.created_at
            field_dict["created_at"] = created_at
        elif wire is not None and "created_at" in wire:
            field_dict["created_at"] = None
        if wire is None or "decryptable" in wire or self.decryptable != True:
            decryptable = self.decryptable
            field_dict["decryptable"] = decryptable
        if self.last4 is not None:
            last4: None | str | Unset
            if isinstance(self.last4, Unset):
                last4 = UNSET
            else:
                last4 = self.last4
            field_dict["last4"] = last4
        elif wire is not None and "last4" in wire:
            field_dict["last4"] = None
        if self.options is not None:
            options: dict[str, Any] | Unset = UNSET
            if not isinstance(self.options, Unset):
                options = self.options.to_dict()
            field_dict["options"] = options
        elif wire is not None and "options" in wire:
            field_dict["options"] = None
        if wire is None or "shadows_config" in wire or self.shadows_config != False:
            shadows_config = self.shadows_config
            field_dict["shadows_config"] = shadows_config
        if self.timeout is not None:
            timeout: float | None | Unset
            if isinstance(self.timeout, Unset):
                timeout = UNSET
            else:
                timeout = self.timeout
            field_dict["timeout"] = timeout
        elif wire is not None and "timeout" in wire:
            field_dict["timeout"] = None
        if self.updated_at is not None:
            updated_at: None | str | Unset
            if isinstance(self.updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = self.updated_at
            field_dict["updated_at"] = updated_at
        elif wire is not None and "updated_at" in wire:
            field_dict["updated_at"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        name = d.pop("name")

        provider = d.pop("provider")

        api_base = d.pop("api_base", None)

        created_at = d.pop("created_at", None)

        decryptable = d.pop("decryptable", True)

        last4 = d.pop("last4", None)

        _options = d.pop("options", UNSET)
        options: StoredSearchToolSchemaOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = StoredSearchToolSchemaOptions.from_dict(_options)

        if isinstance(options, Unset):
            options = None

        shadows_config = d.pop("shadows_config", False)

        timeout = d.pop("timeout", None)

        updated_at = d.pop("updated_at", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        stored_search_tool_schema = cls(
            name,
            provider,
            api_base,
            created_at,
            decryptable,
            last4,
            options,
            shadows_config,
            timeout,
            updated_at,
        )
        stored_search_tool_schema._wire = src_dict

        stored_search_tool_schema.additional_properties = d
        return stored_search_tool_schema

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
                "created_at",
                "decryptable",
                "last4",
                "options",
                "shadows_config",
                "timeout",
                "updated_at",
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
    """Import the model classes StoredSearchToolSchema refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, StoredSearchToolSchemaOptions  # noqa: PLW0603
    from ..models.stored_search_tool_schema_options import StoredSearchToolSchemaOptions  # noqa: PLC0415

    _imported = True
