from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SearchResultItem")


@_attrs_define
class SearchResultItem:
    """One search result.

    Attributes:
        url (str):
        date (None | str):
        snippet (None | str):
        title (None | str):
    """

    url: str
    date: None | str = None
    snippet: None | str = None
    title: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        wire = self._wire
        if self.date is not None:
            date: None | str | Unset
            if isinstance(self.date, Unset):
                date = UNSET
            else:
                date = self.date
            field_dict["date"] = date
        elif wire is not None and "date" in wire:
            field_dict["date"] = None
        if self.snippet is not None:
            snippet: None | str | Unset
            if isinstance(self.snippet, Unset):
                snippet = UNSET
            else:
                snippet = self.snippet
            field_dict["snippet"] = snippet
        elif wire is not None and "snippet" in wire:
            field_dict["snippet"] = None
        if self.title is not None:
            title: None | str | Unset
            if isinstance(self.title, Unset):
                title = UNSET
            else:
                title = self.title
            field_dict["title"] = title
        elif wire is not None and "title" in wire:
            field_dict["title"] = None

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        date = d.pop("date", None)

        snippet = d.pop("snippet", None)

        title = d.pop("title", None)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        search_result_item = cls(
            url,
            date,
            snippet,
            title,
        )
        search_result_item._wire = src_dict

        search_result_item.additional_properties = d
        return search_result_item

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
                "url",
                "date",
                "snippet",
                "title",
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
