from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="SearchRequest")


@_attrs_define
class SearchRequest:
    """A search request, following LiteLLM's ``/v1/search`` body.

    Example:
        {'max_results': 5, 'query': 'otari llm gateway'}

    Attributes:
        query (str): The search query
        country (None | str | Unset): Two-letter ISO country code to localize results to
        max_results (int | None | Unset): Maximum number of results to return
        max_tokens_per_page (int | None | Unset): Approximate cap on the page content returned per result
        search_domain_filter (list[str] | None | Unset): Restrict results to these domains; prefix a domain with '-' to
            exclude it instead
        search_tool_name (None | str | Unset): Configured search tool to run against. Optional when exactly one tool is
            configured, and ignored on POST /v1/search/{search_tool_name}.
        user (None | str | Unset): User ID for usage attribution
    """

    query: str
    country: None | str | Unset = UNSET
    max_results: int | None | Unset = UNSET
    max_tokens_per_page: int | None | Unset = UNSET
    search_domain_filter: list[str] | None | Unset = UNSET
    search_tool_name: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        max_results: int | None | Unset
        if isinstance(self.max_results, Unset):
            max_results = UNSET
        else:
            max_results = self.max_results

        max_tokens_per_page: int | None | Unset
        if isinstance(self.max_tokens_per_page, Unset):
            max_tokens_per_page = UNSET
        else:
            max_tokens_per_page = self.max_tokens_per_page

        search_domain_filter: list[str] | None | Unset
        if isinstance(self.search_domain_filter, Unset):
            search_domain_filter = UNSET
        elif isinstance(self.search_domain_filter, list):
            search_domain_filter = self.search_domain_filter

        else:
            search_domain_filter = self.search_domain_filter

        search_tool_name: None | str | Unset
        if isinstance(self.search_tool_name, Unset):
            search_tool_name = UNSET
        else:
            search_tool_name = self.search_tool_name

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if max_tokens_per_page is not UNSET:
            field_dict["max_tokens_per_page"] = max_tokens_per_page
        if search_domain_filter is not UNSET:
            field_dict["search_domain_filter"] = search_domain_filter
        if search_tool_name is not UNSET:
            field_dict["search_tool_name"] = search_tool_name
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        country = d.pop("country", UNSET)

        max_results = d.pop("max_results", UNSET)

        max_tokens_per_page = d.pop("max_tokens_per_page", UNSET)

        search_domain_filter = d.pop("search_domain_filter", UNSET)
        if search_domain_filter is not None and not isinstance(search_domain_filter, Unset):
            try:
                if not isinstance(search_domain_filter, list):
                    raise TypeError()
                search_domain_filter_type_0 = cast(list[str], search_domain_filter)

                search_domain_filter = search_domain_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        search_tool_name = d.pop("search_tool_name", UNSET)

        user = d.pop("user", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        search_request = cls(
            query,
            country,
            max_results,
            max_tokens_per_page,
            search_domain_filter,
            search_tool_name,
            user,
        )

        search_request.additional_properties = d
        return search_request

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
                "query",
                "country",
                "max_results",
                "max_tokens_per_page",
                "search_domain_filter",
                "search_tool_name",
                "user",
            ),
        )
