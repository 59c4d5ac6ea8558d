from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generator,
    Literal,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

if TYPE_CHECKING:
    from ..models.search_result_item import SearchResultItem


T = TypeVar("T", bound="SearchResponse")


@_attrs_define
class SearchResponse:
    """A completed search.

    Attributes:
        results (list[SearchResultItem]):
        search_tool (str): The configured search tool that served the request
        object_ (Literal['search']):
    """

    results: list[SearchResultItem]
    search_tool: str
    object_: Literal["search"] = "search"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazy()
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        search_tool = self.search_tool

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "search_tool": search_tool,
            }
        )
        wire = self._wire
        if wire is None or "object" in wire or self.object_ != "search":
            object_ = self.object_
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazy()
        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = SearchResultItem.from_dict(results_item_data)

            results.append(results_item)

        search_tool = d.pop("search_tool")

        object_ = cast(Literal["search"] | Unset, d.pop("object", UNSET))
        if object_ != "search" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'search', got '{object_}'")
        if isinstance(object_, Unset):
            object_ = "search"

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        search_response = cls(
            results,
            search_tool,
            object_,
        )
        search_response._wire = src_dict

        search_response.additional_properties = d
        return search_response

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
                "results",
                "search_tool",
                "object_",
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
    """Import the model classes SearchResponse refers to, once, as module globals.

    Not at the top of the module: models that refer to each other would import each other half-initialised.
    """
    global _imported, SearchResultItem  # noqa: PLW0603
    from ..models.search_result_item import SearchResultItem  # noqa: PLC0415

    _imported = True
