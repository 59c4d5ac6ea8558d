from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="RerankRequest")


@_attrs_define
class RerankRequest:
    """Rerank request.

    Attributes:
        documents (list[str]): List of document strings to rerank
        model (str): Provider-prefixed model ID, e.g. 'cohere:rerank-v3.5'
        query (str): The search query to rerank documents against
        max_tokens_per_doc (int | None | Unset): Per-document truncation limit
        top_n (int | None | Unset): Maximum number of results to return
        user (None | str | Unset): User ID for usage attribution
    """

    documents: list[str]
    model: str
    query: str
    max_tokens_per_doc: int | None | Unset = UNSET
    top_n: int | None | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        documents = self.documents

        model = self.model

        query = self.query

        max_tokens_per_doc: int | None | Unset
        if isinstance(self.max_tokens_per_doc, Unset):
            max_tokens_per_doc = UNSET
        else:
            max_tokens_per_doc = self.max_tokens_per_doc

        top_n: int | None | Unset
        if isinstance(self.top_n, Unset):
            top_n = UNSET
        else:
            top_n = self.top_n

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documents": documents,
                "model": model,
                "query": query,
            }
        )
        if max_tokens_per_doc is not UNSET:
            field_dict["max_tokens_per_doc"] = max_tokens_per_doc
        if top_n is not UNSET:
            field_dict["top_n"] = top_n
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        documents = cast(list[str], d.pop("documents"))

        model = d.pop("model")

        query = d.pop("query")

        max_tokens_per_doc = d.pop("max_tokens_per_doc", UNSET)

        top_n = d.pop("top_n", UNSET)

        user = d.pop("user", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        rerank_request = cls(
            documents,
            model,
            query,
            max_tokens_per_doc,
            top_n,
            user,
        )

        rerank_request.additional_properties = d
        return rerank_request

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
                "documents",
                "model",
                "query",
                "max_tokens_per_doc",
                "top_n",
                "user",
            ),
        )
