from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, compact_repr, decode_floats

T = TypeVar("T", bound="Embedding")


@_attrs_define
class Embedding:
    """One embedding as a list of floats. With `encoding_format: base64` the wire carries a base64 string of little-endian
    float32 values: it is decoded to floats, and `embedding_base64()` gives the string as sent (model_extras/Embedding).

        Attributes:
            embedding (list[float]):
            index (int):
            object_ (str):
    """

    embedding: list[float]
    index: int
    object_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The mapping this model was parsed from (None when built in code): which fields arrived, for to_dict().
    _wire: Mapping[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        embedding = self.embedding

        index = self.index

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding": embedding,
                "index": index,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        embedding = cast(list[float], d.pop("embedding"))

        index = d.pop("index")

        object_ = d.pop("object")

        # Positional, in the order the fields are declared above: keywords double the cost of the call.
        embedding = cls(
            embedding,
            index,
            object_,
        )
        embedding._wire = src_dict

        embedding.additional_properties = d
        return embedding

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
                "embedding",
                "index",
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

    # The generated parser; the one below decodes a base64 embedding.
    _generated_from_dict = from_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse an embedding; one sent as base64 is decoded to floats (``embedding_base64()`` keeps the string)."""
        embedding = cls._generated_from_dict(src_dict)
        if isinstance(embedding.embedding, str):
            embedding.embedding = decode_floats(embedding.embedding)
        return embedding

    def embedding_base64(self) -> str | None:
        """The embedding as the gateway sent it when it was asked for ``encoding_format="base64"``; else None."""
        raw = self._wire.get("embedding") if self._wire is not None else None
        return raw if isinstance(raw, str) else None

    # The generated serialiser; the one below gives a base64 embedding back as it arrived.
    _generated_to_dict = to_dict

    def to_dict(self) -> dict[str, Any]:
        field_dict = self._generated_to_dict()
        raw = self.embedding_base64()
        if raw is not None and self.embedding == decode_floats(raw):
            field_dict["embedding"] = raw
        return field_dict
