from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr

T = TypeVar("T", bound="EmbeddingRequest")


@_attrs_define
class EmbeddingRequest:
    """OpenAI-compatible embedding request.

    Attributes:
        input_ (list[str] | str): Input text to embed
        model (str):
        dimensions (int | None | Unset):
        encoding_format (None | str | Unset):
        user (None | str | Unset):
    """

    input_: list[str] | str
    model: str
    dimensions: int | None | Unset = UNSET
    encoding_format: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        model = self.model

        dimensions: int | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        else:
            dimensions = self.dimensions

        encoding_format: None | str | Unset
        if isinstance(self.encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = self.encoding_format

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "model": model,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_ = d.pop("input")
        try:
            if not isinstance(input_, list):
                raise TypeError()
            input_type_1 = cast(list[str], input_)

            input_ = input_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass

        model = d.pop("model")

        dimensions = d.pop("dimensions", UNSET)

        encoding_format = d.pop("encoding_format", UNSET)

        user = d.pop("user", UNSET)

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        embedding_request = cls(
            input_,
            model,
            dimensions,
            encoding_format,
            user,
        )

        embedding_request.additional_properties = d
        return embedding_request

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
                "input_",
                "model",
                "dimensions",
                "encoding_format",
                "user",
            ),
        )
