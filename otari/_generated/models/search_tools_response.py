from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.config_search_tool_schema import ConfigSearchToolSchema
    from ..models.stored_search_tool_schema import StoredSearchToolSchema


T = TypeVar("T", bound="SearchToolsResponse")


@_attrs_define
class SearchToolsResponse:
    """Every search tool ``POST /v1/search`` can name, by where it came from.

    Attributes:
        config (list[ConfigSearchToolSchema]):
        stored (list[StoredSearchToolSchema]):
    """

    config: list[ConfigSearchToolSchema]
    stored: list[StoredSearchToolSchema]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        config = []
        for config_item_data in self.config:
            config_item = config_item_data.to_dict()
            config.append(config_item)

        stored = []
        for stored_item_data in self.stored:
            stored_item = stored_item_data.to_dict()
            stored.append(stored_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "stored": stored,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        config = []
        _config = d.pop("config")
        for config_item_data in _config:
            config_item = ConfigSearchToolSchema.from_dict(config_item_data)

            config.append(config_item)

        stored = []
        _stored = d.pop("stored")
        for stored_item_data in _stored:
            stored_item = StoredSearchToolSchema.from_dict(stored_item_data)

            stored.append(stored_item)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        search_tools_response = cls(
            config,
            stored,
        )
        search_tools_response._wire = src_dict

        search_tools_response.additional_properties = d
        return search_tools_response

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
                "config",
                "stored",
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
    """Import the model classes SearchToolsResponse refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, ConfigSearchToolSchema, StoredSearchToolSchema  # noqa: PLW0603
    from ..models.config_search_tool_schema import ConfigSearchToolSchema  # noqa: PLC0415
    from ..models.stored_search_tool_schema import StoredSearchToolSchema  # noqa: PLC0415

    _imported = True
